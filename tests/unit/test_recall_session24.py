"""Parts of session 24 (issue 10): a language word before a lexical resource's name ("the Basque WordNet") names that
language's own resource, a data set (extract/recall_rules.py, section "session 24"). Sentences written for these tests
(invented), not taken from any gold file or corpus abstract; the end-to-end cases fail with the part switched off
(PAPERKG_RECALL24). The name tagger is switched off here, so that only the rule is read.
"""

from __future__ import annotations

import pytest
from extract_cases import entity_types as _entities  # tests/extract_cases.py

from paperkg.extract.recall_rules import RECALL_RULES24, language_resource_spans24

WORDNET = "We link the adjectives of the Frisian WordNet to a polarity lexicon and report agreement."
FRAMENET = "Annotators extended the Breton FrameNet with 300 new frames for motion verbs."
TREEBANK = "Our parser is trained on the Galician Dependency Treebank and tested on news text."


@pytest.fixture(autouse=True)
def _no_tagger(monkeypatch):
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")


def _spans(text):
    return [text[s:e] for s, e, _, _ in language_resource_spans24(text)]


@pytest.mark.parametrize("text, name", [(WORDNET, "Frisian WordNet"), (FRAMENET, "Breton FrameNet"),
                                        (TREEBANK, "Galician Dependency Treebank")])
def test_a_language_before_a_lexical_resource_is_part_of_the_name(text, name):
    assert _entities(text).get(name) == "dataset", _entities(text)


@pytest.mark.parametrize("text, name", [(WORDNET, "Frisian WordNet"), (FRAMENET, "Breton FrameNet")])
def test_the_language_resource_part_off(monkeypatch, text, name):
    monkeypatch.setenv("PAPERKG_RECALL24", "language-resource")
    assert name not in _entities(text)
    monkeypatch.setenv("PAPERKG_RECALL24", "off")
    assert name not in _entities(text)


def test_two_language_words_are_one_name():
    assert _spans("Glosses of the Breton Frisian WordNet were aligned.") == ["Breton Frisian WordNet"]
    # a capitalised word that is no language before it: the name starts there, other rules find it
    assert _spans("Glosses of the Ancient Greek WordNet were aligned.") == []


def test_no_language_english_an_earlier_name_or_an_indefinite_article():
    assert _spans("Senses come from the English WordNet and the Zorbic WordNet.") == []  # English; no language
    assert _spans("We use the Penn Arabic Treebank for training.") == []  # the name starts at Penn
    assert _spans("Developing an Arabic Treebank for dialects is hard.") == []  # a description
    assert _spans("DanNet, which is a Danish WordNet, holds synsets.") == []
    assert _spans("Using Arabic WordNet, we expand queries.") == ["Arabic WordNet"]  # a verb before it is no name
    assert _spans("The Arabic WordNet has 11,000 synsets.") == ["Arabic WordNet"]


def test_part_names_carry_the_session_suffix():
    assert RECALL_RULES24 == ("language-resource",)
