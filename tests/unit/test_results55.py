"""results55 (issue 12, session 44): longer metric names kept whole, values said of two datasets together."""

from __future__ import annotations

import dataclasses

import pytest

from paperkg.extract import results as R
from paperkg.extract import results55
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the released parts and the 73k abstracts
FINER = "On FooBank, FooNet reaches 71.3% mAP accuracy for the supervised setting."
FINER_LAS = "On FooBank, our FooNet parser obtains 66.42% LAS F1 score on average."
BOTH = "When the inputs are clean, FooNet reaches 98% accuracy on both FooBank and Quxset CoGen."  # a name the tagger lacks
PAIR_PLURAL = "Our FooNet gives a 45% lower error on FooBank and Quxset datasets."
# must not change
SPLIT_WORD = "On FooBank, FooNet reaches 74.6% top-1 validation accuracy."
KNOWN = "On FooBank, FooNet reaches an F1 score of 83.2."
RESPECTIVE = "FooNet reaches 88.1% and 79.4% accuracy on FooBank and BarBank, respectively."
ONE_RESPECTIVE = "FooNet reaches 88.1% accuracy on both FooBank and Quxset with BarNet, respectively."
NEXT_CLAUSE = "FooNet reaches 88.1% accuracy on FooBank and BarNet lags behind it."
DATA = {"FooBank": "dataset", "BarBank": "dataset", "FooNet": "method", "BarNet": "method"}


def _results(text: str, data: dict | None = None) -> dict[float, tuple[str, str, str | None]]:
    names = DATA if data is None else data
    paper = _paper(text, {k: v for k, v in names.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.qualifier, r.dataset) for r in paper.results}


def test_finer_name() -> None:
    assert results55.finer_name55("mAP", "mAP accuracy") == "mAP accuracy"
    assert results55.finer_name55("top-1 accuracy", "top-1 retrieval accuracy") == "top-1 retrieval accuracy"
    assert results55.finer_name55("BLEU", "monolingual BLEU points") == "monolingual BLEU"
    assert results55.finer_name55("top-1 accuracy", "top-1 validation accuracy") is None  # a split word
    assert results55.finer_name55("top-1 accuracy", "top-1 classification accuracy") is None
    assert results55.finer_name55("pass@32", "pass@32 accuracy") is None
    assert results55.finer_name55("precision", "P") is None  # an abbreviation
    assert results55.finer_name55("F1", "F1 score") is None  # the lexicon knows the whole name
    assert results55.finer_name55("FID", "Frechet Inception Distance (FID)") is None
    assert results55.finer_name55("top-1 accuracy", "top-1 accuracy hits@1") is None  # two names side by side


def test_finer_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS55", raising=False)
    assert _results(FINER)[71.3][0] == "mAP accuracy"
    assert _results(FINER_LAS)[66.42][0] == "LAS F1 score"
    assert _results(SPLIT_WORD)[74.6][0] == "top-1 accuracy"
    assert _results(KNOWN)[83.2][0] == "F1"
    monkeypatch.setenv("PAPERKG_RESULTS55", "finer-metric")
    assert _results(FINER)[71.3][0] == "mAP"


def test_two_datasets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS55", raising=False)
    assert _results(BOTH)[98.0][2] is None
    assert _results(PAIR_PLURAL)[45.0][2] is None
    got = _results(RESPECTIVE)
    assert got[88.1][2] == "FooBank" and got[79.4][2] == "BarBank"
    assert _results(NEXT_CLAUSE)[88.1][2] == "FooBank"
    assert _results(ONE_RESPECTIVE)[88.1][2] == "FooBank"  # "respectively" after: left alone
    monkeypatch.setenv("PAPERKG_RESULTS55", "two-datasets")
    assert _results(BOTH)[98.0][2] == "FooBank"


def test_switch_off_restores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS55", "off")
    assert _results(FINER)[71.3][0] == "mAP"
    assert _results(BOTH)[98.0][2] == "FooBank"
    assert "PAPERKG_RESULTS55" in __import__("paperkg.extract.switches", fromlist=["OUTPUT_SWITCHES"]).OUTPUT_SWITCHES
