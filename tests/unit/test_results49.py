"""results49 (issue 12, session 40): a signed gain in brackets after a score ("83.1 (+3.5) F1 score on X") no longer
hides the score's metric, and becomes a relative result of that score."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import results49, switches
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the study abstracts
BEFORE_METRIC = "We propose FooNet. FooNet reaches 83.1 (+3.5) F1 score on the FooCorp benchmark."
AFTER_METRIC = "We propose FooNet. On FooCorp, FooNet improves BarNet from 36.2% to 39.0% mAP (+ 2.8%)."
# must not change: a minus sign, a list in the bracket, a bracket after no score
MINUS = "We propose FooNet. FooNet reaches 83.1 (-3.5) F1 score on the FooCorp benchmark."
LISTED = "We propose FooNet. FooNet reaches 48.1% AP (+1.6%/+1.4%) on the FooCorp benchmark."
NO_SCORE = "We propose FooNet. FooNet improves F1 on the FooCorp benchmark (+3.5)."
DATA = {"FooCorp": "dataset", "FooNet": "method", "BarNet": "method"}


def _results(text: str) -> dict[float, tuple[str, str | None, str, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.qualifier, r.text) for r in paper.results}


def test_score_before_bracket_and_gain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS49", raising=False)
    got = _results(BEFORE_METRIC)
    assert got[83.1][:3] == ("F1", "FooCorp", "exact")
    assert got[3.5] == ("F1", "FooCorp", "relative", "+3.5")
    for off in ("bracket-gain", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS49", off)
        assert 83.1 not in _results(BEFORE_METRIC) and 3.5 not in _results(BEFORE_METRIC)


def test_gain_after_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS49", raising=False)
    got = _results(AFTER_METRIC)
    assert got[39.0][:3] == ("mAP", "FooCorp", "exact")
    assert got[2.8] == ("mAP", "FooCorp", "relative", "+2.8%")
    monkeypatch.setenv("PAPERKG_RESULTS49", "off")
    assert 2.8 not in _results(AFTER_METRIC)


@pytest.mark.parametrize("text", [MINUS, LISTED, NO_SCORE])
def test_cases_that_do_not_change(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS49", raising=False)
    assert not results49.gain_brackets49(text)
    got = _results(text)
    monkeypatch.setenv("PAPERKG_RESULTS49", "off")
    assert _results(text) == got


def test_blank_keeps_offsets() -> None:
    blanked = results49.blank_gains49(BEFORE_METRIC)
    assert len(blanked) == len(BEFORE_METRIC) and "(+3.5)" not in blanked and "83.1" in blanked


def test_switch_registered() -> None:
    assert "PAPERKG_RESULTS49" in switches.OUTPUT_SWITCHES
