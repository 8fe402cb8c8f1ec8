"""Session 40 (issue 10, node precision): a name its own sentence writes as a metric score or as named data.

Switched with ``PAPERKG_TYPES47`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``retype_kinds47`` in pipeline.py right after types44's ``retype_kinds44``, reads a
paper's method/model (and, for a score, dataset) entities.

The "typed wrong" rows of the judged 73k draws (``tests/data/corpus-checks/node-precision-session3{2..9}.tsv``, 73
rows) that are still wrong in the start graph group as: data, benchmarks, corpora and environments typed method
(~20), tasks typed method (~14), problem settings typed method (precision48's), a handful of techniques typed
data/task, metrics typed method (mostly fixed by types44; a session-40 draw adds "CIDEr-D" typed method and "ODS"
typed dataset). The two shapes a sentence states plainly and types44 / precision38 miss:

- ``metric-score``: a score word right after the name ("129.8 CIDEr-D score", "ODS F-score of .792", "the NIST
  F-measure") or a decimal score right before it ("achieves a new state-of-the-art 127.8 CIDEr-D"). Retyped metric.
  A dataset is retyped only by "F-score / F-measure" (a "GLUE score" is the benchmark's score, not a metric named
  GLUE). Refused after a comparison word (types44's ``COMPARED_BEFORE44``) and before "function / matching /
  based" ("the BM25 score function").
- ``shared-task``: a name shaped "VENUE-YEAR Task N" ("IJCNLP-2017 Task 2" typed method in its five papers) is
  an evaluation campaign's task, retyped benchmark.
- ``data-after``: the name, up to three lower-case modifiers, then a data or benchmark head noun, after an article:
  "the GuoFeng discourse-level translation benchmark", "the REBECA bilingual lexical-conceptual database" (precision38's
  ``AFTER38`` reads only "campaign"; an adjacent "X dataset" is already read). Retyped benchmark (benchmark) or
  dataset. Refused when a modifier is a training / derivation word ("the BERT pre-training corpus", "the
  GPT-generated dataset"): then the head is data made with or for the technique, not the name's kind.

Both refuse a name written as the paper's technique elsewhere ("our X", "X model"; types44's
``_technique_written44``).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default
from .types44 import COMPARED_BEFORE44, _technique_written44

TYPES_RULES47 = ("metric-score", "data-after", "shared-task")
DEFAULT_OFF47: frozenset[str] = frozenset()


def _types_off47() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES47", TYPES_RULES47, DEFAULT_OFF47)


TECHNIQUE_TYPES47 = ("method", "model")

# -- metric-score ----------------------------------------------------------------------------------------------------
_BRACKET47 = r"(?:\s*\([^()]{1,12}\))?"
# "ODS F-score of .792": an F-score word right after the name (a bare "X score(s)" is mostly a technique's output or
# a verb: "SVM scores", "PageRank scores", "ConcNet scores the observed entities", "GRBF scores 73.4%").
SCORE_AFTER47 = re.compile(rf"{_BRACKET47}\s+(?:F-?scores?|F-?measures?)(?![\w\-])", re.I)
# "a new state-of-the-art 127.8 CIDEr-D", "an average improvement of 0.91 s-BLEU": an unsigned decimal right before
# the name ("+1.89 WikiSmall" is a gain on a dataset).
SCORE_BEFORE47 = re.compile(r"(?<![\w.,+\-\u2212])\d{1,3}\.\d{1,2}\s?$")
# "SemEval 2013 task 9.1 DrugNER": a numbered part, not a score.
NUMBERED_BEFORE47 = re.compile(r"(?i)(?<![\w\-])(?:task|subtask|track|version|v|section|table|figure)\s*$")
# The score must be followed by a break, a preposition or another score bracket, not by a noun ("2.5 BERT layers").
SCORE_BEFORE_END47 = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s*[,.;:)]|\s+(?:on|in|of|and|for|at|with|over|score)\b)")


def _metric_score47(text: str, start: int, end: int, data: bool) -> bool:
    if COMPARED_BEFORE44.search(text, max(0, start - 20), start):
        return False
    if SCORE_AFTER47.match(text, end):
        return True
    if data:
        return False
    before = SCORE_BEFORE47.search(text, max(0, start - 12), start)
    if before is None or NUMBERED_BEFORE47.search(text, max(0, before.start() - 12), before.start()):
        return False
    return bool(SCORE_BEFORE_END47.match(text, end))


# -- data-after ------------------------------------------------------------------------------------------------------
_NOT_MOD47 = (r"(?:of|for|on|in|to|with|from|by|at|over|that|which|is|are|was|were|and|or|a|an|the|this|we|our"
              r"|train\w*|pre-?train\w*|fine-?tun\w*|generat\w*|augment\w*|synthes\w*|distill\w*|derived|based"
              r"|\w+-based|\w+-generated|\w+-like|\w+-style|style|like|produced|translated|annotated|labell?ed"
              r"|model|models|method|methods|system|systems|network|networks|algorithm|algorithms)")
DATA_AFTER47 = re.compile(
    rf"[\"\u201d'\u2019]?\s+(?:(?!{_NOT_MOD47}(?![\w\-]))[a-z][a-z\-]*\s+){{1,3}}?"
    r"(?:(?P<bench>benchmark)|(?P<data>dataset|data\s?set|corpus|treebank|database|lexicon|wordnet))"
    r"(?=\s*[,.;:()]|\s*$|\s+(?:of|in|on|with|and|or|to|for|is|was|that|which|from|at|by|as|we|has|validate"
    r"|validates|show|shows|demonstrate|demonstrates|constructed|consisting|containing)\b)")
ARTICLE_BEFORE47 = re.compile(r"(?<![\w\-])(?:[Tt]he|[Aa]n?)\s+$")


def _data_after47(text: str, start: int, end: int) -> str | None:
    if ARTICLE_BEFORE47.search(text, max(0, start - 6), start) is None:
        return None
    m = DATA_AFTER47.match(text, end, end + 80)
    if m is None:
        return None
    return "benchmark" if m.group("bench") else "dataset"


# "A GAN approach is proposed, called Tag2Pix": the name given to the paper's technique.
CALLED_TECHNIQUE47 = re.compile(r"(?i)(?:approach|method|model|network|framework|algorithm|architecture|GAN|system)s?"
                                r"(?:\s+(?:is|was)\s+(?:proposed|presented|introduced))?,?\s+(?:called|named|dubbed|termed)\s+$")


def _called_technique47(e, texts: dict[str, str]) -> bool:
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if CALLED_TECHNIQUE47.search(text, max(0, m.start - 60), m.start):
            return True
    return False


# -- shared-task -----------------------------------------------------------------------------------------------------
# "IJCNLP-2017 Task 2", "SemEval 2014 Task 4", "SIGMORPHON 2020 Task 0": a venue, a year and a task number name an
# evaluation campaign's task (943 of the 972 such nodes of the start graph are typed benchmark already).
SHARED_TASK47 = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?[- ]?(?:19|20)\d\d\s+(?:[Ss]hared\s+)?(?:[Tt]ask|[Tt]rack"
                           r"|[Ss]ubtask)\s*\d{1,2}(?:\.\d)?[A-Za-z]?")


def stated_kind47(e, texts: dict[str, str], off: frozenset[str]) -> tuple[str, str] | None:
    """(part, new type) when a mention of the entity is written as a metric score or as named data."""
    data = e.type not in TECHNIQUE_TYPES47
    if "shared-task" not in off and not data and SHARED_TASK47.fullmatch(e.name):
        return "shared-task", "benchmark"
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if not text:
            continue
        if "metric-score" not in off and _metric_score47(text, m.start, m.end, data):
            return "metric-score", "metric"
        if "data-after" not in off and not data:
            kind = _data_after47(text, m.start, m.end)
            if kind:
                return "data-after", kind
    return None


def retype_kinds47(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, names its text writes as a metric score or as named data retyped (in place)."""
    off = _types_off47()
    if len(off) == len(TYPES_RULES47):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if e.type not in ("method", "model", "dataset"):
            continue
        found = stated_kind47(e, texts, off)
        if found and not _technique_written44(e, texts) and not _called_technique47(e, texts):
            e.type = found[1]
    return entities
