"""A LadybugDB load that runs out of disk: "disk full" first, the store as it was and readable by every
command, no copy left behind (issue 14, item 7). On a real full file system: a small tmpfs (needs root)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from paperkg.cli import main

SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"
MORE = Path(__file__).resolve().parents[1] / "data" / "gold-dev.jsonl"


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "disk"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mnt)], capture_output=True, text=True)
    if res.returncode != 0:
        pytest.fail(f"this test fills a real file system: it mounts a 32 MB tmpfs, which needs root ({res.stderr.strip()})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_during_a_load_leaves_a_readable_store(small_disk, tmp_path, capsys):
    db = small_disk / "kg.lbdb"
    assert main(["load", str(SMALL), "--db", str(db)]) == 0
    papers = tmp_path / "more.jsonl"  # other papers, so the second load has something to add
    papers.write_text("".join(line.replace('"id": "', '"id": "more-') for line in SMALL.read_text().splitlines(True)))
    filler = small_disk / "filler"
    free = int(subprocess.run(["df", "-B1", "--output=avail", str(small_disk)], capture_output=True, text=True)
               .stdout.split()[-1])
    filler.write_bytes(b"\0" * max(free - db.stat().st_size - 256 * 1024, 0))  # room for the copy, not the load
    capsys.readouterr()
    assert main(["load", str(papers), "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"paperkg load: error: disk full (No space left on device) while loading {db}") and len(err.splitlines()) == 1
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "kg.lbdb"]  # no copy, no lock, no shadow
    assert main(["query", "top-methods", "--db", str(db), "--format", "csv"]) == 0  # read-only opens work
    assert main(["check", "--db", str(db)]) == 0  # and it is the store of the first load
    filler.unlink()
    assert main(["load", str(papers), "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0


def test_no_room_for_the_copy_on_a_full_disk(small_disk, tmp_path, capsys):
    """The copy itself runs out of space (os.copy_file_range on a real file system): disk full, nothing left
    behind, the store as it was."""
    db = small_disk / "kg.lbdb"
    assert main(["load", str(SMALL), "--db", str(db)]) == 0
    papers = tmp_path / "more.jsonl"
    papers.write_text("".join(line.replace('"id": "', '"id": "more-') for line in SMALL.read_text().splitlines(True)))
    filler = small_disk / "filler"
    free = int(subprocess.run(["df", "-B1", "--output=avail", str(small_disk)], capture_output=True, text=True)
               .stdout.split()[-1])
    filler.write_bytes(b"\0" * max(free - db.stat().st_size // 2, 0))  # room for half the copy
    capsys.readouterr()
    assert main(["load", str(papers), "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"paperkg load: error: disk full (No space left on device) while loading {db}")
    assert "room for a second copy" in err and len(err.splitlines()) == 1
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "kg.lbdb"]
    assert main(["check", "--db", str(db)]) == 0
    filler.unlink()
    assert main(["load", str(papers), "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0
