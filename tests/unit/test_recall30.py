"""Session 28's span rules (extract/recall30.py, switch PAPERKG_RECALL30). Cases written for these tests."""

from __future__ import annotations

import pytest
from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall30
from paperkg.extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _variants(nlp, text, is_title=False):
    anchors = _anchors(nlp, text)
    return [(text[s:e], t) for s, e, t, _ in recall30.variant_modifier_spans30(text, anchors, is_title)]


def _anchors(nlp, text):
    doc = nlp.make_doc(text)
    for _, pipe in nlp.pipeline[:3]:  # sentences, abbreviations, gazetteer: the context rules' inputs
        doc = pipe(doc)
    return recall30.gazetteer_anchors30(doc)


def _versions(nlp, text):
    return [(text[s:e], t) for s, e, t, _ in recall30.data_version_spans30(text, _anchors(nlp, text))]


def test_variant_adjective_before_a_listed_name(nlp):
    text = "We study kernelized PCA and compare it with the optimistic policy iteration of earlier work."
    assert sorted(_variants(nlp, text)) == [("kernelized PCA", "method"), ("optimistic policy iteration", "method")]


def test_variant_adjectives_chain(nlp):
    text = "Our estimator uses a fused sparse LASSO penalty."
    assert _variants(nlp, text) == [("fused sparse LASSO", "method")]


def test_lower_case_spelling_of_a_listed_one_word_name(nlp):
    assert _variants(nlp, "a weighted lasso estimator") == [("weighted lasso", "method")]


@pytest.mark.parametrize("text", [
    "We apply the standard PCA to the features.",  # not a variant adjective
    "We apply deep LSTM layers.",  # "deep" is descriptive
    "We add sparse regularization to the loss.",  # a plain word, not a listed name
    "Our non-sparse PCA baseline is weak.",  # the adjective is part of a longer word
    "We train robust PCA-Net on it.",  # a longer name goes on with a hyphen
    "We use weighted Pca here.",  # one token in another case than listed
    "The Robust PCA of Smith is used.",  # a capitalised adjective inside an abstract sentence
])
def test_variant_modifier_leaves_other_phrases_alone(nlp, text):
    assert _variants(nlp, text) == []


def test_variant_modifier_in_a_title_reads_capitalised_words(nlp):
    assert _variants(nlp, "Incremental Policy Iteration for Games", is_title=True) == [
        ("Incremental Policy Iteration", "method")]


def test_variant_modifier_in_a_title_after_a_capitalised_word_is_a_longer_name(nlp):
    assert _variants(nlp, "Latent Group Dropout for Translation", is_title=True) == []
    # another variant adjective before it is the chain, not a longer name
    assert _variants(nlp, "Sparse Robust PCA for Video", is_title=True) == [("Sparse Robust PCA", "method")]
    assert _variants(nlp, "Scaling Up: Distributed Adam for Clusters", is_title=True) == [("Distributed Adam", "method")]


def test_data_version_keeps_the_release_number(nlp):
    text = "We fine-tune on MultiWOZ 2.1 and MIMIC-III v1.4. Results on Universal Dependencies 1.2."
    assert _versions(nlp, text) == [("MultiWOZ 2.1", "dataset"), ("MIMIC-III v1.4", "dataset"),
                               ("Universal Dependencies 1.2", "benchmark")]


@pytest.mark.parametrize("text", [
    "We fine-tune on MultiWOZ 2 domains.",  # a bare integer reads as a count
    "We fine-tune on Zorblax 2.1 here.",  # not a listed data name
    "The score on MultiWOZ 2.1.3.4 is odd.",  # not a release number
    "MultiWOZ 2.1x is not a version.",
    "Our tagger gains on MultiWOZ 2.1 points over the baseline.",  # a value a metric or "points" follows
    "Our parser reaches 90.1 LAS, Universal Dependencies 1.5 F1 above the baseline.",
])
def test_data_version_needs_a_listed_name_and_a_version(nlp, text):
    assert _versions(nlp, text) == []


def _names(abstract, monkeypatch, value=None):
    return names_under_switch(monkeypatch, "PAPERKG_RECALL30", value, abstract, "A study of estimators")


def test_switch_turns_parts_off(monkeypatch):
    abstract = ("We compare the localized Lasso with kernel methods. "
                "All models are trained on MultiWOZ 2.1 and evaluated there.")
    on = _names(abstract, monkeypatch)
    assert {"localized Lasso", "MultiWOZ 2.1"} <= on
    one_off = _names(abstract, monkeypatch, "variant-modifier")
    assert "localized Lasso" not in one_off and "MultiWOZ 2.1" in one_off
    # session 36's data-suffix (recall41) also reads a listed data name with its version: off too
    monkeypatch.setenv("PAPERKG_RECALL41", "data-suffix")
    off = _names(abstract, monkeypatch, "off")
    assert "localized Lasso" not in off and "MultiWOZ 2.1" not in off
