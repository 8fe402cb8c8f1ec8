"""recall59: a coded name listed beside a found data name becomes data (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.recall59 import add_data_siblings59
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity
from paperkg.extract.switches import OUTPUT_SWITCHES


def _seed(text, name, typ="dataset"):
    s = text.index(name)
    return LocalEntity(name, typ, "evaluates_on", [], None, [Mention(name, s, s + len(name), 0, "gazetteer")])


def _added(text, seeds):
    out = add_data_siblings59(None, text, seeds)
    return {(e.name, e.type) for e in out[len(seeds):]}


def test_list_neighbours_added(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL59", raising=False)
    text = "We test the tagger on topic labelling (QTC, ImageNet) and on retrieval."
    assert _added(text, [_seed(text, "ImageNet")]) == {("QTC", "dataset")}
    text = "The encoder is pre-trained on ImageNet, ZRW and fine-tuned on our own data."
    assert _added(text, [_seed(text, "ImageNet", "benchmark")]) == {("ZRW", "benchmark")}


def test_list_followed_along(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL59", raising=False)
    text = "Results on ImageNet, QZB-2, WKLX and KRT3 show clear gains."
    assert _added(text, [_seed(text, "ImageNet")]) == {("QZB-2", "dataset"), ("WKLX", "dataset"), ("KRT3", "dataset")}


def test_parallel_brackets(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL59", raising=False)
    text = "We parse treebanks for Welsh (WLTB) and Basque (BQTB) with one model."
    assert _added(text, [_seed(text, "WLTB")]) == {("BQTB", "dataset")}


@pytest.mark.parametrize("text", [
    "We compare with ImageNet and QZNet model weights.",       # the name goes on: "QZNet model"
    "Training uses ImageNet and GPU clusters.",                 # hardware
    "It is tested on ImageNet and BERT.",                       # a listed model
    "We report on ImageNet and MSE only.",                      # a metric acronym
    "We report on ImageNet and Pascal.",                        # a plain capitalised word, no code
    "Data from ImageNet, in QZR-7 format, were used.",          # no list joiner between them
    "Labels come from news organizations (ImageNet, QZN, WKTV).",  # the list's noun says organisations
    "We beat strong attacks, including ImageNet and QZR-7.",    # the list's noun says attacks
    "Clusters are scored by (ImageNet, NMI and accuracy).",     # a metric acronym
    "It beats the strongest algorithms, ImageNet and QZR-7.",   # the list's noun right before its first member
    "Runs were held at ImageNet and QZEF evaluation forums.",   # the list's noun after its last member
    "Scores on Acme QZR-7 and ImageNet are high.",              # a piece of a longer name ("Acme QZR-7")
    "We compare with ImageNet and Oct-Net.",                    # a network-shaped name
])
def test_left_alone(monkeypatch, text):
    monkeypatch.delenv("PAPERKG_RECALL59", raising=False)
    assert _added(text, [_seed(text, "ImageNet")]) == set()


def test_data_noun_closer_than_other_noun(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL59", raising=False)
    text = "Unlike prior algorithms, we test on three datasets: ImageNet, QZB-2 and WKLX."
    assert _added(text, [_seed(text, "ImageNet")]) == {("QZB-2", "dataset"), ("WKLX", "dataset")}


def test_singular_subject_is_no_list_noun(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL59", raising=False)
    text = "We evaluate our parser on ImageNet and QZTB."  # "parser" (singular) is the subject, not the list's noun
    assert _added(text, [_seed(text, "ImageNet")]) == {("QZTB", "dataset")}
    text = "We run several discourse parsers (ImageNet, QZTB) on the texts."  # plural: the list names parsers
    assert _added(text, [_seed(text, "ImageNet")]) == set()


def test_no_seed_no_change(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL59", raising=False)
    text = "We train KTRM, QZB-2 and WKLX jointly."
    method = _seed(text, "KTRM", "method")
    assert add_data_siblings59(None, text, [method]) == [method]


def test_pipeline_and_switch(monkeypatch):
    paper = Paper("t59", "A tagger for short texts",
                  "We propose a tagger. We evaluate it on sentiment classification (QZSC, IMDb) and on SNLI.")
    monkeypatch.delenv("PAPERKG_RECALL59", raising=False)
    (on,) = extract_papers([paper])
    monkeypatch.setenv("PAPERKG_RECALL59", "0")
    (off,) = extract_papers([paper])
    on_names = {e.name for e in on.entities}
    off_names = {e.name for e in off.entities}
    assert "QZSC" in on_names and "QZSC" not in off_names
    assert on_names - {"QZSC"} == off_names


def test_switch_listed():
    assert "PAPERKG_RECALL59" in OUTPUT_SWITCHES
