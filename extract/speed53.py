"""Session 50 (speed53, issues 10/12): ``types51._method_head51``'s four per-name patterns, gated exactly.

``_method_head51`` builds four patterns around a benchmark-typed name and compiles each (the name is rarely seen in
another paper, so ``re``'s cache misses: ~0.4 ms in re's Python parser a pattern). speed46's ``method_head_plan46``
rules a pattern out when the text round the name lacks a word it needs; of 2,000 random 73k abstracts 97 calls still
compiled and searched (types51 was the largest holder of the run's 601 compiles).

Here each pattern is cut at the name into a static part compiled once, and tried at each place the text holds the
name between the patterns' look-arounds (``(?<![\\w-])NAME(?![\\w-])``, case-sensitive as the patterns are):

- "NAME, a ... HEAD" starts with the name: its tail is matched right after the name;
- the three patterns ending in the name ("... named NAME", "our HEAD NAME", "propose a ... HEAD NAME") end in
  ``\\s+`` right before it: their head is searched in the text cut at the name (``endpos``) with ``\\Z`` after it.
  No part of a head looks past its own last character (the last element is ``\\s+``; each ``\\b`` in it has
  characters after it), so cutting the text there changes none of its matches.

A full-pattern match is the name at one such place with the static part matching on its side, so where no place
passes, the pattern has no match and is skipped; where one passes, the caller runs its old ``re.finditer`` (which
chooses the match and reads its groups as before). The gate only removes searches that find nothing: the output
cannot change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

_HEAD53 = (r"(?:framework|method|methodology|approach|model|algorithm|tracker|network|architecture|technique|"
           r"pipeline|strategy|mechanism|scheme|solver|learner|estimator|detector|generator|planner|policy)s?")
_NAMING53 = r"(?:named|called|dubbed|termed|coined|namely|denoted(?:\s+as)?)"

# types51._method_head51's patterns without the name (kept equal to them: tests/unit/test_speed53.py rebuilds each
# full pattern from these parts and compares it with the one types51 builds)
AFTER_NAME53 = re.compile(
    r"(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s-|\s+is)\s*(?:a|an|the\s+first)\s+"
    r"(?P<mods>[^.;:()]{0,90}?)\b(?P<head>" + _HEAD53 + r")\b")
BEFORE_NAME53 = (
    re.compile(r"\b(?:propos|present|introduc|develop|design|devis|build|construct)\w*\s+(?:a|an)\s+"
               r"(?P<mods>[^.;:()]{0,60}?)\b(?P<head>" + _HEAD53 + r")\b[^.;()]{0,90}?,?\s*" + _NAMING53 + r"\s+\Z"),
    re.compile(r"\b[Oo]ur\s+(?P<mods>(?:proposed\s+|new\s+|novel\s+)?)(?P<head>" + _HEAD53 + r"),?\s+\Z"),
    re.compile(r"\b(?:propos|present|introduc|develop|design|devis)\w*\s+(?:a|an)\s+(?P<mods>[^.;:()]{0,60}?)\b"
               r"(?P<head>" + _HEAD53 + r"),?\s+\Z"),
)
_WORD_OR_HYPHEN53 = re.compile(r"[\w-]")


def method_head_gate53(text: str, form: str, plan: tuple[bool, bool, bool]) -> tuple[bool, bool, bool, bool]:
    """Which of ``_method_head51``'s four patterns (in its order) can match ``text``, given speed46's ``plan``
    (after, named, headed): False only for a pattern with no match."""
    p1, p2, p34 = plan
    todo = [p1, p2, p34, p34]
    can = [False, False, False, False]
    if not form:
        return p1, p2, p34, p34  # the empty name: let the patterns decide
    n = len(form)
    at = text.find(form)
    while at >= 0 and todo != can:
        end = at + n
        if not (at and _WORD_OR_HYPHEN53.match(text, at - 1)) and not _WORD_OR_HYPHEN53.match(text, end):
            if todo[0] and not can[0] and AFTER_NAME53.match(text, end):
                can[0] = True
            for k in (1, 2, 3):
                if todo[k] and not can[k] and BEFORE_NAME53[k - 1].search(text, 0, at):
                    can[k] = True
        at = text.find(form, at + 1)
    return can[0], can[1], can[2], can[3]


# --- recall41's data-suffix scan: the words a listed form can start at, found without walking every word ---------
# recall41.suffix_candidates41 cut the abstract into words (``_WORD41``: ``[A-Za-z0-9][\w\-.'’+]*``), kept their spans
# (~150 a paper) and walked all of them to test each against the first words of the listed data forms; 2.2 words a
# paper pass. Here the test runs once per distinct word (from ``findall``: the same words), and only the passing
# ones are looked up in the text (``str.find``): an occurrence is that word of the walk where the word ``_WORD41``
# matches there is exactly it and it starts a word of the walk (no letter or digit in the run of word characters
# right before it: ``finditer`` would have started a word there and swallowed it). The words after it are found as
# the walk's next words: the next word follows a single space only when the character after the word is a space and
# the one after that starts a word (the gap after a word holds no letter or digit, so the walk's next word starts at
# the first one).
_WORD_START53 = re.compile(r"[A-Za-z0-9]")
_WORD_PART53 = re.compile(r"[\w\-.'’+]")


def first_word_runs53(text: str, word: re.Pattern, listed: Container[str],
                      passes: Callable[[str], bool]) -> list[list[tuple[int, int]]]:
    """For each word of ``word.finditer(text)``, in order, that is not glued to the text before it (after a letter,
    digit, "-", "_" or "/") and whose text ``passes``: its span and those of the (up to three) words after it, each
    after a single space. ``word`` is recall41's ``_WORD41``; ``passes(w)`` is ``w in listed`` or a test of a word
    holding "-" or "+"."""
    words = set(word.findall(text))
    if isinstance(listed, (set, frozenset)):
        firsts = (words & listed) | {w for w in words if ("-" in w or "+" in w) and passes(w)}
    else:
        firsts = {w for w in words if passes(w)}
    if not firsts:
        return []
    starts: list[tuple[int, int]] = []
    for w in firsts:
        n = len(w)
        p = text.find(w)
        while p >= 0:
            if _walk_word_at53(text, p, n, word):
                starts.append((p, p + n))  # the walk's word there is exactly w
            p = text.find(w, p + 1)
    starts.sort()
    out = []
    size = len(text)
    for s, e in starts:
        run = [(s, e)]
        while len(run) < 4 and e + 1 < size and text[e] == " " and _WORD_START53.match(text, e + 1):
            m = word.match(text, e + 1)  # matches: it starts with a letter or digit
            if m is None:
                break
            e = m.end()
            run.append((m.start(), e))
        out.append(run)
    return out


def _walk_word_at53(text: str, p: int, n: int, word: re.Pattern) -> bool:
    """Is ``text[p:p + n]`` a word of the walk that suffix_candidates41 tries (not after a letter, digit, "-", "_"
    or "/")?"""
    if p and (text[p - 1].isalnum() or text[p - 1] in "-_/"):
        return False
    m = word.match(text, p)
    if m is None or m.end() != p + n:
        return False
    q = p - 1
    while q >= 0 and _WORD_PART53.match(text, q):
        if _WORD_START53.match(text, q):
            return False  # inside a word that starts before p
        q -= 1
    return True
