"""types52: method-typed names their own phrase defines as an evaluation environment / framework or as new data."""

from __future__ import annotations

import pytest

from paperkg.extract.records import Entity, Mention
from paperkg.extract.types52 import retype_evaluation52


def _run(abstract: str, name: str, etype: str = "method", title: str = "A title"):
    start = abstract.index(name)
    e = Entity(id=f"{etype}:{name.lower()}", name=name, type=etype, role="proposes",
               mentions=[Mention(name, start, start + len(name), 0, "rule:test", "abstract")])
    return retype_evaluation52(title, abstract, [e])


# -- eval-defined / env-after --------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name", [
    ("We present GullArena, a privacy evaluation framework for web agents.", "GullArena"),
    ("We propose LYNX, a novel human evaluation framework for scoring saliency maps.", "LYNX"),
    ("Here we build a new learning environment, the Pebble Learning Environment, that runs puzzle games.",
     "Pebble Learning Environment"),
    ("TorchVille is an interactive game environment for training text agents.", "TorchVille"),
    ("Agents are trained in OrbWorld environments with sparse rewards.", "OrbWorld"),
])
def test_eval_defined_retypes_benchmark(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES52", raising=False)
    assert [e.type for e in _run(abstract, name)] == ["benchmark"]


# -- data-defined --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name,want", [
    ("We also propose a new dataset PuzzleTalk as a test of compositional grounding.", "PuzzleTalk", "dataset"),
    ("A large outdoor driving dataset with dense lidar scans for every street, CityScan9, is introduced for "
     "mapping.", "CityScan9", "dataset"),
    ("We release a challenging benchmark, named ZebraQA, of riddles.", "ZebraQA", "benchmark"),
])
def test_data_defined_retypes(abstract, name, want, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES52", raising=False)
    assert [e.type for e in _run(abstract, name)] == [want]


@pytest.mark.parametrize("abstract,name,etype", [
    # a bare "environment" names software as often as an evaluation environment
    ("We use the grabkit, an environment for phrase identification.", "grabkit", "method"),
    # the paper's own technique: "our X"
    ("Our OrbNet environment model predicts the next state.", "OrbNet", "method"),
    # a technique noun heads the appositive
    ("We propose Zorblex, a novel method for evaluation of dialogue.", "Zorblex", "method"),
    # the kind noun's phrase belongs to a data set the method is trained on, not to the name
    ("We train on a new dataset and propose HawkSeg as a segmentation approach.", "HawkSeg", "method"),
    # a model stays a model
    ("We also propose a new dataset ClipTalk as a test.", "ClipTalk", "model"),
    # a name headed by a technique noun
    ("We also propose a new dataset Graph Network as a test.", "Graph Network", "method"),
    # an assessment framework is the paper's technique for an assessment task
    ("We propose QuillNet, a neural essay assessment framework for schools.", "QuillNet", "method"),
    # a software environment the work is built in
    ("The parser is implemented in the Grako environment and runs fast.", "Grako", "method"),
    # a transfer setting
    ("We evaluate on Sim2Sim environments such as Cartpole.", "Sim2Sim", "method"),
])
def test_left_alone(abstract, name, etype, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES52", raising=False)
    assert [e.type for e in _run(abstract, name, etype)] == [etype]


@pytest.mark.parametrize("value", ["off", "0"])
def test_switch_off_restores(value, monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES52", value)
    assert [e.type for e in _run("We present GullArena, a privacy evaluation framework.", "GullArena")] == ["method"]
    assert [e.type for e in _run("We also propose a new dataset PuzzleTalk as a test.", "PuzzleTalk")] == ["method"]


def test_part_switch(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES52", "env-after")
    assert [e.type for e in _run("Agents are trained in OrbWorld environments.", "OrbWorld")] == ["method"]
    assert [e.type for e in _run("We present GullArena, a privacy evaluation framework.", "GullArena")] == [
        "benchmark"]


def test_list_long_form_and_lower_case_left_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES52", raising=False)
    # the name is a list's long form the paper never writes: the paper's evidence is about another spelling
    text = "We introduce a large new dataset, called VDX, for retrieval."
    start = text.index("VDX")
    e = Entity(id="method:vector-dx", name="vector dimension expansion", type="method", role="proposes",
               mentions=[Mention("VDX", start, start + 3, 0, "rule:test", "abstract")])
    assert [x.type for x in retype_evaluation52("A title", text, [e])] == ["method"]
    # a lower-case long form before "environments" names no environment
    text = "It learns across wide light range (WLR) and WLR environments."
    start = text.index("WLR environments")
    e = Entity(id="method:wide-light-range", name="wide light range", type="method", role="proposes",
               mentions=[Mention("WLR", start, start + 3, 0, "rule:test", "abstract")])
    assert [x.type for x in retype_evaluation52("A title", text, [e])] == ["method"]
