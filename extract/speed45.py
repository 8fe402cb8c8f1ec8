"""Exact pre-checks that spare ``re`` a compile per paper (speed45, session 43, issue 10). No switch: pure speed.

Some rules build a pattern from a paper's own strings (a short form, a dataset name, a part of a name) and search
it once. Such a pattern is rarely seen twice, so ``re``'s cache misses and the stdlib compiles it in Python (~0.5-1
ms, a cost a compiled build does not cut): ~530 compiles on 3,000 random 73k abstracts after a warm-up
(docs/history/speed45.md). Where the text cannot hold a match, the helpers here say so with ``str.find`` and the
caller skips the pattern; where it can, the caller searches the same pattern as before. Each test below is a
condition every match needs, so a skipped search could not have matched and the output stays the same.

- ``occurrences45``: the starts of ``re.finditer(re.escape(word), text)`` without a pattern (left to right, not
  overlapping, as ``finditer`` goes on at a match's end).
- ``bracketed45``: can ``\\(\\s*WORD`` match in ``text``? A "(" then only whitespace before some occurrence of
  ``word``. ``str.isspace`` is re's ``\\s`` of a str pattern (both are ``Py_UNICODE_ISSPACE``; the test checks every
  code point).
- ``spaced45``: an ASCII lowered text with each whitespace character and "-" written " ": a pattern of (?i) ASCII
  words joined by ``[\\s\\-]`` matches there only where the words joined by " ", lowered, are in it.
- ``may_hold_caseless45``: can a ``re.IGNORECASE`` search of the literal ``word`` match in ``text``? With both
  ASCII, re.I matches an ASCII character only to its other case, so the lowered word is in the lowered text; a
  non-ASCII side (re.I folds "ſ", the Kelvin sign, "İ", "ı" to s, k, i) says True: searched as before.
"""

from __future__ import annotations


def occurrences45(text: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of each match of ``re.finditer(re.escape(word), text)``."""
    if not word:
        return [(k, k) for k in range(len(text) + 1)]  # finditer's empty matches
    out = []
    i = text.find(word)
    while i != -1:
        out.append((i, i + len(word)))
        i = text.find(word, i + len(word))
    return out


def bracketed45(text: str, word: str) -> bool:
    """False only when no occurrence of ``word`` in ``text`` follows a "(" and whitespace (none, or some)."""
    if not word:
        return True  # every position holds the empty word: let the pattern decide
    i = text.find(word)
    while i != -1:
        j = i
        while j and text[j - 1].isspace():
            j -= 1
        if j and text[j - 1] == "(":
            return True
        i = text.find(word, i + 1)
    return False


def may_hold_caseless45(text: str, word: str) -> bool:
    """False only when a case-blind search of the literal ``word`` cannot match in ``text``."""
    if not (text.isascii() and word.isascii()):
        return True
    return word.lower() in text.lower()


def spaced45(low: str) -> str:
    """``low`` (ASCII, lowered) with each whitespace character and "-" written " " (same length)."""
    return "".join(" " if c == "-" or c.isspace() else c for c in low)
