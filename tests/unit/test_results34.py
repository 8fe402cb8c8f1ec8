"""results34 (issue 12, session 30): unknown metric shapes after gains, bracketed scores after a dataset, "NAME by V"."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract.records import ExtractedPaper
from result_cases import paper_with_entities as _paper  # tests/result_cases.py


def _found(paper: ExtractedPaper) -> list[tuple[float, str, str | None, str]]:
    return [(r.value, r.metric, r.dataset, r.qualifier) for r in R.find_results(paper)]


def test_a_gain_in_an_unknown_acronym_metric_is_a_difference_in_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS34", raising=False)
    p = _paper("We propose FooTrack. FooTrack outperforms prior trackers by 4.2% in ZQOTA.", {"FooTrack": "method"})
    assert (4.2, "ZQOTA", None, "relative") in _found(p)
    monkeypatch.setenv("PAPERKG_RESULTS34", "shaped-metric")
    assert not any(m == "ZQOTA" for _, m, _, _ in _found(p))


def test_a_cost_or_a_name_that_goes_on_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS34", raising=False)
    cost = _paper("Our method improves over the baseline by 30% in GPU memory.", {})
    assert not any(m == "GPU memory" or m == "GPU" for _, m, _, _ in _found(cost))
    listed = _paper("Our method improves over the baseline by 3.1% in ZQOTA and QZMT.", {})
    assert not any(m == "ZQOTA" for _, m, _, _ in _found(listed))
    dataset = _paper("Our method improves over the baseline by 3.1% in QZBench.", {"QZBench": "dataset"})
    assert not any(m == "QZBench" for _, m, _, _ in _found(dataset))


def test_a_lower_case_metric_phrase_after_an_improvement_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS34", raising=False)
    p = _paper("Experiments show a 6.4% absolute improvement in triage accuracy over strong baselines.", {})
    assert (6.4, "triage accuracy", None, "relative") in _found(p)


def test_bracketed_scores_after_datasets_take_the_one_metric_of_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS34", raising=False)
    text = "FooNet reaches state-of-the-art results on the QZ-10 (91.5%) and QZ-100 (72.5%) datasets, by top-1 accuracy."
    p = _paper(text, {"QZ-10": "dataset", "QZ-100": "dataset", "FooNet": "method"})
    got = _found(p)
    assert (91.5, "top-1 accuracy", "QZ-10", "exact") in got and (72.5, "top-1 accuracy", "QZ-100", "exact") in got
    monkeypatch.setenv("PAPERKG_RESULTS34", "bracket-one-metric")
    assert not any(d == "QZ-10" and v == 91.5 for v, _, d, _ in _found(p))


def test_a_bracket_in_a_sentence_of_gains_or_two_metrics_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS34", raising=False)
    gain = _paper("FooNet improves the state of the art on QZ-10 (2.5%) and QZ-100 (1.5%), by top-1 accuracy.",
                  {"QZ-10": "dataset", "QZ-100": "dataset"})
    assert not any("bracket-one-metric" in r.rule for r in R.find_results(gain))
    two = _paper("FooNet sets a new state of the art on QZ-10 (91.5%) and QZ-100 (72.5%), by top-1 accuracy and F1.",
                 {"QZ-10": "dataset", "QZ-100": "dataset"})
    assert not any("bracket-one-metric" in r.rule for r in R.find_results(two))
    same = _paper("FooNet sets a new state of the art on QZ-10 (91.5%) and QZ-100 (72.5%), by top-1 accuracy.",
                  {"QZ-10": "dataset", "QZ-100": "dataset"})
    assert sum("bracket-one-metric" in r.rule for r in R.find_results(same)) == 2


def test_a_difference_after_name_by_takes_that_dataset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS34", "shaped-metric,bracket-one-metric")
    text = ("Our methods improve the state of the art on: QZReid by ~12% in mAP and ~5% in rank-1, "
            "ZQReid by ~3% in rank-1.")
    p = _paper(text, {"QZReid": "dataset", "ZQReid": "dataset"})
    got = {(v, d) for v, _, d, _ in _found(p)}
    assert (12.0, "QZReid") in got and (5.0, "QZReid") in got and (5.0, "ZQReid") not in got
    monkeypatch.setenv("PAPERKG_RESULTS34", "off")
    assert (12.0, "QZReid") not in {(v, d) for v, _, d, _ in _found(p)}


def test_a_respectively_run_takes_the_datasets_listed_in_the_sentence_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS34", raising=False)
    text = ("We evaluate FooNet on QZ-10, QZ-100 and QZHN. "
            "With the same budget, FooNet has an error rate of 4.12%, 19.5%, and 2.2% respectively.")
    p = _paper(text, {"QZ-10": "dataset", "QZ-100": "dataset", "QZHN": "dataset", "FooNet": "method"})
    got = _found(p)
    assert (4.12, "error rate", "QZ-10", "exact") in got and (19.5, "error rate", "QZ-100", "exact") in got
    assert (2.2, "error rate", "QZHN", "exact") in got
    monkeypatch.setenv("PAPERKG_RESULTS34", "respectively-before")
    assert (4.12, "error rate", "QZ-10", "exact") not in _found(p)


def test_a_respectively_run_with_its_own_list_or_another_count_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS34", raising=False)
    own = _paper("We evaluate FooNet on QZ-10 and QZ-100. "
                 "On small and large models, FooNet has an error rate of 4.12% and 19.5% respectively.",
                 {"QZ-10": "dataset", "QZ-100": "dataset", "FooNet": "method"})
    assert not any("respectively-before" in r.rule for r in R.find_results(own))
    count = _paper("We evaluate FooNet on QZ-10, QZ-100 and QZHN. "
                   "FooNet has an error rate of 4.12% and 19.5% respectively.",
                   {"QZ-10": "dataset", "QZ-100": "dataset", "QZHN": "dataset", "FooNet": "method"})
    assert not any("respectively-before" in r.rule for r in R.find_results(count))


def test_name_by_in_a_list_with_respectively_is_not_this_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS34", raising=False)
    text = "Our model improves results on QZA and QZB by 9.9 and 5.5 EM points respectively."
    p = _paper(text, {"QZA": "dataset", "QZB": "dataset"})
    assert not any("before-by" in r.rule for r in R.find_results(p))
