"""Differences the result step read as levels (issue 12, session 36, results42).

A value the step reads as a plain score ("exact") but the sentence gives as the size of a change is a wrong number on a
leaderboard: "an average of 2.252 BLEU points difference on WMT 2017" is no BLEU score of 2.252. The step's qualifier
checks know most nouns of change after a value ("1.9 BLEU improvement", "a 2% margin"); these parts add shapes it
misses. Every part only turns a reading "relative" (or keeps it); none adds or drops a result.

- change-noun-after: the value, its metric and then a noun of difference the step does not look for after a value
  ("2.252 BLEU points difference", "a 20% F1 gap", "a 3 point lead"), or a bracket between the metric and the noun of
  change ("around 18 BLEU (around 30%) improvement over"), or two values joined by "and" before one singular noun of
  change after an article ("a 1.4 BLEU and 1.8 chrF++ margin over a baseline": the step knows only the plural
  "improvements"; without the article, "reaches 92.1% accuracy and 5.2% F1 improvement" is a level and a change).
- gap-in-bracket: "a considerable gap in performance (20% F1) between ..." (the step knows "gap between X (V").
- leap-of: "a leap / jump of about 30% token F-score" (the step knows "gain / lift / drop of").
- change-colon: "a substantial improvement in RL performance: 1.5 BLEU points on average": a noun of change, a colon,
  then the value counted in points.
- exceed-up-to: "exceeding the best performing baseline up to 8.62% on Hits@1": a bound on a margin over another
  system ("up to" after a verb of outdoing and its object), not a bound on a level.

Behind PAPERKG_RESULTS42 ("off", a comma list of RESULTS_RULES42, or "on:" and a comma list of default-off parts,
DEFAULT_OFF42).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES42 = ("change-noun-after", "gap-in-bracket", "leap-of", "change-colon", "exceed-up-to")
DEFAULT_OFF42: frozenset[str] = frozenset()


def _results_off42() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS42", RESULTS_RULES42, DEFAULT_OFF42)


_NUM42 = r"[+]?\d+(?:\.\d+)?"
# a word of a metric's name: never a bare number nor a function word ("85% accuracy with a large gain": two statements)
_WORD42 = (r"(?!(?:with|and|or|on|over|the|an?|for|in|of|than|to|at|by|from|compared|which|while|is|are|was|were|its|their"
           r"|our|this|that|as|but)\b)[A-Za-z][\w\-+@/.’']*")
_POINTS42 = r"(?:(?:percentage\s+)?points?\s+|pp\s+)"
_NOUN42 = r"(?:differences?|gaps?|leads?(?!\s+to\b)|margins?|improvements?|gains?|increases?|boosts?)"
# "2.252 BLEU points difference", "a 20% F1 gap", "18 BLEU (around 30%) improvement": the value's own words, at most
# three words of the metric, points, at most one bracket, then the noun of change
_NOUN_AFTER42 = re.compile(
    rf"\s*%?\s*{_POINTS42}?(?:{_WORD42}\s+){{0,3}}?{_POINTS42}?(?:\([^()]{{1,30}}\)\s*)?"
    rf"(?:(?:absolute|relative|average)\s+)?{_NOUN42}\b",
    re.IGNORECASE,
)
# "a 1.4 BLEU and 1.8 chrF++ margin over": two values, one noun of change said of both
_PAIR_NOUN42 = re.compile(
    rf"\s*%?\s*{_POINTS42}?(?:{_WORD42}\s+){{1,3}}?and\s+{_NUM42}\s*%?\s*{_POINTS42}?(?:{_WORD42}\s+){{1,3}}?"
    r"(?:differences?|gaps?|margins?|improvements?|gains?|increases?|boosts?)\b",
    re.IGNORECASE,
)
# ... only after an article: "a 1.4 BLEU and 1.8 chrF++ margin" is one change; "reaches 92.1% accuracy and 5.2% F1
# improvement" is a level and a change
_ARTICLE_BEFORE42 = re.compile(r"\b(?:an?|the)\s+(?:(?:about|around|nearly|approximately|roughly|almost)\s+)?$", re.IGNORECASE)
# "(79.8% vs 68.0%)": two scores, not a change
_VS42 = re.compile(r"\s*%?\s*(?:[\w\-@]+\s+)?(?:vs\.?|versus)\s", re.IGNORECASE)
_HEDGE42 = r"(?:of|about|around|nearly|over|roughly|approximately|almost|more\s+than|up\s+to|some)\s+"
_GAP_IN42 = re.compile(rf"\b(?:gaps?|differences?)\s+in\s+[^.;()]{{1,40}}?\(\s*(?:{_HEDGE42})*$", re.IGNORECASE)
_LEAP_OF42 = re.compile(rf"\b(?:leaps?|jumps?)\s+of\s+(?:{_HEDGE42})*$", re.IGNORECASE)
_CHANGE_COLON42 = re.compile(
    rf"\b(?:improvements?|gains?|increases?|boosts?)\b[^.;:()]{{0,50}}:\s*(?:{_HEDGE42})*$", re.IGNORECASE)
_POINTS_AFTER42 = re.compile(rf"\s*%?\s*(?:{_WORD42}\s+){{0,3}}?points?\b", re.IGNORECASE)
_EXCEED_UPTO42 = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?)\s+[^.;()]{1,60}?\s+"
    r"up\s+to\s+$", re.IGNORECASE)


def relative42(text: str, v_start: int, v_end: int, qualifier: str, clause: int, s0: int, s1: int) -> bool:
    """True when the value at text[v_start:v_end] (the step's qualifier ``qualifier``; its clause starts at ``clause``,
    its sentence at ``s0`` and ends at ``s1``) is the size of a change by one of this module's shapes."""
    if qualifier == "relative":
        return False
    off = _results_off42()
    if len(off) == len(RESULTS_RULES42):
        return False
    after = text[v_end : min(s1, v_end + 90)]
    if "change-noun-after" not in off and not _VS42.match(after) and (_NOUN_AFTER42.match(after) or (
            _PAIR_NOUN42.match(after) and _ARTICLE_BEFORE42.search(text, max(s0, v_start - 40), v_start))):
        return True
    if "gap-in-bracket" not in off and _GAP_IN42.search(text, max(s0, v_start - 90), v_start) and not _VS42.match(after):
        return True
    if "leap-of" not in off and _LEAP_OF42.search(text, max(s0, v_start - 40), v_start):
        return True
    if "change-colon" not in off and _CHANGE_COLON42.search(text, max(s0, v_start - 90), v_start) and _POINTS_AFTER42.match(
            after):
        return True
    if "exceed-up-to" not in off and qualifier == "up_to" and _EXCEED_UPTO42.search(text, max(clause, v_start - 90), v_start):
        return True
    return False

