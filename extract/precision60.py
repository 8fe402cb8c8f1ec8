"""Session 45 (issue 10, node precision): stray quote marks around a name; a bare name in other inner capitals than
the short form the corpus defines.

Switched with ``PAPERKG_PRECISION60`` ("off" or "0", or a comma list of these part names to switch off).

- ``quote-marks`` (``strip_quotes60``, one call in pipeline.py right after precision59's ``cut_heads59`` and in
  scripts/train_name_tagger.py's ``after_tag``): a name whose span starts or ends with a quote mark is the name
  without it. Titles quote their lead name ('"PartImageNet: A Large ...', '“LazImpa”: Lazy and ...', "``The Squawk
  Bot'': Joint ..."), and the span kept an opening quote whose closing one is past the colon, or both quotes: the
  node was '"PartImageNet', not PartImageNet. Surrounding quotes (a matching pair at both ends) and an unbalanced
  quote at either end (no partner inside the name) are cut; a pair inside the name ("'Skimming-Perusal' Tracking")
  stays. Each mention so spelt is cut the same way; the renamed entity joins a same-named one of the paper. A quoted
  mention or alias of an entity whose name has none ('"Unitail' of "United Retail Datasets") is cut too.
- ``other-capitals`` (``other_capitals60``, read by canonical.py's ``local_key`` in its bare-short-form branch):
  "We propose TReCS" was read as a bare use of the short form TREC ("Text REtrieval Conference (TREC)"; "TReCS"
  folds to "trec" as a plural) and took TREC's sense key, before hubs45's case-coinage check ever saw it. A bare
  name whose every mention has a lower-case letter followed by a capital ("TReCS", "DeCAF") and is spelt, a final
  "s"/"S" aside, like no spelling the corpus defines for the short form nor any list form of it, but like one of
  them case aside, is a coinage of its own: it keeps an "apart:" key (named as written) instead of the sense's key.
  All-capital ("TRECs"), lower-case and capitalised ("Trec") uses stay uses. Only for a name the paper proposes
  (as hubs45's case-coinage): "RoBerta" written by a paper that uses RoBERTa stays a use.
- ``bare-head`` (``bare_head60``, read by resolve.py and canonical.py where aliases are made, beside session 14's
  ``bare_of_version``): resolve joins a name-shaped first word to the longer name it opens ("SparQ" after "SparQ
  Attention"), and the word became the node's alias: "PubMed 200k RCT" carried "PubMed", "VerbNet
  Representations" carried "VerbNet" (check-graph's two failing entries). When the rest of the name holds a number
  or ends in a plural noun, the first word names the whole the longer name is drawn from: no alias.

73k check (prefiltered subsets, switch on and off, read by hand): quote-marks 16 changes, 16 right; other-capitals
4 changes (TReCS, DRiFt, SpoT, DrIFT leave TREC, DRIFT, SPOT), 4 right; bare-head 80 aliases gone from the
73k build's entities, 76 right (50 "SemEval-YYYY" off "SemEval-YYYY Task N", "PubMed" off "PubMed 200k RCT",
"SenticNet" off "SenticNet 4"); wrong: "NumberBatch" off "NumberBatch Embeddings", "PixelGAN" off "PixelGAN
Autoencoders", "Runge-Kutta" off "Runge-Kutta methods" (twice).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .precision47 import _join_kept47
from .recall_rules import parts_off_by_default

PRECISION_RULES60 = ("quote-marks", "other-capitals", "bare-head")
DEFAULT_OFF60: frozenset[str] = frozenset()

SCORED60 = ("method", "dataset", "benchmark", "model")


def _off60() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION60", PRECISION_RULES60, DEFAULT_OFF60)


# -- quote-marks -----------------------------------------------------------------------------------------------------
# opening quote -> closing quotes that pair with it
_PAIRS60 = {'"': ('"',), "\u201c": ("\u201d", '"'), "\u201e": ("\u201c", "\u201d"), "'": ("'",), "\u2018": ("\u2019", "'"),
            "``": ("''", '"', "\u201d"), "`": ("'",)}
_OPEN60 = re.compile(r"^(?:``|[\"\u201c\u201e'\u2018`])")
_CLOSE60 = re.compile(r"(?:''|[\"\u201d'\u2019])$")


def unquote60(name: str) -> tuple[str, int, int] | None:
    """(the name without its surrounding or unbalanced quote marks, characters cut at the start, at the end), else
    None (no quote to cut, or a pair inside the name)."""
    left = right = 0
    s = name
    for _ in range(2):
        o = _OPEN60.match(s)
        c = _CLOSE60.search(s)
        if o and c and c.start() >= o.end() and c.group() in _PAIRS60[o.group()]:
            inner = s[o.end():c.start()]
            left, right, s = left + o.end(), right + len(c.group()), inner  # surrounding pair
            continue
        if o and not any(q in s[o.end():] for q in _PAIRS60[o.group()]):
            left, s = left + o.end(), s[o.end():]  # an opening quote with no partner
            continue
        if c and c.group() != "'" and not any(op in s[:c.start()] for op, cl in _PAIRS60.items() if c.group() in cl):
            right, s = right + len(c.group()), s[:c.start()]  # a closing quote with no partner
            continue
        break
    s2 = s.strip()
    if (left or right) and len(s2) >= 2 and any(ch.isalnum() for ch in s2):
        lead = len(s) - len(s.lstrip())
        trail = len(s) - len(s.rstrip())
        return s2, left + lead, right + trail
    return None


def strip_quotes60(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with quote marks around or dangling at an end of their name cut off (``quote-marks``)."""
    if "quote-marks" in _off60():
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    changed: set[int] = set()
    for e in entities:
        if e.type not in SCORED60 or not e.mentions or not e.name:
            continue
        if not (_OPEN60.match(e.name) or _CLOSE60.search(e.name)):
            _unquote_rest60(e, texts)
            continue
        cut = unquote60(e.name)
        if cut is None:
            continue
        new = cut[0]
        ms: list = []
        hit = False
        for m in e.mentions:
            t = texts.get(m.field or "abstract", "")
            got = unquote60(m.text) if t[m.start:m.end] == m.text else None
            if got is not None and got[0] == new:
                ms.append(replace(m, text=new, start=m.start + got[1], end=m.end - got[2]))
                hit = True
            else:
                ms.append(m)
        if not hit:
            continue
        old = e.name
        e.mentions = ms
        e.name = new
        e.aliases = [a for a in e.aliases if a not in (new, old)]
        changed.add(id(e))
    return _join_kept47(entities, changed) if changed else entities


def _unquote_rest60(e, texts: dict[str, str]) -> None:
    """A quoted mention or alias of an entity whose name has no quote ('"Unitail' of "United Retail Datasets")
    is cut the same way; an alias so cut that is the name or another alias goes."""
    if not any(_OPEN60.match(x) or _CLOSE60.search(x) for x in [*e.aliases, *(m.text for m in e.mentions)]):
        return
    ms: list = []
    for m in e.mentions:
        t = texts.get(m.field or "abstract", "")
        got = unquote60(m.text) if t[m.start:m.end] == m.text else None
        ms.append(replace(m, text=got[0], start=m.start + got[1], end=m.end - got[2]) if got else m)
    e.mentions = ms
    aliases: list[str] = []
    for a in e.aliases:
        got = unquote60(a)
        a = got[0] if got else a
        if a != e.name and a not in aliases:
            aliases.append(a)
    e.aliases = aliases


# -- other-capitals --------------------------------------------------------------------------------------------------
_SEP60 = re.compile(r"[\s\-_.]+")
_INNER_CAP60 = re.compile(r"[a-z][A-Z]")


def _shapes60(text: str) -> tuple[str, ...]:
    s = _SEP60.sub("", text)
    return (s, s[:-1]) if len(s) > 2 and s[-1] in "sS" else (s,)


def other_capitals60(texts, spellings) -> bool:
    """Is every mention text written in other inner capitals than each of ``spellings`` (the short form as the corpus
    defines it and as the lists give it): "TReCS" against "TREC"?"""
    if "other-capitals" in _off60():
        return False
    texts = [t for t in texts if t]
    shapes = {_SEP60.sub("", s) for s in spellings if s}
    if not texts or not shapes:
        return False
    low = {s.lower() for s in shapes}
    for t in texts:
        if not _INNER_CAP60.search(t):
            return False  # "TRECs", "Trec", "trec": a use
        mine = _shapes60(t)
        if any(m in shapes for m in mine):
            return False
        if not any(m.lower() in low for m in mine):
            return False
    return True


# -- bare-head -------------------------------------------------------------------------------------------------------
_SIZE_OR_NUMBER60 = re.compile(r"\d")
_PLURAL60 = re.compile(r"[A-Za-z]{3,}[^sSuiy]s$")


def bare_head60(alias: str, name: str) -> bool:
    """``bare-head`` (read where a local entity and a node take their aliases, beside ``bare_of_version``): the bare
    first word of a longer name is no alias of it when the rest names a part or a subset of that first word's
    thing, not its kind: a rest with a number ("PubMed 200k RCT", a 200k-abstract set drawn from PubMed) or a rest
    ending in a plural noun ("VerbNet Representations", the representations of VerbNet). "SparQ" stays an alias of
    "SparQ Attention" (a kind word after the name). The mention stays the entity's."""
    if " " in alias or not name.startswith(alias + " ") or "bare-head" in _off60():
        return False
    rest = name[len(alias) + 1:].split()
    if not rest:
        return False
    return any(_SIZE_OR_NUMBER60.search(w) for w in rest) or _PLURAL60.search(rest[-1]) is not None
