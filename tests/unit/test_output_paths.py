"""`-o` paths: devices and symlinks are written, not replaced; the store and inputs are never overwritten; bad
paths are one clear line; modes follow the umask or the overwritten file (issue 14, item 3)."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.graph.store import open_store

SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"
A1 = "We propose FooNet, a method for reading abstracts. It beats BarNet on the BazBench benchmark."


@pytest.fixture
def corpus(tmp_path) -> Path:
    path = tmp_path / "corpus.txt"
    path.write_text(A1 + "\n")
    return path


def _err(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_missing_folder_and_directory_are_one_clear_line_before_extracting(tmp_path, corpus, capsys):
    assert main(["extract", str(corpus), "-o", str(tmp_path / "no" / "p.jsonl")]) == 2
    assert f"folder {tmp_path / 'no'} does not exist" in _err(capsys)
    assert main(["extract", str(corpus), "-o", str(tmp_path)]) == 2
    assert "is a directory" in _err(capsys)
    assert _no_temp_files(tmp_path)


def test_output_onto_an_input_is_refused(tmp_path, corpus, capsys):
    assert main(["extract", str(corpus), "-o", str(corpus)]) == 2
    assert "would overwrite an input" in _err(capsys)
    assert corpus.read_text() == A1 + "\n"


def test_symlink_is_written_through_and_kept(tmp_path, corpus):
    target = tmp_path / "real.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert main(["extract", str(corpus), "-o", str(link)]) == 0
    assert link.is_symlink() and json.loads(target.read_text())["abstract"] == A1


def test_fifo_is_written_directly_not_replaced(tmp_path, corpus):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    assert main(["extract", str(corpus), "-o", str(fifo)]) == 0
    reader.join(30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the FIFO, not a regular file put in its place
    assert json.loads(got[0])["abstract"] == A1


def test_device_disk_full_says_disk_full(tmp_path, corpus, capsys):
    assert main(["extract", str(corpus), "-o", "/dev/full"]) == 2
    err = _err(capsys)
    assert err.startswith("paperkg extract: error: /dev/full: disk full")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_new_file_follows_the_umask(tmp_path, corpus, umask, mode):
    old = os.umask(umask)
    try:
        assert main(["extract", str(corpus), "-o", str(tmp_path / "p.jsonl")]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "p.jsonl").stat().st_mode) == mode


def test_overwritten_file_keeps_its_mode(tmp_path, corpus):
    out = tmp_path / "p.jsonl"
    out.write_text("old\n")
    out.chmod(0o604)
    assert main(["extract", str(corpus), "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o604 and out.read_text() != "old\n"


def test_export_onto_the_store_is_refused_and_the_store_survives(tmp_path, capsys):
    db = tmp_path / "kg.lbdb"
    assert main(["load", str(SMALL), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "json", "--db", str(db), "-o", str(db)]) == 2
    assert "would overwrite the store" in _err(capsys)
    assert main(["export", str(SMALL), "--format", "graphml", "-o", str(SMALL)]) == 2
    assert "would overwrite the input" in _err(capsys)
    assert main(["viz", "--db", str(db), "-o", str(db)]) == 2
    assert "would overwrite the store" in _err(capsys)
    with open_store("ladybug", db, read_only=True) as s:
        assert s.counts()["Paper"] == 6


def test_build_output_onto_the_store_is_refused_before_extracting(tmp_path, corpus, capsys):
    db = tmp_path / "kg.lbdb"
    assert main(["build", str(corpus), "--db", str(db), "-o", str(db)]) == 2
    assert "would overwrite the store" in _err(capsys)
    assert not db.exists()


def test_export_and_viz_write_through_temp_files_with_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        assert main(["export", str(SMALL), "--format", "gexf", "-o", str(tmp_path / "g.gexf")]) == 0
        assert main(["viz", "--papers", str(SMALL), "-o", str(tmp_path / "g.svg")]) == 0
    finally:
        os.umask(old)
    for name in ("g.gexf", "g.svg"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644
    assert _no_temp_files(tmp_path)
