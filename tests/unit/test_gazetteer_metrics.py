"""Leaderboard columns become metric list entries only when they name a measure (scripts/build_gazetteer.py),
and the shipped gazetteer holds no setting, subset or quality as a metric."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _metric_like():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.metric_like


def test_measures_numbers_and_acronyms_are_metrics():
    metric_like = _metric_like()
    for name in ("Top-3 Accuracy", "mean reciprocal rank", "Hit@5", "AP50", "mAP", "sacreBLEU", "Dice Coef",
                 "word error rate", "Cohen Kappa", "mIoU", "Spearman Correlation"):
        assert metric_like(name), name


def test_settings_subsets_and_qualities_are_not():
    metric_like = _metric_like()
    for name in ("Natural Images", "Unseen classes", "Model Parameters", "Few-Shot Transfer", "Visual Quality",
                 "Temporal Consistency", "West African", "official split"):
        assert not metric_like(name), name


def test_the_shipped_gazetteer_agrees():
    metric_like = _metric_like()
    path = ROOT / "extract" / "data" / "gazetteer.jsonl"
    derived = [e for e in map(json.loads, path.read_text(encoding="utf-8").splitlines())
               if e["type"] == "metric" and e["source"] != "curated"]
    assert derived and all(metric_like(e["name"]) for e in derived)
