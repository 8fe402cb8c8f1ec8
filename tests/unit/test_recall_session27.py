"""Session 25, round two (issue 10, PAPERKG_RECALL27): a longer spelling the corpus confirms ("Zorbian belief
propagation", defined in two papers) replaces the short known name ("belief propagation") it contains where a third
paper writes it bare (extract/recall27.py). Papers written for these tests (invented names and sentences), not
taken from any gold file or corpus abstract; the end-to-end cases fail with the part switched off.
"""

from __future__ import annotations

import pytest
from extract_cases import build_corpus  # tests/extract_cases.py

from paperkg.extract.recall27 import longer_spans27, plain_modifier27

DEFINING = [
    "We introduce Zorbian belief propagation (ZBP), a message-passing algorithm for loopy graphs with heavy tails.",
    "Zorbian belief propagation (ZBP) converges on sparse grids where earlier solvers diverge.",
]
BARE = "For inference on grid graphs we run Zorbian belief propagation and report marginals after ten sweeps."
LOWER = [
    "We introduce quorbian belief propagation (QBP), a message-passing algorithm for loopy graphs with heavy tails.",
    "Our solver, quorbian belief propagation (QBP), converges on sparse grids where earlier solvers diverge.",
]
LOWER_BARE = "For inference on grid graphs we run quorbian belief propagation and report marginals after ten sweeps."


@pytest.fixture(autouse=True)
def _no_tagger(monkeypatch):
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")


def _found(abstracts: list[str]) -> dict[str, dict[str, list[str]]]:
    """Paper id -> entity id -> texts of its mentions."""
    return {p.id: {e.id: [m.text for m in e.mentions] for e in p.entities} for p in build_corpus(*abstracts)}


def test_a_confirmed_longer_name_replaces_the_short_one():
    found = _found(DEFINING + [BARE])
    assert found["p2"] == {"method:zorbian-belief-propagation": ["Zorbian belief propagation"]}, found["p2"]


def test_a_lower_case_confirmed_longer_name_replaces_the_short_one():
    found = _found(LOWER + [LOWER_BARE])
    assert list(found["p2"]) == [next(iter(found["p0"]))], found
    assert found["p2"][next(iter(found["p0"]))] == ["quorbian belief propagation"]


@pytest.mark.parametrize("value", ["off", "longer-confirmed"])
def test_the_part_off(monkeypatch, value):
    monkeypatch.setenv("PAPERKG_RECALL27", value)
    found = _found(DEFINING + [BARE])
    assert "method:zorbian-belief-propagation" not in found["p2"], found["p2"]


def test_the_lower_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL27", "longer-lower")
    found = _found(LOWER + [LOWER_BARE])
    assert not set(found["p2"]) & set(found["p0"]), found


def test_one_defining_paper_is_not_enough():
    found = _found(DEFINING[:1] + [BARE])
    assert "method:zorbian-belief-propagation" not in found["p1"], found["p1"]


def test_other_papers_keep_the_short_name():
    found = _found(DEFINING + [BARE, "We compare belief propagation with mean-field inference on spin glasses."])
    assert "method:zorbian-belief-propagation" not in found["p3"] and found["p3"], found["p3"]


def test_the_same_output_in_any_paper_order():
    papers = DEFINING + [BARE, "We compare belief propagation with mean-field inference on spin glasses."]
    forward = _found(papers)
    backward = _found(papers[::-1])
    n = len(papers)
    assert forward == {f"p{n - 1 - int(k[1:])}": v for k, v in backward.items()}


NAMES = {"Zorbian belief propagation": "zbp", "pretrained belief propagation": "zbp", "our belief propagation": "zbp"}


def test_a_span_grows_by_a_plain_modifier_only():
    text = "We run Zorbian belief propagation here."
    s = text.index("belief")
    assert longer_spans27(text, [(s, s + len("belief propagation"), "bp")], NAMES) == [
        (s - len("Zorbian "), s + len("belief propagation"), "Zorbian belief propagation", "zbp",
         [(s, s + len("belief propagation"))])]
    for modifier in ("pretrained", "our"):
        text = f"We run {modifier} belief propagation here."
        s = text.index("belief")
        assert longer_spans27(text, [(s, s + len("belief propagation"), "bp")], NAMES) == []


def test_no_growth_into_the_same_group_or_across_another_span():
    text = "We run Zorbian belief propagation here."
    s = text.index("belief")
    short = (s, s + len("belief propagation"), "bp")
    assert longer_spans27(text, [(s, short[1], "zbp")], NAMES) == []  # already that group
    assert longer_spans27(text, [short, (s - len("run Zorbian "), s - 1, "x")], NAMES) == []  # "run Zorbian"
    assert longer_spans27(text, [short, (s + 7, s + len("belief propagation here"), "y")], NAMES) == []  # "propagation here"


@pytest.mark.parametrize("word,plain", [("Zorbian", True), ("conditional", True), ("fine-tuned", False),
                                        ("large", False), ("novel", False), ("the", False), ("3", False)])
def test_plain_modifiers(word, plain):
    assert plain_modifier27(word) is plain


def test_a_task_grows_into_a_task_only():
    text = "We study Zorbian pose estimation here."
    s = text.index("pose")
    short = (s, s + len("pose estimation"), "pe")
    names = {"Zorbian pose estimation": "zpe"}
    assert longer_spans27(text, [short], names, {"pe"}) == []
    assert len(longer_spans27(text, [short], names, {"pe", "zpe"})) == 1
    assert len(longer_spans27(text, [short], names)) == 1
