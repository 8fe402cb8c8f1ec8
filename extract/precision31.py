"""Session 28 (issue 10, node precision: the lead's start build of session 28, samples of seeds 20271520-20271529).

Switched off with ``PAPERKG_PRECISION31`` ("off" or a comma list of these part names), for ablations only. Each
part reads a paper's entities after ``precision30.retype_mentions30`` (pipeline) and only names no list gave (no
gazetteer entry, no listed mention): a list's type and span are evidence of their own.

- ``method-definition``: a name typed dataset or benchmark that the paper defines as a technique right at one of
  its mentions, in apposition or with a copula after it ("Zorb: A Recursive Part Decomposition Network for",
  "we propose Zorb, a simple and effective method that", "Zorb is an algorithm for") or with the technique noun
  right before it ("we propose a sampling algorithm, called Zorb,", "our approach, Zorb, increases", "The model,
  Zorb, learns"). A data name reused for a new system (the paper coins its own "Zorb") then keys apart from the
  data node. The entity becomes a method (a model after "language model", "foundation model", "pre-trained
  model"). Not after a preposition ("Team at SemEval-2031 Task 4: A Neural Approach", "our contribution to
  SemEval-2031, a classifier"), not an evaluation approach ("Zorb, a unified automatic evaluation framework",
  "Zorb, a new approach for scalable evaluation": a benchmark by the guideline), not a lexical network ("Zorb, a
  semantic network for German": a wordnet), not a name headed Eval, Bench, Arena, Corpus, Dataset or WordNet.
- ``new-setting``: a method, model or benchmark the paper names as a problem, task, setting or setup it studies:
  "we term the setting as Zorb (ZB)", "we refer to this minimal problem as Zorb", "we formalize this problem
  setting as Zorb", "a new setup called Zorb (ZB)", "a new, practical but challenging problem, called Zorb (ZB),
  where", "we study a task called Zorb (ZB)". Not "formulate/cast the problem as a Markov decision process" (a
  method solves it), not a pre-training, pretext or auxiliary task ("two pre-training tasks named Zorb": methods),
  not after a preposition ("a network adapted for this task, called ZorbNet"). The entity becomes a task.
- ``complexity-class``: a complexity class or a tractability property written as a name ("NP-Hard",
  "PSPACE-Complete", "PPAD-Complete", "the Polynomial Hierarchy", "fixed-parameter tractable (FPT)"): a property
  of a problem, no method, data or task: the entity is dropped.
- ``data-contents``: a method or model the paper describes by its contents right after a mention ("Zorb, which
  contains 54 domains and about one million images", "Zorb comprises 36 words", "Zorb, which has more than 10,000
  underwater images"): a count of data units (images, sentences, videos, hours, dialogues ...). The entity becomes a
  dataset. Not "with 20000 samples" (a procedure's setting), not a name ending in Net, Model, Former ...
"""

from __future__ import annotations

import re

from .precision27 import MODEL_END27
from .precision29 import _unlisted
from .precision30 import data_definition30
from .recall_rules import _parts_off

PRECISION_RULES31 = ("method-definition", "new-setting", "complexity-class", "data-contents")


def _precision_off31() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION31", PRECISION_RULES31)


# -- method-definition -------------------------------------------------------------------------------------------
_TECHNIQUE31 = (r"(?:networks?|frameworks?|methods?|models?|algorithms?|approach(?:es)?|architectures?|techniques?"
                r"|modules?|pipelines?|detectors?|trackers?|classifiers?|encoders?|decoders?|strateg(?:y|ies)|schemes?"
                r"|procedures?|regularizers?|regularisers?|mechanisms?|solvers?|estimators?|generators?|agents?"
                r"|polic(?:y|ies)|learners?|transformers?|autoencoders?)")
METHOD_AFTER31 = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?::|,|\s+is)\s+(?:an?|the)\s+((?:[\w\-]+,?\s+){0,6}?)(" + _TECHNIQUE31 + r")"
    r"(?=\s*(?:[,.;:()]|$|(?:for|of|with|that|which|based|to|and|where|in|on|using|trained|designed|built"
    r"|consisting|composed|called|capable|able|specifically|tailored)\b))", re.I)
METHOD_BEFORE31 = re.compile(
    r"(?:^|[.;:,]\s+|\b(?:propose|proposes|proposed|present|presents|introduce|introduces|develop|develops|design"
    r"|designs|devise|devises|call|build|builds|evaluated|evaluate|use|uses|named)\s+)"
    r"((?:an?|the|our|this|a\s+new|a\s+novel)\s+(?:[\w\-]+\s+){0,4}?)(" + _TECHNIQUE31 + r")\s*"
    r"(?:,\s*(?:(?:called|named|termed|dubbed|coined|denoted\s+as|named\s+as|referred\s+to\s+as)\s+)?"
    r"|(?:called|named|termed|dubbed|coined|denoted\s+as|named\s+as|referred\s+to\s+as)\s+)$", re.I)
# The name in apposition after "an algorithm, Zorb": a stop, a bracket or a relative clause follows.
APPOSED31 = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[,.;:(]|$|(?:which|that|where|is|was|to|learns|achieves"
                       r"|outperforms|can|uses|based|for|increases|improves)\b)")
# Words that make the definition an evaluation's (a benchmark by the guideline), data's, or a lexical network's.
NOT_METHOD31 = re.compile(r"(?i)\b(?:evaluat\w*|benchmark\w*|assess\w*|metrics?|data|datasets?|corpus|corpora"
                          r"|semantic|lexical|concept|conceptual|word|knowledge|social|citation|road|sensor"
                          r"|of|for|with|in|on|by|from|to)\b")
EVALUATION_AFTER31 = re.compile(r"(?i)[^.;]{0,60}?\bevaluat")
PREPOSITION_BEFORE31 = re.compile(r"(?i)\b(?:at|to|in|on|for|of|from|with|by|than|and|or|vs\.?|versus|into)\s+"
                                  r"(?:the\s+)?$")
# A name headed like data, a shared task or a campaign's year ("BUCC2017: A Hybrid Approach" titles a system).
DATA_NAME31 = re.compile(r"(?i)(?:eval|bench|arena|corpus|corpora|dataset|data|wordnet|treebank|set|suite|test"
                         r"|(?:19|20)\d\d|shared[\s\-]task|task\s*\d+)$|shared[\s\-]task")
# "Zorb: A New Framework and Benchmark for": the name is data too.
AND_DATA31 = re.compile(r"(?i)\s+and\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:benchmarks?|datasets?|corpus|corpora"
                        r"|resources?|data)\b")
LM_BEFORE31 = re.compile(r"(?i)\b(?:language|foundation|pre-?trained|vision-language|multimodal)\s+$")


# Cheap gates: what must stand right after or right before a mention for the long patterns to be tried.
AFTER_GATE31 = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:[:,]|\s+is\s)")
BEFORE_GATE31 = re.compile(r"(?:,|called|named|termed|dubbed|coined|as)\s*$", re.I)


def method_definition31(text: str, start: int, end: int) -> str | None:
    """The type a technique definition at ``text[start:end]`` gives the name ("Zorb, a method that" -> method),
    or None."""
    after = AFTER_GATE31.match(text, end) is not None
    if not after and BEFORE_GATE31.search(text, max(0, start - 10), start) is None:
        return None
    if PREPOSITION_BEFORE31.search(text, max(0, start - 12), start):
        return None
    m = METHOD_AFTER31.match(text, end) if after else None
    if m is not None:
        if NOT_METHOD31.search(m.group(1)) or EVALUATION_AFTER31.match(text, m.end()) or AND_DATA31.match(
                text, m.end()):
            return None
        return "model" if m.group(2).lower().startswith("model") and LM_BEFORE31.search(m.group(1)) else "method"
    if BEFORE_GATE31.search(text, max(0, start - 10), start) is None:
        return None
    b = METHOD_BEFORE31.search(text, max(0, start - 90), start)
    if b is None or b.end() != start or NOT_METHOD31.search(b.group(1)) or APPOSED31.match(text, end) is None:
        return None
    return "model" if b.group(2).lower().startswith("model") and LM_BEFORE31.search(b.group(1)) else "method"


# -- new-setting -------------------------------------------------------------------------------------------------
_SETTING31 = r"(?:problems?|tasks?|settings?|setups?|scenarios?)"
# "we term the setting as Zorb", "we refer to this minimal problem as Zorb": naming, not formulating.
SETTING_AS31 = re.compile(
    r"\b(?:refer(?:s|red)?\s+to|call(?:s|ed)?|term(?:s|ed)?|name(?:s|d)?|dub(?:s|bed)?|denote(?:s|d)?"
    r"|formali[sz]e(?:s|d)?|define(?:s|d)?)\s+(?:this|the|such\s+an?|such|our|these)\s+((?:[\w\-]+\s+){0,3}?)"
    + _SETTING31 + r"\s+as\s+(?:an?\s+|the\s+)?(?:(?:new|novel)\s+)?$", re.I)
# "a new, practical but challenging problem, called Zorb", "a new setup called Zorb", "a task called Zorb".
SETTING_CALLED31 = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?!(?:for|to|of|on|in|into|onto|within|over|under|at|as|about|via|through|across"
    r"|towards?|upon|among|like|than|with|by|from|address|addresses|addressing|solve|solves|solving|tackle"
    r"|tackles|tackling|handle|handles|handling)\b)[\w\-]+\s+)"
    r"(?:an?|this|the|such\s+an?)\s+((?:[\w\-]+,?\s+){0,5}?)" + _SETTING31 +
    r"\s*,?\s*(?:called|termed|dubbed|named|coined|referred\s+to\s+as|denoted\s+as|namely)\s+$", re.I)
NOT_SETTING31 = re.compile(r"(?i)\b(?:pre-?training|pretext|auxiliary|proxy|training|optimi[sz]ation|objective"
                           r"|surrogate|downstream|sub|subtasks?|for|to|of|on|in|with|by|from)\b")


SETTING_GATE31 = re.compile(r"(?:as|called|termed|dubbed|named|coined|namely|new|novel)\s+(?:(?:an?|the)\s+)?$", re.I)


def new_setting31(text: str, start: int) -> bool:
    """Is the name starting at ``text[start]`` named as a problem, task, setting or setup the paper studies?"""
    if SETTING_GATE31.search(text, max(0, start - 10), start) is None:
        return False
    for rx in (SETTING_AS31, SETTING_CALLED31):
        m = rx.search(text, max(0, start - 110), start)
        if m is not None and m.end() == start and not NOT_SETTING31.search(m.group(1)):
            return True
    return False


# -- complexity-class --------------------------------------------------------------------------------------------
COMPLEXITY31 = re.compile(
    r"(?i)(?:(?:NP|P|co-?NP|PSPACE|EXPTIME|NEXPTIME|PPAD|PPA|PPP|PLS|APX|#P|BPP|RP|ZPP|NL|W\[\d+\]|AI)"
    r"[\-\s](?:hard|complete|hardness|completeness)|(?:the\s+)?(?:polynomial|arithmetic(?:al)?)\s+hierarchy"
    r"|fixed[\-\s]parameter\s+(?:tractable|tractability|intractable))")


# -- data-contents -----------------------------------------------------------------------------------------------
_COUNT31 = (r"(?:(?:over|about|around|more\s+than|nearly|approximately|almost|up\s+to|roughly|some)\s+)?\d[\d,.]*"
            r"\s*(?:[KkM]\b|thousand|million|billion)?\+?")
_UNITS31 = (r"(?:images|photos|videos|clips|frames|sentences|tweets|posts|documents|articles|samples|instances"
            r"|examples|hours|utterances|annotations|pairs|questions|dialogues|dialogs|conversations|words|tokens"
            r"|scenes|subjects|speakers|patients|recordings|reviews|claims|records|texts|queries|tables|captions"
            r"|comments|messages|triples|scans|shapes|participants|transcripts|passages|stories|songs|domains"
            r"|point\s+clouds|meshes|sequences|trajectories|episodes|abstracts|papers)")
DATA_CONTENTS31 = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:which\s+|that\s+)?(?:contains|consists\s+of|comprises|includes|containing"
    r"|consisting\s+of|comprising|is\s+composed\s+of|has|covers)\s+" + _COUNT31 + r"\s+(?:[\w\-']+\s+){0,4}?"
    + _UNITS31 + r"\b", re.I)


def _text(texts: dict[str, str], m) -> str:
    return texts.get(m.field, "")


def retype_mentions31(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, retyped where the paper defines one as a technique, a setting or data by its contents,
    without complexity classes."""
    off = _precision_off31()
    if len(off) == len(PRECISION_RULES31):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    out = []
    for e in entities:
        if not _unlisted(e):
            out.append(e)
            continue
        if "complexity-class" not in off and COMPLEXITY31.fullmatch(e.name):
            continue
        if e.type in ("dataset", "benchmark"):
            if ("method-definition" not in off and DATA_NAME31.search(e.name) is None
                    and not any(DATA_NAME31.search(m.text) or data_definition30(_text(texts, m), m.end)
                                for m in e.mentions)):
                typ = next((t for t in (method_definition31(_text(texts, m), m.start, m.end) for m in e.mentions)
                            if t), None)
                if typ is not None:
                    e.type = typ
                    out.append(e)
                    continue
        if e.type in ("method", "model", "benchmark") and "new-setting" not in off and any(
                new_setting31(_text(texts, m), m.start) for m in e.mentions):
            e.type = "task"
        elif (e.type in ("method", "model") and "data-contents" not in off and MODEL_END27.search(e.name) is None
              and any(DATA_CONTENTS31.match(_text(texts, m), m.end) for m in e.mentions)):
            e.type = "dataset"
        out.append(e)
    return out
