"""scripts/sample_nodes.py draws a deterministic uniform sample of entity nodes; judged samples are scored with a
Wilson interval, and the shipped baseline judgement is complete."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from paperkg.errors import InputError
from paperkg.graph import schema
from paperkg.graph.corpus_checks import default_checks_dir, node_precision, wilson_interval
from paperkg.graph.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "sample_nodes.py"


def _sample(db: str, n: int, seed: int, out: Path) -> list[dict]:
    res = subprocess.run([sys.executable, str(SCRIPT), "--db", db, "--n", str(n), "--seed", str(seed), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    with open(out, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_sample_is_deterministic_and_drawn_from_entity_nodes(small_db, tmp_path):
    with open_store("ladybug", small_db, read_only=True) as s:
        keys = {k for label in schema.ENTITY_LABELS for k in s.run(f"MATCH (n:{label}) RETURN n.key AS k")["k"]}
    a = _sample(small_db, 8, 3, tmp_path / "a.tsv")
    b = _sample(small_db, 8, 3, tmp_path / "b.tsv")
    c = _sample(small_db, 8, 4, tmp_path / "c.tsv")
    assert a == b
    assert [r["key"] for r in a] != [r["key"] for r in c]
    assert len({r["key"] for r in a}) == 8 and {r["key"] for r in a} <= keys
    assert all(r["sentence"] and r["correct"] == "" and int(r["papers"]) >= 1 for r in a)
    everything = _sample(small_db, len(keys), 1, tmp_path / "all.tsv")  # uniform over nodes: all of them fit
    assert {r["key"] for r in everything} == keys


def test_asking_for_more_nodes_than_the_store_holds_fails(small_db, tmp_path):
    res = subprocess.run([sys.executable, str(SCRIPT), "--db", small_db, "--n", "100000", "--seed", "1"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode != 0 and "the store has" in res.stderr


def test_wilson_interval():
    lo, hi = wilson_interval(120, 150)
    assert (round(lo, 3), round(hi, 3)) == (0.729, 0.856)
    assert wilson_interval(10, 10)[1] == 1.0 and wilson_interval(10, 10)[0] < 1.0


def test_node_precision_needs_every_row_judged(tmp_path):
    path = tmp_path / "j.tsv"
    path.write_text("key\tlabel\tcorrect\treason\na\tMethod\t1\t\nb\tDataset\t0\tnot a dataset\n")
    res = node_precision(path)
    assert res["overall"]["correct"] == 1 and res["overall"]["n"] == 2
    assert res["by_label"]["Dataset"]["precision"] == 0.0
    path.write_text("key\tlabel\tcorrect\treason\na\tMethod\t\t\n")
    with pytest.raises(InputError, match=r"j.tsv:2: 'correct' must be 1 or 0"):
        node_precision(path)
    path.write_text("key\tlabel\tcorrect\treason\na\tMethod\t0\t\n")
    with pytest.raises(InputError, match="needs a one-line reason"):
        node_precision(path)


def test_the_shipped_baseline_is_a_complete_judgement_of_150_nodes():
    res = node_precision(default_checks_dir() / "node-precision-baseline.tsv")
    assert res["overall"]["n"] >= 150
    assert 0 < res["overall"]["precision"] < 1
