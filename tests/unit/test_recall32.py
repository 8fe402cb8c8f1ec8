"""Session 30's list rule (extract/recall32.py, switch PAPERKG_RECALL32). Cases written for these tests."""

from __future__ import annotations

import pytest
from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall32
from paperkg.extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _rule(nlp, text):
    doc = nlp(text)
    return sorted((text[s:e], t) for s, e, t, r in doc._.rule_matches if r == "rule:kind-list")


def test_lower_case_items_with_a_class_head(nlp):
    text = ("Earlier work used models such as the hidden tree process, the Kowalski process and a sparse "
            "hashing autoencoder for this.")
    # "the Kowalski process" is the eponym rules' match already: not a second span
    assert _rule(nlp, text) == [("hidden tree process", "method"), ("sparse hashing autoencoder", "method")]


def test_last_item_ends_before_a_clause(nlp):
    text = "Classic approaches, e.g. recursive partition trees and stacked hinge regression are too slow."
    assert _rule(nlp, text) == [("stacked hinge regression", "method")]


def test_a_known_member_admits_no_other_head(nlp):
    # "principal component analysis" is listed, "estimation" is no class head: no span (the corpus sample said so)
    text = "We compare methods such as principal component analysis and spectral grouping estimation on graphs."
    assert _rule(nlp, text) == []


@pytest.mark.parametrize("text", [
    "We compare approaches such as data augmentation schemes and existing regression models.",  # generic first words
    "We study models such as neural-network-based inference models here.",  # a generic part of the first word
    "Models such as ours, but these models are slow.",  # a clause after the list
    "We compare methods such as principal component analysis combined with sparse coding.",  # part of a known name
    "Tasks such as relation extraction models are hard.",  # no plural kind noun before the opener
    "We use models such as hidden tree.",  # one word without a class head
    "We use models such as The Kowalski Process.",  # capitalised words after the first
    "We use algorithms such as graph convolutional neural networks and vanilla ridge regression.",  # generic
    "We use methods such as hashing algorithms and planar splitting algorithm.",  # no class head
    "We use models such as hidden tree processes and sparse hashing autoencoders.",  # plural heads: classes
    "We use models such as variants of gradient descent and the Zorbly case model.",  # a kind word; three capitalised
])
def test_other_lists_are_left_alone(nlp, text):
    assert _rule(nlp, text) == []


def _names(abstract, monkeypatch, value=None):
    return names_under_switch(monkeypatch, "PAPERKG_RECALL32", value, abstract, "A study of relational data")


def test_switch_turns_parts_off(monkeypatch):
    abstract = "Relational data are fitted by models such as the hidden tree process and the Kowalski process."
    on = _names(abstract, monkeypatch)
    assert "hidden tree process" in on
    assert "hidden tree process" not in _names(abstract, monkeypatch, "kind-list")
    assert "hidden tree process" not in _names(abstract, monkeypatch, "off")
