"""On the real Neo4j: the variant link (schema.VARIANT_OF, docs/history/family30.md) loads, merges, is replaced
and built in parts as on LadybugDB, and the queries that read it answer the same on both stores."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from family30_cases import (  # tests/family30_cases.py
    NO_BASE, NO_VARIANT, PAPERS, PCA, RAW, REBASED, RPCA, SPCA, SVD, replaced, variant_pairs, write_jsonl,
)
from incremental_cases import normalised, snapshot  # tests/incremental_cases.py

from paperkg import queries
from paperkg.cli import main
from paperkg.extract.records import ExtractedPaper
from paperkg.graph import check
from paperkg.graph.replace import replace_papers
from paperkg.graph.store import open_store
from paperkg.graph.store_ladybug import LadybugStore
from paperkg.graph.tables import tables_from_papers

pytestmark = pytest.mark.neo4j


def _tables(rows):
    return tables_from_papers([ExtractedPaper.from_dict(r) for r in rows])


def _norm(value):
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if hasattr(value, "item"):
        return _norm(value.item())
    return value


def _records(df):
    return [{k: _norm(v) for k, v in row.items()} for row in df.to_dict("records")]


ASKED = [("method-variants", {"method": "PCA"}), ("method-variants", {"method": "robust pca"}),
         ("method-variants", {"method": SPCA, "limit": 1}), ("method-variants", {"method": "singular value decomposition"}),
         ("entity-card", {"key": PCA}), ("entity-card", {"key": RPCA}), ("entity-card", {"key": SVD}),
         ("entity-card", {"key": "benchmark:mmlu"}), ("paper-proposals", {}), ("top-methods", {})]


def _one_shot_ladybug(rows):
    lady = LadybugStore(None)
    lady.load(_tables(rows))
    return lady


def test_queries_and_graph_agree_with_ladybug(store):
    store.load(_tables(PAPERS))
    lady = _one_shot_ladybug(PAPERS)
    try:
        assert variant_pairs(store) == [(RPCA, PCA), (SPCA, PCA)]
        for name, params in ASKED:
            a, b = queries.run(name, store, **params), queries.run(name, lady, **params)
            assert list(a.columns) == list(b.columns), name
            assert _records(a) == _records(b), (name, params)
        pca = queries.run("method-variants", store, method="PCA")
        assert pca[["method_key", "papers", "family_papers"]].values.tolist() == [[PCA, 1, 3], [RPCA, 2, 3], [SPCA, 1, 3]]
        assert normalised(snapshot(store)) == normalised(snapshot(lady))
        store.load(_tables(PAPERS))  # merged again: nothing duplicated
        assert variant_pairs(store) == [(RPCA, PCA), (SPCA, PCA)]
    finally:
        lady.close()


def test_merging_variants_after_their_bases_links_them(store):
    store.load(_tables([PAPERS[0], PAPERS[3]]))
    store.load(_tables(PAPERS[1:3]))
    assert variant_pairs(store) == [(RPCA, PCA), (SPCA, PCA)]
    lady = _one_shot_ladybug(PAPERS)
    try:
        assert normalised(snapshot(store)) == normalised(snapshot(lady))
    finally:
        lady.close()
    check.check_store(store)


@pytest.mark.parametrize("change, pairs", [(REBASED, [(RPCA, SVD), (SPCA, PCA)]), (NO_VARIANT, [(SPCA, PCA)]),
                                           (NO_BASE, [])])
def test_replace_gives_the_one_shot_store(store, change, pairs):
    store.load(_tables(PAPERS))
    replace_papers(store, _tables(change))
    assert variant_pairs(store) == pairs
    lady = _one_shot_ladybug(replaced(PAPERS, change))
    try:
        assert normalised(snapshot(store)) == normalised(snapshot(lady))
    finally:
        lady.close()
    check.check_store(store)
    replace_papers(store, _tables(change))  # the same replacement again: nothing changes
    assert variant_pairs(store) == pairs


def test_replace_in_steps_add_rebase_remove(store):
    store.load(_tables([PAPERS[0], PAPERS[3]]))
    assert variant_pairs(store) == []
    store.load(_tables(PAPERS[1:3]))
    assert variant_pairs(store) == [(RPCA, PCA), (SPCA, PCA)]
    replace_papers(store, _tables(REBASED))
    assert variant_pairs(store) == [(RPCA, SVD), (SPCA, PCA)]
    replace_papers(store, _tables(NO_VARIANT))
    assert variant_pairs(store) == [(SPCA, PCA)]
    assert RPCA not in set(store.run("MATCH (m:Method) RETURN m.key AS k")["k"])
    check.check_store(store)


def test_build_in_parts_equals_one_build_and_ladybug(store, neo4j_uri, tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    one = write_jsonl(tmp_path / "one.jsonl", RAW[:1])
    two = write_jsonl(tmp_path / "two.jsonl", RAW[1:])
    assert main(["build", one, "--neo4j", "--n-process", "1"]) == 0
    assert variant_pairs(store) == []
    assert main(["build", one, two, "--neo4j", "--n-process", "1"]) == 0
    assert variant_pairs(store) == [(SPCA, PCA)]
    in_parts = snapshot(store)
    store.clear()
    assert main(["build", one, two, "--neo4j", "--n-process", "1"]) == 0
    assert snapshot(store) == in_parts
    db = str(tmp_path / "s.lbdb")
    assert main(["build", one, two, "--db", db, "--n-process", "1"]) == 0
    with open_store("ladybug", db, read_only=True) as lady:
        assert normalised(snapshot(lady)) == normalised(in_parts)
