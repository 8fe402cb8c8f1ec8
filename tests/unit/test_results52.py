"""results52 (issue 12, session 42): a change noun (and what the change is over) between a value and its metric binds the
metric and makes the value relative; a value said "on our video dataset" keeps no name a later item of the sentence
gives."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the released parts and the 73k abstracts
LIFT = ("We propose FooNet. With small training sets, FooNet achieves a 6.6 points lift of F1 score over the baselines on "
        "our video dataset, a 2.9 point lift of F1 score on FooVOC, and a 1.8 points lift of mIoU on FooVOC.")
OVER_IN = "We propose FooNet. On FooBank, FooNet yields a 4.4% absolute increase over the state-of-the-art in accuracy."
LIST_OVER = ("We propose FooNet for the FooMT task. Our method shows 7% and 5% relative improvement, over the baseline, in "
             "BLEU score on the test set for Pashto and Khmer respectively.")
GAIN_OVER = "On FooBank, FooNet outperforms the baselines, e.g., with a 10.7% relative gain over BarNet in macro-F1."
SCORE_OWN_DATA = "FooNet achieves 91% accuracy on our fake news dataset, and 88.2% accuracy on FooBank."
CUT_OFF = "On FooBank, FooNet achieves up to 135% improvement over baselines in terms of recall at top-1% of the ranking."
# must not change
PLAIN = "On FooBank, FooNet reaches 85.1% accuracy, a 2.1% improvement over BarNet."
LEVEL_AFTER = "On FooBank, FooNet reaches 85.1% on average, an improvement in accuracy over BarNet."
OWN_CORPUS = "We build the FooBank corpus. FooNet achieves an F-measure of 0.7 on our corpus."
DATA = {"FooVOC": "dataset", "FooBank": "dataset", "FooNet": "method", "BarNet": "method", "FooMT": "task"}


def _results(text: str) -> dict[float, tuple[str, str | None, str, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.qualifier, r.rule) for r in paper.results}


def test_change_noun_binds_metric_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS52", raising=False)
    got = _results(LIFT)
    assert got[2.9][:3] == ("F1", "FooVOC", "relative") and got[1.8][:3] == ("mIoU", "FooVOC", "relative")
    assert _results(OVER_IN)[4.4][:3] == ("accuracy", "FooBank", "relative")
    got = _results(LIST_OVER)
    assert got[7.0][0] == "BLEU" and got[7.0][2] == "relative" and got[5.0][0] == "BLEU" and got[5.0][2] == "relative"
    assert _results(GAIN_OVER)[10.7][:3] == ("macro F1", "FooBank", "relative")


def test_own_data_phrase_keeps_no_later_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS52", raising=False)
    got = _results(LIFT)
    assert got[6.6][:3] == ("F1", None, "relative") and got[6.6][3].endswith("+own-data")
    got = _results(SCORE_OWN_DATA)
    assert got[91.0][1] is None and got[88.2][1] == "FooBank"
    monkeypatch.setenv("PAPERKG_RESULTS52", "own-data-phrase")
    assert _results(LIFT)[6.6][1] == "FooVOC"  # the next item's name, as before
    assert _results(SCORE_OWN_DATA)[91.0][1] == "FooBank"


@pytest.mark.parametrize("off", ["change-noun-metric", "off"])
def test_switched_off(monkeypatch: pytest.MonkeyPatch, off: str) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS52", off)
    assert 4.4 not in _results(OVER_IN)
    assert 2.9 not in _results(LIFT)


@pytest.mark.parametrize("text", [PLAIN, LEVEL_AFTER, OWN_CORPUS, CUT_OFF])
def test_not_changed(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS52", raising=False)
    on = _results(text)
    monkeypatch.setenv("PAPERKG_RESULTS52", "off")
    assert _results(text) == on


BRACKET = "On FooBank, our approach achieves significant improvements (e.g., 13.5% in accuracy) over BarNet."
BRACKET_SCORE = "On FooBank, our approach achieves 85.1% accuracy (BarNet: 80.2% accuracy)."
EAO = "FooNet reaches an EAO of 0.434 on FooVOT, and a J&F score of 71.5 on FooVOS."
FOOLING = "Our universal perturbations reach more than 60% fooling rate on the dataset."


def test_change_bracket_relative_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS52", raising=False)
    assert _results(BRACKET)[13.5][2] == "relative"
    on = _results(BRACKET_SCORE)
    monkeypatch.setenv("PAPERKG_RESULTS52", "change-bracket")
    assert _results(BRACKET)[13.5][2] != "relative"
    assert _results(BRACKET_SCORE) == on  # a score in a bracket after no change noun is not touched


def test_more_metrics_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS52", raising=False)
    R.metric_lexicon.cache_clear()
    try:
        assert R.canonical_metric("J&F Mean").name == "J&F" and R.canonical_metric("EAO").name == "expected average overlap"
        assert R.canonical_metric("Abs Rel").direction == "lower"
        got = _results(EAO)
        assert got[0.434][0] == "expected average overlap" and got[71.5][0] == "J&F"
        assert _results(FOOLING)[60.0][:3] == ("fooling rate", None, "over")
        monkeypatch.setenv("PAPERKG_RESULTS52", "more-metrics")
        R.metric_lexicon.cache_clear()
        assert R.canonical_metric("J&F Mean") is None and 60.0 not in _results(FOOLING)
    finally:
        monkeypatch.delenv("PAPERKG_RESULTS52", raising=False)
        R.metric_lexicon.cache_clear()
