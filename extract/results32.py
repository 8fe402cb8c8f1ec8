"""A stricter confidence gate for leaderboard rows, from first-sight errors (issue 12, session 28, results32).

Every new blind part of the results gold scores far lower at first sight than the studied parts do, and a wrong number
in a leaderboard harms more than a missing one. The false positives of the released parts' first-sight output (each
part's first-score commit re-run on today's extraction, docs/history/results32.md) that a leaderboard would show fall
into a few classes; three of them are readings no later rule can vouch for, written the same way across parts and
papers, and are marked low-confidence here (``results.UNSURE`` at the end of the rule): the result stays in papers.jsonl
and the graph, but ``leaderboard`` and ``sota-over-time`` leave it out. No value, metric or dataset changes. Switched
off with PAPERKG_RESULTS32 ("off" or a comma list of RESULTS_RULES32), for ablations.

- gate-metric-narrowed: the metric as written follows a word that makes it another measure than the bare metric it was
  read as: an averaging or matching mode ("a relaxed F1 of", "a macro F_1 score of", "micro-recall", "the
  microaveraged accuracy", "weighted cosine similarity scores") or a statistic over systems or runs ("a median
  F-score of"). A closed list, not results29's open class metric-premodified
  (every narrowing word), whose 73k-corpus leaderboard rows were mostly protocols ("single-crop", "classification").
- gate-margin-level: a level whose value stands in a margin phrase, so it is a difference: "outperform X by 4.8% in A
  and 2.7% in B", "surpassing the SOTA by 1.59dB on average and 3.18% in mAP", "an improvement to the previous approach
  of at most 0.9 points". Only values right after "by" (after a comparing word in the clause) or after "improvement /
  gain / margin [to ...] of", or later in a list of such margins; never when a verb of reaching a score, "with", a
  bracket or a new comparison ("24.54 BLEU on B, outperforming ...") stands between or after.
- gate-edition-cut: the dataset entity given to a level is written, nearest the value, with a version after it that its
  name lacks ("on MultiWOZ 2.0", "on DOTA-v1.0 test set" given MultiWOZ / DOTA): editions are separate leaderboards.
- gate-name-prefixed: that mention is glued by a hyphen to a word before it ("on the mini-ImageNet", "on multilingual
  Re-OIE2016" given ImageNet / OIE2016): the dataset as written is another one, whose name the entity step cut.
"""

from __future__ import annotations

import dataclasses
import re

from . import recall_rules
from . import results as R
from .records import ExtractedPaper, Result

RESULTS_RULES32 = ("gate-metric-narrowed", "gate-margin-level", "gate-edition-cut", "gate-name-prefixed")

# words that make "<word> <metric>" another measure than the metric (GOLD-RESULTS.md: a metric's qualifier stays in
# its name); the lexicon names some of these measures itself ("macro F1"), and then the word is part of metric_text
# Not "token / type" (units of counting: "token recall"): tests/unit/test_results_session29.py keeps "a token recall of"
# out of the gate (results29's class metric-premodified measured, not gated); they would mark 2 studied-part errors
# (blind24) and 4 73k results that name no dataset.
_NARROWING32 = frozenset("""relaxed strict lenient partial micro macro microaveraged macroaveraged micro-averaged
macro-averaged median weighted unweighted""".split())

_COMPARING32 = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|improv\w*|better|ahead|gains?|margins?|"
                          r"increas\w*|boost\w*|reduc\w*)\b", re.IGNORECASE)
# "by" after a comparing word, or "improvement [to the previous approach] of": what follows is a margin
_MARGIN_HEAD32 = re.compile(r"\bby\b|\b(?:improvements?|gains?|margins?)(?:\s+(?:to|over|against|compared\s+to|"
                            r"relative\s+to)\s+[^.;,()\d]{0,40}?)?\s+of\b", re.IGNORECASE)
_QUAL32 = (r"(?:\s*(?:a|an|up\s+to|at\s+most|about|around|nearly|almost|approximately|roughly|over|more\s+than|"
           r"at\s+least|[+~≈]))*\s*")
_NUM32 = r"[+~≈]?\s?\d+(?:\.\d+)?\s?(?:%|dB|pp|p\.p\.|points?|percent(?:age)?(?:\s+points?)?)?"
_JOIN32 = r"(?:,\s*|\s+and\s+|,\s*and\s+)"
# between the margin head and the value: nothing but qualifiers, or earlier margins of a list and their short phrases
_MARGIN_GAP32 = re.compile(rf"{_QUAL32}|{_QUAL32}{_NUM32}(?:[^()\d;:]*?{_JOIN32}{_QUAL32}{_NUM32})*[^()\d;:]*?{_JOIN32}{_QUAL32}",
                           re.IGNORECASE)
_LEVEL_WORD32 = re.compile(r"\b(?:achiev\w*|reach\w*|obtain\w*|attain\w*|scor\w*|yield\w*|with|to|while|whereas|which)\b",
                           re.IGNORECASE)
_NEW_COMPARISON32 = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*)\b", re.IGNORECASE)
# "mini-ImageNet", "Re-OIE2016": a word glued before the name by a hyphen
_PREFIXED32 = re.compile(r"(?:^|[\s(/])[A-Za-z][A-Za-z0-9]*[\-\u2010]$")
# "MultiWOZ 2.0", "DOTA-v1.0", "VQA v2": a version after the name (not a score: one digit before the point, no "%")
_EDITION32 = re.compile(r"[ \-](?:[vV]|version\s?)?\d\.\d{1,2}\b(?!%|\.\d|\d)|[ \-]?[vV]\d+\b")


def _results_off32() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RESULTS32", RESULTS_RULES32)


def _metric_narrowed(text: str, s0: int, s1: int, r: Result) -> bool:
    i = R._metric_at(text, s0, s1, r)
    m = R._WORD_BEFORE29.search(text, max(s0, i - 40), i) if i is not None else None
    return bool(m) and m.group(1) in _NARROWING32


def _margin_level(text: str, s0: int, s1: int, r: Result) -> bool:
    if r.qualifier == "relative" or r.is_baseline:
        return False
    w0 = max(s0, r.start - 160)
    heads = list(_MARGIN_HEAD32.finditer(text, w0, r.start))
    if not heads:
        return False
    head = heads[-1]
    gap = text[head.end() : r.start]
    if _LEVEL_WORD32.search(gap) or not _MARGIN_GAP32.fullmatch(gap):
        return False
    if head.group(0).lower() == "by":
        clause = re.split(r"[;:]|,\s*(?:while|whereas|which)\b", text[s0 : head.start()])[-1]
        if not _COMPARING32.search(clause[-150:]):
            return False
    # "24.54 BLEU on LDC2017T10, outperforming the state of the art by 1.2 points": the value opens a new comparison
    return not _NEW_COMPARISON32.search(text, r.end, min(s1, r.end + 80))


def _name_cut(paper: ExtractedPaper, text: str, s0: int, s1: int, r: Result, off: frozenset[str]) -> bool:
    """Whether the dataset of level ``r``, as written nearest the value, is longer than its name: a version after it
    (gate-edition-cut) or a word glued before it (gate-name-prefixed)."""
    if not r.dataset_id or r.qualifier == "relative":
        return False
    spots = [m for e in paper.entities if e.id == r.dataset_id for m in e.mentions
             if m.field == "abstract" and s0 <= m.start < s1]
    if not spots:
        return False
    at = min(spots, key=lambda m: abs(m.start - r.start))
    if "gate-name-prefixed" not in off and _PREFIXED32.search(text, max(s0, at.start - 30), at.start):
        return True
    v = _EDITION32.match(text, at.end) if "gate-edition-cut" not in off else None
    if not v or at.end <= r.start < v.end():
        return False
    return v.group(0).strip(" -").lower() not in (r.dataset or "").lower()


def gate_results32(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the results of the classes of RESULTS_RULES32 marked low-confidence (``results.UNSURE``)."""
    off = _results_off32()
    if len(off) == len(RESULTS_RULES32):
        return out
    spans = R.sentence_spans(text)
    kept: list[Result] = []
    for r in out:
        if not R.low_confidence(r.rule) and r.sentence < len(spans):
            s0, s1 = spans[r.sentence]
            if (("gate-metric-narrowed" not in off and _metric_narrowed(text, s0, s1, r))
                    or ("gate-margin-level" not in off and _margin_level(text, s0, s1, r))
                    or _name_cut(paper, text, s0, s1, r, off)):
                R._trace("unsure32", r.start, r.end, text)
                r = dataclasses.replace(r, rule=r.rule + R.UNSURE)
        kept.append(r)
    return kept
