"""types53: a method-typed name its paper writes as the new task it proposes, retyped task."""

from __future__ import annotations

import pytest

from paperkg.extract.records import Entity, Mention
from paperkg.extract.types53 import retype_new_tasks53


def _run(abstract: str, name: str, etype: str = "method", title: str = "A title"):
    starts = [i for i in range(len(abstract)) if abstract.startswith(name, i)]
    e = Entity(id=f"{etype}:{name.lower()}", name=name, type=etype, role="proposes",
               mentions=[Mention(name, s, s + len(name), 0, "rule:test", "abstract") for s in starts])
    return retype_new_tasks53(title, abstract, [e])


@pytest.mark.parametrize("abstract,name", [
    # after the name: "as a new ... task", a dash, a comma
    ("We broaden the scope and propose Paragraph-level Rewriting (ParaRew) as a new writing assistance task.",
     "Paragraph-level Rewriting"),
    ("We introduce SLEW (Story Lines Element Work) \u2013 a novel NLP task for detecting story elements in text.",
     "SLEW"),
    ("We study Gloss2Sign, a new task in which a model renders glosses as signing avatars.", "Gloss2Sign"),
    # before the name, after a proposal or study verb
    ("In this paper, we propose a novel task, **D**ocument **I**mage to **Markdown** (**DIM2Markdown**), which "
     "aims to translate page images.", "DIM2Markdown"),
    ("We first propose a novel task\u2014Continuously-refreshed QA (CrQA)\u2014in which many updates are made.",
     "Continuously-refreshed QA"),
    ("In this paper, we investigate a new visual repair task, termed as painting objects in empty scenes (POES).",
     "painting objects in empty scenes"),
    ("We introduce a new task---text-driven texture transfer (TDTT)---to change textures.", "TDTT"),
    # "X models" in the plural are the techniques for the task, not the paper's own technique
    ("We propose Paragraph Rewriting as a new writing task. We evaluate Paragraph Rewriting models on it.",
     "Paragraph Rewriting"),
])
def test_new_task_retypes_task(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES53", raising=False)
    assert [e.type for e in _run(abstract, name)] == ["task"]


@pytest.mark.parametrize("abstract,name,etype", [
    # "a new task" is what a technique adapts to, not a name's kind
    ("With just a few examples from a new task, HubMix can combine adapter modules.", "HubMix", "method"),
    # a training objective is a task too
    ("We propose a novel pre-training task, Masked Span Restoration (MSR), to learn span representations.",
     "Masked Span Restoration", "method"),
    ("We propose Span Swap, a novel auxiliary task for sentence encoders.", "Span Swap", "method"),
    # a technique noun follows "task": the phrase names a technique
    ("We propose ClipMorph, a novel task weighting algorithm for multi-task learning.", "ClipMorph", "method"),
    # the bracket after "a new task, ..." closes a clause, not the task's long form
    ("We propose a new task, and we design a compact model (ComMo) for it.", "ComMo", "method"),
    # the paper writes the name as its technique
    ("We propose GridTalk as a new dialogue task. Our GridTalk model reaches 80% accuracy.", "GridTalk", "method"),
    # a name headed by a technique noun
    ("We propose Relay Network as a new relay task.", "Relay Network", "method"),
    # only method-typed names are read
    ("We release CubeQA as a new reasoning task.", "CubeQA", "benchmark"),
])
def test_new_task_leaves_alone(abstract, name, etype, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES53", raising=False)
    assert [e.type for e in _run(abstract, name, etype)] == [etype]


@pytest.mark.parametrize("value", ["off", "0", "new-task"])
def test_switch_off_restores_old_type(value, monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES53", value)
    abstract = "We broaden the scope and propose Paragraph-level Rewriting (ParaRew) as a new writing assistance task."
    assert [e.type for e in _run(abstract, "Paragraph-level Rewriting")] == ["method"]


def test_switch_is_listed():
    from paperkg.extract.switches import OUTPUT_SWITCHES

    assert "PAPERKG_TYPES53" in OUTPUT_SWITCHES


def test_pipeline_retypes_and_switch_off_restores(monkeypatch):
    from paperkg.extract.pipeline import extract_papers
    from paperkg.extract.records import Paper

    paper = Paper(id="t53", title="Drafts to sentences",
                  abstract="We broaden the scope and propose Paragraph-level Rewriting (ParaRew) as a new writing "
                           "assistance task. We collect a corpus for ParaRew and train baselines.")
    monkeypatch.setenv("PAPERKG_COMPILED", "0")
    monkeypatch.delenv("PAPERKG_TYPES53", raising=False)
    on = {e.name: e.type for e in extract_papers([paper])[0].entities}
    monkeypatch.setenv("PAPERKG_TYPES53", "0")
    off = {e.name: e.type for e in extract_papers([paper])[0].entities}
    assert on.get("Paragraph-level Rewriting") == "task"
    assert off.get("Paragraph-level Rewriting") == "method"


def test_new_task_data_is_default_off(monkeypatch):
    abstract = "In this work, we propose a novel task, Cube Slot Finding (CSF), in dialogue systems."
    monkeypatch.delenv("PAPERKG_TYPES53", raising=False)
    assert [e.type for e in _run(abstract, "Cube Slot Finding", "benchmark")] == ["benchmark"]
    monkeypatch.setenv("PAPERKG_TYPES53", "on:new-task-data")
    assert [e.type for e in _run(abstract, "Cube Slot Finding", "benchmark")] == ["task"]
    # an evaluation task is a benchmark, and so is a name the paper writes as data
    assert [e.type for e in _run("We introduce CubeEval, a novel intrinsic evaluation task for embeddings.",
                                 "CubeEval", "benchmark")] == ["benchmark"]
    assert [e.type for e in _run("We propose a novel task, CubeQA. Results on CubeQA show gains.",
                                 "CubeQA", "dataset")] == ["dataset"]
