"""Faster forms of the context rules' regular expressions, each matching exactly what the plain form matches.

Python's ``re`` tries a pattern at every character of the text. Two shapes made that slow here:

* an alternation of many literal names (``GPT|GPT-4|Llama|...``): each position tried every name in turn.
  ``alternation`` writes the same names as a prefix tree (``G(?:PT(?:-4|)|...)``): a position tries only
  the names that begin with its character.
* a leading assertion (``(?<![\\w\\-])``, ``\\b``): a pattern that starts with one gets none of ``re``'s
  search shortcuts (a literal prefix or a first-character set). ``WordStartScan`` searches the pattern
  without it and checks the character before each match by hand. The shortcut needs every branch of
  the pattern to start with a literal character: ``We|we``, not ``[Ww]e``.
"""

from __future__ import annotations

import re
import re._constants as _c  # the parse's opcodes (lead_literals)
import re._parser as _parser
from collections.abc import Iterable, Iterator

WORD_START = r"(?<![\w\-])"  # the look-behind the rules put before a name: no letter, digit, _ or - before it
# What may not come before a match, for each leading assertion. A \b before a word character is "no word
# character before it": only patterns whose every match starts with a word character may lead with \b.
_NOT_BEFORE = {WORD_START: re.compile(r"[\w\-]"), r"\b": re.compile(r"\w")}
# Any other leading look-behind of one character class, "(?<![\w\-+/@.])": the class is what may not come before.
_CLASS_LOOKBEHIND = re.compile(r"\(\?<!(\[(?:\\.|[^\]\\])+\])\)")


def alternation(words: Iterable[str]) -> str:
    """A regex source that matches what ``"|".join(map(re.escape, words))`` matches, in the same order.

    An alternation takes the first alternative that lets the whole pattern match. Two literal words with
    different first characters never both match at one position, so grouping the words by their first
    character (keeping their order inside a group) changes no result, provided a word that is a prefix
    of others ("GPT" of "GPT-4") is tried where it was: ``words`` must list such a word after the longer
    ones (sorted longest first, as the rules do), and then it is the group's empty, last branch.
    """
    words = list(words)
    order = {w: i for i, w in reversed(list(enumerate(words)))}  # first position of each word
    ranked = sorted(order)
    for k, w in enumerate(ranked):  # the words that start with w follow it in sorted order
        for j in range(k + 1, len(ranked)):
            longer = ranked[j]
            if not longer.startswith(w):
                break
            if order[longer] > order[w]:
                raise ValueError(f"{w!r} comes before {longer!r}, which it is a prefix of: list longer words first")
    return _trie(words)


def _trie(words: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    branches = []
    for head, rests in groups.items():
        # A chain of one-way levels is one literal ("I" + "nternLM"), not nested groups.
        while all(rests) and len({r[0] for r in rests}) == 1:
            head += rests[0][0]
            rests = [r[1:] for r in rests]
        sub = _trie(rests)
        branches.append(re.escape(head) + (f"(?:{sub})" if sub else ""))
    if ends:
        branches.append("")
    return "|".join(branches)


class WordStartScan:
    """``finditer`` of a pattern that never matches the empty string and starts with ``WORD_START``, another
    look-behind of one character class (``(?<![\\w\\-+/@.])``), or ``\\b`` when every match starts with a
    word character.

    The pattern without its assertion is searched; a match whose start follows what the assertion forbids
    is dropped and the search goes on one character later, where the plain pattern would try next.
    """

    def __init__(self, pattern: re.Pattern):
        lead = next((a for a in _NOT_BEFORE if pattern.pattern.startswith(a)), None)
        not_before = _NOT_BEFORE.get(lead)
        if lead is None and (m := _CLASS_LOOKBEHIND.match(pattern.pattern)):
            lead, not_before = m.group(0), re.compile(m.group(1), pattern.flags)
        if lead is None:
            raise ValueError(f"pattern does not start with {' or '.join(_NOT_BEFORE)} or (?<![...]): "
                             f"{pattern.pattern[:40]!r}")
        self.pattern = pattern
        self._not_before = not_before
        self._rest = re.compile(pattern.pattern[len(lead) :], pattern.flags)

    def finditer(self, text: str) -> Iterator[re.Match]:
        search, not_before = self._rest.search, self._not_before.match
        pos = 0
        while True:
            m = search(text, pos)
            if m is None:
                return
            start, end = m.span()
            if start and not_before(text, start - 1):
                pos = start + 1
                continue
            if end == start:
                raise ValueError(f"{self.pattern.pattern[:40]!r} matched the empty string; use finditer")
            yield m
            pos = end  # where finditer goes on


# A LeadScan runs one str.find pass over the text for each lead (~1 ns a character) where re's search of a
# first-character set costs 5-13 ns a character (docs/history/speed.md, session 25): worth it up to a few
# passes. A pattern led by many words (the model names) keeps re's search.
MAX_PASSES = 8
MIN_LEAD = 2


class LeadScan:
    """``finditer`` of a pattern every match of which starts with one of a few literal strings, its leads
    (``lead_literals``): ``\\b(?:called|named|...)`` starts with "called" or "named".

    ``re`` tries such a pattern at every character in its first-character set ("c", "n": a fifth of the
    text); ``str.find`` of each lead is far cheaper, and the pattern is then tried only where a lead starts.
    ``finditer`` tries every position from where the last match ended and takes the first that matches; no
    other position can match, so trying the lead positions in order gives the same matches. ``match`` at a
    position sees the characters before it, so a leading ``\\b`` or look-behind is checked as before.
    Leads that differ only in their first character ("Models", "models") are found by one pass over the
    rest ("odels"), each hit checked for one of the first characters before it.
    """

    def __init__(self, pattern: re.Pattern, leads: list[str]):
        self.pattern = pattern
        # A lead that starts with another lead adds no position: "call" finds every "called".
        leads = [w for w in leads if not any(v != w and w.startswith(v) for v in leads)]
        heads: dict[str, str] = {}  # rest of a lead -> the first characters it follows
        for w in leads:
            heads[w[1:]] = heads.get(w[1:], "") + w[0]
        # (what str.find looks for, the characters one of which must come before it or "" for none)
        self.passes = [(rest, first) for rest, first in heads.items() if len(first) > 1 and len(rest) >= MIN_LEAD]
        self.passes += [(w, "") for w in leads if not any(w[1:] == rest for rest, _ in self.passes)]
        self.passes.sort()

    def finditer(self, text: str) -> Iterator[re.Match]:
        starts: list[int] = []
        for needle, first in self.passes:
            i = text.find(needle, 1 if first else 0)
            while i >= 0:
                if not first:
                    starts.append(i)
                elif text[i - 1] in first:
                    starts.append(i - 1)
                i = text.find(needle, i + 1)
        if not starts:
            return
        starts.sort()
        match = self.pattern.match
        pos = 0
        for start in starts:
            if start < pos:
                continue  # inside the last match
            m = match(text, start)
            if m is not None:
                if m.end() == start:
                    raise ValueError(f"{self.pattern.pattern[:40]!r} matched the empty string; use finditer")
                yield m
                pos = m.end()


def lead_literals(pattern: re.Pattern) -> list[str] | None:
    """Literal strings, one of which starts every match of the pattern (after a leading ``\\b`` or
    look-behind), read from ``re``'s parse of it; None when some way into the pattern does not start with a
    literal character, or under IGNORECASE."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    while items and (items[0][0] is _c.AT or (items[0][0] is _c.ASSERT_NOT and items[0][1][0] == -1)):
        items = items[1:]  # zero-width: \b, (?<!...)
    leads = _leads(items)
    return sorted(leads) if leads else None


def _leads(items: list) -> set[str] | None:
    """The leads of a parsed sequence: its literal characters up to the first other item, followed (when that
    item is an alternation or a group) by the leads of each way through it. None when a way can start with
    something other than a literal character: then nothing is known."""
    prefix = ""
    for op, av in items:
        if op is _c.LITERAL:
            prefix += chr(av)
            continue
        inner: set[str] | None = None
        if op is _c.BRANCH:
            inner = set()
            for alternative in av[1]:
                way = _leads(list(alternative))
                if not way:
                    inner = None
                    break
                inner |= way
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
            inner = _leads(list(av[3]))
        if inner and (len(inner) <= 4 * MAX_PASSES or not prefix):  # a prefix tree of names: stop at its first letters
            return {prefix + w for w in inner}
        return {prefix} if prefix else None
    return {prefix} if prefix else None


_SCANS: dict[int, tuple[re.Pattern, WordStartScan | LeadScan]] = {}


def word_start_scan(pattern: re.Pattern) -> WordStartScan | LeadScan:
    """The scan of a pattern, made once: a LeadScan when the pattern has a few long enough literal leads,
    else a WordStartScan. Looked up by identity: hashing a compiled pattern hashes its whole code (6 us for the
    model names, on every abstract and title)."""
    hit = _SCANS.get(id(pattern))
    if hit is None or hit[0] is not pattern:  # the pair keeps the pattern alive, so its id is not reused
        if len(_SCANS) >= 64:
            _SCANS.clear()
        scan: WordStartScan | LeadScan = WordStartScan(pattern)  # refuses a pattern without a leading assertion
        leads = lead_literals(pattern)
        if leads:
            lead_scan = LeadScan(pattern, leads)
            if len(lead_scan.passes) <= MAX_PASSES and all(len(needle) >= MIN_LEAD for needle, _ in lead_scan.passes):
                scan = lead_scan
        hit = _SCANS[id(pattern)] = (pattern, scan)
    return hit[1]


# One unit of a pattern written by re.escape and joined by an optional separator class ("F1[\s\-]?score"):
# an escaped character, an optional class, or one plain character.
_UNIT = re.compile(r"\\.|\[[^\]]*\]\??|.", re.DOTALL)


def grouped_alternatives(patterns: list[str], ignorecase: bool = False) -> str:
    """``"|".join(patterns)`` with the alternatives that start with the same character grouped, in the same order.

    For a long alternation under IGNORECASE: ``re`` skips an alternative cheaply only when it starts with a
    case-sensitive literal or class, so every position tried all 300 metric names one after another; grouped,
    it tries the few first letters, then only the names under the one that fits.

    Each pattern must be a sequence of re.escape'd characters and character classes. Alternatives are split
    into groups only where each starts with a plain ASCII character (not a class) and none has ended: two
    different characters (letters in any case when ``ignorecase``: the pattern is used under IGNORECASE) never
    match at one position, so which group comes first changes no match. Elsewhere they stay as written.
    """
    units = [_UNIT.findall(p) for p in patterns]
    if not all(_unit_ok(u) for a in units for u in a):
        return "|".join(patterns)  # a quantifier, group or anchor: not a plain sequence, left as it is
    return _grouped(units, ignorecase)


def _grouped(alternatives: list[list[str]], ignorecase: bool) -> str:
    if len(alternatives) < 2 or not all(a and _plain_ascii(a[0]) for a in alternatives):
        return "|".join("".join(a) for a in alternatives)
    groups: dict[str, list[list[str]]] = {}
    for a in alternatives:
        ch = a[0][-1]
        groups.setdefault(ch.lower() if ignorecase else ch, []).append(a)
    branches = []
    for members in groups.values():
        if len(members) == 1:
            branches.append("".join(members[0]))
        else:  # under IGNORECASE "M" and "m" match the same: either spelling heads the group
            branches.append(members[0][0] + f"(?:{_grouped([a[1:] for a in members], ignorecase)})")
    return "|".join(branches)


def _unit_ok(unit: str) -> bool:
    """An escaped or plain character that stands for itself, or a character class (optional or not)."""
    if unit.startswith("["):
        return True
    if unit.startswith("\\"):
        return not unit[1].isalnum()  # not \s, \d, \b
    return unit not in ".^$*+?{}[]|()\\"


def _plain_ascii(unit: str) -> bool:
    """One ASCII character matched as itself (an escaped or plain character, not a class)."""
    return not unit.startswith("[") and unit[-1].isascii()


class WordsBeforeScan:
    """``finditer`` of ``(?P<words>(?:[\\w\\-]+\\s+){1,N})`` + ``tail``, where ``tail`` starts with a literal
    character that is neither a word character, "-" nor white space (e.g. ``\\(\\s*(?P<acr>[A-Z]{2,5})\\)``).

    The plain pattern is tried at every character and reads up to N words from each; here the tail is searched
    (re skips to its first character) and the words are read backwards from it. The words can only end right
    before the tail's first character, and a match starts as far left as N words reach (not across the end
    of the match before: that ends with a character that is no part of a word), so the matches are the same.
    ``match.start()`` of a result is the start of the words; groups are the tail's (``words()`` the words).
    """

    def __init__(self, tail: re.Pattern, max_words: int):
        self.tail = tail
        self.max_words = max_words

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match]]:
        """(start of the words, the tail's match) of each match, left to right."""
        for m in self.tail.finditer(text):
            start = self._words_start(text, m.start())
            if start is not None:
                yield start, m

    def _words_start(self, text: str, end: int) -> int | None:
        # \s is str.isspace and \w is str.isalnum or "_" in re (both Py_UNICODE_ISSPACE / ISALNUM).
        i = end
        start = None
        for _ in range(self.max_words):
            j = i
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j == i:
                break  # a word needs white space after it
            k = j
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-"):
                k -= 1
            if k == j:
                break  # no word before that space
            start = i = k
        return start
