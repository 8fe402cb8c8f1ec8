"""Metric names the lexicon knew only in the singular or in one spelling (issue 12, session 50, results65).

A metric mismatch costs a result twice (a false tuple and a missed one). Among the study parts' false tuples whose
metric alone disagreed with the gold, some were the lexicon's gaps, not a choice between two metric words:

- plural-metrics: a multi-word metric name whose last word is "rate", "correlation" or "coefficient" is also
  written in the plural ("attack success rates", "word error rates", "equal error rates", "Spearman rank
  correlations"). The scan only finds the forms the lexicon lists, and a form followed by a letter is no match, so
  "word error rates of 7-16%" was read as the shorter form inside it ("error rates": the generic error rate), and
  "57% attack success rates" as no lexicon metric. Each such form of data/result-metrics.tsv (and the rows
  results52/53 add) gains its plural, under the same metric. One-word forms are left alone ("errors", "rates":
  counts, not measures).
- metric-spellings: well-known names of lexicon metrics written another way (data/result-metrics65.tsv: the
  rank-order and "ranking" spellings of Spearman's correlation, the plural of a correlation coefficient).

- abbr-change: a change noun after the metric counts the value a difference also when the metric's abbreviation
  stands in brackets between them ("a 0.6% absolute character error rate (CER) reduction", "1.2% word error rate (WER)
  improvement"); the step read "N% <metric> reduction" as a difference but stopped at the bracket and took the value
  for a level. Only a bracket of at most 15 characters right after one to four words after the value.

The lexicon parts are read by ``results.built_metric_lexicon`` (rows added to the lexicon before it is built),
abbr-change by ``results._qualifier``. ``PAPERKG_RESULTS65``:
"off"/"0", or a comma list of parts to switch off.
"""

from __future__ import annotations

import re
from importlib import resources

from .recall_rules import parts_off_by_default

RESULTS_RULES65 = ("plural-metrics", "metric-spellings", "abbr-change")
# plural-metrics: its 73k check, 10 of 13 changes right (below 90 %). abbr-change: it also read "18 BLEU (around 30%)
# improvement" as a difference (test_results42), an unrelated bracket; off until the bracket must be the abbreviation.
DEFAULT_OFF65: frozenset[str] = frozenset({"plural-metrics", "abbr-change"})


def _results_off65() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RESULTS65", RESULTS_RULES65, DEFAULT_OFF65)


# the last word of a multi-word form that takes an "s" in the plural
_PLURAL_TAIL65 = re.compile(r"(?<=[\s\-])(?P<word>rate|correlation|coefficient)$", re.IGNORECASE)


def more_metric_rows65(lexicon_text: str) -> str:
    """Lexicon rows to add to ``lexicon_text`` (rows of data/result-metrics.tsv's three columns), or "" when off."""
    off = _results_off65()
    rows: list[str] = []
    if "plural-metrics" not in off:
        for line in lexicon_text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, direction, forms = line.split("\t")
            listed = {f.strip().lower() for f in forms.split(";")}
            plurals = []
            for form in (f.strip() for f in forms.split(";")):
                if _PLURAL_TAIL65.search(form) and (form + "s").lower() not in listed:
                    plurals.append(form + "s")
                    listed.add((form + "s").lower())
            if plurals:
                rows.append(f"{name}\t{direction}\t{';'.join(plurals)}")
    if "metric-spellings" not in off:
        data = resources.files("paperkg.extract").joinpath("data/result-metrics65.tsv").read_text(encoding="utf-8")
        for line in data.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, direction, forms, _provenance = line.split("\t")
            rows.append(f"{name}\t{direction}\t{forms}")
    return "\n" + "\n".join(rows) + "\n" if rows else ""


# "0.6% absolute character error rate (CER) reduction": the words after the value, the metric's bracketed short name,
# a change noun
_ABBR_CHANGE65 = re.compile(
    r"^\s*(?:(?:absolute|relative|average)\s+)?(?:-?(?:points?|pp)\s+)?(?:[\w\-/.+@]+\s+){1,4}?\([^()]{1,15}\)\s*"
    r"(?:improvements?|gains?|increases?|reductions?|decreases?|drops?|boosts?|degradations?)\b",
    re.IGNORECASE,
)


def abbr_change65(after: str) -> bool:
    """Whether the text after a value is "<metric> (ABBR) reduction" (the value a difference)."""
    return "abbr-change" not in _results_off65() and "(" in after and bool(_ABBR_CHANGE65.match(after))
