"""Session 42 (issue 10, node precision): phrases that are no name of one thing -- title descriptions, title clauses,
formal logics.

Switched with ``PAPERKG_PRECISION53`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``drop_non_names53`` in pipeline.py right after precision52's
``drop_non_entities52``.

- ``title-description``: a method/model/dataset/benchmark only the title writes, no list gives and the paper does not
  propose, written after an indefinite article and before a type noun, and begun by a descriptive adjective: "An
  Almost Optimal PAC Algorithm" (node "Optimal PAC"), "A Fast Approximate AIB Algorithm", "An Exact MaxSAT
  Algorithm", "A Novel GAN Approach", "A Stacked BiLSTM Architecture", "An Analog VLSI Model of ...". The article
  and the type noun make the phrase a description of the paper's (unnamed) thing, not a name. Dropped.
- ``title-clause``: a name cut from a title clause "X Made Easy / Simple / Practical ..." ("Robust SVD Made Easy: A
  fast and reliable algorithm ..."): a claim about X, not a name. Dropped.
- ``logic-acronym``: a logic-shaped acronym -- description logics (ALC..., SROIQ, SHOIN, SHIQ, EL++, DL-Lite...),
  temporal and dynamic logics (LTLf, PLTLf, PPLTL, LDLf, PLDLf, CTL*, ATL, MTL, STL, PDL, MSO) -- in a sentence
  that writes logic words (logic(s), DL(s), ontology, TBox/ABox, formula, semantics, satisfiability, model
  checking), not proposed. A logic is a formal language (the annotation guideline makes it optional at most; the
  session-41 judging: "PLDLf ... a formal language typed method", "ALCIO is a description logic"). Dropped.

Not dropped: a name the paper proposes; a listed name (gazetteer entry or a listed rule) for the title parts.
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

PRECISION_RULES53 = ("title-description", "title-clause", "logic-acronym")
DEFAULT_OFF53: frozenset[str] = frozenset()

SCORED53 = ("method", "dataset", "benchmark", "model")

# Descriptive adjectives a title writes before the thing it describes ("A Fast Approximate AIB Algorithm").
DESCRIPTIVE53 = frozenset({
    "novel", "new", "fast", "faster", "exact", "optimal", "near-optimal", "nearly-optimal", "almost", "nearly",
    "iterated", "iterative", "informed", "bitwise", "hybrid", "analog", "generalized", "generalised", "stacked",
    "enhanced", "simple", "efficient", "robust", "improved", "scalable", "real-time", "practical", "accurate",
    "lightweight", "unified", "approximate", "provable", "provably", "linearly-convergent", "non-parametric",
    "nonparametric", "semi-supervised", "unsupervised", "supervised", "local", "distributed", "parallel", "modified",
    "principled", "flexible", "deep", "better", "simplified", "accelerated", "extended", "refined", "tractable",
    "compact",
})
_TYPE_AFTER53 = re.compile(
    r"\s+(?:Algorithm|Model|Approach|Framework|Method|Technique|System|Network|Architecture|Scheme|Procedure|Solver|"
    r"Estimator|Classifier|Learner|Corpus|Dataset|Benchmark|Library|Toolkit|Platform)s?\b")
_ARTICLE_BEFORE53 = re.compile(r"(?:^|[\s:])(?:A|An)\s+(?:[\w\-]+\s+){0,3}$")
_CLAUSE53 = re.compile(
    r".+\s+Made\s+(?:Easy|Easier|Simple|Simpler|Practical|Fast|Faster|Efficient|Scalable|Robust|Tractable|"
    r"Accessible|Possible|Private|Sparse|Exact)")
_LOGIC53 = re.compile(
    r"(?:ALC[A-Z]*(?:\(D\))?|SROIQ(?:\(D\))?|SHOIN(?:\(D\))?|SHOIQ(?:\(D\))?|SHIQ(?:\(D\))?|SHIF(?:\(D\))?|EL\+\+|"
    r"DL-Lite[A-Za-z]*|P{0,2}LTLf?|PLTLf|LDLf?|PLDLf|CTL\*?|ATL\*?|MTL|STL|PDL|MSO)")
_LOGIC_CUE53 = re.compile(
    r"\blogics?\b|\bDLs?\b|ontolog|\b[TA]Box(?:es)?\b|\bformula(?:s|e)?\b|\bsemantics\b|\bsatisfiab|"
    r"\bmodel[- ]checking\b", re.I)


def _precision_off53() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION53", PRECISION_RULES53, DEFAULT_OFF53)


def _listed53(e) -> bool:
    return e.entry is not None or any(m.rule.startswith(("gazetteer:", "rule:listed", "corpus:confirmed"))
                                      for m in e.mentions)


def _title_only53(e) -> bool:
    return bool(e.mentions) and all((m.field or "abstract") == "title" for m in e.mentions)


def title_description53(title: str, text: str, start: int, end: int) -> bool:
    """The title span ``text`` at [start, end) is a description: an indefinite article before it (a few words
    between), a type noun after it, its first word a descriptive adjective and a second word following."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in DESCRIPTIVE53:
        return False
    return (_TYPE_AFTER53.match(title, end) is not None
            and _ARTICLE_BEFORE53.search(title[:start]) is not None)


def title_clause53(name: str) -> bool:
    """A name that is a title clause "X Made Easy" ("Robust SVD Made Easy")."""
    return _CLAUSE53.fullmatch(name.strip()) is not None


def _sentence53(text: str, start: int, end: int) -> str:
    """The sentence around [start, end), the mention itself blanked ("DL" of "DL-Lite" is no cue)."""
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    b = text.find(". ", end)
    return text[a:start] + " " + text[end: len(text) if b < 0 else b]


def logic_written53(name: str, texts: dict, mentions) -> bool:
    """A logic-shaped acronym some sentence of which writes logic words ("the description logic DL-Lite",
    "TBoxes in ALCIO", "PLTLf and PLDLf are logics about the past")."""
    if _LOGIC53.fullmatch(name.strip()) is None:
        return False
    for m in mentions:
        text = texts.get(m.field or "abstract", "")
        if _LOGIC_CUE53.search(_sentence53(text, m.start, m.end)):
            return True
    return False


def drop_non_names53(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without title descriptions (``title-description``), title clauses (``title-clause``) and
    logic acronyms (``logic-acronym``)."""
    off = _precision_off53()
    if all(p in off for p in PRECISION_RULES53):
        return entities
    title = title or ""
    texts = {"abstract": abstract or "", "title": title}
    out = []
    for e in entities:
        if e.type in SCORED53 and e.role != "proposes":
            if "logic-acronym" not in off and logic_written53(e.name, texts, e.mentions):
                continue
            if ("title-description" not in off and _title_only53(e) and not _listed53(e)
                    and title_description53(title, e.mentions[0].text, e.mentions[0].start, e.mentions[0].end)):
                continue
        if ("title-clause" not in off and e.type in SCORED53 and _title_only53(e) and not _listed53(e)
                and title_clause53(e.name)):
            continue
        out.append(e)
    return out
