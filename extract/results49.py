"""Signed gains in brackets after a score (issue 12, session 40, results49).

Abstracts give a score's gain over a baseline in brackets right after it: "83.1 (+3.5) F1 score on the CoNLL-2012
benchmark", "from 36.2% to 39.0% mAP (+ 2.8%)", "33.9 mAP (+2.2)". The start code missed both numbers of the first
shape (the bracket sits between the score and its metric, so "83.1" is bound to no metric) and the bracketed gain
of both shapes (a "+3.5" alone in brackets is bound to nothing). One part:

- bracket-gain: a bracket holding only a plus-signed number ("(+3.5)", "(+ 2.8%)", "(+1.2 pp)") right after a number,
  or after a number and at most three words of no digit ("39.0% mAP (+ 2.8%)"), is blanked (same length, spaces)
  before the sentence is read, so the score binds to the metric after the bracket; afterwards the bracketed number
  becomes a ``relative`` result with the metric, dataset and method of the score it follows (when that score was
  kept and is no baseline). A minus sign, a range or a list in the bracket is left alone.

Behind PAPERKG_RESULTS49 ("off", a comma list of RESULTS_RULES49, or "on:" and default-off parts, DEFAULT_OFF49).
"""

from __future__ import annotations

import dataclasses
import re

from .recall_rules import parts_off_by_default

RESULTS_RULES49 = ("bracket-gain",)
DEFAULT_OFF49: frozenset[str] = frozenset()


def _results_off49() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS49", RESULTS_RULES49, DEFAULT_OFF49)


# a number (the score), then at most three digit-free words (its metric), then "(+D)", "(+ D%)", "(+D pp)"
_GAIN_BRACKET49 = re.compile(
    r"(?<![\w.])(?P<score>\d+(?:\.\d+)?)(?:\s?%|\s?\\%)?(?P<gap>(?:\s+[A-Za-z][\w\-@]*){0,3})\s?"
    r"\((?P<inner>\s*(?P<sign>\+)\s?(?P<gain>\d+(?:\.\d+)?)(?:\s?%|\s?\\%|\s?(?:pp|points?|pts)\b)?\s*)\)")


def gain_brackets49(text: str) -> list[tuple[int, int, int, int, int]]:
    """(score end, bracket start, bracket end, sign start, gain end) for every signed gain bracket after a score."""
    if "(+" not in text and "( +" not in text:
        return []
    if "bracket-gain" in _results_off49():
        return []
    out = []
    for m in _GAIN_BRACKET49.finditer(text):
        b0 = m.start("inner") - 1
        out.append((m.end("score"), b0, m.end("inner") + 1, m.start("sign"), m.end("gain")))
    return out


def blank_gains49(text: str) -> str:
    """The text with each gain bracket after a score replaced by spaces (offsets kept)."""
    brackets = gain_brackets49(text)
    if not brackets:
        return text
    chars = list(text)
    for _, b0, b1, _, _ in brackets:
        chars[b0:b1] = " " * (b1 - b0)
    return "".join(chars)


def bracket_gains49(text: str, out: list) -> list:
    """Add each bracketed gain as a relative result of the score it follows (when that score is a kept result)."""
    brackets = gain_brackets49(text)
    if not brackets or not out:
        return out
    added = []
    for score_end, b0, b1, g0, g1 in brackets:
        if any(r.start <= g0 < r.end for r in out):
            continue
        score = next((r for r in out if r.end in (score_end, score_end + 1) or (
            r.start < score_end <= r.end)), None)
        if score is None or score.is_baseline or score.qualifier == "relative":
            continue
        unit = "%" if "%" in text[g1:b1] else None
        value = float(re.sub(r"[+\s]", "", text[g0:g1]))
        added.append(dataclasses.replace(
            score, value=value, text=re.sub(r"\s", "", text[g0 : b1 - 1]), unit=unit, qualifier="relative",
            start=g0, end=g1, rule=score.rule + "+bracket-gain49"))
    if not added:
        return out
    return sorted(out + added, key=lambda r: r.start)
