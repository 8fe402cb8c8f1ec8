"""Things extraction asks again and again that do not change while a batch of papers is extracted (session 12).

``fixed_environment``: the ablation switches (``PAPERKG_RECALL9`` ... ``PAPERKG_RECALL11``) are read from the
environment ~10 times a paper; ``os.environ.get`` of an unset variable raises and catches a KeyError inside (~5 us
a call, ~2 % of per-paper extraction). While ``extract_local`` runs a batch, ``env`` reads a copy taken at its start.
Outside it (tests that set a switch and call a rule directly) ``env`` reads the environment itself, as before.
Each process (pool or Dask worker) takes its own copy from its own environment: the same values the plain reads see.

``lowered`` / ``may_hold``: the gates of the rules' window searches. Many rules search a pattern in a window before
a mention (``re`` tries it at each of the window's characters); where the window cannot hold a word every match
needs, the search is skipped. A ``(?i:word)`` is looked for in the lower-cased text, which is exact but for three
characters (see ``_FOLD_APART``); ``tests/unit/test_memo.py`` checks it for every character.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

_state = threading.local()  # per thread: a Dask worker may run several batches at once in threads


def env(name: str, default: str = "") -> str:
    """``os.environ.get(name, default)``, from the copy while ``fixed_environment`` is active."""
    fixed = getattr(_state, "fixed", None)
    if fixed is not None:
        return fixed.get(name, default)
    return os.environ.get(name, default)


@contextmanager
def fixed_environment() -> Iterator[None]:
    """Read the environment once for the block (nothing in extraction sets a variable while it runs)."""
    outer = getattr(_state, "fixed", None)
    _state.fixed = dict(os.environ)
    try:
        yield
    finally:
        _state.fixed = outer


# Characters that re's IGNORECASE matches to an ASCII letter while str.lower() does not give that letter:
# "İ".lower() is "i̇" (two characters), "ı" and "ſ" stay as they are, though (?i) matches them to i, i and s.
_FOLD_APART = ("\u0130", "\u0131", "\u017f")


@lru_cache(maxsize=8)  # asked for each mention of each candidate of a paper's two texts
def lowered(text: str) -> str | None:
    """``text.lower()``, in which a lower-case ASCII word is found exactly where ``(?i:word)`` finds it in the
    text; None for the rare text where the two differ (it holds one of _FOLD_APART): test it as if it held it."""
    if any(ch in text for ch in _FOLD_APART):
        return None
    return text.lower()


def may_hold(text: str, lo: int, hi: int, words: re.Pattern) -> bool:
    """Can a ``(?i:...)`` of one of the lower-case literal words ``words`` finds match inside ``text[lo:hi]``? False
    only when none is there, and a window search of a pattern that needs one is skipped. ``lowered`` keeps every
    offset (it refuses a text with "İ")."""
    low = lowered(text)
    return low is None or words.search(low, max(0, lo), hi) is not None


# --- session 13: work a rule did per mention that depends only on the text, or repeated joins -------------------

CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")


@lru_cache(maxsize=8)  # asked for each mention of each candidate that recall_rules.spelt_acronym_fragment tests
def caps_words(text: str) -> frozenset[str]:
    """``set(re.findall(r"\\b[A-Z]{3,}\\b", text))``, found once per text."""
    return frozenset(CAPS_WORD.findall(text))


def spells_acronym(words: list[str], first: int, last: int, own: str, acronyms) -> bool:
    """Do the capitals of ``words[i..j]`` spell one of ``acronyms`` (3 or more of them, not ``own``), for some i in
    first-6..first and j in last..last+6? The loop of ``spelt_acronym_fragment``, each run's capitals cut from one
    string of the window's capitals instead of joined again for each of the 49 runs."""
    lo, hi = max(0, first - 6), min(len(words), last + 7)
    if last >= hi:
        return False
    caps = ["".join(ch for ch in w if ch.isupper()) for w in words[lo:hi]]
    joined = "".join(caps)
    at = [0]
    for c in caps:
        at.append(at[-1] + len(c))
    for i in range(first - lo + 1):
        for j in range(last - lo, hi - lo):
            run = joined[at[i] : at[j + 1]]
            if len(run) >= 3 and run != own and run in acronyms:
                return True
    return False


# --- session 28: window searches of patterns that end with given characters and white space ------------------

def before_ends_with(text: str, lo: int, end: int, last: str) -> bool:
    """Is the last character of ``text[lo:end]`` that is no white space one of ``last``? A window search of a
    pattern whose every match ends with one of them and white space (``\\s*$``: re's ``\\s`` is ``str.isspace()``,
    and its ``$`` also matches before a last line break, itself white space) is skipped where it is not (session 28):
    re tries such a pattern at every start of the window."""
    q = end
    while q > lo and text[q - 1].isspace():
        q -= 1
    return q > lo and text[q - 1] in last
