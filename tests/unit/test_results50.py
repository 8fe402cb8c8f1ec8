"""results50 (issue 12, session 40): a value the confidence gate dropped for want of a dataset takes the one dataset the
sentence before names as evaluation data, unless its own sentence moves elsewhere or the data was training data."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

INTRO = "We propose a new sequence model, pre-trained on QuxSpeech. "  # a second dataset of the paper
# written for the tests, in the shapes of the study abstracts
EVAL_BEFORE = INTRO + ("We experiment with the FooSpeech recognition task. Our model achieves 12.9% WER compared to a "
                       "character baseline of 14.8% WER.")
# must not change: training data before, two datasets before, "also", another task, an untyped data slot
TRAINED = INTRO + "We pre-train the model on the FooSpeech corpus. Our model achieves 12.9% WER on the test set."
TWO_BEFORE = INTRO + "We experiment with FooSpeech and BarSpeech. Our model achieves 12.9% WER."
ALSO = INTRO + "We experiment with the FooSpeech recognition task. Our model also achieves 12.9% WER."
OTHER_TASK = INTRO + "We experiment with the FooSpeech recognition task. In the translation task, our model achieves 30.1 BLEU."
UNTYPED_SLOT = INTRO + "We experiment with the FooSpeech recognition task. Our model achieves 12.9% WER on Zedland."
OWN_DATA = INTRO + "We experiment with the FooSpeech recognition task. Our model achieves 12.9% WER on BarSpeech."
ALL_SETTINGS = INTRO + ("Finally, we test the model on the FooSpeech dataset. Across all settings, our model achieves up to "
                        "31.1% gain in accuracy.")
TARGET = INTRO + ("We evaluate on the FooSpeech dataset. We report the reject rate required to achieve a 1% error rate.")
OWN_NAME = INTRO + ("Experiments on FooSpeech show gains. Against baselines from the Zed 2017 adversarial competition, "
                    "our attack reaches a success rate of 73.0%.")
OTHER_BEFORE = INTRO + ("We study the task on the public FooSpeech dataset and a large-scale payment dataset. Our model "
                        "reaches an F1 score of 84.1%.")
LISTED = INTRO + "Our experiments on Zedset and FooSpeech dataset show gains. It reaches an accuracy of 85.9%."
DATA = {"FooSpeech": "dataset", "BarSpeech": "dataset", "QuxSpeech": "dataset"}


def _results(text: str) -> dict[float, tuple[str, str | None, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.rule) for r in paper.results}


def test_given_the_dataset_before_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS50", raising=False)
    got = _results(EVAL_BEFORE)
    assert got[12.9][:2] == ("word error rate", "FooSpeech") and "+previous-sentence-dataset+" in got[12.9][2]
    assert got[14.8][:2] == ("word error rate", "FooSpeech")
    assert not R.low_confidence(got[12.9][2])
    for off in ("previous-sentence-dataset", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS50", off)
        assert 12.9 not in _results(EVAL_BEFORE)


@pytest.mark.parametrize("text", [TRAINED, TWO_BEFORE, ALSO, OTHER_TASK, UNTYPED_SLOT, ALL_SETTINGS, TARGET, OWN_NAME,
                                  OTHER_BEFORE, LISTED])
def test_no_dataset_from_before(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS50", raising=False)
    on = _results(text)
    assert all("+previous-sentence-dataset+" not in rule for _, _, rule in on.values())
    monkeypatch.setenv("PAPERKG_RESULTS50", "off")
    assert _results(text) == on


def test_own_sentence_data_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS50", raising=False)
    assert _results(OWN_DATA)[12.9][1] == "BarSpeech"
