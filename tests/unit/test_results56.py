"""results56 (issue 12, session 44): a stricter confidence gate for results bound to no dataset, and the cheap
features of a result tuple measured by scripts/results_confidence.py --features56."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import results56, switches
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

SPLIT = "Our team's system reaches 71.4% accuracy on the official test set of the task."
PREMOD = "Our method improves the averaged accuracy of the tagger from 61.20% to 66.85% on nine domains."
BASELINE = "Our simple baselines reach a 31% success rate on real robots; the study finds ways to improve them."
PLAIN = "Our tagger reaches an F1 of 80.2, a new high for the language."
WITH_DATASET = "Our system reaches 71.4% accuracy on the official test set of FooBench."


def _results(text: str, entities: dict | None = None) -> dict[float, tuple[str | None, str, bool]]:
    paper = _paper(text, entities or {})
    R.attach_results([paper])
    return {r.value: (r.dataset, r.rule, R.low_confidence(r.rule)) for r in paper.results}


@pytest.mark.parametrize("text, value, part, default_on", [
    (PREMOD, 66.85, "none-premodified", False),
    (SPLIT, 71.4, "none-split", False),
    (BASELINE, 31.0, "none-baseline", False),
])
def test_datasetless_guesses_are_unsure(monkeypatch: pytest.MonkeyPatch, text: str, value: float, part: str,
                                        default_on: bool) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS56", raising=False)
    assert _results(text)[value][2] is default_on
    monkeypatch.setenv("PAPERKG_RESULTS56", "on:" + part)
    got = _results(text)[value]
    assert got[0] is None and got[2], got
    # the part's own switch, and the whole switch ("0" and "off"), restore the old (confident) output
    for off in (part, "0", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS56", off)
        assert not _results(text)[value][2]


@pytest.mark.parametrize("text, entities, value", [
    (PLAIN, {}, 80.2),  # no dataset, but none of the three classes: stays confident
    (WITH_DATASET, {"FooBench": "benchmark"}, 71.4),  # a split word, but a dataset bound: left alone
    ("Our method improves the averaged accuracy on FooBench from 61.20% to 66.85%.", {"FooBench": "benchmark"},
     66.85),  # a narrowed metric, but a dataset bound: left alone
])
def test_left_alone(monkeypatch: pytest.MonkeyPatch, text: str, entities: dict, value: float) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS56", "on:none-split,none-baseline")
    got = _results(text, entities)[value]
    assert not got[2], got


def test_features(monkeypatch: pytest.MonkeyPatch) -> None:
    paper = _paper(SPLIT, {})
    R.attach_results([paper])
    r = next(r for r in paper.results if r.value == 71.4)
    f = results56.features56(paper, r)
    assert {"v:pct", "nums:1", "split-word", "task-word", "paper-ds:0"} <= f
    assert "cmp:than" not in f and "v:int" not in f


def test_switch_listed() -> None:
    assert "PAPERKG_RESULTS56" in switches.OUTPUT_SWITCHES
