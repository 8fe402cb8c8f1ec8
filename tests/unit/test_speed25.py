"""Session 24 round two's speed-ups of the context rules give what the former code gave (docs/history/speed.md)."""

from __future__ import annotations

import random

from paperkg.extract import recall_rules as R
from paperkg.extract.scan import word_start_scan


def _phrases() -> list[str]:
    return sorted(" ".join(ws) for v in R._extended_names().values() for ws, _ in v)


def _texts(n: int, seed: int, glue: str) -> list[str]:
    """Invented texts: mined names in random case, their words joined by a space, a hyphen or something else, glued
    to letters, digits and punctuation (and, in some, the Kelvin sign, which lower-cases to "k")."""
    rnd = random.Random(seed)
    phrases = _phrases()
    out = ["", "-", "Stochastic Gradient Descent", "stochastic-gradient descent-", "a/stochastic gradient descent"]
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 6)):
            p = "".join(c.upper() if rnd.random() < 0.3 else c for c in rnd.choice(phrases))
            if rnd.random() < 0.4:
                p = p.replace(" ", rnd.choice(["-", "  ", "/", " ", "\n", "_", "1"]), 1)
            parts.append(p)
            parts.append("".join(rnd.choice(glue) for _ in range(rnd.randint(0, 3))))
        out.append("".join(parts))
    return out


def test_extended_names_fast_path_equals_the_word_walk():
    texts = _texts(2000, 25, "aAbBkK -/ .,x1_") + _texts(300, 26, "aK\u212a\u0130\u017f -.")
    found = 0
    for text in texts:
        want = R._extended_name_walk25(text)  # the walk over every word, the code before round two
        assert R.extended_name_spans(text) == want, text
        found += bool(want)
    assert found > 500  # the invented texts do hold names, and also texts without
    assert found < len(texts)
    assert sum(t.isascii() for t in texts) > 2000 and not all(t.isascii() for t in texts)  # both paths ran


def test_extended_names_known_cases():
    phrase = next(p for p in _phrases() if len(p.split()) > 1)
    assert R.extended_name_spans(f"We use {phrase}.")[0][:2] == (7, 7 + len(phrase))
    assert R.extended_name_spans(f"We use {phrase.upper()} here")[0][:2] == (7, 7 + len(phrase))
    assert R.extended_name_spans(f"We use \u00e9 {phrase.title()}")[0][:2] == (9, 9 + len(phrase))  # not ASCII
    assert R.extended_name_spans(f"We use x-{phrase}.") == []  # part of a longer hyphenated word
    assert R.extended_name_spans(f"We use {phrase}-based models.") == []
    assert R.extended_name_spans("We use " + phrase.replace(" ", ", ") + ".") == []


def _cue_texts(n: int, seed: int) -> list[str]:
    """Invented cues: a word of each slot of the patterns (or a near miss), joined by a random separator."""
    rnd = random.Random(seed)
    slots = [["a", "the", "x", "-", "_"], ["model", "methods", "method,", "Net", "approach", "which"],
             ["which", "that", "we", ","], ["We", "we", "swe", "We2", "_we", "-we", "WE"],
             ["propose", "present", "introduce", "call", "term", "refer to as", "dub", "name", "names", "refer"],
             ["the", "as", "a", ""], ["cluster", "Embedding", "x-y", "the", ""]]
    seps = [" ", " ", " ", "  ", "\n", "", ", "]
    return ["".join(rnd.choice(slot) + rnd.choice(seps) for slot in slots if rnd.random() < 0.9) for _ in range(n)]


def test_which_we_call_anchor_is_in_every_match():
    texts = _cue_texts(6000, 7) + ["a method that we call cluster embedding", "an approach which we refer to as x"]
    hits = 0
    for text in texts:
        if R.WHICH_WE_CALL24.search(text):
            hits += 1
            assert R.WHICH_WE_CALL_ANCHOR25.search(text), text
    assert hits > 10


def test_proposed_lower_scan_equals_the_cue_pattern():
    texts = _cue_texts(6000, 8) + ["We propose vocabulary adaptation", "_we propose x", "swe present the y"]
    scan = word_start_scan(R.PROPOSED_LOWER_SCAN25)
    hits = 0
    for text in texts:
        want = [m.span() for m in R.PROPOSED_LOWER_CUE24.finditer(text)]
        assert [m.span() for m in scan.finditer(text)] == want, text
        hits += bool(want)
    assert hits > 100
    assert R.proposed_lower_spans24("We propose vocabulary adaptation, a simple method.") != []
