"""The load record's digests, read in key ranges (graph/check.py table_sums), equal one read of each table on
Neo4j too: its strings sort by code point as Python's do (keys beyond the Basic Multilingual Plane, where
UTF-16 order would differ, included)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from paperkg.graph import check
from paperkg.graph.build import build_graph
from paperkg.graph.tables import graph_tables

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_load_memory import _papers, whole_table_sums  # noqa: E402

pytestmark = pytest.mark.neo4j


def test_chunked_digest_sums_equal_one_read_of_each_table(store, monkeypatch):
    store.load(graph_tables(build_graph(_papers())))
    want = whole_table_sums(store)
    assert want["Paper"] and want["USES(Paper->Method)"]
    for chunk in (1, 3):
        monkeypatch.setattr(check, "DIGEST_CHUNK", chunk)
        assert check.table_sums(store) == want
    check.check_store(store)  # the record the load wrote (chunked, DIGEST_CHUNK rows) agrees too
