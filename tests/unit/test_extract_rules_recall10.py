"""Recall rules and decisions of session 10 (issue 10, extract/recall_rules.py, found on dev5's misses and on
random 73k abstracts). Sentences and names written for these tests (invented), not taken from any gold file;
each end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL10) or, for the two fixes that
have no switch, with what was there before (asserted on the patterns themselves).
"""

from __future__ import annotations

import pytest

from paperkg.extract import junk, recall_rules, rules
from extract_cases import entity_types as _entities  # tests/extract_cases.py


# --- a one-word coinage shaped like a spelt-out fragment, named twice -------------------------------------------

COINAGE = ("We propose a novel framework, GRAPHlinker, to join noisy tables. Experiments show that GRAPHlinker beats "
           "prior joiners by a wide margin.")


def test_a_repeated_fragment_shaped_coinage_is_a_name():
    assert _entities(COINAGE).get("GRAPHlinker") == "method"


def test_a_repeated_coinage_fails_with_the_decision_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL10", "reused-coinage")
    monkeypatch.setenv("PAPERKG_RECALL48", "off")  # recall48's "a novel framework, X," takes it too (session 40)
    assert "GRAPHlinker" not in _entities(COINAGE)


def test_a_fragment_named_once_is_still_a_fragment():
    text = "We present DIFFerential Routing for sparse graphs."
    assert junk.fragment_reason("DIFFerential", [("abstract", 11, 23)], {"abstract": text})
    assert not recall_rules.reused_coinage("DIFFerential", [("abstract", 11, 23)], {"abstract": text})
    two = "We use GRAPHlinker here; GRAPHlinker wins."
    assert recall_rules.reused_coinage("GRAPHlinker", [("abstract", 7, 18), ("abstract", 25, 36)], {"abstract": two})


def test_a_fragment_inside_a_capitalised_long_form_twice_is_still_a_fragment():
    text = "The Tide Search and VERdiction (TSV) data. Tide Search and VERdiction is large."
    spans = [("abstract", i, i + 10) for i in (text.index("VERdiction"), text.rindex("VERdiction"))]
    assert not recall_rules.reused_coinage("VERdiction", spans, {"abstract": text})


# --- "standard" before a name is an adjective, not the noun of a file format ------------------------------------

def test_standard_before_a_name_is_no_software_cue():
    text = "The second block works like a standard QuiverNet and is trained with the ODF standard."
    start = text.index("QuiverNet")
    assert junk.software_reason("QuiverNet", [("abstract", start, start + 9)], {"abstract": text}) is None
    assert _entities("Our planner improves on a standard QuiverNet. Like a standard QuiverNet, it is fast.").get(
        "QuiverNet") == "method"
    # the noun after a name still says what it is
    end = text.index(" standard.")
    assert junk.software_reason("ODF", [("abstract", end - 3, end)], {"abstract": text})


# --- a lower-case long form that is the proposal verb's object, its made-up short form used once -------------------

PROPOSED_ONCE = "We propose the tidal phase smoothing for buoy records (TPSB). This method removes drift in one pass."


def test_a_lower_case_long_form_proposed_with_a_made_up_short_form_is_a_method():
    assert _entities(PROPOSED_ONCE).get("tidal phase smoothing for buoy records") == "method"


def test_proposed_once_fails_with_the_decision_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL10", "proposed-once")
    assert "tidal phase smoothing for buoy records" not in _entities(PROPOSED_ONCE)


def test_proposed_once_needs_a_made_up_initialism():
    assert recall_rules.proposed_once(["TPSB"])
    assert not recall_rules.proposed_once(["CNN"])  # a generic acronym
    assert not recall_rules.proposed_once(["Tp"])  # too short
    assert not recall_rules.proposed_once([])
    assert recall_rules.proposed_once(["TPSB"], "for")
    assert not recall_rules.proposed_once(["TPSB"], "regression")  # "(TPSB) regression network": a modifier


def test_a_proposed_definition_before_a_noun_is_a_modifier():
    found = _entities("We present a tidal phase curve (TPC) regression network for buoy records.")
    assert "tidal phase curve" not in found, found


# --- a capitalised run in mid-sentence ending in a technique gerund ---------------------------------------------

def test_capitalised_runs_ending_in_a_technique_gerund_are_methods():
    text = ("We compare with Rolling Anchor Averaging and apply Reef Band Warping to each curve. "
            "Question Answering is hard. Dynamic Pruning helps.")
    found = {text[s:e]: t for s, e, t, _ in recall_rules.caps_gerund_spans(text)}
    # a sentence's first words are no evidence; a task gerund is no technique head
    assert found == {"Rolling Anchor Averaging": "method", "Reef Band Warping": "method"}


def test_caps_gerund_end_to_end_and_switched_off(monkeypatch):
    text = "Clients are trained with Quiet Ridge Averaging and reach the accuracy of central training."
    assert _entities(text).get("Quiet Ridge Averaging") == "method"
    monkeypatch.setenv("PAPERKG_RECALL10", "caps-gerund")
    assert "Quiet Ridge Averaging" not in _entities(text)


def test_caps_gerund_leaves_titles_and_classes_alone():
    assert recall_rules.caps_gerund_spans("We train a Deep Neural Network Pruning scheme.") == []
    assert [r for *_, r in recall_rules.extra_rule_spans("Robust Kernel Smoothing for Maps", None, True)
            if r == "rule:caps-gerund"] == []


# --- a dimension before a CamelCase name -------------------------------------------------------------------------

@pytest.mark.parametrize("word,named", [("3D-QuarryNet", True), ("2D-LinkFormer", True), ("3D-CNN", False),
                                        ("3D-printed", False), ("12-layer", False)])
def test_a_dimension_before_a_camel_case_name_looks_named(word, named):
    assert rules.looks_named(word) is named


def test_a_dimension_led_name_after_our_architecture_is_found():
    found = _entities("Our network architecture, 3D-QuarryNet, predicts rock layers from one scan.")
    assert found.get("3D-QuarryNet") == "method", found


# --- a long form ending in a model-kind acronym ------------------------------------------------------------------

KIND = ("We study a small change to plain recurrent nets, the Pendulum RNN (P-RNN), in which hidden units tick at "
        "their own rates.")


def test_a_capitalised_long_form_ending_in_a_kind_acronym_is_a_method():
    assert _entities(KIND).get("Pendulum RNN") == "method"


def test_kind_acronym_head_fails_off_and_leaves_classes(monkeypatch):
    assert recall_rules.kind_acronym_head_type("Deep CNN") is None
    assert recall_rules.kind_acronym_head_type("Recurrent Neural RNN") is None
    assert recall_rules.kind_acronym_head_type("stacked RNN") is None  # lower case: the resolver's
    monkeypatch.setenv("PAPERKG_RECALL10", "kind-acronym-head")
    assert "Pendulum RNN" not in _entities(KIND)


# --- the head before "for"/"of" in a defined long form ---------------------------------------------------------

HEAD = ("Our approach, contour energy learning for crack detection (CELCD), scores candidate cracks. "
        "We also define Boundary Cost Analysis of Survey data (BCASD).")


def test_the_technique_before_for_or_of_decides_the_type():
    found = _entities(HEAD)
    assert found.get("contour energy learning for crack detection") == "method", found
    assert found.get("Boundary Cost Analysis of Survey data") == "method", found


def test_head_before_of_leaves_data_and_tasks(monkeypatch):
    method_like = lambda h: h in ("learning", "analysis")  # noqa: E731
    assert recall_rules.head_before_of_type("Corpus of Harbor Speech", "dataset", method_like) is None
    assert recall_rules.head_before_of_type("recognition of dock signs", "task", method_like) is None
    assert recall_rules.head_before_of_type("energy learning for crack detection", "method", method_like) is None
    monkeypatch.setenv("PAPERKG_RECALL10", "head-before-of")
    # session 14: not after "Our approach," (self_typing.METHOD_APPOSED_BEFORE types that a method on its own)
    bare = "We train contour energy learning for crack detection (CELCD) on candidate cracks."
    assert _entities(bare).get("contour energy learning for crack detection") != "method"
    monkeypatch.delenv("PAPERKG_RECALL10")
    assert _entities(bare).get("contour energy learning for crack detection") == "method"



# --- a phrase led by the short form itself is no long form ----------------------------------------------------------

def test_a_phrase_led_by_its_own_short_form_is_no_definition():
    found = _entities("A study comparing FT-QRB with its main rivals (QRB, MOSS, QRB-V) shows that the standard QRB "
                      "algorithm is slower than FT-QRB.")
    assert not any("rivals" in name for name in found), found
