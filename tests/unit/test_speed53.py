"""speed53 (session 50, docs/history/speed53.md): types51's pattern gate and recall41's word scan give the old
answers."""

from __future__ import annotations

import re

import pytest

from paperkg.extract import recall41, speed53, types51
from paperkg.extract.speed46 import method_head_plan46


def _old_patterns(form: str) -> tuple[str, str, str, str]:
    """types51._method_head51's four patterns for ``form`` (as built there)."""
    f = r"(?<![\w-])%s(?![\w-])" % re.escape(form)
    head, naming = types51._HEAD51, types51._NAMING51
    return (
        f + r"(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s-|\s+is)\s*(?:a|an|the\s+first)\s+"
            r"(?P<mods>[^.;:()]{0,90}?)\b(?P<head>" + head + r")\b",
        r"\b(?:propos|present|introduc|develop|design|devis|build|construct)\w*\s+(?:a|an)\s+(?P<mods>[^.;:()]{0,60}?)"
            r"\b(?P<head>" + head + r")\b[^.;()]{0,90}?,?\s*" + naming + r"\s+" + f,
        r"\b[Oo]ur\s+(?P<mods>(?:proposed\s+|new\s+|novel\s+)?)(?P<head>" + head + r"),?\s+" + f,
        r"\b(?:propos|present|introduc|develop|design|devis)\w*\s+(?:a|an)\s+(?P<mods>[^.;:()]{0,60}?)\b"
            r"(?P<head>" + head + r"),?\s+" + f,
    )


def _old_method_head(text: str, form: str) -> str | None:
    """types51._method_head51 before speed53 (speed46's plan only)."""
    p1, p2, p34 = method_head_plan46(text, form)
    if not (p1 or p2 or p34):
        return None
    for p, can in zip(_old_patterns(form), (p1, p2, p34, p34)):
        if not can:
            continue
        for m in re.finditer(p, text):
            mods = m.group("mods")
            if types51._EVAL51.search(mods) or re.search(types51._DATA_NOUN51, mods, re.I) or types51._CLAUSE51.search(mods):
                continue
            return m.group("head").lower()
    return None


# invented for the tests: each pattern's shape, near misses (glued name, other case, a clause), names twice
HEAD_CASES = [
    ("We release ZorbNet, a family of fast visual trackers.", "ZorbNet"),
    ("ZorbNet (Zorb Network) is the first approach that tracks.", "ZorbNet"),
    ("ZorbNet: a novel framework for tracking.", "ZorbNet"),
    ("ZorbNet - an evaluation framework for trackers.", "ZorbNet"),
    ("We propose a novel unsupervised method by diversifying answers, named QuiBench.", "QuiBench"),
    ("We develop an approach that is fast, dubbed QuiBench, and test it.", "QuiBench"),
    ("Our proposed model QuiBench beats the rest.", "QuiBench"),
    ("our tracker QuiBench runs at 30 fps.", "QuiBench"),
    ("We present a new framework, QuiBench, for planning.", "QuiBench"),
    ("We present a new framework, QuiBench-2, for planning.", "QuiBench"),  # glued: the name goes on
    ("We present a new framework, xQuiBench, for planning.", "QuiBench"),  # glued before
    ("We present a new framework, quibench, for planning.", "QuiBench"),  # the patterns are case-sensitive
    ("QuiBench, a benchmark. Later: QuiBench, an approach which is new.", "QuiBench"),
    ("QuiBench is good. We propose a method called QuiBench.", "QuiBench"),
    ("Our model. QuiBench QuiBench, a new model.", "QuiBench"),
    ("No name here, a model of it.", "QuiBench"),
    ("We propose a planner named A.B. It is fast.", "A.B"),
]


@pytest.mark.parametrize("text,form", HEAD_CASES)
def test_method_head_matches_old(text, form):
    assert types51._method_head51(text, form) == _old_method_head(text, form)


@pytest.mark.parametrize("text,form", HEAD_CASES)
def test_gate_says_exactly_which_patterns_match(text, form):
    plan = method_head_plan46(text, form)
    gate = speed53.method_head_gate53(text, form, plan)
    full = [bool(can) and re.search(p, text) is not None
            for p, can in zip(_old_patterns(form), (plan[0], plan[1], plan[2], plan[2]))]
    assert list(gate) == full


def test_gate_finds_matches_and_skips_misses():
    assert speed53.method_head_gate53("Our proposed model QuiBench wins.", "QuiBench", (True, True, True))[2]
    assert speed53.method_head_gate53("ZorbNet, a new tracker.", "ZorbNet", (True, True, True))[0]
    # the plan says "can" (a head noun before, "," after), the patterns cannot: nothing to compile
    assert speed53.method_head_gate53("the model ZorbNet-2, fast", "ZorbNet", (True, True, True)) == (False,) * 4
    assert types51._method_head51("the model ZorbNet-2, fast", "ZorbNet") is None
    assert speed53.method_head_gate53("x", "", (True, False, True)) == (True, False, True, True)


def test_retype_still_retypes_a_defined_method():
    # the whole rule through its entry point: the gate lets the matching pattern through
    assert _old_method_head("We propose a novel framework, dubbed QuiBench, for planning.", "QuiBench") == "framework"
    assert types51._method_head51("We propose a novel framework, dubbed QuiBench, for planning.", "QuiBench") == \
        "framework"


# --- recall41 ---------------------------------------------------------------------------------------------------

def _old_suffix_candidates(text, data=None, other=None):
    """recall41.suffix_candidates41 before speed53: a walk over every word."""
    if data is None or other is None:
        data, other = recall41._listed41()
        firsts = recall41._first_words41()
    else:
        firsts = frozenset(f.split(" ")[0] for f in data)
    words = [(m.start(), m.end()) for m in recall41._WORD41.finditer(text)]
    out = []
    for i, (s, e0) in enumerate(words):
        if s and (text[s - 1].isalnum() or text[s - 1] in "-_/"):
            continue
        first = text[s:e0]
        if first not in firsts and not (("-" in first or "+" in first)
                                        and any(first[:c] in firsts for c in recall41._cuts41(first))):
            continue
        for j in range(i, min(i + 4, len(words))):
            e = words[j][1]
            if j > i and text[words[j - 1][1]:words[j][0]] != " ":
                break
            cand = text[s:e]
            for cut in recall41._cuts41(cand):
                typ = data.get(cand[:cut])
                if typ is None:
                    continue
                for pattern in (recall41.SUFFIX41, recall41.SUFFIX41_ONE):
                    m = pattern.match(text, s + cut)
                    if m is None or not recall41._suffix_ok41(m, other):
                        continue
                    if typ == "series":
                        if m.groupdict().get("roman") and (s, m.end(), typ) not in out:
                            out.append((s, m.end(), "series"))
                        continue
                    if (s, m.end(), typ) not in out:
                        out.append((s, m.end(), typ))
    return out


SUFFIX_TEXTS = [
    "Results on PASCAL VOC 2010 and KITTI Scene Flow, BioCreative V and CIFAR-10-Corrupted.",
    "We test on WIDER FACE, EGTEA Gaze+ and MultiWOZ 2.1 (and SQuAD 2.0), then COCO-Stuff.",
    "A pascal voc 2010 run, Zorblax V2 and KITTI-style data, the ImageNet ILSVRC set.",
    "e.g.KITTI Scene Flow and x.WIDER FACE are glued; +WIDER FACE and 'KITTI Scene Flow' are not.",
    "KITTI  Scene Flow (two spaces), KITTI\nScene Flow (a line break), KITTI Scene Flow Dataset.",
    "_KITTI Scene Flow, /KITTI Scene Flow, -KITTI Scene Flow, éKITTI Scene Flow, ’KITTI Scene Flow.",
    "KITTI Scene Flow KITTI Scene Flow, KITTIKITTI Scene Flow, KITTI KITTI Scene Flow.",
    "",
    "KITTI",
    "KITTI Scene Flow",
]


@pytest.mark.parametrize("text", SUFFIX_TEXTS)
def test_suffix_candidates_match_the_old_walk(text):
    assert recall41.suffix_candidates41(text) == _old_suffix_candidates(text)


def test_suffix_candidates_find_and_refuse():
    text = SUFFIX_TEXTS[0]
    found = {text[s:e] for s, e, _ in recall41.suffix_candidates41(text)}
    assert {"KITTI Scene Flow", "BioCreative V", "CIFAR-10-Corrupted"} <= found
    glued = SUFFIX_TEXTS[3]
    starts = [s for s, _, _ in recall41.suffix_candidates41(glued)]
    assert starts and all(glued[s - 1] in " +'" for s in starts)  # "e.g.KITTI", "x.WIDER": inside a word
    assert recall41.suffix_candidates41("No listed name here at all.") == []


def test_suffix_candidates_with_a_given_list_and_any_container():
    data = {"Foo": "dataset", "Foo-10": "dataset", "Bar Baz": "benchmark"}
    other = frozenset()
    text = "On Foo Face, Foo-10-Corrupted, Bar Baz 2019 and Foo-10+ we test; xFoo Face is glued."
    assert recall41.suffix_candidates41(text, data, other) == _old_suffix_candidates(text, data, other)
    assert recall41.suffix_candidates41(text, data, other)


def test_runs_follow_single_spaces_only():
    word = recall41._WORD41
    runs = speed53.first_word_runs53("a Foo b c d e. Foo  x, Foo", word, {"Foo"}, lambda w: w == "Foo")
    assert runs == [[(2, 5), (6, 7), (8, 9), (10, 11)], [(15, 18)], [(23, 26)]]
    # a Container that is no set: every word passes
    every = type("Every", (), {"__contains__": lambda self, key: True})()
    assert len(speed53.first_word_runs53("a b", word, every, lambda w: True)) == 2
