"""Session 31's coordination rule (extract/recall33.py, switch PAPERKG_RECALL33). Cases written for these tests."""

from __future__ import annotations

import pytest
from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall33
from paperkg.extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _rule(nlp, text):
    doc = nlp(text)
    return sorted((text[s:e], t, r) for s, e, t, r in doc._.rule_matches if r.startswith("rule:coord-"))


def test_plain_word_after_a_known_name_and_its_abbreviation(nlp):
    text = "We segment words with Byte Pair Encoding (BPE) and Zorfessor before training."
    assert _rule(nlp, text) == [("Zorfessor", "method", "rule:coord-plain")]


def test_plain_word_before_a_known_name(nlp):
    assert _rule(nlp, "We compare with Zorblax and Dropout on images.") == [("Zorblax", "method", "rule:coord-plain")]


def test_shaped_member_takes_the_known_type(nlp):
    text = "Scores on common tasks: sentiment analysis (SST, IMDb), question classification (TREC), entailment."
    assert ("SST", "dataset", "rule:coord-shaped") in _rule(nlp, text)


@pytest.mark.parametrize("text", [
    "We compare with Dropout and Zorblax Net on images.",  # a capitalised word continues the member
    "We compare with Dropout and Zorblax-style filters on images.",  # a hyphen continues it
    "We report Dropout and BLEU on images.",  # a metric
    "We use Dropout and English text.",  # a human language
    "We use Dropout and Gaussian noise.",  # a capitalised common adjective
    "We use Dropout and Section 3 explains it.",  # a word of prose
    "Results with Dropout and weather data.",  # a lower-case member
    "Zorblax and Quuxor are compared.",  # no known member
])
def test_other_coordinations_are_left_alone(nlp, text):
    assert _rule(nlp, text) == []


def test_part33_shapes():
    assert recall33._part33("PubMed") == "coord-shaped"
    assert recall33._part33("E2E") == "coord-shaped"
    assert recall33._part33("PDT-Vallex") == "coord-shaped"
    assert recall33._part33("Zorfessor") == "coord-plain"
    assert recall33._part33("Network") is None  # a corpus word
    assert recall33._part33("III") is None
    assert recall33._part33("GPUs") is None
    assert recall33._part33("1998") is None


def test_titles_are_left_alone():
    assert recall33.rule_spans33("Dropout and Zorblax", None, True, []) == []


def _names(abstract, monkeypatch, value=None):
    return names_under_switch(monkeypatch, "PAPERKG_RECALL33", value, abstract, "A study of subword units")


def test_switch_turns_parts_off(monkeypatch):
    abstract = ("We segment words with Byte Pair Encoding (BPE) and Zorfessor before training a translation "
                "model. Zorfessor gives shorter units than BPE on three language pairs.")
    assert "Zorfessor" in _names(abstract, monkeypatch)
    assert "Zorfessor" not in _names(abstract, monkeypatch, "coord-plain")
    assert "Zorfessor" not in _names(abstract, monkeypatch, "off")
