"""Session 25's result rules (PAPERKG_RESULTS26), on invented sentences; each part also checked switched off."""

from __future__ import annotations

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.results import RESULTS_RULES26
from paperkg.extract.switches import OUTPUT_SWITCHES


def _on(text: str) -> list[tuple]:
    (p,) = extract_papers([Paper("p", None, text)])
    return [(r.value, r.metric, r.qualifier, r.is_baseline, r.dataset) for r in p.results]


def test_the_switch_is_an_output_switch():
    assert "PAPERKG_RESULTS26" in OUTPUT_SWITCHES
    assert RESULTS_RULES26 == ("by-metric-of", "range-continues", "from-to-bound", "data-phrase-over-paper",
                               "outperforming-by")


def test_a_margin_written_by_a_metric_of_is_a_difference(monkeypatch):
    # by-metric-of: "outperforms X by an average <metric> of V" is a difference, not a level
    text = "Experiments show that FooEmb outperforms the strong BarEmb baseline by an average Pearson correlation of 3.15%."
    assert _on(text) == [(3.15, "Pearson correlation", "relative", False, None)]
    # no comparing verb, or a level reached "by achieving": a level
    assert _on("Our system is judged by an average Pearson correlation of 71.5.") == [
        (71.5, "Pearson correlation", "exact", False, None)]
    monkeypatch.setenv("PAPERKG_RESULTS26", "by-metric-of")
    assert _on(text) == [(3.15, "Pearson correlation", "exact", True, None)]  # was a level, and the baseline's


def test_a_second_from_to_after_a_range_is_a_range(monkeypatch):
    # range-continues: "varying from A to B for X and from C to D for Y": D is the second range's upper end
    text = "The taggers reach an accuracy varying from 40% to 90% on nouns and from 30% to 66% on verbs."
    assert _on(text) == [(90.0, "accuracy", "range", False, None), (66.0, "accuracy", "range", False, None)]
    monkeypatch.setenv("PAPERKG_RESULTS26", "range-continues")
    assert (30.0, "accuracy", "exact", True, None) in _on(text)
    assert (66.0, "accuracy", "range", False, None) not in _on(text)


def test_a_from_to_with_a_bound_keeps_both_levels(monkeypatch):
    # from-to-bound: "from V1 to less than V2": V1 the level before, V2 a bounded level after
    text = "On SNLI, our single trigger lowers the accuracy of the neutral class from 88.4% to less than 1.2%."
    assert _on(text) == [(88.4, "accuracy", "exact", True, "SNLI"), (1.2, "accuracy", "up_to", False, "SNLI")]
    monkeypatch.setenv("PAPERKG_RESULTS26", "from-to-bound")
    assert (1.2, "accuracy", "up_to", False, "SNLI") not in _on(text)


def test_a_named_data_phrase_beats_the_papers_only_dataset(monkeypatch):
    # data-phrase-over-paper: the sentence names "the <Name> evaluation subset", which is not the paper's dataset
    intro = ("This paper presents a new Czech speech resource built from lecture recordings. The evaluation subset was "
             "transcribed by hand using the guidelines of the Czech KORPA corpus. ")
    text = intro + "The average word error rate for the CZ Lectures-UB evaluation subset was 41.2%, with a perplexity of 350."
    assert _on(text) == [(41.2, "word error rate", "exact", False, "CZ Lectures-UB"),
                         (350.0, "perplexity", "exact", False, "CZ Lectures-UB")]
    # the paper's own dataset named that way keeps it
    own = intro + "The average word error rate for the KORPA evaluation subset was 41.2%."
    assert _on(own) == [(41.2, "word error rate", "exact", False, "Czech KORPA")]
    monkeypatch.setenv("PAPERKG_RESULTS26", "data-phrase-over-paper")
    assert [d for *_, d in _on(text)] == ["Czech KORPA", "Czech KORPA"]

def test_the_margin_after_a_score_is_a_difference_in_its_metric(monkeypatch):
    # outperforming-by: "<score> on D outperforming X by V": V is a difference in the score's metric, on D
    text = "FooViT reaches 83.1 top-1 accuracy on ImageNet outperforming BarViT by +0.7."
    assert _on(text) == [(83.1, "top-1 accuracy", "exact", False, "ImageNet"),
                         (0.7, "top-1 accuracy", "relative", False, "ImageNet")]
    # a list of margins, another subject's margin, or a margin in another metric: left alone
    assert [v for v, *_ in _on("FooViT reaches 48.1 mAP on COCO, outperforming BarDet by 1.3 and 0.9 mAP.")] != [48.1, 1.3]
    assert (26.0, "accuracy", "relative", False, None) not in _on(
        "Our intent model reaches 79% accuracy and our trajectory model outperforms prior work by 26%.")
    monkeypatch.setenv("PAPERKG_RESULTS26", "outperforming-by")
    assert _on(text) == [(83.1, "top-1 accuracy", "exact", False, "ImageNet")]


@pytest.mark.parametrize("text", [
    "FooViT reaches 83.1 top-1 accuracy on ImageNet outperforming BarViT by +0.7.",
    "On SNLI, our single trigger lowers the accuracy of the neutral class from 88.4% to less than 1.2%.",
])
def test_all_parts_off_is_the_former_output(monkeypatch, text):
    on = _on(text)
    monkeypatch.setenv("PAPERKG_RESULTS26", "off")
    assert _on(text) != on
