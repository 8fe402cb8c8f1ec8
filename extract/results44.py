"""A second "from A to B" pair that goes on with the metric of the pair before it (issue 12, session 38, results44).

"improves the Mean Average Precision (mAP) from 27.6% to 36.8% for the TRECVID MEDTest 14 dataset and from 34.0% to
44.6% for the TRECVID MEDTest 13 dataset": the step binds the metric named before "from" only within 60 characters
(``results._pair_from_to``), so the second pair, further on, was left without a metric and dropped, though the sentence
names one metric for both. The same in "improved accuracy from 98.1% to 98.5% on the one-shot task and from 98.9% to
99.3% on the few-shot task".

- from-to-continues: a value of a "from A to B" pair that no other rule bound, when the pair right before it in the same
  sentence is a bound "from A to B" pair in the same unit, and the words between them are only that pair's setting
  ("on / in / for ..." without a metric's name, a clause mark or another value) and "and" / ", and" / "while", optionally with
  the new pair's own setting before its "from" ("and on B from"). Both values of the new pair take the earlier pair's
  metric (rule "result:from-to-continues"). Not when a metric is named in the gap or right after the new pair ("from 2
  to 3 BLEU": a metric of its own).

- by-continues: a margin "by V2" after "and" going on from the bound margin "by V1" before it ("by up to 9.56% for A
  and by up to 13.03% for B"; after a verb of outdoing also "and Y by V2": "outperforms X by 14.7% on the HITS@10
  metric, and Y by 4%"), with no metric between or right after V2, no "in / of" after V2 (its own measure), no verb of
  another change before "by V2" and no "bound / achieved ... by" before V1. V2 takes V1's metric.

Behind PAPERKG_RESULTS44 ("off", a comma list of RESULTS_RULES44, or "on:" and a comma list of default-off parts,
DEFAULT_OFF44).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES44 = ("from-to-continues", "by-continues")
DEFAULT_OFF44: frozenset[str] = frozenset()


def _results_off44() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS44", RESULTS_RULES44, DEFAULT_OFF44)


_PCT44 = r"(?:\s?(?:%|\\%|percent\b|per\s?cent\b))"
_FROM44 = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO44 = re.compile(rf"{_PCT44}?\s*to\s+", re.IGNORECASE)
# a setting: "on / in / for (the) ... " without a clause mark or a percent sign (another value between the pairs is checked apart)
_SETTING44 = r"(?:\s+(?:on|in|for|at|with|under|across)\s+[^,;:()%]{1,70}?)?"
# between the earlier pair's second value and the new pair's "from": its setting, a joint, and the new pair's setting
_GAP44 = re.compile(
    rf"{_PCT44}?{_SETTING44}\s*(?:,\s*and|,|and|while|whereas)(?:\s+(?:on|in|for|at|with|under|across)\s+[^,;:()%]{{1,70}}?)?\s+$",
    re.IGNORECASE,
)


def _first_of_pair(text: str, values: list, i: int) -> bool:
    return (i + 1 < len(values) and bool(_FROM44.search(text, max(0, values[i].start - 6), values[i].start))
            and bool(_TO44.fullmatch(text, values[i].end, values[i + 1].start)))


def _continuing44(text: str, values: list, i: int, paired: list, metrics: list) -> tuple | None:
    """The metric span of the bound pair before the "from A to B" pair that values[i] opens, when the new pair goes on."""
    if not paired or not _first_of_pair(text, values, i):
        return None
    v, second = values[i], values[i + 1]
    prev_v, (mspan, _) = paired[-1]
    if prev_v.unit != v.unit or prev_v.end > v.start:
        return None
    k = next((j for j, x in enumerate(values) if x is prev_v), None)
    if k is None or k == 0 or not _first_of_pair(text, values, k - 1):
        return None  # the bound value before is no "to" value of a pair
    if any(prev_v.end <= x.start < v.start for x in values):
        return None  # another number between the pairs
    from_at = _FROM44.search(text, max(0, v.start - 6), v.start).start()
    if from_at - prev_v.end > 160 or not _GAP44.fullmatch(text, prev_v.end, from_at):
        return None
    if any(prev_v.end <= m[0] < from_at for m in metrics):
        return None  # a metric named in the gap: the new pair may be its
    if any(second.end <= m[0] <= second.end + 3 for m in metrics) or re.match(r"\s*(?:%|\\%)?\s*\(", text[second.end:]):
        return None  # "from 2 to 3 BLEU", "to 44.6% (mAP)": a metric of its own right after
    return mspan


def from_to_continues44(text: str, values: list, i: int, paired: list, metrics: list) -> tuple[tuple, str] | None:
    """The earlier pair's metric span and the rule for values[i] when it is part of a continuing "from A to B" pair."""
    if "from-to-continues" in _results_off44() or not paired:
        return None
    if i > 0 and _first_of_pair(text, values, i - 1):  # the second value of a pair
        first_v = values[i - 1]
        before = paired[:-1] if paired[-1][0] is first_v else paired
        mspan = _continuing44(text, values, i - 1, before, metrics)
        if mspan is None or values[i].unit != first_v.unit:
            return None
        if paired[-1][0] is first_v and paired[-1][1][0][2].name != mspan[2].name:
            return None  # its first value took another metric
        return mspan, "result:from-to-continues"
    mspan = _continuing44(text, values, i, paired, metrics)
    return (mspan, "result:from-to-continues") if mspan is not None else None


# "by (up to / over / nearly / an average of) V": a margin
_BY44 = re.compile(r"\bby\s+(?:(?:up\s+to|over|nearly|about|around|almost|roughly|approximately|more\s+than|as\s+much\s+as"
                   r"|an?\s+average\s+(?:improvement\s+)?of|a\s+margin\s+of)\s+)?[+]?$", re.IGNORECASE)
_OUTDO44 = re.compile(r"\b(?:outperform|surpass|beat|exceed|outstrip)\w*\b", re.IGNORECASE)
# a verb of another change between "and" and "by" names another measure ("and reduces the memory by 50%")
_OTHER_CHANGE44 = re.compile(r"\b(?:reduc|increas|improv|decreas|lower|rais|boost|cut|speed|accelerat|sav|shrink|compress"
                             r"|drop|gain|los|achiev|obtain|reach|yield|requir|us|need|run|tak|shorten|faster|fewer|less|more)\w*",
                             re.IGNORECASE)


_OWN_MEASURE44 = re.compile(r"\s*(?:%|\\%)?\s*(?:(?:percentage\s+)?points?\s+)?(?:in|of)\s+(?!the\s+(?:case|setting)\b)", re.IGNORECASE)
_NOT_CHANGE_BY44 = re.compile(r"\b(?:bound(?:ed)?|achieved|obtained|reached|followed|given|set|held|measured|reported|evaluated|capped|limited)"
                              r"\s+by\s+(?:[a-z]+\s+){0,3}[+]?$", re.IGNORECASE)


def by_continues44(text: str, values: list, i: int, paired: list, metrics: list, s0: int) -> tuple[tuple, str] | None:
    """"improves accuracy by up to 9.56% for A and by up to 13.03% for B", "outperforms X by 20% in drift accuracy, and
    Y by 54%": a margin "by V2" after "and" that goes on from the bound margin "by V1" before it takes V1's metric."""
    if "by-continues" in _results_off44() or not paired:
        return None
    v = values[i]
    if not _BY44.search(text, max(s0, v.start - 40), v.start):
        return None
    prev_v, (mspan, _) = paired[-1]
    if prev_v.unit != v.unit or prev_v.end > v.start or not _BY44.search(text, max(s0, prev_v.start - 40), prev_v.start):
        return None
    if any(prev_v.end <= x.start < v.start for x in values):
        return None  # another number between the margins
    gap_from = max(prev_v.end, mspan[1])
    by_at = _BY44.search(text, max(s0, v.start - 40), v.start).start()
    gap = text[gap_from:by_at]
    if by_at - prev_v.end > 160 or re.search(r"[;()]|\bwhile\b|\bwhereas\b|\bbut\b", gap):
        return None
    if any(gap_from <= m[0] < v.start for m in metrics) or any(v.end <= m[0] <= v.end + 25 for m in metrics):
        return None  # a metric of its own between or right after
    if _OWN_MEASURE44.match(text, v.end):
        return None  # "by 4.3% in average score of X": a measure of its own, though not one the lexicon knows
    if _NOT_CHANGE_BY44.search(text, max(s0, prev_v.start - 60), prev_v.start):
        return None  # "bound by 71% accuracy": a level reached, not a margin
    joint = list(re.finditer(r"\band\s+", gap))
    if not joint:
        return None
    tail = gap[joint[-1].end():]
    if tail.strip():  # "and Y by V2": only after a verb of outdoing, Y one short noun phrase, no verb of another change
        if not _OUTDO44.search(text, s0, prev_v.start) or len(tail.split()) > 6 or _OTHER_CHANGE44.search(tail):
            return None
    return mspan, "result:by-continues"
