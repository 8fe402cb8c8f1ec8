"""Stages run apart (paperkg/cli/apart.py): results and errors come back from the child process intact."""

import math
import operator
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from paperkg.cli.apart import StageError, run_apart
from paperkg.cli.graph_cmds import tables_of_jsonl

FIXTURE = Path(__file__).parents[1] / "data" / "small_papers.jsonl"


def test_result_comes_back():
    assert run_apart(math.factorial, 5) == 120


def test_tables_built_apart_equal_tables_built_here():
    from paperkg.graph.build import read_extracted
    from paperkg.graph.tables import tables_from_papers

    n, tables, replace = run_apart(tables_of_jsonl, str(FIXTURE))
    papers = read_extracted(FIXTURE)
    n_here, here = len(papers), tables_from_papers(papers)
    assert n == n_here == 6
    assert tables.counts() == here.counts()
    for label, df in here.nodes.items():
        assert tables.nodes[label].equals(df), label


def test_paperkg_error_keeps_message_and_exit_code(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n')
    with pytest.raises(StageError) as exc:
        run_apart(tables_of_jsonl, str(bad))
    assert str(exc.value).startswith(f"{bad}:1: ") and exc.value.exit_code == 2
    assert "Traceback" in exc.value.details  # for --trace


def test_unexpected_error_is_one_line_with_details():
    with pytest.raises(StageError) as exc:
        run_apart(operator.truediv, 1, 0)
    assert "\n" not in str(exc.value)
    assert "unexpected error in truediv: ZeroDivisionError" in str(exc.value)
    assert "ZeroDivisionError" in exc.value.details and exc.value.exit_code == 1


def test_child_that_dies_is_a_clear_error():
    with pytest.raises(StageError, match=r"stopped without a result \(exit code 3"):
        run_apart(os._exit, 3)


def test_build_reads_stdin_in_its_child_stage(tmp_path):
    exe = Path(sys.executable).with_name("paperkg")
    abstract = '{"title": "FooNet", "abstract": "We propose FooNet, a new method, and evaluate it on MMLU."}\n'
    done = subprocess.run([str(exe), "build", "-", "--db", str(tmp_path / "kg.lbdb")], input=abstract,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "loaded 1 papers" in done.stdout and "Benchmark=1 (+1)" in done.stdout


def test_a_stage_folder_whose_owner_is_gone_is_removed_by_the_next_stage(tmp_path, monkeypatch):
    # kill -9 of the whole process group kills the stage's child with its parent: nobody removes the folder.
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan = tmp_path / f"paperkg-stage-{gone.stdout.strip()}-abc"
    live = tmp_path / f"paperkg-stage-{os.getpid()}-def"  # a running command's folder: kept
    other = tmp_path / "paperkg-stage-notapid"
    for folder in (orphan, live, other):
        folder.mkdir()
        (folder / "result.pickle").write_bytes(b"x")
    assert run_apart(math.factorial, 4) == 24
    assert not orphan.exists()
    assert live.exists() and other.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])
