"""Every canned query answers the same on Neo4j and on LadybugDB loaded from the same papers."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from neo4j_query_params import QUERY_PARAMS, RESULTS_QUERY_PARAMS

from paperkg import queries
from paperkg.graph import schema
from paperkg.graph.store_ladybug import LadybugStore

pytestmark = pytest.mark.neo4j


def _norm(value):
    """NaN/None alike (pandas turns a missing value into either), floats to 6 places."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if hasattr(value, "item"):  # numpy scalar
        return _norm(value.item())
    return value


def _records(df):
    return [{k: _norm(v) for k, v in row.items()} for row in df.to_dict("records")]


@pytest.fixture
def both(store, tables):
    store.load(tables)
    lady = LadybugStore(None)
    lady.load(tables)
    yield store, lady
    lady.close()


def test_every_canned_query_has_fixture_params():
    missing = sorted({q.name for q in queries.list_queries()} - set(QUERY_PARAMS) - set(RESULTS_QUERY_PARAMS))
    assert not missing, f"add parameters for {missing} to tests/neo4j/neo4j_query_params.py"


def test_canned_queries_agree_with_ladybug(both):
    neo, lady = both
    compared, nonempty = 0, 0
    for q in queries.list_queries():
        for params in QUERY_PARAMS.get(q.name, []):
            a = queries.run(q.name, neo, **params)
            b = queries.run(q.name, lady, **params)
            where = f"{q.name} {params}"
            assert list(a.columns) == list(b.columns), where
            # Every query orders by all its output columns, so rows are compared in order.
            assert _records(a) == _records(b), where
            compared += 1
            nonempty += bool(len(a))
    assert compared >= len(QUERY_PARAMS)
    assert nonempty >= compared - 2  # the fixture parameters are chosen to return rows


def test_counts_agree_with_ladybug(both):
    neo, lady = both
    assert neo.counts() == lady.counts()


def test_paper_counts_agree_with_ladybug_and_tables(both, tables):
    neo, lady = both
    for label in schema.COUNTED_LABELS:
        key = schema.NODE_BY_LABEL[label].key
        cypher = f"MATCH (n:{label}) RETURN n.{key} AS k, n.{schema.PAPERS} AS papers ORDER BY k"
        want = sorted(map(tuple, tables.nodes[label][[key, schema.PAPERS]].values.tolist()))
        assert [tuple(r) for r in _records_as_rows(neo.run(cypher))] == want, label
        assert [tuple(r) for r in _records_as_rows(lady.run(cypher))] == want, label


def _records_as_rows(df):
    return [tuple(_norm(v) for v in row) for row in df.itertuples(index=False)]


def test_cypher_is_read_only_on_neo4j(store, tables):
    """The store itself refuses writes in `run_read_only` (a READ session), even past the pre-check."""
    from paperkg.errors import PaperkgError
    from paperkg.graph.adhoc import run_read_only

    store.load(tables)
    before = store.counts()
    assert run_read_only(store, "MATCH (p:Paper) WHERE p.year >= $y RETURN count(p) AS n", {"y": 2024})["n"].tolist() == [2]
    for statement in ("CREATE (x:Paper {id: 'x'})", "MATCH (p:Paper) SET p.title = 'x'", "MERGE (x:Paper {id: 'y'})",
                      "MATCH (n) DETACH DELETE n"):
        with pytest.raises(PaperkgError, match="refused"):
            run_read_only(store, statement)
        with pytest.raises(PaperkgError):  # the pre-check skipped: the READ session refuses it
            store.run_read_only(statement)
    assert store.counts() == before
