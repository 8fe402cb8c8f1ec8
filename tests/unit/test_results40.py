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


def test_a_default_off_part_turns_on_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from paperkg.extract import results40

    monkeypatch.setattr(results40, "DEFAULT_OFF40", frozenset(("metric-by-value",)))
    monkeypatch.delenv("PAPERKG_RESULTS40", raising=False)
    assert "metric-by-value" in results40._results_off40()
    monkeypatch.setenv("PAPERKG_RESULTS40", "on:metric-by-value")
    assert "metric-by-value" not in results40._results_off40()
