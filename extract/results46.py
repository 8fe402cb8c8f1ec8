"""A "respectively" list of values paired in order with a list of as many metrics (issue 12, session 39, results46).

"the accuracy, recall and F-1 of our submitted result are 0.9851, 0.7496 and 0.8514 respectively", "our method achieved
precision and recall above 98% and 64%, respectively", "Recall@5 and MRR of 35% and 0.3, compared to baseline values of
10% and 0.1, respectively": the step binds a value to a metric next to it (``results._pair_metric``), and a list of metrics
paired with a list of values only when the first value was bound to one of them (``results._metric_list``). When the
metrics stand further off ("of our submitted result are"), no value was bound and all were dropped ("no-metric-bound").

- metric-list-respective: in a sentence that says "respectively", a value no other rule bound, in a run of N >= 2 values
  joined by "," / "and" (the run), takes the metric in its place of a list of exactly N metrics of the lexicon joined by
  "," / "and" (the chain), when the chain
  - stands before the run, with at most 60 characters between them that hold no number, no ";" / bracket, no other
    metric and no "on / in / for / across / over" (a list of names the values may be on instead: which is unsure); or
    the run follows another run of N values bound so, after "compared to / with / versus / against" (the baseline's
    values in the same order);
  - or stands after the run, after "in terms of" or "for (the)" within 60 characters with no number, ";" or bracket;
  - and is the whole list: no "," / "and" before its first metric (a name the lexicon lacks goes on the list) and no
    "," / "and" with a further name after its last metric before "respectively" / the run.
  Never when the counts differ ("in terms of the total revenue, ROI, and test accuracy": one known metric for three
  values): the pairing is then a guess.

- one-metric-in-terms-of: "achieving 74.7% and 72.2% on GENIA and ACE2005 datasets, respectively, in terms of F-score",
  "by margins of 13.8%, 9.3% and 2.7% in terms of 3D mean per joint position error (MPJPE) on A, B and C datasets,
  respectively": a value no other rule bound, in a run of N >= 2 values (percentages or decimals, one unit) in a sentence
  that says "respectively" and names one metric (one name, however often), takes that metric when it stands after the run
  after "in terms of (the)" (at most four words between), with at most 100 characters between the run and "in terms of"
  that hold no other value, ";" or bracket and no word saying the values are no scores ("fewer", "parameters", "of" right
  after the run). The rule ``results._respective_one_metric_results24`` takes the one metric named before such a run only.

- elided-qualifier: "improves its performance by 4.5% and 11.4% in terms of micro and macro F1 scores, respectively",
  "by 12.29% and 23.05% for the micro and macro F-score, respectively": a run of N >= 2 values before a metric whose name
  opens with an averaging word (micro / macro / weighted / samples) that ends a list of N such words ("micro and macro
  F1"): each value takes the averaged metric in its place (micro F1, macro F1), after "in terms of / for / in / on (the)"
  with no other value, ";" or bracket between. one-metric-in-terms-of refuses such a metric (the last word's metric for
  all values was wrong on the 73k check: "4.5% ... macro F1").

Behind PAPERKG_RESULTS46 ("off", a comma list of RESULTS_RULES46, or "on:" and a comma list of default-off parts,
DEFAULT_OFF46).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES46 = ("metric-list-respective", "one-metric-in-terms-of", "elided-qualifier")
DEFAULT_OFF46: frozenset[str] = frozenset()


def _results_off46() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS46", RESULTS_RULES46, DEFAULT_OFF46)


# between two values of a run: "0.9851, 0.7496 and 0.8514", "98% and 64%", "3.2 points, 1.1 points, and 0.4 points"
_RUN_JOIN46 = re.compile(r"\s*(?:points?|pp)?\s*(?:,\s*(?:and\s+)?|and\s+)[+]?", re.IGNORECASE)
# between two metrics of a chain: "accuracy, recall and F-1", "Recall@5 and MRR", "precision and the recall"
_CHAIN_JOIN46 = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.IGNORECASE)
# a list going on before the chain's first metric or after its last one with a name the lexicon lacks
_JOINED_BEFORE46 = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)
_GOES_ON_AFTER46 = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?!respectively\b)[A-Za-z]", re.IGNORECASE)
# the gap from the chain to the run after it: no number, clause mark or bracket, no list of names the values may be on
_GAP_BEFORE_RUN46 = re.compile(r"[^\d;()\[\]]{0,60}", re.IGNORECASE)
_NAMES_IN_GAP46 = re.compile(r"\b(?:on|in|for|across|over|between|among)\b", re.IGNORECASE)
_CLAUSE_IN_GAP46 = re.compile(r"\b(?:while|whereas|but|although|than|versus|vs)\b", re.IGNORECASE)
# a second run after the first: the baseline's values in the same order
_COMPARED46 = re.compile(r"\s*(?:%|\\%|points?)?\s*,?\s*(?:(?:compared|in\s+comparison)\s+(?:to|with)|versus|vs\.?|against)"
                         r"[^\d;()]{0,50}$", re.IGNORECASE)
# the gap from the run to the chain after it: "... 43.27% and 28.75% against the baselines in terms of NDCG and MAP"
_GAP_AFTER_RUN46 = re.compile(r"\s*(?:%|\\%|points?|pp)?[^\d;()\[\]]{0,60}?\b(?:in\s+terms\s+of|for)\s+(?:the\s+)?$",
                              re.IGNORECASE)


def _run(text: str, values: list, i: int) -> tuple[int, int]:
    j = k = i
    while j > 0 and _RUN_JOIN46.fullmatch(text, values[j - 1].end, values[j].start):
        j -= 1
    while k + 1 < len(values) and _RUN_JOIN46.fullmatch(text, values[k].end, values[k + 1].start):
        k += 1
    return j, k


def _chains(text: str, metrics: list) -> list[list]:
    """Maximal lists of lexicon metrics joined by "," / "and", in order of the text."""
    out: list[list] = []
    for m in sorted(metrics, key=lambda m: m[0]):
        if out and out[-1][-1][1] <= m[0] and _CHAIN_JOIN46.fullmatch(text, out[-1][-1][1], m[0]):
            out[-1].append(m)
        elif not out or out[-1][-1][1] <= m[0]:
            out.append([m])
    return out


def _whole(text: str, chain: list, s0: int) -> bool:
    """The chain is the whole list: no unknown name joined before its first or after its last metric."""
    if _JOINED_BEFORE46.search(text, max(s0, chain[0][0] - 8), chain[0][0]):
        return False
    return not _GOES_ON_AFTER46.match(text, chain[-1][1])


def _chain_before(text: str, chain: list, start: int) -> bool:
    gap = text[chain[-1][1] : start]
    return bool(_GAP_BEFORE_RUN46.fullmatch(gap)) and not _NAMES_IN_GAP46.search(gap) and not _CLAUSE_IN_GAP46.search(gap)


def metric_list_respective46(text: str, values: list, i: int, metrics: list, s0: int, s1: int) -> tuple[tuple, str] | None:
    """The metric span in values[i]'s place of a list of as many metrics (see above), and the rule; or None."""
    if "metric-list-respective" in _results_off46() or len(metrics) < 2:
        return None
    if "respectively" not in text[s0:s1].lower():
        return None
    j, k = _run(text, values, i)
    n = k - j + 1
    if n < 2:
        return None
    run_start, run_end = values[j].start, values[k].end
    chains = [c for c in _chains(text, metrics) if len(c) == n and _whole(text, c, s0)]
    for chain in chains:
        if chain[-1][1] <= run_start:
            if _chain_before(text, chain, run_start):
                return chain[i - j], "result:metric-list-respective"
            # a second run: "Recall@5 and MRR of 35% and 0.3, compared to baseline values of 10% and 0.1, respectively"
            if j > 0:
                pj, pk = _run(text, values, j - 1)
                if pk == j - 1 and pk - pj + 1 == n and values[pj].start >= chain[-1][1] and _chain_before(
                        text, chain, values[pj].start) and _COMPARED46.match(text[values[pk].end : run_start]):
                    return chain[i - j], "result:metric-list-respective"
        elif chain[0][0] >= run_end and _GAP_AFTER_RUN46.fullmatch(text, run_end, chain[0][0]):
            if any(run_end <= m[0] < chain[0][0] for m in metrics):
                continue
            return chain[i - j], "result:metric-list-respective"
    return None


# the run, then its setting (no number, clause mark or bracket), then "in terms of (the) ... METRIC"
_IN_TERMS_AFTER46 = re.compile(r"\s*(?:%|\\%|points?|pp)?(?P<gap>[^;()\[\]]{0,100}?)\bin\s+terms\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}$",
                               re.IGNORECASE)
_NOT_SCORES46 = re.compile(r"^\s*(?:%|\\%)?\s*of\b|\b(?:fewer|less|more|faster|slower|smaller|larger|parameters?|flops|memory|"
                           r"time|speed|samples?|examples?)\b", re.IGNORECASE)


def one_metric_in_terms_of46(text: str, values: list, i: int, metrics: list, s0: int, s1: int) -> tuple[tuple, str] | None:
    """The sentence's one metric, named after a "respectively" run of values after "in terms of" (see above); or None."""
    if "one-metric-in-terms-of" in _results_off46() or not metrics or len({m[2].name for m in metrics}) != 1:
        return None
    if "respectively" not in text[s0:s1].lower():
        return None
    j, k = _run(text, values, i)
    run = values[j : k + 1]
    if k == j or len({x.unit for x in run}) != 1 or not all(x.unit == "%" or "." in x.text for x in run):
        return None
    for m in sorted(metrics, key=lambda m: m[0]):
        if m[0] < values[k].end:
            continue
        said = _IN_TERMS_AFTER46.fullmatch(text, values[k].end, m[0])
        if said is None or elided_list46(text, m) or _NOT_SCORES46.search(text[values[k].end : m[0]]) or any(
                values[k].end <= x.start < m[0] for x in values):
            return None
        return m, "result:one-metric-in-terms-of"
    return None


_AVERAGING46 = r"(?:micro|macro|weighted|samples?)"
_QUALIFIER_LIST46 = re.compile(rf"\b(?P<list>(?:{_AVERAGING46}(?:[\s\-]averaged)?\s*,\s*)*{_AVERAGING46}(?:[\s\-]averaged)?,?\s+and\s+(?:the\s+)?)$",
                               re.IGNORECASE)
_TO_QUALIFIERS46 = re.compile(r"\s*(?:%|\\%|points?|pp)?[^;()\[\]]{0,100}?\b(?:in\s+terms\s+of|for|in|on)\s+(?:the\s+)?$",
                              re.IGNORECASE)


def elided_list46(text: str, m: tuple) -> re.Match | None:
    """"micro and macro F1": the averaging words listed before a metric that opens with one, or None."""
    if not re.match(_AVERAGING46 + r"\b", m[3], re.IGNORECASE):
        return None
    return _QUALIFIER_LIST46.search(text, max(0, m[0] - 60), m[0])


def elided_qualifier46(text: str, values: list, i: int, metrics: list, s0: int, s1: int, canonical) -> tuple[tuple, str] | None:
    """The averaged metric in values[i]'s place of "micro and macro F1" after a "respectively" run (see above); or None."""
    if "elided-qualifier" in _results_off46() or not metrics or "respectively" not in text[s0:s1].lower():
        return None
    j, k = _run(text, values, i)
    if k == j:
        return None
    m = next((m for m in sorted(metrics, key=lambda m: m[0]) if m[0] >= values[k].end), None)
    said = m and elided_list46(text, m)
    if m is None or not said or said.start() < values[k].end:
        return None
    words = re.findall(_AVERAGING46, said.group("list"), re.IGNORECASE)
    if len(words) + 1 != k - j + 1 or not _TO_QUALIFIERS46.fullmatch(text, values[k].end, said.start()) or any(
            values[k].end <= x.start < m[0] for x in values):
        return None
    if i == k:
        return m, "result:elided-qualifier"
    head = re.match(_AVERAGING46 + r"(?:[\s\-]averaged)?[\s\-]*", m[3], re.IGNORECASE)
    word = words[i - j]
    metric = canonical(f"{word} {m[3][head.end():]}")
    if metric is None:
        return None
    at = said.start() + [w.start() for w in re.finditer(_AVERAGING46, said.group("list"), re.IGNORECASE)][i - j]
    return (at, at + len(word), metric, word), "result:elided-qualifier"
