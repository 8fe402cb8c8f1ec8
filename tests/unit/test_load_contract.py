"""`paperkg load` checks papers.jsonl against its contract (file:line errors) and refuses a changed paper id."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.graph.store import open_store

SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"
GOOD = [json.loads(line) for line in SMALL.read_text().splitlines() if line.strip()]


def _with(change) -> dict:
    d = copy.deepcopy(GOOD[1])
    change(d)
    return d


def _set_entity(key, value):
    return lambda d: d["entities"][0].__setitem__(key, value)


def _set_mention(key, value):
    return lambda d: d["entities"][0]["mentions"][0].__setitem__(key, value)


BAD = {
    "null id": (lambda d: d.__setitem__("id", None), "'id' must be a non-empty string, not None"),
    "aliases as a string": (_set_entity("aliases", "DPO"), "'aliases' must be a list of strings, not 'DPO'"),
    "unknown role": (_set_entity("role", "invents"), "unknown role 'invents'"),
    "unknown type": (_set_entity("type", "gadget"), "unknown type 'gadget'"),
    "offset past the abstract": (_set_mention("end", 10**6), "outside the abstract"),
    "text offset": (_set_mention("start", "3"), "must be whole numbers"),
    "text year": (lambda d: d.__setitem__("year", "2023"), "'year' must be a whole number or null, not '2023'"),
    "null code URL": (lambda d: d.__setitem__("code", [None]), "'code' must be a list of non-empty URL strings"),
    "raw corpus record": (lambda d: d.pop("entities"), "looks like a corpus file"),
    "title field mention": (_set_mention("field", "body"), "unknown field 'body'"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_load_refuses_a_line_that_breaks_the_contract_naming_file_and_line(tmp_path, capsys, case):
    change, reason = BAD[case]
    path = tmp_path / "papers.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in [GOOD[0], _with(change), GOOD[2]]) + "\n")
    db = tmp_path / "kg.lbdb"
    assert main(["load", str(path), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2: not an extracted paper:" in err and reason in err
    assert len(err.strip().splitlines()) == 1
    assert not db.exists()  # refused before anything was loaded


def test_a_raw_corpus_file_is_not_loaded_as_papers_without_entities(tmp_path, capsys):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"id": "x", "title": "T", "abstract": "We propose FooNet."}) + "\n")
    assert main(["load", str(path), "--db", str(tmp_path / "kg.lbdb")]) == 2
    assert "paperkg build FILE" in capsys.readouterr().err


def test_a_changed_paper_is_refused_across_runs_and_identical_content_is_idempotent(tmp_path, capsys):
    db = str(tmp_path / "kg.lbdb")
    first = tmp_path / "a.jsonl"
    first.write_text("\n".join(json.dumps(d) for d in GOOD[:2]) + "\n")
    assert main(["load", str(first), "--db", db]) == 0
    assert main(["load", str(first), "--db", db]) == 0  # the same papers again: fine, nothing added
    changed = copy.deepcopy(GOOD[1])
    changed["abstract"] = "An entirely different abstract about FooNet, with more words in it than before."
    changed["entities"] = []
    second = tmp_path / "b.jsonl"
    second.write_text("\n".join(json.dumps(d) for d in [GOOD[2], changed]) + "\n")
    capsys.readouterr()
    assert main(["load", str(second), "--db", db]) == 2
    err = capsys.readouterr().err
    assert f"paper {GOOD[1]['id']!r} is already in the store with a different title or abstract" in err
    with open_store("ladybug", db, read_only=True) as s:
        assert s.counts()["Paper"] == 2  # GOOD[2] was not loaded either: all or nothing
        row = s.run("MATCH (p:Paper {id: $id}) RETURN p.abstract AS a", {"id": GOOD[1]["id"]})
        assert row["a"][0] == GOOD[1]["abstract"]
