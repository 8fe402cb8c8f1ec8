"""A LadybugDB store written by an older paperkg (no word index Term, no VARIANT_OF: session 13 and 30 tables),
opened read-only, is upgraded (the tables a write open adds, in a copy renamed over the file, under the writer
lock) when it can be, so every canned query and the explorer's entity page answer; when it cannot (not writable,
another process writing it, a write-ahead log, a failure on the way), the store stays as it was and the queries
that read a missing table fail with the hint and the reason. docs/history/migrate31.md.

The older stores here are made by dropping the newer tables from a store this paperkg wrote (DDL through the
LadybugDB API); docs/history/migrate31.md also ran these paths on stores written by older commits' code."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from family30_cases import PAPERS, PCA, RPCA, SPCA, write_jsonl  # tests/family30_cases.py

from paperkg import queries
from paperkg.cli import main
from paperkg.errors import StoreError
from paperkg.graph import schema
from paperkg.graph import store_ladybug
from paperkg.graph.locks import writer_lock
from paperkg.graph.store import open_store
from paperkg.web import create_app

VARIANT_QUERIES = [("entity-card", {"key": RPCA}), ("paper-proposals", {}), ("method-variants", {"method": "PCA"})]
NEWER = (schema.TERM.label, schema.VARIANT_OF)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _answers(store) -> dict:
    out = {}
    for name, params in VARIANT_QUERIES + [("papers", {"text": "robust"}), ("benchmarks-for-method", {"method": "PCA"}),
                                           ("top-methods", {})]:
        df = queries.run(name, store, **params)
        out[name] = df.astype(str).values.tolist()
    return out


@pytest.fixture()
def current(tmp_path) -> Path:
    """A store this paperkg wrote (with the variant links)."""
    db = tmp_path / "kg.lbdb"
    assert main(["load", write_jsonl(tmp_path / "p.jsonl", PAPERS), "--db", str(db)]) == 0
    return db


def _older(db: Path, drop=NEWER) -> Path:
    """Make the store what an older paperkg wrote: no table of ``drop`` (a store without VARIANT_OF has no
    variant links: they were never loaded)."""
    with open_store("ladybug", db) as s:
        for table in drop:
            s.run(f"DROP TABLE {table}")
        # ... and its load record named none of them
        rec = s.run("MATCH (r:PaperkgLoad) RETURN r.key AS key, r.counts AS counts, r.digests AS digests")
        for key, counts, digests in rec.itertuples(index=False):
            counts = {k: v for k, v in json.loads(counts).items() if k not in drop}
            digests = {k: v for k, v in json.loads(digests).items() if k.split("(")[0] not in drop}
            s.run("MATCH (r:PaperkgLoad {key: $k}) SET r.counts = $c, r.digests = $d",
                  {"k": key, "c": json.dumps(counts), "d": json.dumps(digests)})
    return db


@pytest.fixture()
def older(current) -> Path:
    return _older(current)


def test_a_read_only_open_adds_the_missing_tables_and_every_query_answers(current, capsys):
    with open_store("ladybug", current, read_only=True) as s:
        want = _answers(s)
        want_counts = s.counts()
    _older(current)
    capsys.readouterr()
    with open_store("ladybug", current, read_only=True) as s:
        assert s.upgraded == ["table Term", "table VARIANT_OF"]
        got = _answers(s)
        counts = s.counts()
    assert "was written by an older paperkg: added table Term, table VARIANT_OF" in capsys.readouterr().err
    # The word index is rebuilt from the stored papers: its queries answer as on the current store.
    assert got["papers"] == want["papers"] and got["benchmarks-for-method"] == want["benchmarks-for-method"]
    assert got["top-methods"] == want["top-methods"]
    assert counts == {**want_counts, schema.VARIANT_OF: 0}
    # No variant link in the older store: the variant columns are empty, the rest as before.
    card = got["entity-card"][0]
    assert len(got["entity-card"]) == 1 and RPCA in card and PCA not in card
    assert [r[0] for r in got["method-variants"]] == ["principal component analysis"]  # the base row alone
    assert len(got["paper-proposals"]) == len(want["paper-proposals"])
    # Once only: the next open finds nothing to add and leaves the file as it is.
    before = _digest(current)
    with open_store("ladybug", current, read_only=True) as s:
        assert s.upgraded == []
    assert _digest(current) == before and capsys.readouterr().err == ""
    assert main(["check", "--db", str(current)]) == 0  # the load record still matches
    assert not [p for p in current.parent.iterdir() if ".loading-" in p.name]


def test_only_the_variant_table_missing(current):
    _older(current, drop=(schema.VARIANT_OF,))
    with open_store("ladybug", current, read_only=True) as s:
        assert s.upgraded == ["table VARIANT_OF"]
        assert queries.run("entity-card", s, key=SPCA)["variants"].tolist() == [0]


def test_a_current_store_is_not_touched(current):
    before, mtime = _digest(current), current.stat().st_mtime_ns
    with open_store("ladybug", current, read_only=True) as s:
        assert s.upgraded == [] and s._not_upgraded == ""
        assert len(queries.run("method-variants", s, method="PCA")) == 3
    assert _digest(current) == before and current.stat().st_mtime_ns == mtime


def test_the_cli_query_and_the_explorer_entity_page_on_an_older_store(older, capsys):
    assert main(["query", "entity-card", "--db", str(older), "-p", f"key={PCA}"]) == 0
    assert "principal component analysis" in capsys.readouterr().out
    with open_store("ladybug", older, read_only=True) as s:  # the explorer opens it like this (serve_cmds)
        page = create_app(s, where=str(older)).test_client().get(f"/entity/{RPCA}")
        assert page.status_code == 200 and "robust PCA" in page.get_data(as_text=True)


def test_the_explorer_on_an_older_store_it_cannot_upgrade_says_why(older, monkeypatch):
    monkeypatch.setattr(store_ladybug.os, "access", lambda *a, **k: False)
    with open_store("ladybug", older, read_only=True) as s:
        page = create_app(s, where=str(older)).test_client().get(f"/entity/{RPCA}")
        assert page.status_code == 503
        assert "could not be upgraded when opened: the store file or its folder is not writable" in page.get_data(as_text=True)


def _refused(db: Path, why: str):
    before = _digest(db)
    with open_store("ladybug", db, read_only=True) as s:
        assert s.upgraded == []
        for name, params in VARIANT_QUERIES:
            with pytest.raises(StoreError, match=f"open it once for writing.*could not be upgraded when opened: {why}"):
                queries.run(name, s, **params)
        assert s.counts()[schema.VARIANT_OF] == 0  # what does not need the table still answers
    assert _digest(db) == before
    assert not [p for p in db.parent.iterdir() if ".loading-" in p.name]


def test_not_writable_leaves_it_and_says_so(older, monkeypatch):
    monkeypatch.setattr(store_ladybug.os, "access", lambda *a, **k: False)  # tests run as root: chmod is no test
    _refused(older, "the store file or its folder is not writable")


def test_a_writer_in_this_process_adds_them_itself(older):
    with writer_lock(older):
        _refused(older, "this command writes it and adds them")


def test_another_process_writing_it_leaves_it_to_that_writer(older):
    script = textwrap.dedent(f"""
        import sys, time
        from paperkg.graph.locks import writer_lock
        with writer_lock({str(older)!r}):
            print("held", flush=True)
            sys.stdin.read()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        _refused(older, "another process is writing it")
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_a_failure_on_the_way_leaves_the_store_as_it_was(older, monkeypatch):
    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_ladybug.os, "replace", fail)
    _refused(older, r"adding them failed, the store is as it was \(\[Errno 28\] No space left on device\)")


def test_a_write_ahead_log_is_left_to_a_writer(older):
    with open_store("ladybug", older, upgrade=False, read_only=True) as s:
        assert s._outdated() == ["table Term", "table VARIANT_OF"]
        Path(f"{older}.wal").write_bytes(b"x")
        try:
            assert s._why_not_upgradable() == "it has a write-ahead log (an unfinished write)"
        finally:
            Path(f"{older}.wal").unlink()


def test_upgrade_false_and_check_do_not_write(older):
    before = _digest(older)
    with open_store("ladybug", older, read_only=True, upgrade=False) as s:
        assert s.upgraded == []
    assert main(["check", "--db", str(older)]) == 0
    assert _digest(older) == before


def test_a_store_open_in_another_reader_is_upgraded_and_that_reader_keeps_its_file(older):
    script = textwrap.dedent(f"""
        import sys
        from paperkg.graph.store import open_store
        with open_store("ladybug", {str(older)!r}, read_only=True, upgrade=False) as s:
            print("open", flush=True)
            sys.stdin.readline()
            print(s.counts()["Paper"], flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        with open_store("ladybug", older, read_only=True) as s:
            assert s.upgraded == ["table Term", "table VARIANT_OF"]
            assert len(queries.run("entity-card", s, key=PCA)) == 1
        proc.stdin.write("go\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == str(len(PAPERS))
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_an_empty_word_index_with_papers_is_rebuilt(current):
    with open_store("ladybug", current) as s:
        s.run("MATCH (t:Term) DELETE t")  # an older paperkg's store that had the table but no index
    with open_store("ladybug", current, read_only=True) as s:
        assert s.upgraded == ["the word index (Term rows)"]
        assert len(queries.run("papers", s, text="robust")) == 2
