"""Exact pre-checks before a whole-text regex scan (speed38, session 35, issue 10).

Many rules search a pattern over the whole text of an abstract or title, and ``re`` tries a pattern that starts with
``\\b``, a look-behind or a case-blind group at every character (~5-15 ns each). Most texts hold none of the literal
words every match of such a pattern needs ("shared", "SemEval", ..., ``(?i:challenge)``): ``str.find`` of a few
strings costs a tenth of that. ``needed_literals`` reads those strings from ``re``'s parse of the pattern, once;
``may_match`` is False only when the text holds none of them, so a scan it skips could not have matched.

A ``(?i:...)`` literal is looked for, lower-cased, in ``memo.lowered(text)`` (exact for ASCII words; None for the
few texts where ``(?i)`` and ``str.lower`` differ: those are scanned). Every other literal is looked for as written.
"""

from __future__ import annotations

import re
import re._constants as _c  # the parse's opcodes
import re._parser as _parser
from collections.abc import Iterable

from .memo import lowered
from .scan import alternation

# More strings than this cost more to look for than the scan saves: such a pattern gets no pre-check.
MAX_NEEDLES38 = 24

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)

Needs = frozenset[tuple[str, bool]]  # (literal, looked for case-blind): every match holds one of them


def needed_literals(pattern: re.Pattern) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(strings looked for as written, lower-case strings looked for in the lower-cased text): every match of
    ``pattern`` holds one of them. None when the parse gives no such set of at most MAX_NEEDLES38 strings."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.LOCALE | re.ASCII):
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    need = _need(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    if not need or len(need) > MAX_NEEDLES38:
        return None
    exact = tuple(sorted(s for s, blind in need if not blind))
    folded = tuple(sorted(s for s, blind in need if blind))
    return exact, folded


def _better(a: Needs | None, b: Needs | None) -> Needs | None:
    """The more selective of two sets that each hold a string of every match: longer strings (up to 6 characters),
    then fewer of them."""
    if not b or len(b) > MAX_NEEDLES38:
        return a
    if not a:
        return b
    def score(n: Needs) -> tuple[int, int]:
        return min(6, min(len(s) for s, _ in n)), -len(n)
    return b if score(b) > score(a) else a


def _literal(run: str, blind: bool) -> Needs | None:
    if not run:
        return None
    if blind:
        if not run.isascii():
            return None  # memo.lowered is exact for ASCII only
        return frozenset({(run.lower(), True)})
    return frozenset({(run, False)})


def _need(items: list, blind: bool) -> Needs | None:
    """A set of strings every match of the parsed sequence ``items`` holds one of (None: not known). A run of
    literal characters is one string; a group, a repeat of at least one, or an alternation whose every way has
    such a set gives its set; the most selective of these is kept."""
    best: Needs | None = None
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        best = _better(best, _literal(run, blind))
        run = ""
        if op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            sub_blind = (blind or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            best = _better(best, _need(list(sub), sub_blind))
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _need(list(av), blind))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _need(list(av[2]), blind))
        elif op is _c.BRANCH:
            ways: set[tuple[str, bool]] = set()
            for way in av[1]:
                way_need = _need(list(way), blind)
                if not way_need:
                    break
                ways |= way_need
            else:
                best = _better(best, frozenset(ways))
        # anything else (a class, ".", an assertion, a back reference) only ends the run
    return _better(best, _literal(run, blind))


_NEEDS: dict[int, tuple[re.Pattern, tuple[tuple[str, ...], tuple[str, ...]] | None]] = {}


def needs_of(pattern: re.Pattern) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """``needed_literals(pattern)``, worked out once; looked up by identity (hashing a pattern hashes its code)."""
    hit = _NEEDS.get(id(pattern))
    if hit is None or hit[0] is not pattern:  # the pair keeps the pattern alive, so its id is not reused
        if len(_NEEDS) >= 256:
            _NEEDS.clear()
        hit = _NEEDS[id(pattern)] = (pattern, needed_literals(pattern))
    return hit[1]


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when ``pattern`` cannot match anywhere in ``text``: it holds none of the pattern's needed
    literals. True when it holds one or nothing is known."""
    need = needs_of(pattern)
    if need is None:
        return True
    exact, folded = need
    for s in exact:
        if s in text:
            return True
    if folded:
        low = lowered(text)
        if low is None:
            return True
        for s in folded:
            if s in low:
                return True
    return False


class SpacedNames:
    """Does a text hold one of many literal names as a substring? Each name's first space and the word after it
    (" LSTM" of "Bi-directional LSTM") are searched as one prefix tree (re skips to the spaces), and the names with
    that second word are compared where it is found; a name without a space is looked for with ``in``.

    A name at p puts " <its second word>" at p + len(first word); the tree's longest alternative there (each holds
    one space, its first character, so no earlier hit can cover that space) starts with it, and the names listed
    under that alternative include the name. A pre-check for a scan whose every match is one of the names."""

    def __init__(self, names: Iterable[str]):
        names = set(names)
        second = {n: n.split(" ")[1] for n in names if " " in n}  # "" after two spaces in a row
        self.plain = tuple(sorted(n for n in names if not second.get(n)))  # looked for with ``in``
        keys = sorted({" " + w for w in second.values() if w}, key=lambda k: (-len(k), k))
        # the hit -> (offset of the first space, name) of each name whose " second word" the hit starts with
        self.under = {k: tuple(sorted((n.index(" "), n) for n, w in second.items() if w and k.startswith(" " + w)))
                      for k in keys}
        self.scan = re.compile(alternation(keys)) if keys else None

    def any_in(self, text: str) -> bool:
        for n in self.plain:
            if n in text:
                return True
        if self.scan is None:
            return False
        for m in self.scan.finditer(text):
            s = m.start()
            for at, name in self.under[m.group()]:
                if s >= at and text.startswith(name, s - at):
                    return True
        return False


__all__ = ["MAX_NEEDLES38", "SpacedNames", "may_match", "needed_literals", "needs_of"]
