"""results51 (issue 12, session 41): a compared system's score right after "improving on the / close to the / exceeds
the" is a baseline, a value right after "outperforms" without "by" is a margin; and (default off) a gated value takes the
abstract's one evaluation dataset."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import results51
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the 73k abstracts
IMPROVING_ON = ("We train a deep network, FooNet. Without data augmentation FooNet reaches 6.1% top-5 error on "
                "ImageNet, improving on the 6.67% top-5 error obtained by the best BarNet architecture.")
CLOSE_TO = ("We train FooNet on the WMT14 dataset. FooNet increases BLEU from 28.4 to 29.6 on WMT14, coming close to the "
            "29.7 BLEU achieved by the dynamic convolution.")
EXCEEDS = "On ImageNet, FooNet reaches 89% accuracy, which significantly exceeds the 22% accuracy of prior work."
MARGIN = ("FooNet reaches 81.2% top-1 accuracy on ImageNet, which outperforms 0.56% on top-1 accuracy and occupies the same "
          "memory footprint.")
MARGIN_UP_TO = "On ImageNet, FooNet outperforms the state-of-the-art up to 4.8% absolute in accuracy."
# must not change: the paper's own scores after a comparison, a level, "outperforms X with" a score, "by" margins
OWN_AFTER = "On ImageNet, FooNet outperforms BarNet with 85.1% accuracy."
LEVEL = "On ImageNet, FooNet exceeds the 90% accuracy threshold for the first time."
BY_MARGIN = "On ImageNet, FooNet outperforms BarNet by 2.1% in accuracy."
OWN_AFTER_STATE = ("On ImageNet, our method outperforms the state-of-the-art achieving recognition accuracies of 93.1% and "
                   "89.2% in two settings, respectively.")
BOUND = "On ImageNet, our approach is the first that exceeds the accuracy of 90% using only 4,000 labeled images."
PLAIN = "On ImageNet, FooNet achieves 85.1% accuracy, compared to 83.0% of BarNet."
# only-evaluation-dataset: the one dataset named as evaluation data in another sentence
ONLY = ("We propose FooNet, a model of question answering. We evaluate FooNet on the FooQA benchmark. Ablations show the "
        "encoder matters. Our full model reaches an accuracy of 71.2%.")
ONLY_TRAINED = ("We propose FooNet, a model of question answering. We pre-train FooNet on the FooQA corpus. Ablations show the "
                "encoder matters. Our full model reaches an accuracy of 71.2%.")
ONLY_TWO = ("We propose FooNet, a model of question answering. We evaluate FooNet on the FooQA benchmark and BarQA. "
            "Ablations show the encoder matters. Our full model reaches an accuracy of 71.2%.")
DATA = {"ImageNet": "dataset", "WMT14": "dataset", "FooQA": "dataset", "BarQA": "dataset",
        "FooNet": "method", "BarNet": "method"}


def _results(text: str) -> dict[float, tuple[str, str | None, str, bool, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.qualifier, r.is_baseline, r.rule) for r in paper.results}


def test_compared_score_is_a_baseline_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS51", raising=False)
    got = _results(IMPROVING_ON)
    assert got[6.67][3] is True and got[6.1][3] is False
    assert _results(CLOSE_TO)[29.7][3] is True
    assert _results(EXCEEDS)[22.0][3] is True and _results(EXCEEDS)[89.0][3] is False
    for off in ("compared-score", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS51", off)
        assert _results(IMPROVING_ON)[6.67][3] is False


def test_margin_without_by_is_relative_and_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS51", raising=False)
    got = _results(MARGIN)
    assert got[0.56][2] == "relative" and got[81.2][2] == "exact"
    assert _results(MARGIN_UP_TO)[4.8][2] == "relative"
    for off in ("margin-no-by", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS51", off)
        assert _results(MARGIN)[0.56][2] != "relative"


@pytest.mark.parametrize("text", [OWN_AFTER, LEVEL, BY_MARGIN, PLAIN, OWN_AFTER_STATE, BOUND])
def test_not_changed(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS51", raising=False)
    on = _results(text)
    monkeypatch.setenv("PAPERKG_RESULTS51", "off")
    assert _results(text) == on


def _only(text: str):
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    straight = R._straight(paper.abstract)
    spans = R.sentence_spans(straight)
    return results51.only_dataset51(paper, straight, spans, len(spans) - 1, straight.index("71.2"), [], R.DATASET_TYPES)


def test_only_evaluation_dataset_default_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS51", raising=False)
    assert _only(ONLY) is None  # default off
    monkeypatch.setenv("PAPERKG_RESULTS51", "on:only-evaluation-dataset")
    assert _only(ONLY).name == "FooQA"
    assert _only(ONLY_TRAINED) is None and _only(ONLY_TWO) is None
