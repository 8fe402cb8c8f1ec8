"""The tokenizer's suffix search, the same matches without trying the pattern at every character.

spaCy cuts a chunk it has not seen with ``suffix_search`` (the English suffixes: 82 alternatives, each ending
at ``$``). ``re`` tries that pattern at every position of the chunk, though only the last few can start a
match: 2 us a position, 11 us for "hello", 54 us for a URL, ~70 % of tokenizing 20,000 abstracts the first time.

Every alternative ends at ``$``, so in a chunk without a newline every match ends at the chunk's end, and the
match ``re`` returns starts at the leftmost position where any alternative matches (the order of the
alternatives only picks which one; spaCy reads the match's length). Hence, the same start is found by

* trying only the alternatives whose last character can be the chunk's last character, and
* starting the search ``width`` characters before the end, where ``width`` is the longest match of those
  alternatives; an alternative with no such bound (``\\.\\.+$``) is searched from the start, apart.

Anything this module cannot read for sure (flags, groups, a final assertion, a newline in the chunk) takes
the plain search. ``tests/unit/test_affixes.py`` compares the two on hypothesis strings and real chunks.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the parser's opcodes, to read each alternative's last character)
from re import _parser as P  # noqa: N812

_UNBOUNDED = 1 << 16  # a width above any real chunk's: "no bound" (the parser says MAXREPEAT or more)


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regex source ("a|(b|c)|[|]" -> ["a", "(b|c)", "[|]"])."""
    out, depth, i, start, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # "]" right after "[" or "[^" is a literal member, not the end of the class
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


class _Unknown(Exception):
    """A piece of a pattern this module does not read; the plain search is used."""


def _last_chars(items: list) -> list[tuple[int, int]] | None:
    """Code point ranges the last character of a match of ``items`` (a parsed sequence) can be in; None: any."""
    if not items:
        raise _Unknown("an empty branch")
    op, av = items[-1]
    if op is C.LITERAL:
        return [(av, av)]
    if op is C.IN:
        ranges = []
        for kind, value in av:
            if kind is C.LITERAL:
                ranges.append((value, value))
            elif kind is C.RANGE:
                ranges.append(value)
            else:
                return None  # a category or a negated class: any character
        return ranges
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, _, inner = av
        if lo < 1:
            raise _Unknown("an optional last element")
        return _last_chars(list(inner))
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, inner = av
        if group is not None or add_flags or del_flags:
            raise _Unknown("a capturing group or inline flags")
        return _last_chars(list(inner))
    if op is C.BRANCH:
        ranges = []
        for alt in av[1]:
            got = _last_chars(list(alt))
            if got is None:
                return None
            ranges += got
        return ranges
    if op is C.ANY:
        return None
    raise _Unknown(f"a last element {op}")


class _Alternative:
    def __init__(self, source: str, flags: int):
        tree = P.parse(source, flags)
        items = list(tree)
        if not items or items[-1] != (C.AT, C.AT_END):
            raise _Unknown("an alternative that does not end at $")
        if "(?P" in source or re.search(r"\\\d", source):
            raise _Unknown("a named group or a back reference")
        self.source = source
        self.width = tree.getwidth()[1]
        self.ranges = _last_chars(items[:-1])

    def may_end_with(self, code: int) -> bool:
        return self.ranges is None or any(lo <= code <= hi for lo, hi in self.ranges)


class SuffixSearch:
    """``search`` gives a match with the same span as ``pattern.search`` for the tokenizer's chunks.

    ``pattern`` (the regex source) is kept for spaCy, which writes ``suffix_search.__self__.pattern`` when the
    tokenizer is saved; a saved and loaded tokenizer gets the plain search back.
    """

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        if compiled.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
            raise ValueError("suffix pattern with flags this search does not read")
        pieces = split_alternatives(compiled.pattern)
        if "|".join(pieces) != compiled.pattern:
            raise ValueError("suffix pattern not split into its alternatives")
        try:
            self.alternatives = [_Alternative(p, compiled.flags) for p in pieces]
        except (_Unknown, re.error) as e:
            raise ValueError(f"suffix pattern not read: {e}") from None
        self._by_char: dict[str, tuple] = {}
        self._by_subset: dict[tuple[int, ...], tuple] = {}

    def _plan(self, last: str) -> tuple:
        """(search of the bounded alternatives, their width, search of the unbounded ones) for a last character."""
        code = ord(last)
        subset = tuple(k for k, a in enumerate(self.alternatives) if a.may_end_with(code))
        plan = self._by_subset.get(subset)
        if plan is None:
            bounded = [self.alternatives[k] for k in subset if self.alternatives[k].width < _UNBOUNDED]
            unbounded = [self.alternatives[k] for k in subset if self.alternatives[k].width >= _UNBOUNDED]

            def compiled(alts):
                return re.compile("|".join(a.source for a in alts), self.flags).search if alts else None

            plan = self._by_subset[subset] = (compiled(bounded), max((a.width for a in bounded), default=0),
                                              compiled(unbounded))
        self._by_char[last] = plan
        return plan

    def search(self, string: str):
        if not string or "\n" in string:
            return self.compiled.search(string)  # "$" also matches before a final newline
        last = string[-1]
        plan = self._by_char.get(last) or self._plan(last)
        bounded, width, unbounded = plan
        m = bounded(string, max(0, len(string) - width)) if bounded is not None else None
        if unbounded is not None:
            u = unbounded(string)
            if u is not None and (m is None or u.start() < m.start()):
                return u
        return m


def fast_suffix_search(tokenizer) -> None:
    """Give the tokenizer the suffix search above, when its suffix pattern is one this module reads."""
    search = tokenizer.suffix_search
    pattern = getattr(search, "__self__", None)
    if not isinstance(pattern, re.Pattern) or search != pattern.search:
        return
    try:
        tokenizer.suffix_search = SuffixSearch(pattern).search
    except ValueError:
        return  # an unusual pattern: the plain search
