"""Session 36 (issue 10, node precision): list names matched inside an idiom's compound, precision as a number format.

Switched with ``PAPERKG_PRECISION41`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

Per paper (``pipeline._paper_result``, after precision40's ``drop_software40``), mention filters: a mention dropped
here leaves its entity when it has another mention, else the entity goes.

- ``idiom-start``: a gazetteer match that starts at the second word of a fixed hyphenated idiom, the idiom being a
  modifier and the match taking its tail: "in-depth error analysis" read as the metric "depth error" (start35's 73k
  output: 10 of the node's 14 papers), "state-of-the-art analysis" as the task "Art Analysis", "in-domain
  classification" as "domain classification", "cross-entropy difference" as "entropy difference",
  "full-network embedding" as "network embedding", "well-studied ..." "large-scale ...", "long-/short-term", "fine-/coarse-grained",
  "high-/low-level", "real-time/-world". Also "in depth" (spaced) before "error analysis"-like nouns and "State of
  the Art Analysis" spaced. A compound
  naming a variant of the task ("multi-graph matching", "single-image super-resolution", "text-to-SQL parsing")
  is not touched: its tail is the task; nor "sub-word embeddings" (word embeddings' papers) nor "in-domain
  adaptation" (domain adaptation), nor "multi-model selection" / "cross-model compression" (model selection and
  compression across models).
- ``number-precision``: "precision" after a number-format word is the arithmetic's precision, not the metric:
  "full-precision counterparts", "mixed-precision training", "half-precision floating point", "single-/double
  precision", "arbitrary / finite / machine / limited / numerical / bit precision", "reduced-precision networks";
  "low-/high-/lower-/higher-precision" only with a number-format cue in the sentence (bit, quantiz-, float,
  FP16, INT8, integer, arithmetic, binar-, hardware) and no "recall" next to it ("high-precision, low-recall
  techniques" is the metric). "imperfect recall", "perfect-recall game", "bounded-recall learners" are a game's or
  learner's memory, not the metric recall.
- ``software-implementation``: a coined method/model name no list gives, written "the X implementation of ...":
  a library ("We make use of the Tensor2Tensor implementation of the Transformer model", "We employ the DistBelief
  implementation of deep neural networks"). Dropped, as
  precision40's ``software-after``. Not "our X implementation" nor "the X codebase" (the paper's own method:
  "Our SV2P implementation will be open sourced", "Both the SyntheT2C codebase and the MedT2C dataset"), nor
  "the X API" ("using the BabelNet API": a lexical resource).
"""

from __future__ import annotations

import re

from .precision40 import _coined40, _unlisted40
from .recall_rules import parts_off_by_default

PRECISION_RULES41 = ("idiom-start", "number-precision", "software-implementation")
DEFAULT_OFF41: frozenset[str] = frozenset()


def _precision_off41() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION41", PRECISION_RULES41, DEFAULT_OFF41)


def part_on41(part: str) -> bool:
    return part not in _precision_off41()


# -- idiom-start ---------------------------------------------------------------------------------------------------
# The idiom's first part (before the hyphen) by its second word (the match's first word, lower case).
_IDIOM_LEFT41: dict[str, str] = {
    "depth": r"in",
    "domain": r"in",
    "art": r"state-of-the",
    "known": r"well|less|little|best|widely",
    "studied": r"well|less|widely|under|best",
    "established": r"well|long",
    "founded": r"well",
    "defined": r"well|ill|user|pre|self",
    "posed": r"well|ill",
    "scale": r"large|small|full|medium|multi|fine|coarse|web|wide|industrial|real",
    "time": r"real|run|long|short|test|training|inference|linear|polynomial|constant|continuous|discrete",
    "world": r"real",
    "term": r"long|short|mid|medium|near",
    "range": r"long|short|mid|medium|wide|full|dynamic",
    "grained": r"fine|coarse|finer|coarser|ultra-fine",
    "level": r"high|low|mid|top|higher|lower|sentence|word|document|token|character|pixel|instance|image|object|"
             r"entity|feature|corpus|system|task|class|category|sample|patch|region|scene|frame|segment|phrase",
    "entropy": r"cross|relative|max|min",
    "network": r"full",
}
_LEFT_TAIL41 = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*?)-$")
_FIRST41 = re.compile(r"[A-Za-z]+")
# "in depth" written apart, then a study noun: "an in depth error analysis".
_IN_DEPTH41 = re.compile(r"(?<![\w\-])[Ii]n\s+$")
_STATE_OF_THE41 = re.compile(r"(?i)(?<![\w\-])state\s+of\s+the\s+$")  # "A New Benchmark and State of the Art Analysis"
_STUDY41 = re.compile(r"\s+(?:analys[ie]s|stud(?:y|ies)|investigation|examination|evaluation|look|review|discussion)\b",
                      re.I)


def idiom_start41(text: str, start: int, end: int) -> bool:
    """Does the match text[start:end] begin at the second word of a hyphenated idiom ("in-|depth error" of "in-depth
    error analysis", "state-of-the-|art analysis", "cross-|entropy difference")?"""
    if not text or start < 2 or start >= end:
        return False
    first = _FIRST41.match(text, start, end)
    if first is None:
        return False
    word = first.group(0).lower()
    lefts = _IDIOM_LEFT41.get(word)
    if lefts is None:
        return False
    if word == "domain" and "adaptation" in text[start:end].lower():
        return False  # "in-domain adaptation" adapts to the domain: the task is domain adaptation
    if text[start - 1] == "-":
        m = _LEFT_TAIL41.search(text, max(0, start - 24), start)
        return m is not None and re.fullmatch(lefts, m.group(1).lower()) is not None
    if word == "depth" and _IN_DEPTH41.search(text, max(0, start - 4), start):
        return _STUDY41.match(text, end) is not None
    return word == "art" and _STATE_OF_THE41.search(text, max(0, start - 14), start) is not None


# -- number-precision ----------------------------------------------------------------------------------------------
_FORMAT_WORD41 = re.compile(r"(?i)(?<![\w\-])(?:full|mixed|half|single|double|arbitrary|finite|infinite|machine|limited"
                            r"|numerical|numeric|bit|variable|bounded|quad|extended)[- ]$")
_FORMAT_HYPHEN41 = re.compile(r"(?i)(?<![\w\-])(?:reduced|multi|fixed|floating)-$")
_FORMAT_CUED41 = re.compile(r"(?i)(?<![\w\-])(?:low|high|lower|higher)-$")
_CUE41 = re.compile(r"(?i)\b(?:\d+-?bits?|bit-?widths?|bits?|quantiz\w*|quantis\w*|float\w*|fp\s?(?:8|16|32|64)"
                    r"|int\s?(?:2|4|8|16)|integers?|arithmetic|binar\w+|hardware|accelerators?)\b")
_RECALL_NEAR41 = re.compile(r"(?i)recall")
_RECALL_MEMORY41 = re.compile(r"(?i)(?<![\w\-])(?:imperfect[- ]|perfect-|bounded-)$")


def number_precision41(text: str, start: int, end: int, name: str) -> bool:
    """Is the metric mention text[start:end] ("precision" / "recall") a number format's precision ("full-precision
    weights") or an agent's memory ("imperfect recall")?"""
    if not text or start < 3:
        return False
    low = name.lower()
    before = text[max(0, start - 16):start]
    if low == "recall":
        return _RECALL_MEMORY41.search(before) is not None
    if low != "precision":
        return False
    if _FORMAT_WORD41.search(before) or _FORMAT_HYPHEN41.search(before):
        return True
    if _FORMAT_CUED41.search(before) is None:
        return False
    s = max(text.rfind(". ", 0, start) + 1, 0)
    e = text.find(". ", end)
    sentence = text[s:e if e >= 0 else len(text)]
    if _RECALL_NEAR41.search(text, max(0, start - 40), min(len(text), end + 40)):
        return False
    return _CUE41.search(sentence) is not None


# -- software-implementation ---------------------------------------------------------------------------------------
_THE41 = re.compile(r"(?<![\w\-])[Tt]he\s+$")
# Not "the X API": "using the BabelNet API" (a lexical resource of 35 papers at 73k) is the resource's.
_IMPLEMENTATION41 = re.compile(r"\s+implementation\s+of\b")


def software_implementation41(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] written "the X implementation of"?"""
    return bool(text) and _THE41.search(text, max(0, start - 5), start) is not None and \
        _IMPLEMENTATION41.match(text, end) is not None


# -- per paper -----------------------------------------------------------------------------------------------------
def drop_idioms41(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without the gazetteer mentions cut from an idiom's compound (``idiom-start``) and the
    metric mentions of a number format's precision (``number-precision``), an entity left with no mention going;
    without the coined names written as a library ("the Tensor2Tensor implementation of"; ``software-implementation``)."""
    off = _precision_off41()
    idiom = "idiom-start" not in off
    number = "number-precision" not in off
    software = "software-implementation" not in off
    if not idiom and not number and not software:
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    out = []
    for e in entities:
        if software and e.type in ("method", "model") and _unlisted40(e) and _coined40(e.name) and any(
                software_implementation41(texts.get(m.field or "abstract", ""), m.start, m.end) for m in e.mentions):
            continue
        kept = []
        for m in e.mentions:
            text = texts.get(m.field or "abstract", "")
            if idiom and m.rule.startswith("gazetteer:") and idiom_start41(text, m.start, m.end):
                continue
            if number and e.type == "metric" and number_precision41(text, m.start, m.end, e.name):
                continue
            kept.append(m)
        if len(kept) != len(e.mentions):
            if not kept:
                continue
            e.mentions = kept
        out.append(e)
    return out
