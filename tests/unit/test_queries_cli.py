"""Canned queries through the CLI on a store on disk: two-step queries and the limit parameter."""

import json

import pytest

from paperkg.cli import main



@pytest.fixture(scope="module")
def db(small_db):
    return small_db


def test_shortest_connection_runs_its_first_step(db, capsys):
    assert main(["query", "shortest-connection", "-p", "source=KTO", "-p", "target=Llama-2-13B", "--db", db,
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"hops": 2, "path": "KTO | KTO: Model Alignment as Prospect Theoretic Optimization | Llama-2-13B",
         "relationships": "PROPOSES | USES"}]


def test_listing_limit_from_the_command_line(db, capsys):
    assert main(["query", "paper-proposals", "-p", "limit=2", "--db", db, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "paper,year,venue,title,proposes,key,sentence,variant_of,variant_of_key" and [l.split(",")[0] for l in lines[1:]] == [
        "2305.18290", "2311.00002"]
