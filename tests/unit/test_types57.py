"""types57: a data set's year / condition variant, a score unit, a competition and a bracketed new data name, typed
method."""

from __future__ import annotations

import pytest

from extract_cases import proposed_entity as _entity  # tests/extract_cases.py
from paperkg.extract.types57 import retype_variants57


def _run(abstract: str, name: str, etype: str = "method", title: str = "A title", others=()):
    ents = [_entity(abstract, name, etype)] + [_entity(abstract, n, t) for n, t in others]
    return retype_variants57(title, abstract, ents)


# -- data-variant --------------------------------------------------------------------------------------------------

def test_listed_data_plus_year(monkeypatch):
    # The shipped list writes VOC2007 / VOC2012: "VOC2010" is the same data set in another year.
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    out = _run("Boxes were taken from VOC2010 and relabelled by two annotators.", "VOC2010")
    assert out[0].type == "dataset"


def test_tail_of_the_papers_data_name(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    text = "We extend the Harbor Gulls2019 collection. Every image of Gulls2019 gets a caption."
    ents = [_entity(text, "Gulls2019", "method", at=text.rindex("Gulls2019")),
            _entity(text, "Harbor Gulls2019", "dataset")]
    assert [e.type for e in retype_variants57("A title", text, ents)] == ["dataset", "dataset"]


def test_condition_sibling_of_the_papers_data(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    text = "Our model is best on the hard FjordCam-Foggy and QuayView-Foggy splits."
    ents = [_entity(text, "QuayView-Foggy", "method"), _entity(text, "FjordCam", "dataset", at=text.index("FjordCam"))]
    assert retype_variants57("A title", text, ents)[0].type == "dataset"


@pytest.mark.parametrize("abstract,name,others", [
    # the base is no data set: a model's variant keeps its type
    ("We compare OwlNet-Night with OwlNet-Day on dark scenes.", "OwlNet-Night", ()),
    # a year after a name the list never writes with a year
    ("We run GlyphParse2021 on the new scans.", "GlyphParse2021", ()),
    # a data name that only starts with the method's name is not its tail
    ("We train Gulls on Gulls Harbor and report accuracy.", "Gulls", (("Gulls Harbor", "dataset"),)),
    # a sibling with another suffix
    ("Results on FjordCam-Rainy and QuayView-Foggy improve.", "QuayView-Foggy", (("FjordCam", "dataset"),)),
])
def test_data_variant_leaves_alone(abstract, name, others, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    assert _run(abstract, name, others=others)[0].type == "method"


# -- score-unit ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name", [
    ("With a small backbone our model beats the previous best by 2.4 PQX points on two sets.", "PQX"),
    ("It improves the baseline by +1.7 SpanF pts while running faster.", "SpanF"),
])
def test_score_unit_retypes(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    assert _run(abstract, name)[0].type == "metric"


@pytest.mark.parametrize("abstract,name", [
    ("Our model beats OwlFormer by 2.4 points on two sets.", "OwlFormer"),  # the name is not between
    ("We train 3 OwlFormer models and average their points.", "OwlFormer"),  # "points" not right after
    ("It uses 12 OwlFormer layers to pick key points.", "OwlFormer"),
])
def test_score_unit_leaves_alone(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    assert _run(abstract, name)[0].type == "method"


# -- competition ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name", [
    ("In 2022, Robo-Cup-Lite---a series of online robot competitions, was hosted by a lab.", "Robo-Cup-Lite"),
    ("We describe HarborRace, an international autonomous boating contest held yearly.", "HarborRace"),
    ("KelpArena is a data science competition on seaweed growth.", "KelpArena"),
])
def test_competition_retypes(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    assert _run(abstract, name)[0].type == "benchmark"


@pytest.mark.parametrize("abstract,name", [
    ("We propose OwlPlan, a method that won the competition.", "OwlPlan"),
    ("OwlPlan, a winning entry of the contest, uses search.", "OwlPlan"),
    ("We propose OwlPlan, the winner of the 2020 planning competition.", "OwlPlan"),
    ("We propose OwlPlan, a competition-aware planner for games.", "OwlPlan"),
])
def test_competition_leaves_alone(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    assert _run(abstract, name)[0].type == "method"


# -- data-bracket --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name,want", [
    ("To this end, we create a new three-way bilingual dataset of parallel riddle examples (RiddleMix), with "
     "demographic data.", "RiddleMix", "dataset"),
    ("We release a large corpus of harbour radio talk (PortTalk) for research.", "PortTalk", "dataset"),
    ("We propose a challenging benchmark for tide forecasting (TideBench).", "TideBench", "benchmark"),
])
def test_data_bracket_retypes(abstract, name, want, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    assert _run(abstract, name)[0].type == want


@pytest.mark.parametrize("abstract,name", [
    # the bracket names a model the data is made with, after a comma-less clause: the phrase ended before
    ("We create a new dataset of riddles. We train a model (RiddleNet) on it.", "RiddleNet"),
    # no creating verb
    ("We use a dataset of riddles scored by a tagger (RiddleMix) to train.", "RiddleMix"),
    # the bracket opens a list, not a name
    ("We create a new dataset of riddles (RiddleMix and others).", "RiddleMix"),
    # the bracket abbreviates the data's purpose, a technique
    ("We introduce a new benchmark for tide-aware harbour generation (THG).", "THG"),
    ("We release a new dataset for wave-height forecasting (WHF) at sea.", "WHF"),
])
def test_data_bracket_leaves_alone(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    assert _run(abstract, name)[0].type == "method"


def test_not_method_typed_is_left(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    assert _run("It gains 2.4 PQX points.", "PQX", etype="task")[0].type == "task"


# -- switch --------------------------------------------------------------------------------------------------------

def test_switch_off_restores(monkeypatch):
    text = "With a small backbone our model beats the previous best by 2.4 PQX points."
    monkeypatch.setenv("PAPERKG_TYPES57", "0")
    assert _run(text, "PQX")[0].type == "method"
    monkeypatch.setenv("PAPERKG_TYPES57", "off")
    assert _run(text, "PQX")[0].type == "method"


def test_one_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES57", "score-unit")
    assert _run("It beats the best by 2.4 PQX points.", "PQX")[0].type == "method"
    assert _run("KelpArena is a data science competition on seaweed growth.", "KelpArena")[0].type == "benchmark"


def test_plain_tail_of_a_data_name_stays(monkeypatch):
    # "Dynamic GRAMX Treebank" ... "GRAMX": a plain tail is a formalism or a modality as often as data.
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    text = "We build the Dynamic GRAMX collection with GRAMX annotation."
    ents = [_entity(text, "GRAMX", "method", at=text.rindex("GRAMX")), _entity(text, "Dynamic GRAMX", "dataset")]
    assert retype_variants57("A title", text, ents)[0].type == "method"


def test_bracket_spelling_out_an_acronym_stays(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES57", raising=False)
    text = "We create a corpus of forum replies tagged by users with the acronym TYVM (thank you very much)."
    assert _run(text, "thank you very much")[0].type == "method"
