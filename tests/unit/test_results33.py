"""Session 29's margins after a score (PAPERKG_RESULTS33, extract/results33.py), on invented sentences; the part also
checked switched off."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.results33 import RESULTS_RULES33
from paperkg.extract.switches import OUTPUT_SWITCHES


def _results(text: str) -> dict[float, tuple[str, str, str | None, str]]:
    (p,) = extract_papers([Paper("p", None, text)])
    return {r.value: (r.metric, r.qualifier, r.dataset, r.rule) for r in p.results}


def _margins(text: str) -> dict[float, tuple[str, str, str | None, str]]:
    return {v: r for v, r in _results(text).items() if r[3].startswith("result:margin-after-level")}


def test_the_switch_is_an_output_switch():
    assert "PAPERKG_RESULTS33" in OUTPUT_SWITCHES
    assert RESULTS_RULES33 == ("margin-after-level",)


BY = ("We propose Zorbnet, a recurrent tagger for noisy text. Zorbnet reaches an accuracy of 91.4% on the test set, "
      "outperforming the strongest published tagger by a large margin (2.7%).")


def test_a_margin_after_a_score_is_a_difference_in_its_metric(monkeypatch):
    found = _results(BY)
    assert found[91.4][1] == "exact"
    assert found[2.7][:2] == ("accuracy", "relative")
    assert found[2.7][3].startswith("result:margin-after-level")
    monkeypatch.setenv("PAPERKG_RESULTS33", "off")
    assert 2.7 not in _results(BY)
    monkeypatch.setenv("PAPERKG_RESULTS33", "margin-after-level")
    assert 2.7 not in _results(BY)
    assert 91.4 in _results(BY)  # the score itself is the result step's, switch or not


def test_the_margin_takes_the_score_dataset():
    text = ("We present Quxnet for image classification. Quxnet achieves a top-1 accuracy of 81.3% on ImageNet, which "
            "is 1.9% better than the previous best model of the same size.")
    found = _margins(text)
    assert found[1.9][:3] == ("top-1 accuracy", "relative", "ImageNet")


def test_a_relative_improvement_of_after_the_score():
    text = ("We present Quxnet for speech recognition. On the test data, Quxnet achieves a phone error rate of 12.3%, a "
            "relative improvement of 6% over the baseline network.")
    assert _margins(text)[6.0][:2] == ("phone error rate", "relative")


def test_a_run_of_margins_pairs_with_as_many_scores_respectively():
    text = ("We propose Blorp for question answering. Blorp reaches exact match scores of 71.2% and 64.5% on SQuAD and "
            "NewsQA, surpassing the best previous systems by 3.3% and 5.6%, respectively.")
    found = _margins(text)
    assert found[3.3][1] == found[5.6][1] == "relative"
    assert found[3.3][0] == found[5.6][0]
    assert found[3.3][2] != found[5.6][2]  # each margin on its own score's dataset


def test_a_cost_or_another_clause_gives_nothing():
    cost = ("We propose Zorbnet for tagging. Zorbnet reaches an accuracy of 91.4% on the test set, with an improvement "
            "of 35% in inference speed.")
    assert not _margins(cost)
    other = ("We propose Zorbnet for tagging. Zorbnet reaches an accuracy of 91.4%, while improving decoding speed "
             "by 35%.")
    assert not _margins(other)
    another_system = ("Our tagger reaches an accuracy of 91.4% and our chunker outperforms the strongest chunker by "
                      "6.2%.")
    assert not _margins(another_system)


def test_a_metric_named_with_the_margin_is_left_to_the_result_step():
    text = ("We propose Zorbnet for tagging. Zorbnet reaches an accuracy of 91.4%, outperforming the strongest tagger "
            "by 2.7% in F1.")
    assert not _margins(text)


def test_no_score_before_gives_nothing():
    text = ("We propose Zorbnet for tagging. Zorbnet outperforms the strongest published tagger by 2.7% on the test "
            "set.")
    assert not _margins(text)
