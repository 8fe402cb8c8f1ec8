"""The tokenizer's prefix and suffix searches: the same matches, trying only the alternatives that can match.

spaCy cuts a chunk it has not seen with ``suffix_search`` (the English suffixes: 82 alternatives, each ending
at ``$``). ``re`` tries that pattern at every position of the chunk, though only the last few can start a
match: 2 us a position, 11 us for "hello", 54 us for a URL; 1.2-1.6 s CPU for 20,000 abstracts and titles, about
half of what the chunks seen for the first time cost.

Every alternative ends at ``$``, so in a chunk without a newline every match ends at the chunk's end, and the
match ``re`` returns starts at the leftmost position where any alternative matches (the order of the
alternatives only picks which one; spaCy reads the match's length). Hence, the same start is found by

* trying only the alternatives whose last character can be the chunk's last character, and
* starting the search ``width`` characters before the end, where ``width`` is the longest match of those
  alternatives; an alternative with no such bound (``\\.\\.+$``) is searched from the start, apart.

The prefixes (119 alternatives, each starting with ``^``) match only at the start, by the first alternative
that fits; only those that can start with the chunk's first character are tried (``PrefixSearch``).

Anything this module cannot read for sure (flags, groups, a final assertion, a newline in the chunk) takes
the plain search. ``tests/unit/test_affixes.py`` compares the two on hypothesis strings and tricky chunks;
the tokens of all 145,740 abstracts and titles of the 73k corpus were the same (session 11).
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


def _edge_chars(items: list, last: bool = True) -> list[tuple[int, int]] | None:
    """Code point ranges the last (or first) character of a match of ``items`` (a parsed sequence) can be in;
    None: any."""
    if not items:
        raise _Unknown("an empty branch")
    op, av = items[-1] if last else items[0]
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
        return _edge_chars(list(inner), last)
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, inner = av
        if group is not None or add_flags or del_flags:
            raise _Unknown("a capturing group or inline flags")
        return _edge_chars(list(inner), last)
    if op is C.BRANCH:
        ranges = []
        for alt in av[1]:
            got = _edge_chars(list(alt), last)
            if got is None:
                return None
            ranges += got
        return ranges
    if op is C.ANY:
        return None
    raise _Unknown(f"an edge element {op}")


class _Alternative:
    """One top-level alternative of an affix pattern: its source, longest match, and the characters a match can
    end with (a suffix, ``...$``) or start with (a prefix, ``^...``)."""

    def __init__(self, source: str, flags: int, at_start: bool = False):
        tree = P.parse(source, flags)
        items = list(tree)
        if "(?P" in source or re.search(r"\\\d", source):
            raise _Unknown("a named group or a back reference")
        self.source = source
        self.width = tree.getwidth()[1]
        if at_start:
            if not items or items[0] != (C.AT, C.AT_BEGINNING):
                raise _Unknown("an alternative that does not start at ^")
            self.ranges = _edge_chars(items[1:], last=False)
        else:
            if not items or items[-1] != (C.AT, C.AT_END):
                raise _Unknown("an alternative that does not end at $")
            self.ranges = _edge_chars(items[:-1])

    def may_be(self, code: int) -> bool:
        return self.ranges is None or any(lo <= code <= hi for lo, hi in self.ranges)


def _alternatives(compiled: re.Pattern, at_start: bool) -> list[_Alternative]:
    if compiled.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
        raise ValueError("affix pattern with flags this search does not read")
    pieces = split_alternatives(compiled.pattern)
    if "|".join(pieces) != compiled.pattern:
        raise ValueError("affix pattern not split into its alternatives")
    try:
        return [_Alternative(p, compiled.flags, at_start) for p in pieces]
    except (_Unknown, re.error) as e:
        raise ValueError(f"affix pattern not read: {e}") from None


def _subset(alternatives: list[_Alternative], char: str) -> tuple[int, ...]:
    code = ord(char)
    return tuple(k for k, a in enumerate(alternatives) if a.may_be(code))


class PrefixSearch:
    """``search`` gives the same match as ``pattern.search`` when every alternative starts with ``^``.

    Such a pattern can only match at the start, by the first alternative (in order) that matches there; one
    that cannot start with the chunk's first character cannot be it, so only the others are tried. (``re``
    tried each of the 119 English prefixes in turn: 3.5 us a chunk.)
    """

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self.pattern = compiled.pattern  # what spaCy saves, see SuffixSearch
        self.flags = compiled.flags
        self.alternatives = _alternatives(compiled, at_start=True)
        self._by_char: dict[str, object] = {}
        self._by_subset: dict[tuple[int, ...], object] = {}

    def _plan(self, first: str):
        subset = _subset(self.alternatives, first)
        if subset not in self._by_subset:
            source = "|".join(self.alternatives[k].source for k in subset)
            self._by_subset[subset] = re.compile(source, self.flags).match if subset else None
        plan = self._by_char[first] = self._by_subset[subset]
        return plan

    def search(self, string: str):
        if not string:
            return self.compiled.search(string)
        first = string[0]
        match = self._by_char[first] if first in self._by_char else self._plan(first)
        return match(string) if match is not None else None


class SuffixSearch:
    """``search`` gives a match with the same span as ``pattern.search`` for the tokenizer's chunks.

    ``pattern`` (the regex source) is kept for spaCy, which writes ``suffix_search.__self__.pattern`` when the
    tokenizer is saved; a saved and loaded tokenizer gets the plain search back.
    """

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.alternatives = _alternatives(compiled, at_start=False)
        self._by_char: dict[str, tuple] = {}
        self._by_subset: dict[tuple[int, ...], tuple] = {}

    def _plan(self, last: str) -> tuple:
        """(search of the bounded alternatives, their width, search of the unbounded ones) for a last character."""
        subset = _subset(self.alternatives, last)
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


def fast_affix_search(tokenizer) -> None:
    """Give the tokenizer the prefix and suffix searches above, where its patterns are ones this module reads."""
    replaced = {}
    for name, fast in (("prefix_search", PrefixSearch), ("suffix_search", SuffixSearch)):
        search = getattr(tokenizer, name)
        pattern = getattr(search, "__self__", None)
        if not isinstance(pattern, re.Pattern) or search != pattern.search:
            continue
        try:
            replaced[name] = fast(pattern).search
        except ValueError:
            continue  # an unusual pattern: the plain search
    if not replaced:
        return
    # Setting a search makes spaCy tokenize its special cases (1,347 in English) again: with none loaded meanwhile,
    # they are loaded once, at the end (the same special cases, searches and tokens).
    rules = tokenizer.rules
    tokenizer.rules = {}
    try:
        for name, search in replaced.items():
            setattr(tokenizer, name, search)
    finally:
        tokenizer.rules = rules
