"""Cheap features of a result tuple, and a stricter confidence gate for tuples with no dataset (issue 12, session 44,
results56).

``features56`` names cheap facts about one result as class names, measured beside ``results.decision_classes`` by
``scripts/results_confidence.py`` (first-sight output of each released part, each part's first-score commit re-run):
the value's shape (``v:pct`` / ``v:dec`` / ``v:int``, ``v:paren``, ``v:lt1``, ``v:gt100``), how many numbers its
sentence holds (``nums:1`` / ``nums:2-3`` / ``nums:4-6`` / ``nums:7+``), how far its dataset's nearest mention stands
(``dsd:...``) and its metric as written (``md:...``), how many datasets the abstract names (``paper-ds:0/1/2+``),
and words of the sentence (``cmp:than``, ``cmp:outperform``, ``cmp:compared``, ``cmp:baseline``, ``cmp:prior``,
``cmp:improve``, ``cmp:team``, ``split-word``, ``task-word``, ``hedge-before``, ``by-before``).

On first-sight output of blind4-blind40 (36 parts, blind41-43 never used) no single feature or pair of them, among
the results that already pass the gate, marks a class much worse than the rest with a dataset bound: the false
positives left are mostly a dataset the gold takes from another sentence (a shared task, "the FTB") and a metric
written wider than its canonical name. Three classes of results bound to **no** dataset are often wrong at first sight
(the gold names a dataset the step missed); these parts mark them low-confidence (``results.UNSURE``: kept in
papers.jsonl, out of the "confident only" score; a result with no dataset is on no leaderboard anyway):

- none-premodified: the metric as written follows a word that narrows it ("relaxed F1", "token accuracy";
  ``results._metric_premodified29``): 16 right of 38 at first sight.
- none-split: the sentence names a split or a phase ("on the test set", "the development data", "the evaluation
  phase"): the value is usually on the paper's shared task or corpus named elsewhere. 24 right of 41 at first sight.
- none-baseline: the value is a baseline's (``is_baseline``): 12 right of 23 at first sight.

Measured (results that pass the current gate, first-sight output of blind4-40, 2,445 gold tuples): a gate learnt
leave-one-part-out (every "ds:none & feature" class under 0.60 precision with 15 or more results on the other parts)
takes P / R 0.824 / 0.437 (1069/228/1376) to 0.837 / 0.409 (999/194/1446); the three parts above, fixed, to 0.849 /
0.417 (1020/182/1425); none-premodified alone to 0.836 / 0.431. On the current code's output of the whole study (every
released part) "confident only" goes 0.921 / 0.598 -> 0.935 / 0.569 (all three) or 0.929 / 0.585 (none-premodified).
Far from 0.90 at first sight, and every gate tried costs recall the study does not have.

All three ship off (DEFAULT_OFF56: at corpus scale most of what they mark is right). Behind PAPERKG_RESULTS56 ("0" or
"off": all off; a comma list of RESULTS_RULES56 names: those off; "on:" and a comma list: default-off parts on).
"""

from __future__ import annotations

import dataclasses
import re

from . import results as R
from .records import ExtractedPaper, Result
from .recall_rules import parts_off_by_default

RESULTS_RULES56 = ("none-premodified", "none-split", "none-baseline")
# All three ship off. On 1,500 random 73k abstracts with a narrowed-metric-like phrase (a prefilter), none-premodified
# marks 51 results, of which 19 were worth marking (a narrowed metric, a mis-paired value, a missed dataset) and 32 are
# sound datasetless results ("recognition error rate by 34%", "favorable BLEU scores of 44.8%"): 37 %, under the 80 % a
# change needs. none-split and none-baseline (29 + 31 marks there) mark mostly sound results too: of 24 read, 4 were
# worth it (a missed "abstract scenes" benchmark, a model's own F1 read as a baseline's). Switch them on with
# "on:none-premodified,none-split,none-baseline" for a measurement.
DEFAULT_OFF56: frozenset[str] = frozenset(RESULTS_RULES56)


def _results_off56() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RESULTS56", RESULTS_RULES56, DEFAULT_OFF56)


_NUM56 = re.compile(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)?\s*%?")
_WORDS56 = {
    "cmp:than": re.compile(r"\bthan\b", re.I),
    "cmp:outperform": re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\b", re.I),
    "cmp:compared": re.compile(r"\b(?:compared|comparison|versus|vs\.?|against|relative to)\b", re.I),
    "cmp:baseline": re.compile(r"\bbaselines?\b", re.I),
    "cmp:prior": re.compile(
        r"\b(?:previous|prior|existing|earlier|best[- ]performing|state[- ]of[- ]the[- ]art|SOTA)\b", re.I),
    "cmp:improve": re.compile(r"\b(?:improv\w*|gain\w*|boost\w*|increas\w*|reduc\w*|decreas\w*)\b", re.I),
    "cmp:team": re.compile(r"\b(?:ranked?|ranking|place[ds]?|position|teams?|participants?|leaderboard)\b", re.I),
    "task-word": re.compile(r"\b(?:sub-?tasks?|tasks?|shared task|track|competition|challenge|campaign)\b", re.I),
}
# a split or phase of an evaluation named in the sentence: "the test set", "development data", "evaluation phase"
_SPLIT56 = re.compile(r"\b(?:test(?:ing)?|dev(?:elopment)?|validation|held-out|evaluation|official|blind)\s+"
                      r"(?:sets?|data|dataset|split|phase|partition)\b", re.I)
_HEDGE56 = re.compile(r"(?:up to|about|around|over|more than|nearly|almost|approximately|roughly|at least|above|below|"
                      r"less than|under|~|\u223c|\u2248)\s*$", re.I)


def _span(text: str, r: Result) -> tuple[int, int]:
    spans = R.sentence_spans(text)
    return spans[r.sentence] if r.sentence < len(spans) else (0, len(text))


def _no_dataset(r: Result) -> bool:
    """A result bound to no dataset by any means (the class ``ds:none`` of ``results.decision_classes``)."""
    return R._dataset_source(r.rule, r.dataset_id, r.dataset) == "none"


def features56(paper: ExtractedPaper, r: Result, text: str | None = None) -> frozenset[str]:
    """Cheap features of result ``r`` of ``paper`` as class names (see the module docstring)."""
    text = R._straight(paper.abstract) if text is None else text
    s0, s1 = _span(text, r)
    sent = text[s0:s1]
    f: set[str] = set()
    t = r.text or ""
    f.add("v:pct" if "%" in t else ("v:dec" if re.search(r"\d[.,]\d", t) else "v:int"))
    if r.value is not None and r.value > 100:
        f.add("v:gt100")
    if r.value is not None and r.value < 1 and "%" not in t:
        f.add("v:lt1")
    if text[max(s0, r.start - 1):r.start] == "(":
        f.add("v:paren")
    n = len(_NUM56.findall(sent))
    f.add("nums:1" if n <= 1 else "nums:2-3" if n <= 3 else "nums:4-6" if n <= 6 else "nums:7+")
    f.update(k for k, rx in _WORDS56.items() if rx.search(sent))
    if _SPLIT56.search(sent):
        f.add("split-word")
    if re.search(r"\bby\s*$", text[max(s0, r.start - 6):r.start]):
        f.add("by-before")
    if _HEDGE56.search(text[max(s0, r.start - 15):r.start]):
        f.add("hedge-before")
    if r.dataset_id:
        at = [m for e in paper.entities if e.id == r.dataset_id for m in e.mentions
              if m.field == "abstract" and s0 <= m.start < s1]
        if at:
            d = min(min(abs(m.start - r.end), abs(r.start - m.end)) for m in at)
            f.add("dsd:<=20" if d <= 20 else "dsd:21-60" if d <= 60 else "dsd:61-120" if d <= 120 else "dsd:>120")
    i = R._metric_at(text, s0, s1, r)
    if i is not None:
        d = (r.start - (i + len(r.metric_text))) if i < r.start else (i - r.end)
        f.add("md:<=5" if d <= 5 else "md:6-30" if d <= 30 else "md:>30")
    nds = len({e.id for e in paper.entities
               if e.type in R.DATASET_TYPES and any(m.field == "abstract" for m in e.mentions)})
    f.add("paper-ds:0" if nds == 0 else "paper-ds:1" if nds == 1 else "paper-ds:2+")
    return frozenset(f)


def unsure_class56(paper: ExtractedPaper, text: str, r: Result, off: frozenset[str] = frozenset()) -> str | None:
    """The part of RESULTS_RULES56 that marks ``r`` low-confidence (None: none does)."""
    if not _no_dataset(r) or R.low_confidence(r.rule):
        return None
    if "none-baseline" not in off and r.is_baseline:
        return "none-baseline"
    s0, s1 = _span(text, r)
    if "none-split" not in off and _SPLIT56.search(text, s0, s1):
        return "none-split"
    if "none-premodified" not in off and R._metric_premodified29(text, s0, s1, r):
        return "none-premodified"
    return None


def gate_results56(paper: ExtractedPaper, out: list[Result]) -> list[Result]:
    """``out`` with the results of the parts of RESULTS_RULES56 marked low-confidence (``results.UNSURE``)."""
    off = _results_off56()
    if not out or set(RESULTS_RULES56) <= off:
        return out
    text = R._straight(paper.abstract)
    kept: list[Result] = []
    for r in out:
        if unsure_class56(paper, text, r, off):
            r = dataclasses.replace(r, rule=r.rule + R.UNSURE)
        kept.append(r)
    return kept
