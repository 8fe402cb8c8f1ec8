"""Parts of session 24 (issue 10): a language word before a lexical resource's name ("the Basque WordNet") names that
language's own resource, a data set; a coined name typed only by its shape and named only as the place of a result
("better performance on ZorbQA and GlimTex") is a benchmark (extract/recall_rules.py, section "session 24"). Sentences written for these tests
(invented), not taken from any gold file or corpus abstract; the end-to-end cases fail with the part switched off
(PAPERKG_RECALL24). The name tagger is switched off here, so that only the rule is read.
"""

from __future__ import annotations

import pytest
from extract_cases import entity_types as _entities  # tests/extract_cases.py

from paperkg.extract.recall_rules import EVAL_ON24, RECALL_RULES24, evaluated_on_type24, language_resource_spans24

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


EVAL_ON = ("We present a graph encoder for tables. Our encoder gives better performance on ZorbTab and GlimTex than "
           "strong baselines, and it keeps its accuracy on a harder version of ZorbTab.")


def test_names_only_after_a_result_phrase_are_benchmarks():
    found = _entities(EVAL_ON)
    assert found.get("ZorbTab") == "benchmark" and found.get("GlimTex") == "benchmark", found


def test_the_eval_on_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL24", "eval-on")
    found = _entities(EVAL_ON)
    assert found.get("ZorbTab") != "benchmark" and found.get("GlimTex") != "benchmark", found


def test_eval_on_phrases():
    for before in ("state-of-the-art results on ", "experiments on the Glorp, Vantrell and ", "a 3% gain on ",
                   "evaluated on a small subset of "):
        assert EVAL_ON24.search(before), before
    for before in ("we apply it on ", "built on ", "we propose "):
        assert not EVAL_ON24.search(before), before


def test_eval_on_keeps_proposals_networks_and_other_sources():
    text = {"abstract": "It gains 4% accuracy on QuibNet. It shows gains on ZorbTab."}
    at = lambda name: [("abstract", text["abstract"].index(name), text["abstract"].index(name) + len(name))]
    assert evaluated_on_type24("method", ["rule:name-shape"], at("ZorbTab"), text) == "benchmark"
    assert evaluated_on_type24("method", ["rule:name-shape"], at("QuibNet"), text) is None  # a network's name
    assert evaluated_on_type24("model", ["rule:name-shape"], at("ZorbTab"), text) is None
    assert evaluated_on_type24("method", ["rule:appositive"], at("ZorbTab"), text) is None  # a context rule typed it
    also = {"abstract": "ZorbTab is fast. It gains 4% accuracy on ZorbTab."}
    spans = [("abstract", 0, 7), ("abstract", also["abstract"].rindex("ZorbTab"), len(also["abstract"]) - 1)]
    assert evaluated_on_type24("method", ["rule:name-shape"] * 2, spans, also) is None  # not every mention


def test_part_names_carry_the_session_suffix():
    assert RECALL_RULES24 == ("language-resource", "eval-on", "which-we-call", "proposed-lower")


WHICH_WE_CALL = ("We study latent confounders. This approach, which we term glimmer conditioning, adjusts for them. We "
                 "also add a technique that we call the sparse frob loss.")


def test_a_lower_case_name_after_which_we_call_is_a_method():
    found = _entities(WHICH_WE_CALL)
    assert found.get("glimmer conditioning") == "method" and found.get("sparse frob loss") == "method", found


def test_the_which_we_call_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL24", "which-we-call")
    found = _entities(WHICH_WE_CALL)
    assert "glimmer conditioning" not in found and "sparse frob loss" not in found, found


def test_which_we_call_needs_a_technique_noun_and_no_adjective():
    from paperkg.extract.recall_rules import which_we_call_spans24
    spans = lambda t: [t[a:b] for a, b, _, _ in which_we_call_spans24(t)]
    assert spans("These regions, which we call glimmer zones, are rare.") == []  # no technique noun
    assert spans("A family of networks that we call frob-learnable is studied.") == []  # an adjective
    assert spans("Our method, which we call “glimmer pooling”, is fast.") == ["glimmer pooling"]


PROPOSED = ("We present glimmer skip-gram: a neural-probabilistic model for learning word senses. In experiments "
            "glimmer skip-gram improves results.")


def test_a_proposed_lower_case_name_with_a_technique_appositive_is_a_method():
    assert _entities(PROPOSED).get("glimmer skip-gram") == "method", _entities(PROPOSED)


def test_the_proposed_lower_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL24", "proposed-lower")
    assert "glimmer skip-gram" not in _entities(PROPOSED)


def test_proposed_lower_needs_a_technique_head_and_no_count():
    from paperkg.extract.recall_rules import proposed_lower_spans24
    spans = lambda t: [t[a:b] for a, b, _, _ in proposed_lower_spans24(t)]
    assert spans("In this paper we propose frob adaptation, a simple method for transfer.") == ["frob adaptation"]
    assert spans("We propose frob parity, a fairness notion that requires balance.") == []  # no technique head
    assert spans("We propose two approaches: an unsupervised approach and a rule-based one.") == []  # a count
    assert spans("We introduce the concept of frob, a mechanism for routing.") == []
    assert spans("We propose frobbing, a method for routing.") == []  # one word without a hyphen: too loose
