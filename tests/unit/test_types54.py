"""types54: a default-typed name its naming phrase types (a named problem, an item of a task list, "the X algorithm")."""

from __future__ import annotations

import pytest

from paperkg.extract.records import Entity, Mention
from paperkg.extract.types54 import retype_roles54


def _entity(abstract: str, name: str, etype: str, rule: str = "rule:test") -> Entity:
    starts = [i for i in range(len(abstract)) if abstract.startswith(name, i)]
    return Entity(id=f"{etype}:{name.lower()}", name=name, type=etype, role="uses",
                  mentions=[Mention(name, s, s + len(name), 0, rule, "abstract") for s in starts])


def _run(abstract: str, name: str, etype: str = "method", others=(), title: str = "A title"):
    e = _entity(abstract, name, etype)
    rest = [_entity(abstract, n, t, r) for n, t, r in others]
    retype_roles54(title, abstract, [e, *rest])
    return e.type


@pytest.mark.parametrize("abstract,name", [
    # problem-named: the problem phrase names the thing
    ("We study a semi-supervised ranking problem called Ranking from Pair Votes (RPV), where only pairs are seen.",
     "Ranking from Pair Votes"),
    ("We revisit the classical Vertex Packing problem in the sliding window model which we refer to as Windowed "
     "Vertex Packing (WVP). We give a lower bound.", "Windowed Vertex Packing"),
    ("Agents must keep their skills while the world drifts. This problem is called drifting skill retention (DSR).",
     "drifting skill retention"),
    ("We call this new planning problem Budgeted Route Sharing. Our first result is a hardness proof.",
     "Budgeted Route Sharing"),
    ("In this paper, we study a task called Caption Repair (CR). CR asks a model to fix a wrong caption.",
     "Caption Repair"),
    # task-list: an item of a list of tasks
    ("We apply the encoder to three different tasks: depth completion, Shadow2Mask and hand pose lifting.",
     "Shadow2Mask"),
    ("The features help on vision tasks including image retrieval, Motion2Pose, and scene flow.", "Motion2Pose"),
])
def test_retypes_task(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES54", raising=False)
    assert _run(abstract, name) == "task"


@pytest.mark.parametrize("abstract,name,others", [
    # the naming phrase names the technique for the problem
    ("To address this problem, we propose a novel method named Pair Vote Ranking (PVR).", "Pair Vote Ranking", ()),
    ("We design an algorithm for this problem, called Window Packer, and bound its regret.", "Window Packer", ()),
    ("We formulate the route sharing problem as a generative process, named RouteFlow, which samples routes.",
     "RouteFlow", ()),
    # a training objective is called a task too
    ("A new pre-training task called Span Insertion (SI) is proposed for passage ranking.", "Span Insertion", ()),
    # the named thing does not end its phrase: "called maximum a posteriori (MAP) inference" names the inference
    ("An important problem related to graphs, called joint label assignment (JLA) inference, is hard.",
     "joint label assignment", ()),
    # a list of techniques introduced by "tasks": another item is a typed model
    ("We explain two models that did well on tweet classification tasks: RoBERTa and TweetNet.", "TweetNet",
     (("RoBERTa", "model", "gazetteer:models"),)),
    # one item only: "video tasks namely X" names the paper's technique
    ("We propose an adaptation for egocentric video tasks namely Ego-Fit.", "Ego-Fit", ()),
    # the item goes on: "Block Stacking in SimWorld" (SimWorld is where the task is set)
    ("NTG generalises on two tasks: Block Stacking in SimWorld and Object Collection in HomeSim.", "SimWorld", ()),
    # a training objective list
    ("We pretrain on two auxiliary tasks: Region Swap and Caption Order.", "Region Swap", ()),
])
def test_leaves_method_alone(abstract, name, others, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES54", raising=False)
    assert _run(abstract, name, others=others) == "method"


def test_algorithm_head_retypes_method(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES54", raising=False)
    text = "The game collects useful patches. We next propose the \"PatchPool\" algorithm that uses these patches."
    assert _run(text, "PatchPool", "dataset") == "method"


def test_algorithm_head_leaves_data_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES54", raising=False)
    # the paper writes the name as data too
    text = "We release the PatchPool dataset. The PatchPool algorithm that built it is simple."
    assert _run(text, "PatchPool", "dataset") == "dataset"


def test_listed_name_left_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES54", raising=False)
    text = "We apply the encoder to three different tasks: depth completion, Shadow2Mask and hand pose lifting."
    e = _entity(text, "Shadow2Mask", "method", "gazetteer:pwc")
    retype_roles54("A title", text, [e])
    assert e.type == "method"


@pytest.mark.parametrize("value", ["0", "off"])
def test_switch_off_restores_old_output(value, monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES54", value)
    assert _run("We study a semi-supervised ranking problem called Ranking from Pair Votes (RPV), where pairs are "
                "seen.", "Ranking from Pair Votes") == "method"
    assert _run("We apply the encoder to three different tasks: depth completion, Shadow2Mask and hand pose "
                "lifting.", "Shadow2Mask") == "method"
    assert _run("We next propose the \"PatchPool\" algorithm that uses these patches.", "PatchPool",
                "dataset") == "dataset"


def test_switch_parts(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES54", "task-list")
    assert _run("We apply the encoder to three different tasks: depth completion, Shadow2Mask and hand pose "
                "lifting.", "Shadow2Mask") == "method"
    assert _run("We study a semi-supervised ranking problem called Ranking from Pair Votes (RPV), where pairs are "
                "seen.", "Ranking from Pair Votes") == "task"


def test_language_pair_list_left_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES54", raising=False)
    text = "We took part in four tasks: en-fr, de-fr, PATde-fr and PATfr-de. Our systems use ensembles."
    assert _run(text, "PATde-fr") == "method"


@pytest.mark.parametrize("abstract,name", [
    ("We therefore introduce NegNLI, a challenge stress-test for inference over negated clauses.", "NegNLI"),
    ("Furthermore, we present CoordTest, a new testsuite for the evaluation of parsers on coordination.", "CoordTest"),
])
def test_test_suite_retypes_benchmark(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES54", raising=False)
    assert _run(abstract, name) == "benchmark"


def test_test_suite_leaves_framework_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES54", raising=False)
    # a framework for a challenge is a technique
    assert _run("We introduce GraspBot, a sim-to-real framework for this challenge.", "GraspBot") == "method"
