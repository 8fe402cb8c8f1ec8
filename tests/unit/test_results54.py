"""results54 (issue 12, session 43): differences read as scores and back, operating points, shared tasks named in the
title."""

from __future__ import annotations

import dataclasses
import re
from types import SimpleNamespace

import pytest

from paperkg.extract import results as R
from paperkg.extract import results54
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the released parts and the 73k abstracts
METRIC_BY = "On FooBank, pruning FooNet halves its size while hurting the accuracy by less than 2%."
ABSOLUTE = "On FooBank, FooNet outperforms BarNet by about 3% absolute accuracy."
COMPARED = "On FooBank, FooNet achieves a mIoU of 61.5 which is higher than BarNet."
RESULTING = "FooNet improves BarNet by 4.2 mIoU on FooBank, resulting in unprecedented 70.3 mIoU."
GAIN_BRACKET = "FooNet brings consistent gains on FooBank across all tasks (2.1% AP, 1.4% mIoU, respectively)."
CHANGE_AFTER = "On FooBank, FooNet gives an average of 6.3% in perplexity lift per user."
OPERATING = ("On FooBank, FooNet achieves 81% recall at a false positive rate of less than 2%, and 93% recall at a false "
             "positive rate of less than 4%.")
FROM_TO = "On FooBank, FooNet lifts recall from 70.5 to 80.1 recall@10 and QA from 31.2 to 36.4 exact match."
# must not change
SCORE_BY = "On FooBank, FooNet improves the accuracy to 91.5%."
OF_CHANGE = "On FooBank, FooNet gives an improvement in mIoU of 4.5 over BarNet."
RESULTING_GAIN = "On FooBank, FooNet is trained longer, leading to +3.5 mIoU over BarNet."
SCORE_BRACKET = "On FooBank, FooNet gives a good improvement of the classifier accuracy (90.5%) over BarNet (82.8%)."
PR_POINT = "On FooBank, FooNet reaches a precision of 90.4 at a recall of 65.1."
DATA = {"FooBank": "dataset", "FooNet": "method", "BarNet": "method"}


def _results(text: str, title: str = "A test", data: dict | None = None) -> dict[float, tuple[str, str, str | None]]:
    names = DATA if data is None else data
    paper = dataclasses.replace(_paper(text, {k: v for k, v in names.items() if k in text}), title=title)
    R.attach_results([paper])
    return {r.value: (r.metric, r.qualifier, r.dataset) for r in paper.results}


def test_metric_by(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS54", raising=False)
    assert _results(METRIC_BY)[2.0][1] == "relative"
    assert _results(ABSOLUTE)[3.0][1] == "relative"
    assert _results(SCORE_BY)[91.5][1] != "relative"  # "to 91.5%": a score
    monkeypatch.setenv("PAPERKG_RESULTS54", "metric-by")
    assert _results(METRIC_BY).get(2.0, (None, None))[1] != "relative"


def test_score_then_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS54", raising=False)
    assert _results(COMPARED)[61.5][1] == "exact"
    assert _results(OF_CHANGE)[4.5][1] == "relative"  # a change noun before: a difference
    monkeypatch.setenv("PAPERKG_RESULTS54", "score-then-comparison")
    assert _results(COMPARED)[61.5][1] == "relative"


def test_resulting_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS54", raising=False)
    got = _results(RESULTING)
    assert got[4.2][1] == "relative" and got[70.3][1] == "exact"
    assert _results(RESULTING_GAIN)[3.5][1] == "relative"  # a signed value stays a difference
    monkeypatch.setenv("PAPERKG_RESULTS54", "resulting-score")
    assert _results(RESULTING)[70.3][1] == "relative"


def test_gain_bracket(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS54", raising=False)
    got = _results(GAIN_BRACKET)
    assert got[2.1][1] == "relative" and got[1.4][1] == "relative"
    assert _results(SCORE_BRACKET)[90.5][1] != "relative"  # the bracket holds the metric's score
    monkeypatch.setenv("PAPERKG_RESULTS54", "gain-bracket")
    assert _results(GAIN_BRACKET)[2.1][1] != "relative"


def test_change_after(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS54", raising=False)
    assert _results(CHANGE_AFTER)[6.3][1] == "relative"
    monkeypatch.setenv("PAPERKG_RESULTS54", "change-after")
    assert _results(CHANGE_AFTER)[6.3][1] != "relative"


def test_operating_point(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS54", raising=False)
    got = _results(OPERATING)
    assert 81.0 in got and 93.0 in got and 2.0 not in got and 4.0 not in got
    assert 65.1 in _results(PR_POINT)  # both scores of a precision-recall point are kept
    monkeypatch.setenv("PAPERKG_RESULTS54", "operating-point")
    assert 2.0 in _results(OPERATING)


def test_from_to_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS54", raising=False)
    got = _results(FROM_TO)
    assert got[31.2][0] == got[36.4][0] == "exact match"
    assert got[70.5][0] == got[80.1][0]  # a from-value whose to-value has its metric stays as it is
    monkeypatch.setenv("PAPERKG_RESULTS54", "from-to-metric")
    assert _results(FROM_TO)[31.2][0] != "exact match"


def test_title_task(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS54", raising=False)
    assert results54.title_task54("Team Foo on WNUT-2021 Task 3: Tweet Tagging") == "WNUT-2021 Task 3"
    assert results54.title_task54("The Foo Contribution to the ABCD Dialect Identification Shared Task") == (
        "ABCD Dialect Identification Shared Task")
    assert results54.title_task54("WXYZ-2019 Shared Task on Emotion Strength") == "WXYZ-2019 Shared Task on Emotion Strength"
    assert results54.title_task54("Deep Learning on CIFAR-10: A Study") is None
    assert results54.title_task54("A Shared Task on Something") is None
    text = "Our system achieves an F1 score of 72.4% in the official ranking."
    assert _results(text, "Team Foo on WNUT-2021 Task 3: Tweet Tagging", {})[72.4][2] == "WNUT-2021 Task 3"
    monkeypatch.setenv("PAPERKG_RESULTS54", "title-task")
    assert _results(text, "Team Foo on WNUT-2021 Task 3: Tweet Tagging", {}).get(72.4, (None, None, None))[2] is None


# speed49: the pre-checks before results54's two per-metric patterns are exact: each case gives what the full pattern
# alone gives (the patterns are copied here as they were before the pre-checks)
def _hedged_before(before: str, metric: str) -> bool:
    m = re.search(rf"\b(?:reduc|improv|increas|decreas|lower|rais)\w*\s+(?:the\s+)?{re.escape(metric)}\s+"
                  rf"(?:by\s+)?(?:about|around|approximately|roughly|nearly|almost)\s+$", before, re.IGNORECASE)
    return bool(m) and bool(metric)


def _in_after(after: str, metric: str) -> bool:
    return bool(re.match(rf"\s*(?:%|\\%)?\s+in\s+(?:the\s+)?{re.escape(metric)}\s+(?:lifts?|gains?|improvements?|"
                         rf"increases?|reductions?|decreases?|boosts?|drops?)\b", after, re.IGNORECASE))


@pytest.mark.parametrize("before", [
    "FooNet keeps reducing the prediction error around ", "FooNet lowers the error by ALMOST ",
    "FooNet lowers the error by almost\n", "FooNet lowers the error roughly ", "FooNet lowers the error by ",
    "FooNet lowers the word error about", "the error around ", "FooNet improves error approximately  \n", ""])
def test_hedge_precheck_is_exact(before: str) -> None:
    text = before + "7.7% on FooBank."
    r = SimpleNamespace(start=len(before), end=len(before) + 4, metric_text="error")
    by = re.search(rf"\bby\s+{results54._HEDGE54}$", text[:r.start], re.IGNORECASE)
    if by:  # the earlier "by" branch answers first; only the hedged pattern is compared here
        return
    assert results54._is_change_by(text, r) is _hedged_before(before, "error")


@pytest.mark.parametrize("after", [
    "% in perplexity lift", " in the perplexity gains", "\\% in Perplexity boost", "% IN perplexity drops", "% of perplexity lift",
    " in perplexity", "%in perplexity lift", "", " in  perplexity  lifts"])
def test_in_after_precheck_is_exact(after: str) -> None:
    text = "FooNet gives 6.3" + after + " per user."
    r = SimpleNamespace(start=13, end=16, metric_text="perplexity")
    assert results54._change_after(text, r) is _in_after(text[16:96], "perplexity")
    assert (results54._IN_AFTER54.match(text[16:96]) is None) <= (not _in_after(text[16:96], "perplexity"))
