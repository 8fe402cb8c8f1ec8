"""precision50: a problem the paper names is typed task, data listed after "datasets:" or quoted after a data noun
typed dataset (session 41)."""

from __future__ import annotations

import pytest
from extract_cases import stand_in_entity  # tests/extract_cases.py

from extract.precision50 import retype_named50


def _retyped(text: str, name: str, type_: str = "method") -> str:
    e = stand_in_entity(text, name, type_)
    retype_named50(None, text, [e])
    return e.type


@pytest.mark.parametrize("text,name,want", [
    ("Motivated by this, recently, a variant problem of IM, called influence maximization with priority (IMP), has "
     "been proposed.", "influence maximization with priority", "task"),
    ("We consider a weakly supervised learning problem called Learning from Label Proportions (LLP), where examples "
     "are grouped into bags.", "Learning from Label Proportions", "task"),
    ("This problem, which we term in-context estimation (ICE), has significantly greater complexity.",
     "in-context estimation", "task"),
    ("We consider a variant of the MAB framework, which we termed Rotting Bandits, where each arm's expected reward "
     "decays.", "Rotting Bandits", "task"),
    ("We construct two large datasets for pretraining: iSatNat with species images and satellite images.", "iSatNat",
     "dataset"),
    ('We provide an annotated set "BoxCars" of surveillance vehicle images.', "BoxCars", "dataset"),
])
def test_retyped(text, name, want):
    assert _retyped(text, name) == want


@pytest.mark.parametrize("text,name", [
    # the naming verb names the technique for the problem
    ("We propose a computationally-efficient algorithm for solving our problem, which we call Rank1Elim.",
     "Rank1Elim"),
    ("We introduce a way of incorporating domain knowledge into this problem, called signal aggregate constraints "
     "(SACs).", "signal aggregate constraints"),
    ("We present a network for retrieving the shop images in this scenario, dubbed SEAM Match-RCNN.",
     "SEAM Match-RCNN"),
    ("We propose a DPLL-based algorithm for solving AllSAT problem, named AllSATCC, which uses components.",
     "AllSATCC"),
    # a formulation "known as"; a technique variant
    ("This consists in solving an l1-penalized least squares problem known as the LASSO or BPDN.", "LASSO"),
    ("We develop a variant of the conditional gradient method, called Stochastic Continuous Greedy.",
     "Stochastic Continuous Greedy"),
    # a colon that opens a clause, not a list of data
    ("We evaluate on the CodeContests and HumanEval benchmarks: PERC consistently outperforms RAG.", "PERC"),
    # written as the paper's own technique
    ("We consider a learning problem called FooBar. Our FooBar method outperforms baselines.", "FooBar"),
])
def test_kept(text, name):
    assert _retyped(text, name) == "method"


def test_switched_off(monkeypatch):
    text = "We construct two large datasets for pretraining: iSatNat with species images and satellite images."
    monkeypatch.setenv("PAPERKG_PRECISION50", "off")
    assert _retyped(text, "iSatNat") == "method"
    monkeypatch.setenv("PAPERKG_PRECISION50", "problem-named,data-quoted")
    assert _retyped(text, "iSatNat") == "dataset"
    monkeypatch.setenv("PAPERKG_PRECISION50", "data-list")
    assert _retyped(text, "iSatNat") == "method"


def test_data_type_kept():
    text = "We construct two large datasets for pretraining: iSatNat with species images."
    assert _retyped(text, "iSatNat", "benchmark") == "benchmark"
