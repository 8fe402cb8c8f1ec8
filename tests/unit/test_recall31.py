"""Session 29's span rules (extract/recall31.py, switch PAPERKG_RECALL31). Cases written for these tests."""

from __future__ import annotations

import pytest
from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall31
from paperkg.extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _rule(nlp, text, rule):
    doc = nlp(text)
    return sorted((text[s:e], t) for s, e, t, r in doc._.rule_matches if r == rule)


def test_variant_adjective_before_an_eponymous_technique(nlp):
    text = "We precondition with an incomplete Cholesky decomposition before a randomized Kaczmarz step."
    assert _rule(nlp, text, "rule:eponym-variant") == [("incomplete Cholesky decomposition", "method")]


def test_eponym_variant_keeps_the_method_noun(nlp):
    # the eponym rule ends before "method"/"algorithm"; the variant's name keeps the noun
    text = "Each step solves a subproblem by a truncated Kowalski method, then by a regularized Hubert’s algorithm."
    assert _rule(nlp, text, "rule:eponym-variant") == [("regularized Hubert’s algorithm", "method"),
                                                         ("truncated Kowalski method", "method")]


def test_eponym_variant_leaves_listed_names_to_recall30(nlp):
    # "Gibbs sampler" is a listed name: recall30's variant-modifier span stands, no second one with the noun
    text = "We derive a generalized Gibbs sampler algorithm for the posterior."
    assert _rule(nlp, text, "rule:eponym-variant") == []
    assert _rule(nlp, text, "rule:variant-modifier") == [("generalized Gibbs sampler", "method")]


@pytest.mark.parametrize("text", [
    "We precondition with a cheap Cholesky decomposition here.",  # "cheap" is no variant adjective
    "We precondition with a non-sparse Cholesky decomposition here.",  # the adjective is part of a longer word
    "The Regularized Kowalski method is used.",  # a capitalised adjective: a title phrase
    "We give an efficient and robust Kowalski method.",  # coordinated adjectives: a description
    "It is an inverse-free truncated Kowalski method.",  # a hyphenated word before: a longer name
])
def test_eponym_variant_leaves_other_phrases_alone(nlp, text):
    assert _rule(nlp, text, "rule:eponym-variant") == []


def _data(nlp, text):
    doc = nlp.make_doc(text)
    for _, pipe in nlp.pipeline[:3]:  # sentences, abbreviations, gazetteer: the context rules' inputs
        doc = pipe(doc)
    from paperkg.extract import recall30
    return [(text[s:e], t) for s, e, t, _ in recall31.data_variant_spans31(text, recall30.gazetteer_anchors30(doc))]


def test_data_variant_after_a_determiner_or_preposition(nlp):
    text = "Forgetting is measured on permuted MNIST, the rotated MNIST and (Split CIFAR-100) streams."
    assert [n for n, _ in _data(nlp, text)] == ["permuted MNIST", "rotated MNIST", "Split CIFAR-100"]


@pytest.mark.parametrize("text", [
    "We split CIFAR-10 into two halves.",  # a verb after its subject
    "Images were rotated MNIST style.",  # a verb after an auxiliary
    "We report noisy MNIST results.",  # not a benchmark-forming word
    "Results on split Zorblax are given.",  # not a listed data name
    "Results on split CIFAR-100-style data are given.",  # a longer word goes on with a hyphen
])
def test_data_variant_leaves_other_phrases_alone(nlp, text):
    assert _data(nlp, text) == []


def _names(abstract, monkeypatch, value=None):
    return names_under_switch(monkeypatch, "PAPERKG_RECALL31", value, abstract, "A study of forgetting")


def test_switch_turns_parts_off(monkeypatch):
    # recall53 (session 43) finds the listed "Permuted MNIST" in any case on its own: off, to see recall31's parts
    monkeypatch.setenv("PAPERKG_RECALL53", "off")
    abstract = ("We precondition the solver with an incomplete Cholesky decomposition. "
                "Continual learners are compared on permuted MNIST with replay.")
    on = _names(abstract, monkeypatch)
    assert {"incomplete Cholesky decomposition", "permuted MNIST"} <= on
    one_off = _names(abstract, monkeypatch, "data-variant")
    assert "permuted MNIST" not in one_off and "incomplete Cholesky decomposition" in one_off
    off = _names(abstract, monkeypatch, "off")
    assert "incomplete Cholesky decomposition" not in off and "permuted MNIST" not in off
