"""`paperkg load --replace` (graph/replace.py): a new extraction of stored papers takes the place of their facts,
and the store equals a one-shot load of the new extraction with the other stored papers."""

from __future__ import annotations

import copy
import json

import pytest
from incremental_cases import snapshot  # tests/incremental_cases.py
from reload_cases import A_NEW, A_OLD, B, PAPERS, changed, write_jsonl  # tests/reload_cases.py

from paperkg import queries
from paperkg.cli import main
from paperkg.errors import StoreError
from paperkg.graph import store_ladybug
from paperkg.graph.store import open_store


def _snap(db: str) -> dict:
    with open_store("ladybug", db, read_only=True) as s:
        return snapshot(s)


def _answers(db: str) -> dict:
    """Every canned query that needs no parameter, and the leaderboard of Quokka and Wombat."""
    out = {}
    with open_store("ladybug", db, read_only=True) as s:
        for q in queries.list_queries():
            if all(not p.required for p in q.params):
                out[q.name] = queries.run(q.name, s).to_json(orient="records")
        for name in ("Quokka", "Wombat"):
            out[name] = queries.run("leaderboard", s, benchmark=name).to_json(orient="records")
    return out


def _parts(tmp_path) -> str:
    """A store of A(old) and B, loaded apart."""
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", write_jsonl(tmp_path / "a-old.jsonl", A_OLD), "--db", db]) == 0
    assert main(["load", write_jsonl(tmp_path / "b.jsonl", B), "--db", db]) == 0
    return db


def test_replacing_a_part_gives_the_one_shot_store(tmp_path):
    db = _parts(tmp_path)
    assert main(["load", write_jsonl(tmp_path / "a-new.jsonl", A_NEW), "--db", db]) == 2  # refused without it
    assert main(["load", str(tmp_path / "a-new.jsonl"), "--db", db, "--replace"]) == 0
    once = str(tmp_path / "once.lbdb")
    assert main(["load", write_jsonl(tmp_path / "all.jsonl", A_NEW + B), "--db", once]) == 0
    got, want = _snap(db), _snap(once)
    assert got == want
    assert _answers(db) == _answers(once)
    assert main(["check", "--db", db]) == 0
    # What changed, spelled out: the nodes only the old extraction linked are gone, the new ones are there.
    keys = {label: {json.loads(r).get("key") or json.loads(r).get("url") for r in rows} for label, rows in got.items()}
    assert "benchmark:hopbench" not in keys["Benchmark"] and "family:yak" in keys["ModelFamily"]
    assert "dataset:wombat" in keys["Dataset"] and "family:yak-2" in keys["ModelFamily"]
    assert keys["Repository"] == set()
    zapnet = next(json.loads(r) for r in got["Method"] if json.loads(r)["key"] == "method:zapnet")
    assert zapnet["aliases"] == []  # the alias only the old extraction gave


def test_replacing_the_same_facts_again_changes_nothing(tmp_path):
    db = _parts(tmp_path)
    before = _snap(db)
    assert main(["load", write_jsonl(tmp_path / "a-old.jsonl", A_OLD), "--db", db, "--replace"]) == 0
    assert _snap(db) == before
    assert main(["check", "--db", db]) == 0


def test_an_alias_only_the_old_extraction_gave_a_shared_node_stays(tmp_path):
    """The store keeps no record of which paper gave an alias: a node other papers link keeps its aliases."""
    old = copy.deepcopy(A_OLD)
    old[0]["entities"][4]["aliases"] = ["Quokka set"]  # dataset:quokka, which B links too
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", write_jsonl(tmp_path / "a-old.jsonl", old), "--db", db]) == 0
    assert main(["load", write_jsonl(tmp_path / "b.jsonl", B), "--db", db]) == 0
    assert main(["load", write_jsonl(tmp_path / "a-new.jsonl", A_NEW), "--db", db, "--replace"]) == 0
    with open_store("ladybug", db, read_only=True) as s:
        df = s.run("MATCH (d:Dataset {key: 'dataset:quokka'}) RETURN d.aliases AS a")
    assert list(df["a"][0]) == ["Quokka set"]
    assert main(["check", "--db", db]) == 0


def test_a_bad_line_after_good_ones_loads_nothing(tmp_path, capsys):
    db = _parts(tmp_path)
    before = _snap(db)
    path = tmp_path / "a-new.jsonl"
    write_jsonl(path, A_NEW)
    path.write_text(path.read_text() + "{not json\n")
    assert main(["load", str(path), "--db", db, "--replace"]) != 0
    assert _snap(db) == before
    assert main(["check", "--db", db]) == 0


def test_a_store_error_part_way_leaves_the_store_as_it_was(tmp_path, monkeypatch, capsys):
    db = _parts(tmp_path)
    before = _snap(db)
    real = store_ladybug.LadybugStore._load_rels
    calls = []

    def failing(self, rt, df):  # the new relationships: fail after the first table is written
        calls.append(rt.type)
        if len(calls) > 1:
            raise StoreError("injected failure")
        return real(self, rt, df)

    monkeypatch.setattr(store_ladybug.LadybugStore, "_load_rels", failing)
    assert main(["load", write_jsonl(tmp_path / "a-new.jsonl", A_NEW), "--db", db, "--replace"]) == 2
    assert "injected failure" in capsys.readouterr().err
    monkeypatch.undo()
    assert _snap(db) == before
    assert main(["check", "--db", db]) == 0
    assert main(["load", str(tmp_path / "a-new.jsonl"), "--db", db, "--replace"]) == 0  # and it can run again
    assert main(["check", "--db", db]) == 0


def test_a_changed_text_is_refused_with_replace_too(tmp_path, capsys):
    db = _parts(tmp_path)
    before = _snap(db)
    new = copy.deepcopy(A_NEW)
    new[1]["abstract"] += " It is hard."
    assert main(["load", write_jsonl(tmp_path / "a-new.jsonl", new), "--db", db, "--replace"]) == 2
    assert "different title or abstract" in capsys.readouterr().err
    assert _snap(db) == before


def test_the_refusal_names_replace(tmp_path, capsys):
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", write_jsonl(tmp_path / "a.jsonl", PAPERS), "--db", db]) == 0
    capsys.readouterr()
    assert main(["load", write_jsonl(tmp_path / "b.jsonl", changed("link removed")), "--db", db]) == 2
    assert "load it with --replace" in capsys.readouterr().err


@pytest.mark.parametrize("order", ["a-first", "b-first"])
def test_papers_not_in_the_input_are_untouched(tmp_path, order):
    db = str(tmp_path / "kg.lbdb")
    parts = [("a-old", A_OLD), ("b", B)] if order == "a-first" else [("b", B), ("a-old", A_OLD)]
    for name, rows in parts:
        assert main(["load", write_jsonl(tmp_path / f"{name}.jsonl", rows), "--db", db]) == 0
    rel = "MATCH (p:Paper {id: $id})-[r]->(x) RETURN label(r) AS t, x.key AS k ORDER BY t, k"
    with open_store("ladybug", db, read_only=True) as s:
        b_links = {pid: s.run(rel, {"id": pid}).to_json() for pid in ("r2", "b2")}
    assert main(["load", write_jsonl(tmp_path / "a-new.jsonl", A_NEW), "--db", db, "--replace"]) == 0
    with open_store("ladybug", db, read_only=True) as s:
        assert {pid: s.run(rel, {"id": pid}).to_json() for pid in ("r2", "b2")} == b_links
    assert main(["check", "--db", db]) == 0
