"""Session 39 (issue 10, node precision): names cut short or run long at a glyph, an acronym or a clause.

Switched with ``PAPERKG_PRECISION47`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

Per paper (``pipeline._paper_result``, after precision42's ``grow_left_cuts42``):

- ``acronym-tail``: a name that runs on into its own acronym, bracketed or bare, is cut before it and keeps the
  acronym as an alias: "Neural Interaction Transparency (NIT)" (a title's name), "Spatial-Neighbor Adapter
  SN-Adapter", "Multiple Visual Artifact Detector MVAD". The acronym's capitals must be the initials of the words
  before it; not a title-case word ("Markov-Chain Monte-Carlo") nor a numbered version ("Stanford Sentiment Treebank
  SST-2").
- ``formula-cut``: a mention cut before a glued superscript, formula or star ("HMD" of "HMD$^2$", "T2K" of
  "T2K^2", "DALL" of "DALL*E 2") or begun at a possessive's "'s" ("’s Empirical Assistant" of "the Scientist ’s
  Empirical Assistant") is dropped: the whole name is not a plain span. Markdown bold ("SharpSeq**") and a
  trailing star ("LaCAM*") are left alone.
- ``clause-long-form``: an abbreviation's long form that holds a clause after a comma ("MT approaches, like Phrase
  Based MT (Moses)", "Searle’s famous AI thought experiment, the Chinese Room (Searle, 1980)", "QMagFace, a simple
  and effective face recognition solution") is dropped; the entity keeps its other mentions.
- ``backronym``: a shape-found word with a capital inside it ("MutuAl", "PERSuAsive", "ClassificAtion") whose run of
  three or more words spells, by its capitals, an all-capital acronym of the paper ("Targeted Active Learning or
  object detectIon with rare slices using Submodular MutuAl iNformation" = TALISMAN, "Argument Mining for PERSuAsive
  oNline Discussions" = AMPERSAND) is a word of the acronym's expansion, not a name: its mention is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .recall_rules import parts_off_by_default
from .text import variant_key

PRECISION_RULES47 = ("acronym-tail", "formula-cut", "clause-long-form", "backronym")
DEFAULT_OFF47: frozenset[str] = frozenset()


def _precision_off47() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION47", PRECISION_RULES47, DEFAULT_OFF47)


# -- acronym-tail --------------------------------------------------------------------------------------------------
_TAIL47 = re.compile(r"(?P<long>\S.*\S)\s+(?P<open>\(?)(?P<acr>[A-Za-z][A-Za-z\-]*)(?P<close>\)?)")
_TITLE_WORDS47 = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")


def _initials47(words: str) -> str:
    return "".join(w[0].upper() for w in re.split(r"[\s\-]+", words) if w and w[0].isalpha())


def acronym_tail47(name: str) -> tuple[str, str] | None:
    """(long form, acronym) when ``name`` is a long form run on into its own acronym, else None."""
    m = _TAIL47.fullmatch(name)
    if m is None or (m.group("open") == "(") != (m.group("close") == ")"):
        return None
    acr, long = m.group("acr"), m.group("long")
    caps = "".join(c for c in acr if c.isupper())
    if len(caps) < 2 or _TITLE_WORDS47.fullmatch(acr) or caps != _initials47(long):
        return None
    if len(long.split()) < 2 and "-" not in long:
        return None
    return long, acr


def _cut_acronym47(e, texts: dict[str, str]) -> bool:
    got = acronym_tail47(e.name)
    if got is None:
        return False
    long, acr = got
    ms, hit = [], False
    for m in e.mentions:
        if m.text == e.name and texts.get(m.field, "")[m.start:m.end] == m.text:
            ms.append(replace(m, text=long, end=m.start + len(long)))
            hit = True
        else:
            ms.append(m)
    if not hit:
        return False
    e.mentions = ms
    e.name = long
    e.aliases = [a for a in e.aliases if a not in (long, e.name)] + ([acr] if acr not in e.aliases else [])
    return True


# -- formula-cut ---------------------------------------------------------------------------------------------------
def formula_cut47(text: str, start: int, end: int) -> bool:
    """The mention text[start:end] is cut before a glued superscript, formula or star, or begins at a possessive."""
    if re.match(r"['’]s\s", text[start:end]):
        return True
    if end <= start or not text[end - 1].isalnum():
        return False
    nxt = text[end:end + 2]
    if nxt[:1] == "*":
        return len(nxt) == 2 and nxt[1].isalnum()
    # a trademark mark ("TrueSkill$^\text{TM}$"), a subscript ("CVaR$_\delta$") or a two-digit threshold ("sAP^10")
    # leaves the name whole
    return bool(_GLUED47.match(text, end)) and not _WHOLE47.match(text, end)


_GLUED47 = re.compile(r"\^|\$[\^+\\{]")
_WHOLE47 = re.compile(r"\$?\^\{?\\(?:text|rm|mathrm)|\$?\^\{?\d{2}|\$?\^\{?(?:TM|tm)\b")


# -- clause-long-form ----------------------------------------------------------------------------------------------
_CLAUSE47 = re.compile(r",\s+(?:the|a|an|like|such|termed|called|named|namely|which|including|i\.e\.|e\.g\.)\s"
                       r"|\bnamely,")


def clause_long_form47(text: str) -> bool:
    return bool(_CLAUSE47.search(text))


# -- backronym -----------------------------------------------------------------------------------------------------
_WORDS47 = re.compile(r"[^\s,;:()\"“”]+")
_INNER_CAP47 = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def _caps47(word: str) -> str:
    return "".join(c for c in word if c.isupper())


def acronyms47(*texts: str) -> frozenset[str]:
    """The all-capital words of four or more letters of the texts ("TALISMAN", "AMPERSAND")."""
    out = set()
    for text in texts:
        for w in _WORDS47.findall(text):
            w = w.strip(".")
            if len(w) >= 4 and w.isalpha() and w.isupper():
                out.add(w)
    return frozenset(out)


def _backronym_word47(word: str) -> bool:
    """The word test of backronym47, apart from the paper's acronyms: one word with an inner capital."""
    return bool(word) and not any(c.isspace() for c in word) and _INNER_CAP47.search(word) is not None


def backronym47(text: str, start: int, end: int, acronyms: frozenset[str]) -> bool:
    """text[start:end] is one word with an inner capital inside a run of 3+ words whose capitals spell an acronym."""
    word = text[start:end]
    if not acronyms or not _backronym_word47(word):
        return False
    words = [(m.start(), m.group()) for m in _WORDS47.finditer(text)]
    at = next((i for i, (s, w) in enumerate(words) if s <= start < s + len(w)), None)
    if at is None:
        return False
    own = _caps47(word)
    lo, hi = max(0, at - 14), min(len(words), at + 15)
    caps = {i: _caps47(words[i][1]) for i in range(lo, hi)}  # each word's capitals once, not once per run
    for a in range(lo, at + 1):
        spelt = "".join(caps[i] for i in range(a, at + 1))  # the capitals of words[a:b], grown with b
        for b in range(at + 1, hi + 1):
            if b - a >= 3 and len(spelt) >= 4 and spelt in acronyms and spelt not in word and own != spelt:
                return True
            if b < hi:
                spelt += caps[b]
    return False


# -- per paper -----------------------------------------------------------------------------------------------------
def cut_spans47(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with a run-on acronym cut off the name (``acronym-tail``), mentions cut before a glued
    formula or at a possessive dropped (``formula-cut``) and clause long forms dropped (``clause-long-form``); an
    entity left with no mention goes, a changed name equal to another of the paper's joins it."""
    off = _precision_off47()
    tail, formula, clause = ("acronym-tail" not in off, "formula-cut" not in off, "clause-long-form" not in off)
    backro = "backronym" not in off
    if not (tail or formula or clause or backro):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    # the paper's acronyms are read at the first mention that can be a backronym word (speed: most papers have none)
    acronyms: frozenset[str] | None = None
    out: list = []
    changed: set[int] = set()
    for e in entities:
        if not e.mentions:
            out.append(e)
            continue
        kept = []
        for m in e.mentions:
            text = texts.get(m.field or "abstract", "")
            if text[m.start:m.end] == m.text and (
                    (formula and formula_cut47(text, m.start, m.end))
                    or (clause and m.rule == "abbreviation" and clause_long_form47(m.text))
                    or (backro and m.rule.startswith("rule:") and _backronym_word47(m.text)
                        and backronym47(text, m.start, m.end, acronyms := (
                            acronyms if acronyms is not None else acronyms47(texts["title"], texts["abstract"]))))):
                continue
            kept.append(m)
        if not kept:
            continue
        if len(kept) != len(e.mentions):
            gone = {m.text for m in e.mentions} - {m.text for m in kept}
            e.mentions = kept
            if e.name in gone:
                e.name = Counter(m.text for m in kept).most_common(1)[0][0]
                changed.add(id(e))
            if getattr(e, "long_form", None) in gone:
                e.long_form = None
            e.aliases = [a for a in e.aliases if a not in gone and a != e.name]
        if tail and _cut_acronym47(e, texts):
            changed.add(id(e))
        out.append(e)
    return _join_kept47(out, changed) if changed else out


def _join_kept47(entities: list, changed: set[int]) -> list:
    """A changed entity joins one of the paper's with the same name and type. The survivor is an unchanged one
    when there is one (it keeps its definition, long form and short forms: "Big Transfer (BiT)" cut in the title
    joins the abstract's defined "Big Transfer", whose alias BiT stays), at the place of the group's first."""
    groups: dict[tuple[str, str], list] = {}
    for e in entities:
        groups.setdefault((variant_key(e.name), e.type), []).append(e)
    out: list = []
    for e in entities:
        group = groups[(variant_key(e.name), e.type)]
        if len(group) == 1 or not any(id(x) in changed for x in group):
            out.append(e)  # nothing joins here (two unchanged same-named entities stay as they were)
            continue
        if e is not group[0]:
            continue
        survivor = next((x for x in group if id(x) not in changed), group[0])
        spans = {(m.field, m.start, m.end) for m in survivor.mentions}
        for x in group:
            if x is not survivor:
                survivor.mentions = survivor.mentions + [m for m in x.mentions if (m.field, m.start, m.end) not in spans]
                spans |= {(m.field, m.start, m.end) for m in x.mentions}
        survivor.mentions = sorted(survivor.mentions, key=lambda m: (m.field != "title", m.start))
        out.append(survivor)
    return out
