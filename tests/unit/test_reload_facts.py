"""`paperkg load` refuses another extraction of stored papers: merging it kept the old facts beside the new ones."""

from __future__ import annotations

import pytest
from reload_cases import CHANGES, NEW, PAPERS, changed, write_jsonl  # tests/reload_cases.py

from paperkg.cli import main
from paperkg.graph.store import open_store


def _counts(db: str) -> dict[str, int]:
    with open_store("ladybug", db, read_only=True) as s:
        return s.counts()


def test_the_same_facts_again_load_as_before_and_new_papers_are_added(tmp_path):
    db = str(tmp_path / "kg.lbdb")
    first = write_jsonl(tmp_path / "a.jsonl", PAPERS)
    assert main(["load", first, "--db", db]) == 0
    counts = _counts(db)
    assert counts["Result"] == 1 and counts["ADDRESSES"] == 2
    assert main(["load", first, "--db", db]) == 0
    assert _counts(db) == counts
    assert main(["load", write_jsonl(tmp_path / "b.jsonl", PAPERS + [NEW]), "--db", db]) == 0
    assert _counts(db)["Paper"] == 3


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_stored_paper_with_other_facts_is_refused_and_nothing_loaded(tmp_path, capsys, name):
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", write_jsonl(tmp_path / "a.jsonl", PAPERS), "--db", db]) == 0
    counts = _counts(db)
    capsys.readouterr()
    assert main(["load", write_jsonl(tmp_path / "b.jsonl", changed(name)), "--db", db]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert f"paper {CHANGES[name][1]!r} is already in the store with other facts" in err
    assert "paperkg build CORPUS --db" in err and "nothing was loaded" in err
    assert _counts(db) == counts  # r3 was not added either: all or nothing
    assert main(["check", "--db", db]) == 0
