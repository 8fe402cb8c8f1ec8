"""Session 41 (issue 10, recall): a listed name cut out of the title's own name, grown to it.

Switched with ``PAPERKG_RECALL50`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

Per paper (``pipeline._paper_result``, after precision42's ``grow_left_cuts42``):

- ``title-head``: a Title-Case title that opens with a name ("Deep Counterfactual Regret Minimization", "Periodic
  Finite State Controllers for Efficient POMDP ...", "Katyusha X: Simple Momentum Method ...", "Constrained Mean
  Shift Using ...") where the extraction found only a name inside it ("Counterfactual Regret Minimization", "finite
  state controllers", "Katyusha", "mean-shift"). The title's head (its words up to ":", " for ", " using ",
  " via " or the title's end; two to six words, every one capitalised) becomes the name of the title mention, a new
  entity of the inner name's type that the paper proposes; the inner name keeps its abstract mentions. The head
  must add capitalised words on the left of the inner name, or one short capital/number token on its right
  ("Katyusha X", "MobileNet V2"). Not when the head opens with a function word, a generic adjective or an
  "-ing" word or a "-based" word (``FUNCTION42``: "Efficient Transformers for ...", "Learning ...", "Revisiting
  ...", "Diffusion-Based Particle-DETR"), or another name of the paper lies in the head. An inner name with no title
  mention at all counts when one of its spellings is written in the head (case, hyphens and spaces aside: the
  title's "Mean Shift" for the abstract's "mean-shift").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .precision36 import SCORED36, _join_same
from .precision42 import _KIND_HYPHEN42, FUNCTION42, QUALIFIER42
from .recall_rules import parts_off_by_default
from .speed45 import occurrences45, spaced45

RECALL_RULES50 = ("title-head",)
DEFAULT_OFF50: frozenset[str] = frozenset()


def _recall_off50() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RECALL50", RECALL_RULES50, DEFAULT_OFF50)


# The title's head ends at a colon, a question/dash, or a preposition that starts the title's "what for" part.
_HEAD_END50 = re.compile(r"\s*[:?!—–]\s*|\s+-\s+|\s+(?:for|For|FOR|using|Using|USING|via|Via|VIA)\s+")
_WORD50 = re.compile(r"\S+")
# A short token a name carries after it ("Katyusha X", "MobileNet V2", "YOLO v3").
_SUFFIX50 = re.compile(r"(?:[A-Z]{1,3}|[vV]?\d{1,2}(?:\.\d)?|[A-Z]\d{1,2}|\+\+?)")


def _cap_word50(w: str) -> bool:
    w = w.strip("()")
    return bool(w) and (w[0].isupper() or (w[0].isdigit() and any(c.isalpha() for c in w)))


def title_head50(title: str) -> tuple[int, int] | None:
    """(0, end) of the title's opening name phrase, or None when the title does not open with one."""
    m = _HEAD_END50.search(title)
    end = m.start() if m else len(title.rstrip(". "))
    head = title[:end]
    words = _WORD50.findall(head)
    if not 2 <= len(words) <= 6 or not all(_cap_word50(w) for w in words):
        return None
    first = words[0]
    if (first in FUNCTION42 or first in QUALIFIER42 or first.endswith("ing") or first.lower() in _GENERIC_FIRST50
            or _KIND_HYPHEN42.match(first)):
        return None
    if any(w in _JOINERS50 or w.lower() in _PREPOSITIONS50 for w in words):
        return None  # two names joined, or a phrase: "Dense Prediction With Attentive Feature Aggregation"
    if any("," in w or w.lower().replace("\u2019", "'") in _VERBS50 for w in words):
        return None  # a clause, not a name: "Help, Anna!", "Hello, It's GPT-2", "X Rivals Y", "Search Improves Label"
    return 0, end


_JOINERS50 = frozenset(("and", "And", "&", "or", "Or", "vs", "vs.", "Versus"))
# A preposition inside the head makes it a phrase, not a name (the head ends before "for", "using" and "via").
_PREPOSITIONS50 = frozenset("with of in on to from by at through over under into towards toward beyond without"
                            " against across between among within".split())
# Finite verbs and auxiliaries of title sentences (the lead's merge: the 73k build grew "Language-Independent
# Tokenisation Rivals Language-Specific Tokenisation" and "Search Improves Label" into method names), and the
# participles of describing titles ("Robust SVD Made Easy", "Class-Level Confidence Based 3D ...", judged not names).
_VERBS50 = frozenset(
    "is are was were be been can could should would will may might must does do did has have improves improve rivals"
    " rival meets meet helps matters beats outperforms yields enables reveals shows works makes needs learns"
    " predicts explains fails it's let's what's here's don't can't isn't made based".split())
# Opening words of a title phrase that describe, not name ("Scalable Graph Neural Networks for ...").
_GENERIC_FIRST50 = frozenset(
    "scalable effective accurate practical general unified universal adaptive interpretable explainable provable"
    " provably optimal faster lightweight tractable stable end-to-end".split())


def _title_text50(e, title: str, head: tuple[int, int]) -> list:
    """A title mention of ``e`` made from one of its spellings written in the title's head (case, hyphens and
    spaces aside: "Mean Shift" for "mean-shift") and ending at the head's end or before its short suffix."""
    hs, he = head
    if not e.mentions:
        return []
    forms = sorted({m.text for m in e.mentions} | {e.name}, key=len, reverse=True)
    low = _ascii_low50(title, he)
    spaced = spaced45(low) if low is not None else None
    for f in forms:
        raw = [p for p in re.split(r"[\s\-]+", f.strip()) if p]
        if not raw or len(f) < 3:
            continue
        if low is not None and not _may_write50(raw, f, low):
            continue  # speed44: no part written in the head, no match (and no pattern compiled)
        if spaced is not None and f.isascii() and " ".join(raw).lower() not in spaced:
            continue  # speed45: the parts are not written in a row, one space or hyphen apart
        parts = [re.escape(p) for p in raw]
        rx = re.compile(r"(?i)(?<![\w\-])" + r"[\s\-]".join(parts) + r"(?![\w\-])")
        for x in rx.finditer(title, hs, he):
            right = title[x.end():he]
            if not right or (right.startswith(" ") and _SUFFIX50.fullmatch(right.strip())):
                src = next(m for m in e.mentions)
                return [replace(src, text=x.group(0), start=x.start(), end=x.end(), field="title", sentence=0)]
    return []


# speed44: each form's pattern was compiled per entity (a form is rarely seen twice: re's cache misses, ~1 ms a
# compile, ~1,000 compiles on 3,000 abstracts). A match lies inside title[:he] from hs on (finditer's pos/endpos) and
# holds every space/hyphen-split part of the form, matched under re.I. When the title up to he and the form are ASCII,
# re.I matches a literal ASCII char only to itself in the other case (the folds of "s", "k", "i" to "ſ", the
# Kelvin sign, "İ" / "ı" are non-ASCII), so a part matched there is a lowered part in the lowered title: a form
# with a part not in it has no match, as before, and its pattern is not compiled.
def _ascii_low50(title: str, he: int) -> str | None:
    """title[:he] lower-cased when it is ASCII, else None (no pre-check)."""
    head = title[:he]
    return head.lower() if head.isascii() else None


def _may_write50(raw: list[str], form: str, low: str) -> bool:
    """False only when the ASCII form's pattern cannot match in the ASCII ``low`` (title[:he] lowered): one of its
    parts is not in it."""
    if not form.isascii():
        return True
    return all(p.lower() in low for p in raw)


def _grow_title50(e, title: str, head: tuple[int, int], covered: list[tuple[int, int]]):
    """The entity for the title head grown from ``e``'s title mention inside it, or None."""
    hs, he = head
    tm = [m for m in e.mentions if m.field == "title" and hs <= m.start and m.end <= he]
    if not tm and not any(m.field == "title" for m in e.mentions):
        tm = _title_text50(e, title, head)  # the title writes the name, the title pass did not mark it
    if len(tm) != 1:
        return None
    m = tm[0]
    right = title[m.end:he]
    if right and not (right.startswith(" ") and _SUFFIX50.fullmatch(right.strip())):
        return None
    if m.start == hs and not right:
        return None  # the head is the name already
    if any(s < he and hs < t and (s, t) != (m.start, m.end) for s, t in covered):
        return None  # another name of the paper in the head
    name = title[hs:he]
    grown = replace(m, text=name, start=hs, end=he, rule="rule:title-head50")
    return grown


def grow_title_heads50(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with a name cut out of the title's opening name given that name (``title-head``)."""
    if not title or "title-head" in _recall_off50():
        return entities
    words = _WORD50.findall(title)
    if sum(_cap_word50(w) for w in words) < 0.8 * len(words):
        return entities  # a sentence-case title: capitals do not mark a name
    head = title_head50(title)
    if head is None:
        return entities
    covered = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "title"]
    for e in entities:
        if e.type not in SCORED36:
            continue
        grown = _grow_title50(e, title, head, covered)
        if grown is None:
            continue
        rest = [m for m in e.mentions if m is not grown and not (m.field == "title" and m.start >= head[0] and m.end <= head[1])]
        name = grown.text
        if not rest:
            e.mentions = [grown]
            e.aliases = [a for a in e.aliases if a != name]
            e.name, e.role, e.entry, e.long_form, e.short_forms = name, "proposes", None, None, []
            return _join_same(entities, {id(e)})
        new = replace(e, name=name, role="proposes", aliases=[], mentions=[grown], entry=None, long_form=None,
                      short_forms=[])
        # The head written again in the abstract: the inner name's mentions inside it are the new name's.
        spans = occurrences45(abstract or "", name)  # speed45: re.finditer(re.escape(name), ...) without a compile
        moved = [m for m in rest if m.field == "abstract" and any(s <= m.start and m.end <= t for s, t in spans)]
        new.mentions += [replace(m, text=name, start=s, end=t) for m in moved for s, t in spans
                         if s <= m.start and m.end <= t]
        e.mentions = [m for m in rest if m not in moved]
        if not e.mentions:
            e.name, e.aliases = name, []
            e.mentions, e.role, e.entry = new.mentions, "proposes", None
            return _join_same(entities, {id(e)})
        return _join_same(entities + [new], {id(new)})
    return entities
