"""Session 38 (issue 10, entity types): a name typed data that its own paper writes as a technique.

Switched with ``PAPERKG_TYPES43`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``retype_techniques43`` in pipeline.py after types41's ``retype_data41``, reads a
paper's dataset/benchmark entities, those a list (a gazetteer entry) typed too: a list types a spelling, and
"PAWS", "LAMA", "GAIA" are data in one paper and a technique in another. The paper's sentence decides when a
mention is:

- ``outperforms``: the direct object of "outperform(s/ed/ing)", the name ending its phrase: "(2) outperforms PAWS in
  semi-supervised setting" (a method beats a method; data are what it is beaten "on"). Not when the sentence
  holds a data noun: "HACS Clips outperforms Kinetics-600 ... on three target datasets" compares data.
- ``such-as``: an item of the list after a plural technique noun and "such as" / "including" / "like": "classical
  planners, such as LAMA", "solvers including Glucose and MiniSat".
- ``technique-after``: the name right before "algorithm(s)", "solver(s)" or "optimization": "a fast BnB algorithm",
  "the time complexity of BnB optimization".
- ``our-technique``: the name in apposition after "our / the proposed system (method, model, framework, approach,
  algorithm)": "Our system, GAIA, enables".
- ``detach``: a retyped entity drops its list entry, so that the corpus pass does not key it on the list's data node
  and vote it back to data there: in the start 73k graph "BnB" is a dataset node of 19 papers, and the retyped
  branch-and-bound uses otherwise stay in it.

Not when a mention of the entity is written as data anywhere in the paper: after "on", "from" or "of" ("results on
PAWS"; not when a technique noun follows: "of BnB optimization"), before a data noun ("the PAWS dataset", "the PROX
ground truth"), or the name is headed like data (precision31's ``DATA_NAME31``). The ``outperforms`` cue also
reads "surpass(es)" and "beat(s)".
"""

from __future__ import annotations

import re

from .precision31 import DATA_NAME31
from .recall_rules import parts_off_by_default
from .types41 import _item_starts

TYPES_RULES43 = ("outperforms", "such-as", "technique-after", "our-technique", "detach")
DEFAULT_OFF43: frozenset[str] = frozenset()


def _types_off43() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES43", TYPES_RULES43, DEFAULT_OFF43)


def part_on43(part: str) -> bool:
    return part not in _types_off43()


DATA_TYPES43 = ("dataset", "benchmark")

# The name ends its phrase: a stop, a bracket, or a preposition / conjunction / clause word.
_ENDS43 = re.compile(r"(?:\s*\([^()]{1,60}\))?(?:\s*(?:[,.;:)]|$)|\s+(?:in|by|on|with|across|under|at|for|when|while"
                     r"|and|or|which|that|as|both|significantly|substantially|consistently|considerably|even|using"
                     r"|without|despite|through|over|while)\b)")
OUTPERFORMS43 = re.compile(r"(?<![\w\-])(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?)\s+(?:the\s+)?$", re.I)

_TECH_PLURAL43 = (r"planners|solvers|methods|models|algorithms|approaches|baselines|architectures|networks"
                  r"|frameworks|techniques|detectors|trackers|classifiers|optimi[sz]ers|LLMs|systems|learners"
                  r"|estimators|encoders|backbones|agents|policies|samplers|parsers|taggers|heuristics")
SUCH_AS43 = re.compile(rf"(?<![\w\-])(?:{_TECH_PLURAL43}),?\s+(?:such\s+as|including|like)\s+", re.I)

# A mention written as data: after "on/from/of (the)", before a data noun.
DATA_BEFORE43 = re.compile(r"(?<![\w\-])(?:on|from|of|onto)\s+(?:the\s+)?$", re.I)
DATA_AFTER43 = re.compile(r"[\s\-]+(?:datasets?|data\s?sets?|data|corpus|corpora|benchmarks?|test\s+sets?|tasks?"
                          r"|treebanks?|splits?|challenge|ground[\s\-]truth)\b", re.I)


TECHNIQUE_AFTER43 = re.compile(r"[\s\-]+(?:algorithms?|solvers?|optimi[sz]ation)\b", re.I)
OUR_TECHNIQUE43 = re.compile(r"(?<![\w\-])(?:our|the\s+proposed)\s+(?:system|method|model|framework|approach|algorithm)"
                             r",\s+$", re.I)


# A data noun in the sentence: data are compared as data there ("HACS Clips outperforms Kinetics-600 ... on three
# target datasets", "the largest of all available training corpora ..., surpassing CC-100").
SENTENCE_DATA43 = re.compile(r"(?<![\w\-])(?:datasets?|data\s?sets?|corpus|corpora|benchmarks?|treebanks?"
                             r"|pre-?training\s+(?:source|data)|training\s+data)(?![\w\-])", re.I)


def _sentence43(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    right = min((i for i in (text.find(". ", end), text.find("? ", end), text.find("! ", end)) if i >= 0),
                default=len(text))
    return text[left + 1:right + 1]


def outperforms43(text: str, start: int, end: int) -> bool:
    return (OUTPERFORMS43.search(text, max(0, start - 25), start) is not None
            and _ENDS43.match(text, end) is not None
            and SENTENCE_DATA43.search(_sentence43(text, start, end)) is None)


def such_as43(text: str, start: int) -> bool:
    for m in SUCH_AS43.finditer(text, max(0, start - 200), start + 1):
        if m.end() > start:
            break
        if start in _item_starts(text, m.end()):
            return True
    return False


def written_as_data43(e, texts: dict[str, str]) -> bool:
    if DATA_NAME31.search(e.name):
        return True
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if DATA_AFTER43.match(text, m.end):
            return True
        if DATA_BEFORE43.search(text, max(0, m.start - 12), m.start) and not TECHNIQUE_AFTER43.match(text, m.end):
            return True
    return False


def stated_technique43(e, texts: dict[str, str], off: frozenset[str]) -> str | None:
    """The part that makes the data-typed entity a method, or None."""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        if "outperforms" not in off and outperforms43(text, m.start, m.end):
            return "outperforms"
        if "such-as" not in off and such_as43(text, m.start):
            return "such-as"
        if "technique-after" not in off and TECHNIQUE_AFTER43.match(text, m.end):
            return "technique-after"
        if ("our-technique" not in off and OUR_TECHNIQUE43.search(text, max(0, m.start - 40), m.start)
                and _ENDS43.match(text, m.end)):
            return "our-technique"
    return None


def retype_techniques43(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, data-typed names its text writes as techniques retyped method (in place)."""
    off = _types_off43()
    if len(off) == len(TYPES_RULES43):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if e.type in DATA_TYPES43 and stated_technique43(e, texts, off) and not written_as_data43(e, texts):
            e.type = "method"
            if "detach" not in off:
                e.entry = None  # the list's entry is the data of that spelling, not this paper's technique
    return entities
