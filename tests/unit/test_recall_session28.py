"""Session 26 (issue 10, PAPERKG_RECALL28): data names the entity step never found (extract/recall28.py): a title
that says its lead name is a resource, a title's "The X Corpus", and a data span the corpus knows in a longer
spelling to its right. Papers and titles written for these tests (invented names and sentences), not taken from any
gold file or corpus abstract; the end-to-end cases fail with their part switched off.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from extract_cases import build_corpus, entity_types  # tests/extract_cases.py

from paperkg.extract.recall28 import data_longer28, longer_data_spans28, title_data_type28, title_resource_spans28
from paperkg.extract.text import variant_key


@pytest.fixture(autouse=True)
def _no_tagger(monkeypatch):
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")


LEAD_TITLE = "Quendrax: A Large Multilingual Frisian - Sorbian - English Lexicon"
LEAD_ABSTRACT = ("We build Quendrax from three printed dictionaries and align its entries by hand. "
                 "Quendrax covers twelve thousand headwords and is freely released.")


def _lead(title: str) -> tuple[str, dict[str, str]]:
    return title.split(":")[0].split(" - ")[0], {"title": title}


@pytest.mark.parametrize("title, want", [
    ("Quendrax: A Large Multilingual Frisian - Sorbian - English Lexicon", "dataset"),
    ("Borelian Moths 2031 - Yet Another Fine-Grained Recognition Dataset", "dataset"),
    ("Plomquest: A Modular Agent Benchmark to Track Agent Progress", "benchmark"),
    ("Plomquest: A New Environment and Benchmark for Agents", "benchmark"),
    ("Zentric-West Version 2: Morphological Specifications, Lexicons and Corpora", "dataset"),
])
def test_a_title_that_says_its_lead_is_data(title, want):
    name, texts = _lead(title)
    assert title_data_type28("method", name, texts) == want


@pytest.mark.parametrize("title", [
    "Quendrax: A Benchmark Study of Optimisers for Sparse Models",  # a study, not a resource
    "Quendrax: A Dataset-Free Method for Pruning",  # the data noun is a modifier
    "Quendrax: Fast Parsing with a Treebank of Errors",  # the data noun comes after a preposition
    "Quendrax: A Large Multilingual Frisian Parser",  # no data noun
    "Quendrax: An Automatic Benchmark Generator for Parsers",  # the data noun is a modifier
    "Quendrax: Do Parsers Reflect Their Treebank's Conventions?",  # a possessive
])
def test_a_title_that_does_not(title):
    name, texts = _lead(title)
    assert title_data_type28("method", name, texts) is None


def test_only_the_titles_lead_name_is_typed():
    title = "Learning with Quendrax: A Lexicon of Frisian Verbs"
    assert title_data_type28("method", "Quendrax", {"title": title}) is None
    # A long form the lead's short form was defined with is not the lead either.
    assert title_data_type28("method", "quendral frisian lexicon", {"title": "QFL: A Lexicon of Frisian"}) is None


def test_title_lead_end_to_end(monkeypatch):
    assert entity_types(LEAD_ABSTRACT, LEAD_TITLE).get("Quendrax") == "dataset"
    monkeypatch.setenv("PAPERKG_RECALL28", "title-data")
    # precision38's apposed-kind (session 33) reads the title's ": A ... Lexicon" as the lead's kind and types it the
    # same way: off too, to see this part's own work
    monkeypatch.setenv("PAPERKG_PRECISION38", "apposed-kind")
    assert entity_types(LEAD_ABSTRACT, LEAD_TITLE).get("Quendrax") != "dataset"


@pytest.mark.parametrize("title, want", [
    ("The VORTAL simulated corpus", ("VORTAL simulated corpus", "dataset")),
    ("Cyclists on the Road: The SpokeNet Cycling Corpus", ("SpokeNet Cycling Corpus", "dataset")),
    ("The KroLeX Emotion Lexicon of Frisian and Sorbian", ("KroLeX Emotion Lexicon", "dataset")),
    ("The GridPlay Planning Benchmark", ("GridPlay Planning Benchmark", "benchmark")),
])
def test_title_resource_spans(title, want):
    assert [(title[s:e], t) for s, e, t, _ in title_resource_spans28(title)] == [want]


@pytest.mark.parametrize("title", [
    "The Effect of Corpus Size on Parsing",  # function words before the noun
    "The Frisian Spoken Corpus",  # no name-shaped word: a description
    "The SpokeNet Corpus",  # the name alone before the noun: the followed-by-type rule's
    "Parsing with The VORTAL Corpus Tools",  # "The" mid-title is not the title's own resource
])
def test_no_title_resource_span(title):
    assert title_resource_spans28(title) == []


def test_title_resource_end_to_end(monkeypatch):
    title = "Cyclists on the Road: The SpokeNet Cycling Corpus"
    abstract = "We record forty riders on city streets and transcribe what they ask a voice assistant while riding."
    assert entity_types(abstract, title).get("SpokeNet Cycling Corpus") == "dataset"
    monkeypatch.setenv("PAPERKG_RECALL28", "title-resource")
    assert "SpokeNet Cycling Corpus" not in entity_types(abstract, title)


def test_longer_data_spans():
    text = "We evaluate on GLIMMER FACES and report recall."
    start = text.index("GLIMMER")
    spans = [(start, start + 7, "dataset:glimmer")]
    names = {variant_key("GLIMMER FACES"): "dataset:glimmer-faces"}
    got = longer_data_spans28(text, spans, names, {"dataset:glimmer"})
    assert [(text[s:e], root) for s, e, _, root, _ in got] == [("GLIMMER FACES", "dataset:glimmer-faces")]
    # A technique span does not grow; nor a span another span crosses.
    assert longer_data_spans28(text, spans, names, set()) == []
    crossing = spans + [(text.index("FACES"), len(text) - 1, "method:x")]
    assert longer_data_spans28(text, crossing, names, {"dataset:glimmer"}) == []


class _Keys:
    def find(self, k):
        return k


def _paper(pid, abstract):
    return SimpleNamespace(paper=SimpleNamespace(id=pid, abstract=abstract))


def _entity(text, abstract):
    start = abstract.index(text)
    return SimpleNamespace(mentions=[SimpleNamespace(text=text, start=start, end=start + len(text), field="abstract")])


LONG = ["Counting on GLIMMER FACES is hard.", "We report GLIMMER FACES results."]
BARE = "Crowds are counted on GLIMMER FACES and on two street scenes."


def _reduce(abstracts_and_names):
    results = [_paper(f"p{i}", a) for i, (a, _, _) in enumerate(abstracts_and_names)]
    keyed = [[(_entity(text, a), key)] for a, text, key in abstracts_and_names]
    canon = {"d:long": ("dataset:glimmer-faces",), "d:short": ("dataset:glimmer",), "m:x": ("method:x",)}
    found: list[list] = [[] for _ in results]
    gone, trusted = data_longer28(results, keyed, _Keys(), canon, found)
    return gone, trusted, found


def test_the_reduce_step_grows_a_short_data_span(monkeypatch):
    gone, trusted, found = _reduce([(a, "GLIMMER FACES", "d:long") for a in LONG] + [(BARE, "GLIMMER", "d:short")])
    start = BARE.index("GLIMMER")
    assert gone[2] == {(start, start + 7)} and found[2] == [(start, start + 13, "GLIMMER FACES", "d:long")]
    assert trusted == {"GLIMMER FACES"}
    monkeypatch.setenv("PAPERKG_RECALL28", "data-longer")
    assert _reduce([(a, "GLIMMER FACES", "d:long") for a in LONG] + [(BARE, "GLIMMER", "d:short")]) == ([], set(), [[]] * 3)


def test_one_paper_writing_the_longer_spelling_is_not_enough():
    gone, trusted, found = _reduce([(LONG[0], "GLIMMER FACES", "d:long"), (BARE, "GLIMMER", "d:short")])
    assert not trusted and found == [[], []]


def test_a_technique_span_does_not_grow():
    gone, trusted, found = _reduce([(a, "GLIMMER FACES", "d:long") for a in LONG] + [(BARE, "GLIMMER", "m:x")])
    assert not trusted and found[2] == []


# title-head (session 26 round two): a preposition of comparison or scope ends the description's phrase, and a title
# resource's data noun must head its phrase.
@pytest.mark.parametrize("title", [
    "Quendrax discovery: a comparative analysis between News and Forum Corpora",
    "Quendrax: Tagging Errors across Frisian and Sorbian Treebanks",
    "Quendrax: Agreement among Annotators and Lexicons",
    "Quendrax: Parsing Errors within Frisian Treebanks",
])
def test_a_preposition_ends_the_title_phrase(monkeypatch, title):
    name, texts = _lead(title)
    assert title_data_type28("method", name, texts) is None
    monkeypatch.setenv("PAPERKG_RECALL28", "title-head")  # the guard off: the old phrase ran on to the data noun
    assert title_data_type28("method", name, texts) == "dataset"


@pytest.mark.parametrize("title", [
    "The VORTAL Parallel Corpus Cleaning Systems for a Shared Task",
    "Cyclists: The SpokeNet Cycling Corpus Annotation Guidelines",
])
def test_a_title_resource_noun_must_head_its_phrase(monkeypatch, title):
    assert title_resource_spans28(title) == []
    monkeypatch.setenv("PAPERKG_RECALL28", "title-head")
    assert len(title_resource_spans28(title)) == 1


def test_title_head_keeps_a_head_noun():
    title = "Quendrax: A Frisian Corpus and Lexicon across Two Wars"
    assert title_data_type28("method", "Quendrax", {"title": title}) == "dataset"  # the head comes before "across"
    assert [t for _, _, t, _ in title_resource_spans28("The KroLeX Emotion Lexicon of Frisian")] == ["dataset"]
    assert [t for _, _, t, _ in title_resource_spans28("Bikers: The SpokeNet Cycling Corpus")] == ["dataset"]


def test_title_head_only_cuts():
    # "into" ends no phrase early: the guard never makes a data noun a head it was not ("Databases into ...").
    assert title_data_type28("method", "Quendrax", {"title": "Quendrax: Turning Frisian Databases into Lexicons"}) \
        is None
