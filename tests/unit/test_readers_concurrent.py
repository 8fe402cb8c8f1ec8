"""Every read command opens the store read-only, so several run at once on one store (issue 14, item 8)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from paperkg.cli import main

SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"


def test_concurrent_viz_query_export_related_on_one_store(tmp_path):
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", str(SMALL), "--db", db]) == 0
    commands = [["viz", "--db", db, "--top", "10", "-o", str(tmp_path / f"v{i}.html")] for i in range(3)]
    commands += [["query", "top-benchmarks", "--db", db], ["export", "--format", "json", "--db", db, "-o",
                 str(tmp_path / "g.json")], ["related", "2305.18290", "--db", db]]
    procs = [subprocess.Popen([sys.executable, "-m", "paperkg", *c], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for c in commands]
    results = [(c[0], p.wait(timeout=300), p.stderr.read()) for c, p in zip(commands, procs)]
    assert [(name, code) for name, code, _ in results] == [(c[0], 0) for c in commands], results
    assert all((tmp_path / f"v{i}.html").stat().st_size > 0 for i in range(3))
