"""Session 24, round two (issue 10, PAPERKG_RECALL25): lower-case technique names the corpus defines are found where
another paper writes them bare (extract/recall25.py, ``lower-confirmed``). Papers written for these tests
(invented names and sentences), not taken from any gold file or corpus abstract; the end-to-end cases fail with
the part switched off.
"""

from __future__ import annotations

import pytest

from paperkg.extract.canonical import canonicalise, canonicalise_with_memo
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper
from paperkg.extract.recall25 import RECALL_RULES25, lower_name25

DEFINING = [
    "We index images with spline quorble hashing (SQH), which maps descriptors to short binary codes.",
    "Codes from spline quorble hashing (SQH) are compared by Hamming distance on a million photos.",
]
BARE = "Our retrieval system replaces spline quorble hashing with learned codes and halves the query time."


@pytest.fixture(autouse=True)
def _no_tagger(monkeypatch):
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")


def _found(abstracts: list[str]) -> dict[str, dict[str, list[str]]]:
    """Paper id -> entity id -> rules of its mentions."""
    out = canonicalise(extract_local_all([Paper(f"p{i}", None, a) for i, a in enumerate(abstracts)]))
    return {p.id: {e.id: [m.rule for m in e.mentions] for e in p.entities} for p in out}


def _bare_hit(found: dict, pid: str) -> list[str]:
    return [eid for eid, rules in found[pid].items() if "quorble" in eid and "corpus:confirmed" in rules]


def test_a_lower_case_name_two_papers_define_is_found_bare():
    found = _found(DEFINING + [BARE])
    hit = _bare_hit(found, "p2")
    assert hit and hit[0].startswith("method:"), found["p2"]
    # the same node as the defining papers'
    assert set(hit) <= set(found["p0"]) and set(hit) <= set(found["p1"]), found


@pytest.mark.parametrize("value", ["off", "lower-confirmed"])
def test_the_part_off(monkeypatch, value):
    monkeypatch.setenv("PAPERKG_RECALL25", value)
    assert _bare_hit(_found(DEFINING + [BARE]), "p2") == []


def test_one_defining_paper_is_not_enough():
    assert _bare_hit(_found(DEFINING[:1] + [BARE]), "p1") == []


def test_a_phrase_most_papers_write_without_a_cue_is_not_looked_for():
    plain = [f"In study {i}, spline quorble hashing of the {w} logs was repeated each week."
             for i, w in enumerate(["server", "router", "sensor", "camera", "phone", "meter", "switch"])]
    found = _found(DEFINING + plain + [BARE])
    assert _bare_hit(found, f"p{len(DEFINING) + len(plain)}") == []  # cued in 2 of 10 papers: under the share


def test_the_same_output_in_any_paper_order():
    papers = DEFINING + [BARE, "We compare spline quorble hashing to product codes on text retrieval."]
    forward = _found(papers)
    backward = _found(papers[::-1])
    n = len(papers)
    assert forward == {f"p{n - 1 - int(k[1:])}": v for k, v in backward.items()}
    assert _bare_hit(forward, "p3")


def test_a_corpus_built_in_parts_gives_the_full_corpus_output():
    # the defining papers stored first, the bare use added later (and the reverse): the memo path equals the full one
    for first_part, added in ((DEFINING, [BARE]), ([BARE], DEFINING)):
        papers = [Paper(f"p{i}", None, a) for i, a in enumerate(first_part + added)]
        first = extract_local_all(papers[:len(first_part)])
        both = sorted(first + extract_local_all(papers[len(first_part):]), key=lambda r: r.paper.id)
        _, memo = canonicalise_with_memo(first, None)
        with_memo, _ = canonicalise_with_memo(both, memo)
        full = canonicalise(both)
        assert with_memo == full
        assert any("corpus:confirmed" in m.rule for p in full for e in p.entities for m in e.mentions
                   if "quorble" in e.id)


@pytest.mark.parametrize("text", [
    "We solve it with spline quorble hashing of multipliers, a splitting scheme.",  # a longer name goes on
    "We build on the bipolar spline quorble hashing of earlier work for photo search.",  # a modifier before it
    "Codes come from the Wasserstein spline quorble hashing of old photo archives.",
    "Our hierarchical spline quorble hashing (HSQH) indexes photos at three scales.",  # the paper defines more
    "We give new spline quorble hashing bounds for photo search with short codes.",  # a bound, not the method
    "The spline quorble hashing problem is NP-hard for photo collections.",  # a problem
])
def test_a_name_cut_from_a_longer_one_or_a_problem_is_not_taken(text):
    assert _bare_hit(_found(DEFINING + [text]), "p2") == []


@pytest.mark.parametrize("text", [
    "Photo search using spline quorble hashing is fast, and spline quorble hashing, unlike trees, is small.",
    "Spline trees and spline quorble hashing are compared on photo search.",
])
def test_a_function_word_a_verb_or_punctuation_before_the_name(text):
    assert _bare_hit(_found(DEFINING + [text]), "p2")


@pytest.mark.parametrize("surface, ok", [
    ("spline quorble hashing", True),
    ("quorble hashing", True),
    ("single-task learning", False),  # a paradigm's head
    ("feature aggregation module", False),  # a part of one paper's model
    ("novel quorble hashing", False),  # an opener
    ("the quorble hashing", False),  # a stop word first
    ("quorble", False),  # one word
    ("quorble hashing of", False),  # a stop word last
    ("Spline quorble hashing", False),  # capitalised: the second look proper finds those
])
def test_the_spelling_guards(surface, ok):
    assert lower_name25(surface) is ok


def test_parts_named():
    assert RECALL_RULES25 == ("lower-confirmed",)
