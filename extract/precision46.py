"""Session 39 (issue 10, node precision): more nodes that name no ML entity, by list and by the text's own cue.

Switched with ``PAPERKG_PRECISION46`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

The session 32-38 judged draws of the 73k graph (``tests/data/corpus-checks/node-precision-session3{2..8}.tsv``) still
hold "not an entity" rows that precision43's kinds miss: a planning language (PDDL, "a schematic language"), a query
language (GlozzQL), a data model (PAULA, "the underlying data model PAULA"), a venue cited with its year ("Nissim,
Stemmer, and Vadhan (PODS 2016)"), a language group ("the three Q-Celtic languages").

- ``more-kinds46``: a method/dataset/benchmark/model whose name is a row of non_entities.tsv tagged "precision46"
  (languages, data formats, language groups; a one-word row as spelt, a longer one in any case); a row of kind
  "venue" only with a year after it ("PODS 2016", "STOC'19": the bare acronym may be another thing's name).
- ``cue-kinds``: a method/dataset/benchmark/model the paper itself writes as a formal language ("X, a planning
  language", "X which is a schematic language", "the X query language", "query languages like X"), a data model or
  file format ("the data model X", "X file format"), or a news site ("news sites: the 'BBC-Arabic', the
  'CNN-Arabic'", "the X news website"). Not when the
  paper proposes it: a paper that introduces a language or format of its own names it as its contribution.
Aliases are not read (they are often the paper's acronym of another thing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import data_rows
from .recall_rules import parts_off_by_default

PRECISION_RULES46 = ("more-kinds46", "cue-kinds")
DEFAULT_OFF46: frozenset[str] = frozenset()

SCORED46 = ("method", "dataset", "benchmark", "model")
YEAR46 = re.compile(r"(?:\s*[-']?\s*)(?:19|20)?\d\d$")
YEAR_AFTER46 = re.compile(r"^(.*?\S)\s*(?:[-']\s*|\s)(?:(?:19|20)\d\d|\d\d)$")

# qualifiers of "language" that make it a formal language, not a natural one ("the English language") or a model
# ("the BERT language model")
LANG_QUALIFIERS46 = (
    r"(?:planning|query|description|markup|modell?ing|specification|annotation|programming|scripting|ontology|"
    r"schema|schematic|formal|logic|logical|constraint|transformation|templating|domain-specific|action)"
)
NOT_AFTER_LANGUAGE46 = r"(?!\s+(?:models?|modell?ing|understanding|processing|generation|representations?|pairs?)\b)"
NEWS_SITE46 = r"news\s+(?:sites?|websites?|outlets?|portals?|agency|agencies)"
QUOTE46, QUOTE_END46 = "['\u2018\"\u201c]", "['\u2019\"\u201d]"  # a later list item only when quoted
DATA_MODEL46 = r"(?:data\s+models?|file\s+formats?|annotation\s+formats?|exchange\s+formats?|interchange\s+formats?)"


def _precision_off46() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION46", PRECISION_RULES46, DEFAULT_OFF46)


@lru_cache(maxsize=1)
def more_kinds46() -> dict[str, str]:
    """Name -> kind of the rows of non_entities.tsv tagged "precision46": a one-word name as the row spells it, a
    longer one lower-cased."""
    out = {}
    for row in data_rows("non_entities.tsv"):
        if len(row) > 2 and row[2].strip() == "precision46":
            name = " ".join(row[0].split())
            out[name if " " not in name else name.lower()] = row[1].strip()
    return out


def _kind46(name: str) -> str | None:
    name = " ".join(name.split())
    return more_kinds46().get(name if " " not in name else name.lower())


def more_kind46(name: str) -> str | None:
    """The session-39 kind of a whole name; a venue only with its year ("PODS 2016")."""
    kind = _kind46(name)
    if kind is not None:
        return None if kind == "venue" else kind
    m = YEAR_AFTER46.match(" ".join(name.split()))
    if m and _kind46(m.group(1)) == "venue":
        return "venue"
    return None


# Each family of cue patterns needs its anchor phrase in the text ("planning language", "data model", "news sites"):
# one search per paper for the anchors, and a name's patterns (compiled per name) only for the families present.
# Most abstracts have none, so most papers compile and run no per-name pattern (session 39: the per-name patterns
# of every entity made extraction ~50 % slower); the output is the same, each pattern containing its anchor.
_ANCHORS46 = (
    re.compile(rf"{LANG_QUALIFIERS46}\s+languages?", re.I),
    re.compile(DATA_MODEL46, re.I),
    re.compile(NEWS_SITE46 + r"|news\s+(?:site|website|outlet|portal|agency)", re.I),
)


_ANCHOR_WORDS46 = (("language",), ("model", "format"), ("news",))  # a plain word each anchor holds
# speed43: the anchors without re.I, for an ASCII text's lower case. Every letter the anchors spell is lower-case
# ASCII and an ASCII text holds no "ſ", "K" or "İ" (which match "s", "k" and "i" under re.I), so a match in the
# lowered text is a match in the text (same offsets, same \s and \b) and back: the same answer, ~6 x faster.
_LOW_ANCHORS46 = (
    re.compile(rf"{LANG_QUALIFIERS46}\s+languages?"),
    re.compile(DATA_MODEL46),
    re.compile(NEWS_SITE46 + r"|news\s+(?:site|website|outlet|portal|agency)"),
)


# speed44: a non-ASCII text's anchors, searched in an ASCII view of the same length: every non-ASCII char becomes the
# ASCII letter re.I folds it to (the only such chars: "\u0130", "\u0131" -> "i", "\u017f" -> "s", the Kelvin sign
# -> "k"; tests/unit/test_speed44.py checks every code point), else " " when re's \s matches it, else "#" (no anchor
# literal). The anchors are ASCII lower-case letters, "-", \s, alternation and "?": a char of the text matches an
# element under re.I iff its view char, lowered, matches it without re.I; same length, same offsets, same answer.
_FOLDS46 = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_SPACE46 = re.compile(r"\s")
_VIEW46: dict[str, str] = {}  # non-ASCII char -> its view char (a few hundred distinct chars in a corpus)


def _view_char46(c: str) -> str:
    v = _VIEW46.get(c)
    if v is None:
        v = _FOLDS46.get(c) or (" " if _SPACE46.match(c) else "#")
        _VIEW46[c] = v
    return v


def ascii_view46(text: str) -> str:
    """The lowered ASCII view of ``text`` the lowered anchors are searched in (see _FOLDS46)."""
    table = {ord(c): _view_char46(c) for c in set(text) if not c.isascii()}
    return text.translate(table).lower()


def cue_families46(text: str) -> tuple[bool, ...]:
    """Which cue families (formal language, data model or format, news site) the text can hold."""
    low = text.lower()
    if text.isascii():  # speed43: see _LOW_ANCHORS46
        return tuple(any(w in low for w in words) and a.search(low) is not None
                     for words, a in zip(_ANCHOR_WORDS46, _LOW_ANCHORS46))
    gates = [any(w in low for w in words) for words in _ANCHOR_WORDS46]  # the former word gate, on text.lower()
    if not any(gates):
        return tuple(gates)
    view = ascii_view46(text)  # speed44: see _FOLDS46
    return tuple(g and a.search(view) is not None for g, a in zip(gates, _LOW_ANCHORS46))


@lru_cache(maxsize=4096)
def _cue_patterns46(name: str, family: int) -> tuple[re.Pattern[str], ...]:
    x = re.escape(name)
    b, e = r"(?<![\w-])", r"(?![\w-])"
    if family == 0:
        return (
            # "PDDL which is a schematic language", "X, a planning language", "X (...) is a query language"
            re.compile(
                rf"{b}{x}{e}\s*(?:\([^)]*\))?(?:,\s*|\s+(?:which|that)\s+is\s+|\s+is\s+)(?:an?\s+)?(?:[\w-]+\s+)?"
                rf"{LANG_QUALIFIERS46}\s+language{e}{NOT_AFTER_LANGUAGE46}",
                re.I,
            ),
            # "the GraphQL query language", "the XStandoff meta markup language"
            re.compile(rf"{b}the\s+{x}\s+(?:[\w-]+\s+)?{LANG_QUALIFIERS46}\s+language{e}{NOT_AFTER_LANGUAGE46}", re.I),
            # "query languages like GraphQL", "the planning language PDDL"
            re.compile(rf"{b}{LANG_QUALIFIERS46}\s+languages?\s*(?:,|:|such\s+as|like|called|named|\()?\s*(?:the\s+)?{x}{e}", re.I),
        )
    if family == 1:
        # "the underlying data model PAULA", "the MIDI file format"
        return (re.compile(rf"{b}{DATA_MODEL46}\s*(?:,|:|such\s+as|like|called|named|\()?\s*(?:the\s+)?{x}{e}|{b}{x}\s+{DATA_MODEL46}{e}", re.I),)
    # "collected from three official news sites: the 'BBC-Arabic', the 'CNN-Arabic'", "the X news website"
    return (
        re.compile(
            rf"{b}{NEWS_SITE46}\s*(?:,|:|such\s+as|like|\()?\s*(?:the\s+)?{QUOTE46}?{x}{e}"
            rf"|{b}{NEWS_SITE46}\s*(?:,|:|such\s+as|like|\()?[^.;]{{0,60}}?(?:,|and)\s*(?:the\s+)?{QUOTE46}{x}{e}"
            rf"|{b}{x}{QUOTE_END46}?\s+news\s+(?:site|website|outlet|portal|agency){e}",
            re.I,
        ),
    )


def cued_kind46(name: str, text: str, families: tuple[bool, ...] | None = None) -> bool:
    """Does the paper write the name as a formal language, a data model or file format, or a news site?
    ``families``: cue_families46(text), when the caller has it."""
    if len(name) < 2:
        return False
    present = cue_families46(text) if families is None else families
    if not any(present):
        return False
    if text.isascii() and name.isascii() and name.lower() not in text.lower():
        return False  # speed43: every pattern holds the name (re.I; ASCII: case only), compiled per name (~20 ms)
    return any(p.search(text) for f, here in enumerate(present) if here for p in _cue_patterns46(name, f))


def drop_non_entities46(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the method/dataset/benchmark/model nodes that name a formal language, data
    format, language group or venue, by list (``more-kinds46``) or by the paper's cue (``cue-kinds``)."""
    off = _precision_off46()
    if "more-kinds46" in off and "cue-kinds" in off:
        return entities
    text = f"{title or ''}\n{abstract}"
    families = cue_families46(text) if "cue-kinds" not in off else (False, False, False)
    out = []
    for e in entities:
        if e.type in SCORED46:
            if "more-kinds46" not in off and more_kind46(e.name):
                continue
            if "cue-kinds" not in off and e.role != "proposes" and any(families) and cued_kind46(
                    e.name, text, families):
                continue
        out.append(e)
    return out
