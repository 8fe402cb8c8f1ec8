"""Parts of session 23 (issue 10): names listed before a data noun with modifiers between ("the A and B real-world
datasets") or a last item written lower-case before a capital ("the A and fooSet datasets"); lists of languages,
language pairs, dimensions or shot counts left whole (extract/recall_rules.py, section "session 23"). Sentences
written for these tests (invented), not taken from any gold file or corpus abstract; the end-to-end cases fail with
the part switched off (PAPERKG_RECALL23). The name tagger is switched off here, so that only the rule is read.
"""

from __future__ import annotations

import pytest
from extract_cases import entity_types as _entities  # tests/extract_cases.py

from paperkg.extract.recall_rules import list_names_no_data, modifier_list_match
from paperkg.extract.rules import LIST_BEFORE_NOUN, _names_language

MODIFIED = "Our ranker is validated by extensive experiments on the Glorpix and Vantrell real-world datasets."
DIMENSION = "The descriptor is evaluated on the Quorbel and Zentash 3D shape benchmarks for matching."
LOWER_CAP = "Evaluations are conducted on the QXD and fooScenes datasets."


@pytest.fixture(autouse=True)
def _no_tagger(monkeypatch):
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")


@pytest.mark.parametrize("text, names, typ", [(MODIFIED, ("Glorpix", "Vantrell"), "dataset"),
                                              (DIMENSION, ("Quorbel", "Zentash"), "benchmark"),
                                              (LOWER_CAP, ("QXD",), "dataset")])
def test_listed_names_before_modifiers_or_a_lower_case_item_are_data(text, names, typ):
    found = _entities(text)
    assert all(found.get(n) == typ for n in names), found


@pytest.mark.parametrize("text, name", [(MODIFIED, "Glorpix"), (DIMENSION, "Quorbel"), (LOWER_CAP, "QXD")])
def test_the_list_modifier_part_off(monkeypatch, text, name):
    monkeypatch.setenv("PAPERKG_RECALL23", "list-modifier")
    assert name not in _entities(text)


def test_function_words_are_no_modifiers():
    # "on benchmark" between the list and the noun: the names are compared on data, they are not data
    text = "We compare Glorpix and Vantrell on benchmark datasets."
    assert modifier_list_match(text, text.index(" datasets"), LIST_BEFORE_NOUN) is None
    assert "Glorpix" not in _entities(text)
    ok = "on the Glorpix and Vantrell large-scale datasets"
    m = modifier_list_match(ok, ok.index(" datasets"), LIST_BEFORE_NOUN)
    assert m is not None and m.group(1) == "Glorpix and Vantrell"


def test_lists_of_languages_pairs_dimensions_and_shots_are_no_data():
    assert list_names_no_data(["Frisian", "Zorbish"], _names_language)  # one item is a language
    assert list_names_no_data(["Xy-Zq", "Ab-Cd"], _names_language)  # language pairs
    assert list_names_no_data(["2D", "3D"], _names_language) and list_names_no_data(["5-shot", "1-shot"], _names_language)
    assert not list_names_no_data(["Glorpix", "Vantrell"], _names_language)
    found = _entities("We evaluate on several 2D and 3D medical image datasets and on Frisian, Zorbish and Plonk corpora.")
    assert not {"2D", "3D", "Zorbish", "Plonk"} & set(found)
