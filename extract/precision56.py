"""Session 43 (issue 10, node precision): spans that carry a bracketed acronym or a footnote mark.

Switched with ``PAPERKG_PRECISION56`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``cut_spans56`` in pipeline.py right after precision54's
``drop_non_entities54``.

- ``bracket-acronym``: a name that ends in its own bracketed acronym -- mostly a title's name before its colon,
  "Stream of Search (SoS): Learning to Search in Language", "3D Neural Sculpting (3DNS): Editing ..." -- is cut
  before the bracket and keeps the acronym as an alias. precision47's ``acronym-tail`` does this when the acronym's
  capitals are the initials of the words; it misses acronyms that take a function word ("SoS": Stream *of*
  Search), a digit ("3DNS") or two letters of a word ("MURCO": *Mu*ltimodal *R*ussian *Co*rpus). Here the acronym
  is matched to the long form as abbreviations are (Schwartz & Hearst 2003: each letter or digit of the acronym,
  right to left, found in the long form in order, the first one at the start of its first word), with at least two
  capitals and a long form of two words or more. A bracket that is no acronym of the words ("Transformer (Base)",
  "BERT (large)", "Llama 2 (70B)") stays.
- ``footnote-mark``: a name glued to a footnote mark, "a new dataset, OLIVE1, which ... 1https://github.com/...",
  "dans le cadre du projet LexALP1. ... la Convention Alpine2": the digit is cut off. The mark is one digit d after
  a letter, the mention is written once, and the paper writes the footnote: d glued before a URL ("1https://",
  "1 www.") or the next mark d+1 glued to another capitalised word ("Alpine2") that is not the same name with
  another digit ("Llama2 ... Llama3" are versions) nor written with d too ("Stage2 ... Stage3" is a numbering). A name repeated with its digit ("GPT2 ... GPT2") is a
  versioned name and stays, as does one in the title (no footnotes there: "Search-R1: ..."), one whose digit
  follows a lone capital ("Search-R1", "RobotxR1") and one whose stem (or its last part) the lists give ("Chinese-Llama2").

- ``glued-word``: a name glued to the function word before or after it by a lost space: "inHaGenLex" ("... in
  HaGenLex"), "theCoNLL", "onImageNet", "andProtoNets", "AutoEncoderfor" (title "... Variational AutoEncoderfor
  Underwater ..."), "SituFormerfor". The word is cut off when what is left is name-shaped: a capital after its first
  letter ("HaGenLex", "AutoEncoder"). Leading words: in, on, and, the, of, for, with; trailing words: for, with,
  from, via, using ("of" and "and" end real words: "SceneProof", "McClelland").

- ``plus-suffix``: a name cut before the "+" or "++" glued to it, "MiniWoB" of "MiniWoB++", "Parallel Bible
  Corpus" of "Parallel Bible Corpus+ (PBC+)": the extended version is another resource than the one the name
  says. When every mention of the entity is followed by the same pluses (then a space, punctuation or the end), the
  name and its mentions take them ("MiniWoB++"); an entity also written without them is left as it is.

- ``team-submission``: a shared-task team named as a method or model: every abstract mention is followed by
  "submission(s)", "system submission", "team submission" or "Group's"/"team's" (an acronym in brackets may stand
  between): "the CUNI x-ling submission to the CoNLL 2018 UD Shared Task", "the Cognitive Computation (CogComp)
  Group's submissions". A team (an organisation) is no method (guideline: do not annotate organisations). A listed
  name stays ("our OpenNMT submission" is a toolkit's run). Dropped.

The first four parts rename; a renamed entity equal to another of the paper's joins it (precision47's ``_join_kept47``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .abbreviations import best_long_form
from .precision47 import _join_kept47, acronym_tail47
from .recall_rules import parts_off_by_default

PRECISION_RULES56 = ("bracket-acronym", "footnote-mark", "glued-word", "plus-suffix", "team-submission")
DEFAULT_OFF56: frozenset[str] = frozenset()

SCORED56 = ("method", "dataset", "benchmark", "model")


def _precision_off56() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION56", PRECISION_RULES56, DEFAULT_OFF56)


# -- bracket-acronym ---------------------------------------------------------------------------------------------
_BRACKET56 = re.compile(r"(?P<long>\S.*?\S)\s*\((?P<acr>[A-Za-z0-9][A-Za-z0-9\-]*)\)")


def sh_match56(acr: str, long: str) -> bool:
    """Schwartz & Hearst's test (abbreviations.best_long_form, the definition finder's own): the acronym's letters
    and digits, right to left, found in ``long`` in order, the first one at the start of a word."""
    return best_long_form(acr, long) is not None


def bracket_acronym56(name: str) -> tuple[str, str] | None:
    """(long form, acronym) when ``name`` ends in its own bracketed acronym ("Stream of Search (SoS)"), else None."""
    m = _BRACKET56.fullmatch(name.strip())
    if m is None:
        return None
    long, acr = m.group("long"), m.group("acr")
    if sum(c.isupper() for c in acr) < 2 or len(long.split()) < 2 or "(" in long or ")" in long:
        return None
    if long[0].lower() != acr[0].lower() or not sh_match56(acr, long):
        return None
    return long, acr


def _cut_bracket56(e, texts: dict[str, str]) -> bool:
    got = bracket_acronym56(e.name)
    if got is None or acronym_tail47(e.name) is not None:
        return False
    long, acr = got
    ms, hit = [], False
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if m.text == e.name and text[m.start:m.end] == m.text and m.text.startswith(long):
            ms.append(replace(m, text=long, end=m.start + len(long)))
            hit = True
        else:
            ms.append(m)
    if not hit:
        return False
    e.mentions = ms
    old = e.name
    e.name = long
    e.aliases = [a for a in e.aliases if a not in (long, old)] + ([acr] if acr not in e.aliases else [])
    return True


# -- footnote-mark -----------------------------------------------------------------------------------------------
_MARKED56 = re.compile(r"(?P<stem>[A-Za-z][\w\-]*[A-Za-z])(?P<d>[1-9])")


def _listed_forms56() -> frozenset[str]:
    from .precision36 import _listed_forms36

    return _listed_forms36()


def footnote_stem56(name: str, text: str) -> str | None:
    """``name`` without its glued footnote mark when ``text`` (title and abstract) writes the footnote, else None."""
    m = _MARKED56.fullmatch(name)
    if m is None or len(m.group("stem")) < 3:
        return None
    stem, d = m.group("stem"), m.group("d")
    if re.search(r"(?:^|[^A-Z])[A-Z]$", stem) or re.split(r"[\s\-]", stem)[-1] in _listed_forms56():
        return None  # a version: "Search-R1", "RobotxR1"; a listed name's version: "Chinese-Llama2"
    if len(re.findall(r"(?<![\w\-])%s(?![\w\-])" % re.escape(name), text)) != 1:
        return None  # a versioned name is written more than once ("GPT2 ... GPT2")
    if re.search(r"(?<![\w/.:\-])%s\s?(?:https?://|www\.)" % d, text):
        return stem
    nxt = str(int(d) + 1)
    for w in re.finditer(r"(?<![\w\-])([A-Z][a-z]{2,})%s(?![\w\-])" % nxt, text):
        if w.group(1) != stem and not re.search(r"(?<![\w\-])%s%s(?![\w\-])" % (w.group(1), d), text):
            return stem  # "Alpine2", not "Stage2" of "Stage2 ... Stage3" (a numbering)
    return None


def _cut_mark56(e, texts: dict[str, str]) -> bool:
    if any((m.field or "abstract") == "title" for m in e.mentions):
        return False  # a title has no footnotes: "Search-R1: Training LLMs ..."
    text = (texts["title"] or "") + "\n" + (texts["abstract"] or "")
    stem = footnote_stem56(e.name, text)
    return stem is not None and _rename56(e, texts, stem, 0, 1)


def _rename56(e, texts: dict[str, str], new: str, left: int, right: int) -> bool:
    """Give the entity the name ``new``: each mention spelt as its old name loses ``left`` characters at the start
    and ``right`` at the end. False (and nothing changed) when no mention is so spelt."""
    ms, hit = [], False
    for m in e.mentions:
        t = texts.get(m.field or "abstract", "")
        if m.text == e.name and t[m.start:m.end] == m.text:
            ms.append(replace(m, text=new, start=m.start + left, end=m.end - right))
            hit = True
        else:
            ms.append(m)
    if not hit:
        return False
    e.mentions = ms
    old = e.name
    e.name = new
    e.aliases = [a for a in e.aliases if a not in (new, old)]
    return True


# -- glued-word --------------------------------------------------------------------------------------------------
_GLUED56 = re.compile(r"(?:(?P<lead>in|on|and|the|of|for|with)(?P<rest>[A-Z][a-z]+[A-Z][\w\-]*)"
                      r"|(?P<stem>[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*?[a-z])(?P<trail>for|with|from|via|using))")


def glued_word56(name: str) -> tuple[str, int, int] | None:
    """(the name without its glued function word, characters cut at the start, at the end), else None."""
    m = _GLUED56.fullmatch(name)
    if m is None:
        return None
    if m.group("lead"):
        return m.group("rest"), len(m.group("lead")), 0
    stem = m.group("stem")
    if len(stem) < 4:
        return None
    return stem, 0, len(m.group("trail"))


def _cut_glued56(e, texts: dict[str, str]) -> bool:
    got = glued_word56(e.name)
    if got is None:
        return False
    new, left, right = got
    return _rename56(e, texts, new, left, right)


# -- plus-suffix -------------------------------------------------------------------------------------------------
_PLUS56 = re.compile(r"\+{1,2}(?![\w+])")


def _grow_plus56(e, texts: dict[str, str]) -> bool:
    if e.name.endswith("+"):
        return False
    pluses = set()
    for m in e.mentions:
        t = texts.get(m.field or "abstract", "")
        if t[m.start:m.end] != m.text:
            return False
        g = _PLUS56.match(t, m.end)
        if g is None:
            return False
        pluses.add(g.group(0))
    if len(pluses) != 1:
        return False
    plus = pluses.pop()
    e.mentions = [replace(m, text=m.text + plus, end=m.end + len(plus)) for m in e.mentions]
    old = e.name
    e.name = old + plus
    e.aliases = [a + plus if a in {m.text[:-len(plus)] for m in e.mentions} else a
                 for a in e.aliases if a not in (old, e.name)]
    return True


# -- team-submission ---------------------------------------------------------------------------------------------
_SUBMISSION56 = re.compile(r"(?:\s*\([\w\-]+\))?\s+(?:(?:system|team)\s+)?(?:submissions?\b|(?:[Gg]roup|[Tt]eam|[Ll]ab)['’]s\b)")


def team_submission56(e, abstract: str) -> bool:
    """Every abstract mention of ``e`` is followed by "submission(s)" or "Group's"/"team's"; it has one at least."""
    ms = [m for m in e.mentions if (m.field or "abstract") == "abstract"]
    if not ms or e.name in _listed_forms56():
        return False
    def cued(m) -> bool:
        if abstract[m.start:m.end] != m.text:
            return False
        end = m.start + len(e.name) if abstract.startswith(e.name, m.start) else m.end  # "CUNI" of "CUNI x-ling"
        if abstract[end:end + 1] == ")":  # the acronym of "Cognitive Computation (CogComp) Group's"
            end += 1
        return _SUBMISSION56.match(abstract, end) is not None

    return all(cued(m) for m in ms)


def cut_spans56(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with a bracketed acronym cut off the name (``bracket-acronym``) and a glued footnote
    mark (``footnote-mark``) or a glued function word (``glued-word``) cut off, a name cut before its "+"/"++" grown to it
    (``plus-suffix``), a team's submission dropped (``team-submission``); a renamed entity equal to another of the paper's joins it."""
    off = _precision_off56()
    if all(p in off for p in PRECISION_RULES56):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    changed: set[int] = set()
    if "team-submission" not in off:
        entities = [e for e in entities if e.type not in ("method", "model") or not team_submission56(e, abstract or "")]
    for e in entities:
        if e.type not in SCORED56 or not e.mentions:
            continue
        if "bracket-acronym" not in off and "(" in e.name and _cut_bracket56(e, texts):
            changed.add(id(e))
        elif "footnote-mark" not in off and e.name[-1:].isdigit() and _cut_mark56(e, texts):
            changed.add(id(e))
        elif "glued-word" not in off and _cut_glued56(e, texts):
            changed.add(id(e))
        elif "plus-suffix" not in off and _grow_plus56(e, texts):
            changed.add(id(e))
    return _join_kept47(entities, changed) if changed else entities
