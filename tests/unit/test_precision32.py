"""precision32: lexical resources named as methods, glued clauses, citation keys, end-to-end technique definitions."""

from __future__ import annotations

import pytest

from paperkg.extract.precision32 import (
    CLAUSE_GLUE32,
    PRECISION_RULES32,
    in_citation32,
    lexical_resource32,
    retype_mentions32,
)
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity


@pytest.fixture(autouse=True)
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION32", raising=False)


def _entity(text: str, name: str, typ: str, rule: str = "rule:name-shape") -> LocalEntity:
    start = text.index(name)
    m = Mention(text=name, start=start, end=start + len(name), sentence=0, rule=rule)
    return LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None, mentions=[m])


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize("text", [
    "The synsets were taken from the existing Breton thesaurus Quorvex, which differs from WordNet.",
    "We focus on the Breton valence dictionary Quorvex.",
    "Breton WordNet Quorvex",
    "Senses were linked to the Breton ontology Quorvex to provide semantic information.",
    "We add pairs from Quorvex, a Breton lexical network, which organizes derivations.",
    "Quorvex: A Breton Morphological Lexicon Extracted from Wiktionary",
    "Quorvex is a multilingual Breton dictionary, with Welsh as a source language.",
    "We present Quorvex, the first diachronic knowledge base describing relations between characters.",
])
def test_lexical_resource_read(text):
    assert lexical_resource32(text, *_at(text, "Quorvex"))


@pytest.mark.parametrize("text", [
    "We introduce Quorvex, a novel dictionary-based approach that learns codes.",
    "Quorvex is an ontology algebra.",
    "Quorvex: An Open-source Online Reverse Dictionary System",
    "Quorvex: A Lexicon-supported Morphological Tagger",
    "We present Quorvex, an open-domain Breton knowledge base question answering system.",
    "We describe Quorvex, a system that exploits semantic knowledge bases that connect to data.",
    "The output of Quorvex is a high-quality knowledge base of triples.",
    "We learn an overcomplete dictionary Quorvex from patches.",  # dictionary learning
    "We evaluate on the Breton corpus Quorvex and the news set.",  # corpus is left to other rules
])
def test_lexical_resource_left(text):
    assert not lexical_resource32(text, *_at(text, "Quorvex"))


@pytest.mark.parametrize("name", [
    "ICF, we construct a novel self-supervised SISR framework",
    "this paper introduces a novel Temporal-Spatial Encoder Network",
    "propose a new copy mechanism",
    "REG from a pragmatic perspective, introducing a new",
    "Introducing QVX",
    "QuorvexData We",
    "resulting in our model for learning representations",
    "specifically, on the mix of English with Breton",
])
def test_clause_glue_read(name):
    assert CLAUSE_GLUE32.search(name)


@pytest.mark.parametrize("name", [
    "Explore-Propose-Assemble reader",
    "Propose-and-Attend Single Shot Detector",
    "Helping Our Own shared task",
    "We-Net",
    "Weighted Quorvex Network",
    "Proposal Networks",
])
def test_clause_glue_left(name):
    assert not CLAUSE_GLUE32.search(name)


def test_citation_keys():
    text = r"Rooted in the work of \cite{Hinton1986,LeCun1985,Alex2012}, networks learn. See \citep[p.~3]{QuorvexKa20}."
    assert in_citation32(text, *_at(text, "LeCun1985"))
    assert in_citation32(text, *_at(text, "QuorvexKa20"))
    text = "We compare with Quorvex2020 and LeCun1985 {as cited}."
    assert not in_citation32(text, *_at(text, "Quorvex2020"))


def test_retype_and_drop_through_entry_point():
    text = ("We take senses from the Breton thesaurus Quorvex. We develop a novel end-to-end model, Zelbar, to track "
            r"hands \cite{Mopsy2019}. In this paper, we propose a deep fusion network that works.")
    entities = [
        _entity(text, "Quorvex", "method"),
        _entity(text, "Zelbar", "dataset"),
        _entity(text, "Mopsy2019", "method"),
        _entity(text, "we propose a deep fusion network", "method", rule="abbreviation"),
    ]
    out = retype_mentions32(None, text, entities)
    assert [(e.name, e.type) for e in out] == [("Quorvex", "dataset"), ("Zelbar", "method")]


def test_listed_names_keep_their_type():
    text = "We take senses from the Breton thesaurus Quorvex."
    e = _entity(text, "Quorvex", "method", rule="gazetteer:curated")
    assert retype_mentions32(None, text, [e])[0].type == "method"


@pytest.mark.parametrize("parts", ["off", ",".join(PRECISION_RULES32)])
def test_switch_off(monkeypatch, parts):
    monkeypatch.setenv("PAPERKG_PRECISION32", parts)
    text = r"We take senses from the Breton thesaurus Quorvex \cite{Mopsy2019}."
    out = retype_mentions32(None, text, [_entity(text, "Quorvex", "method"), _entity(text, "Mopsy2019", "method")])
    assert [(e.name, e.type) for e in out] == [("Quorvex", "method"), ("Mopsy2019", "method")]


def test_one_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION32", "lexical-resource")
    text = r"We take senses from the Breton thesaurus Quorvex \cite{Mopsy2019}."
    out = retype_mentions32(None, text, [_entity(text, "Quorvex", "method"), _entity(text, "Mopsy2019", "method")])
    assert [(e.name, e.type) for e in out] == [("Quorvex", "method")]


def test_listed_glued_name_kept():
    # A mined entry named with its clause still names the thing a paper writes by its short form.
    text = "To address this issue, we introduce QVX, a general framework to certify networks."
    e = _entity(text, "QVX", "method", rule="rule:listed")
    e.name = "challenges together, we propose a novel news framework"
    assert retype_mentions32(None, text, [e]) == [e]
