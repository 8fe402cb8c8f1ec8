"""recall58: a coded name a score is reported on becomes a dataset (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.recall58 import _name_ok58, add_scored_data58
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity
from paperkg.extract.switches import OUTPUT_SWITCHES


def _names(entities, typ=None):
    return {e.name for e in entities if typ is None or e.type == typ}


def test_score_on_coded_names_added(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL58", raising=False)
    abstract = ("Our tracker gains 4.2% on QZR-7 and 3.1% on the KWBench2 split, and reaches 55.3 BLEU on "
                "newsdev2031.")
    ents = add_scored_data58(None, abstract, [])
    assert {"QZR-7", "KWBench2", "newsdev2031"} <= _names(ents, "dataset")


def test_name_with_version_and_two_words(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL58", raising=False)
    abstract = "The parser reaches 81.4 Smatch on ZLT 3.0 and 12.5% accuracy on QRS Drone, respectively."
    ents = add_scored_data58(None, abstract, [])
    assert {"ZLT 3.0", "QRS Drone"} <= _names(ents, "dataset")


@pytest.mark.parametrize("sentence", [
    "It runs 40.5% faster on GTX1080Ti than before.",            # hardware
    "We gain 3.2% F1 on NER and 2.2% on Subtask-B.",             # task acronym, a task's part
    "The method improves by 4.1% on MSE and PSNR.",              # metrics
    "It gains 1.5 BLEU on English-to-French.",                   # a language pair
    "The model improves 2.5% on Mistral and 3.5% on Llama3.",    # plain word, model-shaped name
    "Word error falls by 16% on ARPA 5,000 word tests.",         # the number goes on
    "Recall rises by 55.1% on VPs.",                             # a plural acronym
    "The loss drops 12.5% on average over all runs.",            # no coded name
    # session 46 (mend45b)
    "The search keeps 90% recall@10 on QGNX, one of the most popular graph indexes.",  # described as no data
    "Our system gains 0.4 BLEU points on EN-ET and 0.2 on DE-FR.",  # language pairs in codes
    "The tagger scores 12% accuracy points lower than on QN v2.",  # compared with, not on
])
def test_left_alone(monkeypatch, sentence):
    monkeypatch.delenv("PAPERKG_RECALL58", raising=False)
    assert add_scored_data58(None, sentence, []) == []


def test_name_shapes():
    assert _name_ok58("SR3D") and _name_ok58("newstest2019") and _name_ok58("DAVIS-16")
    assert not _name_ok58("Waymo") and not _name_ok58("W4A4KV16") and not _name_ok58("PERSONACHATdataset")
    assert not _name_ok58("EN-ET") and not _name_ok58("DE-FR") and _name_ok58("ZLT 3.0") and _name_ok58("EN-QX")


def test_described_as_data_is_still_added(monkeypatch):
    # session 46 (mend45b): an apposition that says data keeps the name
    monkeypatch.delenv("PAPERKG_RECALL58", raising=False)
    text = "It reaches 71.3% accuracy on QZRX, a benchmark of hard puzzles."
    assert "QZRX" in _names(add_scored_data58(None, text, []), "dataset")
    # ... or one about the score
    text = "It reaches 51.3 AP on QZRV 2031, a clear improvement of 4.2 AP over prior work."
    assert "QZRV 2031" in _names(add_scored_data58(None, text, []), "dataset")


def test_not_added_when_found_already(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL58", raising=False)
    text = "It gains 2.0% on ImageNet and 4.2% on QZR-7."
    found = LocalEntity("ImageNet", "dataset", "evaluates_on", [], None, [Mention("ImageNet", 17, 25, 0, "gazetteer")])
    out = add_scored_data58(None, text, [found])
    assert [e.name for e in out] == ["ImageNet", "QZR-7"]


def test_pipeline_and_switch(monkeypatch):
    paper = Paper("t58", "A tracker for drones",
                  "We propose a tracker. It gains 4.2% on QZR-7 and 2.0% on ImageNet in top-1 accuracy.")
    monkeypatch.delenv("PAPERKG_RECALL58", raising=False)
    (on,) = extract_papers([paper])
    monkeypatch.setenv("PAPERKG_RECALL58", "0")
    (off,) = extract_papers([paper])
    on_names = {e.name for e in on.entities}
    off_names = {e.name for e in off.entities}
    assert "QZR-7" in on_names and "QZR-7" not in off_names
    assert on_names - {"QZR-7"} == off_names


def test_switch_listed():
    assert "PAPERKG_RECALL58" in OUTPUT_SWITCHES
