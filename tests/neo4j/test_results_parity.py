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


def test_results_survive_neo4j_admin_import(own_server, tmp_path):
    """Result values are typed in the CSV headers (value:double, is_baseline:boolean) and import as such."""
    import os
    import subprocess

    from conftest import REPO, SCRIPT

    from paperkg.graph.export_neo4j_csv import write_neo4j_csv
    from paperkg.graph.store_neo4j import Neo4jStore

    tables = tables_from_papers(read_papers(RESULTS_FIXTURE))
    out = tmp_path / "csv"
    write_neo4j_csv(tables, out)
    server = own_server("imported-results")
    admin = f"{SCRIPT} admin --home {server.home} --"
    res = subprocess.run([str(out / "import.sh")], env={**os.environ, "NEO4J_ADMIN": admin},
                         capture_output=True, text=True, timeout=300, cwd=REPO)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    store = Neo4jStore(uri=server.start())
    try:
        assert store.counts() == tables.counts()
        got = store.run("MATCH (r:Result) WHERE r.is_baseline = true RETURN r.value AS v, r.year AS y")
        assert got.values.tolist() == [[93.6, 2016]]
        lb = queries.run("leaderboard", store, benchmark="CIFAR-10", metric="accuracy")
        assert lb["value"].tolist() == [98.5, 97.1, 96.0, 93.6, 91.2]
    finally:
        store.close()
