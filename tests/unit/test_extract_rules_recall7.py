"""Recall rules of session 7 (issue 10): named algorithms with no cue, names given with a naming verb.

Sentences written for these tests, not taken from the gold files.
"""

from __future__ import annotations

from paperkg.extract.rules import find_rule_spans
from extract_cases import entity_types as _entities, rule_span_texts as _rule_spans  # tests/extract_cases.py


# --- named algorithms of the classical list (extract/data/classical_methods.tsv, session 7 block) ---------

def test_named_algorithms_without_a_cue_are_methods():
    found = _entities(
        "Sparse codes are recovered by orthogonal matching pursuit, and the step size of FISTA is tuned; "
        "the controller is a linear quadratic regulator and clusters come from mean-shift."
    )
    names = {n.lower(): t for n, t in found.items()}
    for name in ("orthogonal matching pursuit", "fast iterative shrinkage-thresholding algorithm", "linear quadratic regulator",
                 "mean-shift"):
        assert names.get(name) == "method", (name, found)


def test_a_mean_shift_of_a_distribution_is_no_method():
    found = _entities("The test detects a mean shift in the sensor readings within ten samples.")
    assert not any("shift" in n.lower() for n in found)


# --- names given with a naming verb: "which we call X", "referred to as X" ------------------------------

def test_we_call_and_referred_to_as_name_things():
    text = ("We build a sparse solver which we call QuillSolve. We call our approach Ternary Lattice Search, "
            "and a faster variant is referred to as TLS-Lite.")
    assert _rule_spans(text, "rule:named") >= {"QuillSolve", "Ternary Lattice Search", "TLS-Lite"}


def test_the_noun_after_the_determiner_types_the_name():
    text = "We call this corpus HarborTalk and release it."
    spans = [(text[s:e], t) for s, e, t, r in find_rule_spans(text) if r == "rule:named"]
    assert ("HarborTalk", "dataset") in spans


def test_naming_verbs_without_a_name_find_nothing():
    text = ("We call them weak views, which we term information gain. We call it a Markov abstraction. "
            "We call this problem Open Shelf Planning.")
    assert not _rule_spans(text, "rule:named")


# --- a title whose lead before "for/via/using" is one architecture name ---------------------------------

def test_a_title_leading_with_an_architecture_name_names_a_method():
    found = _entities("We model drifting tabular streams with gated memory cells and report gains.",
                      title="Gated Drift Memory Networks for Tabular Stream Forecasting")
    assert found.get("Gated Drift Memory Networks") == "method"


def test_title_leads_that_are_classes_gerunds_or_descriptions_are_not_names():
    from paperkg.extract.rules import title_lead_name
    for title in ("Deep Neural Networks for Tabular Data", "Learning Sparse Trees via Pruning",
                  "Robust Graph Embedding with Noisy Links", "Scalable Gaussian Processes for Big Data",
                  "Trees: A Survey for Practitioners", "Sparse Networks of Many Kinds"):
        assert title_lead_name(title) is None, title


# --- list items after "datasets, i.e.," / "benchmarks, e.g." -------------------------------------------

def test_list_items_after_ie_and_eg_are_named_data():
    text = ("Results on three public datasets, i.e., HarborSet, QuayVid [12] and Dockside-7K, and on "
            "benchmarks e.g. PierBench show gains.")
    assert _rule_spans(text, "rule:listed") >= {"HarborSet", "QuayVid", "Dockside-7K"}


# --- "X Y Monte Carlo": a capitalised run ending in Monte Carlo --------------------------------------------

def test_a_named_monte_carlo_variant_is_a_method_but_plain_monte_carlo_is_not():
    text = "Posterior samples come from Kinetic Langevin Monte Carlo, while plain Monte Carlo estimates are noisy."
    assert _rule_spans(text, "rule:caps-head") == {"Kinetic Langevin Monte Carlo"}


# --- "fusion" and "aggregation" head a defined method ("... Feature Aggregation (XFA)") ---------------------

def test_a_defined_fusion_or_aggregation_module_is_a_method():
    found = _entities("Our tracker adds a Ridge Context Aggregation (RCA) step and a gated depth fusion (GDF) "
                      "stage; RCA and GDF are cheap.")
    assert found.get("Ridge Context Aggregation") == "method", found
    assert found.get("gated depth fusion") == "method", found


# --- data names that start with their data noun: "the Corpus of Spoken Frisian" -------------------------------

def test_a_name_headed_by_its_data_noun_is_a_dataset():
    text = "We annotate the Reference Corpus of Spoken Frisian and the Valley Database of Verb Forms with tags."
    spans = {(text[s:e], t) for s, e, t, r in find_rule_spans(text) if r == "rule:data-noun"}
    assert ("Reference Corpus of Spoken Frisian", "dataset") in spans
    assert ("Valley Database of Verb Forms", "dataset") in spans


def test_a_title_cased_heading_with_a_data_noun_is_no_evidence():
    from paperkg.extract.rules import data_head_first_spans
    assert not data_head_first_spans("A New Corpus for Sentiment Analysis of Frisian Tweets")


def test_a_data_noun_first_phrase_in_a_title_is_no_name():
    found = _entities("We record talks and predict applause from hand movements.",
                      title="Building a Corpus of Hand Movements and Predicting Applause")
    assert "Corpus of Hand Movements" not in found
