"""Session 41 round 2 (issue 10, precision): venues, platforms, standards, software and games typed as entities.

Switched with ``PAPERKG_PRECISION52`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``drop_non_entities52`` in pipeline.py right after precision51's
``drop_non_entities51``.

- ``venue-year``: a method/dataset/benchmark/model named by a general conference acronym (not an evaluation
  campaign: SemEval, WMT, IWSLT, CoNLL, TREC, CLEF, NTCIR, ICDAR, VarDial, KDD and MICCAI are not listed) with a
  four-digit year ("ICMI 2016", "TALN 2003", "SIGDIAL 2024", "KR 2021"), unless a mention is followed by a data or
  evaluation noun ("CVPR2013 tracking challenges", "... 2016 dataset/benchmark/task/corpus"). Two-digit forms are
  left alone ("NIPS17 document collection" is data).
- ``known-non-entities``: a curated list of well-known platforms, standards, software and games, each checked on the
  73k corpus (``/tmp/lead/merge41a/papers.jsonl``) to be that thing in all of its papers: the social platform Gab,
  DockerHub, the CEFR proficiency scale, the MARC (21) library metadata standard, the C2PA provenance standard,
  RapidMiner, Unitex and NooJ (linguistic development platforms), VecShare (a sharing platform), Google OR-Tools,
  SYSTRAN (a commercial MT system / company), StarCraft: Brood War and DouDiZhu (games). As spelt ("GaB" is another
  paper's method). Any role.

Both lists are rows of ``extract/data/non_entities.tsv`` tagged "precision52" (kind "venue" for the acronyms), beside
precision43's and precision46's tagged rows, so the shared word list stays the one place for names that are no entity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import data_rows
from .recall_rules import parts_off_by_default

PRECISION_RULES52 = ("venue-year", "known-non-entities")
DEFAULT_OFF52: frozenset[str] = frozenset()

SCORED52 = ("method", "dataset", "benchmark", "model")


@lru_cache(maxsize=1)
def _rows52() -> tuple[tuple[str, ...], frozenset[str]]:
    """The venue acronyms and the other names of non_entities.tsv's rows tagged "precision52", in file order."""
    venues: list[str] = []
    names: set[str] = set()
    for row in data_rows("non_entities.tsv"):
        if len(row) > 2 and row[2].strip() == "precision52":
            name, kind = row[0].strip(), row[1].strip()
            if kind == "venue":
                venues.append(name)
            else:
                names.add(name)
    return tuple(venues), frozenset(names)


@lru_cache(maxsize=1)
def _venue_year52() -> re.Pattern[str]:
    return re.compile(r"(?:%s)[\s'\-]?(?:19|20)\d{2}" % "|".join(_rows52()[0]))


_DATA_AFTER52 = re.compile(
    r"\s*(?:[\w\-]+\s+){0,2}?(?:challenges?|benchmarks?|data(?:sets?)?|corpus|corpora|tasks?|shared|competitions?|"
    r"track|collections?|test\s*sets?)\b", re.I)


def _precision_off52() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION52", PRECISION_RULES52, DEFAULT_OFF52)


def venue_year52(name: str) -> bool:
    """A general conference acronym with a four-digit year ("ICMI 2016", "TALN 2003"; not "SemEval 2017")."""
    return _venue_year52().fullmatch(name.strip()) is not None


def known_non_entity52(name: str) -> bool:
    """A listed platform, standard, software or game, as spelt."""
    return name.strip() in _rows52()[1]


def _data_after52(text: str, entity) -> bool:
    """Some occurrence of a mention is followed by a data or evaluation noun ("CVPR2013 tracking challenges")."""
    for form in {m.text for m in entity.mentions} | {entity.name}:
        for m in re.finditer(re.escape(form), text):
            if _DATA_AFTER52.match(text, m.end()):
                return True
    return False


def drop_non_entities52(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without venues with a year (``venue-year``) and listed platforms, standards, software and
    games (``known-non-entities``)."""
    off = _precision_off52()
    if all(p in off for p in PRECISION_RULES52):
        return entities
    text = (title or "") + "\n" + abstract
    out = []
    for e in entities:
        if e.type in SCORED52:
            if "known-non-entities" not in off and known_non_entity52(e.name):
                continue
            if "venue-year" not in off and venue_year52(e.name) and not _data_after52(text, e):
                continue
        out.append(e)
    return out
