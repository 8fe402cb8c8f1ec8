"""Session 29 (issue 10, node precision: the lead's start build of session 29, samples of seeds 20271620-20271625).

Switched off with ``PAPERKG_PRECISION32`` ("off" or a comma list of these part names), for ablations only. Each
part reads a paper's entities after ``precision31.retype_mentions31`` (pipeline).

- ``lexical-resource``: a method or model no list gave that the paper names as a lexical resource: the resource
  noun right before the name with no comma ("the existing Russian thesaurus Zorb", "the Norwegian valence
  dictionary Zorb", "Turkish WordNet Zorb", "the Chinese ontology Zorb to provide") or a definition right after it
  ("Zorb, a Czech lexical network, which", "Zorb: A German Morphological Lexicon Extracted from", "Zorb is a
  multilingual Scandinavian dictionary, with", "Zorb, the first diachronic knowledge base describing"): lexicons,
  dictionaries, thesauri, wordnets, ontologies and knowledge bases are named collections of data (the guideline's
  dataset). The noun must head the phrase (not "a dictionary-based approach", "an ontology algebra", "a Reverse
  Dictionary System", "a Lexicon-supported tagger", "knowledge base question answering"), the words before it must
  not be a system's or a preposition's ("a system that exploits semantic knowledge bases"), and a copula's subject
  must not stand after a preposition ("The output of Zorb is a knowledge base"). The entity becomes a dataset.
- ``clause-glue``: a name that holds the clause around it, glued by a long-form or title rule ("ICF, we construct a
  novel self-supervised SISR framework", "this paper introduces a novel Temporal-Spatial Enhanced Network",
  "propose a new copy mechanism", "REG from a pragmatic perspective, introducing a new", "Introducing PDD",
  "QABriefDataset We"): a lower-case "we", "our", "this paper", "propose(s/d)", "introduce(s)", "introducing",
  "specifically" or "resulting" as a word of its own, a capitalised "We" after the first word, or a first word
  "Introducing", "Propose", "Proposing" or "Introduce" before a space. Not "Explore-Propose-Assemble reader",
  "Propose-and-Attend Single Shot Detector" (hyphenated words), not "Helping Our Own" (capitalised). Dropped. Only
  names no list gave: a mined entry whose name is glued ("challenges together, we propose a novel ... framework")
  still names the right thing where a paper writes its short form (CROWN), so the entity is kept there.
- ``cite-key``: a name read from inside a LaTeX citation ("\\cite{Hinton1986,LeCun1985}",
  "\\citep{ChaudhuriKa20}"): every mention inside the braces of a \\cite command. Dropped.
- ``hyphen-compound``: ``precision31``'s ``method-definition`` for a data-typed name defined as a technique whose
  definition holds a hyphenated compound with a preposition ("Zorb, an end-to-end geometric reasoning framework to",
  "a novel end-to-end model, Zorb, to generate", "Zorb, an fMRI-to-image method for"): precision31 read the "to"
  of "end-to-end" as a preposition. The same checks, with the compound's inner words masked. The entity becomes a
  method (a model after "language model" ...).
"""

from __future__ import annotations

import re

from .precision29 import _unlisted
from .precision30 import data_definition30
from .precision31 import DATA_NAME31, PREPOSITION_BEFORE31, method_definition31
from .precision33 import retype_mentions33
from .recall_rules import _parts_off

PRECISION_RULES32 = ("lexical-resource", "clause-glue", "cite-key", "hyphen-compound")


def _precision_off32() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION32", PRECISION_RULES32)


# -- lexical-resource --------------------------------------------------------------------------------------------
_LEXICAL32 = (r"(?:lexicons?|dictionar(?:y|ies)|thesaur(?:us|i)|wordnets?|lexical\s+(?:resources?|databases?"
              r"|networks?|knowledge\s+bases?)|knowledge\s+bases?|ontolog(?:y|ies))")
# The noun heads the phrase: a stop, a bracket or a clause word follows, never a hyphen or another noun.
_HEAD_END32 = (r"(?=\s*(?:[,.;:()]|$|(?:for|of|with|that|which|in|on|containing|consisting|comprising|covering"
               r"|built|created|developed|extracted|derived|compiled|describing|where|and|to|whose|offering"
               r"|organi[sz]ing|annotated|linking|constructed)\b))")
LEXICAL_AFTER32 = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?::|,|\s+is)\s+(?:an?|the)\s+((?:[\w\-]+,?\s+){0,5}?)" + _LEXICAL32 + _HEAD_END32,
    re.I)
# "the existing Russian thesaurus Zorb", "Turkish WordNet Zorb": a determiner or a capitalised word opens the phrase.
LEXICAL_BEFORE32 = re.compile(
    r"(?:\b(?:the|a|an|our|this|existing|another|new)\s+|(?<![\w\-])[A-Z][a-z]+\s+)((?:[\w\-]+\s+){0,3}?)"
    r"(?i:thesaurus|dictionary|lexicon|wordnet|ontology|knowledge\s+base|lexical\s+network)\s+$")
# Words of a system's or a method's phrase, or of a preposition's, before the noun (hyphen-joined words do not count).
NOT_LEXICAL32 = re.compile(r"(?i)(?<![\w\-])(?:for|to|of|with|in|on|by|from|using|that|which|system|systems|method"
                           r"|model|framework|approach|tool|learning|learned|based|sparse|deep|overcomplete"
                           r"|redundant|trained)(?![\w\-])")


# Cheap gates: what must stand right after or right before a mention for the long patterns to be tried.
AFTER_GATE32 = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[:,]|\s+is\s)")
BEFORE_GATE32 = re.compile(r"(?i)(?:thesaurus|dictionary|lexicon|wordnet|ontology|base|network)\s+$")


def lexical_resource32(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` defined as, or named after, a lexical resource?"""
    if AFTER_GATE32.match(text, end) is not None:
        m = LEXICAL_AFTER32.match(text, end)
        if m is not None and not NOT_LEXICAL32.search(m.group(1)):
            # "The output of Zorb is a knowledge base": a copula after a preposition's object defines something else.
            return m.group(0).lstrip()[:1] in ",:(" or not PREPOSITION_BEFORE31.search(text, max(0, start - 12), start)
    if BEFORE_GATE32.search(text, max(0, start - 14), start) is None:
        return False
    b = LEXICAL_BEFORE32.search(text, max(0, start - 80), start)
    return b is not None and b.end() == start and not NOT_LEXICAL32.search(b.group(1))


# -- clause-glue -------------------------------------------------------------------------------------------------
CLAUSE_GLUE32 = re.compile(
    r"(?:^|(?<=[\s,]))(?:we|our|this\s+paper|propose[sd]?|introduces?|introducing|specifically|resulting)(?=[\s,]|$)"
    r"|(?<=\S\s)We(?=\s|$)|^(?:Introducing|Propose|Proposing|Introduce)\s")


# -- cite-key ----------------------------------------------------------------------------------------------------
CITE_OPEN32 = re.compile(r"\\cite[a-zA-Z]*\*?(?:\[[^\]]{0,40}\])*\{[^{}]*$")
CITE_CLOSE32 = re.compile(r"[^{}\s]*(?:\s*,\s*[^{}\s]*)*\}")


def in_citation32(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside the braces of a LaTeX \\cite command?"""
    return CITE_OPEN32.search(text, max(0, start - 120), start) is not None and CITE_CLOSE32.match(text, end) is not None


# -- hyphen-compound ---------------------------------------------------------------------------------------------
HYPHEN_PREP32 = re.compile(r"-(?:to|of|in|on|for|with|by|from|the|and|or)-(?=\w)", re.I)


def _mask(m: re.Match) -> str:
    return "-" + "x" * (len(m.group(0)) - 2) + "-"


def _text(texts: dict[str, str], m) -> str:
    return texts.get(m.field, "")


def _masks(masked: dict[str, str], texts: dict[str, str], e) -> bool:
    """Fill ``masked`` with each field of ``e``'s mentions, hyphenated prepositions masked; did any field change?"""
    changed = False
    for m in e.mentions:
        field = m.field
        if field not in masked:
            masked[field] = HYPHEN_PREP32.sub(_mask, texts.get(field, ""))
        changed = changed or masked[field] != texts.get(field, "")
    return changed


def retype_mentions32(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, lexical resources retyped as datasets, glued clauses and citation keys dropped, data
    names defined as techniques with a hyphenated compound retyped."""
    off = _precision_off32()
    if len(off) == len(PRECISION_RULES32):
        return retype_mentions33(title, abstract, entities)
    texts = {"abstract": abstract, "title": title or ""}
    masked: dict[str, str] = {}
    cited = "\\cite" in abstract  # titles hold no LaTeX citations
    out = []
    for e in entities:
        if "cite-key" not in off and cited and e.mentions and all(
                in_citation32(_text(texts, m), m.start, m.end) for m in e.mentions):
            continue
        if not _unlisted(e):
            out.append(e)
            continue
        if "clause-glue" not in off and " " in e.name and CLAUSE_GLUE32.search(e.name):
            continue
        if ("lexical-resource" not in off and e.type in ("method", "model")
                and any(lexical_resource32(_text(texts, m), m.start, m.end) for m in e.mentions)):
            e.type = "dataset"
        elif ("hyphen-compound" not in off and e.type in ("dataset", "benchmark") and _masks(masked, texts, e)
              and DATA_NAME31.search(e.name) is None
              and not any(DATA_NAME31.search(m.text) or data_definition30(_text(texts, m), m.end) for m in e.mentions)):
            for m in e.mentions:
                field = m.field
                plain = _text(texts, m)
                if masked[field] == plain:
                    continue
                typ = method_definition31(masked[field], m.start, m.end)
                if typ is not None and method_definition31(plain, m.start, m.end) is None:
                    e.type = typ
                    break
        out.append(e)
    return retype_mentions33(title, abstract, out)  # session 30: precision33's parts run last
