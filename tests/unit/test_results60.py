"""results60 (issue 12, session 48): a "respectively" list with one known dataset and lower-case phrase items pairs
only the dataset's value with it (respective-phrase, on); a shape-only method a score is reported on is retyped
dataset (scored-method, ships off). Sentences invented."""

from __future__ import annotations

import pytest

from extract import results60 as R
from extract.pipeline import extract_papers
from extract.records import Mention, Paper
from extract.resolve import LocalEntity


def _results(monkeypatch, text, off=None):
    if off is None:
        monkeypatch.delenv("PAPERKG_RESULTS60", raising=False)
    else:
        monkeypatch.setenv("PAPERKG_RESULTS60", off)
    out = extract_papers([Paper(id="t", title="A Study", abstract=text)])[0]
    return sorted((r.value, r.dataset) for r in out.results)


THREE = ("We evaluate PickNet on the QuuxGrasp dataset. The interactive segmentation of our system achieves 81.2%, "
         "70.4%, and 64.9% average precision for toy cubes, QuuxGrasp objects in simulation, and real-world unseen "
         "objects, respectively.")
TWO = ("We test FooAgent on the ZorbHack benchmark. FooAgent improves task success rates by 120% and 41% on ZorbHack "
       "and robot navigation respectively.")
AFTER = ("We evaluate on the BarSal dataset. Our method improves the F-measure by 4.0% and 11.2% respectively on the "
         "BarSal dataset and our new dataset.")


@pytest.mark.parametrize("text,expected", [
    (THREE, [(64.9, None), (70.4, "QuuxGrasp"), (81.2, None)]),
    (TWO, [(41.0, None), (120.0, "ZorbHack")]),
    (AFTER, [(4.0, "BarSal"), (11.2, None)]),
])
def test_respective_phrase_pairs_the_dataset_only(monkeypatch, text, expected):
    assert _results(monkeypatch, text) == expected


@pytest.mark.parametrize("off", ["off", "0", "respective-phrase"])
def test_respective_phrase_switch_off_restores(monkeypatch, off):
    assert _results(monkeypatch, TWO, off) == [(41.0, "ZorbHack"), (120.0, "ZorbHack")]
    assert _results(monkeypatch, THREE, off) == [(64.9, "QuuxGrasp"), (70.4, "QuuxGrasp"), (81.2, "QuuxGrasp")]


@pytest.mark.parametrize("text", [
    # the other item is a name: session 23's named-list pairing, not this rule
    "We evaluate on the ZorbQA dataset. Our model reaches 71.3% and 65.2% accuracy on ZorbQA and QuuxQA respectively.",
    # the list is of settings, the dataset is not an item: every value stays on it
    "Experiments on the ZorbQA dataset show 71.3% and 65.2% accuracy for the 1-shot and 5-shot settings respectively.",
])
def test_respective_phrase_left_alone(monkeypatch, text):
    assert _results(monkeypatch, text) == _results(monkeypatch, text, "respective-phrase")


def test_respective_phrase_needs_as_many_items_as_values(monkeypatch):
    text = ("We evaluate on the ZorbQA dataset. Our model reaches 71.3% and 65.2% accuracy on ZorbQA, open questions "
            "and hard questions respectively.")
    assert _results(monkeypatch, text) == _results(monkeypatch, text, "off")


def _method(name, start, rule="rule:name-shape"):
    return LocalEntity(name, "method", "uses", [], None, [Mention(name, start, start + len(name), 0, rule)])


SCORED = "Our agent reaches a 58% completion rate on BarMove, an absolute gain of 20 points."


def test_scored_method_ships_off(monkeypatch):
    monkeypatch.delenv("PAPERKG_RESULTS60", raising=False)
    ent = _method("BarMove", SCORED.index("BarMove"))
    assert R.retype_scored60("A Study", SCORED, [ent])[0].type == "method"


def test_scored_method_retypes_when_on(monkeypatch):
    monkeypatch.setenv("PAPERKG_RESULTS60", "on:scored-method")
    ent = _method("BarMove", SCORED.index("BarMove"))
    out = R.retype_scored60("A Study", SCORED, [ent])[0]
    assert (out.type, out.role) == ("dataset", "evaluates_on")


@pytest.mark.parametrize("name,text,rule", [
    ("ResNet-50", "We reduce 37.2% FLOPs on ResNet-50 with no loss.", "rule:name-shape"),  # model-shaped
    ("FooNet", "It gains 4% on FooNet over grouped convolutions.", "rule:name-shape"),  # a technique's ending
    ("BarMove", SCORED, "gazetteer:curated"),  # a listed method
    ("BarMove", "We compare with BarMove, which is 58% slower.", "rule:name-shape"),  # not in a score slot
])
def test_scored_method_left_alone(monkeypatch, name, text, rule):
    monkeypatch.setenv("PAPERKG_RESULTS60", "on:scored-method")
    ent = _method(name, text.index(name), rule)
    assert R.retype_scored60("A Study", text, [ent])[0].type == "method"


def test_two_entities_on_one_span_resolve_by_the_recorded_mention_then_by_id():
    """A span two entities share ("APE" is the task's acronym and a form of the shared task) goes to the entity the
    extractor recorded there, whatever order the set of spans iterates in (it used to depend on string hashing)."""
    from extract.records import Entity, ExtractedPaper
    from extract.results import _entity_spans

    text = "The APE task is hard. We report BLEU on APE."
    second = text.rindex("APE")
    task = Entity("task:automatic-post-editing", "Automatic Post-Editing", "task", aliases=["APE"],
                  mentions=[Mention("APE", 4, 7, 0, "abbreviation")])
    bench = Entity("benchmark:zz-ape-shared-task", "ZZ Shared Task on APE", "benchmark", aliases=["APE"],
                   mentions=[Mention("APE", second, second + 3, 1, "gazetteer:x")])
    for entities in ([task, bench], [bench, task]):
        spans = _entity_spans(ExtractedPaper("p", None, text, entities=entities), 0, len(text))
        assert [(s, e.id) for s, _, e in spans] == [(4, "task:automatic-post-editing"),
                                                      (second, "benchmark:zz-ape-shared-task")]
    # with no recorded mention at the span, the smaller id wins
    plain = [Entity(i, "X", "dataset", aliases=["APE"]) for i in ("dataset:b-ape", "dataset:a-ape")]
    spans = _entity_spans(ExtractedPaper("p", None, text, entities=plain), 0, len(text))
    assert {e.id for _, _, e in spans} == {"dataset:a-ape"}
