"""Values the confidence gate dropped for want of a dataset, kept with none (issue 12, session 39, results47).

The gate of ``results.find_results`` drops a value bound to a metric when the paper names datasets and none is linked to
it ("gate:no-dataset-bound"). On the released results parts (blind36-38 out) it dropped 179 values: the gold keeps 74 of
them with no dataset, gives 100 a dataset (often one named in another sentence, or one the entity step did not type),
and lacks 5. Keeping them all would add 74 true and 105 false tuples. One class is kept here:

- several-evaluated: the value's sentence names no dataset entity, the sentence before names none either, and the paper
  names two or more datasets it evaluates on (role "evaluates_on"): the sentence speaks of a setting across them
  ("achieves close to 100% attack success rates for both targeted and untargeted attacks", "Results on a very compact
  network ... improve Recall@1 results from 27.5% to 44.6%", "The evaluation results show accuracy of 42.23%"), so the
  value is reported with no dataset rather than dropped. Not when
  - the sentence points back at data named elsewhere ("on the two datasets", "on both benchmarks", "for the two tasks")
    or holds a data noun itself ("on the cityscapes test set", "on the new Squall data split", "on the respective
    dataset"): each value is on a dataset, which is unknown here;
  - the sentence before names a dataset ("... we also apply it to the Overnight dataset. AutoQA achieves 69.8%"): the
    value is mostly on it;
  - the abstract is a shared-task paper ("shared task", "official score / evaluation"): the scores are on the task's data;
  - the paper evaluates on one dataset only: the value is mostly on it (the gold gives it).

The results end "+several-evaluated+dataset:none-named", so ``results._gate_results29`` marks them low-confidence (no
dataset, no leaderboard row); a value after them in the sentence does not take "none-named" from them (results.py), and
results34's respectively-before, which gives such values datasets of the sentence before, replaces them.

Behind PAPERKG_RESULTS47 ("off", a comma list of RESULTS_RULES47, or "on:" and default-off parts, DEFAULT_OFF47).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES47 = ("several-evaluated",)
DEFAULT_OFF47: frozenset[str] = frozenset()


def _results_off47() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS47", RESULTS_RULES47, DEFAULT_OFF47)


# the sentence points back at data named elsewhere: "on the two datasets", "on both benchmarks", "across all tasks"
_NAMED_DATA_BACK47 = re.compile(
    r"\b(?:both|all|each|(?:the|these|those)\s+(?:two|three|four|five|six|[2-9]|above|same|several|various)|"
    r"these|those|the\s+former|the\s+latter)\s+(?:[\w\-]+\s+)?(?:datasets?|benchmarks?|corpora|corpus|data\s*sets?|"
    r"test\s*sets?|tasks?|problems?|treebanks?)\b", re.IGNORECASE)


# the sentence names data itself, typed or not: "on the cityscapes test set", "on the UCSD video dataset", "on the dataset"
_DATA_NOUN47 = re.compile(r"\b(?:datasets?|data\s*sets?|test\s*sets?|dev(?:elopment)?\s*sets?|validation\s*sets?|"
                          r"benchmarks?|corpus|corpora|treebanks?|(?:data\s+)?splits?|respective)\b", re.IGNORECASE)
# a shared-task paper: its scores are on the task's data ("obtained the official score of 58.35 LAS"), named elsewhere
_SHARED_TASK47 = re.compile(r"\bshared[\s-]+tasks?\b|\bofficial\s+(?:score|evaluation|results?|ranking)", re.IGNORECASE)


def keep_gated47(paper, text: str, s0: int, s1: int, dataset_types: tuple[str, ...]) -> bool:
    """Whether a value of sentence ``text[s0:s1]`` the gate would drop is kept with no dataset (several-evaluated)."""
    if "several-evaluated" in _results_off47():
        return False
    evaluated = set()
    before: set[str] = set()  # datasets of the sentence before: "we also apply it to the Overnight dataset. AutoQA achieves"
    p0 = text.rfind(". ", 0, max(0, s0 - 1))
    p0 = 0 if p0 < 0 else p0 + 2
    for e in paper.entities:
        if e.type not in dataset_types:
            continue
        mentions = [m for m in e.mentions if m.field == "abstract"]
        if any(s0 <= m.start < s1 for m in mentions):
            return False  # the sentence names a dataset: which one the value is on is the question, not none
        if any(p0 <= m.start < s0 for m in mentions):
            before.add(e.id)
        if mentions and e.role == "evaluates_on":
            evaluated.add(e.id)
    if before:
        return False  # the sentence goes on about the data the sentence before named ("... on CoNLL03 NER. ... on NER")
    return (len(evaluated) >= 2 and not _NAMED_DATA_BACK47.search(text, s0, s1) and not _SHARED_TASK47.search(text)
            and not _DATA_NOUN47.search(text, s0, s1))
