"""A metric before its value, or the item before it, that the result step did not pass on (issue 12, session 48
round 2, results61).

docs/history/results60.md sorted the study parts' misses: 408 gold tuples are values the result step binds to no metric
(``no-metric-bound``), the largest class of the recall gap. Most are one-paper shapes; three kinds recur, each a word
or a bracket the step's rules do not allow:

- bound-words: a bound, a range or a hedge between the metric and the value that the left rule (``_left_gap_ok``,
  ``_LEFT_WORDS``) lacks: "F1-scores near 98%", "a joint goal accuracy beyond 55%", "accuracy (>= 77%)", "F1-scores
  >92%", "an attack success rate is <=10%", "a tagging accuracy of slightly over 90%", "error rates between 16.79% and
  28.47%", "an F1-Score ranging between 0.777 to 0.855", "accuracy in the range 50-66%", "BLEU scores (close to 0.5)",
  "an accuracy of ~80%". The gap otherwise passes the left rule (at most six words, each a word of ``_LEFT_WORDS``, a
  value, or one of these; the word after the value one of ``_VALUE_FOLLOWERS``); not after "by" ("improves the
  F-measure by > 0.12": the bound of a change) nor when the metric opens a bracket ("(WER>30%)", "(F1 > 0.8, Cohen's
  kappa > 0.6)": a condition or an agreement).
- of-follower: "METRIC of VALUE" (maybe "score of", "rate of", a hedge) where the word after the value is not one of
  ``_VALUE_FOLLOWERS``, which the left rule reads as a count ("accuracy at 4 pixels"). After "of" the value is the
  metric's own when that word is a verb ("a precision of 81% can be considered", "our accuracy score of 0.84 ranked"),
  "upon" / "out" ("a SARI score of 42.02 upon automatic evaluation", "a MAP of 45.7% out of"), or a unit of measure
  after an accuracy, an error or a distance ("an accuracy of 0.88 cm", "a mean absolute error of 600 milliseconds", "a
  median distance error of 69.50 km"; not a ratio, "a theoretical precision of 0.125 ms", nor a bare "error" the step
  reads as the error rate, "an average error of 8 meters"). Any other word leaves it unread: a noun ("precision of 16
  bits", "accuracy of 82.7% top-1") or a metric ("an accuracy of 0.65 cosine similarity"; "MAE of 5.64 RMSE of 7.15",
  a run without commas, gave its later values another dataset on the study parts).
- list-goes-on: the next item of a list whose item before has a metric, the step between them a short phrase on what
  the item was measured on (with "with" too), a bracket, a list join and maybe a hedge ("an accuracy of ~80% for abuse
  presence, ~82% for target prediction", "an F-score of 70.54 (ranked 2/43) in the subtask A and 49.47 (ranked 3/29)
  in the subtask B", "BLEU score 53.7 (Hindi to Nepali) and 49.1 (Nepali to Hindi)", "an f1-score of 85.23% for the
  constituent parsing, 82.35% with partial head information"): the value is in the same unit, a phrase "on / in / for /
  at / with / across" (or a bracket) follows it, and no phrase names a metric of its own ("by 0.06 in accuracy, and
  0.11 in serendipity"; "1.6% on ADE": a metric's name where a dataset stands). Session 12's ``_list_continues`` reads
  the same lists without brackets, hedges or "with".

All are asked only when no other rule bound the value (the end of the chain in ``results.find_results``), so no value
bound before changes. ``PAPERKG_RESULTS61``: "off"/"0", or a comma list of parts to switch off.
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES61 = ("bound-words", "of-follower", "list-goes-on")
DEFAULT_OFF61: frozenset[str] = frozenset()


def _results_off61() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RESULTS61", RESULTS_RULES61, DEFAULT_OFF61)


# bound-words: words of a bound, a range or a hedge (two-word phrases are folded to one word first)
_BOUND_WORDS61 = frozenset({"near", "beyond", "slightly", "between", "ranging", "range", "close-to", "in-the-range",
                            ">", "<", ">=", "<=", "≥", "≤", "∼", "~", "≈"})
_PHRASES61 = ((re.compile(r"\bin\s+the\s+range(?:\s+of)?\b", re.IGNORECASE), " in-the-range "),
              (re.compile(r"\bclose\s+to\b", re.IGNORECASE), " close-to "),
              (re.compile(r"(?<=\S)(>=|<=|[><≥≤∼~≈])"), r" \1 "), (re.compile(r"(>=|<=|[><≥≤∼~≈])(?=\S)"), r" \1 "))

# of-follower: the gap "of" (maybe "score of", "rate of", a hedge) between the metric and the value
_OF_GAP61 = re.compile(
    r"\s*(?:scores?\s+|rates?\s+|values?\s+)?(?:of|=|:)\s+(?:(?:about|around|approximately|nearly|roughly|almost|only|over|"
    r"above|more\s+than|up\s+to|at\s+least|below|under|less\s+than)\s+|[~≈∼]\s*)?", re.IGNORECASE)
_FOLLOWER61 = re.compile(r"\s*(?:%|\\%)?\s*(?P<w>[A-Za-z][A-Za-z\-]*)")
# units of measure a score is given in (time, length, signal, angle)
_UNITS61 = frozenset({
    "ms", "msec", "milliseconds", "millisecond", "s", "sec", "secs", "seconds", "second", "min", "minutes", "hours", "h",
    "mm", "cm", "m", "km", "meters", "metres", "meter", "metre", "millimeters", "millimetres", "centimeters", "centimetres",
    "kilometers", "kilometres", "db", "degrees", "degree", "deg", "px", "pixels", "pixel", "mmhg", "hz", "khz"})
# verbs and words that end the value's phrase
_VERBS61 = frozenset({
    "can", "could", "may", "might", "will", "would", "should", "must", "is", "are", "was", "were", "has", "have", "had",
    "be", "been", "being", "ranked", "ranks", "ranking", "placed", "placing", "places", "puts", "put", "upon", "out",
    "makes", "made", "shows", "showed", "demonstrates", "indicates", "suggests", "confirms", "proves", "represents",
    "corresponds", "exceeds", "surpasses", "outperforms", "beats", "improves", "remains", "stays"})
# a metric a unit of measure may follow ("an accuracy of 0.88 cm", "a median distance error of 69.50 km"); a ratio
# ("a theoretical precision of 0.125 ms") or a bare "error" the step reads as the error rate ("an average error of 8
# meters") may not
_UNIT_METRIC61 = re.compile(r"accura|error|distance|deviation|\b(?:MAE|MSE|RMSE|MPJPE|ATE|RPE)\b", re.IGNORECASE)
# the metric opens a bracket: "(WER>30%)", "(F1 > 0.8, Cohen's kappa > 0.6)": a condition or an agreement, no result
_CONDITION_BEFORE61 = re.compile(r"\(\s*$")
_NUMBER_WORD61 = re.compile(r"[+±]?\d+(?:[.,]\d+)?(?:\s?(?:%|\\%))?(?:-\d+(?:[.,]\d+)?(?:\s?(?:%|\\%))?)?,?")


_HEDGE61 = (r"(?:(?:about|around|nearly|approximately|roughly|almost|over|above|under|below|up\s+to|more\s+than|less\s+than)"
            r"\s+|[~≈∼]\s*)?")
_LIST_STEP61 = re.compile(r"\s*(?:%|\\%)?\s*(?:\([^()]{1,40}\)\s*)?(?:(?:on|in|for|at|with|across)\s+[^,;:()\d%]{1,60}?)?"
                          r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _HEDGE61, re.IGNORECASE)
_ITEM_AFTER61 = re.compile(r"\s*(?:%|\\%)?\s*(?:\([^()]{1,40}\)\s*)?(?:on|in|for|at|with|across)\s+(?!terms\b)(?:the\s+)?",
                           re.IGNORECASE)
_BREAK61 = re.compile(r"[;:()]|,\s|\b(?:while|whereas|but|respectively)\b")


def list_goes_on61(text: str, v, paired: list, metrics: list, s1: int) -> tuple[tuple, str] | None:
    """The metric of the item before ``v`` when ``v`` is the next item of its list (list-goes-on), or None."""
    if not paired or "list-goes-on" in _results_off61():
        return None
    prev, (prev_metric, _rule) = paired[-1]
    if prev.unit != v.unit or v.start - prev.end > 120:
        return None
    if re.search(r"\b(?:on|in)\s+$", text[max(0, prev_metric[0] - 4) : prev_metric[0]]):
        return None  # "1.6% on ADE": a metric's name where a dataset's stands is no metric to pass on
    start = max(prev.end, prev_metric[1])
    if start > v.start or not _LIST_STEP61.fullmatch(text, start, v.start):
        return None
    if prev_metric[0] >= prev.end and re.fullmatch(r"\s*(?:%|\\%)?\s*(?:in|of)\s+(?:the\s+)?", text[prev.end : prev_metric[0]]):
        return None  # "by 0.06 in accuracy, and 0.11 in serendipity": each item's phrase names its own measure
    after = _ITEM_AFTER61.match(text, v.end, s1)
    if not after:
        return None
    if any(start <= m[0] < v.start for m in metrics):
        return None  # "85% for recall and 70% for precision": the items name metrics of their own
    stop = _BREAK61.search(text, after.end(), s1)
    if any(v.end <= m[0] < (stop.start() if stop else s1) for m in metrics):
        return None  # "..., and 26.1% EM0 on MultiRC": a metric of its own after it
    return prev_metric, "result:list-goes-on61"


def metric_before61(text: str, v, metrics: list, left_words: frozenset | set, compared_name: re.Pattern,
                    value_follower_ok) -> tuple[tuple, str] | None:
    """The metric right before value ``v`` by bound-words or of-follower (see above), or None."""
    off = _results_off61()
    if len(off) == len(RESULTS_RULES61):
        return None
    before = [m for m in metrics if m[1] <= v.start]
    if not before:
        return None
    mspan = before[-1]
    ms, me = mspan[0], mspan[1]
    if compared_name.search(text, max(0, ms - 30), ms):
        return None  # "outperforming MAE by +0.6": a system's name, not the metric
    gap = text[me : v.start]
    if "bound-words" not in off and _bound_words(gap, left_words) and value_follower_ok(text, v) and not (
            _CONDITION_BEFORE61.search(text, max(0, ms - 3), ms)):
        return mspan, "result:bound-words61"
    if "of-follower" not in off and _OF_GAP61.fullmatch(gap) and _follower_ok61(text, v, metrics, mspan[2].name):
        return mspan, "result:of-follower61"
    return None


def _bound_words(gap: str, left_words: frozenset | set) -> bool:
    """Whether the gap is the left rule's, but for one or more bound words (at most six words)."""
    if ";" in gap or re.search(r"\.\s", gap):
        return False  # another clause or sentence
    for pattern, repl in _PHRASES61:
        gap = pattern.sub(repl, gap)
    words = gap.replace("(", " ( ").split()
    if not words or len(words) > 6 or "by" in words:
        return False  # "improves the F-measure by > 0.12": a bound of a change, read by the change rules or not at all
    numbers = [w for w in words if _NUMBER_WORD61.fullmatch(w)]
    if "and" in words and not numbers:
        return False  # "19.4% better accuracy and 9.5% lower test loss": 9.5 is not accuracy
    bound = [w for w in words if w.lower() in _BOUND_WORDS61]
    return bool(bound) and all(w.lower().strip(",") in left_words or w.lower() in _BOUND_WORDS61 or _NUMBER_WORD61.fullmatch(w)
                               for w in words)


def _follower_ok61(text: str, v, metrics: list, metric_name: str) -> bool:
    m = _FOLLOWER61.match(text, v.end, min(len(text), v.end + 40))
    if not m:
        return False
    w = m.group("w")
    at = m.start("w")
    if any(x[0] == at for x in metrics):
        return False  # "an accuracy of 0.65 cosine similarity", "MAE of 5.64 RMSE of 7.15": which metric is unsure
    if w.lower() in _UNITS61:
        return bool(_UNIT_METRIC61.search(metric_name)) and metric_name != "error rate"  # "an average error of 8 meters"
    return w.lower() in _VERBS61
