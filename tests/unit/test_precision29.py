"""Issue 10, session 26 (node precision, real names with the wrong type), on invented sentences: a method written as a
metric or as a task's subject, and a task named like a model, are retyped (PAPERKG_PRECISION29, extract/precision29.py)."""

from __future__ import annotations

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.precision29 import (
    PRECISION_RULES29, metric_cued29, model_headed29, retype_mentions29, scorer29, task_cued29,
)
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _types(abstract: str, title: str | None = None) -> dict[str, str]:
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: e.type for e in paper.entities}


def _entity(text: str, name: str, typ: str = "method", rule: str = "rule:name-shape", role: str = "uses",
            long_form: str | None = None, entry: str | None = None) -> LocalEntity:
    mentions, at = [], 0
    while name in text[at:]:
        i = text.index(name, at)
        mentions.append(Mention(name, i, i + len(name), 0, rule))
        at = i + len(name)
    return LocalEntity(name, typ, role, [], None, mentions, entry=entry, long_form=long_form)


@pytest.fixture
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION29", raising=False)


@pytest.mark.parametrize("text, name", [
    ("Our system reaches a ZorbEval score of 0.71 on the test set.", "ZorbEval"),
    ("We compare the QuimMatch metric with human ratings.", "QuimMatch"),
    ("Unlike the ZQA/ZQB metrics, ours is robust.", "ZQA/ZQB"),
    ("We propose a novel metric, Zembra Fidelity Index, that tracks drift.", "Zembra Fidelity Index"),
    ("Our proposed metric, Quorble, correlates with people.", "Quorble"),
    ("Zorbic Overlap (ZO) scores correlate well with human judgments.", "Zorbic Overlap"),
])
def test_metric_noun_retypes(on, text, name):
    e = _entity(text, name)
    assert metric_cued29(e, {"abstract": text})
    assert retype_mentions29(None, text, [e])[0].type == "metric"


@pytest.mark.parametrize("text, name", [
    ("On the test set ZorbTrack scores 82.0 in accuracy.", "ZorbTrack"),  # "scores" the verb
    ("Next, ZorbNet scores the candidate spans.", "ZorbNet"),  # a verb with an object
    ("We train a Quimbly score estimation head.", "Quimbly"),  # "score estimation": a noun compound
    ("We use QuimMatch metric learning for retrieval.", "QuimMatch"),  # metric learning
])
def test_metric_noun_leaves_verbs_and_compounds(on, text, name):
    e = _entity(text, name)
    assert not metric_cued29(e, {"abstract": text})
    assert retype_mentions29(None, text, [e])[0].type == "method"


def test_metric_noun_leaves_a_listed_name(on):
    text = "Our captions reach a higher ZorbCap score than before."
    listed = _entity(text, "ZorbCap", rule="gazetteer:curated")
    assert retype_mentions29(None, text, [listed])[0].type == "method"
    entry = _entity(text, "ZorbCap", entry="method:zorbcap")
    assert retype_mentions29(None, text, [entry])[0].type == "method"


@pytest.mark.parametrize("text, name", [
    ("Zembra Judgment Prediction (ZJP) aims to predict the verdict from the facts.", "Zembra Judgment Prediction"),
    ("Blind quorble super-resolution is a challenging ill-posed problem.", "Blind quorble super-resolution"),
    ("Recently, Multi-view Zorb Linking has attracted increasing attention.", "Multi-view Zorb Linking"),
    ("In this paper we focus on Few-shot Quorble Graph Completion, a hard setting.", "Few-shot Quorble Graph Completion"),
    ("Multi Zembra Compression (MZC) is of great value to many applications.", "Multi Zembra Compression"),
])
def test_task_predicate_retypes(on, text, name):
    e = _entity(text, name, rule="abbreviation")
    assert task_cued29(e, {"abstract": text})
    assert retype_mentions29(None, text, [e])[0].type == "task"


def test_task_predicate_guards(on):
    text = "Zembra Edge Detection (ZED) aims to find thin edges. ZED beats all."
    proposed = _entity(text, "Zembra Edge Detection", rule="abbreviation", role="proposes")
    assert retype_mentions29(None, text, [proposed])[0].type == "method"  # the paper's own method named after a task
    other_head = "Zembra Spectral Warping (ZSW) aims to align two signals."
    assert retype_mentions29(None, other_head, [_entity(other_head, "Zembra Spectral Warping")])[0].type == "method"
    no_cue = "We apply Zembra Edge Detection to the images."
    assert retype_mentions29(None, no_cue, [_entity(no_cue, "Zembra Edge Detection")])[0].type == "method"
    # the long form decides the head when the entity is named by its short form
    short = _entity("ZJP aims to predict the verdict.", "ZJP", long_form="Zembra Judgment Prediction")
    assert retype_mentions29(None, "ZJP aims to predict the verdict.", [short])[0].type == "task"


@pytest.mark.parametrize("name, headed", [
    ("beta quorble hidden Markov model", True), ("generalized zembra models", True), ("second-order methods", True),
    ("social zorb networks", True), ("Quorble Judgment Prediction", False), ("model", False),
])
def test_model_head(name, headed):
    assert model_headed29(name) is headed


def test_model_head_task_retypes(on):
    text = "We develop samplers for the beta quorble hidden Markov model (BQ-HMM)."
    e = _entity(text, "beta quorble hidden Markov model", typ="task", rule="abbreviation")
    assert retype_mentions29(None, text, [e])[0].type == "method"
    kept = _entity("Zorb detection is hard.", "Zorb detection", typ="task")
    assert retype_mentions29(None, "Zorb detection is hard.", [kept])[0].type == "task"


def test_parts_switch_off_by_name(monkeypatch):
    text = "Our system reaches a ZorbEval score of 0.71. Second-order zembra methods converge fast."
    metric = _entity(text, "ZorbEval")
    task = _entity(text, "Second-order zembra methods", typ="task")
    monkeypatch.setenv("PAPERKG_PRECISION29", "metric-noun")
    assert [e.type for e in retype_mentions29(None, text, [metric, task])] == ["method", "method"]
    metric.type, task.type = "method", "task"
    monkeypatch.setenv("PAPERKG_PRECISION29", "off")
    assert [e.type for e in retype_mentions29(None, text, [metric, task])] == ["method", "task"]
    assert PRECISION_RULES29 == ("metric-noun", "task-predicate", "model-head-task", "metric-scorer")


def test_pipeline_and_switch(monkeypatch):
    text = "We introduce a new benchmark. Systems are ranked by the QuorbMatch score of their answers."
    monkeypatch.delenv("PAPERKG_PRECISION29", raising=False)
    on = _types(text)
    monkeypatch.setenv("PAPERKG_PRECISION29", "off")
    off = _types(text)
    assert off.get("QuorbMatch") == "method"
    assert on.get("QuorbMatch") == "metric"


# metric-scorer (session 26 round two): things that score but are no evaluation metric keep their type.
@pytest.mark.parametrize("text, name, long_form", [
    ("Active learners often pick points by maximising the ZORQ score of each candidate.", "ZORQ", None),
    ("We give tighter bounds for the Bayesian quorble uniform (BQU) score of a graph.", "Bayesian quorble uniform",
     None),
    ("We speed up local score computation with a linear Zembra BIC score, as well as pruning.", "Zembra BIC", None),
    ("We propose Quorb Token Weight (QTW) scores, which are learnt from a corpus. QTW scores correlate with reading.",
     "QTW", "Quorb Token Weight"),
    ("The tracker combines the ZLFD metric, target dynamics and appearance.", "ZLFD", "Zembra Local Flow Descriptor"),
    ("Then the Zorbic Lexical Model (ZLM) scores are used to filter the input.", "Zorbic Lexical Model", None),
    ("We compare the ZQ acquisition function with the ZORQ score of each batch.", "ZORQ", None),
])
def test_metric_scorer_keeps_scores_that_are_no_metric(on, monkeypatch, text, name, long_form):
    e = _entity(text, name, long_form=long_form)
    assert metric_cued29(e, {"abstract": text}) and scorer29(e, {"abstract": text})
    assert retype_mentions29(None, text, [e])[0].type == "method"
    monkeypatch.setenv("PAPERKG_PRECISION29", "metric-scorer")  # the guard off: the old part retypes it
    assert retype_mentions29(None, text, [_entity(text, name, long_form=long_form)])[0].type == "metric"


@pytest.mark.parametrize("text, name, long_form", [
    ("We propose a new metric, Zorbic Overlap Rate (ZOR), which correlates with human ratings.", "Zorbic Overlap Rate",
     None),
    ("Our system reaches a ZorbEval score of 0.71 on the test set.", "ZorbEval", None),
    ("We introduce a PAC-Zembra metric, QuorbTran, for transferability. QuorbTran metrics are cheap.", "QuorbTran",
     None),
    ("Models are trained to maximise likelihood; the ZorbEval score of their output is reported.", "ZorbEval", None),
])
def test_metric_scorer_leaves_evaluation_metrics(on, text, name, long_form):
    e = _entity(text, name, long_form=long_form)
    assert not scorer29(e, {"abstract": text})
    assert retype_mentions29(None, text, [e])[0].type == "metric"
