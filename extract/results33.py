"""Margins that follow a score: the difference takes the score's metric (issue 12, session 29, results33).

At first sight (blind25 and blind26, never studied, scored with today's code) the largest class of missed gold tuples
is a value the result step binds to no metric (``no-metric-bound`` in scripts/results_trace.py: 33 of 85 misses; 332 of
667 on every part). Its most frequent shape, met in many parts and papers, is a **margin written after a score of the
same sentence**: "a new state-of-the-art miss rate of 11.89%, outperforming the second best method by 10%", "74% top-1
accuracy, which is 3.1% better than ...", "an F1 score of 0.7524 which outperformed the baseline by 0.1656", "72.5% and
74.7% accuracy on WSC273 and WNLI, improving the previous state of the art by 8.8% and 9.6%, respectively", "a phone
error rate of 18.1%, a relative improvement of 4% over the baseline CNN". GOLD-RESULTS.md (blind8's rule): such a margin
takes the metric named before it in the same sentence, and it is a difference. The result step binds a metric to a
value only by position (next to it), so the margin, a few words after the score, stays unread.

- margin-after-level: a value with no result, after a score (a level: not a difference, not a baseline) of the same
  sentence, that the text says is a margin: right after "by [a margin of] [about / up to / more than ...]" with a word
  of comparison (outperform, surpass, exceed, improve, better, gain, ...) between the score and it; or followed by
  "[absolute / relative] higher / better / improvement / gain / increase / lower / reduction"; or after "improvement /
  gain / increase / margin of"; or a bracketed "(+V)" right after the score. A run of margins ("by 8.8% and 9.6%") is
  read together. Metric and dataset: the score's; with several scores before, they must agree on both, or pair in
  order with as many margins when the sentence says "respectively". Each value is a difference (qualifier
  ``relative``), so **no leaderboard row can change**. Refused: a metric named between the score and the margin or
  right after the margin (another measure: the result step's or results31's reading), a cost word between (faster,
  fewer parameters, memory, FLOPs, time, speed), a range, a sentence break (";").

Switched off with PAPERKG_RESULTS33 ("off" or a comma list of RESULTS_RULES33), for ablations.
"""

from __future__ import annotations

import bisect
import re

from . import recall_rules
from . import results as R
from .records import ExtractedPaper, Result

RESULTS_RULES33 = ("margin-after-level",)

# a word of comparison between the score and its margin
_COMPARING33 = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|improv\w*|better|ahead|gains?|margins?|"
                          r"increas\w*|boost\w*|higher|advanc\w*|top\w*|superior)\b", re.IGNORECASE)
# right before the margin: "by", "by a large margin of", "by about", "by up to", "by more than"
_BY_BEFORE33 = re.compile(
    r"\bby\s+(?:(?:a|an)\s+(?:(?:large|wide|big|significant|clear|remarkable|considerable|substantial|notable)\s+)?"
    r"margin\s+of\s+|(?:an?\s+)?(?:absolute\s+|relative\s+))?"
    r"(?:(?:about|around|nearly|almost|approximately|roughly|over|more\s+than|up\s+to|as\s+much\s+as|at\s+least)\s+|~\s?)?"
    r"[+]?$", re.IGNORECASE)
# "improvement of", "a gain of about": the margin noun right before
_NOUN_BEFORE33 = re.compile(
    r"\b(?:improvements?|gains?|increases?|boosts?|margins?)\s+of\s+"
    r"(?:(?:about|around|nearly|almost|approximately|roughly|over|more\s+than|up\s+to|as\s+much\s+as|at\s+least)\s+|~\s?)?"
    r"[+]?$", re.IGNORECASE)
# "3.1% better than", "a 4% relative improvement over", "8.8% higher": the margin word right after
_AFTER33 = re.compile(r"\s*(?:points?\s+|percentage\s+points?\s+|pp\s+)?(?:(?:absolute|relative)\s+)?"
                      r"(?:higher|better|improvements?|gains?|increases?|more\s+than)\b", re.IGNORECASE)
# a margin list: "8.8% and 9.6%", "1.8%, 2.0% and 3.1%"
_JOIN33 = re.compile(r"\s*(?:points?|pp)?\s*(?:,\s*(?:and\s+)?|and\s+)[+]?", re.IGNORECASE)
# not the paper's gain on the score: a cost, a share of resources ("with 50% fewer parameters")
_COST33 = re.compile(r"\b(?:fewer|less|slower|faster|speed\w*|time|memory|parameters?|FLOPs|latency|cost|smaller|"
                     r"drops?|loss|lose|degrad\w*|compress\w*|size)\b", re.IGNORECASE)
_RESPECTIVELY33 = re.compile(r"\brespectively\b", re.IGNORECASE)
# "(+3.5)" right after the score, "(9.6 pp)": a bracket that holds only the margin
_PLUS_BRACKET33 = re.compile(r"\s*\(\s*\+?$")
_BRACKET_END33 = re.compile(r"\s*(?:pp|p\.p\.|points?|percentage\s+points?|percent\s+points?)?\s*\)")
_MARGIN_BRACKET33 = re.compile(r"\bby\s+(?:a\s+)?(?:(?:large|wide|big|significant|clear|remarkable|considerable|substantial|"
                               r"notable)\s+)?margins?\s*\(\s*(?:of\s+|~\s?|about\s+|over\s+|more\s+than\s+|\+)?$", re.IGNORECASE)
# a clause of another kind between the score and the margin: "an accuracy of 87%, while improving the QA task (up to
# 6% improvement)" is a gain on the QA task
# "79% accuracy and our trajectory prediction algorithm outperforms X by 26%": another system's margin
_OTHER_CLAUSE33 = re.compile(r"\b(?:while|whereas|but|although|though|retaining|maintaining|keeping)\b|"
                             r"\band\s+(?:our|their|its|the\s+proposed)\b", re.IGNORECASE)
# the margin's own metric written right after it ("by 2.1% in F1", "3% higher mAP"): the result step's or results31's
_OWN_METRIC_GAP33 = re.compile(r"\s*(?:points?|pp|percent(?:age)?\s+points?)?\s*(?:(?:in|on|of|for|higher|better|"
                               r"absolute|relative|improvements?|gains?|increases?|terms|the|an?)\s+)*$", re.IGNORECASE)


def _results_off33() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RESULTS33", RESULTS_RULES33)


def _margin_shape(text: str, level_end: int, v_start: int, v_end: int) -> bool:
    """Whether the text says the value at ``v_start`` is a margin over what the score before it (ending at
    ``level_end``) was compared with."""
    head = text[max(level_end, v_start - 60) : v_start]
    if _BY_BEFORE33.search(head):
        return bool(_COMPARING33.search(text, level_end, v_start))
    if _NOUN_BEFORE33.search(head):
        return True
    closing = _BRACKET_END33.match(text, v_end)
    if closing is not None and _PLUS_BRACKET33.fullmatch(text, level_end, v_start) and (
            "+" in text[level_end:v_start] or closing.group().strip() != ")"):
        return True  # "83.1 (+3.5) F1", "35.3% accuracy for CIFAR-100-20 (9.6 pp)"
    if _MARGIN_BRACKET33.search(head):
        return bool(_COMPARING33.search(text, level_end, v_start))  # "outperforming X by a large margin (2.8%)"
    return bool(_AFTER33.match(text, v_end, v_end + 50))


def checks_results33(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the margins of RESULTS_RULES33 added (see above), in text order."""
    if not out or "margin-after-level" in _results_off33():
        return out
    levels = [r for r in out if r.qualifier != "relative" and not r.is_baseline and not R.low_confidence(r.rule)]
    if not levels:
        return out
    taken = {r.start for r in out}
    by26_off = "outperforming-by" in R._results_off26()
    spans = R.sentence_spans(text)
    starts = [s for s, _ in spans]
    added: list[Result] = []
    done: set[int] = set()
    for index in sorted({r.sentence for r in levels}):
        if index < 0 or index >= len(spans):
            continue
        s0, s1 = spans[index]
        here = [r for r in levels if r.sentence == index]
        first = min(r.end for r in here)
        all_values = R._values(text[s0:s1], s0)
        values = [v for v in all_values if v.start >= first and v.start not in taken]
        if not values:
            continue
        metrics: list | None = None
        k = 0
        while k < len(values):
            v = values[k]
            k += 1
            before = [r for r in here if r.end <= v.start]
            if v.ranged or v.start in done or not before:
                continue
            last = max(before, key=lambda r: r.end)
            if by26_off:
                m26 = R._OUTPERFORMING_BY26.match(text, last.end)
                if m26 is not None and m26.start("value") == v.start:
                    continue  # results26's outperforming-by shape, switched off there: its ablation stays whole
            if ";" in text[last.end : v.start] or not _margin_shape(text, last.end, v.start, v.end):
                continue
            run = [v]
            while k < len(values) and not values[k].ranged and _JOIN33.fullmatch(text, run[-1].end, values[k].start):
                run.append(values[k])
                k += 1
            done.update(x.start for x in run)
            if _COST33.search(text, last.end, min(s1, run[-1].end + 40)):
                continue
            if metrics is None:
                metrics = R._metric_spans(text[s0:s1], s0)
            if any(last.end <= m[0] < v.start and text[last.end : m[0]].strip(" -") for m in metrics) or any(
                    run[-1].end <= m[0] < run[-1].end + 40 and _OWN_METRIC_GAP33.fullmatch(text, run[-1].end, m[0])
                    for m in metrics):
                continue  # another measure named between, or the margin's own metric after it: not this rule's
            if _OTHER_CLAUSE33.search(text, last.end, v.start) or any(last.end < x.start < v.start for x in all_values):
                continue  # another clause, or another number between: the margin may be over that one
            if text.count(")", last.end, v.start) > text.count("(", last.end, v.start):
                continue  # "(90.5% Top-1 acc), and by +7.2% on UCF101": the score was a bracket's aside
            if len(run) > 1 and len(before) == len(run) and _RESPECTIVELY33.search(text, run[-1].end, s1):
                pairs = list(zip(run, sorted(before, key=lambda r: r.start)))
            elif len(run) > 1 and _RESPECTIVELY33.search(text, run[-1].end, s1):
                continue  # "96.0 and 94.1 on A and B, respectively, ... by +11.7 and +11.1": a score is missing
            elif len({(r.metric, r.dataset_id, r.dataset) for r in before}) == 1:
                pairs = [(x, last) for x in run]
            else:
                continue  # several scores, which one the margin is over is not said
            for x, level in pairs:
                R._trace("margin-after-level", x.start, x.end, text)
                added.append(Result(
                    value=x.value, text=x.text, unit=x.unit, metric=level.metric, metric_text=level.metric_text,
                    direction=level.direction, qualifier="relative", is_baseline=False, dataset_id=level.dataset_id,
                    dataset=level.dataset, split=level.split, entity_id=level.entity_id, entity=level.entity,
                    sentence=bisect.bisect_right(starts, x.start) - 1, start=x.start, end=x.end,
                    rule="result:margin-after-level+dataset:" + ("level" if level.dataset else "none")))
    if not added:
        return out
    return sorted(out + added, key=lambda r: r.start)
