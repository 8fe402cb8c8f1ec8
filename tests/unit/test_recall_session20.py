"""Parts of session 20 (issue 10): misses pooled over every study set (extract/recall_rules.py, section "session
20"). Sentences and titles written for these tests (invented), not taken from any gold file or corpus abstract;
each end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL20).
"""

from __future__ import annotations

from extract_cases import entity_types as _entities  # tests/extract_cases.py

from paperkg.extract.recall_rules import resource_tail_spans, title_echo_spans

ECHO_TITLE = "Robust Subgraph Voting for Noisy Label Repair"
ECHO = ("Noisy labels hurt node classifiers. Our robust subgraph voting algorithm repairs labels by letting small "
        "neighbourhoods vote, and it needs no clean validation set.")


def _spans(found, text):
    return [text[s:e] for s, e, _, _ in found]


def test_a_title_phrase_echoed_in_lower_case_with_a_technique_noun_is_a_method():
    assert _entities(ECHO, ECHO_TITLE).get("robust subgraph voting") == "method"


def test_the_title_echo_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL20", "title-echo")
    assert "robust subgraph voting" not in _entities(ECHO, ECHO_TITLE)


def test_title_echo_cues():
    title = "Learning Tree Models by Shared Leaf Counting"
    # initials after the phrase (bare, not a bracketed definition)
    assert _spans(title_echo_spans("We define shared leaf counting SLC to compare trees.", title), "We define shared leaf counting SLC to compare trees.") == ["shared leaf counting"]
    # a naming word before it, a function word after it
    text = "We give a procedure, called shared leaf counting, that compares trees."
    assert _spans(title_echo_spans(text, title), text) == ["shared leaf counting"]


def test_title_echo_leaves_descriptions_and_concepts_out():
    title = "Shared Leaf Counting for Tree Models"
    for text in ("We propose a novel shared leaf counting method for trees.",  # a description: no determiner
                 "We study a problem called shared leaf counting, which is hard.",  # a problem, not a technique
                 "This is the so-called shared leaf counting, known for decades.",  # a phenomenon
                 "We introduce the concept of shared leaf counting to compare trees.",  # a concept
                 "Our shared leaf counting rule is fast."):  # no technique noun
        assert title_echo_spans(text, title) == [], text
    # the abstract goes on with the title's next words: the phrase is cut
    text = "We use the shared leaf counting for tree models algorithm."
    assert "shared leaf counting" not in _spans(title_echo_spans(text, title), text)


def test_title_echo_skips_generic_heads_and_capitalised_echoes():
    title = "Sparse Tree Models and Shared Leaf Counting"
    text = "The sparse tree models algorithm is old. Our Shared Leaf Counting algorithm is new."
    assert title_echo_spans(text, title) == []


RESOURCE = ("We test the forecaster on all 85 series from the QWE archive and on two sets from the ZXC repository, "
            "where it beats every baseline.")


def test_a_resource_noun_after_a_data_name_is_kept():
    found = _entities(RESOURCE)
    assert found.get("QWE archive") in ("dataset", "benchmark")
    assert found.get("ZXC repository") in ("dataset", "benchmark")


def test_the_resource_tail_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL20", "resource-tail")
    assert "QWE archive" not in _entities(RESOURCE)


def test_resource_tail_guards():
    for text in ("Our code is in the GitHub repository.",  # a code host
                 "Product reviews are noisy and short.",  # a sentence's first word
                 "We translate with the News Translation shared task data.",  # the name goes on before
                 "We read 5 English reviews per film.",  # a language
                 "Releases are kept with the QWE archive in Oslo."):  # a place data is kept, not a source used
        assert resource_tail_spans(text) == [], text
    text = "Results on FOOBAR reviews and the FOOBAR shared tasks."  # a shared task is the series' (session 11)
    assert [(text[s:e], t) for s, e, t, _ in resource_tail_spans(text)] == [("FOOBAR reviews", "dataset")]


def test_whole_switch_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL20", "off")
    assert "robust subgraph voting" not in _entities(ECHO, ECHO_TITLE)
    assert "QWE archive" not in _entities(RESOURCE)
