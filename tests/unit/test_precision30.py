"""Issue 10, session 27 (node precision), on invented sentences: a method defined as data becomes a dataset or a
benchmark, a method introduced as a new task becomes a task, a name glued to the next function word is dropped
(PAPERKG_PRECISION30, extract/precision30.py)."""

from __future__ import annotations

import pytest

from paperkg.extract.precision30 import (
    PRECISION_RULES30, data_definition30, glued_stem30, new_task30, retype_mentions30,
)
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity


def _entity(text: str, name: str, typ: str = "method", rule: str = "rule:name-shape", field: str = "abstract",
            entry: str | None = None, long_form: str | None = None) -> LocalEntity:
    mentions, at = [], 0
    while name in text[at:]:
        i = text.index(name, at)
        mentions.append(Mention(name, i, i + len(name), 0, rule, field=field))
        at = i + len(name)
    return LocalEntity(name, typ, "proposes", [], None, mentions, entry=entry, long_form=long_form)


@pytest.fixture
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION30", raising=False)


@pytest.mark.parametrize("text, name, typ", [
    ("Quarbix: A Multilingual Emotion Corpus based on Tweets", "Quarbix", "dataset"),
    ("Zelmo: A Large-Scale Benchmark for Tracking Any Pebble", "Zelmo", "benchmark"),
    ("We introduce ZORBA, a benchmark that pairs pictures with poems.", "ZORBA", "benchmark"),
    ("We present Quib++, a novel dataset for intent detection.", "Quib++", "dataset"),
    ("The Parallel-ZUT: a multilingual and multiformat treebank", "Parallel-ZUT", "dataset"),
    ("Zorbel (ZB) is a new corpus of court rulings.", "Zorbel", "dataset"),
])
def test_data_definition_retypes(on, text, name, typ):
    field = "title" if ":" in text else "abstract"
    e = _entity(text, name, field=field)
    assert retype_mentions30(text if field == "title" else None, "" if field == "title" else text, [e])[0].type == typ


@pytest.mark.parametrize("text, name", [
    ("We present Zelmo, a framework for creating benchmarks for any task.", "Zelmo"),  # a framework's phrase
    ("Our Zelmo, a transformer-based model trained on this dataset, wins.", "Zelmo"),  # a model
    ("We introduce Zelmo, a benchmark evaluation framework for parsers.", "Zelmo"),  # the noun is no head
    ("Zelmo: A Dataset and Models for Pebble Intention Estimation", "Zelmo"),  # also models
    ("We propose ZelmoNet, a dataset-free network.", "ZelmoNet"),  # a model's name
    ("Zelmo is a data augmentation method for parsing.", "Zelmo"),  # data augmentation
])
def test_data_definition_leaves_methods(on, text, name):
    assert data_definition30(text, text.index(name) + len(name)) is None or name == "ZelmoNet"
    e = _entity(text, name)
    assert retype_mentions30(None, text, [e])[0].type == "method"


def test_data_definition_leaves_listed_names(on):
    text = "We present Quib++, a novel dataset for intent detection."
    e = _entity(text, "Quib++", rule="gazetteer:curated", entry="quib")
    assert retype_mentions30(None, text, [e])[0].type == "method"


@pytest.mark.parametrize("text, name", [
    ("In this paper we propose a new task, Zorb Caption Editing (ZCE), which edits captions.", "Zorb Caption Editing"),
    ("We study a more practical scenario called Extreme Zorb Tagging (EZT), in which no labels exist.",
     "Extreme Zorb Tagging"),
    ("We propose a novel machine comprehension task, GuessZorb: given a paragraph, guess the pair.", "GuessZorb"),
    ("We analyse a new unexplored scenario, namely Source-Free Online Zorb Adaptation (SF-OZA).",
     "Source-Free Online Zorb Adaptation"),
])
def test_new_task_retypes(on, text, name):
    e = _entity(text, name)
    assert new_task30(text, text.index(name), text.index(name) + len(name))
    assert retype_mentions30(None, text, [e])[0].type == "task"


@pytest.mark.parametrize("text, name", [
    ("For a new task, ZorbHub can combine adapters without training.", "ZorbHub"),  # the subject of a clause
    ("We propose a novel paradigm called Zorb Distillation (ZD), which helps.", "Zorb Distillation"),  # a method
    ("To solve the task, ZorbNet uses attention.", "ZorbNet"),  # no "a new"
    ("We propose a novel learning paradigm, ZORB-NFSP, to solve games.", "ZORB-NFSP"),
])
def test_new_task_leaves_methods(on, text, name):
    e = _entity(text, name)
    assert retype_mentions30(None, text, [e])[0].type == "method"


@pytest.mark.parametrize("text, name", [
    ("We define ZORBL. We effectively adapt ZORBLon three downstream tasks.", "ZORBLon"),
    ("We applied QUIMBYin two visual recognition tasks, unlike QUIMBY alone.", "QUIMBYin"),
    ("The boost LSTM brought to NLPand hence to NLP tools.", "NLPand"),
])
def test_glued_word_dropped(on, text, name):
    assert glued_stem30(name, {"abstract": text})
    assert retype_mentions30(None, text, [_entity(text, name)]) == []


@pytest.mark.parametrize("text, name", [
    ("We propose MOODCat for image classifiers; MOODCat masks images.", "MOODCat"),  # the run never stands alone
    ("A new objective, coined LCMat, matches curvatures.", "LCMat"),
    ("We study QSin regularizers, and QS is a set.", "QSin"),  # a run of two
])
def test_glued_word_keeps_names(on, text, name):
    assert not glued_stem30(name, {"abstract": text})
    assert len(retype_mentions30(None, text, [_entity(text, name)])) == 1


@pytest.mark.parametrize("part", PRECISION_RULES30)
def test_parts_switch_off(monkeypatch, part):
    monkeypatch.setenv("PAPERKG_PRECISION30", part)
    cases = {"data-definition": ("We present Quib++, a novel dataset for intent detection.", "Quib++", "method"),
             "new-task": ("We propose a new task, Zorb Caption Editing (ZCE), which edits.", "Zorb Caption Editing",
                          "method"),
             "glued-word": ("We define ZORBL. We adapt ZORBLon three tasks.", "ZORBLon", "method")}
    text, name, typ = cases[part]
    [e] = retype_mentions30(None, text, [_entity(text, name)])
    assert e.type == typ


def test_all_off_returns_input(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION30", "off")
    text = "We present Quib++, a novel dataset for intent detection."
    ents = [_entity(text, "Quib++")]
    assert retype_mentions30(None, text, ents) is ents and ents[0].type == "method"


@pytest.mark.parametrize("text, name", [
    ("We propose a novel solution to this problem, Additive Zorb Learning (AZL), that uses attention.",
     "Additive Zorb Learning"),
    ("We also propose a new pre-training task named Noisy Zorb (NZ) for characters.", "Noisy Zorb"),
    ("We introduce a novel optimization problem, Contrastive Zorbing (CZ), which encodes negatives.",
     "Contrastive Zorbing"),
])
def test_new_task_leaves_objectives(on, text, name):
    assert not new_task30(text, text.index(name), text.index(name) + len(name))


def test_data_definition_participle_after_noun(on):
    text = "Zorbsocial: An Evaluation Dataset Constructed from Microblogs for Recommendation"
    e = _entity(text, "Zorbsocial", field="title")
    assert retype_mentions30(text, "", [e])[0].type == "dataset"
