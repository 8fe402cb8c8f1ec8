"""types56: emphasised data names, lexical-resource heads and versions of a paper's data set, typed method."""

from __future__ import annotations

import pytest

from extract_cases import proposed_entity as _entity  # tests/extract_cases.py
from paperkg.extract.types56 import retype_resources56


def _run(abstract: str, name: str, etype: str = "method", title: str = "A title", others=()):
    ents = [_entity(abstract, name, etype)] + [_entity(abstract, n, t) for n, t in others]
    return retype_resources56(title, abstract, ents)


# -- md-apposed ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name,want", [
    ("Further, we build **MarshTalk**, a large-scale and noisy corpus for wetland radio.", "MarshTalk", "dataset"),
    ("We release *OwlQA*: a new visual question answering dataset of night images.", "OwlQA", "dataset"),
    ("We introduce **GlyphBench** (**GB**), a benchmark for reading ancient scripts.", "GlyphBench", "benchmark"),
    ("We present **TideLog**\u2014a long-horizon (12K days) sensor dataset collected at sea.", "TideLog",
     "dataset"),
])
def test_md_apposed_retypes(abstract, name, want, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES56", raising=False)
    assert [e.type for e in _run(abstract, name)] == [want]


@pytest.mark.parametrize("abstract,name", [
    ("We propose **MarshNet**, a large-scale dataset distillation method for wetlands.", "MarshNet"),
    ("We propose **OwlFormer**, a new framework for night images.", "OwlFormer"),
    ("We propose OwlMix, a new dataset for night images.", "OwlMix"),  # no emphasis: the older rules' case
])
def test_md_apposed_leaves_alone(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES56", raising=False)
    assert [e.type for e in _run(abstract, name)] == ["method"]


# -- lex-resource --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("abstract,name", [
    ("Scores were derived from the Q-AFFECT word list and a set of forum posts.", "Q-AFFECT"),
    ("Adverse events were mapped to CliniTerm, a medical terminology used by regulators.", "CliniTerm"),
    ("We link our entries to the HarborOnto ontology of port logistics.", "HarborOnto"),
    ("Synonyms come from LexiGrid, a multilingual thesaurus covering 40 languages.", "LexiGrid"),
    ("Senses are taken from VerbaNet, a multilingual encyclopedic dictionary.", "VerbaNet"),
    ("We release QuillKG, a new commonsense knowledge graph with 80K rules.", "QuillKG"),
    ("Texts come from ScrollHub, a public online repository of 9,000 legal scrolls.", "ScrollHub"),
    ("PolarDe is a freely available German resource for sentiment analysis.", "PolarDe"),
])
def test_lex_resource_retypes(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES56", raising=False)
    assert [e.type for e in _run(abstract, name)] == ["dataset"]


@pytest.mark.parametrize("abstract,name", [
    ("The tool helps populate a CAMX ontology from expert notes.", "CAMX"),  # "a X ontology": X a modifier
    ("We present LinkBox, an ontology-based extraction pipeline.", "LinkBox"),  # the head does not end
    ("We extend the lexicon of the PARSO system, growing the PARSO lexicon by half.", "PARSO"),  # software
    ("We propose GridNet, a dictionary learning network.", "GridNet"),
    ("The output of MineKB is a large knowledge base of facts.", "MineKB"),  # not the copula's subject
    ("We present CodeHub, a repository for sharing model weights.", "CodeHub"),  # "repository" without "of"
])
def test_lex_resource_leaves_alone(abstract, name, monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES56", raising=False)
    assert [e.type for e in _run(abstract, name)] == ["method"]


# -- version-of ----------------------------------------------------------------------------------------------------

def test_version_of_known_data(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES56", raising=False)
    abstract = ("We test on TriviaSet and on TriviaSet-FR, the French translation of TriviaSet, where gains are "
                "largest.")
    ents = [_entity(abstract, "TriviaSet-FR", "method"),
            _entity(abstract, "TriviaSet", "dataset", at=abstract.index("TriviaSet "))]
    assert [e.type for e in retype_resources56("A title", abstract, ents)] == ["dataset", "dataset"]


def test_version_of_a_technique_stays(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES56", raising=False)
    abstract = "We propose FastFold, a faster variant of FoldSort that needs no labels, tested on PebbleSet."
    ents = [_entity(abstract, "FastFold", "method"), _entity(abstract, "FoldSort", "method"),
            _entity(abstract, "PebbleSet", "dataset")]
    assert [e.type for e in retype_resources56("A title", abstract, ents)] == ["method", "method", "dataset"]


# -- switch --------------------------------------------------------------------------------------------------------

def test_switch_off_restores(monkeypatch):
    abstract = "Scores were derived from the Q-AFFECT word list and a set of forum posts."
    monkeypatch.setenv("PAPERKG_TYPES56", "0")
    assert [e.type for e in _run(abstract, "Q-AFFECT")] == ["method"]
    monkeypatch.setenv("PAPERKG_TYPES56", "off")
    assert [e.type for e in _run(abstract, "Q-AFFECT")] == ["method"]


def test_one_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES56", "lex-resource")
    assert [e.type for e in _run("Scores come from the Q-AFFECT word list.", "Q-AFFECT")] == ["method"]
    assert [e.type for e in _run("We build **MarshTalk**, a noisy corpus of radio.", "MarshTalk")] == ["dataset"]
