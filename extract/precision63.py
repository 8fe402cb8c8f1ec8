"""Session 48 (issue 10, node precision): title words read as names, and ontology relations.

Switched with ``PAPERKG_PRECISION63`` ("off" or "0", a comma list of these part names to switch off, or "on:" and a
comma list of default-off parts). One call, ``drop_words63`` in pipeline.py right after precision62's
``drop_software62`` (and in scripts/train_name_tagger.py's ``after_tag``).

The session 45-47 judged draws of the 73k graph (``tests/data/corpus-checks/node-precision-session4[5-7]-merge.tsv``)
still hold these shapes, which no earlier module reads:

- ``title-list-word``: a one-word name that is a plain English word, found by the list reader after a title's data
  noun and colon ("... in Analysis Datasets: Consequences, Source, and Suggestions", "Learning from limited datasets:
  Implications for ..."), every mention in the title. The colon opens the subtitle, not a list of datasets. Dropped.
- ``title-lead-word``: the title's lead word before its colon taken as the paper's name ("Clusterability: A
  Theoretical Study", "Translationese: Between Human and Machine Translation", "Tutorial: Making Better Use of the
  Crowd") when it is a plain English word (a corpus word, capitalised, no inner capital or digit), every mention is
  in the title, and the word is a genre word (tutorial, demo, survey, overview, ...) or ends like an abstract noun or
  adjective (-ation(s), -ity, -ness, -ism(s), -ese, -ive, -ions, -ment(s)). A coined lead word ("Tartan:",
  "Langsmith:", "Learngene:") is no corpus word or has none of these endings and stays; so does a lead word the
  abstract writes capitalised inside a sentence (the paper then names it) or before a technique noun ("This
  skeletonization technique": the paper's technique).
- ``ontology-relation``: an ontology relation written in lower camel case ("instanceOf", "subClassOf",
  "subRelationOf", "hasPart", "isA", "sameAs"): a lower-case word joined to capitalised words ending in a
  preposition, or "has" / "is" / "same" / "part" + capitalised words. Not an entity of any of the four kinds.
  Dropped ("subLSTM", "mBERT", "iCaRL" have no such ending).
"""

from __future__ import annotations

import re

from .precision61 import _corpus_words61
from .recall_rules import parts_off_by_default

PRECISION_RULES63 = ("title-list-word", "title-lead-word", "ontology-relation")
DEFAULT_OFF63: frozenset[str] = frozenset()

SCORED63 = ("method", "dataset", "benchmark", "model")


def _precision_off63() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION63", PRECISION_RULES63, DEFAULT_OFF63)


_PLAIN63 = re.compile(r"[A-Z][a-z]{2,}")
# A title's data noun and colon before the subtitle: "Analysis Datasets: ...", "limited datasets: ...".
_DATA_COLON63 = re.compile(r"\b(?:data\s?sets?|corpora|corpus|benchmarks?|treebanks?)\s*:\s*", re.I)
_GENRE63 = frozenset(
    "tutorial tutoriel demo demonstration survey overview review introduction keynote commentary editorial erratum "
    "preface position perspective perspectives report reflections lessons".split())
_ABSTRACT_END63 = re.compile(r"(?:ations?|ity|ities|ness|isms?|ese|ive|ions|ments?)$")
_ONTOLOGY63 = re.compile(
    r"(?:[a-z]{2,}(?:[A-Z][a-z]+)*(?:Of|In|At|To|By|From|With|On|For|As)"
    r"|(?:has|is|same|part)(?:[A-Z][a-z]*)+)")


def _in_title_only63(e) -> bool:
    return all((m.field or "abstract") == "title" for m in e.mentions)


def _plain_word63(name: str) -> bool:
    return bool(_PLAIN63.fullmatch(name)) and name.lower() in _corpus_words61()


def _title_list_word63(e, title: str) -> bool:
    """A plain word the list reader took from a title's subtitle after "Datasets:"."""
    if not _plain_word63(e.name) or e.aliases or not _in_title_only63(e):
        return False
    if not all(m.rule == "rule:listed" for m in e.mentions):
        return False
    for m in e.mentions:
        colon = None
        for c in _DATA_COLON63.finditer(title):
            if c.end() <= m.start:
                colon = c
        if colon is None or title[colon.end():m.start].count(":"):
            return False
    return True


def _title_lead_word63(e, title: str, abstract: str) -> bool:
    """The title's plain lead word before its colon, a genre word or an abstract noun/adjective."""
    if not _plain_word63(e.name) or e.aliases or not _in_title_only63(e):
        return False
    lead = re.match(r"\s*([A-Z][a-z]+)\s*:", title)
    if not lead or lead.group(1) != e.name:
        return False
    word = e.name.lower()
    if word not in _GENRE63 and not _ABSTRACT_END63.search(word):
        return False
    # The abstract writing the word before a technique noun names a technique ("This skeletonization technique").
    flat = re.sub(r"\(cid:173\)\s*", "", abstract)  # the soft-hyphen mark of old PDFs ("tech(cid:173) nique")
    if re.search(rf"\b{re.escape(word)}\s+(?:technique|method|algorithm|procedure|approach|scheme)s?\b", flat, re.I):
        return False
    # The abstract writing the word capitalised again, inside a sentence, names it.
    for m in re.finditer(rf"\b{re.escape(e.name)}\b", abstract):
        before = abstract[:m.start()].rstrip()
        if before and before[-1] not in ".!?:":
            return False
    return True


def _ontology_relation63(e) -> bool:
    forms = [e.name, *e.aliases]
    return all(_ONTOLOGY63.fullmatch(f) for f in forms)


def drop_words63(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without title words read as names and ontology relations (see the module doc)."""
    off = _precision_off63()
    if all(p in off for p in PRECISION_RULES63):
        return entities
    title = title or ""
    abstract = abstract or ""
    out: list = []
    for e in entities:
        if e.type not in SCORED63 or not e.mentions:
            out.append(e)
            continue
        if "title-list-word" not in off and _title_list_word63(e, title):
            continue
        if "title-lead-word" not in off and _title_lead_word63(e, title, abstract):
            continue
        if "ontology-relation" not in off and _ontology_relation63(e):
            continue
        out.append(e)
    return out
