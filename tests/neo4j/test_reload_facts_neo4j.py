"""On the real Neo4j server too, a load refuses another extraction of stored papers (GraphStore.refuse_changed_facts)
and loads the same facts again as before."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import REPO
from reload_cases import CHANGES, NEW, PAPERS, changed, write_jsonl  # tests/reload_cases.py

from paperkg.errors import StoreError
from paperkg.extract.records import ExtractedPaper
from paperkg.graph.tables import tables_from_papers

pytestmark = pytest.mark.neo4j


def _tables(rows):
    return tables_from_papers([ExtractedPaper.from_dict(r) for r in rows])


def test_the_same_facts_again_load_as_before(store):
    store.load(_tables(PAPERS))
    counts = store.counts()
    assert counts["Result"] == 1 and counts["ADDRESSES"] == 2
    store.load(_tables(PAPERS))
    assert store.counts() == counts
    store.load(_tables(PAPERS + [NEW]))
    assert store.counts()["Paper"] == 3


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_stored_paper_with_other_facts_is_refused_and_nothing_loaded(store, name):
    store.load(_tables(PAPERS))
    counts = store.counts()
    with pytest.raises(StoreError, match=f"paper {CHANGES[name][1]!r} is already in the store with other facts"):
        store.load(_tables(changed(name)))
    assert store.counts() == counts


def test_the_cli_says_so_in_one_line_and_the_store_still_checks(store, neo4j_uri, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["NEO4J_URI"] = neo4j_uri

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "paperkg", *args], capture_output=True, text=True, env=env,
                              cwd=REPO, timeout=300)

    assert cli("load", write_jsonl(tmp_path / "a.jsonl", PAPERS), "--neo4j").returncode == 0
    counts = store.counts()
    res = cli("load", write_jsonl(tmp_path / "b.jsonl", changed("link removed")), "--neo4j")
    assert res.returncode == 2 and len(res.stderr.strip().splitlines()) == 1
    assert "paper 'r1' is already in the store with other facts" in res.stderr
    assert store.counts() == counts
    assert cli("check", "--neo4j").returncode == 0
