"""speed45 (session 43, docs/history/speed45.md): pre-checks that spare a per-paper compile give what the patterns give.

Each helper of ``extract/speed45.py`` is checked against the pattern it stands in for, on random strings built to
hit and to miss; the rule functions that call them against the former code (copied here).
"""

from __future__ import annotations

import random
import re
import sys

from paperkg.extract import precision28, senses26
from paperkg.extract.speed45 import bracketed45, may_hold_caseless45, occurrences45, spaced45

ALPHABET = ["a", "b", "A", "B", "(", ")", " ", "-", "\t", "\u00a0", "\u2009", "x", "s", "ſ", "K", "\u212a", ",", "1"]


def _strings(rng: random.Random, n: int, size: int) -> list[str]:
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, size))) for _ in range(n)]


# ---- the helpers against their patterns ---------------------------------------------------------------------------

def test_isspace_is_re_whitespace_for_every_code_point():
    space = re.compile(r"\s")
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert c.isspace() == (space.match(c) is not None), hex(cp)


def test_occurrences45_is_finditer_of_the_escaped_word():
    rng = random.Random(4501)
    for text in _strings(rng, 3000, 30) + ["aaaa", "abababa", ""]:
        for word in ["a", "aa", "ab", "aba", "(", "a b", "", "A-1"]:
            assert occurrences45(text, word) == [m.span() for m in re.finditer(re.escape(word), text)], (text, word)
    assert occurrences45("aaaa", "aa") == [(0, 2), (2, 4)]  # not overlapping, as finditer


def test_bracketed45_is_false_only_where_the_bracket_pattern_cannot_match():
    rng = random.Random(4502)
    seen = {True: 0, False: 0}
    for text in _strings(rng, 6000, 24):
        for word in ["ab", "A", "aB", "x-1", ""]:
            got = bracketed45(text, word)
            want = re.search(r"\(\s*" + re.escape(word), text) is not None
            assert got == (want if word else True), (text, word)  # the empty word: no pre-check
            seen[got] += 1
    assert min(seen.values()) > 500  # both answers reached


def test_bracketed45_must_not_fire_without_a_bracket_before_the_word():
    assert not bracketed45("the SANet model (ours)", "SANet")
    assert not bracketed45("(see below) SANet", "SANet")  # a word between the bracket and the short form
    assert bracketed45("Scale Aggregation Network ( \u00a0SANet)", "SANet")


def test_may_hold_caseless45_is_false_only_where_the_ignorecase_search_cannot_match():
    rng = random.Random(4503)
    falses = 0
    for text in _strings(rng, 6000, 16):
        for word in ["ab", "As", "k1", "S", "bA b"]:
            if not may_hold_caseless45(text, word):
                falses += 1
                assert re.search(re.escape(word), text, re.IGNORECASE) is None, (text, word)
    assert falses > 1000
    assert may_hold_caseless45("ſ", "s")  # non-ASCII: re.I folds "ſ" to "s", so no pre-check
    assert not may_hold_caseless45("BLEU on WMT", "ImageNet")


def test_spaced45_keeps_length_and_every_joined_match():
    rng = random.Random(4504)
    hits = 0
    ascii_only = [c for c in ALPHABET if c.isascii()] + ["\x1c", "\n", "_"]  # \x1c: ASCII, and \s matches it
    for _ in range(6000):
        text = "".join(rng.choice(ascii_only) for _ in range(rng.randint(0, 20)))
        low = text.lower()
        sp = spaced45(low)
        assert len(sp) == len(low) and "-" not in sp and all(c == " " or not c.isspace() for c in sp)
        for parts in (["a", "b"], ["ab", "a"], ["b", "1", "a"]):
            m = re.search(r"(?i)" + r"[\s\-]".join(parts), text)
            if m is not None:
                hits += 1
                assert " ".join(parts) in sp
    assert hits > 200
    assert spaced45("mean-shift\tclustering") == "mean shift clustering"


# ---- the rule functions against the former code -------------------------------------------------------------------

def _old_own_bracket_words26(short: str, abstract: str) -> list[str]:
    want = senses26.spelt_letters26(short)
    out = []
    for m in re.finditer(senses26._BRACKET26.format(re.escape(short)), abstract):
        before = senses26._CLAUSE_BREAK26.split(abstract[max(0, m.start() - 160):m.start()])[-1]
        words = senses26._WORDS_BEFORE26.findall(before)
        for k in range(2, min(senses26.MAX_RUN26, len(words)) + 1):
            run = words[-k:]
            if senses26._initials26(run) == want and not senses26._phrase_ends26(run) and not any(
                    senses26._INNER_ACRONYM26.search(w) for w in run):
                out.append(" ".join(run))
                break
    return out


def test_own_bracket_words26_as_before():
    texts = ["We propose a Scale Aggregation Network (SANet) for crowds.",
             "We propose a Scale Aggregation Network ( SANets, ours) for crowds.",
             "SANet is fast; a Scale Aggregation Network is not (SANet) here.",
             "The SANet model works (see SANet).", "No bracket names SANet here."]
    found = 0
    for t in texts:
        for short in ["SANet", "SAN", "Net", "ours"]:
            got = senses26.own_bracket_words26(short, t)
            assert got == _old_own_bracket_words26(short, t)
            found += bool(got)
    assert found >= 2


def _old_institution_name28(name: str, texts: dict[str, str]) -> bool:
    parts = [p for p in re.split(r"[\-/\s]+", name) if len(p) > 1 and p[0].isupper()]
    if len(parts) < 2:
        return False
    text = f"{texts.get('title', '')} {texts.get('abstract', '')}"
    return any(re.search(rf"\b{re.escape(p)}\s+{precision28.INSTITUTION28}\b|\b{precision28.INSTITUTION28}\s+of\s+"
                         rf"(?:the\s+)?{re.escape(p)}\b", text) for p in parts)


def test_institution_name28_as_before():
    cases = [("Zorbix-Saarland", "Our team from Saarland University took part."),
             ("Zorbix-Saarland", "Our team from the University of Saarland took part."),
             ("Zorbix-Saarland", "Our team from Saarland took part."),  # no institution word: must not fire
             ("Zorbix-Saarland", "Saarland Universität"),
             ("Zorbix-Saarland", "the Laboratory of the Zorbix group"),
             ("Kyoto-NLP", "Kyoto College and the NLP Institute")]
    answers = []
    for name, abstract in cases:
        texts = {"title": "A system", "abstract": abstract}
        got = precision28.institution_name28(name, texts)
        assert got == _old_institution_name28(name, texts)
        answers.append(got)
    assert answers[0] and answers[1] and not answers[2]
