"""Two writers on one embedded store: the second is refused at once (or waits), nobody deletes the other's files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from paperkg.errors import StoreError
from paperkg.graph.locks import lock_path, writer_lock
from paperkg.graph.store import open_store

SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"
CORPUS = "We propose FooNet, a method for reading abstracts. It beats BarNet on the BazBench benchmark.\n"


def paperkg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "paperkg", *args], capture_output=True, text=True, timeout=300, **kw)


@pytest.fixture
def holder(tmp_path):
    """Another process holding the store's writer lock, with a load in progress (its .loading- copy)."""
    db = tmp_path / "kg.lbdb"
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from paperkg.graph.locks import writer_lock
        db = Path({str(db)!r})
        with writer_lock(db):
            (db.parent / f".{{db.name}}.loading-{{__import__('os').getpid()}}").write_text("work in progress")
            print("held", flush=True)
            time.sleep(120)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    yield db, proc
    proc.kill()
    proc.wait()


def test_second_build_is_refused_at_once_before_extracting(holder, tmp_path):
    db, proc = holder
    corpus = tmp_path / "c.txt"
    corpus.write_text(CORPUS)
    res = paperkg("build", str(corpus), "--db", str(db))
    assert res.returncode != 0
    assert f"store {db} is being written by another paperkg process (pid {proc.pid})" in res.stderr
    assert "--wait" in res.stderr and "extracted" not in res.stderr + res.stdout
    assert proc.poll() is None  # refused while the other writer still runs: it did not wait for it
    assert (tmp_path / f".kg.lbdb.loading-{proc.pid}").read_text() == "work in progress"
    assert not db.exists()


def test_second_load_waits_with_wait_and_runs_when_the_first_is_killed(holder):
    db, proc = holder
    waiting = subprocess.Popen([sys.executable, "-m", "paperkg", "load", str(SMALL), "--db", str(db), "--wait"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = waiting.stderr.readline()
    assert "waiting for the other writer" in line and str(proc.pid) in line
    assert waiting.poll() is None
    os.kill(proc.pid, signal.SIGKILL)  # kill -9: the lock goes with the process
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert "loaded 6 papers" in out
    with open_store("ladybug", db, read_only=True) as s:
        assert s.counts()["Paper"] == 6


def test_two_concurrent_loads_with_wait_both_succeed(tmp_path):
    db = tmp_path / "kg.lbdb"
    procs = [subprocess.Popen([sys.executable, "-m", "paperkg", "load", str(SMALL), "--db", str(db), "--wait"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with open_store("ladybug", db, read_only=True) as s:
        assert s.counts()["Paper"] == 6
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.lbdb"]  # no lock file or copy left


def test_a_store_open_for_writing_holds_the_lock(tmp_path):
    db = tmp_path / "kg.lbdb"
    with open_store("ladybug", db) as w:
        code = f"from paperkg.graph.store import open_store; open_store('ladybug', {str(db)!r})"
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert f"being written by another paperkg process (pid {os.getpid()})" in res.stderr
        with writer_lock(db):  # the same process may take it again (the CLI holds it around the store)
            assert w.counts()["Paper"] == 0
    assert not lock_path(db).exists()


def test_lock_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        with writer_lock(tmp_path / "nope" / "kg.lbdb"):
            pass
