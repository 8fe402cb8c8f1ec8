"""Session 28's stricter gate for leaderboard rows (PAPERKG_RESULTS32, extract/results32.py), on invented sentences;
each part also checked switched off. The gate only marks results unsure (results.UNSURE): values, metrics and datasets
stay as they are."""

from __future__ import annotations

import dataclasses

from paperkg.extract import results as R
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Entity, ExtractedPaper, Mention, Paper, Result
from paperkg.extract.results32 import RESULTS_RULES32, gate_results32
from paperkg.extract.switches import OUTPUT_SWITCHES


def _results(text: str) -> dict[float, tuple[str, str, str | None, str]]:
    (p,) = extract_papers([Paper("p", None, text)])
    return {r.value: (r.metric, r.qualifier, r.dataset, r.rule) for r in p.results}


def _level(text: str, value: str, metric: str, dataset: str | None = None) -> Result:
    """A result of ``value`` read as a level (qualifier exact), as an older or looser reading would give it."""
    start = text.index(value)
    starts = [s for s, _ in R.sentence_spans(text)]
    return Result(value=float(value.rstrip("%")), text=value, unit="%" if value.endswith("%") else None, metric=metric,
                  metric_text=metric, direction="higher", qualifier="exact", is_baseline=False, dataset_id=None,
                  dataset=dataset, split=None, entity_id=None, entity=None,
                  sentence=sum(1 for s in starts if s <= start) - 1, start=start, end=start + len(value),
                  rule="result:value-metric")


def _gated(text: str, results: list[Result]) -> list[bool]:
    paper = ExtractedPaper("p", None, text, results=results)
    return [r.rule.endswith(R.UNSURE) for r in gate_results32(paper, R._straight(text), results)]


def test_the_switch_is_an_output_switch():
    assert "PAPERKG_RESULTS32" in OUTPUT_SWITCHES
    assert RESULTS_RULES32 == ("gate-metric-narrowed", "gate-margin-level", "gate-edition-cut", "gate-name-prefixed")


NARROW = ("We present Zorbnet, a tagger for clinical notes. On the CoNLL-2003 dataset Zorbnet obtains a partial precision "
          "of 91.2%. On the NCBI-disease corpus it reaches a macro F_1 score of 0.874.")


def test_a_metric_narrowed_by_a_mode_word_is_unsure_and_nothing_else_changes(monkeypatch):
    found = _results(NARROW)
    assert found[91.2][:3] == ("precision", "exact", "CoNLL-2003")
    assert found[0.874][:2] == ("F1", "exact")
    assert found[91.2][3].endswith(R.UNSURE) and found[0.874][3].endswith(R.UNSURE)
    assert R.low_confidence(found[91.2][3])
    monkeypatch.setenv("PAPERKG_RESULTS32", "gate-metric-narrowed")
    off = _results(NARROW)
    assert not off[91.2][3].endswith(R.UNSURE) and not off[0.874][3].endswith(R.UNSURE)
    assert {v: r[:3] for v, r in off.items()} == {v: r[:3] for v, r in found.items()}


def test_a_protocol_or_evaluative_word_before_the_metric_is_not_narrowing():
    text = ("We present Zorbnet for image classification. Zorbnet reaches a single-crop accuracy of 81.5% and a strong "
            "accuracy of 79.0% on CIFAR-10.")
    found = _results(text)
    assert found[81.5][3] == found[79.0][3] == "result:metric-value"


MARGIN = ("We present Zorbnet for image restoration. It sets a new state of the art on Rain100L, where an improvement of "
          "0.8dB on PSNR and 4% on SSIM is obtained.")


def test_a_value_in_a_list_of_margins_is_no_level(monkeypatch):
    r = _level(MARGIN, "4%", "SSIM", "Rain100L")
    assert _gated(MARGIN, [r]) == [True]
    by = ("We present Zorbnet for retrieval. Our models outperform the prior approaches by 3.1% in text retrieval and "
          "1.9% in image retrieval on Flickr30k.")
    assert _gated(by, [_level(by, "1.9%", "recall@1", "Flickr30k")]) == [True]
    monkeypatch.setenv("PAPERKG_RESULTS32", "gate-margin-level")
    assert _gated(MARGIN, [r]) == [False]


def test_a_score_after_a_margin_or_a_level_phrase_stays_a_level():
    # "by 0.6 points and 41.2 BLEU on WMT16, outperforming ...": the value opens a new comparison
    text = ("We present Zorbnet for translation. Zorbnet achieves 27.1 BLEU on WMT14, outperforming the prior best by 0.6 "
            "points and 41.2 BLEU on WMT16, outperforming it by 0.4 points.")
    assert _gated(text, [_level(text, "41.2", "BLEU", "WMT16")]) == [False]
    # "by a large margin with a mean IoU of": a level after "with"
    with_ = "We present Zorbnet. Zorbnet outperforms prior methods by a large margin with a mean IoU of 81.3% on DAVIS."
    assert _gated(with_, [_level(with_, "81.3%", "mIoU", "DAVIS")]) == [False]
    # "by reaching an accuracy of": no margin
    reach = "We present Zorbnet. Zorbnet improves on the baseline by reaching an accuracy of 88.4% on Fooset."
    assert _gated(reach, [_level(reach, "88.4%", "accuracy", "Fooset")]) == [False]


EDITION = "We present Zorbnet for oriented object detection. Zorbnet achieves 78.3 mAP on the DOTA-v1.5 test set."


def test_a_dataset_written_with_a_version_its_name_lacks_is_unsure(monkeypatch):
    found = _results(EDITION)
    assert found[78.3][:3] == ("mAP", "exact", "DOTA")
    assert found[78.3][3].endswith(R.UNSURE)
    plain = _results(EDITION.replace("DOTA-v1.5", "DOTA"))
    assert not plain[78.3][3].endswith(R.UNSURE)
    monkeypatch.setenv("PAPERKG_RESULTS32", "gate-edition-cut")
    assert not _results(EDITION)[78.3][3].endswith(R.UNSURE)


def test_a_version_in_the_dataset_name_or_a_score_after_it_is_no_edition():
    text = "We present Zorbnet for dialogue state tracking. Zorbnet achieves a joint accuracy of 55.1% on MultiWOZ 2.4."
    found = _results(text)
    assert found[55.1][2] == "MultiWOZ 2.4" and not found[55.1][3].endswith(R.UNSURE)


PREFIXED = ("We present Zorbnet for few-shot learning. Zorbnet reaches an accuracy of 61.7% in the 5-way 1-shot setting on "
            "the tiered-Qwobbleset benchmark.")


def _on_cut_name(text: str, name: str) -> tuple[ExtractedPaper, Result]:
    """A paper whose dataset entity ``name`` is mentioned where ``text`` writes it (a name the entity step may cut)."""
    at = text.index(name, text.index("61.7"))
    entity = Entity(id="dataset:" + name.lower(), name=name, type="dataset", role="evaluates_on",
                    mentions=[Mention(text=name, start=at, end=at + len(name), sentence=1, rule="test")])
    r = dataclasses.replace(_level(text, "61.7%", "accuracy", name), dataset_id=entity.id)
    return ExtractedPaper("p", None, text, entities=[entity], results=[r]), r


def test_a_dataset_written_with_a_word_glued_before_it_is_unsure(monkeypatch):
    paper, r = _on_cut_name(PREFIXED, "Qwobbleset")
    assert gate_results32(paper, PREFIXED, [r])[0].rule.endswith(R.UNSURE)
    whole = PREFIXED.replace("tiered-Qwobbleset", "Qwobbleset")
    paper2, r2 = _on_cut_name(whole, "Qwobbleset")
    assert not gate_results32(paper2, whole, [r2])[0].rule.endswith(R.UNSURE)
    monkeypatch.setenv("PAPERKG_RESULTS32", "gate-name-prefixed")
    assert not gate_results32(paper, PREFIXED, [r])[0].rule.endswith(R.UNSURE)


def test_all_off_marks_nothing_and_a_marked_result_is_not_marked_twice(monkeypatch):
    r = _level(MARGIN, "4%", "SSIM", "Rain100L")
    twice = gate_results32(ExtractedPaper("p", None, MARGIN), R._straight(MARGIN), [r])
    again = gate_results32(ExtractedPaper("p", None, MARGIN), R._straight(MARGIN), twice)
    assert again[0].rule == "result:value-metric" + R.UNSURE
    monkeypatch.setenv("PAPERKG_RESULTS32", "off")
    assert not _results(NARROW)[91.2][3].endswith(R.UNSURE)
    assert _gated(MARGIN, [r]) == [False]
