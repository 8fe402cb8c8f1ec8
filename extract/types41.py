"""Session 36 (issue 10, entity types): data named as such in its sentence, typed method by its shape alone.

Switched with ``PAPERKG_TYPES41`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``retype_data41`` in pipeline.py after precision40's ``drop_software40``, reads a
paper's method/model entities that only their shape typed (``rule:name-shape``, ``rule:repeated-name``,
``rule:coordinated``; no list entry, no definition, no typing rule) and makes them datasets when a mention is:

- ``data-list``: an item of a list right after a plural data noun and its modifiers (up to five words, no verb or
  clause word), opened by a bracket or a colon: "valency lexicons for Czech and English (PDT-Vallex, Vallex, and
  EngVallex)", "two parallel corpora: CroCo (English-German) and RusLTC". Any item, the first too (precision35's
  corpus-pass ``listed-kind`` needs a later item and a plain "datasets, A, B" list).
- ``kind-bare``: right after a singular data noun with no article before it, or after the noun and a comma, or after
  "corpus" and one lower-case French adjective: "the German-English ... (WSD) test set ContraWSD (Rios Gonzales et
  al., 2017)", "from large code training corpus, Stack-V2,", "le corpus journalistique FR-Timebank". The name ends
  its phrase (precision38's ``NAME_ENDS38``; not after a French adjective, whose sentence goes on in French) and is
  not headed by a technique noun ("the dataset ResNet model").
- ``trained-on``: an item of the list after "(pre-)trained on" / "fine-tuned on" / "pretrained on": "BERT pre-trained
  on PMC, PubMed and fine-tuned on MIMICIII" (a model is trained on data; "on top of" is no list).
"""

from __future__ import annotations

import re

from .precision38 import NAME_ENDS38, TECHNIQUE_END38
from .recall_rules import parts_off_by_default

TYPES_RULES41 = ("data-list", "kind-bare", "trained-on")
DEFAULT_OFF41: frozenset[str] = frozenset()


def _types_off41() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES41", TYPES_RULES41, DEFAULT_OFF41)


def part_on41(part: str) -> bool:
    return part not in _types_off41()


# Rules that type a name by its shape alone: a mention of one of these says nothing of what the name is.
SHAPE_ONLY41 = frozenset(("rule:name-shape", "rule:repeated-name", "rule:coordinated"))


def shape_typed41(e) -> bool:
    """A method/model entity nothing but its spelling typed."""
    return (e.type in ("method", "model") and e.entry is None and not e.long_form and bool(e.mentions)
            and all(m.rule in SHAPE_ONLY41 for m in e.mentions))


# -- list items ----------------------------------------------------------------------------------------------------
# A list item: a name (capital or digit first, up to four words of that shape), a bracketed note or citation after it.
_ITEM41 = r"[A-Z0-9][\w\-.+'/]*(?:\s+(?:[A-Z0-9][\w\-.+'/]*|\d[\d.]*))*?(?:\s*\([^()]{1,50}\))?"
_SEP41 = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
LIST41 = re.compile(rf"{_ITEM41}(?:{_SEP41}{_ITEM41}){{0,12}}")
ITEM41 = re.compile(_ITEM41)


def _item_starts(text: str, at: int) -> list[int]:
    """Starts of the items of a list beginning at ``at``."""
    m = LIST41.match(text, at)
    if m is None:
        return []
    starts = [at]
    for sep in re.finditer(_SEP41, m.group(0)):
        starts.append(at + sep.end())
    return starts


# -- data-list -----------------------------------------------------------------------------------------------------
_PLURAL_DATA41 = (r"datasets|data\s?sets|corpora|treebanks|lexicons|dictionaries|databases|wordnets|thesauri"
                  r"|test\s+sets|benchmarks")
# up to five modifier words after the noun ("for Czech and English"), none a verb form or a clause word
_NOT_AFTER41 = (r"(?:that|which|who|where|when|is|are|was|were|be|been|has|have|had|show|shows|showed|demonstrate"
                r"|demonstrates|we|our|it|they|such|including|like|namely|using|with|by|than"
                r"|models?|methods?|approach(?:es)?|frameworks?|systems?|networks?|algorithms?|techniques?|baselines?"
                r"|tools?|toolkits?|tasks?|metrics?|measures?|architectures?|classifiers?|encoders?|LLMs?)")
DATA_LIST41 = re.compile(
    rf"(?<![\w\-])(?:{_PLURAL_DATA41})(?:\s+(?!{_NOT_AFTER41}(?![\w\-]))[\w\-]+){{0,5}}?\s*(?:\(|:\s*)(?=[A-Z0-9])", re.I)


def _item_of_list_after(cue: re.Pattern, text: str, start: int, reach: int) -> bool:
    """Does a list opened by ``cue`` (ending at most ``reach`` characters back) have an item starting at ``start``?"""
    for m in cue.finditer(text, max(0, start - reach), start + 1):
        if m.end() > start:
            break
        if start in _item_starts(text, m.end()):
            return True
    return False


def data_list41(text: str, start: int) -> bool:
    """Is the mention starting at ``start`` an item of a bracketed or colon list after a plural data noun?"""
    return _item_of_list_after(DATA_LIST41, text, start, 260)


# -- kind-bare -----------------------------------------------------------------------------------------------------
_SINGULAR_DATA41 = r"dataset|data\s?set|corpus|treebank|lexicon|dictionary|database|wordnet|test\s+set"
KIND_BARE41 = re.compile(
    rf"(?<![\w\-])(?P<article>(?:the|a|an|this|our|its|their|each|one)\s+)?(?:{_SINGULAR_DATA41})"
    r"(?:,\s+|\s+|\s+(?=[a-zé]+\s)(?P<adj>[a-zé]+(?:ique|ais|aire|if|el|al|ien))\s+)$", re.I)


def kind_bare41(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] written right after a data noun with no article ("test set ContraWSD")?"""
    m = KIND_BARE41.search(text, max(0, start - 40), start)
    if m is None or TECHNIQUE_END38.search(text[start:end]):
        return False
    if m.group("adj"):
        return True  # "le corpus journalistique FR-Timebank": the article is French, the adjective after the noun
    # "the dataset X" is precision38's kind-before; with no article the noun ends a longer phrase
    return m.group("article") is None and NAME_ENDS38.match(text, end) is not None


# -- trained-on ----------------------------------------------------------------------------------------------------
TRAINED_ON41 = re.compile(r"(?<![\w\-])(?:pre-?trained|trained|fine-?tuned|finetuned)\s+on\s+(?!top\b)(?=[A-Z0-9])")


def trained_on41(text: str, start: int) -> bool:
    """Is the mention starting at ``start`` an item of the list after "(pre-)trained on"?"""
    return _item_of_list_after(TRAINED_ON41, text, start, 160)


def stated_data41(e, texts: dict[str, str], off: frozenset[str]) -> str | None:
    """The part that makes the entity a dataset, or None."""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        if "data-list" not in off and data_list41(text, m.start):
            return "data-list"
        if "kind-bare" not in off and kind_bare41(text, m.start, m.end):
            return "kind-bare"
        if "trained-on" not in off and trained_on41(text, m.start):
            return "trained-on"
    return None


def retype_data41(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, shape-typed methods/models its text names as data retyped dataset (in place)."""
    off = _types_off41()
    if len(off) == len(TYPES_RULES41):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if shape_typed41(e) and stated_data41(e, texts, off) is not None:
            e.type = "dataset"
    return entities
