"""Session 42 (issue 10, recall): a long form cut before its acronym, grown to the acronym.

Switched with ``PAPERKG_RECALL52`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

Per paper (``pipeline._paper_result``, after recall50's ``grow_title_heads50``):

- ``to-acronym``: a name a shape rule found (not a list, not the abbreviation pass) whose one abstract mention is
  followed, in the same clause, by one to eight more words and then a bracketed acronym ("Cross-modal Prompt
  Learning with Semantic [enhancement method for Domain-robust fake news detection] (CPLSD)", "Attentional [and
  Counterfactual based Natural Language Generation] (AC-NLG)", "Document Vector [through Corruption] (Doc2VecC)").
  The acronym's letters show a word was left out: they are not spelt by the name's word initials and capitals
  (in order, the first at the name's first letter), but they are by the grown span (any letters, in order, the
  first at its first letter). The mention is grown to end before the bracket, the name becomes the grown span and
  the acronym an alias; an entity of the paper named by the acronym, or whose every mention lies inside the grown
  span and has the acronym as alias, joins it (its mentions and aliases move); other names inside the added words
  ("fake news detection") keep their own mentions. Not when the words hold a sentence/clause mark or a bracket,
  or a verb/pronoun (``_CLAUSE52``: "Bayesian ABC and discuss its connection to Bayesian quadrature (BQ)"), or
  another of the paper's mentions straddles the grown span's end, or the name is a name of its own (two words, a
  digit or an inner capital) and the words after a joiner ("and", "with") spell the acronym alone ("Group
  Normalization with Group Kalman Normalization (GKN)", "Thai-H6 and Thai Cultural and ... Benchmark (ThaiCLI)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .precision36 import SCORED36
from .recall_rules import parts_off_by_default

RECALL_RULES52 = ("to-acronym",)
DEFAULT_OFF52: frozenset[str] = frozenset()


def _recall_off52() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RECALL52", RECALL_RULES52, DEFAULT_OFF52)


# Rules that find a name by its shape or its sentence (the ones that cut long forms); lists and the abbreviation
# pass define their own spans.
_SHAPE_RULES52 = ("rule:named", "rule:proposal", "rule:caps-head", "rule:name-shape", "rule:caps-gerund")

# One to eight words (letters, digits, hyphens; no clause marks or brackets), then a bracketed acronym.
_TAIL52 = re.compile(r"((?:[ \u00a0]+[A-Za-z][\w\-\u2010\u2011]*){1,8})"
                     r"[ \u00a0]*\(([A-Za-z][\w\-\u2010\u2011]{1,14})\)")


# A verb, pronoun or relative word among the added words makes them a clause ("Bayesian ABC and discuss its
# connection to Bayesian quadrature (BQ)").
_CLAUSE52 = frozenset(
    "is are was were be been can could will would may has have had do does did discuss discusses show shows propose"
    " proposes present presents study studies use uses introduce introduces achieve achieves improve improves"
    " outperform outperforms we our its their it this that these which who where whose".split())
# Words that join two names ("Group Normalization with Group Kalman Normalization (GKN)").
_JOINERS52 = frozenset(("and", "with", "or", "&", "vs", "versus"))


def _acronym_letters(acr: str) -> str:
    return "".join(c for c in acr.upper() if c.isalpha())


def _acronym_like(acr: str) -> bool:
    """At least two capitals, no lower-case run of four or more (a word in brackets is no acronym)."""
    return sum(c.isupper() for c in acr) >= 2 and not re.search(r"[a-z]{4,}", acr)


def _initials(name: str) -> str:
    """The name's word initials and upper-case letters, in order (the strict spelling of an acronym)."""
    out = []
    for w in re.split(r"[\s\-\u2010\u2011/]+", name):
        for i, c in enumerate(w):
            if c.isalpha() and (i == 0 or c.isupper()):
                out.append(c.upper())
            elif c.isdigit() and i == 0:
                continue
    return "".join(out)


def _subsequence(letters: str, text: str) -> bool:
    it = iter(text)
    return all(c in it for c in letters)


def _spelt_strict(letters: str, name: str) -> bool:
    ini = _initials(name)
    return bool(ini) and bool(letters) and ini[0] == letters[0] and _subsequence(letters, ini)


def _spelt_loose(letters: str, span: str) -> bool:
    up = "".join(c for c in span.upper() if c.isalpha())
    return bool(up) and bool(letters) and up[0] == letters[0] and _subsequence(letters, up)


def _grow52(e, abstract: str, spans: list[tuple[int, int, int]]):
    """(new end, acronym) for ``e``'s one abstract mention, or None."""
    ms = [m for m in e.mentions if m.field == "abstract"]
    if len(ms) != 1 or any(m.field == "title" for m in e.mentions):
        return None
    m = ms[0]
    if abstract[m.start:m.end] != m.text or not any(x.rule in _SHAPE_RULES52 for x in e.mentions):
        return None
    hit = _TAIL52.match(abstract, m.end)
    if not hit:
        return None
    acr = hit.group(2)
    letters = _acronym_letters(acr)
    if not _acronym_like(acr) or len(letters) < 2:
        return None
    if _spelt_strict(letters, e.name):
        return None
    end = m.end + len(hit.group(1))
    grown = abstract[m.start:end]
    if not _spelt_loose(letters, grown):
        return None
    words = hit.group(1).split()
    if any(w.lower() in _CLAUSE52 for w in words):
        return None
    # A name of its own before a joiner whose right side spells the acronym: the acronym is the right side's
    # ("Thai-H6 and Thai Cultural and Linguistic Intelligence Benchmark (ThaiCLI)"); a one-word adjective is no
    # name ("Effective and Efficient Dialog Comprehension (EDC)").
    if len(e.name.split()) > 1 or re.search(r"\d|[a-z][A-Z]", e.name):
        for i, w in enumerate(words[:-1]):
            if w.lower() in _JOINERS52 and _spelt_loose(letters, " ".join(words[i + 1:])):
                return None
    # Another name inside the added words (not one to be joined) stops the growth.
    for s, t, owner in spans:
        if owner != id(e) and s < end and t > m.end and not (s >= m.end and t <= end):
            return None
    return end, acr


def grow_to_acronyms52(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with long forms cut before their bracketed acronym grown to it (``to-acronym``)."""
    if "to-acronym" in _recall_off52() or not abstract:
        return entities
    spans = [(m.start, m.end, id(x)) for x in entities for m in x.mentions if m.field == "abstract"]
    gone: set[int] = set()
    for e in entities:
        if id(e) in gone or e.type not in SCORED36 or e.entry is not None or e.long_form or e.short_forms:
            continue
        got = _grow52(e, abstract, spans)
        if got is None:
            continue
        end, acr = got
        m = next(x for x in e.mentions if x.field == "abstract")
        start = m.start
        # Names inside the added words: joined only when they are the acronym's (the cut long form the
        # abbreviation pass made, "and Counterfactual based Natural Language Generation" with AC-NLG).
        inside = [x for x in entities if x is not e and id(x) not in gone and x.mentions
                  and any(y.field == "abstract" and m.end <= y.start and y.end <= end for y in x.mentions)]
        inside = [x for x in inside if acr in x.aliases or x.name == acr]
        grown = abstract[start:end]
        e.mentions = [replace(x, text=grown, end=end) if x is m else x for x in e.mentions]
        e.name = grown
        joiners = inside + [x for x in entities if x is not e and id(x) not in gone and x not in inside
                            and (x.name == acr or acr in x.aliases) and x.type in SCORED36]
        aliases = [a for a in e.aliases if a != grown]
        keep = {(y.field, y.start, y.end) for y in e.mentions}
        for x in joiners:
            gone.add(id(x))
            for y in x.mentions:
                if y.field == "abstract" and start <= y.start and y.end <= end:
                    continue  # the cut long form's own mention lies inside the grown one
                if (y.field, y.start, y.end) not in keep:
                    e.mentions.append(y)
                    keep.add((y.field, y.start, y.end))
            for a in [x.name] + list(x.aliases):
                if a not in aliases and a != grown and not (x in inside and a == x.name):
                    aliases.append(a)
            if x.role == "proposes":
                e.role = "proposes"
        if acr not in aliases:
            aliases.append(acr)
        e.aliases = aliases
        e.mentions.sort(key=lambda y: (y.field != "title", y.start))
    return [x for x in entities if id(x) not in gone] if gone else entities
