"""`paperkg check`: the store against what its last load recorded (issue 14, item 12)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.graph.check import read_record

SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "kg.lbdb")
    assert main(["load", str(SMALL), "--db", path]) == 0
    return path


def _outside_paperkg(db: str, cypher: str) -> None:
    """Change the store behind paperkg's back, in another process (as another program would)."""
    code = textwrap.dedent(f"""
        import ladybug
        conn = ladybug.Connection(ladybug.Database({db!r}))
        conn.execute({cypher!r})
    """)
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_freshly_loaded_store_checks_out(db, capsys):
    assert main(["check", "--db", db]) == 0
    assert "OK" in capsys.readouterr().out


def test_emptied_abstracts_are_found_though_counts_are_right(db, capsys):
    _outside_paperkg(db, "MATCH (p:Paper) SET p.abstract = ''")
    assert main(["check", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "Paper: content differs from the last load" in err and len(err.strip().splitlines()) == 1
    assert "rows, the last load left" not in err  # the counts alone would not have noticed


def test_lost_relationships_are_counted(db, capsys):
    _outside_paperkg(db, "MATCH ()-[r:USES]->() DELETE r")
    assert main(["check", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "USES: 0 rows, the last load left" in err


def test_a_new_load_records_the_new_state(db, tmp_path, capsys):
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"id": "new-1", "title": null, "abstract": "We use FooNet here.", "entities": [], "code": []}\n')
    assert main(["load", str(extra), "--db", db]) == 0
    assert main(["check", "--db", db]) == 0


def test_a_store_without_a_record_says_how_to_get_one(db, capsys):
    _outside_paperkg(db, "MATCH (r:PaperkgLoad) DELETE r")
    assert main(["check", "--db", db]) == 1
    assert "no load record" in capsys.readouterr().err


def test_record_lives_in_the_store_with_the_data(db):
    from paperkg.graph.store import open_store

    with open_store("ladybug", db, read_only=True) as s:
        rec = read_record(s)
        assert rec["state"] == "complete" and '"Paper": 6' in rec["counts"]
        assert s.counts()["Paper"] == 6  # the record is no Paper, no node of the graph
