"""types55: names their paper states as data (or a sub-task) at a distance, typed wrong."""

from __future__ import annotations

import pytest

from extract_cases import proposed_entity as _entity  # tests/extract_cases.py
from paperkg.extract.types55 import retype_distant55


def _run(abstract: str, name: str, etype: str = "method", title: str = "A title"):
    return retype_distant55(title, abstract, [_entity(abstract, name, etype)])


# -- data-naming ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name,want", [
    ("Hence we present a new annotated dataset referred to as KelpSet which covers coastal scenes.", "KelpSet",
     "dataset"),
    ("We fine-tune on high-quality dialogue data, which we clean and release as ChatQuarry.", "ChatQuarry",
     "dataset"),
    ("The parser is run on a large corpus of Welsh letters known as LLYTHYR, held by a library.", "LLYTHYR",
     "dataset"),
    ("We build a hard benchmark, which we call RiddleBench, to test reasoning.", "RiddleBench", "benchmark"),
    ("We describe a richly annotated and multi-genre language resource, the Tallinn Speech Bank (TSB), for "
     "Estonian.", "Tallinn Speech Bank", "dataset"),
])
def test_data_naming_retypes(abstract, name, want, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES55", raising=False)
    assert [e.type for e in _run(abstract, name)] == [want]


# -- verb-name-data ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name,want", [
    ("To study this, we introduce FjordCam a new large-scale dataset for glacier monitoring.", "FjordCam",
     "dataset"),
    ("We introduce Avicenna Quiz (also known as PersianQuiz), a carefully curated collection of 9,000 exam "
     "questions.", "Avicenna Quiz", "dataset"),
    ("We present TalkArena a novel benchmark for spoken agents.", "TalkArena", "benchmark"),
])
def test_verb_name_data_retypes(abstract, name, want, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES55", raising=False)
    assert [e.type for e in _run(abstract, name)] == [want]


# -- sub-task ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("etype", ["dataset", "method"])
def test_sub_task_retypes_task(etype, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES55", raising=False)
    abstract = "Others study relation slot filling (RSF), a sub-task of knowledge base population, on two RSF sets."
    assert [e.type for e in _run(abstract, "RSF", etype)] == ["task"]


# -- alias-known ---------------------------------------------------------------------------------------------------

def test_alias_takes_data_type(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES55", raising=False)
    title = "Owl Exam (OwlQA): Can Models Read Maps?"
    abstract = "We release Owl Exam (a.k.a. OwlQA) for map reading. Owl Exam has 3,000 items."
    data = _entity(abstract, "Owl Exam", "dataset")
    alias = _entity(abstract, "OwlQA", "method")
    glued = _entity(title, "Owl Exam (OwlQA)", "method", field="title")
    out = retype_distant55(title, abstract, [data, alias, glued])
    assert [e.type for e in out] == ["dataset", "dataset", "dataset"]


# -- left alone ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name,etype", [
    # a technique noun follows the data noun: "a dataset distillation method"
    ("We introduce FjordNet a new dataset distillation method for images.", "FjordNet", "method"),
    # the last kind noun before the naming phrase is a technique
    ("We train on a corpus and design a new parser, which we call TreeWalker, for it.", "TreeWalker", "method"),
    ("We propose an approach referred to as GlueMix which mixes data.", "GlueMix", "method"),
    # the paper writes the name as its technique
    ("We introduce KelpNet a new dataset for kelp. The proposed KelpNet model segments kelp.", "KelpNet", "method"),
    # a model stays a model
    ("We introduce ClipTalk a new dataset for video chat.", "ClipTalk", "model"),
    # no proposal verb before the name
    ("Results on CUB a standard dataset for birds improve.", "CUB", "method"),
    # "task" not "sub-task"
    ("We study relation slot filling (RSF), a task of knowledge base population.", "RSF", "dataset"),
])
def test_left_alone(abstract, name, etype, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES55", raising=False)
    assert [e.type for e in _run(abstract, name, etype)] == [etype]


def test_our_data_noun_is_not_technique(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES55", raising=False)
    abstract = "We introduce FjordCam a new large-scale dataset for glaciers. Our FjordCam video dataset has 9k clips."
    assert [e.type for e in _run(abstract, "FjordCam")] == ["dataset"]


@pytest.mark.parametrize("value", ["off", "0"])
def test_switch_off_restores(value, monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES55", value)
    assert [e.type for e in _run("Hence we present a new dataset referred to as KelpSet which has scenes.",
                                 "KelpSet")] == ["method"]
    assert [e.type for e in _run("Others study relation slot filling (RSF), a sub-task of KBP.", "RSF",
                                 "dataset")] == ["dataset"]


def test_part_switch(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES55", "verb-name-data")
    assert [e.type for e in _run("We introduce FjordCam a new large-scale dataset for glaciers.",
                                 "FjordCam")] == ["method"]
    assert [e.type for e in _run("Hence we present a new dataset referred to as KelpSet which has scenes.",
                                 "KelpSet")] == ["dataset"]
