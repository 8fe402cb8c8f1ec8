"""A change noun between a value and its metric (issue 12, session 42, results52).

On the parts blind36-38 (annotated before the rules saw them), the largest class of missed tuples is a value no metric
is bound to (46 of 98 misses at session 42's start). One shape of it a rule can see: the value is a change, and a change
noun, maybe the system it is measured over, and "in" / "of" stand between the value and its metric, words the step's
right gap (results.py ``_RIGHT_GAP``) does not allow:

- change-noun-metric: "a 6.6 points lift of F1 score over the baselines", "a 4.4% absolute increase over the
  state-of-the-art in morphological analysis accuracy", "7% and 5% relative improvement, over the baseline, in sacreBLEU
  score", "a 27% reduction in trajectory L2 error" when the metric is known. The value binds the first metric to its
  right; the qualifier chain marks it relative (the change noun says so).
- own-data-phrase: a value whose own clause says it is "on our (video) dataset" before any other value keeps no named
  dataset (the step gave "a 6.6 points lift of F1 score over the baselines on our video dataset, a 2.9 point lift of F1
  score on PASCAL" PASCAL, the next item's name).
- change-bracket: a value opening the bracket right after a change noun is its size: "achieves significant improvements
  (e.g., 13.5% for the Abs Rel metric on the KITTI dataset)".
- more-metrics: metrics of tracking, video segmentation, depth and attacks the lexicon (data/result-metrics.tsv) lacked,
  rows in its format: expected average overlap (EAO, VOT), J&F (DAVIS), AbsRel (depth), fooling rate (universal
  perturbations). The lexicon is built once per process (results.metric_lexicon's cache).

Behind PAPERKG_RESULTS52 ("off", a comma list of RESULTS_RULES52, or "on:" and default-off parts, DEFAULT_OFF52).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .recall_rules import parts_off_by_default

RESULTS_RULES52 = ("change-noun-metric", "own-data-phrase", "more-metrics", "change-bracket")
DEFAULT_OFF52: frozenset[str] = frozenset()


def _results_off52() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS52", RESULTS_RULES52, DEFAULT_OFF52)


_NUM52 = r"\d+(?:\.\d+)?"
_PCT52 = r"(?:\s?(?:%|\\%|percent\b|per\s?cent\b))"
# the gap between a value and its metric: more list values ("7% and 5%"), a unit of change ("points"), an adjective, a
# change noun, maybe "over" the system compared with (no digits, at most five words, maybe in commas), and "in" / "of"
_CHANGE_GAP52 = re.compile(
    rf"^{_PCT52}?(?:\s*(?:,\s*(?:and\s+)?|and\s+)[+]?{_NUM52}{_PCT52}?)*"
    r"\s+(?:(?:percentage\s+)?(?:points?|pp)\s+)?(?:(?:absolute|relative|average|significant|substantial|consistent)\s+)?"
    r"(?:lifts?|rises?|enhancements?|improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?)"
    r"(?:\s*,?\s+over\s+(?:the\s+|a\s+|an\s+|all\s+)?(?:[A-Za-z][\w\-]*\s+){0,4}?[A-Za-z][\w\-]*\s*,?)?"
    r"\s+(?:in|of)\s+(?:terms\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE)


# "in terms of recall at top-1% of the ranking": a metric at a cut-off the lexicon does not name, not the bare metric
_CUT_OFF52 = re.compile(r"\s*(?:at|@)\s*(?:top[\s\-]?)?\d", re.IGNORECASE)


def change_noun_metric52(text: str, v, metrics: list) -> tuple[tuple, str] | None:
    """The first metric right of the value when only a change noun (and what it is over) stands between them."""
    if "change-noun-metric" in _results_off52():
        return None
    for ms, me, metric, surface in metrics:
        if ms < v.end:
            continue
        gap = text[v.end : ms]
        if _CHANGE_GAP52.match(gap) and not re.search(r"[.;:()]", gap) and not _CUT_OFF52.match(text, me):
            return (ms, me, metric, surface), "result:change-noun-metric"
        return None
    return None


# "on our video dataset", "on our own data": data of the paper's own, no named dataset; the value's stretch ends at the
# next number or at a ";" / "."
_OWN_DATA52 = re.compile(r"\b(?:on|in|for)\s+our\s+(?:own\s+)?(?:[a-z][\w\-]*\s+){0,3}(?:datasets?|data|corpus|corpora|benchmarks?)\b")
_STRETCH_END52 = re.compile(r"(?<![\w.])\d|[;.](?:\s|$)")


def own_data_phrase52(text: str, out: list) -> list:
    """Results whose value is said on the paper's own unnamed data lose the dataset another clause's name gave them."""
    if "own-data-phrase" in _results_off52() or not out:
        return out
    kept = []
    for r in out:
        if r.dataset:
            after = text[r.end : r.end + 160]
            stop = _STRETCH_END52.search(after)
            stretch = after[: stop.start()] if stop else after
            own = _OWN_DATA52.search(stretch)
            rest = text[r.end + len(stretch) : r.end + 400]
            rest = rest[: m.start()] if (m := re.search(r"[.;](?:\s|$)", rest)) else rest
            # only a name the next items of the sentence say ("..., a 2.9 point lift of F1 score on PASCAL"); the paper's own
            # named corpus ("F-measure of 0.7 on our corpus", DesireDB) keeps its name
            if own and r.dataset.lower() not in stretch.lower() and r.dataset.lower() in rest.lower():
                r = replace(r, dataset=None, dataset_id=None, rule=r.rule + "+own-data")
        kept.append(r)
    return kept


# rows of data/result-metrics.tsv's format: canonical name, direction, surface forms
_MORE_METRICS52 = (
    "expected average overlap\thigher\texpected average overlap;EAO",
    "J&F\thigher\tJ&F;J&F mean;J&F score;J & F;J & F mean",
    "AbsRel\tlower\tAbs Rel;absolute relative error",
    "fooling rate\thigher\tfooling rate;fooling rates",
)


def more_metric_rows52() -> str:
    """Lexicon rows to add (the part "more-metrics"), or "" when it is off."""
    if "more-metrics" in _results_off52():
        return ""
    return "\n" + "\n".join(_MORE_METRICS52) + "\n"


_CHANGE_BRACKET52 = re.compile(r"\b(?:improvements?|gains?|increases?|reductions?|decreases?|boosts?|drops?)\s*\(\s*"
                               r"(?:(?:e\.g\.|i\.e\.|for\s+example|for\s+instance),?\s*)?(?:up\s+to|about|around|nearly|over|~)?\s*[+]?$",
                               re.IGNORECASE)


def change_bracket52(text: str, start: int) -> bool:
    """Whether the value at ``start`` opens a bracket right after a change noun (its size, a relative value)."""
    if "change-bracket" in _results_off52():
        return False
    return bool(_CHANGE_BRACKET52.search(text, max(0, start - 60), start))
