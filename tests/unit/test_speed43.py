"""speed43 (session 41, docs/history/speed43.md): the three pre-checks give what the former code gave.

- ``recall48._finds48`` by ``str.find`` = the former per-name ``re.finditer`` (copied here);
- ``recall47.writes_known47`` over the minimal names = ``any`` over every known name;
- ``precision46.cue_families46`` (lowered anchors for ASCII texts) and ``cued_kind46`` (the name pre-check) = the
  former functions (copied here), on the study corpora's texts and on texts with cues, names and the characters
  re.I folds apart from ``str.lower`` ("ſ", the Kelvin sign, "İ") planted.
"""

from __future__ import annotations

import random
import re

from extract_cases import study_records  # tests/extract_cases.py

from paperkg.extract import precision46, recall47, recall48

TEXTS = [t for pair in study_records() for t in pair if t]
# Neighbours of a planted name: separators, the glue the rules refuse (word characters of every kind, "-", "_"),
# URL parts, and characters whose case folding differs under re.I.
SIDES = [" ", "(", ")", ",", ".", "-", "_", "/", "x", "3", "é", "\u00b2", "\u0663", "\u212a", "\u0130", "\u017f",
         "\n", "://", "www.", ""]


def _old_finds48(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text)
            if not recall48._in_url48(text, m.start(), m.end())]


def _old_cue_families46(text: str) -> tuple[bool, ...]:
    low = text.lower()
    return tuple(any(w in low for w in words) and a.search(text) is not None
                 for words, a in zip(precision46._ANCHOR_WORDS46, precision46._ANCHORS46))


def _old_cued_kind46(name: str, text: str) -> bool:
    if len(name) < 2:
        return False
    present = _old_cue_families46(text)
    return any(p.search(text) for f, here in enumerate(present) if here
               for p in precision46._cue_patterns46(name, f))


def _planted(names: list[str], n: int, seed: int) -> list[tuple[str, str]]:
    """(text, name): a study text with the name written 1-3 times between random neighbours."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text, name = rng.choice(TEXTS), rng.choice(names)
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(SIDES) + name + rng.choice(SIDES) + text[at:]
        out.append((text, name))
    return out


NAMES48 = ["BERT", "GPT-2", "X", "a", "C++", "Video-Panda", "U-Net", "T5", "MAML", "aa", "ab", "ba", "n.n", "Ω-Net"]


def test_finds48_equals_the_former_pattern_on_planted_names():
    cases = _planted(NAMES48, 3000, 43)
    hits = 0
    for text, name in cases:
        got = recall48._finds48(text, name)
        assert got == _old_finds48(text, name), (name, text)
        hits += len(got)
    assert hits > 500  # the cases hold true mentions, not only refused ones


def test_finds48_equals_the_former_pattern_on_overlaps_and_edges():
    for text in ["aaa", "aaaa", "a a a", "aa-aa aa", "aa", "", "xaa aa_aa aa", "abab ab ab", "ab ab", "(aa)"]:
        for name in ["a", "aa", "aaa", "ab", "b", ""]:
            assert recall48._finds48(text, name) == _old_finds48(text, name), (text, name)


def test_finds48_equals_the_former_pattern_on_study_words():
    rng = random.Random(7)
    for text in rng.sample(TEXTS, min(300, len(TEXTS))):
        for name in set(rng.sample(re.findall(r"[A-Z][\w\-]+", text) or ["Model"], 1) + ["the", "model", "-"]):
            assert recall48._finds48(text, name) == _old_finds48(text, name), (name, text)


def test_writes_known47_equals_any_known_name():
    names = sorted(recall47.known_names47())
    assert len(recall47._least_known47()) < len(names)
    assert recall47._least47(frozenset({"ab", "abs", "cd"})) == ("ab", "cd")
    cases = [t for t, _ in _planted(names, 1500, 47)] + TEXTS
    flags = [recall47.writes_known47(t) for t in cases]
    assert flags == [any(n in t for n in names) for t in cases]
    assert sum(flags) > 1000
    for n in names:  # each name alone: a plural row with no singular row would be missed by a wrong reduction
        assert recall47.writes_known47(f"We use {n} here.")


CUES46 = ["the {n} query language", "{n}, a planning language", "the data model {n}", "the {n} file format",
          "news sites such as {n}", "the {n} news website", "query languages like {n}", "Data  Models such as {n}",
          "the Planning\nLanguage {n}", "an XML FILE FORMAT", "the \u017fpecification language {n}",
          "data model\u017f {n}", "the {n} Query \u212aanguage", "{n}, a \u0130nterchange format"]
NAMES46 = ["PDDL", "GraphQL", "PAULA", "BBC-Arabic", "pddl", "X\u017fML", "MIDI", "C\u212aL"]


def _cue_texts(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text, name = rng.choice(TEXTS), rng.choice(NAMES46)
        at = rng.randint(0, len(text))
        cue = rng.choice(CUES46).format(n=rng.choice([name, name.upper(), name.lower(), rng.choice(NAMES46)]))
        out.append((text[:at] + " " + cue + " " + text[at:], name))
    return out


def test_cue_families46_equals_the_former_search():
    cases = [t for t, _ in _cue_texts(1500, 46)] + TEXTS
    got = [precision46.cue_families46(t) for t in cases]
    assert got == [_old_cue_families46(t) for t in cases]
    assert sum(any(g) for g in got) > 1000


def test_cue_families46_reads_non_ascii_folds_as_before():
    # re.I matches "ſ" to "s": the lowered anchors must not be used on such a text
    for text in ["the \u017fpecification language", "a data model\u017f", "the \u0130nterchange format here"]:
        assert precision46.cue_families46(text) == _old_cue_families46(text)
        assert any(precision46.cue_families46(text))


def test_cued_kind46_equals_the_former_patterns():
    cases = _cue_texts(600, 460)
    got = [precision46.cued_kind46(name, text) for text, name in cases]
    assert got == [_old_cued_kind46(name, text) for text, name in cases]
    assert sum(got) > 100
