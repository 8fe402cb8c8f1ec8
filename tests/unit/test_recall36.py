"""Session 32's modified-name rule (extract/recall36.py, switch PAPERKG_RECALL36). Cases written for these tests."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

import pytest

from paperkg.extract import recall36

ON = "on:modified-name"


@pytest.fixture(autouse=True)
def _on(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL36", ON)


def _spans(text):
    return [(text[s:e], t) for s, e, t, _ in recall36.modified_name_spans36(text)]


def test_mined_spelling_written_whole():
    assert _spans("We learn the weights with a structural SVM on the parse trees.") == [("structural SVM", "method")]
    assert _spans("The samplers use collapsed Gibbs sampling throughout.") == [("collapsed Gibbs sampling", "method")]


def test_case_and_word_edges():
    assert _spans("We learn the weights with a Structural svm here.") == []  # another case pattern
    assert _spans("A nonstructural SVM is used.") == []  # inside a longer word
    assert _spans("A structural SVMs-based model.") == []  # a longer hyphenated word goes on


def test_capitalised_word_or_metric_head_after_is_a_longer_name():
    assert _spans("We report the Frechet Inception Distance of the samples.") == []
    assert _spans("We report the Frechet Inception distance of the samples.") == []


def test_title_case_and_artefact():
    assert _spans("Coresets for Scalable Bayesian Logistic Regression") == [("Bayesian Logistic Regression", "method")]
    assert _spans("is optimized under non(cid:173) linear PCA here.") == []


def test_class_name_bases_are_not_grown():
    assert recall36.generic_base36("Transformer") and recall36.generic_base36("second-order methods")
    assert not recall36.generic_base36("SVM") and not recall36.generic_base36("Gibbs sampling")
    names = recall36.modified_names36()
    assert not any(s.endswith((" Transformer", " methods")) for s in names)


def test_modifier_words():
    for word in ("like", "novel", "standard", "pretrained", "deep", "models", "English", "recently",
                 "task-specific", "context-aware", "CNN-based", "two", "synthetic"):
        assert not recall36.modifier_ok36(word), word
    for word in ("structural", "collapsed", "graphical", "MMD", "off-policy", "Sparse", "voted"):
        assert recall36.modifier_ok36(word), word


def test_mined_list_holds_only_plain_modifiers():
    names = recall36.modified_names36()
    assert names and all(t in ("method", "model") for t in names.values())
    assert "like BERT" not in names and "fine-tuning BERT" not in names


def test_switch(monkeypatch):
    text = "We learn the weights with a structural SVM here."
    for value in ("off", "modified-name"):
        monkeypatch.setenv("PAPERKG_RECALL36", value)
        assert recall36.modified_name_spans36(text) == [], value
    monkeypatch.setenv("PAPERKG_RECALL36", ON)
    assert _spans(text) == [("structural SVM", "method")]
    monkeypatch.delenv("PAPERKG_RECALL36", raising=False)  # on by default again (session 34, recall39)
    assert _spans(text) == [("structural SVM", "method")]


def test_pipeline_takes_the_longer_name(monkeypatch):
    abstract = ("We cast parsing as structured prediction and learn the parser with a structural SVM. "
                "The structural SVM is trained with a cutting-plane method on two treebanks.")
    on = names_under_switch(monkeypatch, "PAPERKG_RECALL36", ON, abstract, "Parsing with margins")
    off = names_under_switch(monkeypatch, "PAPERKG_RECALL36", "off", abstract, "Parsing with margins")
    assert "structural SVM" in on and "SVM" not in on
    assert "structural SVM" not in off


# Session 33 (recall38): guards written from session 32's wrong rows.

def test_problem_or_class_word_after_is_not_a_name38():
    assert _spans("We study the sparse linear regression problem online.") == []  # also a setting modifier
    assert _spans("We study the structural SVM problem here.") == []
    assert _spans("Existing structural SVM methods are slow.") == []
    assert _spans("We train a structural SVM model here.") == [("structural SVM", "method")]  # model is no veto


def test_problem_of_before38():
    assert _spans("We consider the problem of collapsed Gibbs sampling here.") == []
    assert _spans("We speed up collapsed Gibbs sampling here.") == [("collapsed Gibbs sampling", "method")]


def test_a_third_modifier_before_is_a_longer_name38():
    assert _spans("We fit the group graphical lasso to the data.") == []
    assert _spans("We fit the fused graphical lasso to the data.") == []  # an "-ed" adjective
    assert _spans("We applied structural SVM to parsing.") == [("structural SVM", "method")]  # a past verb
    assert _spans("We fit the graphical lasso to the data.") == [("graphical lasso", "method")]
    assert _spans("We apply structural SVM to parsing.") == [("structural SVM", "method")]  # a verb before
    assert _spans("Kernelized structural SVM is used.") == []  # a sentence's first word is a modifier too
    assert _spans("Kernel Latent SVM for Visual Recognition") == []  # a title's modifier
    assert _spans("Joint Spike-and-Slab Graphical Lasso") == []  # a hyphenated one
    assert _spans("Coresets for Scalable Bayesian Logistic Regression") == [
        ("Bayesian Logistic Regression", "method")]  # "scalable": an opener, not a modifier
    assert _spans("SemEval Task 5 : Bi-directional LSTM for Hate Speech") == [("Bi-directional LSTM", "method")]


def test_kind_and_setting_modifiers_are_dropped38():
    for word in ("stochastic", "compositional", "non-parametric", "nonparametric", "unconditional", "regularized",
                 "gradient", "Gaussian", "sparse", "streaming", "multivariate", "mixed"):
        assert not recall36.modifier_ok38(word), word
        assert recall36.modifier_ok36(word) or word in ("Gaussian",), word
    for word in ("structural", "collapsed", "graphical", "off-policy", "voted", "conditional"):
        assert recall36.modifier_ok38(word), word
    names = recall36.modified_names36()
    for spelling in ("stochastic second-order methods", "compositional data augmentation", "gradient back-propagation",
                     "unconditional GANs", "sparse linear regression", "streaming PCA", "Streaming PCA",
                     "non-parametric Gaussian process", "Gaussian maximum likelihood estimator"):
        assert spelling not in names, spelling
    assert "structural SVM" in names and "conditional GANs" in names
    assert _spans("Results of unconditional GANs and streaming PCA.") == []
