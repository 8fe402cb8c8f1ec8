"""results42 (issue 12, session 36): differences the result step read as levels, made "relative"."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from result_cases import paper_with_entities as _paper  # tests/result_cases.py


def _by_value(text: str, entities: dict | None = None) -> dict[float, tuple[str, str | None, str]]:
    return {r.value: (r.metric, r.dataset, r.qualifier) for r in R.find_results(_paper(text, entities or {}))}


# each case: (part, text, value, the step's own qualifier without the part)
_CASES = [
    ("change-noun-after",
     "FooSys obtains results close to the top system with an average of 2.252 BLEU points difference on the test data.",
     2.252, "exact"),
    ("change-noun-after",
     "Our best model achieves a 1.4 BLEU and 1.8 chrF++ margin over a baseline that encodes only shortest paths.",
     1.4, "exact"),
    ("change-noun-after",
     "Our experiments show around 18 BLEU (around 30%) improvement over the current state-of-the-art.",
     18.0, "exact"),
    ("gap-in-bracket",
     "We observe a considerable gap in performance (20% F1) between the best human and machine readers.",
     20.0, "exact"),
    ("leap-of",
     "Our grammar leads to great improvements, ultimately achieving a leap of about 30% token F-score from a strong baseline.",
     30.0, "exact"),
    ("change-colon",
     "With a layer that generalizes over similar actions, we obtain a substantial improvement in RL performance: 1.5 BLEU "
     "points on average.",
     1.5, "exact"),
    ("exceed-up-to",
     "FooNet significantly outperforms 10 state-of-the-art methods, exceeding the best performing baseline up to 8.62% on "
     "Hits@1.",
     8.62, "up_to"),
]


@pytest.mark.parametrize("part, text, value, before", _CASES)
def test_each_part_reads_a_difference(monkeypatch: pytest.MonkeyPatch, part: str, text: str, value: float,
                                      before: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS42", raising=False)
    assert _by_value(text)[value][2] == "relative"
    for off in (part, "off"):
        monkeypatch.setenv("PAPERKG_RESULTS42", off)
        assert _by_value(text)[value][2] == before  # the step's reading, as before


def test_the_pair_second_value_stays_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS42", raising=False)
    got = _by_value(_CASES[1][1])
    assert got[1.8][2] == "relative"


@pytest.mark.parametrize("text, value", [
    # no noun of change after the metric: two scores
    ("Our system achieves 35.1 BLEU and 61.8 chrF++ on the test set of FooMT.", 35.1),
    # "leads to" is a verb, not a lead over another system
    ("FooNet reaches 81.3% accuracy on FooBench, and 85.1% accuracy leads to robust features.", 85.1),
    # a function word between the metric and the noun: another statement
    ("FooNet reaches 85.1% accuracy with a large gain in speed over the baseline.", 85.1),
    # two scores in the bracket after a gap
    ("There is a clear gap in performance (79.8% vs 68.0% accuracy) between the two systems.", 79.8),
    # "and a": a new noun phrase, the gain another statement
    ("FooNet reaches 85.1% accuracy and a 3% gain in speed.", 85.1),
    # a colon after a noun of change, but a level (no points)
    ("We obtain a substantial improvement in accuracy: FooNet reaches 85.3% accuracy on the test set.", 85.3),
])
def test_levels_stay_levels(monkeypatch: pytest.MonkeyPatch, text: str, value: float) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS42", raising=False)
    on = _by_value(text)
    monkeypatch.setenv("PAPERKG_RESULTS42", "off")
    off = _by_value(text)
    assert on == off
    assert on[value][2] != "relative"


def test_up_to_a_level_stays_up_to(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS42", raising=False)
    got = _by_value("FooNet achieves up to 85.2% accuracy on the test set of FooBench.")
    assert got[85.2][2] == "up_to"


def test_switch_is_registered() -> None:
    from paperkg.extract import switches
    assert "PAPERKG_RESULTS42" in switches.OUTPUT_SWITCHES


def test_a_level_and_a_change_without_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS42", raising=False)
    got = _by_value("On FooBench-9, FooNet reaches 92.1% accuracy and 5.2% F1 improvement.")
    assert got[92.1][2] == "exact" and got[5.2][2] == "relative"
