"""A value in a sentence that names no dataset, in a paper that names one dataset it only "uses" (issue 12, session 38,
results45).

"Our LSD model achieves 12.9% WER compared to a character baseline of 14.8% WER." in a paper whose one dataset is the
Wall Street Journal corpus, named in an earlier sentence ("... on the Wall Street Journal speech recognition task"): the
result step falls back to the paper's only dataset for a value whose sentence names none (``results._paper_dataset``),
but only when the entity step gave that dataset the role "evaluates_on" or "proposes", or the sentence refers to a
dataset ("on the test set"). The entity step gives most datasets the role "uses" (it reserves "evaluates_on" for a few
cue phrases), so the value kept no dataset and the leaderboard gate dropped it.

- only-used-dataset: the paper's only dataset (the same one ``_paper_dataset`` returns, with all of that fallback's
  guards: no other setting, no unnamed or several data, no other named data, no training-only mention) is taken also
  when its role is "uses", provided the abstract reports results on it: one of its abstract mentions stands after a
  word of evaluation ("on / in / for / with / using ... X", "X test set", "evaluate / experiments / results ... X")
  within the same sentence, and none of its mentions is only a training or pre-training source ("trained on X",
  "pre-trained on X").

- new-sota-on-named: "which sets a new state-of-the-art on the SimpleQuestions dataset": the step takes "a new / novel
  ... <name> dataset" for an unnamed new dataset of the paper's own (``results._UNNAMED_BEFORE``, up to four words between
  "new" and the name) and drops the name from the sentence's datasets. When a preposition ("on / in / for / over / across
  / at / with") stands between "new" and the name, the "new" is of something else ("a new state-of-the-art on", "a new
  record in") and the name is kept.

Behind PAPERKG_RESULTS45 ("off", a comma list of RESULTS_RULES45, or "on:" and a comma list of default-off parts,
DEFAULT_OFF45).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default
from .records import Entity, ExtractedPaper

RESULTS_RULES45 = ("only-used-dataset", "new-sota-on-named")
# only-used-dataset is off by default (lead, session 38): on the 73k papers the guards were not written from it was
# right 5 times of 7 (71 %), under the 80 % bar of an on-by-default part
DEFAULT_OFF45: frozenset[str] = frozenset({"only-used-dataset"})


def _results_off45() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS45", RESULTS_RULES45, DEFAULT_OFF45)


# a word of evaluation, then "on / with / using / in" and at most five words up to the mention, within its sentence:
# "We experiment with the Wall Street Journal speech recognition task", "We evaluate our method, CALM, on a practical
# flight-booking task using AirDialogue"; not "derived from X", "vulnerabilities reported in X" (a source of data)
_EVALUATED45 = re.compile(
    r"\b(?:evaluat\w*|experiment\w*|tested|test|validat\w*|benchmark\w*|results?|performance|accuracy)\b[^.;!?]{0,80}?"
    r"\b(?:on|with|using|in)\s+(?:the\s+)?(?:[\w\-]+\s+){0,5}$",
    re.IGNORECASE,
)
_SOURCE45 = re.compile(r"\b(?:from|derived|collected|crawled|scraped|extracted|sourced)\b", re.IGNORECASE)
# a training source: "trained on X", "pre-trained on X", "training data from X", "fine-tuned on X"
_TRAINED45 = re.compile(
    r"\b(?:(?:pre[\s\-]?)?train(?:ed|ing)?|fine[\s\-]?tun(?:ed|ing)|learn(?:ed|t)|augment\w*)\s+(?:\w+\s+){0,3}?(?:on|from|with|using)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# after the value, in its clause: "on / for <a lower-case word>" other than the test data, an average or a dataset noun
_ON_OTHER45 = re.compile(
    r"[^,;:()]{0,50}?\b(?:on|for)\s+(?:the\s+)?(?!(?:average|test|testing|dev|development|validation|held[\s\-]?out|"
    r"benchmark|dataset|data|corpus|task|same|whole|full|entire|official)\b)[a-z][\w\-]*",
)


def _sentence_start45(text: str, pos: int) -> int:
    cut = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    return 0 if cut < 0 else cut + 2


def used_dataset_evaluated45(paper: ExtractedPaper, only: object, text: str, value_end: int, s1: int) -> bool:
    """only-used-dataset: the paper's only dataset, of role "uses", is one the abstract reports results on, and the value's
    clause does not say it is on something else ("+7.8% of Mean Average Precision on birds")."""
    if "only-used-dataset" in _results_off45() or not isinstance(only, Entity) or only.role != "uses":
        return False
    if _ON_OTHER45.match(text, value_end, s1):
        return False
    mentions = [m for m in only.mentions if m.field == "abstract"]
    if not mentions:
        return False
    evaluated = False
    for m in mentions:
        s0 = _sentence_start45(text, m.start)
        if _TRAINED45.search(text, max(s0, m.start - 60), m.start):
            return False  # a training source somewhere: which data the values are on is not known
        cue = _EVALUATED45.search(text, s0, m.start)
        if cue and not _SOURCE45.search(text, cue.start(), m.start):
            evaluated = True
    return evaluated


_PREPOSITION45 = re.compile(r"\s(?:on|in|for|over|across|at|with)\s", re.IGNORECASE)


def new_of_other45(gap: str) -> bool:
    """new-sota-on-named: the words from "a new / novel" up to a dataset's name (the match of ``results._UNNAMED_BEFORE``)
    hold a preposition, so "new" is of something else ("a new state-of-the-art on the X dataset"), not the name's."""
    return "new-sota-on-named" not in _results_off45() and bool(_PREPOSITION45.search(gap))
