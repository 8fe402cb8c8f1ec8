"""results35 (issue 12, session 31): baselines after a score, one-metric slashed runs, metric names that agree."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract.records import ExtractedPaper
from result_cases import paper_with_entities as _paper  # tests/result_cases.py


def _found(paper: ExtractedPaper) -> list[tuple[float, str, str | None, str, bool]]:
    return [(r.value, r.metric, r.dataset, r.qualifier, r.is_baseline) for r in R.find_results(paper)]


def test_a_previous_record_after_a_score_is_a_baseline_in_its_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS35", raising=False)
    p = _paper("We propose QuuxNet. On ImageNet, QuuxNet attains a top-1 accuracy of 84.5%, which is 0.7% better than "
               "the previous record of 83.8%.", {"QuuxNet": "method", "ImageNet": "dataset"})
    assert (84.5, "top-1 accuracy", "ImageNet", "exact", False) in _found(p)
    assert (83.8, "top-1 accuracy", "ImageNet", "exact", True) in _found(p)
    monkeypatch.setenv("PAPERKG_RESULTS35", "baseline-after-score")
    assert not any(v == 83.8 for v, *_ in _found(p))


def test_a_competitor_scoring_after_a_score_is_a_baseline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS35", raising=False)
    p = _paper("We propose QuuxTrack. On QuuxMOT QuuxTrack attains a HOTA score of 63.2 outperforming the next best "
               "method scoring 61.9.", {"QuuxTrack": "method", "QuuxMOT": "dataset"})
    assert (61.9, "HOTA", "QuuxMOT", "exact", True) in _found(p)


def test_a_baseline_cue_is_refused_when_the_value_is_not_beaten_or_of_another_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS35", raising=False)
    # said to be higher than the baseline, but the number after the cue is higher: not the baseline's score
    beaten = _paper("We propose QuuxNet. On ImageNet, QuuxNet attains a top-1 accuracy of 80.5%, which is higher than "
                    "the baseline of 92.0%.", {"QuuxNet": "method", "ImageNet": "dataset"})
    assert not any(v == 92.0 for v, *_ in _found(beaten))
    unit = _paper("We propose QuuxNet. On ImageNet, QuuxNet attains a top-1 accuracy of 80.5%, compared to 12 for the "
                  "baseline.", {"QuuxNet": "method", "ImageNet": "dataset"})
    assert not any(v == 12 for v, *_ in _found(unit))
    # another unread number between the score and the cue: which one is compared is not clear
    between = _paper("We propose QuuxNet. On ImageNet, QuuxNet attains a top-1 accuracy of 80.5% with 25 layers, well above "
                     "the baseline of 78.0%.", {"QuuxNet": "method", "ImageNet": "dataset"})
    assert not any(v == 78.0 for v, *_ in _found(between))
    plain = _paper("We propose QuuxNet. On ImageNet, QuuxNet attains a top-1 accuracy of 80.5% with deep layers, well "
                   "above the baseline of 78.0%.", {"QuuxNet": "method", "ImageNet": "dataset"})
    assert (78.0, "top-1 accuracy", "ImageNet", "exact", True) in _found(plain)


def test_a_slashed_run_for_slashed_settings_takes_the_one_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS35", raising=False)
    p = _paper("We propose QuuxParse. QuuxParse achieves 61.3/70.2 average F1 for event / participant parsing.",
               {"QuuxParse": "method"})
    found = _found(p)
    assert (61.3, "F1", None, "exact", False) in found and (70.2, "F1", None, "exact", False) in found
    monkeypatch.setenv("PAPERKG_RESULTS35", "slash-one-metric")
    assert not any(v in (61.3, 70.2) for v, *_ in _found(p))


def test_a_signed_slashed_run_on_a_dataset_list_is_a_difference_on_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS35", raising=False)
    p = _paper("We propose QuuxAug. The mAP improvement is +11.0%/+9.6%/+8.9% for QuuxCOCO 5/10/30-shot.",
               {"QuuxAug": "method", "QuuxCOCO": "dataset"})
    found = _found(p)
    for v in (11.0, 9.6, 8.9):
        assert (v, "mAP", "QuuxCOCO", "relative", False) in found


def test_a_slashed_run_is_refused_for_another_count_or_integers_or_two_metrics(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS35", raising=False)
    count = _paper("We propose QuuxParse. QuuxParse achieves 61.3/70.2 average F1 for event / participant / role parsing.", {})
    assert not any(v == 70.2 for v, *_ in _found(count))
    ranks = _paper("We propose QuuxParse. QuuxParse ranked 2/43 in F1 on subtask A / subtask B.", {})
    assert not any(v in (2, 43) for v, *_ in _found(ranks))
    metrics = _paper("We propose QuuxParse. QuuxParse achieves 61.3/70.2 on event / participant parsing, with an accuracy "
                     "of 80.1% and an F1 of 77.0.", {})
    assert not any(v == 70.2 for v, *_ in _found(metrics))


def test_a_split_word_or_a_rate_before_a_known_metric_names_that_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS35", raising=False)
    assert R.canonical_metric("validation error").name == "error rate"
    assert R.canonical_metric("dev accuracy").name == "accuracy"
    assert R.canonical_metric("classification error rate").name == "error rate"
    assert R.canonical_metric("held-out perplexity").name == "perplexity"
    assert R.canonical_metric("validation loss") is None  # not a metric the lexicon knows
    assert R.canonical_metric("detection error rate") is None  # "detection error" is not known either
    assert R.canonical_metric("test error").name == "error rate"  # the lexicon's own, unchanged
    monkeypatch.setenv("PAPERKG_RESULTS35", "metric-agree")
    assert R.canonical_metric("validation error") is None


def test_off_switches_every_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS35", "off")
    p = _paper("We propose QuuxNet. On ImageNet, QuuxNet attains a top-1 accuracy of 84.5%, which is 0.7% better than "
               "the previous record of 83.8%.", {"QuuxNet": "method", "ImageNet": "dataset"})
    assert not any(v == 83.8 for v, *_ in _found(p))
    assert R.canonical_metric("validation error") is None
