"""types51: benchmark-typed names their paper defines as a method; report nouns glued to shared-task names."""

from __future__ import annotations

import pytest

from paperkg.extract.records import Entity, Mention
from paperkg.extract.types51 import report_tail51, retype_methods51


def _ent(name: str, text: str, etype: str = "benchmark", field: str = "abstract") -> Entity:
    start = text.index(name)
    return Entity(id=f"{etype}:{name.lower()}", name=name, type=etype, role="proposes",
                  mentions=[Mention(name, start, start + len(name), 0, "rule:test", field)])


def _run(title: str, abstract: str, name: str, field: str = "abstract", etype: str = "benchmark"):
    e = _ent(name, abstract if field == "abstract" else title, etype, field)
    return retype_methods51(title, abstract, [e])


# -- defined-method --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name,want", [
    ("We present GlintTrack, a family of light and robust Siamese visual trackers. It runs fast.", "GlintTrack",
     "method"),
    ("To fix this, we devise a novel contrastive method by sampling hard answers, named MixQA. It works.", "MixQA",
     "method"),
    ("We propose ZORA. ZORA is the first approach that joins retrieval with ranking.", "ZORA", "method"),
    ("We describe our proposed model PlumNet, which beats strong baselines.", "PlumNet", "model"),
])
def test_defined_method_retypes(abstract, name, want, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES51", raising=False)
    out = _run("A title", abstract, name)
    assert [e.type for e in out] == [want]


@pytest.mark.parametrize("title,abstract,name", [
    # an evaluation framework is a benchmark by the guideline
    ("A title", "We introduce KiteQA, a new evaluation framework for scoring chat assistants.", "KiteQA"),
    # the paper also writes the name as a benchmark
    ("A title", "We present MoleQA, a simple framework. We also release the MoleQA benchmark.", "MoleQA"),
    # a benchmark in a list before the paper's own method
    ("A title", "On three benchmarks, OTB-15, LaSOT and TrackNet, our tracker MART wins.", "TrackNet"),
    # the title calls it a benchmark
    ("OwlQA: A Benchmark for Visual Reasoning", "We present OwlQA, a novel framework of tasks.", "OwlQA"),
    # names that say evaluation stay
    ("A title", "We propose DynoEval, a novel framework for dialogue systems.", "DynoEval"),
    # no technique noun at all
    ("A title", "Results on PoseQA show the gains of our approach.", "PoseQA"),
])
def test_defined_method_stays(title, abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES51", raising=False)
    out = _run(title, abstract, name)
    assert [e.type for e in out] == ["benchmark"]


def test_defined_method_switch(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES51", "defined-method")
    out = _run("A title", "We present GlintTrack, a family of light visual trackers.", "GlintTrack")
    assert out[0].type == "benchmark"


def test_only_benchmarks_retyped(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES51", raising=False)
    out = _run("A title", "We present GlintSet, a family of light visual trackers.", "GlintSet", etype="dataset")
    assert out[0].type == "dataset"


# -- report-head -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,tail", [
    ("Report for ABCD Shared Task 2021", "ABCD Shared Task 2021"),
    ("XYZ System for FOOBAR 2018 Shared Task", "FOOBAR 2018 Shared Task"),
    ("Overview of the QWE-2019 Challenge", "QWE-2019 Challenge"),
    ("Team Submissions for WMT17 News Translation Shared Task", "WMT17 News Translation Shared Task"),
])
def test_report_tail(name, tail):
    assert report_tail51(name) == tail


@pytest.mark.parametrize("name", [
    "Social Media Mining for Health Applications Shared Task",  # no report noun: the task's own name
    "COVID-19 for WNUT-2020 Shared Task",
    "ABCD Shared Task 2021",
    "Report for the reader",
])
def test_report_tail_none(name):
    assert report_tail51(name) is None


def test_report_head_cuts_and_joins(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES51", raising=False)
    title = "KLM System for ABCD Shared Task 2021"
    abstract = "We describe our entry to the ABCD Shared Task 2021 on tweet labels."
    glued = _ent("KLM System for ABCD Shared Task 2021", title, field="title")
    plain = _ent("ABCD Shared Task 2021", abstract)
    out = retype_methods51(title, abstract, [glued, plain])
    assert [e.name for e in out] == ["ABCD Shared Task 2021"]
    assert len(out[0].mentions) == 2
    m = [m for m in out[0].mentions if m.field == "title"][0]
    assert title[m.start:m.end] == "ABCD Shared Task 2021"


def test_report_head_switch(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES51", "report-head")
    title = "KLM System for ABCD Shared Task 2021"
    out = retype_methods51(title, "Abstract.", [_ent("KLM System for ABCD Shared Task 2021", title, field="title")])
    assert out[0].name == "KLM System for ABCD Shared Task 2021"
