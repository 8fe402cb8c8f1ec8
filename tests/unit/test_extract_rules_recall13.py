"""Recall and precision decisions of session 13 (issue 10, extract/recall_rules.py), found on the pooled false
negatives and positives of held-out 1 and dev3-dev7. Sentences and names written for these tests (invented), not
taken from any gold file; each end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL13).
"""

from __future__ import annotations

from paperkg.extract import recall_rules
from extract_cases import entity_types as _entities  # tests/extract_cases.py

# --- "<Caps> Corpus of <Caps> <Language>" keeps its language ---------------------------------------------------

CORPUS = ("We annotate discourse markers in the Annotated Corpus of Spoken Icelandic and compare them with "
          "written texts.")
QUOTED = ("We annotated the dialogue part of the “Reference Corpus of Colloquial Estonian” with speech acts "
          "and report agreement.")


def test_a_corpus_of_a_language_is_a_dataset():
    assert _entities(CORPUS).get("Annotated Corpus of Spoken Icelandic") == "dataset"


def test_a_quoted_corpus_name_inside_a_sentence_is_a_dataset():
    assert _entities(QUOTED).get("Reference Corpus of Colloquial Estonian") == "dataset"


def test_both_fail_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL13", "language-corpus")
    assert "Annotated Corpus of Spoken Icelandic" not in _entities(CORPUS)
    assert "Reference Corpus of Colloquial Estonian" not in _entities(QUOTED)


def test_a_language_glued_to_a_name_is_still_dropped():
    assert not recall_rules.language_corpus("LSTM Russian")
    assert recall_rules.language_corpus("Treebank of Old Icelandic")
    assert not recall_rules.quoted_mid_sentence("Results. “")  # a quote opening a sentence
    assert recall_rules.quoted_mid_sentence("the dialogue part of the “")


# --- satisfiability names a problem ------------------------------------------------------------------------------

SAT = ("In this paper we introduce a differentiable (relaxed) weighted satisfiability (WEISAT) solver that runs "
       "inside deep networks.")


def test_a_satisfiability_long_form_is_no_method():
    found = _entities(SAT)
    assert found.get("weighted satisfiability") not in ("method", "dataset", "benchmark", "model")


def test_it_is_a_method_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL13", "satisfiability-task")
    assert _entities(SAT).get("weighted satisfiability") == "method"


def test_solver_names_stay_methods():
    assert not recall_rules.satisfiability_task("WalkSAT", "method")
    assert not recall_rules.satisfiability_task("MiniSAT", "method")
    assert recall_rules.satisfiability_task("MaxSAT", "method")
    assert not recall_rules.satisfiability_task("maximum satisfiability", "task")


# --- the appositive's kind noun is a whole word ------------------------------------------------------------------

HYPHEN_KIND = ("To tackle this, we propose TideSeg, an effective and model-agnostic approach that trains one "
               "segmenter across harbour datasets.")


def test_a_model_prefixed_compound_is_not_the_kind():
    assert _entities(HYPHEN_KIND).get("TideSeg") == "method"
    assert _entities("TideSeg is a model-based planner for harbour robots.").get("TideSeg") == "method"


def test_it_is_a_model_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL13", "whole-kind-word")
    assert _entities(HYPHEN_KIND).get("TideSeg") == "model"


def test_a_whole_kind_word_still_types():
    assert _entities("We release TideSeg, a model for harbour segmentation.").get("TideSeg") == "model"


def test_the_kind_noun_comes_before_a_clause():
    found = _entities("We propose the Tidal Planning Network (TiPlaN), a purely model-based agent that learns the "
                      "environment dynamics from images.")
    assert found.get("Tidal Planning Network") not in ("benchmark", "dataset")


def test_a_bare_sat_is_left_alone():
    assert not recall_rules.satisfiability_task("SAT", "method")  # "SAT: Dynamic Spatial Aptitude Training"


def test_the_appositive_pattern_stops_at_a_clause_word():
    from paperkg.extract import rules
    assert rules.APPOSITIVE_WHOLE.search(", a purely model-based agent that learns the environment dynamics") is None
    assert rules.APPOSITIVE.search(", a purely model-based agent that learns the environment dynamics").group(1) == "model"
    assert rules.APPOSITIVE_WHOLE.search(", a family of open models").group(1) == "models"


def test_a_corpus_described_further_keeps_the_glued_language_filter():
    text = "We built a fairly large Treebank of Icelandic legal texts for parsing."
    assert "Treebank of Icelandic" not in _entities(text)
    s = text.index("Treebank")
    assert not recall_rules.language_corpus("Treebank of Icelandic", [("abstract", s, s + 21)], {"abstract": text})
