"""The evidence relationships keep the first sentence once, as `sentences`' first item (issue 14, session 15):
a store of the old layout (a `sentence` column beside it) is still read and checked, and the next load
migrates it, all or nothing with the load."""

import json
import re
import subprocess
import sys
import textwrap

from paperkg import queries
from paperkg.graph import check, schema
from paperkg.graph.store import open_store

from incremental_cases import PART_ONE, PART_TWO, snapshot, write_jsonl  # tests/incremental_cases.py
from test_load_step import build, recorded_digests_are_the_stores

EVIDENCE_RELS = list(dict.fromkeys(rt.type for rt in schema.REL_TYPES if rt.properties == schema.EVIDENCE_PROPS))
OLD = schema.OLD_EVIDENCE_PROPS[0][0]


def columns(store, rel: str) -> set:
    return set(store.run(f"CALL table_info('{rel}') RETURN name")["name"])


def make_old_layout(db: str) -> None:
    """Turn a store into what paperkg wrote before session 15: the first sentence also in its own column, and
    a load record of digest scheme 2 that sums it."""
    with open_store("ladybug", db) as s:
        for rel in EVIDENCE_RELS:
            s.run(f"ALTER TABLE {rel} ADD {OLD} STRING")
            s.run(f"MATCH ()-[r:{rel}]->() SET r.{OLD} = CASE WHEN size(r.sentences) > 0 THEN r.sentences[1] END")
        sums = check.table_sums(s, legacy=True)
        digests = {name: f"{total % 2**128:032x}" for name, total in sums.items()} | {"~scheme": 2}
        s.run(check.write_cypher(), {"rec": {**check.read_record(s), "digests": json.dumps(digests)}})


def answers(store, paper: str) -> list:
    rows = queries.run("paper-entities", store, paper=paper)
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows.to_dict("records"))


def test_a_new_store_keeps_the_first_sentence_only_in_sentences_and_the_queries_show_it(tmp_path):
    db = str(tmp_path / "s.lbdb")
    assert build(write_jsonl(tmp_path / "a.jsonl", PART_ONE), "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        assert all(OLD not in columns(s, rel) and "sentences" in columns(s, rel) for rel in EVIDENCE_RELS)
        df = s.run("MATCH (p:Paper)-[r:PROPOSES]->(e) RETURN p.id AS id, r.sentences AS sentences LIMIT 1")
        rows = queries.run("paper-entities", s, paper=df["id"][0])
        shown = rows[rows["relation"] == "PROPOSES"]["sentence"].tolist()
        assert df["sentences"][0][0] in shown
    recorded_digests_are_the_stores(db)


def test_a_store_of_the_old_layout_is_read_and_checked_and_the_next_load_migrates_it(tmp_path):
    one, two = write_jsonl(tmp_path / "a.jsonl", PART_ONE), write_jsonl(tmp_path / "b.jsonl", PART_TWO)
    db = str(tmp_path / "s.lbdb")
    assert build(one, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        paper = s.run("MATCH (p:Paper) RETURN p.id AS id ORDER BY id LIMIT 1")["id"][0]
        new_answers = answers(s, paper)
    make_old_layout(db)
    with open_store("ladybug", db, read_only=True) as s:
        assert all(OLD in columns(s, rel) for rel in EVIDENCE_RELS)
        check.check_store(s)  # the old record, with the old column
        assert answers(s, paper) == new_answers
    assert build(two, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        assert not any(OLD in columns(s, rel) for rel in EVIDENCE_RELS)
        assert answers(s, paper) == new_answers
    recorded_digests_are_the_stores(db)
    assert build(one, two, "--db", str(tmp_path / "once.lbdb")) == 0
    with open_store("ladybug", db, read_only=True) as a, open_store("ladybug", tmp_path / "once.lbdb", read_only=True) as b:
        assert snapshot(a) == snapshot(b)


def test_a_changed_old_store_fails_check_with_the_old_record(tmp_path):
    """The legacy digests are real: an old column changed behind paperkg's back is found."""
    db = str(tmp_path / "s.lbdb")
    assert build(write_jsonl(tmp_path / "a.jsonl", PART_ONE), "--db", db) == 0
    make_old_layout(db)
    with open_store("ladybug", db) as s:
        s.run(f"MATCH ()-[r:PROPOSES]->() WITH r LIMIT 1 SET r.{OLD} = 'changed'")
    with open_store("ladybug", db, read_only=True) as s:
        try:
            check.check_store(s)
        except check.CheckFailed as exc:
            assert re.search(r"PROPOSES\(Paper->\w+\): content differs", str(exc)), str(exc)
        else:
            raise AssertionError("check passed a changed store")


def test_a_migrating_load_killed_before_the_rename_leaves_the_old_store_as_it_was(tmp_path):
    """The migration happens in the load's copy: killed after the copy's checkpoint, before the rename, the
    store keeps its old layout and record (check passes), and the same build again migrates and completes it."""
    one, two = write_jsonl(tmp_path / "a.jsonl", PART_ONE), write_jsonl(tmp_path / "b.jsonl", PART_TWO)
    db = str(tmp_path / "s.lbdb")
    assert build(one, "--db", db) == 0
    make_old_layout(db)
    with open_store("ladybug", db, read_only=True) as s:
        stored = snapshot(s)
    killed = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os
        from paperkg.cli import main
        from paperkg.graph import store_ladybug
        store_ladybug.os.replace = lambda a, b: os._exit(9)
        main(["build", {two!r}, "--db", {db!r}, "--n-process", "1"])
    """)], capture_output=True, text=True, timeout=300)
    assert killed.returncode == 9, killed.stderr
    with open_store("ladybug", db, read_only=True) as s:
        assert all(OLD in columns(s, rel) for rel in EVIDENCE_RELS)
        assert snapshot(s) == stored
        check.check_store(s)
    assert build(two, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        assert not any(OLD in columns(s, rel) for rel in EVIDENCE_RELS)
    recorded_digests_are_the_stores(db)
