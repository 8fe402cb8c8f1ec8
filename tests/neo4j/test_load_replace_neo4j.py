"""On the real Neo4j server: `paperkg load --replace` (graph/replace.py) gives the one-shot store (and the same
graph as LadybugDB), and a failure part-way leaves the store as it was (one transaction)."""

from __future__ import annotations

import pytest
from incremental_cases import normalised, snapshot  # tests/incremental_cases.py
from reload_cases import A_NEW, A_OLD, B, write_jsonl  # tests/reload_cases.py

from paperkg import queries
from paperkg.cli import main
from paperkg.errors import StoreError
from paperkg.extract.records import ExtractedPaper
from paperkg.graph import check
from paperkg.graph.replace import replace_papers
from paperkg.graph.store import open_store
from paperkg.graph.store_neo4j import Neo4jStore
from paperkg.graph.tables import tables_from_papers

pytestmark = pytest.mark.neo4j


def _tables(rows):
    return tables_from_papers([ExtractedPaper.from_dict(r) for r in rows])


def _answers(store) -> dict:
    out = {q.name: queries.run(q.name, store).to_json(orient="records")
           for q in queries.list_queries() if all(not p.required for p in q.params)}
    for name in ("Quokka", "Wombat"):
        out[name] = queries.run("leaderboard", store, benchmark=name).to_json(orient="records")
    return out


def test_replacing_a_part_gives_the_one_shot_store_and_the_ladybug_one(store, neo4j_uri, tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    assert main(["load", write_jsonl(tmp_path / "a-old.jsonl", A_OLD), "--neo4j"]) == 0
    assert main(["load", write_jsonl(tmp_path / "b.jsonl", B), "--neo4j"]) == 0
    assert main(["load", write_jsonl(tmp_path / "a-new.jsonl", A_NEW), "--neo4j"]) == 2  # refused without it
    assert main(["load", str(tmp_path / "a-new.jsonl"), "--neo4j", "--replace"]) == 0
    assert main(["check", "--neo4j"]) == 0
    replaced, answers = snapshot(store), _answers(store)
    store.clear()
    assert main(["load", write_jsonl(tmp_path / "all.jsonl", A_NEW + B), "--neo4j"]) == 0
    assert snapshot(store) == replaced
    assert _answers(store) == answers
    db = str(tmp_path / "kg.lbdb")  # the same on LadybugDB
    for name in ("a-old", "b"):
        assert main(["load", str(tmp_path / f"{name}.jsonl"), "--db", db]) == 0
    assert main(["load", str(tmp_path / "a-new.jsonl"), "--db", db, "--replace"]) == 0
    with open_store("ladybug", db, read_only=True) as lady:
        assert normalised(snapshot(lady)) == normalised(replaced)


def test_a_failure_part_way_leaves_the_store_as_it_was(store, neo4j_uri):
    store.load(_tables(A_OLD))
    store.load(_tables(B))
    before, record = snapshot(store), check.read_record(store)
    seen = []

    def fail_midway(what, n):
        seen.append(what)
        if len(seen) == 6:  # after deletes and writes already sent in this transaction
            raise RuntimeError("injected failure")

    failing = Neo4jStore(uri=neo4j_uri, batch_size=2, on_batch=fail_midway)
    try:
        with pytest.raises(StoreError, match="injected failure"):
            replace_papers(failing, _tables(A_NEW))
    finally:
        failing.close()
    assert len(seen) == 6
    assert snapshot(store) == before
    assert check.read_record(store) == record  # not even marked unfinished
    check.check_store(store)
    replace_papers(store, _tables(A_NEW))  # and it runs again
    check.check_store(store)


def test_a_bad_line_after_good_ones_loads_nothing(store, neo4j_uri, tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    store.load(_tables(A_OLD))
    before = snapshot(store)
    path = tmp_path / "a-new.jsonl"
    write_jsonl(path, A_NEW)
    path.write_text(path.read_text() + "{not json\n")
    assert main(["load", str(path), "--neo4j", "--replace"]) != 0
    assert snapshot(store) == before
