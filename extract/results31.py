"""Gains whose metric is named after them (issue 12, session 27, results31).

The largest class of gold tuples the result step misses, on every studied part, is a value with no metric bound
(``no-metric-bound`` in scripts/results_trace.py: 302 of 588 misses, 4-24 in each part). One frequent shape of it, met
in many parts and written the same way, is a gain stated first and measured after: "surpassing the best-performing
baseline by 5.66%, 6.08% and 2.44% in terms of the total revenue, ROI, and test accuracy", "achieves up to 14%
improvement based on the standard F1 score", "outperforms the state of the arts by a 6.6% absolute gain under F1
measure", "an improvement of 43.27% and 28.75% against the state-of-the-art baselines in terms of NDCG and Jaccard".
The metric's phrase ("in terms of / under / based on / with respect to / measured by [the] METRIC") comes after the
values and after a few words that are no value's own, so the pairing of extract/results.py (a metric next to its value)
does not bind it. The part below reads that shape, switched off with PAPERKG_RESULTS31 ("off" or a comma list of
RESULTS_RULES31), for ablations.

- gain-metric-after: a run of one to five percentages or points ("5.66%, 6.08% and 2.44%") that the sentence says are a
  gain (a word of gain, improvement, margin or outperforming before them in the clause, or "improvement / gain" right
  after them), followed within a few words (no number, no clause break) by "in terms of / under / based on / w.r.t. /
  measured by [the] [standard] METRIC(S)". One metric: every value is in it; as many metrics as values: in order; any
  other count: nothing (which is which is unknown). Each value is a difference (qualifier ``relative``), never a score,
  so no leaderboard row changes. Its dataset is the one dataset entity the sentence names, or none when the sentence
  names none ("experiments on four datasets show ...": over several, on none named); a sentence naming several, or
  a capitalised "on Name" the entity step did not type, gives nothing.
  Values the result step already read are left alone.
- gain-noun-in-metric: the gain noun next to the values, then "in METRIC(S)" ("+3.2% and +2.0% improvements in MR and
  AP", "an improvement of 5.08% in F1"): the same refusals, pairing and dataset rule.

Both parts also read gains the result step's gate dropped (the paper names datasets, none bound to the value): a gain
is never a leaderboard row, and the results gold gives a gain no dataset when its sentence names none.
"""

from __future__ import annotations

import bisect
import re

from . import recall_rules
from . import results as R
from .records import ExtractedPaper, Result

RESULTS_RULES31 = ("gain-metric-after", "gain-noun-in-metric")

_NUM31 = r"[+~≈]?\s?\d+(?:\.\d+)?\s?(?:%|\\%|\s?(?:percentage\s+)?points?\b)?"
# "by 5.66%, 6.08% and 2.44% in terms of the total revenue, ROI, and test accuracy"
_RUN31 = re.compile(
    rf"(?P<vals>{_NUM31}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_NUM31}){{0,4}})"
    # a few words that hold no number and no clause break: "improvement", "absolute gain", "against the baselines"
    r"(?P<gap>(?:\s+(?![Ii]n\s+terms\b|[Uu]nder\b|[Bb]ased\b|[Ww]\.?r\.?t\.?|[Mm]easured\b|with\s+respect\b)[^\s\d,;:()%]+){0,8}?)"
    r",?\s+(?:in\s+terms\s+of|under|based\s+on|w\.?r\.?t\.?|with\s+respect\s+to|measured\s+(?:by|in))\s+"
    r"(?:the\s+)?(?:(?:standard|common|widely[\s\-]used|official|overall|absolute|3D|2D)\s+){0,2}")
_RUNV31 = rf"(?P<vals>{_NUM31}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_NUM31}){{0,4}})"
_GAIN_NOUN31 = r"(?:improvements?|gains?|increases?|boosts?)"
_IN_METRIC31 = r"(?P<gap>)\s+in\s+(?:the\s+)?(?:(?:standard|official|overall|absolute|3D|2D)\s+){0,2}"
# "+3.2% and +2.0% improvements in MR and AP", "an improvement of 5.08% in F1": the gain noun next to the values
_NOUN_RUNS31 = (
    re.compile(rf"{_RUNV31}\s+(?:absolute\s+|relative\s+)?{_GAIN_NOUN31}{_IN_METRIC31}"),
    re.compile(rf"\b{_GAIN_NOUN31}\s+of\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+)?{_RUNV31}{_IN_METRIC31}"),
)
# a word of gain before the run, in its clause ("surpassing ... by", "outperforms X by a", "an improvement of")
_GAIN_BEFORE31 = re.compile(
    r"\b(?:improv\w*|gains?|margins?|outperform\w*|surpass\w*|increas\w*|boost\w*|exceed\w*|better|advantages?|"
    r"reduc\w*|decreas\w*)\b[^.;:]{0,80}$", re.IGNORECASE)
_GAIN_AFTER31 = re.compile(r"\s*(?:\w+\s+){0,2}?(?:improvements?|gains?|increases?|boosts?|margins?)\b", re.IGNORECASE)
# "in terms of F1 and accuracy": metric names joined by commas and "and" only
_METRIC_JOIN31 = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")
# not a gain of the paper's method: a loss, a drop, a cost, a share of time ("is 10% slower in terms of ...")
# "in terms of NDCG and Jaccard": the list of metric names goes on with a word the lexicon does not know
_LIST_GOES_ON31 = re.compile(
    r"\s*(?:\(\s*[\w\-]+\s*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|or\s+|/\s*)(?:the\s+)?"
    r"(?!(?:for|on|in|at|with|over|against|compared|respectively|while|which|when|where|and|the|our|its|it|we|is|are|"
    r"was|were|but|whereas|as|than|to|by)\b)[\w\-]")
# "On Qwobble, ...": a name the sentence opens with (extract/results.py's _ON_NAMED reads lower-case "on / in" only)
_FRONTED_NAME31 = re.compile(r"(?:On|In|For|Across)\s+(?:the\s+)?(?!(?:This|These|Our|Particular|Addition|Summary|Contrast|"
                             r"Terms|Both|All|Each|Experiments?|Comparison|Practice|General)\b)[A-Z]")
# "margins larger than 3.1%", "an improvement of over 10%": a bound on a gain, not its size (left unread, as
# extract/results.py leaves "margins larger than 3.1% on X in terms of ...")
_BOUND_BEFORE31 = re.compile(r"\b(?:than|over|above|below|least|exceeding)\s*$", re.IGNORECASE)
# "89% improvement in the figure of merit defined in terms of PSNR*FPS/MB": a measure built from the metric
_DEFINED31 = re.compile(r"\b(?:defined|combined|computed|ratio|merit|product)\b", re.IGNORECASE)
_NOT_GAIN31 = re.compile(r"\b(?:drops?|loss|lose|loses|degrad\w*|slower|fewer|less|lower\s+than|cost|overhead|"
                         r"speed|faster|time|memory|parameters?|FLOPs)\b", re.IGNORECASE)


def _results_off31() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RESULTS31", RESULTS_RULES31)


def _metrics_after(text: str, metrics: list, at: int, s1: int) -> list:
    """The metric spans written from ``at`` on, joined by commas or "and" only (a list of metric names)."""
    found: list = []
    pos = at
    for m in metrics:
        if m[0] < pos:
            continue
        gap = text[pos : m[0]]
        if found and not _METRIC_JOIN31.fullmatch(gap):
            break
        if not found and gap.strip():
            break  # "in terms of the quality of ...": the phrase does not open with a metric
        found.append(m)
        pos = m[1]
    if found and _LIST_GOES_ON31.match(text, pos, pos + 40):
        return []  # "in terms of NDCG and Jaccard": a list that goes on with a name the lexicon does not know
    if found:
        tail = text[pos : min(s1, pos + 12)]
        if re.match(r"\s*(?:-|\*|/|×|of\b|at\b|@|for\s+the\s+\w+\s+of\b)", tail):
            return []  # "in terms of accuracy-per-FLOP", "F1 of the minority class": another measure built on the metric
    return found


def _sentence_dataset(paper: ExtractedPaper, text: str, s0: int, s1: int) -> tuple[bool, str | None, str | None]:
    """(usable, dataset id, dataset name) for a gain in ``text[s0:s1]``: the one dataset entity named there, or none
    when the sentence names no data at all; several names or unnamed datasets are not usable."""
    named = {}
    for e in paper.entities:
        if e.type in R.DATASET_TYPES and any(m.field == "abstract" and s0 <= m.start < s1 for m in e.mentions):
            named[e.id] = e.name
    if len(named) == 1:
        (eid, name), = named.items()
        spots = [m.start for e in paper.entities if e.id == eid for m in e.mentions if m.field == "abstract"]
        for on in R._ON_NAMED.finditer(text, s0, s1):
            if not any(on.start() <= x < on.end() for x in spots):
                return False, None, None  # "... 2.8% on the A dataset ..., and 3.1% on the B dataset": B is not typed
        return True, eid, name
    if named or R._ON_NAMED.search(text, s0, s1) or _FRONTED_NAME31.match(text, s0, s1):
        return False, None, None
    return True, None, None  # "experiments on four datasets show ... 14% improvement": over several, on none named


def checks_results31(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the gains of RESULTS_RULES31 added (see above), in text order."""
    off = _results_off31()
    shapes = [("gain-metric-after", _RUN31)] if "gain-metric-after" not in off and any(
        w in text for w in ("terms of", "under ", "based on", "w.r.t", "respect to", "measured ")) else []
    if "gain-noun-in-metric" not in off and any(w in text for w in (" improvement", " gain", " increase", " boost")):
        shapes += [("gain-noun-in-metric", regex) for regex in _NOUN_RUNS31]
    if not shapes:
        return out
    taken = {(r.start, r.end) for r in out}
    taken_starts = [r.start for r in out]
    spans = R.sentence_spans(text)
    starts = [s for s, _ in spans]
    added: list[Result] = []
    for s0, s1 in spans:
        if not R._DIGIT.search(text, s0, s1):
            continue  # session 31 (speed34): every shape's "vals" holds a digit; most sentences have none
        sentence = text[s0:s1]
        metrics = None
        for part, m in ((part, m) for part, regex in shapes for m in regex.finditer(sentence)):
            a, b = s0 + m.start("vals"), s0 + m.end("vals")
            if any(a <= x < b for x in taken_starts):
                continue  # the result step read one of these values: its reading stands
            clause = max(text.rfind(";", s0, a), text.rfind(":", s0, a), s0)
            gain = part != "gain-metric-after" or _GAIN_BEFORE31.search(text, clause, a) or _GAIN_AFTER31.match(
                text, b, s0 + m.end("gap") + 1)
            if not gain or _NOT_GAIN31.search(text, clause, s0 + m.end()) or _BOUND_BEFORE31.search(text, max(s0, a - 14), a) or (
                    _DEFINED31.search(m.group("gap"))):
                continue
            values = [v for v in R._values(sentence, s0) if a <= v.start and v.end <= b and not v.ranged]
            if not values or any((v.start, v.end) in taken for v in values):
                continue
            taken.update((v.start, v.end) for v in values)  # one reading per value, the first shape's
            if metrics is None:
                metrics = R._metric_spans(sentence, s0)
            named = _metrics_after(text, metrics, s0 + m.end(), s1)
            if not named or (len(named) != 1 and len(named) != len(values)):
                continue
            usable, dataset_id, dataset = _sentence_dataset(paper, text, s0, s1)
            if not usable:
                continue
            for k, v in enumerate(values):
                mspan = named[0] if len(named) == 1 else named[k]
                R._trace(part, v.start, v.end, text)
                added.append(Result(
                    value=v.value, text=v.text, unit=v.unit, metric=mspan[2].name, metric_text=mspan[3],
                    direction=mspan[2].direction, qualifier="relative", is_baseline=False, dataset_id=dataset_id,
                    dataset=dataset, split=None, entity_id=None, entity=None,
                    sentence=bisect.bisect_right(starts, v.start) - 1, start=v.start, end=v.end,
                    rule=f"result:{part}+dataset:" + ("sentence" if dataset else "none")))
    if not added:
        return out
    return sorted(out + added, key=lambda r: r.start)
