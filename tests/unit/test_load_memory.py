"""What keeps the 73k load under its memory target: the digests of the load record read a few thousand rows at
a time (graph/check.py table_sums), and a consuming load frees each table once it is written (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.extract.records import ExtractedPaper
from paperkg.graph import check
from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.store_ladybug import LadybugStore
from paperkg.graph.tables import graph_tables

SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"


def _papers() -> list[ExtractedPaper]:
    # ids beyond ASCII and beyond the Basic Multilingual Plane: the chunks are key ranges, so their order counts
    odd = [ExtractedPaper(id=pid, title=f"Paper {pid}", abstract="We evaluate on ImageNet.", year=2020, venue="X",
                          entities=[], code=[]) for pid in ("zz-\U0001d538", "zz-\uff21", "zz-\u00e9", "ZZ", "0")]
    return read_extracted(SMALL) + odd


def whole_table_sums(store) -> dict[str, int]:
    """Each table's digest sum from one read of the whole table (how records were computed before chunks)."""
    return {name: check._sum(check._rows(store.run(cypher, params))) for name, cypher, params in check._tables()}


@pytest.mark.parametrize("chunk", [1, 2, 3, 7])
def test_chunked_digest_sums_equal_one_read_of_each_table(monkeypatch, chunk):
    with LadybugStore(None) as store:
        store.load(graph_tables(build_graph(_papers())))
        want = whole_table_sums(store)
        assert want["Paper"] and want["USES(Paper->Method)"]  # the tables are not empty: a real comparison
        monkeypatch.setattr(check, "DIGEST_CHUNK", chunk)
        assert check.table_sums(store) == want


def test_a_chunked_digest_still_sees_a_changed_row(monkeypatch):
    monkeypatch.setattr(check, "DIGEST_CHUNK", 2)
    with LadybugStore(None) as store:
        store.load(graph_tables(build_graph(_papers())))
        before = check.table_digests(store)
        store.run("MATCH (p:Paper {id: 'zz-\U0001d538'}) SET p.abstract = 'changed'")
        after = check.table_digests(store)
    assert [name for name in before if before[name] != after[name]] == ["Paper"]


def test_a_consuming_load_empties_the_tables_and_loads_the_same(tmp_path):
    papers = _papers()
    kept, given = graph_tables(build_graph(papers)), graph_tables(build_graph(papers))
    with LadybugStore(tmp_path / "a.lbdb") as a, LadybugStore(tmp_path / "b.lbdb") as b:
        ra = a.load(kept)
        rb = b.load(given, consume=True)
        assert ra.after == rb.after and ra.after["Paper"] == len(papers)
        assert check.table_digests(a) == check.table_digests(b)
        assert check.read_record(b)["state"] == "complete"
    assert not given.nodes and not given.rels  # freed
    assert kept.nodes and kept.rels  # a load that does not consume leaves the caller's tables alone


def test_ranges_that_miss_or_repeat_keys_fall_back_to_key_lookups(monkeypatch):
    """If the store ordered strings otherwise than Python, the ranges would not cover each key once: the node
    rows read then differ from the keys, and the label is read again by key lookups."""
    with LadybugStore(None) as store:
        store.load(graph_tables(build_graph(_papers())))
        want = whole_table_sums(store)
        monkeypatch.setattr(check, "DIGEST_CHUNK", 2)
        monkeypatch.setattr(check, "_range", lambda label, key, lo, hi: ("", {}))  # every "range" is everything
        assert check.table_sums(store) == want
