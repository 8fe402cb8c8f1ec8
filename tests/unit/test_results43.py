"""results43 (issue 12, session 37): a dataset named right after the value in place of another name the step bound;
the evaluator's folds of curly apostrophes and an unknown metric's last "score"."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import switches
from paperkg.extract.evaluate_results import _metric_key
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

FIGER = ("Our best model achieves state-of-the-art results with 75.36% loose micro F1 score on the well-established "
         "Figer (GOLD) dataset and we report the best results for models trained using publicly available data for "
         "the OntoNotes dataset with 64.93% loose micro F1 score.")
GAP = ("Experiments demonstrate a significant boost over previous models, with 83.1 (+3.5) F1 score on the CoNLL-2012 "
       "benchmark and 87.5 (+2.5) F1 score on the GAP benchmark.")


def _by_value(text: str, entities: dict) -> dict[float, tuple[str | None, str | None, str]]:
    paper = _paper(text, entities)
    R.attach_results([paper])
    return {r.value: (r.dataset, r.dataset_id, r.rule) for r in paper.results}


@pytest.mark.parametrize("text, entities, value, before, after", [
    (FIGER, {"OntoNotes": "dataset"}, 75.36, "OntoNotes", "Figer (GOLD)"),
    (GAP, {"CoNLL-2012": "dataset"}, 2.5, "CoNLL-2012", "GAP"),
])
def test_named_after_replaces_another_bound_name(monkeypatch: pytest.MonkeyPatch, text: str, entities: dict,
                                                 value: float, before: str, after: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS43", raising=False)
    monkeypatch.setenv("PAPERKG_RESULTS49", "off")  # results49 reads "(+2.5)" as a bracketed gain (session 40)
    got = _by_value(text, entities)[value]
    assert got[0] == after and got[1] is None and got[2].endswith("+dataset:named-after43")
    for off in ("named-after", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS43", off)
        assert _by_value(text, entities)[value][0] == before


def test_named_after_takes_the_paper_dataset_of_that_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS43", raising=False)
    got = _by_value(FIGER, {"OntoNotes": "dataset", "FIGER": "dataset"})
    assert got[64.93][0] == "OntoNotes"
    assert got[75.36][0] in ("FIGER", "Figer (GOLD)")


@pytest.mark.parametrize("text, entities, value", [
    # the name after the value is the bound one (other spelling, or inside it)
    ("FooNet reaches 43.1% mAP on the MS COCO dataset.", {"COCO": "dataset"}, 43.1),
    ("FooNet reaches 51.8% accuracy on the challenging HMDB dataset.", {"HMDB51": "dataset"}, 51.8),
    ("FooNet reaches 62.8 F1 on the Penn Treebank test set.", {"Penn Treebank": "dataset"}, 62.8),
    # a language pair, a year: no name of a dataset of its own
    ("On WMT14, FooNet reaches 28.4 BLEU on the English-German test set.", {"WMT14": "dataset"}, 28.4),
    ("On WMT14, FooNet reaches 28.4 BLEU on the 2014 test set.", {"WMT14": "dataset"}, 28.4),
    # no name after "the": a word that is no name
    ("On SQuAD, FooNet reaches 88.1 F1 on the This dataset.", {"SQuAD": "dataset"}, 88.1),
])
def test_named_after_keeps_the_same_name(monkeypatch: pytest.MonkeyPatch, text: str, entities: dict,
                                         value: float) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS43", raising=False)
    got = _by_value(text, entities)[value]
    assert "named-after43" not in got[2]
    monkeypatch.setenv("PAPERKG_RESULTS43", "off")
    assert _by_value(text, entities)[value] == got


def test_named_after_needs_the_name_right_after_the_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS43", raising=False)
    # a clause between the value and the other dataset: not the value's name
    text = "On OntoNotes, FooNet reaches 88.1% accuracy, and we also release results on the Bar dataset."
    got = _by_value(text, {"OntoNotes": "dataset"})
    assert "named-after43" not in got[88.1][2]


def test_switch_registered() -> None:
    assert "PAPERKG_RESULTS43" in switches.OUTPUT_SWITCHES


def test_evaluator_folds_curly_apostrophes_on_both_sides() -> None:
    assert _metric_key("Spearman’s correlation") == _metric_key("Spearman's correlation") == _metric_key("Spearman correlation")
    assert _metric_key("Foo’s ranking measure") == _metric_key("Foo's ranking measure")
    assert _metric_key("Spearman’s correlation") != _metric_key("Pearson correlation")


def test_evaluator_folds_an_unknown_metric_last_score() -> None:
    assert _metric_key("loose micro F1 score") == _metric_key("loose micro F1")
    assert _metric_key("FEVER scores") == _metric_key("FEVER")
    assert _metric_key("loose micro F1 score") != _metric_key("loose macro F1")
    assert _metric_key("BLEU score") == _metric_key("BLEU")  # a known one, as before
