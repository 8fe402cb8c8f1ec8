"""papers, cypher, stats, related by title, and output that never cuts text: through the CLI, on a store file."""

import json
import shutil

import pandas as pd
import pytest

from paperkg.cli import main
from paperkg.errors import PaperkgError, QueryError
from paperkg.graph.adhoc import check_read_only, run_read_only
from paperkg.graph.store import open_store
from paperkg.output import format_table

SMALL = "tests/data/small_papers.jsonl"
DPO_TITLE = "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"


@pytest.fixture(scope="module")
def db(small_db):
    return small_db


def test_papers_by_title_words(db, capsys):
    assert main(["papers", "preference", "optimization", "--db", db, "--format", "json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [(r["paper"], r["year"], r["venue"], r["title"]) for r in got][0] == ("2305.18290", 2023, "NeurIPS", DPO_TITLE)
    assert main(["papers", "preference", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["paper", "year", "venue", "title"] and "2305.18290" in out


def test_related_takes_title_words(db, capsys):
    assert main(["related", "secretly a reward model", "--db", db, "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "related to 2305.18290" in captured.err
    lines = captured.out.splitlines()
    assert lines[0].startswith("paper,year,title,") and lines[1].startswith("2402.00005,2024,")
    # The whole title, stop words ("your", "is", "a") included: they are not indexed, so not required.
    assert main(["related", "Your Language Model is Secretly a Reward Model", "--db", db, "--format", "csv"]) == 0
    assert "related to 2305.18290" in capsys.readouterr().err
    assert main(["related", "no such words anywhere", "--db", db]) == 2
    assert "none whose title or abstract holds all of its words" in capsys.readouterr().err


@pytest.mark.parametrize("statement", [
    "CREATE (p:Paper {id: 'x'})", "MATCH (p:Paper) SET p.title = 'x'", "MERGE (m:Method {key: 'k'})",
    "MATCH (n) DETACH DELETE n", "match (p:Paper) remove p.title", "LOAD EXTENSION fts", "COPY Paper FROM 'x.csv'"])
def test_cypher_refuses_writes(db, capsys, statement):
    assert main(["cypher", statement, "--db", db]) == 2
    assert "refused" in capsys.readouterr().err
    with open_store("ladybug", db, read_only=True) as store:
        assert store.counts()["Paper"] == 6
        with pytest.raises(PaperkgError):  # the pre-check skipped: a read-only LadybugDB refuses it too
            store.run_read_only(statement)
        assert store.counts()["Paper"] == 6


def test_cypher_reads_with_parameters(db, capsys):
    assert main(["cypher", "MATCH (p:Paper) WHERE p.year >= $y RETURN p.id AS id, p.title AS title ORDER BY id",
                 "-p", "y=2024", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["id,title", "2401.00004,Scaling BERT for Question Answering",
                                                    "2402.00005,"]
    # Words inside strings, names and comments are not clauses.
    check_read_only("MATCH (p:Paper) WHERE p.title CONTAINS 'create set delete' RETURN p.`set` // merge")
    with pytest.raises(QueryError, match="empty"):
        check_read_only("  ")


def test_cypher_on_a_writable_store_is_refused_by_the_store(small_store):
    with pytest.raises(PaperkgError, match="open for writing"):
        run_read_only(small_store, "MATCH (p:Paper) RETURN count(p)")


def test_stats_identical_after_a_second_identical_build(tmp_path, capsys):
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", SMALL, "--db", db]) == 0
    assert main(["stats", "--db", db]) == 0
    first = capsys.readouterr().out
    assert main(["load", SMALL, "--db", db]) == 0
    assert main(["stats", "--db", db]) == 0
    second = capsys.readouterr().out
    assert first[first.index("store:"):] == second[second.index("store:"):]
    stats = first[first.index("store:"):]
    assert "  Paper                    6" in stats and "  EVALUATES_ON             9" in stats
    assert "  2023                     2" in stats and "  NeurIPS                  1" in stats and "bytes" in stats
    assert main(["stats", "--db", db, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["nodes"]["Paper"] == 6 and [2024, 2] in data["papers_per_year"]


def test_csv_and_json_never_cut_and_tables_wrap(db, capsys):
    assert main(["query", "paper-proposals", "--db", db, "--format", "csv"]) == 0
    csv = capsys.readouterr().out
    long = "We propose O'Brien\"}) MATCH (n) DETACH DELETE n // `DROP` RETURN {x}, a method whose name tries Cypher injection."
    assert long.replace('"', '""') in csv
    df = pd.DataFrame({"title": [DPO_TITLE * 2], "n": [1]})
    table = format_table(df, width=60)
    assert max(len(line) for line in table.splitlines()) <= 60
    assert "".join(table.split()).replace("n1", "").count("Secretly") == 2  # every word is still there
    wide = format_table(df, wide=True, width=60)
    assert DPO_TITLE * 2 in wide and len(wide.splitlines()) == 2
