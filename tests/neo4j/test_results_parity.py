"""Result nodes and the result queries answer the same on Neo4j and LadybugDB; loads are idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read_papers
from neo4j_query_params import RESULTS_QUERY_PARAMS
from test_parity import _records

from paperkg import queries
from paperkg.graph.store_ladybug import LadybugStore
from paperkg.graph.tables import tables_from_papers

pytestmark = pytest.mark.neo4j

RESULTS_FIXTURE = Path(__file__).parents[1] / "data" / "results_papers.jsonl"


@pytest.fixture
def both(store):
    tables = tables_from_papers(read_papers(RESULTS_FIXTURE))
    store.load(tables)
    lady = LadybugStore(None)
    lady.load(tables)
    yield store, lady, tables
    lady.close()


def test_result_queries_agree_with_ladybug(both):
    neo, lady, _ = both
    nonempty = 0
    for name, runs in RESULTS_QUERY_PARAMS.items():
        for params in runs:
            a = queries.run(name, neo, **params)
            b = queries.run(name, lady, **params)
            assert list(a.columns) == list(b.columns), name
            assert _records(a) == _records(b), f"{name} {params}"
            nonempty += bool(len(a))
    assert nonempty >= sum(len(r) for r in RESULTS_QUERY_PARAMS.values()) - 2  # only the injection names are empty


def test_result_counts_agree_and_a_second_load_adds_nothing(both):
    neo, lady, tables = both
    assert neo.counts() == lady.counts()
    assert neo.counts()["Result"] == len(tables.nodes["Result"]) > 0
    before = neo.counts()
    neo.load(tables)
    lady.load(tables)
    assert neo.counts() == before == lady.counts()


def test_result_properties_survive_neo4j(both):
    neo, _, _ = both
    df = neo.run("MATCH (r:Result) WHERE r.is_baseline RETURN r.value AS v, r.qualifier AS q, r.direction AS d")
    assert [(row.v, row.q, row.d) for row in df.itertuples()] == [(93.6, "exact", "higher")]
