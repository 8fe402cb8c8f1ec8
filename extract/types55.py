"""Session 47 (issue 10, node precision): a name its paper states as data or a sub-task at a distance, typed wrong.

Switched with ``PAPERKG_TYPES55`` ("off" or "0", or a comma list of these part names to switch off). One call,
``retype_distant55`` in pipeline.py right after types54's ``retype_roles54`` (and in scripts/train_name_tagger.py's
``after_tag``), per paper, before the corpus type vote.

The "typed wrong" rows of the judged 73k draws of sessions 44-46 (``node-precision-session4{4,5,6}-merge.tsv``) hold
new data the paper names in a phrase the older cue lists do not read: precision38 reads "X, a new dataset" / "X is a
dataset" / "a dataset called X", types52 "propose a new dataset X" / "a dataset, named X"; none reads

- ``data-naming``: a naming phrase after a data noun that is not "called / named": "a new comprehensive dataset
  referred to as X which", "document-level data, which we curate and introduce as X", "a corpus known as X", "a
  benchmark, which we call X", "a richly annotated ... language resource, the X". The data noun must be the last kind noun before the naming phrase (KIND_WORD38's
  nouns plus "data", "collection"), with only a comma, a bracket or one short prepositional phrase between. ->
  dataset (benchmark for "benchmark").
- ``verb-name-data``: a proposal verb, the name, no comma (or a bracket and a comma), then "a / an <= 8 modifiers
  dataset / corpus / treebank / benchmark / collection of": "we introduce X a new large-scale dataset for video
  description", "we introduce X (also known as Y), a meticulously curated collection comprising 20,805 questions".
  The head ends its phrase (a technique noun after it, "a dataset distillation method", is no cue).
- ``alias-known``: a method name written as the other name of a data name of the paper: "A (also known as X)" / "A
  (a.k.a. X)" with A typed dataset / benchmark in the same paper, or the glued title name "A (X)" whose A is such a
  name ("Khayyam Challenge (PersianMMLU): ..." beside the dataset "Khayyam Challenge"). -> A's type.
- ``sub-task``: a method / dataset / benchmark name in apposition to "a sub-task of": "event argument extraction
  (X), a sub-task of DEE" (typed dataset from "two X datasets"). -> task.

The data parts refuse a name headed by a technique noun (TECHNIQUE_END38), a model-typed name, a name the paper
never writes (a list's long form), and a name the paper writes as its technique ("the proposed X", "X model", "our
X" unless a data noun follows within three words: "Our X captions dataset" is the data). The list entry stays (as
types52): its key is the node the name's other papers join.
"""

from __future__ import annotations

import re

from .precision38 import KIND_WORD38, TECHNIQUE_END38
from .recall_rules import parts_off_by_default
from .types52 import _MOD52, _NOT_MOD52

TYPES_RULES55 = ("data-naming", "verb-name-data", "alias-known", "sub-task")
DEFAULT_OFF55: frozenset[str] = frozenset()


def _types_off55() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES55", TYPES_RULES55, DEFAULT_OFF55)


_QUOTE_OPEN55 = "[\"\u201c'\u2018]?"
_QUOTE_CLOSE55 = "[\"\u201d'\u2019]?"

# -- data-naming ---------------------------------------------------------------------------------------------------
# The naming phrase right before the name (the older lists read "called / named / dubbed / termed / coined").
NAMING55 = re.compile(
    r"(?<![\w\-])(?:(?:referred|refer)\s+to\s+as|(?:also\s+|commonly\s+)?known\s+as|denoted\s+(?:as|by)"
    r"|(?:which|that)\s+we\s+(?:(?:[a-z]+\s+){1,2}and\s+)?(?:call|name|term|dub|coin|introduce\s+as|release\s+as"
    r"|present\s+as|refer\s+to\s+as|denote\s+as)"
    r"|(?:introduced|released|presented)\s+as)\s+(?:the\s+)?" + _QUOTE_OPEN55 + r"$", re.I)
# Kind nouns the older list lacks: plain "data", "collection".
_EXTRA_DATA55 = re.compile(r"(?<![\w\-])(?P<data>data|collection)(?![\w\-])", re.I)
# Between the data noun and the naming phrase: a comma, a bracket, one short prepositional phrase.
_GAP55 = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:\s+(?:of|for|with|from|on|in)\s+[^.;:()!?]{1,60}?)?\s*,?\s*$", re.I)
_SENTENCE55 = re.compile(r"(?:^|[.!?]\s)(?![^.!?]*[.!?]\s)")


def _last_kind55(head: str) -> re.Match | None:
    last = None
    for last in KIND_WORD38.finditer(head):
        pass
    extra = None
    for extra in _EXTRA_DATA55.finditer(head):
        pass
    if extra is not None and (last is None or extra.start() > last.start()):
        return extra
    return last


# "a richly annotated and genre-diversified language resource, the X": the resource noun, a comma, the name ("and"
# may join two modifiers here).
_MOD_AND55 = r"(?:(?:and\s+)?(?!" + _NOT_MOD52 + r"(?![\w\-]))[\w\-'\u2019/+.]+,?\s+)"
RESOURCE_BEFORE55 = re.compile(
    r"(?<![\w\-])(?:a|an)\s+" + _MOD_AND55 + r"{0,6}?(?:language|lexical|linguistic|lexicographic)\s+resource\s*,\s*"
    r"(?:the\s+|namely\s+|called\s+|named\s+)?" + _QUOTE_OPEN55 + r"$", re.I)


def _naming_cue55(text: str, start: int) -> str | None:
    if RESOURCE_BEFORE55.search(text, max(0, start - 160), start):
        return "dataset"
    cue = NAMING55.search(text, max(0, start - 60), start)
    if cue is None:
        return None
    before = text[max(0, cue.start() - 250):cue.start()]
    s = _SENTENCE55.search(before)
    head = before[s.end() if s else 0:]
    kind = _last_kind55(head)
    if kind is None or not _GAP55.match(head, kind.end()):
        return None
    if re.fullmatch(r"(?i)benchmark", kind.group(0)):
        return "benchmark"
    return "dataset" if kind.group("data") is not None else None


# -- verb-name-data ------------------------------------------------------------------------------------------------
_PROPOSE55 = (r"(?<![\w\-])(?:propose|present|introduce|release|construct|build|create|curate|collect|contribute"
              r"|provide)[sd]?\s+(?:also\s+)?(?:the\s+)?" + _QUOTE_OPEN55 + r"$")
PROPOSE_BEFORE55 = re.compile(_PROPOSE55, re.I)
_DATA_HEAD55 = (r"(?P<head>(?P<data>dataset|data\s?set|corpus|treebank|lexicon|database|test\s+set"
                r"|collection(?=\s+(?:of|comprising|containing|consisting)\b))|(?P<bench>benchmark|test\s+suite))")
_END55 = (r"(?=\s*[,.;:)!?]|\s*$|\s+(?:that|which|for|to|of|with|where|whose|designed|built|using|and|on|in|from"
          r"|as|comprising|containing|consisting|covering|collected|annotated|created|constructed|compiled)\b)")
VERB_NAME_DATA55 = re.compile(
    _QUOTE_CLOSE55 + r"(?:\s*\((?P<bracket>[^()]{1,60})\)\s*,|\s*,?)\s+(?:a|an)\s+" + _MOD52 + r"{0,8}?"
    + _DATA_HEAD55 + _END55, re.I)


def _verb_name_cue55(text: str, start: int, end: int) -> str | None:
    if not PROPOSE_BEFORE55.search(text, max(0, start - 40), start):
        return None
    m = VERB_NAME_DATA55.match(text, end, end + 200)
    if m is None:
        return None
    return "benchmark" if m.group("bench") else "dataset"


# -- alias-known ---------------------------------------------------------------------------------------------------
ALIAS_BEFORE55 = re.compile(
    r"(?P<name>[A-Z][\w\-.+&']*(?:\s+[\w\-.+&']+){0,5}?)\s*\(\s*(?:also\s+)?(?:known\s+as|a\.?k\.?a\.?|or)\s+"
    + _QUOTE_OPEN55 + r"$")
GLUED55 = re.compile(r"^(?P<name>.+?)\s*\((?P<alias>[^()]{1,40})\)$")


# -- sub-task ------------------------------------------------------------------------------------------------------
SUBTASK55 = re.compile(
    _QUOTE_CLOSE55 + r"\)?\s*(?:\([^()]{1,40}\)\s*)?(?:,\s+|\s+is\s+)(?:a|an|one|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"sub-?tasks?\s+of\b", re.I)


# -- technique guard -----------------------------------------------------------------------------------------------
_OURS55 = re.compile(r"(?<![\w\-])(?:our|the\s+proposed)\s+$", re.I)
_DATA_AFTER55 = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:datasets?|data\s?sets?|corpus|corpora|data|benchmarks?"
                           r"|treebanks?|collections?)(?![\w\-])", re.I)


def _technique_written55(e, texts: dict[str, str]) -> bool:
    """Is a mention written as a technique ("the proposed X", "X model", "our X" with no data noun after)?"""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text or text[m.start:m.end] != m.text:
            continue
        after = re.match(r"\s+([\w\-]+)", text[m.end:m.end + 40])
        if after and TECHNIQUE_END38.fullmatch(after.group(1)) and not re.fullmatch(r"(?i)games?", after.group(1)):
            return True
        if _OURS55.search(text, max(0, m.start - 16), m.start) and not _DATA_AFTER55.match(text, m.end, m.end + 60):
            return True
    return False


def _mentions55(e, texts: dict[str, str]):
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if text and text[m.start:m.end] == m.text:
            yield m, text


def _data_kind55(e, texts: dict[str, str], off: frozenset[str]) -> str | None:
    for m, text in _mentions55(e, texts):
        if "data-naming" not in off:
            kind = _naming_cue55(text, m.start)
            if kind:
                return kind
        if "verb-name-data" not in off:
            kind = _verb_name_cue55(text, m.start, m.end)
            if kind:
                return kind
    return None


def _alias_kind55(e, texts: dict[str, str], data_types: dict[str, str]) -> str | None:
    glued = GLUED55.match(e.name.strip())
    if glued and glued.group("name").strip().lower() in data_types:
        return data_types[glued.group("name").strip().lower()]
    for m, text in _mentions55(e, texts):
        a = ALIAS_BEFORE55.search(text, max(0, m.start - 90), m.start)
        if a is None:
            continue
        words = a.group("name").split()
        for i in range(len(words)):  # the longest tail of the words before the bracket that is a data name
            kind = data_types.get(" ".join(words[i:]).lower())
            if kind:
                return kind
    return None


def data_name_types55(entities: list) -> dict[str, str]:
    """Every name and alias of the paper's dataset / benchmark entities, lower-cased, with its type (the first
    entity to write a form keeps it)."""
    data_types: dict[str, str] = {}
    for e in entities:
        if e.type in ("dataset", "benchmark"):
            data_types.setdefault(e.name.strip().lower(), e.type)
            for a in getattr(e, "aliases", None) or ():
                data_types.setdefault(str(a).strip().lower(), e.type)
    return data_types


def retype_distant55(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, names it states as data at a distance (dataset / benchmark) or as a sub-task (task)
    retyped (in place)."""
    off = _types_off55()
    if all(p in off for p in TYPES_RULES55):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    whole = (texts["title"] + "\n" + texts["abstract"]).lower()
    data_types = data_name_types55(entities) if "alias-known" not in off else {}
    for e in entities:
        if not e.mentions:
            continue
        if "sub-task" not in off and e.type in ("method", "dataset", "benchmark"):
            if any(SUBTASK55.match(text, m.end, m.end + 120) for m, text in _mentions55(e, texts)):
                e.type = "task"
                continue
        if e.type != "method" or TECHNIQUE_END38.search(e.name.strip()):
            continue
        if e.name.strip().lower() not in whole:
            continue  # the name came from a list, not from this paper
        kind = _data_kind55(e, texts, off)
        if kind is None and "alias-known" not in off:
            kind = _alias_kind55(e, texts, data_types)
        if kind and not _technique_written55(e, texts):
            e.type = kind
    return entities
