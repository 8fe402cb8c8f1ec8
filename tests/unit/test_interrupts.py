"""Ctrl-C, SIGTERM and kill -9 of `paperkg build` mid-extraction: no worker, no child, no temp file survives.

Real signals to a real process tree (the command, its extraction child, that child's pool workers).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from paperkg.graph.store import open_store

pytestmark = pytest.mark.slow


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def descendants(pid: int) -> set[int]:
    kids, out, todo = _children(), set(), [pid]
    while todo:
        for k in kids.get(todo.pop(), []):
            if k not in out:
                out.add(k)
                todo.append(k)
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(cond, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.1)
    return cond()


def _ctrl_c_as_on_a_terminal() -> None:
    # A test runner started in the background inherits SIGINT ignored, and Python then keeps it ignored.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture
def corpus(tmp_path) -> Path:
    path = tmp_path / "corpus.txt"
    lines = [f"We propose FooNet-{i}, a method for reading abstract number {i}. It beats BarNet and DPO on the "
             f"BazBench benchmark, GSM8K and MMLU, with Llama-2-7B as the base model in setting {i}." for i in range(6000)]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm", "kill-9"])
def test_build_stopped_mid_extraction_leaves_nothing_behind(tmp_path, corpus, how):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    db = tmp_path / "kg.lbdb"
    env = {**os.environ, "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "-m", "paperkg", "build", str(corpus), "--db", str(db), "--n-process", "2"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_ctrl_c_as_on_a_terminal)
    try:
        # Extraction is under way once the stage child has its two pool workers.
        assert wait_until(lambda: len(descendants(proc.pid)) >= 3, 120), "the build never started its workers"
        tree = descendants(proc.pid)
        assert any(tmp.glob("paperkg-stage-*")), "the stage's temporary folder should exist while it runs"
        if how == "ctrl-c":
            os.killpg(proc.pid, signal.SIGINT)  # what the terminal does: the whole foreground group
        elif how == "sigterm":
            os.kill(proc.pid, signal.SIGTERM)
        else:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=120)
        left = lambda: [p for p in tree if alive(p)]  # noqa: E731
        assert wait_until(lambda: not left(), 60), f"still running after {how}: {left()}"
        assert wait_until(lambda: not any(tmp.iterdir()), 30), f"left in TMPDIR: {list(tmp.iterdir())} {proc.stderr.read()}"
        if db.exists():  # build creates the (empty) store before extracting; nothing was loaded into it
            with open_store("ladybug", db, read_only=True) as s:
                assert s.counts()["Paper"] == 0
        assert not [p for p in tmp_path.iterdir() if ".loading-" in p.name]
        err = proc.stderr.read()
        if how == "ctrl-c":
            assert proc.returncode == 130 and "paperkg: interrupted" in err
        elif how == "sigterm":
            assert proc.returncode == 143 and "paperkg: terminated" in err
        else:
            assert proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
