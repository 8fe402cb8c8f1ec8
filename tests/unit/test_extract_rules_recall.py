"""Recall rules: names no cue marks, lower-case long forms named by the paper, list entries across case.

Sentences written for these tests, not taken from the gold files.
"""

from __future__ import annotations

import pytest

from paperkg.extract.gazetteer import load_entries
from paperkg.extract.rules import find_rule_spans, looks_named
from extract_cases import entity_types_and_roles as _entities  # tests/extract_cases.py


def _shapes(text: str) -> set[str]:
    return {text[s:e] for s, e, _, rule in find_rule_spans(text) if rule == "rule:name-shape"}


def test_name_shaped_words_without_a_cue():
    text = "Replies from ChatterGPT were rated above those of a PlainSeq baseline and of TileGAN."
    assert _shapes(text) == {"ChatterGPT", "PlainSeq", "TileGAN"}


@pytest.mark.parametrize("word", ["McAllister", "DeVito", "SYntax", "BIrd", "pre-LLM", "alignMEnt",
                                  "Model-Based", "records.gov"])
def test_surnames_emphasis_and_modifiers_are_not_name_shapes(word):
    assert not _shapes(f"The note from {word} was short.")


def test_a_leading_number_before_capitals_is_a_name_not_a_size():
    assert looks_named("4DHuman") and looks_named("3DMM")
    assert not looks_named("3D") and not looks_named("7B") and not looks_named("5-way")


def test_name_shape_suffix_gives_data_types():
    found = _entities("Answers were drawn from QuillAnswers and scored on the OwlChallenge leaderboard.")
    assert found["QuillAnswers"][0] == "dataset"
    assert found["OwlChallenge"][0] == "benchmark"


def test_lower_case_long_form_named_by_the_paper_takes_the_type_word():
    found = _entities(
        "We design a new estimator called sparse kernel mean bound (SKMB). SKMB is consistent."
    )
    assert found["sparse kernel mean bound"] == ("method", "proposes")


def test_lower_case_long_form_after_propose_is_a_method():
    found = _entities("We propose gated residual token pruning (GRTP) to speed up inference.")
    assert found["gated residual token pruning"] == ("method", "proposes")


def test_well_known_plain_dataset_names_in_a_bare_list():
    found = _entities("We report results on Cora, CiteSeer and Omniglot, and on Cityscapes.")
    for name in ("Cora", "CiteSeer", "Omniglot", "Cityscapes"):
        assert found[name][0] in ("dataset", "benchmark")


def test_upper_case_list_names_also_match_capitalised_when_abstracts_write_them_so():
    forms = {f for e in load_entries() for f in e.forms}
    assert "TIMIT" in forms and "Timit" not in forms  # "Timit" is never written so: no variant
    snips = next(e for e in load_entries() if e.name == "SNIPS")
    assert "Snips" in snips.aliases
    found = _entities("Intent accuracy on Snips rises by two points.")
    assert found["SNIPS"][0] in ("dataset", "benchmark")


def test_versions_stay_apart():
    found = _entities("We train on Kinetics-400 and test on Kinetics-600; answers come from GPT-3 and GPT-3.5.")
    assert {"Kinetics-400", "Kinetics-600", "GPT-3", "GPT-3.5"} <= set(found)
    found = _entities("Scores on SQuAD 1.1 and SQuAD 2.0 improve.")
    assert len([n for n in found if n.startswith("SQuAD")]) == 2


def test_hyphen_joined_spelling_of_a_listed_name():
    found = _entities("Frame features come from a Swin-Transformer backbone and are pooled per clip.")
    assert found["Swin Transformer"][0] == "method"


def test_a_resource_described_as_a_lexicon_is_data():
    found = _entities("We built FrimLex, a lexicon of Frisian verbs and their frames.")
    assert found["FrimLex"][0] == "dataset"


def test_a_coined_name_on_a_pretrained_model_name_is_a_model():
    found = _entities("Retrieval with PolyBERTv3 beats sparse retrieval.")
    assert found["PolyBERTv3"][0] == "model"


@pytest.mark.parametrize("word,typ", [("LexiScore", "metric"), ("NovaBLEU", "metric"), ("TalkGPT", "model")])
def test_name_shape_types_from_the_last_part(word, typ):
    from paperkg.extract.rules import _shape_type

    assert _shape_type(word) == typ


@pytest.mark.parametrize("word", ["EstimatoR", "SDCA-Powered", "PAC-Bayesian", "Non-I.I.D", "Dataset-KLEE"])
def test_modifiers_prefixes_and_emphasis_are_not_name_shapes(word):
    assert not _shapes(f"The result for {word} was short.")


def test_capitalised_words_before_a_typed_name_belong_to_it():
    found = _entities("Captions come from the Zephyr30k Scenes KR dataset of street photos.")
    assert found["Zephyr30k Scenes KR"][0] == "dataset"


def test_a_lower_case_approximation_long_form_is_a_method():
    found = _entities("Mean-field stochastic approximation (MFSA) converges under mild noise.")
    assert found["Mean-field stochastic approximation"][0] == "method"
