"""Session 27's recall rules (extract/recall29.py, switch PAPERKG_RECALL29). Cases written for these tests."""

from __future__ import annotations

import pytest
from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall29


def _counted(text):
    return [(text[s:e], t) for s, e, t, _ in recall29.counted_list_spans29(text)]


def test_counted_list_takes_exactly_the_counted_items():
    text = "We evaluate on two driving environments, Rainy Crossing and Urban Maze. Results improve."
    assert _counted(text) == [("Rainy Crossing", "benchmark"), ("Urban Maze", "benchmark")]


def test_counted_list_without_punctuation_and_latex_dollars():
    text = "We compare two pruning methods $MXP$ and $QRank$ and show they fail."
    assert _counted(text) == [("MXP", "method"), ("QRank", "method")]


def test_counted_list_ends_at_a_clause_after_and():
    text = "Tests on three datasets - Foo Birds, ZQSET, and PLOVER'09 and find gains."
    assert _counted(text) == [("Foo Birds", "dataset"), ("ZQSET", "dataset"), ("PLOVER'09", "dataset")]


@pytest.mark.parametrize("text", [
    "We use two methods, KroneX, Vantis and Orbel.",  # three items for "two"
    "We use three methods, KroneX and Vantis.",  # two items for "three"
    "We collect two datasets, English and German, from the web.",  # languages, not names
    "We study two methods for this and show gains.",  # no list at all
    "two models, which are trained jointly",
])
def test_counted_list_leaves_other_lists_alone(text):
    assert _counted(text) == []


def test_known_plural_of_a_listed_technique():
    text = "Our samplers train restricted Boltzmann machines and generative adversarial networks jointly."
    got = [(text[s:e], t) for s, e, t, _ in recall29.known_plural_spans29(text)]
    assert got == [("restricted Boltzmann machines", "method"), ("generative adversarial networks", "method")]


def test_known_plural_needs_a_listed_name():
    text = "We train deep fancy networks and two machines."
    assert recall29.known_plural_spans29(text) == []


def _names(abstract, monkeypatch, value=None):
    return names_under_switch(monkeypatch, "PAPERKG_RECALL29", value, abstract, "A study of planning")


def test_switch_turns_parts_off(monkeypatch):
    # recall29's parts alone: recall42 (on since session 38) also finds "restricted Boltzmann machines" (an eponym
    # technique the corpus attests), so it is switched off here
    monkeypatch.setenv("PAPERKG_RECALL42", "off")
    abstract = ("We evaluate on two driving environments, Rainy Crossing and Urban Maze. "
                "We also train restricted Boltzmann machines on them.")
    on = _names(abstract, monkeypatch)
    assert {"Rainy Crossing", "Urban Maze"} <= on
    assert any("boltzmann" in n.lower() for n in on)
    off_list = _names(abstract, monkeypatch, "counted-list")
    assert "Rainy Crossing" not in off_list and any("boltzmann" in n.lower() for n in off_list)
    off = _names(abstract, monkeypatch, "off")
    assert "Rainy Crossing" not in off and not any("boltzmann" in n.lower() for n in off)


def test_known_plural_leaves_a_longer_capitalised_name_alone():
    text = "We compare Pair Hidden Markov Models with Key-Value Memory Networks and hidden Markov models."
    got = [text[s:e] for s, e, _, _ in recall29.known_plural_spans29(text)]
    assert got == ["hidden Markov models"]


def test_counted_list_ends_at_a_non_ascii_item():
    # "ADMM-\u03b7" would be keyed "admm" and split the ADMM node: the list is left alone
    assert _counted("two proximal algorithms ADMM-\u03b7 and CP-\u03b7, which apply") == []
