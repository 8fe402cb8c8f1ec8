"""types44: a method whose own sentence writes it as a metric, a game or data is retyped (session 39)."""

from __future__ import annotations

import pytest
from extract_cases import stand_in_entity  # tests/extract_cases.py

from extract.types44 import retype_kinds44


def _entity(text: str, name: str, type_: str = "method"):
    return stand_in_entity(text, name, type_)


def _retyped(text: str, name: str, type_: str = "method") -> str:
    e = _entity(text, name, type_)
    retype_kinds44(None, text, [e])
    return e.type


@pytest.mark.parametrize("text,name,want", [
    ("Most remarkably, we obtain Top5-Errors of only 7.84% on ImageNet validation data.", "Top5-Errors", "metric"),
    ("In the ILSVRC dataset, the Correct Localization (CorLoc) performance improves from 72.8% to 78.2%.",
     "Correct Localization", "metric"),
    ("We computed scores of 8 standard metrics (BLEU, SentBLEU, chrF, NIST) as baselines.", "SentBLEU", "metric"),
    ("Learned metrics such as COMET have higher correlation.", "COMET", "metric"),
    ("We present results for several baseline models and metrics (nDTW, CTC, rPOD, and PTC), and the gap.", "rPOD",
     "metric"),
    ("We conduct extensive experiments on the popular 3-player poker game DouDiZhu to evaluate AP-MCTS.", "DouDiZhu",
     "benchmark"),
    ("We study inference and communication in a television game called Password, where speakers talk.", "Password",
     "benchmark"),
    ("MirasOpinion, which to our knowledge is the largest Persian sentiment analysis dataset, is released.",
     "MirasOpinion", "dataset"),
    ("SweLL consists of three subcorpora \u2015 SpIn, SW1203 and Tisus, collected from three schools.", "SW1203",
     "dataset"),
    ("Agreement is presented on the basis of the SW1203 subcorpus.", "SW1203", "dataset"),
])
def test_retyped(text, name, want):
    assert _retyped(text, name) == want


@pytest.mark.parametrize("text,name", [
    # a comparison's score, not the name's
    ("Our PELU has relative error improvements over ELU of 4.45% and 5.68% on CIFAR-10.", "ELU"),
    ("We find a mean decrease over k-means++ of 30% for the initialization error.", "k-means++"),
    # a name's own "Metrics (ABBR)" and a phrase's own acronym are no list of metrics
    ("We introduce new families of Integral Probability Metrics (IPM) for training GANs.", "IPM"),
    ("We propose loss functions, which we call deep perceptual similarity metrics (DeePSiM), for images.", "DeePSiM"),
    # a bare "X game" / "a game named X"
    ("We propose a three-player game named KDGAN consisting of a classifier and a teacher.", "KDGAN"),
    ("Linear Regression Games: Convergence Guarantees. We study Linear Regression games.", "Linear Regression"),
    # a game the paper builds is its system
    ("To solve the problem, a prototype computer game called Cipher was developed that helps people.", "Cipher"),
    # "which is ... a ... model" names a technique
    ("BERT, which is a model pre-trained on a large corpus, is used.", "BERT"),
    # the paper writes it as its own technique
    ("Our DouDiZhu model wins. We test on the poker game DouDiZhu.", "DouDiZhu"),
])
def test_not_retyped(text, name):
    assert _retyped(text, name) == "method"


def test_data_types_untouched():
    assert _retyped("We obtain Top5-Errors of only 7.84% on ImageNet.", "Top5-Errors", "dataset") == "dataset"


def test_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES44", "off")
    assert _retyped("We obtain Top5-Errors of only 7.84% on ImageNet.", "Top5-Errors") == "method"


def test_one_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES44", "game")
    text = "We experiment on the popular poker game DouDiZhu. We obtain Top5-Errors of only 7.84%."
    assert _retyped(text, "DouDiZhu") == "method"
    assert _retyped(text, "Top5-Errors") == "metric"
