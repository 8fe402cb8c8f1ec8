"""A metric written before a change "by V" across a longer gap (issue 12, session 34, results40).

"reduces the word error rate by as much as 35%", "improves the accuracy of negation examples in SNLI by 6.1%", "the
error rate is incredibly reduced by approximately 75%", "the accuracy of YOLOv4 improves by 9.19%", "improves the F1
performance on the full WSC by 0.21": the metric is named before the value, and the words between them say what the
metric is measured on (or how the change is said) and end with "by [hedge]". The result step's left-gap test
(``results._left_gap_ok``) takes only a short list of words between a metric and its value, so the value is bound to
no metric and dropped (``no-metric-bound`` in scripts/results_trace.py, the largest class of missed gold tuples; of
those, most have the gold metric written before the value).

The part below is behind PAPERKG_RESULTS40 ("off", a comma list of RESULTS_RULES40, or "on:" and a comma list of
default-off parts, DEFAULT_OFF40). It adds results the step dropped for want of a metric (called from
``results._pair_metric`` where the step's own left-gap test refused the nearest metric before a value); the qualifier
(a change "by V" is a difference: ``relative``), dataset and gates are the step's as for any other value.

- metric-by-value: the nearest metric before a value, then up to ten words, then "by [a (large) margin of / as much as
  / more than / over / up to / about / approximately / nearly / an average of / ~ / +]" right before the value. A word
  of change must say the value is a change of that metric: a change verb in the gap ("the accuracy of YOLOv4 improves
  by", "error rate is incredibly reduced by", "attack success rate drops by over"), or a change verb right before the
  metric ("reduces the word error rate by as much as", "improves the F1 performance on the full WSC by"). Refused: a
  number standing alone in the gap (a name such as "ResNet-18" or "YOLOv4" is no number), another metric there, a
  clause break (";", ":", a comma, "while / whereas / but / which / that / when / and / or"), a word of cost or speed
  ("reduces the parameters of accuracy-matched models by 50%": parameters, memory, time, FLOPs, latency, size, ...),
  people measured ("the accuracy of crowdworkers by 10%": a human study), a comparison with a system in the gap
  ("miss-rate over HOG+SVM by more than 30%": results33's and the step's reading), a count word after the value ("by 2
  times", "by 3x"; "by 4 points" is kept), a value in brackets.

- bracket-after-name (**off by default**: "on:bracket-after-name"): a value (with "%" or a decimal point, no sign)
  alone in brackets right after a word or name ("outperforming baselines such as E5-Mistral-7B-Instruct (15.0%) and
  BM25 (9.8%)", "F1 results for 6 languages: Basque (0.853), English (0.919)", "the Labeled Attachment Score metric
  (70.64%)"), within 240 characters after the nearest metric before it, no other metric between, no ";" or sentence
  break. Refused: a word of change, a function word, a number, a cost, people or "metric / score / rate / results"
  before the bracket (except right after the metric: "LAS metric (70.64%)" is the metric's own value). Off because at
  73k a quarter of what it adds is wrong: another measure the lexicon does not know named between ("Earth Mover's
  distance (36.17%)", "PIQE (0.49 ~ 9.32)", "couverture (70.9%)"), margins read as levels ("by a significant margin in
  both geometry-only (6.4%)"), list items given the dataset of an earlier item ("Partial iLIDS (68.08%)" -> Partial
  REID).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES40 = ("metric-by-value", "bracket-after-name")
# Parts off unless named after "on:" in PAPERKG_RESULTS40: bracket-after-name (at 73k 27 of 39 changed results read
# right, under the 80 % bar: docs/history/results40.md).
DEFAULT_OFF40: frozenset[str] = frozenset(("bracket-after-name",))


def _results_off40() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS40", RESULTS_RULES40, DEFAULT_OFF40)


_CHANGE40 = (r"(?:improv(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
             r"boost(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|drop(?:s|ped|ping)?|cut(?:s|ting)?|"
             r"enhanc(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|push(?:es|ed|ing)?|lift(?:s|ed|ing)?|"
             r"decline[sd]?|declining|rises?|rose|grows?|grew|fall(?:s|en)?|fell)")
# the words right before the value: "by", "by as much as", "by a large margin of", "by an average of", "by +"
_BY40 = re.compile(
    r"\s+by\s+(?:(?:an?\s+(?:(?:large|wide|big|significant|clear|considerable|substantial|notable)\s+)?margin\s+of\s+)|"
    r"(?:an?\s+average\s+of\s+)|(?:(?:as\s+much\s+as|more\s+than|over|up\s+to|upto|about|around|approximately|"
    r"nearly|almost|roughly|at\s+least)\s+))?[~≈+]?\s?$", re.IGNORECASE)
# a change verb in the gap ("the accuracy of YOLOv4 improves by", "is incredibly reduced by", "(reduced by")
_CHANGE_IN_GAP40 = re.compile(rf"\b{_CHANGE40}\b", re.IGNORECASE)
# a change verb right before the metric: "reduces the word error rate", "improves the F1", "improving their accuracy"
_CHANGE_BEFORE40 = re.compile(rf"\b{_CHANGE40}\s+(?:(?:the|its|their|our|his|her|overall|average|mean|top)\s+){{0,2}}$",
                              re.IGNORECASE)
_BREAK40 = re.compile(r"[;:,]|\b(?:while|whereas|but|which|that|when|and|or|than|compared|respectively|where|if|"
                      r"although|though)\b", re.IGNORECASE)
_COST40 = re.compile(r"\b(?:parameters?|params|memory|time|times|FLOPs?|latency|size|cost|costs|speed\w*|faster|slower|"
                     r"fewer|storage|energy|power|computation\w*|compute|bits?|runtime|throughput|inference|training|"
                     r"labels?|annotations?|samples?|data)\b", re.IGNORECASE)
# a number standing alone ("for 3 classes", "at 5 degree threshold"); names with digits ("ResNet-18", "YOLOv4") pass
_LONE_NUMBER40 = re.compile(r"(?<![\w\-.])[+\-]?\d+(?:[.,]\d+)?\s*%?(?![\w\-])")
# people measured, not a system: "increases the accuracy of crowdworkers by 10%" (a human study; GOLD-RESULTS.md leaves
# those out)
_PEOPLE40 = re.compile(r"\b(?:crowd-?workers?|workers|annotators?|humans?|participants?|users?|students?|people|subjects|"
                       r"raters?|judges|doctors|clinicians|radiologists|experts|physicians|readers|learners|children|"
                       r"players|volunteers|patients)\b", re.IGNORECASE)
_COMPARED40 = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|over|versus|vs\.?)\b", re.IGNORECASE)
_COUNT_AFTER40 = re.compile(r"\s*(?:x|×|times|fold|-fold|orders?)\b", re.IGNORECASE)
_MAX_WORDS40 = 10


def metric_by_value(text: str, v, mspan: tuple, metrics: list) -> tuple[tuple, str] | None:
    """The metric before ``v`` when the words between them end with "by [hedge]" and say a change of it
    (metric-by-value), as the step's (span, rule) pair, or None. Called by ``results._pair_metric`` only where its own
    left-gap test refused the nearest metric before the value."""
    if "metric-by-value" in _results_off40():
        return None
    ms, me, _metric, _surface = mspan
    gap = text[me : v.start]
    by = _BY40.search(gap)
    if by is None:
        return None
    head = gap[: by.start()]
    if len(head.split()) > _MAX_WORDS40 or "\n" in head or ". " in head:
        return None
    if text[v.start - 1 : v.start] == "(" or _COUNT_AFTER40.match(text, v.end):
        return None  # "by (15.0%)", "by 2 times", "by 3x"
    if re.match(r"\s*[-–~]\s*\d", text[v.end : v.end + 4]):
        return None  # a range "by 2-4%": the step reads ranges elsewhere
    if _BREAK40.search(head) or _COST40.search(head) or _LONE_NUMBER40.search(head):
        return None
    if any(ms < m[0] and m[1] <= v.start for m in metrics):
        return None  # another metric between them
    # "s (reduced by": a plural metric then a bracket with the change ("SE(3) geodesic distance errors (reduced by 68.6%)")
    head = re.sub(r"^s?\s*\(\s*(?=\w)", " ", head)
    if "(" in head or ")" in head:
        return None
    before = text[max(0, ms - 60) : ms]
    changed = _CHANGE_IN_GAP40.search(head) or _CHANGE_BEFORE40.search(before)
    if not changed:
        return None
    if _PEOPLE40.search(head):
        return None  # "the accuracy of crowdworkers by 10%"
    if _COMPARED40.search(head):
        return None  # "miss-rate over HOG+SVM by more than 30%": a comparison with a system (results33's reading)
    if _COST40.search(before[-30:]):
        return None  # "reduces training time and the error rate by": a cost said with it
    follower = re.match(r"\s+([A-Za-z]+)\b", text[v.end : v.end + 30])
    if follower and follower.group(1).lower() not in _FOLLOWERS40:
        return None  # "by 30 images", "by 5 layers": a count of something
    return mspan, "result:metric-by-value"


_FOLLOWERS40 = frozenset("""
and or on in for with at to over than respectively when which while compared using points point pp percentage percent
absolute relative across against from as is was vs versus after under without within of the our among whereas
compared outperforming surpassing achieving even only that thus averaged overall relatively absolutely
""".split())


# bracket-after-name
# "outperforming baselines such as E5-Mistral-7B-Instruct (15.0%) and BM25 (9.8%)", "We report F1 results for 6
# languages: Basque (0.853), English (0.919), ...", "Accuracy results are: root computed from a word (92%), ...": a value
# alone in brackets right after a word, the metric named before it in the sentence
_LABEL_BRACKET40 = re.compile(r"(?P<label>(?:[\w\-.+/’']+\s+){0,3}[A-Za-z][\w\-.+/’']*)\s*\(\s*\$?$")
_BRACKET_CLOSE40 = re.compile(r"\s*(?:\\?%|\$)?\s*\)")
# the word before the bracket says a change ("by a large margin (2.8%)": results33's), a cost or a count, or is a
# function word, a number or a unit: not the name of what the value is measured for
_NOT_LABEL40 = re.compile(
    r"\b(?:margin|gain|gains|improvement|improvements|increase|increases|decrease|reduction|drop|boost|loss|lift|"
    r"difference|gap|points?|pp|metrics?|scores?|measures?|rates?|values?|results?|of|by|to|from|at|than|over|about|around|nearly|up|only|is|was|are|were|and|or|with|"
    r"p|n|sd|std|ci|se)$", re.IGNORECASE)
_MAX_GAP40 = 240


def bracket_after_name(text: str, v, mspan: tuple, metrics: list) -> tuple[tuple, str] | None:
    """The metric before ``v`` when v stands alone in brackets right after a name ("BM25 (9.8%)") in a sentence that
    names that metric before it (bracket-after-name), as the step's (span, rule) pair, or None. Called by
    ``results._pair_metric`` only where its own left-gap test refused the nearest metric before the value."""
    if "bracket-after-name" in _results_off40():
        return None
    if not (v.unit == "%" or "." in v.text) or v.sign:
        return None
    ms, me, _metric, _surface = mspan
    gap = text[me : v.start]
    if len(gap) > _MAX_GAP40 or "\n" in gap or ";" in gap or ". " in gap:
        return None
    label = _LABEL_BRACKET40.search(gap)
    if label is None or not _BRACKET_CLOSE40.match(text, v.end):
        return None
    word = label.group("label").split()[-1]
    if re.fullmatch(r"\s*(?:metric|score|measure)\s*\(\s*\$?", gap, re.IGNORECASE):
        return mspan, "result:bracket-after-name"  # "Labeled Attachment Score metric (70.64%)": the metric's own value
    if _NOT_LABEL40.search(word) or re.fullmatch(r"[\d.,%]+", word) or _COST40.search(label.group("label")) or (
            _PEOPLE40.search(label.group("label"))):
        return None
    if any(ms < m[0] and m[1] <= v.start for m in metrics):
        return None  # another metric between them
    return mspan, "result:bracket-after-name"
