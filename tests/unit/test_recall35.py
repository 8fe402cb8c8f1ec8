"""Session 32's cited-technique rule (extract/recall35.py, switch PAPERKG_RECALL35). Cases written for these tests."""

from __future__ import annotations

import pytest
from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall35
from paperkg.extract.pipeline import build_nlp

ON = "on:cited-technique"


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _rule(nlp, text, monkeypatch, value=ON):
    monkeypatch.setenv("PAPERKG_RECALL35", value)
    doc = nlp(text)
    return sorted((text[s:e], t) for s, e, t, r in doc._.rule_matches if r == "rule:cited-technique")


def _phrases(text):
    return [text[s:e] for s, e, _, _ in recall35.cited_spans35(text)]


def test_author_year_citation(nlp, monkeypatch):
    text = "Our learner builds on the recent development of quilt matching (Hyvarinen, 2005), which is fast."
    assert _rule(nlp, text, monkeypatch) == [("quilt matching", "method")]


def test_numbered_and_name_citations():
    assert _phrases("It extends the well-acclaimed deformable part-based model[Felz.] to reason in 3D.") == [
        "deformable part-based model"]
    assert _phrases("We use the sum-product algorithm [1] for inference.") == ["sum-product algorithm"]
    assert _phrases("Such as projection pursuit regression (Friedman and Stuetzle, 1981), and others.") == [
        "projection pursuit regression"]
    assert _phrases("We compare with zebra slice sampling (Murray et al., 2010; Neal, 2003).") == [
        "zebra slice sampling"]


def test_left_edge_adverbs():
    # "recently" and "linguistically motivated" end the phrase; "doubly" is part of the name
    assert _phrases("We extend the recently proposed coalescent clustering model (Teh et al, 2008).") == [
        "coalescent clustering model"]
    assert _phrases("An extension of the doubly robust estimator (Jiang & Li, 2015) is given.") == [
        "doubly robust estimator"]


def test_tail_of_a_capitalised_name_is_not_a_phrase():
    assert _phrases("Our system is based on the Transformer translation model (Vaswani et al., 2017).") == []
    assert _phrases("We adapt the IBM-1 alignment model (Brown et al., 1993) to this task.") == []


def test_class_and_description_phrases():
    assert _phrases("By fine-tuning a pre-trained language model (Radford et al., 2018) we gain.") == []
    assert _phrases("We train an existing supervised parsing model (Kitaev and Klein, 2018) on it.") == []
    assert _phrases("Previous work used latent tree graphical models (Parikh et al., 2011) here.") == []
    assert _phrases("Compared with the parameter sharing scheme [33], ours is simpler.") == []
    assert _phrases("It feeds an attention based bi-directional recurrent neural network (Liu and Lane, 2016).") == []
    # a field or a task head, not a technique
    assert _phrases("We draw on multi-task learning (Caruana, 1997) and transfer.") == []


def test_single_word_and_no_citation():
    assert _phrases("Regularisation such as dropout (Hinton et al., 2012) helps.") == []
    assert _phrases("We use score matching to train the model (see below).") == []
    assert _phrases("We use score matching (2005 edition) to train.") == []


def test_known_name_and_a_kind_noun(nlp, monkeypatch):
    # "advantage actor-critic" is a listed name: the phrase with "algorithm" is left to it
    text = "Our learner combines the zorbic actor-critic algorithm (Mnih et al., 2016) with attention."
    assert recall35.cited_spans35(text, [(text.index("zorbic"), text.index(" algorithm"))]) == []
    assert _phrases(text) == ["zorbic actor-critic algorithm"]


def test_default_off_and_switch(nlp, monkeypatch):
    text = "Our learner builds on the recent development of quilt matching (Hyvarinen, 2005), which is fast."
    assert _rule(nlp, text, monkeypatch, "") == []
    assert _rule(nlp, text, monkeypatch, "off") == []
    assert _rule(nlp, text, monkeypatch, "cited-technique") == []


def test_not_in_a_title(nlp, monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL35", ON)
    assert recall35.rule_spans35("Quilt matching (Hyvarinen, 2005) revisited", None, True, []) == []


def test_whole_paper(monkeypatch):
    abstract = ("We present a sampler for energy models. Our training algorithm is built upon the recent development "
                "of quilt matching (Hyvarinen, 2005), which connects an energy model with an autoencoder.")
    assert "quilt matching" in names_under_switch(monkeypatch, "PAPERKG_RECALL35", ON, abstract, "A sampler")
    assert "quilt matching" not in names_under_switch(monkeypatch, "PAPERKG_RECALL35", None, abstract, "A sampler")


# -- cited-definition -------------------------------------------------------------------------------------------
def _span(text, *forms):
    return [(text.index(f), text.index(f) + len(f)) for f in forms]


def test_cited_definition_types_a_cited_name(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL35", "on:cited-definition")
    text = "The Momentum Zorbinger Bridge (mZB) (Chen et al., 2023c) has emerged as a leading tool."
    spans = _span(text, "Momentum Zorbinger Bridge", "mZB")
    assert recall35.defined_cited35("Momentum Zorbinger Bridge", ["mZB"], None, text, spans) == "method"
    text = "We revisit the reweighted zake-sleep (RZS) [5] algorithm."
    spans = _span(text, "reweighted zake-sleep", "RZS")
    assert recall35.defined_cited35("reweighted zake-sleep", ["RZS"], None, text, spans) == "method"
    # a typed name keeps its type; default off
    assert recall35.defined_cited35("reweighted zake-sleep", ["RZS"], "task", text, spans) == "task"
    monkeypatch.setenv("PAPERKG_RECALL35", "")
    assert recall35.defined_cited35("reweighted zake-sleep", ["RZS"], None, text, spans) is None


def test_cited_definition_needs_the_citation_after_the_short_form(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL35", "on:cited-definition")
    text = "The Momentum Zorbinger Bridge (mZB) has emerged (Chen et al., 2023c) as a leading tool."
    spans = _span(text, "Momentum Zorbinger Bridge", "mZB")
    assert recall35.defined_cited35("Momentum Zorbinger Bridge", ["mZB"], None, text, spans) is None


def test_cited_definition_vetoes(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL35", "on:cited-definition")
    for long_form, short in (("Arcade Zearning Environment", "AZE"), ("Lottery Zicket Hypothesis", "LZH"),
                             ("artificial neural network", "ANN"), ("convolutional zeural network", "CNN")):
        text = f"We follow the {long_form} ({short}) (Bellemare et al., 2013) closely."
        spans = _span(text, long_form, short)
        assert recall35.defined_cited35(long_form, [short], None, text, spans) is None, long_form


def test_cited_definition_in_a_paper(monkeypatch):
    abstract = ("We study sampling. The Momentum Zorbinger Bridge (mZB) (Chen et al., 2023c) has emerged as a leading "
                "tool for accelerating diffusion. We make mZB cheaper.")
    on = names_under_switch(monkeypatch, "PAPERKG_RECALL35", "on:cited-definition", abstract, "Faster bridges")
    assert "Momentum Zorbinger Bridge" in on
    assert "Momentum Zorbinger Bridge" not in names_under_switch(monkeypatch, "PAPERKG_RECALL35", None, abstract,
                                                                  "Faster bridges")
