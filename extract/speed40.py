"""Session 36 (issue 10, speed40): the same output from less per-paper work.

``variant_spans40`` (recall40's case-variant scan, in the gazetteer's component): ``recall40.variant_spans40`` takes
every word of every text through Python (a ``finditer`` match, ``group``, ``lower``, a dict look-up: ~200 words a
text, for 26 hits in 10,000 texts of the 73k corpus). Here one ``findall`` (in C) gives the text's words of 4+
letters and digits, and a text none of whose words, lower-cased, is a key of the variants returns [] at once; the
others go through the former scan unchanged. Exact: every word the former scan keeps is a run of ASCII letters and
digits (a letter first, 4+ long) with no letter or digit before it, so ``_RUN40.findall`` starts a match at its
first character and, greedy, ends it at its last; its lower case is then in the list (tests/unit/test_speed40.py).
"""

from __future__ import annotations

import re

from . import recall40

_RUN40 = re.compile(r"[A-Za-z][A-Za-z0-9]{3,}")  # every word recall40's scan can hit (and more)
_KEY_SETS40: dict[int, tuple[dict, frozenset[str]]] = {}


def _keys40(variants: dict[str, tuple[str, str]]) -> frozenset[str]:
    """The variants' keys as a frozenset, kept per variants dict (the gazetteer makes one)."""
    got = _KEY_SETS40.get(id(variants))
    if got is not None and got[0] is variants:
        return got[1]
    keys = frozenset(variants)
    _KEY_SETS40[id(variants)] = (variants, keys)
    return keys


def variant_spans40(text: str, variants: dict[str, tuple[str, str]], forms: frozenset[str],
                    title: str | None = None) -> list[tuple[int, int, str]]:
    """``recall40.variant_spans40``; [] at once where no word of the text, lower-cased, is a key of ``variants``."""
    if not variants:
        return []
    if _keys40(variants).isdisjoint(map(str.lower, _RUN40.findall(text))):
        return []
    return recall40.variant_spans40(text, variants, forms, title)
