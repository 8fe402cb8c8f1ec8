"""Session 45 (issue 10, node precision): a new task the paper itself proposes under a name, typed method.

Switched with ``PAPERKG_TYPES53`` ("off" or "0", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``retype_new_tasks53`` in pipeline.py right after types52's
``retype_evaluation52`` (and in scripts/train_name_tagger.py's ``after_tag``), per paper, before the corpus type vote.

The "typed wrong" rows of the judged 73k draws (``tests/data/corpus-checks/node-precision-session3*/4*.tsv``, 175
rows) group as tasks / problem settings typed method (~45), data and lexical resources typed method (~40), metrics
typed method (~11), techniques typed task or data (~20). Re-extracted with the start code (daca1622), 117 of them are
still typed wrong in their paper; most have no cue in the paper the row was drawn from (the cue is in another paper
of the node), and the problem settings ("we tackle Online Domain Adaptation (OnDA)", "we study out-of-dynamics
imitation learning") are learning paradigms the study gold types method ("domain adaptation", "federated learning",
"continual learning"), so no rule here. What a sentence states plainly and no rule reads: a task the paper proposes.
precision44's ``task-noun`` reads "a novel task, X" and "X is a ... task" but refuses every name the paper
"proposes" / "introduces" (its guard for the paper's own system), and the paper's own new task is exactly such a
name: "propose Sentence-level Revision (SentRev) as a new writing assistance task", "We introduce NEAT (Narrative
Elements AnnoTation) - a novel NLP task for detecting narrative elements", "propose a novel task, **D**ocument
**I**mage ... (**DIMT2Markdown**)".

- ``new-task``: a method mention (with an optional bracketed acronym) followed by "as" / "," / a dash / ":" / "is"
  and "a new / novel <up to four modifiers> task", the task noun ending its phrase; or preceded by "a new / novel
  <modifiers> task" right after a proposal or study verb ("propose", "introduce", "present", "define", "formulate",
  "create", "design", "establish", "pose", "investigate", "study", "explore", "tackle") and a comma / colon / dash /
  naming word ("called", "named", "termed", "dubbed", "namely", "i.e."): "a new task---language-driven style
  transfer (LDST)---", "a new visual restoration task, termed as X"; markdown emphasis and quotes allowed between,
  and the task's long form (ten words at most, no clause word) before a bracketed acronym. Refused for a training objective ("a novel pre-training task",
  "auxiliary", "pretext", "proxy", "surrogate", "self-supervised"), a "multi-task" / "task-specific" word, and a
  name headed by a technique noun (precision38's ``TECHNIQUE_END38``: "X Network", "X Model") or written as the
  paper's technique ("our X", "the proposed X", "X model" in the singular; types44's ``_technique_written44`` also
  refuses "X models", which for a task is the class of techniques for it: "evaluating SentRev models"). -> task.

- ``new-task-data`` (default off): the same cue for a dataset / benchmark name, refused when the paper writes the
  name as data (types43's ``written_as_data43``) or the cue says evaluation ("a novel intrinsic evaluation task", "a
  new benchmark task"). Below 80 % right on the 73k abstracts (see ``DEFAULT_OFF53``).

Tried and left out: "we formulate / treat / frame X as a ... task" (X is the formulated task): on the 742 abstracts
of the 73k corpus that write "as a ... task" it changed nothing (those names are typed task already).
"""

from __future__ import annotations

import re

from .precision38 import TECHNIQUE_END38
from .recall_rules import parts_off_by_default
from .types43 import written_as_data43
from .types44 import OURS44

TYPES_RULES53 = ("new-task", "new-task-data")
# new-task-data (a dataset / benchmark name written as the paper's new task; not when the paper writes it as data,
# nor for an evaluation / benchmark / test task): on the 714 73k abstracts writing "a new / novel ... task" it
# changes 6 papers: ACOS, CuQA, MIMOQA right; AmbigQA, ArraMon (task and data at once) and Novel Slot Detection
# (title "X: A Benchmark for ...") doubtful; "RDoC Task" (a shared task, a benchmark) wrong. Below 80 %: off.
DEFAULT_OFF53: frozenset[str] = frozenset({"new-task-data"})


def _types_off53() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES53", TYPES_RULES53, DEFAULT_OFF53)


# A modifier of the task noun: no preposition, clause word or technique noun ("a new task for which we propose").
_MOD53 = (r"(?:(?!(?:for|to|of|in|on|with|by|from|via|and|or|that|which|where|this|these|method|model|approach"
          r"|framework|algorithm|system|network)(?![\w\-]))[\w\-]+\s+)")
# "task" ends its phrase: punctuation, the end, or a preposition / clause word ("a novel NLP task for detecting").
_TASK_ENDS53 = (r"tasks?(?![\w\-])(?=\s*[,.;:!?)]|\s*$|\s+(?:for|of|in|on|to|that|which|where|with|and|or|called"
                r"|named|termed|dubbed|we|is|are|aiming|aimed|designed|consisting|requiring|involving)\b)")
_NEW53 = r"(?:a|an)\s+(?:new|novel)\s+"
# after the mention: "X (SentRev) as a new writing assistance task", "X - a novel NLP task for", "X, a new task"
NEW_TASK_AFTER53 = re.compile(
    r"[*\"\u201d'\u2019]*(?:\s*\([^()]{1,40}\))?[*\"\u201d'\u2019]*"
    r"(?:\s+as|\s*,|\s*:|\s*[\u2013\u2014]|\s*-{2,3}|\s+-|\s+is)\s*" + _NEW53 + _MOD53 + r"{0,4}" + _TASK_ENDS53, re.I)
# before the mention, after a proposal verb: "propose a novel task, X", "define a new task called X", "introduce a new
# task: X" (not "With just a few examples from a new task, X can combine ...")
NEW_TASK_BEFORE53 = re.compile(
    r"(?<![\w\-])(?:propose[sd]?|proposing|introduce[sd]?|introducing|present(?:s|ed|ing)?|define[sd]?|defining"
    r"|formulate[sd]?|formulating|create[sd]?|creating|design(?:s|ed|ing)?|establish(?:es|ed|ing)?|pose[sd]?"
    r"|investigate[sd]?|investigating|stud(?:y|ies|ied|ying)|explore[sd]?|exploring|tackle[sd]?|tackling)\s+"
    r"(?:also\s+)?" + _NEW53 + _MOD53 + r"{0,4}tasks?(?:\s*[,:\u2013\u2014]\s*|\s*-{2,3}\s*|\s+-\s+|\s+)"
    r"(?:(?:called|named|termed|dubbed|namely|i\.e\.,?)\s+(?:as\s+)?)?(?:the\s+)?"
    # the name itself, or the acronym bracketed after the task's long form ("a novel task, Document ... (X)")
    r"(?:(?P<long>[^()\n.;]{3,160})\(\s*)?[*\"\u201c'\u2018]*$", re.I)
# clause words: a long form holds none of them ("a new task, and we design a compact model (X)" is no long form)
_CLAUSE53 = frozenset("""we our us and or which that is are was were be been it its this these those then also can will
    while where who whose but as has have had they their model models method methods framework approach
    algorithm network system""".split())
# a training objective is called a task too ("a novel pre-training task, masked span prediction")
OBJECTIVE53 = re.compile(r"(?i)(?:pre-?train\w*|auxiliary|pretext|proxy|surrogate|self-supervis\w*|multi-task"
                         r"|sub-?task|downstream|training)")


def _new_task_cue53(text: str, start: int, end: int) -> str | None:
    """The cue's text when the mention at start:end is written as a new task, else None."""
    m = NEW_TASK_AFTER53.match(text, end, end + 160)
    if m is not None and not OBJECTIVE53.search(m.group(0)):
        return m.group(0)
    m = NEW_TASK_BEFORE53.search(text, max(0, start - 260), start)
    if m is None or OBJECTIVE53.search(m.group(0)):
        return None
    if m.group("long"):
        # the task's long form before the acronym: a phrase of at most ten words and no clause word
        words = re.findall(r"[^\W\d_][\w\-']*", m.group("long").replace("*", ""))
        if not 0 < len(words) <= 10 or any(w.lower() in _CLAUSE53 for w in words):
            return None
    return m.group(0)


# A data-typed name: an evaluation task is a benchmark ("VAST, ..., a novel intrinsic evaluation task", "DynaSent, a
# new English-language benchmark task"), and so is a task whose cue names data.
EVALUATION53 = re.compile(r"(?i)(?:evaluat\w*|benchmark\w*|test\w*|challenge\w*|shared|probing|diagnostic|dataset\w*"
                          r"|corpus|corpora|leaderboard|competition)")


def _own_technique53(e, texts: dict[str, str]) -> bool:
    """Is a mention written as the paper's technique: "our X", "the proposed X", "X model" in the singular? (types44's
    ``_technique_written44`` also counts "X models", which for a task is the class of techniques for it: "SentRev
    models", precision44's ``task-head`` cue.)"""
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if OURS44.search(text, max(0, m.start - 16), m.start):
            return True
        after = re.match(r"\s+([\w\-]+)", text[m.end:m.end + 40])
        if after and TECHNIQUE_END38.fullmatch(after.group(1)) \
                and not (after.group(1).lower().endswith("s") and TECHNIQUE_END38.fullmatch(after.group(1)[:-1])):
            return True
    return False


def retype_new_tasks53(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, method names it writes as a new task it proposes retyped task (in place)."""
    off = _types_off53()
    if all(p in off for p in TYPES_RULES53):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if not e.mentions:
            continue
        if e.type == "method":
            if "new-task" in off:
                continue
        elif e.type in ("dataset", "benchmark"):
            if "new-task-data" in off or written_as_data43(e, texts):
                continue
        else:
            continue
        if TECHNIQUE_END38.search(e.name.strip()):
            continue
        hit = False
        for m in e.mentions:
            text = texts.get(m.field or "abstract", "")
            if not text or text[m.start:m.end] != m.text:
                continue
            cue = _new_task_cue53(text, m.start, m.end)
            if cue and not (e.type != "method" and EVALUATION53.search(cue)):
                hit = True
                break
        if hit and not _own_technique53(e, texts):
            e.type = "task"
    return entities
