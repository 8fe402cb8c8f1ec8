"""check-graph gives the same report on Neo4j as on LadybugDB loaded from the same papers."""

from __future__ import annotations

import pytest
from corpus_checks_fixture import PAPERS, write_checks

from paperkg.graph.corpus_checks import check_graph
from paperkg.graph.store_ladybug import LadybugStore
from paperkg.graph.tables import tables_from_papers

pytestmark = pytest.mark.neo4j


def test_check_graph_reports_the_same_on_both_stores(store, tmp_path):
    tables = tables_from_papers(PAPERS)
    store.load(tables)
    checks = write_checks(tmp_path / "checks")
    with LadybugStore(None) as lady:
        lady.load(tables)
        expected = check_graph(lady, checks).to_dict()
    got = check_graph(store, checks).to_dict()
    assert got == expected
    # And the report is not trivially empty: the failures the fixture holds are found on Neo4j too.
    assert got["summary"]["collisions_merged"] == 2
    assert {e["name"] for e in got["entities"] if not e["ok"]} >= {"CIFAR-10", "WMT20", "Kinetics-400"}
