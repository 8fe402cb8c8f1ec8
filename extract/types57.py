"""Session 49 (issue 10, node precision): a data set's year or condition variant, a score unit, a competition and
a bracketed data name, typed method.

Switched with ``PAPERKG_TYPES57`` ("off"/"0", or a comma list of these part names to switch off). One call,
``retype_variants57`` in pipeline.py right after types56's ``retype_resources56`` (and in
``scripts/train_name_tagger.py``'s ``after_tag``), per paper, before the corpus type vote.

The judged 73k rows of session 49 (``node-precision-session49-merge.tsv``) hold method-typed names whose cue sits
in their own paper or in the shipped data list:

- ``data-variant``: the name is a listed data set's name with a year or a condition suffix: "VOC2008" (the list
  writes VOC2007 / VOC2012: a data name plus a year), "RobotCar-Night" written beside "nuScenes-Night" with
  nuScenes a data set of the paper, or the tail of the paper's own data name ("PASCAL VOC2008" ... "VOC2008").
  -> the data set's type.
- ``score-unit``: a number, the name, then "points"/"pts": "surpasses the previous best by 3.0 DVPQ points".
  -> metric.
- ``competition``: an appositive or copula "a (series of) ... competition(s) / contest(s)": "AI-Olympics---a
  series of online AI competitions". -> benchmark (the guideline: shared tasks and evaluation campaigns are
  benchmarks).
- ``data-bracket``: a bracketed name after a data phrase the paper creates: "we create a new four-way multilingual
  dataset of parallel cloze test examples (MozArt)". -> dataset (benchmark for "benchmark").

Only method-typed names the paper writes, not headed by a technique noun, not written as the paper's technique
(types55's guard).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .precision38 import TECHNIQUE_END38
from .recall_rules import parts_off_by_default
from .types52 import _MOD52
from .types55 import _mentions55, _technique_written55, data_name_types55

TYPES_RULES57 = ("data-variant", "score-unit", "competition", "data-bracket")
DEFAULT_OFF57: frozenset[str] = frozenset()


def _types_off57() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES57", TYPES_RULES57, DEFAULT_OFF57)


# -- data-variant --------------------------------------------------------------------------------------------------
_FULL_YEAR57 = re.compile(r"^(?P<base>.*?[A-Za-z][\w\-. ]*?)[\s\-_]?(?P<year>(?:19|20)\d\d)$")
# A condition a data set is split or re-rendered under (weather, light, corruption, difficulty).
_CONDITIONS57 = (r"night|nighttime|day|daytime|dawn|dusk|rain|rainy|fog|foggy|snow|snowy|cloudy|sunny|dark|low-?light"
                 r"|overcast|winter|summer|hard|easy|clean|noisy|corrupted?|blur|blurred|occluded?|occlusion")
_CONDITION57 = re.compile(
    r"^(?P<base>[A-Za-z][\w.]*(?:[ \-][\w.]+){0,2}?)[\-_ ](?P<cond>" + _CONDITIONS57 + r")$", re.I)


@lru_cache(maxsize=1)
def _listed_data57() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped list's data names (lower-cased) and the bases of those written with a year ("voc" of VOC2012)."""
    from .gazetteer import load_entries

    names: set[str] = set()
    year_bases: set[str] = set()
    for entry in load_entries():
        if entry.type not in ("dataset", "benchmark"):
            continue
        for form in entry.forms:
            names.add(form.lower())
            m = _FULL_YEAR57.match(form)
            if m and len(m.group("base").strip(" -_")) >= 2:
                year_bases.add(m.group("base").strip(" -_").lower())
    return frozenset(names), frozenset(year_bases)


def _variant_kind57(name: str, texts: dict[str, str], data_types: dict[str, str]) -> str | None:
    low = name.lower()
    # The tail of the paper's own data name: "PASCAL VOC2008" ... "VOC2008".
    # Only a coded tail (a digit: "VOC2008", "D2S"): a plain tail is as often a formalism or a modality the data
    # name holds ("Dynamic HPSG" ... "HPSG", "NTU RGB+D" ... "RGB+D-based").
    if re.search(r"\d", low):
        for form, kind in data_types.items():
            if form.endswith(" " + low) and len(form) > len(low) + 1:
                return kind
    names, year_bases = _listed_data57()
    m = _FULL_YEAR57.match(name)
    if m:
        base = m.group("base").strip(" -_").lower()
        if base in year_bases or base in data_types:
            return data_types.get(base, "dataset")
    c = _CONDITION57.match(name)
    if c:
        base, cond = c.group("base").lower(), c.group("cond")
        if base in data_types:
            return data_types[base]
        if base in names:
            return "dataset"
        # A sibling with the same suffix whose base is a data set of the paper: "nuScenes-Night and RobotCar-Night".
        for text in texts.values():
            for s in re.finditer(r"(?<![\w\-])([A-Za-z][\w.]*)-" + re.escape(cond) + r"(?![\w\-])", text):
                if s.group(1).lower() != base and s.group(1).lower() in data_types:
                    return data_types[s.group(1).lower()]
    return None


# -- score-unit ----------------------------------------------------------------------------------------------------
_NUMBER_BEFORE57 = re.compile(r"(?<![\w.])[+\-\u2212]?\d+(?:\.\d+)?\s*%?\s+$")
_POINTS_AFTER57 = re.compile(r"\s+(?:points?|pts\.?|pp)(?![\w\-])", re.I)


def _score_unit57(text: str, start: int, end: int) -> bool:
    return bool(_NUMBER_BEFORE57.search(text, max(0, start - 14), start)) and bool(
        _POINTS_AFTER57.match(text, end, end + 12))


# -- competition ---------------------------------------------------------------------------------------------------
COMPETITION57 = re.compile(
    r"(?:\s*\([^()]{1,60}\)\s*)?(?:\s*,|\s*:|\s*[\u2013\u2014]|\s*-{2,3}|\s+-|\s+is)\s*(?:a|an|the)\s+"
    r"(?:(?:series|set|suite|family)\s+of\s+)?" + _MOD52 + r"{0,5}?(?:competitions?|contests?)"
    r"(?=\s*[,.;:)!?]|\s*$|\s+(?:that|which|for|to|of|on|in|with|where|held|hosted|organi[sz]ed|and)\b)", re.I)


# -- data-bracket --------------------------------------------------------------------------------------------------
DATA_BRACKET57 = re.compile(
    r"(?<![\w\-])(?:create|created|construct|constructed|introduce|introduced|present|presented|collect|collected"
    r"|release|released|build|built|compile|compiled|curate|curated|propose|proposed|develop|developed)\s+"
    r"(?:a|an)\s+(?:new\s+|novel\s+)?" + _MOD52 + r"{0,5}?(?P<head>dataset|data\s?set|corpus|benchmark)"
    r"(?:\s+(?P<prep>of|for|with|on|from|containing)\s+[^().;:,]{1,80}?)?\s*\($", re.I)


def _spells_out57(text: str, start: int, name: str) -> bool:
    """Is the bracketed name an acronym of the words right before its bracket ("retrieval-augmented generation
    (RAG)")?"""
    caps = re.sub(r"[^A-Z]", "", name)
    if len(caps) < 2:
        return False
    before = text[max(0, start - 160):start].rstrip(" (")
    for words in (re.findall(r"[A-Za-z]+", before), re.findall(r"[A-Za-z][\w\-]*", before)):
        # a hyphen's parts may give a letter each ("retrieval-augmented generation") or not ("tide-aware ...")
        if len(words) >= len(caps) and "".join(w[0] for w in words[-len(caps):]).upper() == caps:
            return True
    return False


_ACRONYM_BEFORE57 = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9\-]+s?\s*\($")


def _data_bracket57(text: str, start: int, end: int) -> str | None:
    if not text.startswith(")", end):
        return None
    if _ACRONYM_BEFORE57.search(text, max(0, start - 20), start):
        return None  # "using the acronym FTFY (fixed that for you)": the bracket spells out an acronym
    m = DATA_BRACKET57.search(text, max(0, start - 200), start)
    if m is None:
        return None
    if m.group("prep") and m.group("prep").lower() != "of" and _spells_out57(text, start, text[start:end]):
        return None  # "a benchmark for retrieval-augmented generation (RAG)": the bracket abbreviates the purpose
    return "benchmark" if m.group("head").lower() == "benchmark" else "dataset"


def retype_variants57(title: str | None, abstract: str, entities: list) -> list:
    """The paper's method-typed names written as a data set's variant, a score unit, a competition or a bracketed
    new data name, retyped (in place)."""
    off = _types_off57()
    if all(p in off for p in TYPES_RULES57):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    whole = (texts["title"] + "\n" + texts["abstract"]).lower()
    data_types = data_name_types55(entities) if "data-variant" not in off else {}
    for e in entities:
        if not e.mentions or e.type != "method":
            continue
        name = e.name.strip()
        if TECHNIQUE_END38.search(name):
            continue
        if name.lower() not in whole:
            continue  # the name came from a list, not from this paper
        kind = None
        if "data-variant" not in off:
            kind = _variant_kind57(name, texts, data_types)
        for m, text in _mentions55(e, texts):
            if kind:
                break
            if "score-unit" not in off and _score_unit57(text, m.start, m.end):
                kind = "metric"
            elif "competition" not in off and COMPETITION57.match(text, m.end, m.end + 160):
                kind = "benchmark"
            elif "data-bracket" not in off:
                kind = _data_bracket57(text, m.start, m.end)
        if kind and not _technique_written55(e, texts):
            e.type = kind
    return entities
