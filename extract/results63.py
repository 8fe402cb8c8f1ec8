"""Two scores written with an arrow: "(81%→93% accuracy)", "from 61.0 → 88.9 average accuracy", "pass@1 accuracy
(6.2\\% $\\to$ 9.6\\%)" (issue 12, session 49, results63).

An arrow between two values of the same unit says what a "from A to B" says: two levels of one measure, the first
the baseline's (GOLD-RESULTS.md: "accuracy improvements (50% → 82%)" are two accuracy levels, the first a baseline,
both exact). The step read such a pair as two unrelated values: the value after the arrow bound no metric (the arrow
and the first value stand between it and the metric before the pair), and the first was often read as a difference
("improvements (50% → 82%)" came out a 50% gain).

- arrow-pair: both values of "A → B" (→, ⟶, ->, -->, $\\to$, \\rightarrow, \\longrightarrow) take the metric right after
  B ("81%→93% accuracy", "(47% -> 53%) on the Success Rate"), else the metric right before A, when at most a bracket,
  "from", "of", "score(s)", "rate(s)" or one change noun stand between ("pass@1 accuracy (6.2% → 9.6%)", "accuracy
  improvements (50% → 82%)", "accuracy from 81% → 93%"). Both are levels (never differences) and the first is the
  baseline, as the step's from-to reads them. Left alone: two values of different units ("2 → 85%"), signed values
  ("+2.1 → +3.4 BLEU": differences), a chain of three ("1 → 4 → 16"), a pair with no metric next to it ("improvements on GSM8K (5.9%→10.9%)"), a metric farther away
  or across another value ("an absolute 27% (0.43 -> 0.70)").

Asked in ``results.find_results``'s pairing chain before the older rules (so the value after the arrow does not take
another metric first), and its levels join the from-to levels of ``_hedged_levels``. ``PAPERKG_RESULTS63``:
"off"/"0", or a comma list of parts to switch off.
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES63 = ("arrow-pair",)
DEFAULT_OFF63: frozenset[str] = frozenset()


def _results_off63() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RESULTS63", RESULTS_RULES63, DEFAULT_OFF63)


# what stands between the two values: an arrow, maybe inside TeX dollars
_ARROW_GAP63 = re.compile(r"\s*\$?\s*(?:→|⟶|⇒|-{1,2}>|\\to\b|\\rightarrow\b|\\longrightarrow\b)\s*\$?\s*")
# what may stand between the metric and the first value: "pass@1 accuracy (", "accuracy improvements (", "accuracy
# from ", "accuracy of ", "F1 score: "
_BEFORE_GAP63 = re.compile(
    r"\s*(?:scores?\s+|rates?\s+|values?\s+)?(?:(?:improvements?|gains?|increases?|boosts?|jumps?|drops?|changes?|"
    r"improved|increased|improves|increases|rose|rises|jumped|went|goes)\s+)?(?:from\s+|of\s+|:\s*)?(?:\(\s*)?$", re.I)


def arrow_pairs63(text: str, values: list) -> dict[int, tuple[int, int]]:
    """value start -> (index of the first, index of the second) of each "A → B" pair of the sentence's values."""
    if "arrow-pair" in _results_off63():
        return {}
    out: dict[int, tuple[int, int]] = {}
    for i in range(len(values) - 1):
        a, b = values[i], values[i + 1]
        if not _ARROW_GAP63.fullmatch(text, a.end, b.start) or a.unit != b.unit or a.ranged or b.ranged:
            continue
        if {a.sign, b.sign} & {"+", "±"}:
            continue  # "+2.1 → +3.4 BLEU": differences, not levels
        if i > 0 and _ARROW_GAP63.fullmatch(text, values[i - 1].end, a.start):
            continue  # "1 → 4 → 16": a chain, no pair
        if i + 2 < len(values) and _ARROW_GAP63.fullmatch(text, b.end, values[i + 2].start):
            continue
        out[a.start] = out[b.start] = (i, i + 1)
    return out


def arrow_pair63(text: str, values: list, i: int, metrics: list, pairs: dict, right_gap: re.Pattern,
                 s0: int) -> tuple[tuple, str] | None:
    """The metric of an arrow pair (see above) for values[i], or None when it is in none or no metric stands next to it."""
    v = values[i]
    if v.start not in pairs:
        return None
    ia, ib = pairs[v.start]
    a, b = values[ia], values[ib]
    for m in metrics:
        if m[0] >= b.end:
            if right_gap.match(text[b.end : m[0]]):
                return m, "result:arrow-pair"
            break
    before = [m for m in metrics if s0 <= m[0] and m[1] <= a.start]
    if before and _BEFORE_GAP63.fullmatch(text, before[-1][1], a.start):
        return before[-1], "result:arrow-pair"
    return None


def arrow_levels63(values: list, pairs: dict) -> tuple[set[int], set[int]]:
    """The starts of the first and of the second values of the arrow pairs (joined to the step's from-to levels)."""
    firsts = {values[ia].start for ia, _ in pairs.values()}
    seconds = {values[ib].start for _, ib in pairs.values()}
    return firsts, seconds


def arrow_first63(v, values: list, pairs: dict, out: list, s0: int):
    """The result already read for the first value of the arrow pair whose second value is ``v``, else None."""
    if v.start not in pairs:
        return None
    ia, ib = pairs[v.start]
    if values[ib].start != v.start:
        return None
    return next((r for r in out if r.start == values[ia].start and r.start >= s0), None)
