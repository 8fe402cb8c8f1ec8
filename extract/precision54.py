"""Session 42 (issue 10, precision): countries, human languages and description/temporal logics typed as entities.

Switched with ``PAPERKG_PRECISION54`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``drop_non_entities54`` in pipeline.py right after precision52's
``drop_non_entities52`` (and in scripts/train_name_tagger.py's ``after_tag``).

- ``country-name``: a method/dataset/benchmark/model whose whole name is a country of ISO 3166-1 (``pycountry``:
  name, common or official name, accents folded, as spelt: "Germany", "Japan", "Switzerland"). The guideline never
  annotates countries; a data set named after one carries a data noun in its name ("the Germany split" stays a
  longer name or is not touched). Dropped.
- ``language-name``: a node whose whole name is a human language of ISO 639-3 (``pycountry``; "Odia", "Ashaninka",
  "Hittite", "French Sign Language"), only when the paper writes it as a language: the name ends in "Sign Language",
  or a mention has "language(s)" within four words before or after it (not "language model(s)"), or its sentence
  names two other ISO 639-3 languages of at least four letters, or one and the word "language(s)" (a list of
  languages). A language name that is also an
  ML name ("Duke", "Wanda", "Tulu", "Luna", "Sentinel") has no such cue in its papers and stays.
- ``logic-name``: a node named like a description logic or a finite-trace temporal logic (ALC..., Horn-ALC...,
  SROIQ/SHOIQ/SHIQ, DL-Lite..., ...LTLf / ...LDLf) when the paper writes "logic(s)", "DL(s)", "ontology", "TBox"/"ABox"; a node the paper proposes only when a
  sentence with a mention does ("HyperLDLf: a Logic for ..."); never one written after a technique noun ("a GNN-based approach, GLTLf").
  Dropped.

``pycountry`` (PyPI, ISO data from Debian's iso-codes) is a dependency in pyproject.toml; without it the first two
parts do nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .recall_rules import parts_off_by_default

PRECISION_RULES54 = ("country-name", "language-name", "logic-name")
DEFAULT_OFF54: frozenset[str] = frozenset()

SCORED54 = ("method", "dataset", "benchmark", "model")


def _precision_off54() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION54", PRECISION_RULES54, DEFAULT_OFF54)


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).strip()


@lru_cache(maxsize=1)
def _countries54() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - the dependency is in pyproject.toml
        return frozenset()
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names.add(_fold(v))
    return frozenset(names)


@lru_cache(maxsize=1)
def _languages54() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(_fold(lang.name) for lang in pycountry.languages)


@lru_cache(maxsize=1)
def _language_list_pattern54() -> re.Pattern[str] | None:
    names = sorted((n for n in _languages54() if len(n) >= 4 and n[:1].isupper()), key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in names))


def country_name54(name: str) -> bool:
    """The whole name is an ISO 3166-1 country ("Germany", "Japan"), as spelt."""
    return _fold(name) in _countries54()


def language_name54(name: str) -> bool:
    """The whole name is an ISO 639-3 language ("Odia", "Ashaninka"), as spelt."""
    return _fold(name) in _languages54()


_LANG_WORD54 = re.compile(r"\blanguages?\b(?!\s+model)", re.I)
_SENT54 = re.compile(r"(?<=[.!?])\s+")


def _language_cue54(text: str, entity) -> bool:
    """The paper writes the node as a human language: "the X language", "languages viz., ..., X", a list of languages."""
    if entity.name.strip().endswith("Sign Language"):
        return True
    forms = {_fold(m.text) for m in entity.mentions} | {_fold(entity.name)}
    folded = _fold(text)
    pat = _language_list_pattern54()
    for sent in _SENT54.split(folded):
        for form in forms:
            for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(form), sent):
                before = sent[: m.start()].split()[-4:]
                after = sent[m.end():].split()[:4]
                window = " ".join(before) + " | " + " ".join(after)
                if _LANG_WORD54.search(window):
                    return True
                if pat is not None:
                    others = {o.group(0) for o in pat.finditer(sent)} - forms
                    if len(others) >= 2 or (others and _LANG_WORD54.search(sent)):
                        return True
    return False


_LOGIC_NAME54 = re.compile(
    r"(?:Horn-)?(?:ALC[A-Za-z]*|S(?:R|H)OI?[NQ]|SHI[NQF]?)|DL-Lite\w*|\w*(?:LTL|LDL)f")
_LOGIC_CUE54 = re.compile(r"\blogics?\b|\bDLs?\b|\bontolog(?:y|ies)\b|\b[TA]Box(?:es)?\b", re.I)


_TECHNIQUE_BEFORE54 = re.compile(
    r"\b(?:approach|method|algorithm|framework|system|technique|model|tool|solver|network)s?,?\s+(?:called\s+|named\s+)?$",
    re.I)


def _logic_cue54(text: str, entity) -> bool:
    """The paper writes about logics; for a node it proposes, a sentence with a mention names a logic ("HyperLDLf:
    a Logic for ...", not "a GNN-based approach, GLTLf")."""
    forms = {m.text for m in entity.mentions} | {entity.name}
    for form in forms:
        for m in re.finditer(re.escape(form), text):
            if _TECHNIQUE_BEFORE54.search(text[max(0, m.start() - 40): m.start()]):
                return False
    if entity.role != "proposes":
        return _LOGIC_CUE54.search(text) is not None
    for sent in _SENT54.split(text):
        if any(f in sent for f in forms) and _LOGIC_CUE54.search(sent):
            return True
    return False


def logic_name54(name: str) -> bool:
    """Named like a description logic or a finite-trace temporal logic ("ALCIO", "Horn-SROIQ", "PLDLf")."""
    return _LOGIC_NAME54.fullmatch(name.strip()) is not None


def drop_non_entities54(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without countries (``country-name``), languages written as languages
    (``language-name``) and description/temporal logics (``logic-name``)."""
    off = _precision_off54()
    if all(p in off for p in PRECISION_RULES54):
        return entities
    text = (title or "") + "\n" + abstract
    out = []
    for e in entities:
        if e.type in SCORED54:
            if "country-name" not in off and country_name54(e.name):
                continue
            if "language-name" not in off and language_name54(e.name) and _language_cue54(text, e):
                continue
            if "logic-name" not in off and logic_name54(e.name) and _logic_cue54(text, e):
                continue
        out.append(e)
    return out
