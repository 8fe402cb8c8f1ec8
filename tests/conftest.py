"""Fixtures shared across test folders: the hand-made small graph, as a store and as a database file."""

from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables

SMALL_PAPERS = Path(__file__).parent / "data" / "small_papers.jsonl"


@pytest.fixture(scope="module")
def small_store():
    """An in-memory LadybugDB store loaded with tests/data/small_papers.jsonl."""
    s = open_store()
    s.load(graph_tables(build_graph(read_extracted(SMALL_PAPERS))))
    yield s
    s.close()


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    """A LadybugDB file loaded with the small papers through the CLI, as a user would."""
    path = tmp_path_factory.mktemp("small-db") / "kg.lbdb"
    assert main(["load", str(SMALL_PAPERS), "--db", str(path)]) == 0
    return str(path)
