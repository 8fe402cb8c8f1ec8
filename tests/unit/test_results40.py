"""results40 (issue 12, session 34): a metric written before a change "by V" across a longer gap."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from result_cases import paper_with_entities as _paper  # tests/result_cases.py


def _by_value(text: str, entities: dict | None = None) -> dict[float, tuple[str, str | None, str]]:
    return {r.value: (r.metric, r.dataset, r.qualifier) for r in R.find_results(_paper(text, entities or {}))}


@pytest.mark.parametrize("text, value, metric", [
    ("Our method reduces the word error rate by as much as 35% on noisy speech.", 35.0, "word error rate"),
    ("Its error rate is incredibly reduced by approximately 75% compared with a naive model.", 75.0, "error rate"),
    ("The average accuracy of YOLOv4 improves by 9.19% under distortions.", 9.19, "accuracy"),
    ("Our approach improves F1 performance on the full test set by 0.21 over the previous best.", 0.21, "F1"),
    ("It improves the accuracy of negation examples in FooNLI by 6.1%.", 6.1, "accuracy"),
    ("With constraints adjusted, the attack success rate drops by over 70 percentage points.", 70.0, "attack success rate"),
])
def test_metric_before_a_change_by_value(monkeypatch: pytest.MonkeyPatch, text: str, value: float, metric: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS40", raising=False)
    got = _by_value(text)
    assert got[value][0] == metric and got[value][2] == "relative"
    for off in ("metric-by-value", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS40", off)
        assert value not in _by_value(text)


def test_a_range_is_read_by_its_upper_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS40", raising=False)
    got = _by_value("It improved the overall recognition rate of the system by 2-4%.")
    assert got[4.0][2] == "relative"  # the step's own range reading, as a difference


def test_dataset_of_the_gap_is_the_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS40", raising=False)
    got = _by_value("We increase the accuracy of FooNet-18 on FooImages by 1.3% points.", {"FooImages": "dataset"})
    assert got[1.3] == ("accuracy", "FooImages", "relative")


@pytest.mark.parametrize("text", [
    "We improve accuracy and reduce the latency by 30%.",  # another clause, a cost
    "Our method improves accuracy of the model for 3 classes by 5%.",  # a number alone in the gap
    "It reduces the error rate by 2 times.",  # a count after the value
    "Our method keeps the accuracy while reducing the parameters by 50%.",  # a cost, a clause break
    "Showing briefs increases the accuracy of crowdworkers by 10% in our study.",  # people measured
    "It reduces the miss-rate over HOG+SVM by more than 30%.",  # a comparison with a system in the gap
    "The accuracy of the model trained on more data rises by 30 images per class.",  # data word, a count after it
])
def test_refusals(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS40", raising=False)
    assert not any("metric-by-value" in r.rule for r in R.find_results(_paper(text, {})))


def test_the_steps_own_readings_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS40", raising=False)
    for text in ("Our method improves accuracy by 3.2% over the baseline.", "We obtain a precision of 81% on the test set.",
                 "It achieves 85.1% accuracy, outperforming FooNet by 2.3%."):
        on = [(r.value, r.metric, r.qualifier, r.rule) for r in R.find_results(_paper(text, {}))]
        monkeypatch.setenv("PAPERKG_RESULTS40", "off")
        assert on == [(r.value, r.metric, r.qualifier, r.rule) for r in R.find_results(_paper(text, {}))]
        monkeypatch.delenv("PAPERKG_RESULTS40")


def test_bracket_after_name_is_off_by_default_and_on_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from paperkg.extract import results40  # no monkeypatch of the module: it may be compiled (setup.py COMPILED)

    text = ("It reaches a top-1 retrieval accuracy of 40.1% on our set, outperforming baselines such as FooRetriever-7B "
            "(15.0%) and BM25 (9.8%).")
    monkeypatch.delenv("PAPERKG_RESULTS40", raising=False)
    assert "bracket-after-name" in results40._results_off40() and "metric-by-value" not in results40._results_off40()
    assert 15.0 not in _by_value(text) and 9.8 not in _by_value(text)
    monkeypatch.setenv("PAPERKG_RESULTS40", "on:bracket-after-name")
    assert not results40._results_off40()
    got = _by_value(text)
    assert got[15.0][0] == got[9.8][0] == got[40.1][0] and got[15.0][2] == "exact"
    monkeypatch.setenv("PAPERKG_RESULTS40", "off")
    assert 15.0 not in _by_value(text)


@pytest.mark.parametrize("text, value", [
    ("We report F1 results for 6 languages: Basque (0.853), English (0.919) and French (0.907).", 0.919),
    ("FooLex ranked 11th by the Labeled Attachment Score metric (70.64%) in the shared task.", 70.64),
])
def test_bracket_after_name_reads(monkeypatch: pytest.MonkeyPatch, text: str, value: float) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS40", "on:bracket-after-name")
    monkeypatch.setenv("PAPERKG_RESULTS53", "metric-bracket")  # session 43 reads "metric (70.64%)" first
    assert "bracket-after-name" in next(r.rule for r in R.find_results(_paper(text, {})) if r.value == value)


@pytest.mark.parametrize("text", [
    "It improves accuracy by a large margin (2.8%).",  # a change word before the bracket (results33's)
    "It keeps high accuracy while using fewer parameters (25%).",  # a cost
    "The accuracy stays high for all the runs (12).",  # no percent, no decimal point
    "It keeps the F1 of the tagger; the coverage is low (70.9%).",  # a sentence part break
])
def test_bracket_after_name_refusals(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS40", "on:bracket-after-name")
    assert not any("bracket-after-name" in r.rule for r in R.find_results(_paper(text, {})))
