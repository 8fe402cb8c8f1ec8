"""types48: a task- or data-typed name its own sentence writes as a technique in apposition is retyped method."""

from __future__ import annotations

import pytest
from extract_cases import stand_in_entity  # tests/extract_cases.py

from extract.types48 import retype_techniques48


def _retyped(text: str, name: str, type_: str) -> str:
    e = stand_in_entity(text, name, type_)
    e.entry = "list-entry"
    retype_techniques48(None, text, [e])
    if e.type == "method":
        assert e.entry is None  # detached from the list's data/task entry
    return e.type


@pytest.mark.parametrize("text,name,type_", [
    ("To address these shortcomings, we introduce Compress Then Test (CTT), a new framework for high-powered kernel "
     "testing based on sample compression.", "Compress Then Test", "benchmark"),
    ("In this paper, we propose RESIDE, a distantly-supervised neural relation extraction method which utilizes "
     "additional side information.", "RESIDE", "dataset"),
    ("We introduce MARS - a new efficient method for the automatic selection of ranks.", "MARS", "dataset"),
    ("CATS is a relatively simple algorithm that is easy to implement.", "CATS", "dataset"),
])
def test_data_retyped(text, name, type_):
    assert _retyped(text, name, type_) == "method"


@pytest.mark.parametrize("text,name,type_", [
    # the appositive's clause names data or evaluation: a benchmark framework
    ("To face these issues, we propose AgentQuest - a framework where both benchmarks and metrics are modular.",
     "AgentQuest", "benchmark"),
    ("We present X-Eval, a framework for evaluating summarization systems.", "X-Eval", "benchmark"),
    # written as data elsewhere in the paper
    ("We present SWAG, a method for generating explanations. Results on SWAG are strong.", "SWAG", "dataset"),
    # a title's colon, the end of a longer title-cased name
    ("Relation Extraction: A Representation Learning Approach", "Relation Extraction", "dataset"),
    ("We introduce POISE: Pose Guided Human Silhouette Extraction under Occlusions, a fusion framework that enhances "
     "accuracy.", "Occlusions", "dataset"),
    # a data head, not a technique head
    ("We introduce CRIB, a synthetic incremental object learning environment.", "CRIB", "benchmark"),
    ("We release MultiWOZ, a large-scale multi-domain dataset.", "MultiWOZ", "dataset"),
])
def test_kept(text, name, type_):
    assert _retyped(text, name, type_) == type_


TASK_TEXT = ("To improve the degree of automation, we combine imputation techniques with conformal prediction (CP), a "
             "model-agnostic and distribution-free method to quantify and calibrate the uncertainty of ML models.")


def test_task_part_default_off(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES48", raising=False)
    assert _retyped(TASK_TEXT, "conformal prediction", "task") == "task"
    monkeypatch.setenv("PAPERKG_TYPES48", "on:task-appositive")
    assert _retyped(TASK_TEXT, "conformal prediction", "task") == "method"


def test_switched_off(monkeypatch):
    text = "In this paper, we propose RESIDE, a distantly-supervised neural relation extraction method."
    monkeypatch.setenv("PAPERKG_TYPES48", "off")
    assert _retyped(text, "RESIDE", "dataset") == "dataset"
    monkeypatch.setenv("PAPERKG_TYPES48", "data-appositive")
    assert _retyped(text, "RESIDE", "dataset") == "dataset"
    monkeypatch.setenv("PAPERKG_TYPES48", "task-appositive")
    assert _retyped(text, "RESIDE", "dataset") == "method"
