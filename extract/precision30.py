"""Session 27 (issue 10, node precision: the lead's start build of session 27, samples of seeds 20271420-20271429).

Switched off with ``PAPERKG_PRECISION30`` ("off" or a comma list of these part names), for ablations only. Each
part reads a paper's entities after ``precision29.retype_mentions29`` (pipeline) and only names no list gave (no
gazetteer entry, no listed mention): a list's type and span are evidence of their own.

- ``data-definition``: a method or model the paper defines as data right after one of its mentions, in apposition
  or with a copula: "Zorb: A Multilingual Emotion Corpus based on", "Zorb: A Large-Scale Benchmark for", "We
  introduce Zorb, a benchmark that", "We present Zorb, a novel dataset for", "The Zorb: a multilingual and
  multiformat treebank". The data noun must head the phrase (a stop or "for", "of", "that", "with" ... follows:
  not "a benchmark evaluation framework", "a dataset augmentation method"), the words before it must not be a
  method's head or a preposition ("a framework for creating benchmarks", "a model trained on this dataset", "a
  BERT-based model utilizing a corpus"), and no "and models" may follow ("a dataset and models for"). The entity
  becomes a benchmark (head "benchmark", "test suite", "challenge set") or a dataset. Not a name ending in Net,
  Model, Former ... (precision27).
- ``new-task``: a method the paper introduces as a new task, problem, scenario or setting, the name in apposition
  to it: "we propose a new task, Zorb Editing (ZE), which", "a more practical scenario called Zorb (ZZ), in
  which", "a novel machine comprehension task, Zorb: given", "a new unexplored scenario, namely Zorb (ZZ)". Only
  after "a/an new/novel/more practical/more realistic/challenging ..." ("the task, Zorb can" is a clause, "a new
  paradigm called", "a novel solution to this problem, Zorb", "a new pre-training task named Zorb" and "a novel
  optimization problem, Zorb" name methods and objectives): the entity becomes a task (gold lists no tasks; the graph keeps them as tasks).
- ``glued-word``: a name glued to the function word after it by a lost space, an upper-case run of three or more
  then "on", "in", "and", "of", "to", "for", "with", "the", "is", "as", "at", "by", "from" or "or" ("adapt
  Zorbon three tasks", "applied ZORBin two tasks", "brought to NLPand hence"), where the run itself stands as a
  word elsewhere in the paper (the paper's real name): the entity is dropped.
  Not "MOODCat", "LCMat" (the run alone never stands as a word).
"""

from __future__ import annotations

import re

from .precision27 import MODEL_END27
from .precision29 import _unlisted
from .recall_rules import _parts_off

PRECISION_RULES30 = ("data-definition", "new-task", "glued-word")


def _precision_off30() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION30", PRECISION_RULES30)


# -- data-definition ---------------------------------------------------------------------------------------------
DATA_DEF30 = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?::|,|\s+is)\s+(?:an?|the)\s+((?:[\w\-]+\s+){0,5}?)"
    r"(datasets?|data\s+sets?|corpus|corpora|benchmarks?|treebanks?|test\s+suites?|challenge\s+sets?)"
    r"(?=\s*(?:[,.;:()]|$|(?:for|of|with|that|which|based|containing|consisting|from|in|on|covering|comprising"
    r"|built|collected|annotated|designed|created|constructed|compiled|extracted|derived|crawled|gathered|to|and"
    r"|where)\b))", re.I)
# Words before the data noun that make the phrase a method's or put the noun in a prepositional phrase.
NOT_DATA30 = re.compile(
    r"\b(?:for|to|of|with|in|on|by|from|using|utilizing|utilising|that|which|trained|method|model|framework"
    r"|approach|solution|system|technique|algorithm|tool|way|collection|step|means|powerful|promising)\b", re.I)
AND_MODEL30 = re.compile(r"\s+and\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:models?|methods?|baselines?|frameworks?"
                         r"|approach(?:es)?|algorithms?|tools?|toolkits?|systems?)\b", re.I)
BENCHMARK_HEAD30 = re.compile(r"(?i)benchmarks?|test\s+suites?|challenge\s+sets?")


def data_definition30(text: str, end: int) -> str | None:
    """The type a data definition right after ``text[:end]`` gives the name ("Zorb: A Corpus for" -> dataset), or
    None."""
    m = DATA_DEF30.match(text, end)
    if m is None or NOT_DATA30.search(m.group(1)) or AND_MODEL30.match(text, m.end()):
        return None
    return "benchmark" if BENCHMARK_HEAD30.fullmatch(m.group(2)) else "dataset"


# -- new-task ----------------------------------------------------------------------------------------------------
NEW_TASK_BEFORE30 = re.compile(
    r"\b(?:an?)\s+(?:new|novel|more\s+(?:practical|realistic|challenging|general)|practical|realistic|challenging)"
    r"\s+(?:(?!(?:paradigm|method|model|framework|approach|solution|optimi[sz]ation|objective|pre-?training|training"
    r"|auxiliary|pretext|proxy|to|for|in|on|with)\b)[\w\-]+\s+){0,3}?(?:task|problem|scenario|setting)"
    r"\s*(?:,\s*|:\s*)?(?:(?:called|named|namely|termed|dubbed|coined|referred\s+to\s+as)\s+)?$", re.I)
# The name in apposition: a bracketed short form, a stop, or a relative clause after it.
APPOSITION_AFTER30 = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[,.;:(]|$|(?:which|that|where|in\s+which|wherein"
                                r"|aiming|aims|to)\b)")
# "a new task called Zorb ... ," must follow the noun directly: a comma alone needs no verb before the noun.


def new_task30(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` introduced as a new task, problem, scenario or setting?"""
    before = NEW_TASK_BEFORE30.search(text, max(0, start - 90), start)
    if before is None or before.end() != start:
        return False
    # "a new task, Zorb can ...": after a bare comma the name must be an apposition, not a clause's subject.
    return APPOSITION_AFTER30.match(text, end) is not None


# -- glued-word --------------------------------------------------------------------------------------------------
GLUED30 = re.compile(r"([A-Z0-9\-]*[A-Z0-9]{3,})(?:on|in|and|of|to|for|with|the|is|are|as|at|by|from|or)")


def glued_stem30(name: str, texts: dict[str, str]) -> bool:
    """Is ``name`` an upper-case run glued to a function word ("ZORBin") whose run stands as a word elsewhere?"""
    m = GLUED30.fullmatch(name)
    if m is None:
        return False
    word = re.compile(r"(?<![\w\-])" + re.escape(m.group(1)) + r"(?![\w\-])")
    return any(word.search(t) for t in texts.values())


def _text(texts: dict[str, str], m) -> str:
    return texts.get(m.field, "")


def retype_mentions30(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, retyped where the paper defines one as data or a new task, without glued names."""
    off = _precision_off30()
    if len(off) == len(PRECISION_RULES30):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    out = []
    for e in entities:
        if e.type not in ("method", "model") or not _unlisted(e):
            out.append(e)
            continue
        if "glued-word" not in off and glued_stem30(e.name, texts):
            continue
        if "data-definition" not in off and MODEL_END27.search(e.name) is None:
            typ = next((t for t in (data_definition30(_text(texts, m), m.end) for m in e.mentions) if t), None)
            if typ is not None:
                e.type = typ
                out.append(e)
                continue
        if ("new-task" not in off and e.type == "method"
                and any(new_task30(_text(texts, m), m.start, m.end) for m in e.mentions)):
            e.type = "task"
        out.append(e)
    return out
