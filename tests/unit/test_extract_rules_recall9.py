"""Recall rules of session 9 (issue 10, extract/recall_rules.py): names on random abstracts that no list or
earlier rule reached. Sentences and names written for these tests (invented), not taken from any gold file;
each end-to-end case fails with the rules switched off (PAPERKG_RECALL9=off, checked below).
"""

from __future__ import annotations

import pytest

from paperkg.extract import recall_rules
from extract_cases import entity_types as _entities  # tests/extract_cases.py


def _spans(text: str, rule: str, title: str | None = None, is_title: bool = False) -> dict[str, str]:
    return {text[s:e]: t for s, e, t, r in recall_rules.extra_rule_spans(text, title, is_title) if r == rule}


# --- lists a plural type noun introduces -------------------------------------------------------------------

def test_name_shaped_items_after_approaches_e_g_are_methods():
    text = "Our pruning plugs into most search approaches (e.g. QRST, FlowNASX, TinySearch and PBOX) with no change."
    assert _spans(text, "rule:intro-list") == {n: "method" for n in ("QRST", "FlowNASX", "TinySearch", "PBOX")}


def test_two_items_then_a_clause_and_plural_acronyms_passed_over():
    text = "Existing methods like KDPPs or MultiBestK work by predicting one output after another."
    assert _spans(text, "rule:intro-list") == {"MultiBestK": "method"}


def test_intro_lists_stop_at_plain_words_and_skip_longer_names():
    text = ("Strong baselines such as linear probing and FooNet are weak. Popular datasets like Common Crawl "
            "are noisy; methods such as Faster R-CNN, DETR are old.")
    assert _spans(text, "rule:intro-list") == {}


def test_intro_list_end_to_end():
    found = _entities("We compare with classic approaches such as QRST and PBOX on all tasks.")
    assert found.get("QRST") == "method" and found.get("PBOX") == "method", found


# --- "data sets" and "benchmark datasets" lists ------------------------------------------------------------

def test_items_before_data_sets_and_benchmark_datasets():
    text = "We test on the Lakeside and Harbor benchmark datasets and on the Quarry, Dune and Ridge data sets."
    assert _spans(text, "rule:data-sets-list") == {n: "dataset" for n in ("Lakeside", "Harbor", "Quarry", "Dune", "Ridge")}


def test_languages_before_data_sets_are_no_names():
    assert _spans("Results on the English and Basque data sets improve.", "rule:data-sets-list") == {}


# --- a capitalised data noun -------------------------------------------------------------------------------

def test_a_capitalised_run_and_a_capitalised_data_noun_name_a_dataset():
    found = _entities("Depth completion is verified on the Lakeside Indoor Depth Dataset, where errors fall by half.")
    assert found.get("Lakeside Indoor Depth Dataset") == "dataset", found


def test_capital_data_nouns_at_a_sentence_start_or_inside_a_longer_name_are_left():
    text = ("Dataset Quality Matters here. We use the Harbor Speech Corpus Analysis Toolkit and the English Corpus "
            "of the project. Marine Dataset. ")
    assert _spans(text, "rule:capital-data-noun") == {}


# --- a title's lead name repeated in the abstract ----------------------------------------------------------

def test_a_title_lead_the_abstract_repeats_is_a_name():
    title = "4D Lantern Keeper: Tracking Lights in Dynamic Scenes"
    abstract = ("We present 4D Lantern Keeper, a tracker of moving lights. 4D Lantern Keeper runs in real time "
                "and beats prior trackers.")
    assert _entities(abstract, title=title).get("4D Lantern Keeper") == "method"


def test_title_leads_that_are_phrases_or_not_repeated_are_left():
    abstract = "Tracking the Lights matters. We study lanterns and Lantern Keeper designs."
    for title in ("Tracking the Lights: A Study", "Lantern Keeper Designs Revisited: A Study", "Lanterns: A Study"):
        assert _spans(abstract, "rule:title-repeat", title=title) == {}, title


# --- a name after a technique noun and a comma ----------------------------------------------------------

def test_a_name_after_our_method_comma_is_a_method():
    found = _entities("Prior work is slow. Our method, Folded Lattice Sweep, learns sparse codes in one pass.")
    assert found.get("Folded Lattice Sweep") == "method", found


def test_a_new_dataset_comma_name_is_a_dataset_and_a_subject_after_a_participle_is_left():
    text = "We release a new dataset, HarborQs, with 5k questions. Trained on a large private dataset, ZetaNet wins."
    assert _spans(text, "rule:type-comma-name") == {"HarborQs": "dataset"}


# --- a capitalised hyphen compound before an appositive -----------------------------------------------------

def test_a_hyphen_compound_with_a_connector_before_an_appositive_is_named():
    text = "We describe Hide-and-Sketch, a benchmark of occluded drawings, and Spatio-Temporal, the idea."
    assert _spans(text, "rule:hyphen-appositive") == {"Hide-and-Sketch": "benchmark"}


# --- the switch ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rule", recall_rules.RULES)
def test_each_rule_can_be_switched_off(rule, monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL9", rule)
    text = ("Our method, Folded Lattice Sweep, learns. We use approaches such as QRST and PBOX. On the Lakeside and Harbor "
            "data sets and the Lakeside Indoor Depth Dataset. We describe Hide-and-Sketch, a benchmark of drawings. "
            "Lantern Keeper runs.")
    found = {r for *_, r in recall_rules.extra_rule_spans(text, "Lantern Keeper: A Tracker", False)}
    assert f"rule:{rule}" not in found
    assert len(found) == len(recall_rules.RULES) - 1, found


def test_end_to_end_cases_fail_with_the_rules_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL9", "off")
    assert "QRST" not in _entities("We compare with classic approaches such as QRST and PBOX on all tasks.")
    assert "Folded Lattice Sweep" not in _entities(
        "Prior work is slow. Our method, Folded Lattice Sweep, learns sparse codes in one pass.")
    assert "Lakeside Indoor Depth Dataset" not in _entities(
        "Depth completion is verified on the Lakeside Indoor Depth Dataset, where errors fall by half.")
    assert "4D Lantern Keeper" not in _entities(
        "We present 4D Lantern Keeper, a tracker of moving lights. 4D Lantern Keeper runs in real time and beats prior "
        "trackers.", title="4D Lantern Keeper: Tracking Lights in Dynamic Scenes")


# --- a lower-case long form the paper keeps naming by its short form (resolver decision) ---------------------

REUSED = ("We propose a glacier flow estimation network (GFEN) for satellite images. GFEN stacks dilated blocks, "
          "and GFEN halves the error of optical flow baselines.")


def test_a_lower_case_long_form_named_again_by_its_short_form_is_a_method():
    found = _entities(REUSED)
    assert found.get("glacier flow estimation network") == "method", found


def test_classes_and_short_forms_used_once_stay_out():
    assert recall_rules.reused_definition_type("deep convolutional neural network", ["DCNN"], 5) is None
    assert recall_rules.reused_definition_type("glacier flow estimation network", ["GFEN"], 2) is None
    assert recall_rules.reused_definition_type("glacier flow estimation", ["GFE"], 5) is None  # no technique head
    assert recall_rules.reused_definition_type("Glacier Flow Network", ["GFN"], 5) is None  # capitalised: the resolver's
    assert recall_rules.reused_definition_type("glacier flow estimation network", ["GFEN"], 3) == "method"


def test_reused_definition_fails_with_the_decision_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL9", "reused-definition")
    # session 12's generic-head-named also takes it (the paper proposes it): both off
    monkeypatch.setenv("PAPERKG_RECALL12", "generic-head-named")
    # session 23's learned add part (on by default) also keeps a defined long form typing dropped: off as well
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")
    # session 25's defined-head (recall26) types a lower-case long form spelt by its acronym: off as well
    monkeypatch.setenv("PAPERKG_RECALL26", "defined-head")
    # session 43's recall54 keeps a reused lower-case long form with a technique head: off as well
    monkeypatch.setenv("PAPERKG_RECALL54", "off")
    assert "glacier flow estimation network" not in _entities(REUSED)


def test_the_subtitle_types_a_repeated_title_lead():
    abstract = "Harbor Voices holds 40 hours of dock talk. Harbor Voices is free."
    assert _spans(abstract, "rule:title-repeat", title="Harbor Voices: A Corpus of Spoken Dock Talk") == {
        "Harbor Voices": "dataset"}


def test_plural_models_name_a_class():
    assert recall_rules.reused_definition_type("glacier flow estimation models", ["GFEMs"], 5) is None
