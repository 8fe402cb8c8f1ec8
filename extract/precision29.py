"""Session 26 (issue 10, node precision: real names with the wrong type; the lead's start build of session 26).

Switched off with ``PAPERKG_PRECISION29`` ("off" or a comma list of these part names), for ablations only. Each
part retypes a paper's entity from what the sentence around one of its mentions says it is (pipeline, after
``precision27.retype_mentions27``); nothing is cut. The corpus pass then types the node by its papers' vote, so a
paper's retyped entity moves a node only where that paper's voice is the node's. Method to dataset retyping is not
here (precision26 ``data-apposition``, precision27):

- ``metric-noun``: a method no list knows (no gazetteer entry or listed mention) written as a metric: a mention
  right before "score", "metric(s)" ("the FooEval score of 0.71", "the ABC metrics, which", "Foo Bar Quality (FBQ)
  scores are") or right after "a new (evaluation) metric," / "our proposed metric," ("we propose a novel metric,
  FooScore, that"), becomes a metric. "scores" must read as the noun (a verb: "FooTrack scores 82.0 on", "FooNet
  scores the entities"), so it needs a stop or a function word after it.
- ``task-predicate``: a method named after a task (its head word is a task head: "... Prediction", "...
  Super-Resolution", "... Summarization") that the paper does not propose, whose mention is the subject of a task's
  predicate ("X (XX) aims to", "X is the problem of", "X is a challenging ... problem", "X has attracted increasing
  attention", "X has made significant progress", "X refers to") or follows "focus on" / "the problem of", becomes a
  task. The paper's own method named after its task ("we propose Foo Edge Detection") keeps its type.
- ``metric-scorer`` (a guard of ``metric-noun``, session 26 round two): things that score but are no evaluation
  metric stay methods: a name whose (long) name ends in a technique's head ("... Flow Descriptor", "... Lexical
  Model") or names a structure-learning criterion ("Bayesian", "Criterion", BIC/AIC/MDL: Schwarz 1978, Akaike 1974,
  Rissanen 1978), or a mention whose sentence speaks of an acquisition function, a scoring criterion, a search over
  structures or scores that are learnt ("by optimising the BALD score", "a linear Gaussian BIC score", "FooSal
  scores ... are learnt").
- ``model-head-task``: a task whose name ends in a model's or method's head word ("... hidden Markov model",
  "generalized kernel models", "second-order methods", "... networks"): the name says what it is, a method.
"""

from __future__ import annotations

import re

from .lexicon import TASK_HEADS
from .recall_rules import _parts_off
from .resolve import UNNAMED_TASK_HEADS, head_noun

PRECISION_RULES29 = ("metric-noun", "task-predicate", "model-head-task", "metric-scorer")

# After a name: the metric noun, then a stop or a function word (not "score estimation", "metric learning").
_AFTER_WORDS29 = r"(?:of|and|or|for|to|is|are|was|were|that|which|between|has|have|can|based|from|correlat\w*)"
METRIC_AFTER29 = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:score|metrics?)(?:\s+(?:" + _AFTER_WORDS29 + r"|on|in|with|than|as|by|over|"
    r"across)\b|\s*[,.;:)]|\s*$)|scores(?:\s+" + _AFTER_WORDS29 + r"\b|\s*[,.;:)]|\s*$))", re.I)
METRIC_BEFORE29 = re.compile(
    r"\b(?:(?:new|novel|proposed)\s+(?:\w+\s+)?(?:evaluation\s+)?metric|our\s+(?:proposed\s+|new\s+)?metric|"
    r"evaluation\s+metrics?)\s*,?\s*(?:(?:called|named|termed|dubbed)\s+)?$", re.I)
# A task's predicates, after the name (and its short form in brackets).
TASK_AFTER29 = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?(?:aims?\s+(?:to|at)\b|is\s+(?:the\s+)?(?:problem|task)\s+of\b|"
    r"(?:is|has\s+been|remains)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,3}(?:tasks?|problems?|topics?|"
    r"research\s+(?:topic|area|direction|field))\b|refers\s+to\b|is\s+of\s+(?:great|vital|practical|crucial)\s+|"
    r"has\s+(?:recently\s+)?(?:attracted|received|drawn|gained|garnered)\b|"
    r"has\s+(?:recently\s+)?made\s+(?:\w+\s+){0,2}progress)", re.I)
TASK_BEFORE29 = re.compile(r"\b(?:problems?\s+of|focus(?:es|ed)?\s+on)\s+(?:the\s+)?$", re.I)
# Task heads: the lexicon's, and those of tasks that make an image or a compressed text.
TASK_HEADS29 = TASK_HEADS | UNNAMED_TASK_HEADS | frozenset(
    "synthesis super-resolution resolution inpainting compression recommendation".split())
MODEL_HEADS29 = frozenset("model method algorithm network estimator machine".split())
# metric-scorer: a technique's head at the end of the name; criteria that score structures (BIC, AIC, MDL, BDeu);
# words of a sentence where a score is an objective or a learnt quantity, not a measure of a system's output.
SCORER_HEADS29 = MODEL_HEADS29 | frozenset("descriptor classifier criterion function encoder detector".split())
SCORER_NAME29 = re.compile(r"(?<![\w\-])(?:Bayesian|Criterion|BIC|AIC|MDL)(?![\w\-])")
SCORER_SENTENCE29 = re.compile(
    r"\b(?:acquisition|(?:information|scoring|selection)\s+criteri(?:on|a)|structure\s+learning|search\s+space|"
    r"scor(?:e|ing)[\s\-](?:functions?|computation|pruning)|(?:optimi[sz]|maximi[sz])(?:e|es|ed|ing)\s+the\s+\S+\s+"
    r"score|(?:are|is)\s+(?:\w+\s+)?learn(?:t|ed))\b", re.I)


def _precision_off29() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION29", PRECISION_RULES29)


def _unlisted(e) -> bool:
    """A name no list gave: no gazetteer entry and no listed mention (a list's type is evidence of its own)."""
    return e.entry is None and not any(m.rule.startswith(("gazetteer:", "rule:listed")) for m in e.mentions)


def _text(texts: dict[str, str], m) -> str:
    return texts.get(m.field, "")


def metric_cued29(e, texts: dict[str, str]) -> bool:
    """Is a mention of ``e`` written as a metric ("the FooEval score of", "a new metric, FooEval, that")?"""
    for m in e.mentions:
        text = _text(texts, m)
        if METRIC_AFTER29.match(text, m.end) or METRIC_BEFORE29.search(text[max(0, m.start - 60):m.start]):
            return True
    return False


def _sentence(text: str, start: int, end: int) -> str:
    left = text.rfind(". ", 0, start) + 1
    right = text.find(". ", end)
    return text[left: right if right >= 0 else len(text)]


def scorer29(e, texts: dict[str, str]) -> bool:
    """Does ``e`` score without being an evaluation metric (a descriptor, a model, a structure-learning criterion, an
    acquisition function, learnt scores)? Read from its names and its mentions' sentences."""
    names = [e.name] + ([e.long_form] if e.long_form else [])
    if any((len(n.split()) >= 2 and head_noun(n.split()[-1]) in SCORER_HEADS29) or SCORER_NAME29.search(n)
           for n in names):
        return True
    return any(SCORER_SENTENCE29.search(_sentence(_text(texts, m), m.start, m.end)) for m in e.mentions)


def _task_head(e) -> bool:
    """Is the head word of the entity's long name a task head ("Legal Judgment Prediction")?"""
    name = e.long_form or e.name
    words = name.split()
    return len(words) >= 2 and (head_noun(words[-1]) in TASK_HEADS29 or words[-1].lower() in TASK_HEADS29)


def task_cued29(e, texts: dict[str, str]) -> bool:
    """Is a mention of ``e`` the subject of a task's predicate ("X (XX) aims to", "X has attracted attention")?"""
    for m in e.mentions:
        text = _text(texts, m)
        if TASK_AFTER29.match(text, m.end) or TASK_BEFORE29.search(text[max(0, m.start - 30):m.start]):
            return True
    return False


def model_headed29(name: str) -> bool:
    """Does the name end in a model's or method's head word ("generalized kernel models")?"""
    words = name.split()
    return len(words) >= 2 and head_noun(words[-1]) in MODEL_HEADS29


def retype_mentions29(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, each retyped where the parts above read its type in the sentence."""
    off = _precision_off29()
    if len(off) == len(PRECISION_RULES29):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    for e in entities:
        if e.type == "method" and _unlisted(e):
            if "metric-noun" not in off and metric_cued29(e, texts):
                if "metric-scorer" in off or not scorer29(e, texts):
                    e.type = "metric"
            elif ("task-predicate" not in off and e.role != "proposes" and _task_head(e)
                  and task_cued29(e, texts)):
                e.type = "task"
        elif e.type == "task" and "model-head-task" not in off and model_headed29(e.long_form or e.name):
            e.type = "method"
    return entities
