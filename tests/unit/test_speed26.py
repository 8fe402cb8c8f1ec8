"""Session 25's LeadScan (scan.py) finds what ``re``'s own finditer finds (docs/history/speed.md, session 25)."""

from __future__ import annotations

import random
import re

import pytest

from paperkg.extract import recall_rules, resolve, rules
from paperkg.extract.scan import WORD_START, LeadScan, WordStartScan, lead_literals, word_start_scan

# Every pattern the rules scan with word_start_scan.
PRODUCT = {"LIST_INTRO": rules.LIST_INTRO, "NAMING": rules.NAMING, "PROPOSAL": rules.PROPOSAL,
           "NAMING_VERB": rules.NAMING_VERB, "NAMING_CUE": resolve.NAMING_CUE,
           "PROPOSED_LOWER_SCAN25": recall_rules.PROPOSED_LOWER_SCAN25, "models": rules.model_family_regex()}


def _texts(words: list[str], n: int, seed: int) -> list[str]:
    """Invented texts: the given words (a pattern's leads and near misses), cut, re-cased and glued to letters,
    spaces, hyphens, quotes and capitals, so that matches start right after a word character or not."""
    rnd = random.Random(seed)
    glue = ["", " ", "  ", "\n", "-", "a", "x", "X", "1", "_", ",", ".", "(", ")", ":", '"', "\u00e9", " as ",
            " it ", " the ", " such as ", " our ", " we ", " A ", " Foo ", " BarNet ", " e.g., "]
    out = ["", " ", "we", "called"]
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 12)):
            w = rnd.choice(words)
            r = rnd.random()
            if r < 0.15:
                w = w[: rnd.randint(0, len(w))]
            elif r < 0.25:
                w = w.swapcase()
            parts.append(w)
            parts.append(rnd.choice(glue))
        out.append("".join(parts))
    return out


def _vocabulary(pattern: re.Pattern) -> list[str]:
    leads = lead_literals(pattern) or []
    return leads + ["we call", "We propose", "termed", "denoted as", "referred to as", "which we name", "models like",
                    "datasets (", "benchmarks, such as", "This paper presents", "our work introduces", "Foo", "BAR"]


@pytest.mark.parametrize("name", sorted(PRODUCT))
def test_word_start_scan_equals_finditer_on_invented_texts(name):
    pattern = PRODUCT[name]
    scan = word_start_scan(pattern)
    found = 0
    for text in _texts(_vocabulary(pattern), 1500, sum(map(ord, name))):
        want = [m.span() for m in pattern.finditer(text)]
        got = list(scan.finditer(text))
        assert [m.span() for m in got] == want, (name, text)
        assert [m.groups() for m in got] == [m.groups() for m in pattern.finditer(text)]
        found += bool(want)
    assert found > 50 or name == "models"  # the invented texts do hold matches


def test_lead_scan_equals_word_start_scan_where_both_apply():
    # The patterns that became LeadScans, also through the general scan they replaced.
    leads = [p for p in PRODUCT.values() if isinstance(word_start_scan(p), LeadScan)]
    assert {rules.LIST_INTRO, rules.NAMING, resolve.NAMING_CUE} <= set(leads)
    for k, pattern in enumerate(leads):
        old = WordStartScan(pattern)
        for text in _texts(_vocabulary(pattern), 500, 100 + k):
            assert [m.span() for m in word_start_scan(pattern).finditer(text)] == [
                m.span() for m in old.finditer(text)], text


def test_lead_literals():
    assert lead_literals(re.compile(r"\b(?:called|named)\s")) == ["called", "named"]
    assert lead_literals(re.compile(WORD_START + r"(Foo (?:Net|Set)|bar)x")) == ["Foo Net", "Foo Set", "bar"]
    assert lead_literals(re.compile(r"\bab(?:c|)d")) == ["ab"]  # an empty branch: only what precedes it
    assert lead_literals(re.compile(r"\b(?:We|we)\s+x|\bthe\b")) == ["We", "the", "we"]
    assert lead_literals(re.compile(r"\b[Ww]e\s")) is None  # a class: no literal
    assert lead_literals(re.compile(r"\b(?:we|\w+ly)\s")) is None  # one way in is not literal
    assert lead_literals(re.compile(r"\bcalled", re.I)) is None  # "CALLED" matches too
    assert lead_literals(re.compile(r"\b(?i:called)")) is None


def test_lead_scan_passes_and_choice():
    scan = LeadScan(re.compile(r"\b(?:Models|models|call|called|We)\b"), ["Models", "We", "call", "called", "models"])
    assert scan.passes == [("We", ""), ("call", ""), ("odels", "Mm")]
    assert [m.group(0) for m in scan.finditer("Models, models, xmodels, call, recall, We, Twe.")] == [
        "Models", "models", "call", "We"]
    assert isinstance(word_start_scan(re.compile(r"\b(?:a|b)x")), WordStartScan)  # one-letter leads
    assert isinstance(word_start_scan(re.compile(r"\b[Ww]e\s")), WordStartScan)
    assert isinstance(word_start_scan(rules.model_family_regex()), WordStartScan)  # hundreds of names


def test_lead_scan_rejects_an_empty_match():
    with pytest.raises(ValueError):
        list(LeadScan(re.compile(r"\b(?:ab)??"), ["ab"]).finditer("ab ab"))  # a pattern that has no leads


def test_word_before_space_equals_the_pattern():
    rnd = random.Random(26)
    pieces = ["data", "Set", "x", "A", "  ", " ", "\n", "\t", "\u2003", "\x1c", "\u00e9", "1", "-", ",", "(", "set1 "]
    texts = ["", " ", "a ", "ab", " ab  "] + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
                                             for _ in range(5000)]
    matched = 0
    for text in texts:
        for end in range(len(text) + 1):
            for lo in {0, max(0, end - 5), max(0, end - 20)}:
                m = rules.PREV_WORD.search(text, lo, end)
                assert rules.word_before_space(text, lo, end) == ((m.start(1), m.group(1)) if m else None), (text, lo, end)
                matched += m is not None
    assert matched > 1000


def test_capitalised_word_before_holds_for_every_eponym_match():
    rnd = random.Random(261)
    leads = ["the", "a", "An", "x,", "ran", "Z", "", "1", "\u00e9"]
    words = ["Gibbs", "gibbs", "Monte-Carlo", "Ab", "A", "\u00c9t", "Kalman", "of", "X1"]
    seps = [" ", " ", "  ", "\n", "-", ""]
    texts = [rnd.choice(leads) + "".join(rnd.choice(seps) + rnd.choice(words) for _ in range(rnd.randint(1, 4)))
             + rnd.choice(seps) + " algorithm" for _ in range(6000)]
    matched = skipped = 0
    for text in texts:
        i = len(text) - len(" algorithm")
        for lo in {0, max(0, i - 10), max(0, i - 60)}:
            m = rules.EPONYM_BEFORE.search(text, lo, i + 1)
            if m:
                assert rules.capitalised_word_before(text, lo, i + 1), (text, lo)
                matched += 1
            else:
                skipped += not rules.capitalised_word_before(text, lo, i + 1)
    assert matched > 500 and skipped > 500  # the test passes and fails on the invented texts
    assert rules.eponym_spans("We run the Gibbs algorithm and the proposed algorithm.") == [(11, 16, "method", "rule:eponym")]
