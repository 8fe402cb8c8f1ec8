"""A compared system's score and a margin without "by" (issue 12, session 41, results51).

Two wrong leaderboard rows of session 40's 73k build (ImageNet, CIFAR-10) came from shapes the result step read as the
paper's own score:

- compared-score: the value stands right after a verb of comparison and "the", so it is the score compared with, not
  the paper's: "we are improving on the 6.67% error obtained by the best GoogLeNet architecture", "coming close to the
  29.7 BLEU achieved by the very competitive dynamic convolution", "exceeds the 22% accuracy of prior work", "surpassing
  the 58.5% obtained by the much larger GPT-4o", "outperforms the 70.0% accuracy using prior state-of-the-art
  techniques", "close to the accuracy of 89.38% achieved by the best submission". Marked a baseline (is_baseline), as
  results.py's "compared to" / "than" cues do.
- margin-no-by: a value right after "outperforms / beats" and its object, with no "by", is the margin: "which outperforms
  0.56% on Top-1 accuracy", "outperforms the state-of-the-art up to 4.8% absolute in MRR", "outperform the baselines up to
  27% in terms of NDCG". Marked relative, as results.py's "outperforms X by V" is.
- only-evaluation-dataset: a value the confidence gate drops ("gate:no-dataset-bound": the paper names datasets, none is
  linked to the value) takes the abstract's dataset when the abstract names exactly one dataset entity, names it as
  evaluation data (an evaluation / experiment / test / benchmark cue in a sentence naming it, or results already on it),
  not as training data only nor as a modifier, with no other data beside it, and the value's sentence neither names data
  of its own nor moves elsewhere (results50's guards). Default off until measured on more than the released parts.

Behind PAPERKG_RESULTS51 ("off", a comma list of RESULTS_RULES51, or "on:" and default-off parts, DEFAULT_OFF51).
"""

from __future__ import annotations

import re

from . import results50
from .recall_rules import parts_off_by_default

RESULTS_RULES51 = ("compared-score", "margin-no-by", "only-evaluation-dataset")
DEFAULT_OFF51: frozenset[str] = frozenset({"only-evaluation-dataset"})


def _results_off51() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS51", RESULTS_RULES51, DEFAULT_OFF51)


_STOP51 = (r"(?:with|at|by|to|of|and|or|but|while|in|on|for|from|over|under|across|when|which|that|is|are|was|were|"
           r"achiev\w*|obtain\w*|reach\w*|scor\w*|yield\w*|attain\w*|gain\w*|get\w*|the|a|an)\b")
# a verb of comparison, "the", maybe adjectives of a record and "<metric> of", then the value
_COMPARED51 = re.compile(
    r"\b(?:improv(?:e|es|ed|ing)\s+(?:on|upon|over)|improvements?\s+(?:on|upon|over)|gains?\s+over|clos(?:e|er)\s+to|"
    r"approach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|"
    r"match(?:es|ed|ing)?|rival(?:s|ed|ing|led|ling)?)\s+the\s+"
    r"(?:(?:previous|prior|best|current|reported|published|state-of-the-art|top|strongest|former)\s+)*"
    rf"(?:(?:(?!{_STOP51})[\w\-]+\s+){{1,3}}of\s+)?$", re.IGNORECASE)
# a level, not another system's score: "exceeds the 90% accuracy threshold", "approaching the 100% mark"
_LEVEL_AFTER51 = re.compile(r"\s*%?\s*(?:[\w\-]+\s+){0,3}?(?:threshold|mark|barrier|level|bar|limit|target|ceiling)\b",
                            re.IGNORECASE)
# "outperforms / beats", its object (words that are no preposition or verb of scoring), maybe a hedge, then the value
_MARGIN51 = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?)\s+"
    rf"(?:(?:the|a|an)\s+(?:(?!{_STOP51})[A-Za-z][\w\-+./]*\s+){{1,5}}|(?:(?!{_STOP51})[A-Za-z][\w\-+./]*\s+){{0,5}})"
    r"(?:(?:up\s+to|about|around|nearly|approximately|roughly|at\s+least|more\s+than|~)\s+)?[+]?$", re.IGNORECASE)


def compared_score51(text: str, v_start: int, v_end: int, qualifier: str, clause: int) -> bool:
    """True when the value at text[v_start:v_end] (the step's qualifier ``qualifier``, its clause starting at ``clause``)
    is the score of a system the paper compares with: "improving on the 6.67% error obtained by ...", "close to the 29.7
    BLEU achieved by ..."; not a bound the paper passes ("the first that exceeds the accuracy of 90%": qualifier over)."""
    if qualifier != "exact" or "compared-score" in _results_off51():
        return False
    if not _COMPARED51.search(text, max(clause, v_start - 90), v_start):
        return False
    return not _LEVEL_AFTER51.match(text, v_end)


def margin51(text: str, v_start: int, v_end: int, qualifier: str, clause: int) -> bool:
    """True when the value at text[v_start:v_end] (the step's qualifier ``qualifier``, its clause starting at ``clause``)
    is a margin "outperforms 0.56% on Top-1 accuracy" said without "by"."""
    if qualifier == "relative" or "margin-no-by" in _results_off51():
        return False
    if _COMPARED51.search(text, max(clause, v_start - 90), v_start):
        return False  # "outperforms the 70.0% accuracy of ...": the score compared with
    return bool(_MARGIN51.search(text, max(clause, v_start - 90), v_start))


def only_dataset51(paper, text: str, spans: list[tuple[int, int]], si: int, start: int, results: list,
                   dataset_types: tuple[str, ...]):
    """The one evaluation dataset of the abstract a gated value at ``start`` of sentence ``si`` takes, or None."""
    if "only-evaluation-dataset" in _results_off51():
        return None
    s0, s1 = spans[si]
    named: dict[str, list[tuple[int, int]]] = {}
    for e in paper.entities:
        if e.type in dataset_types:
            for m in e.mentions:
                if m.field == "abstract":
                    named.setdefault(e.id, []).append((m.start, m.end))
    if len(named) != 1:
        return None  # no dataset, or several: which one is unknown
    ((eid, mentions),) = named.items()
    if any(s0 <= a < s1 for a, _ in mentions):
        return None  # named in the value's own sentence: results48's case, refused there
    if results50._MOVES_ON50.search(text, s0, s1) or results50._TARGET50.search(text, max(s0, start - 60), start):
        return None
    others = {f for e in paper.entities if e.type not in dataset_types for f in (e.name, *(m.text for m in e.mentions))}
    for m in results50._SLOT50.finditer(text, s0, s1):
        if m.group("name") not in results50._SLOT_OK50 and not any(f.startswith(m.group("name")) for f in others):
            return None  # "... 1.6% on ADE": a name the entity step did not type holds the slot
    mentions = [(a, b) for a, b in mentions if not re.match(r"-[A-Za-z]", text[b : b + 2])]
    if not mentions:
        return None  # "ImageNet-pretrained": a modifier, not data
    evaluated = False
    for a, b in mentions:
        p0, p1 = next((x, y) for x, y in spans if x <= a < y)
        if results50._TRAINED_ON50.search(text, max(p0, a - 80), a):
            continue  # "pre-train on X": training data
        for m in results50._OTHER_DATA_BEFORE50.finditer(text, p0, p1):
            if not (a <= m.end() + 3 and b >= m.start() - 3):
                return None  # other data beside it ("and a large-scale payment dataset")
        if results50._LISTED_BEFORE50.search(text, max(p0, a - 40), a) or results50._LISTED_AFTER50.match(text, b):
            return None  # listed with a name the entity step did not type
        if results50._EVAL_CUE50.search(text, p0, p1) or any(r.dataset_id == eid and p0 <= r.start < p1 for r in results):
            evaluated = True
    if not evaluated:
        return None
    return next(e for e in paper.entities if e.id == eid)
