"""Junk seen at the top of the 73k graph's lists (issue 10 item 4), as general rules: teams named with words
between the name and "Team", phrases of another language, author lists. Sentences written for these tests."""

from __future__ import annotations

import pytest

from paperkg.extract.junk import foreign_reason, foreign_text, junk_reason, team_reason


def _mentions(text: str, name: str, field: str = "abstract"):
    start = text.index(name)
    return [(field, start, start + len(name))]


@pytest.mark.parametrize("text, name", [
    ("QWX-ZTU Deep NLP Team 3 at SemEval-2021 Task 2: Sarcasm Detection", "QWX-ZTU"),
    ("Our group, KLM-RST, submitted two systems to the shared task.", "KLM-RST"),
])
def test_a_team_is_no_method(text, name):
    assert team_reason(name, _mentions(text, name, "title"), {"title": text})


def test_a_method_named_before_a_capitalised_phrase_is_no_team():
    text = "We use ResNet-50 Backbone Networks from the Vision Team of the lab."
    assert team_reason("ResNet-50", _mentions(text, "ResNet-50"), {"abstract": text}) is None


@pytest.mark.parametrize("name", ["propositions subordonnées de la phrase", "Smith et al", "corpus paralelo de la lengua"])
def test_foreign_phrases_and_author_lists_are_no_names(name):
    assert foreign_reason(name, {"abstract": "We describe the data."})


def test_one_foreign_word_needs_an_abstract_in_that_language():
    english = "We assemble short reads with a de Bruijn graph and compare assemblers."
    french = ("Nous présentons une étude des relatives dans le corpus et les résultats de la "
              "classification pour les apprenants du français.")
    assert not foreign_text(english) and foreign_text(french)
    assert foreign_reason("de Bruijn graph", {"abstract": english}) is None
    assert foreign_reason("relatives de corpus", {"abstract": french})


def test_a_listed_name_is_kept_in_a_foreign_abstract():
    french = "Nous utilisons BERT pour la classification des textes et le corpus de la presse."
    assert junk_reason("BERT", _mentions(french, "BERT"), {"abstract": french}, listed=True) is None


@pytest.mark.parametrize("name, junk", [
    ("SemEval 2020 Shared Task", True), ("WMT-2019 shared task", True), ("TREC evaluation campaign", True),
    ("SemEval-2020 Task 12", False), ("CoNLL-2003 shared task", False),
    ("WMT 2018 Parallel Corpus Filtering Shared Task", False),
])
def test_an_umbrella_campaign_names_no_data(name, junk):
    from paperkg.extract.junk import umbrella_reason

    assert bool(umbrella_reason(name)) is junk


@pytest.mark.parametrize("name, junk", [
    ("QuuxSet while keeping calibration scores", True), ("Zorblax which contains long summaries", True),
    ("for speech recognition tasks, called Flux units", True), ("Lorem-7 as well as other corpora", True),
    ("Learning While Sleeping Networks", False), ("Neural Networks for Which Labels", False),
    ("Fact Extraction and Verification", False),
])
def test_a_clause_glued_to_a_name_is_no_name(name, junk):
    from paperkg.extract.junk import clause_reason

    assert bool(clause_reason(name)) is junk
