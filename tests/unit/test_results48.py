"""results48 (issue 12, session 40): a value the confidence gate dropped for want of a dataset takes the one dataset its
sentence names before it, unless another data slot, a respective list of names or a previous study says otherwise."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import switches
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

INTRO = "We propose a new video detector. "
# written for the tests, in the shapes of the study abstracts
GOES_ON = INTRO + ("Our method achieves the online real-time performance on the FooDet dataset with 76.7% mAP at 37 FPS "
                   "and the offline performance 78.4% mAP at 34 FPS.")
# must not change: another data slot after the value, a respective list of names, a previous study, two datasets
OTHER_SLOT = INTRO + ("Our method achieves the online real-time performance on the FooDet dataset with 76.7% mAP at 37 "
                      "FPS and the offline performance 78.4% mAP on Zedland.")
RESPECTIVE = INTRO + ("We outperform the best results on the FooDet mining task and the UN reconstruction task by more "
                      "than 10 F1 and 30 precision points, respectively.")
PREVIOUS = INTRO + ("Our method reaches 76.7% mAP on FooDet, better than the results of our previous study, which "
                    "used an adapted model (70.4% mAP).")
TWO = INTRO + "It reaches 76.7% mAP on FooDet and BarDet at 37 FPS and the offline performance 78.4% mAP at 34 FPS."
DATA = {"FooDet": "dataset", "BarDet": "benchmark"}


def _results(text: str) -> dict[float, tuple[str, str | None, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.rule) for r in paper.results}


def test_given_the_sentence_dataset_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS48", raising=False)
    got = _results(GOES_ON)
    assert got[76.7][:2] == ("mAP", "FooDet")
    assert got[78.4][:2] == ("mAP", "FooDet") and "+one-dataset-sentence+" in got[78.4][2]
    for off in ("one-dataset-sentence", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS48", off)
        assert 78.4 not in _results(GOES_ON)


@pytest.mark.parametrize("text", [OTHER_SLOT, RESPECTIVE, PREVIOUS, TWO])
def test_cases_that_do_not_change(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS48", raising=False)
    got = _results(text)
    assert not any("+one-dataset-sentence+" in rule for _, _, rule in got.values())
    monkeypatch.setenv("PAPERKG_RESULTS48", "off")
    assert _results(text) == got


def test_switch_registered() -> None:
    assert "PAPERKG_RESULTS48" in switches.OUTPUT_SWITCHES
