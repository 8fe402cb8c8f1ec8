"""results47 (issue 12, session 39): a value the confidence gate dropped for want of a dataset, kept with none when the
paper evaluates on several datasets and the value's sentence names none (a setting across them)."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import switches
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the study abstracts
INTRO = "We evaluate our detector on FooDet and BarDet. The method needs no extra labels. "
SEVERAL = INTRO + ("On one-stage and two-stage detectors, our method leads to an average of 5.1% and 3.8% mAP improvement, "
                   "respectively.")
ONE = "We evaluate our detector on FooDet. The method needs no extra labels. Our method reaches 41.2% mAP."
# must not change: data pointed back at, the sentence before naming data, a data noun in the sentence, a shared task
BACK = INTRO + "Our method improves mAP by 3.1% and 2.4% on the two benchmarks, respectively."
BEFORE = "We evaluate our detector on FooDet and BarDet. Our method reaches 41.2% mAP."
NOUN = INTRO + "Our method reaches 41.2% mAP on the new test split."
SHARED = "We took part in the FooDet shared task and evaluate on FooDet and BarDet. Labels are free. We reach 41.2% mAP."
DATA = {"FooDet": "dataset", "BarDet": "benchmark"}


def _results(text: str) -> dict[float, tuple[str, str | None, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.rule) for r in paper.results}


def test_kept_with_no_dataset_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS47", raising=False)
    got = _results(SEVERAL)
    assert {v: got[v][:2] for v in (5.1, 3.8)} == {5.1: ("mAP", None), 3.8: ("mAP", None)}
    assert all("+several-evaluated+" in got[v][2] and R.low_confidence(got[v][2]) for v in (5.1, 3.8))
    for off in ("several-evaluated", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS47", off)
        assert 5.1 not in _results(SEVERAL) and 3.8 not in _results(SEVERAL)


@pytest.mark.parametrize("text", [BACK, BEFORE, NOUN, SHARED])
def test_cases_that_do_not_change(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS47", raising=False)
    got = _results(text)
    assert not any("+several-evaluated+" in rule for _, _, rule in got.values())
    monkeypatch.setenv("PAPERKG_RESULTS47", "off")
    assert _results(text) == got


def test_one_evaluated_dataset_is_not_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS47", raising=False)
    got = _results(ONE)
    assert not any("+several-evaluated+" in rule for _, _, rule in got.values())


def test_switch_registered() -> None:
    assert "PAPERKG_RESULTS47" in switches.OUTPUT_SWITCHES
