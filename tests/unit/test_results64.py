"""scripts/results64_folds.py: the leave-one-part-out folds of a learned dataset-fallback decision (session 50)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location("results64_folds", ROOT / "scripts" / "results64_folds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


F = _module()


def test_fit_learns_a_separating_feature():
    x = np.array([[1, 0], [1, 1], [0, 1], [0, 0]] * 5, dtype=float)
    y = np.array([0, 0, 1, 1] * 5, dtype=float)  # feature 0 marks the false ones, feature 1 is noise
    w = F.fit(x, y)
    assert w[0] < -1 and abs(w[1]) < abs(w[0]) / 3
    p = F.prob(x, w)
    assert (p[y == 0] < 0.5).all() and (p[y == 1] > 0.5).all()


def test_prob_of_no_features_is_the_base_rate_side():
    x = np.zeros((10, 1))
    y = np.array([1.0] * 8 + [0.0] * 2)
    assert (F.prob(x, F.fit(x, y)) > 0.5).all()


def _rows(parts: int, marked_false: bool):
    rows = []
    for i in range(parts):
        part = f"p{i}"
        rows += [(part, frozenset({"ds:paper", "cue"}), not marked_false)] * 3
        rows += [(part, frozenset({"ds:paper"}), True)] * 6
    return rows


def test_folds_drop_a_cue_that_marks_false_results_in_every_part():
    folds = F.fold_drops(_rows(4, marked_false=True), [0.5], min_support=5)
    assert folds[0.5] == [12, 0]  # the cue's 3 results in each of 4 parts, all false, dropped; no true one lost


def test_folds_keep_a_cue_that_marks_true_results():
    assert F.fold_drops(_rows(4, marked_false=False), [0.5], min_support=5)[0.5] == [0, 0]


def test_folds_never_use_a_cue_seen_only_in_the_held_out_part():
    rows = _rows(4, marked_false=False) + [("p0", frozenset({"ds:paper", "rare"}), False)] * 6
    # "rare" is only in p0: when p0 is held out the model has not seen it, and on p1-p3 it does not occur
    assert F.fold_drops(rows, [0.5], min_support=5)[0.5] == [0, 0]


def test_rule_baseline_learns_per_fold_and_pairs():
    rows = _rows(3, marked_false=True)
    assert F.rule_fold_drops(rows, min_support=5) == [9, 0]
    assert "cue&ds:paper" in F._pairs({"ds:paper", "cue"})
