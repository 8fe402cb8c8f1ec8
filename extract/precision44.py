"""Session 38 (issue 10, node precision): a task typed method, retyped task where its paper writes it as a task.

Switched with ``PAPERKG_PRECISION44`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

The session 32-37 judged draws of the 73k graph (``tests/data/corpus-checks/node-precision-session3{2..7}.tsv``) have
~12 wrong rows that are tasks typed method: "Named entity linking (NEL)" ("Off-the-Shelf Named Entity Linking
Systems"), "Automatic image matting (AIM)" ("refers to estimating the soft foreground"), "Multimodal Emotion
Recognition in Conversations (MERC)" ("current MERC models"), "#DNN-Verification" ("we introduce the
#DNN-Verification problem"), "DIMT2Markdown" ("propose a novel task, Document Image Machine Translation to Markdown
(DIMT2Markdown)"). precision29's ``task-predicate`` retypes a few ("X aims to", "X is a challenging task"), for a
narrow list of heads and never for a name the paper "proposes". One call, ``retype_tasks44`` at the end of
``pipeline._paper_result``, reads a paper's method/model entities that no list gave:

- ``task-noun``: a mention is written next to a task noun: "the X task(s)", "the X problem", "the task of X",
  "a novel task, X", "X is a (challenging, fundamental ...) task / problem / branch / research topic", "X aims to
  <verb> ..." only for a task-headed name. Any name shape (acronyms too).
- ``task-head``: the name (or its long form) ends in a task head ("... linking", "... matting", "... recognition",
  "Emotion Recognition in Conversations") and a mention is written as the task a technique is for: "for X",
  "X models / systems / methods / approaches" (the plural class of techniques for the task), precision29's task
  predicates ("X refers to", "X has attracted attention").

Refused when a mention is written as the paper's own named system: "our X", "the proposed X", "we propose X",
"called / named / dubbed X" (not after a task noun), "X, a ... model / framework / system", "X model / framework /
network / architecture / algorithm" in the singular, or the name holds a technique word ("Network", "Model",
"Transformer") or joins a technique to a task ("... for Question Generation", "... via Ability Estimation").
"""

from __future__ import annotations

import re

from .lexicon import TASK_HEADS
from .precision29 import TASK_AFTER29, TASK_BEFORE29, _unlisted
from .recall_rules import parts_off_by_default
from .resolve import UNNAMED_TASK_HEADS, head_noun

PRECISION_RULES44 = ("task-noun", "task-head")
# Both parts ship off (lead, session 38): in the full 73k build "task-noun" retyped per paper the very mentions
# canonical._retype_task_cued counts as task cues, so three groups lost their corpus-wide task vote (EmoContext, 26
# papers, and biomedical NLP, 18, went task -> method; Textual Entailment, 35, method -> dataset): about as many
# papers broken as the part mends. Needs the corpus step to count task-typed cued mentions first.
# Session 40 (types46): both on by default, with precision45's vote and types45's tie-break and data guard, which
# keep EmoContext, biomedical NLP and Textual Entailment at their start types (docs/history/types45.md, types46).
DEFAULT_OFF44: frozenset[str] = frozenset()


def _precision_off44() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION44", PRECISION_RULES44, DEFAULT_OFF44)


# Heads of task names ("analysis" and "estimation" left out: PCA, CCA, MLE, NCE are techniques).
TASK_HEADS44 = TASK_HEADS | UNNAMED_TASK_HEADS | frozenset(
    """synthesis inpainting matting disambiguation verification resolution super-resolution recommendation
    grounding diarization diarisation transcription reconstruction""".split())
# Words of a technique's name: such a name is a system, whatever its head ("Hierarchical LSTMs for ... Detection").
TECHNIQUE_WORDS44 = re.compile(
    r"(?<![\w\-])(?:networks?|nets?|models?|transformers?|lstms?|rnns?|cnns?|gans?|encoders?|decoders?|"
    r"framework|algorithms?|methods?|approach|learning|embeddings?|attention|memory|hashing|clustering|"
    r"regression|optimi[sz]ation|inference|training|pre-training|fusion|adaptation|decoding|sampling|programming|"
    r"process(?:es)?|alignment|minimi[sz]ation|maximi[sz]ation|factori[sz]ation|approximation|estimation|analysis|fields?|"
    r"machines?|distillation|transport|bandits?|trees?|autoencoders?|descent|modell?ing|masked|sequence)(?![\w\-])",
    re.I)
JOINING_WORDS44 = frozenset("for via with using as by through based".split())

_BRACKET44 = r"(?:\s*\([^()]{1,40}\))?"
_TASK_NOUN44 = r"(?:sub-?)?(?:tasks?|problems?)"
# After a mention: "X task", "X (XX) problem"; not "X task-specific", "the X task force".
TASK_AFTER44 = re.compile(_BRACKET44 + r"\s+(?:sub-?)?tasks?" + r"(?![\w\-])(?!\s+(?:force|forces)\b)", re.I)
# Before a mention: "the task of X", "a novel task, X", "a new task called X", "two tasks: X"; the comma form not
# after a preposition ("in a dialogue response selection task, PHSIC is learned", "for this task, FSS-Net").
TASK_OF44 = re.compile(r"\btasks?\s+(?:of|called|named|termed|dubbed|known\s+as)\s+(?:the\s+)?(?:so-called\s+)?$", re.I)
TASK_COLON44 = re.compile(r"(?:\btasks|\b(?:a|an)\s+(?:[\w\-]+\s+){0,4}task)\s*:\s*$", re.I)
TASK_COMMA44 = re.compile(
    r"(?:^|[.;:]\s*|\b(?:introduce|propose|present|define|formulate|design|study|call|address|create|develop)s?\s+)"
    r"(?:a|an|the|two|three|new|novel)\s+(?:(?!(?:for|to|of|in|on|with|this|that)\b)[\w\-]+\s+){0,5}(?:sub-?)?task\s*,\s*(?:(?:called|named|termed|dubbed|"
    r"i\.e\.,?|namely)\s+)?$", re.I)
# Training objectives are called tasks too ("a second-stage pre-training task, same speaker prediction (SSP)").
OBJECTIVE_TASK44 = re.compile(r"\b(?:pre-?training|self-supervis\w*|auxiliary|pretext|proxy|surrogate)\b", re.I)
# "X is a challenging task", "X has become an important research topic", "X is an important branch of".
TASK_IS44 = re.compile(
    _BRACKET44 + r",?\s+(?:is|are|has\s+been|have\s+been|remains?|has\s+become|becomes?)\s+(?:still\s+)?"
    r"(?:an?|the|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,4}"
    r"(?:tasks?|branch(?:es)?|research\s+(?:topics?|areas?|directions?|fields?|problems?)|"
    r"preprocessing\s+steps?|sub-?tasks?|sub-?fields?)\b", re.I)
# For a task-headed name only (optimisation formulations are "problems" too: "the ERM problem", "an ILP problem").
PROBLEM_AFTER44 = re.compile(_BRACKET44 + r"(?:\s+problems?\b|,?\s+(?:is|are|has\s+been|remains?)\s+(?:still\s+)?"
                             r"(?:an?|the|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,4}(?:problems?|challenges?)\b)", re.I)
PROBLEM_BEFORE44 = re.compile(r"\bproblems?\s+(?:of|called|named|termed|dubbed|known\s+as)\s+(?:the\s+)?$", re.I)
# "for X" before a mention (a technique for the task); "X models/systems/methods" after it (the class for the task).
FOR_BEFORE44 = re.compile(r"\b(?:for|of\s+tasks?\s+like|in)\s+(?:the\s+)?$", re.I)
PLURAL_TECH_AFTER44 = re.compile(
    _BRACKET44 + r"\s+(?:models|systems|methods|approaches|techniques|algorithms|frameworks|architectures|"
    r"research|datasets|benchmarks)\b", re.I)
# The plural only after a word that makes it the class of techniques for a task ("current MERC models", "existing
# CDR approaches"; not "variants of the LCD algorithms", "in the same spirit as MHT methods").
CLASS_BEFORE44 = re.compile(
    r"\b(?:existing|current|previous|prior|recent|state-of-the-art|conventional|traditional|other|many|most|several|"
    r"typical|popular|mainstream|modern|leading|academic|commercial|off-the-shelf)\s+(?:[\w\-]+\s+){0,3}$", re.I)
# The paper's own named system.
OWN_BEFORE44 = re.compile(
    r"(?:\b(?:our|proposed|we\s+(?:propose|present|introduce|develop|design)|called|named|termed|dubbed)\s+"
    r"(?:(?:a|an|the|novel|new|simple|method|model|framework|system|approach|algorithm)\s+){0,3},?\s*)$", re.I)
OWN_AFTER44 = re.compile(
    _BRACKET44 + r"(?:\s*,\s*(?:an?|our|the)\s+(?:[\w\-]+\s+){0,4}"
    r"(?:model|framework|system|network|architecture|algorithm|method|approach|toolkit|tool|pipeline|module|"
    r"technique)\b|\s+(?:framework|network|architecture|algorithm|module|toolkit|pipeline|scheme)\b(?!s))",
    re.I)
TASK_NOUN_BEFORE44 = re.compile(r"\b(?:tasks?|problems?)\b[^.;]{0,30}$", re.I)


def _text(texts: dict[str, str], m) -> str:
    return texts.get(m.field, "")


def task_headed44(name: str) -> bool:
    """Does the name end in a task head, or is it "<task> in <what>" ("Emotion Recognition in Conversations"), without
    a technique's word or a joining word ("Hierarchical LSTMs for Contextual Emotion Detection")?"""
    words = name.split()
    if len(words) == 1 and "-" in name.strip("-"):
        words = name.split("-")  # "DNN-Verification"
    if len(words) < 2 or TECHNIQUE_WORDS44.search(name):
        return False
    low = [w.lower() for w in words]
    if "in" in low[1:-1]:
        low = low[: low.index("in", 1)]
    if len(low) < 2 or any(w in JOINING_WORDS44 for w in low):
        return False
    return head_noun(low[-1]) in TASK_HEADS44 or low[-1] in TASK_HEADS44


def _own(text: str, m) -> bool:
    before = text[max(0, m.start - 60):m.start]
    if OWN_BEFORE44.search(before) and not TASK_NOUN_BEFORE44.search(before):
        return True
    return OWN_AFTER44.match(text, m.end) is not None


def _clause_start(text: str, start: int) -> bool:
    """Does the mention start its clause ("Recognizing Textual Entailment (RTE) is", "results suggest that XOR QA
    is"), not end a phrase ("Generating text from ..., such as AMR, is a challenging task")?"""
    left = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start))
    before = text[left + 1:start]
    return "," not in before and (len(before.split()) <= 2 or re.search(r"\b(?:that|whereas|while)\s+(?:the\s+)?$", before) is not None)


def _task_noun(text: str, m) -> bool:
    before = text[max(0, m.start - 80):m.start]
    if TASK_AFTER44.match(text, m.end) is not None or TASK_COLON44.search(before):
        return True
    for cue in (TASK_COMMA44, TASK_OF44):
        found = cue.search(before)
        if found is not None and not OBJECTIVE_TASK44.search(before[max(0, found.start() - 40):]):
            return True
    return TASK_IS44.match(text, m.end) is not None and _clause_start(text, m.start)


def _task_use(text: str, m) -> bool:
    before = text[max(0, m.start - 40):m.start]
    plural = PLURAL_TECH_AFTER44.match(text, m.end) is not None and CLASS_BEFORE44.search(before) is not None
    return (FOR_BEFORE44.search(before) is not None or plural
            or TASK_AFTER29.match(text, m.end) is not None or TASK_BEFORE29.search(before) is not None
            or PROBLEM_AFTER44.match(text, m.end) is not None or PROBLEM_BEFORE44.search(before) is not None)


def task_kind44(e, texts: dict[str, str], off: frozenset[str]) -> bool:
    """Does the paper write ``e`` as a task and never as its own named system?"""
    if TECHNIQUE_WORDS44.search(e.name) and not task_headed44(e.long_form or ""):
        return False
    headed = task_headed44(e.name) or task_headed44(e.long_form or "")
    cued = False
    for m in e.mentions:
        text = _text(texts, m)
        if not text:
            continue
        if _own(text, m):
            return False
        if "task-noun" not in off and _task_noun(text, m):
            cued = True
        elif "task-head" not in off and headed and _task_use(text, m):
            cued = True
    return cued


def retype_tasks44(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, an unlisted method/model its text writes as a task (and never as its own system) typed
    task."""
    off = _precision_off44()
    if len(off) == len(PRECISION_RULES44):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    for e in entities:
        if e.type in ("method", "model") and _unlisted(e) and task_kind44(e, texts, off):
            e.type = "task"
    return entities
