"""Session 23's speed-ups keep what they replace (docs/history/speed.md "Extraction speed (session 23)")."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from paperkg.extract.corpus import ConfirmedNames

SPELLINGS = {"Quillon Net": "k1", "Quillon": "k2", "Brisk-7": "k3", "QGM": "k4", "QGM-2": "k5", "A.B.C": "k6",
             "7B": "k7", "Net": "k8"}
PIECES = ["Quillon", "Net", "Quillon Net", "QGM", "QGM-2", "QGMs", "Brisk-7", "Brisk-70", "A.B.C", "A.B.C.", "7B",
          "x-", "a", "the", "(", ")", ",", ".", " ", "-", "/", "_", "+", "2", "é", "Zeta", "net"]


def _split(spellings: dict[str, str], k: int) -> tuple[ConfirmedNames, ConfirmedNames]:
    items = sorted(spellings.items())
    return ConfirmedNames(dict(items[:k])), ConfirmedNames(dict(items[k:]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join), st.integers(0, len(SPELLINGS)),
       st.integers(0, 2**32 - 1))
def test_the_second_finder_at_the_kept_word_starts_finds_what_its_own_scan_finds(text, k, seed):
    """canonical's second look: the first finder's scan keeps the word starts of the second finder's spellings;
    ``find_at`` on them equals ``find`` of the text, for any split of the spellings and any taken spans."""
    first, second = _split(SPELLINGS, k)
    rng = random.Random(seed)
    taken = sorted((a, a + rng.randint(1, 12)) for a in rng.sample(range(max(1, len(text))), min(3, len(text))))
    more = [(a, a + 3) for a in range(0, len(text), 17)][: rng.randint(0, 3)]
    kept: list = []
    assert first.find(text, taken, kept, second.by_first) == first.find(text, taken)  # keeping changes no find
    assert second.find_at(text, taken + more, kept) == second.find(text, taken + more)


def test_kept_word_starts_are_only_the_other_finders_and_in_text_order():
    first, second = _split(SPELLINGS, 4)
    text = "QGM and Quillon Net beat Brisk-7; QGM-2 too (7B), but not xQGM."
    kept: list = []
    first.find(text, [], kept, second.by_first)
    assert kept == sorted(kept) and kept and all(tok in second.by_first for _, tok in kept)
    assert [text[s:e] for s, e, _, _ in second.find_at(text, [], kept)] == [
        text[s:e] for s, e, _, _ in second.find(text, [])] != []


WORD_PIECES = ["is", "ll", "ation", "ations", "ed", "er", "ers", "ing", "e", "es", "i", "s", "l", "z", "model", "optim",
               "A", "IS", "LL", "-", "1", "é", "ss", "ies", "ch"]


def _fold_word_before(word: str, last: bool) -> str:
    """text._fold_word as it was before session 23 (both British-spelling regexes on every long alphabetic word)."""
    from paperkg.extract import text

    low = word.lower()
    if len(low) > 4 and low.isalpha():
        for pattern, repl in text._BRITISH:
            low = pattern.sub(repl, low)
    if last and low.isalpha() and not word.isupper() and (len(low) > 4 or len(low) == 4 and low[-2] not in "aeiousyn"):
        if low.endswith("ies") and len(low) > 4:
            low = low[:-3] + "y"
        elif low.endswith(("sses", "xes", "ches", "shes")):
            low = low[:-2]
        elif low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")):
            low = low[:-1]
    return low


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=6).map("".join), st.booleans())
def test_fold_word_with_its_letter_guards_equals_the_unguarded_regex_subs(word, last):
    """text._fold_word tries a British-spelling regex only on a word holding the letters it starts with."""
    from paperkg.extract import text

    assert text._fold_word(word, last) == _fold_word_before(word, last)


def test_fold_word_still_folds_british_spellings():
    from paperkg.extract import text

    assert [text._fold_word(w, True) for w in ("optimisations", "modelling", "Normalised", "tokeniser")] == [
        "optimization", "modeling", "normalized", "tokenizer"]
