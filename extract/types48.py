"""Session 41 (issue 10, typed recall and precision): a task- or data-typed name its own sentence writes as a technique.

Switched with ``PAPERKG_TYPES48`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``retype_techniques48`` in pipeline.py right after types47's ``retype_kinds47``,
reads a paper's task / dataset / benchmark entities.

The type confusions of the study pool (start 37b3fca, ``docs/history/types48.md``) group as data typed method (7,
no shared cue), techniques typed task or data (6), shared-task data typed task (3), method/model (4). The one shape a
sentence states plainly among the techniques is an appositive with a technique head, which precision38's
``APPOSED38`` reads only for data, metric and software heads:

- ``data-appositive`` (dataset / benchmark) and ``task-appositive`` (task; default-off): "we combine imputation techniques with conformal prediction (CP), a model-agnostic and
  distribution-free method to quantify ...", "we introduce Compress Then Test (CTT), a new framework for
  high-powered kernel testing": the name, an optional bracket, ", a / an" (or "- / is a"), up to six modifiers
  and a technique head (method, approach, algorithm, technique, framework, procedure) ending its phrase. Retyped
  method, and the list entry dropped (a list typed the spelling task or data; types43's ``detach``), so the corpus
  pass does not vote it back. Not ": a": a title's "Relation Extraction: A Representation Learning Approach" names
  the paper's approach to the task, not the task.

Refused when the appositive's clause names data or evaluation ("AgentQuest - a framework where both benchmarks and
metrics are modular", "a framework for evaluating"), and when the paper writes the name as data elsewhere (types43's
``written_as_data43``: "results on X", "the X dataset").
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default
from .precision31 import DATA_NAME31
from .types43 import written_as_data43

TYPES_RULES48 = ("data-appositive", "task-appositive")
# task-appositive: on the 73k start graph 159 task-typed mentions match, mostly fields ("Reinforcement learning (RL)
# is a promising approach", "Active learning is a technique that") and names cut from a longer one ("Named entity
# recognition with Contrastive learning, a novel NER framework"); off.
DEFAULT_OFF48: frozenset[str] = frozenset({"task-appositive"})


def _types_off48() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES48", TYPES_RULES48, DEFAULT_OFF48)


RETYPED_FROM48 = ("task", "dataset", "benchmark")

# Words that end a modifier run (the head is theirs or the phrase has ended): prepositions, clause words, verbs,
# and data / task nouns ("a dataset distillation method" keeps "method", but "a benchmark ... framework" is refused below).
_NOT_MOD48 = (r"(?:of|for|on|in|to|with|from|by|at|over|that|which|who|where|when|than|as|using|via|into|is|are|was"
              r"|were|be|been|can|could|will|would|has|have|had|a|an|the|this|these|we|our|it|its)")
_MOD48 = rf"(?:(?!{_NOT_MOD48}(?![\w\-]))[\w\-'\u2019/+.]+,?\s+)"
_HEAD48 = r"(?:method|approach|algorithm|technique|framework|procedure)"
TECHNIQUE_APPOSED48 = re.compile(
    rf"[\"\u201d'\u2019]?\)?\s*(?:\([^()]{{1,40}}\)\s*)?(?:,\s+(?:a|an)|(?:\s+[\u2013\u2014\-]{{1,2}}|\s+is)\s+(?:a|an))\s+"
    rf"{_MOD48}{{0,6}}?(?P<head>{_HEAD48})"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:that|which|to|for|of|with|where|based|using|in|on|and|designed|built|is|was)\b)", re.I)
# Data, evaluation or task words in the appositive or the clause it opens: a benchmark framework, not a technique.
DATA_WORDS48 = re.compile(r"(?i)(?<![\w\-])(?:benchmark\w*|datasets?|data\s?sets?|corpus|corpora|metrics?|evaluat\w*"
                          r"|leaderboards?|test\s+suites?|environments?|simulators?|shared\s+tasks?|challenges?)(?![\w\-])")
CLAUSE_END48 = re.compile(r"[.;!?](?:\s|$)")
# "POISE: Pose Guided Human Silhouette Extraction under Occlusions, a fusion framework": the name ends a longer
# title-cased name, whose the appositive is.
INSIDE_NAME48 = re.compile(r"[A-Z][\w\-]*\s+(?:under|of|for|with|in|on|from|to|and|via|by)\s+$")


def technique_apposed48(text: str, start: int, end: int) -> bool:
    if INSIDE_NAME48.search(text, max(0, start - 40), start):
        return False
    m = TECHNIQUE_APPOSED48.match(text, end, end + 200)
    if m is None:
        return False
    stop = CLAUSE_END48.search(text, m.end())
    clause = text[end:stop.start() if stop else len(text)]
    return not DATA_WORDS48.search(clause)


# "Compress Then Test (CTT), a new framework for high-powered kernel testing": a statistical test is a technique; the
# other data-shaped name ends ("X-Bench", "X-Eval", "X Corpus", "X 2019") still refuse.
TEST_END48 = re.compile(r"(?i)(?:^|[\s\-])tests?$")


def written_as_data48(e, texts: dict[str, str]) -> bool:
    """types43's ``written_as_data43``, but a name ending in "Test" is not data by its shape alone."""
    if TEST_END48.search(e.name) and not DATA_NAME31.search(TEST_END48.sub("", e.name)):
        from types import SimpleNamespace as NS
        return written_as_data43(NS(name="", mentions=e.mentions), texts)
    return written_as_data43(e, texts)


def retype_techniques48(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, task/data names its text writes as a technique in apposition retyped method (in place)."""
    off = _types_off48()
    if len(off) == len(TYPES_RULES48):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if e.type not in RETYPED_FROM48 or ("task-appositive" if e.type == "task" else "data-appositive") in off:
            continue
        if not any(technique_apposed48(texts.get(m.field or "abstract", ""), m.start, m.end) for m in e.mentions):
            continue
        if e.type != "task" and written_as_data48(e, texts):
            continue
        e.type = "method"
        e.entry = None  # the list's entry types the spelling task or data, not this paper's technique
    return entities
