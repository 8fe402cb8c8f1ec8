"""Baselines after a score and two-metric respectively runs (issue 12, session 31, results35).

Left open by results34 and counted again on the studied results parts (scripts/results_trace.py, blind1-28 and tune,
blind29/30 out): 63 missed gold tuples are baselines (``is_baseline``), 31 of them dropped as ``no-metric-bound``
although the sentence has just reported the paper's own score in a named metric. Each part below is behind
PAPERKG_RESULTS35 ("off" or a comma list of RESULTS_RULES35):

- baseline-after-score: "a Top-1 accuracy of 83.5% which is 0.4% better than the previous record of 83.1%",
  "accuracy of 42.23%, which is well above the baseline of 24.89%", "a MOTA score of 93.4 significantly higher than
  the second-best SOTA method ByteTrack which achieves only 89.6", "a HOTA score of 63.2 outperforming the next best
  method scoring 62.6", "(68.99% vs 64.73%)": a value the result step left unread, in the same sentence after a score
  it read (a level of the paper's own, not a difference, not a baseline), introduced right before by a baseline cue
  (the baseline / previous record / prior / previous best / second best "of / is / was / with", "compared to / with
  [the state of the art of]", "vs", "higher / better / lower / worse than", "achieves only", "scoring", "with a score
  of", "close to the"). Not "the state-of-the-art performance of" alone: that is as often the paper's own score. The value takes the score's metric and dataset, is a level
  (``exact``) and ``is_baseline``; no entity (the compared system is not the paper's). Refused: any other unread
  number between the score and the value (which value is compared is not clear), a value of another unit than the
  score's (a "%" against none), a value that would not be beaten by the score when the cue says it is ("higher than",
  "outperforming", "above", "only": the baseline must be worse in the metric's direction), a range, a signed value,
  a value followed by a metric name other than the score's.
- slash-one-metric: "the mAP improvement is +18.0%/+15.6%/+15.9% for COCO 5/10/30-shot", "achieves 68.1/74.4 average
  F1 for event / participant parsing", "0.859/0.628 on premise/conclusion recognition": a run of N slashed values
  (two or more, one with a decimal point or "%") that the result step left unread, followed (within three words) by
  "for / on / in" and a list of N settings joined by N-1 slashes, in a sentence that names exactly one metric (the
  lexicon's): each value is that metric's, in order. A difference when a value is signed "+" or a word of gain
  stands before the run in its clause, or "by" right before it; else a level. Dataset: a dataset entity that opens the settings list
  ("COCO 5/10/30-shot"), else the one dataset the sentence's other results share, else results31's rule (the
  sentence's one dataset entity, or none when it names no data). Refused: a run the slash-list rule of the result
  step paired ("V1/V2 M1/M2"), a run whose values are all integers without "%" (a rank "2/43", a date), a list of
  another count.
- metric-agree: the span lexicon of the result step reads "validation error" / "dev accuracy" / "held-out perplexity"
  as the metric after the split word (error rate, accuracy, perplexity), and the lexicon itself lists "test error",
  "test accuracy", "validation accuracy", "test perplexity" as those metrics; but ``canonical_metric`` (which names a
  metric from its surface everywhere else, the scorer included) did not know the other split words, nor "<an error
  metric> rate" ("classification error rate", "test error rate") while it knows "classification error". Where its
  lookup fails, ``agreed_metric`` answers as the span lexicon reads it: a split word (test, testing, validation, val,
  dev, development, held-out) before a surface the lexicon knows, or a known error surface followed by "rate(s)",
  is that metric. It only answers where the lookup found nothing (no name the lexicon maps changes).
"""

from __future__ import annotations

import bisect
import re

from . import recall_rules
from . import results as R
from . import results31
from .records import ExtractedPaper, Result

RESULTS_RULES35 = ("baseline-after-score", "slash-one-metric", "metric-agree")

# the cue right before the baseline's value (the text from the cue's end to the value is at most a possessive name)
_CUE35 = re.compile(
    r"(?:"
    r"\b(?:baselines?|previous|prev\.?|prior|(?:prev\.?|previous|prior|second|next)[\s-]best|winning|strongest)"
    r"(?:\s+(?:record|result|results|score|performance|accuracy|method|model|system|state[\s-]of[\s-]the[\s-]art|sota))?"
    r"\s+(?:of|at|is|was|with)"
    r"|\bcompared\s+(?:to|with)(?:\s+e\.g\.,?)?(?:\s+(?:the\s+)?(?:state[\s-]of[\s-]the[\s-]art|sota)\s+of)?"
    r"|\bvs\.?|\bversus"
    r"|\b(?:achiev\w*|reach\w*|obtain\w*|get\w*|scor\w*)\s+only"
    r"|\bonly\s+(?:achiev\w*|reach\w*|obtain\w*|scor\w*|gets?)"
    r"|\b(?:method|model|system|approach|baseline|competitor|tracker|detector)\s+scoring"
    r"|\bwith\s+(?:a|an)\s+(?:\w+\s+)?score\s+of"
    r"|\bclose\s+to\s+the"
    r"|\b(?:higher|better|lower|worse)\s+than(?:\s+the)?"
    r")\s*(?:[A-Z][\w\-]*['’]s\s+)?(?:\$\s*)?$",
    re.IGNORECASE)
# a word that says the paper's score beats the baseline: then the baseline must be worse in the metric's direction
_BEATS35 = re.compile(r"\b(?:higher|better|above|outperform\w*|surpass\w*|exceed\w*|beat\w*|over|only|improv\w*|"
                      r"lower\s+than|vs\.?|versus)\b", re.IGNORECASE)
_DIGIT35 = re.compile(r"(?<![\w@.\-])\d+(?:\.\d+)?")  # a number, not the digit of a name ("F1", "ROUGE-2")
_WORDS_AFTER35 = re.compile(r"\s*(?:%|\\%)?\s*\$?\s*(?P<word>[A-Za-z][\w\-@]*)?")


def _results_off35() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RESULTS35", RESULTS_RULES35)


def _baseline_after_score(paper: ExtractedPaper, text: str, out: list[Result], spans: list[tuple[int, int]],
                          starts: list[int]) -> list[Result]:
    taken = {r.start for r in out}
    added: list[Result] = []
    for s0, s1 in spans:
        scores = [r for r in out if s0 <= r.start < s1 and r.qualifier in ("exact", "over") and not r.is_baseline]
        if not scores:
            continue
        values = R._values(text[s0:s1], s0)
        for v in values:
            if v.start in taken or v.ranged or v.sign:
                continue
            levels = [r for r in scores if r.start < v.start]
            if not levels:
                continue
            score = levels[-1]
            if any(score.start < r.start < v.start and r.qualifier != "relative" for r in out):
                continue  # a baseline or another level between: not this shape ("0.4% better than" may stand between)
            if any(score.end <= w.start < v.start and w.start not in taken for w in values) or any(
                    not any(r.start <= score.end + d.start() < r.end for r in out)
                    for d in _DIGIT35.finditer(text[score.end : v.start])):
                continue  # another number between (a result's margin aside): which one is compared is not clear
            cue = _CUE35.search(text, max(score.end, v.start - 80), v.start)
            if cue is None:
                continue
            if ("%" in score.text) != ("%" in v.text or text[v.end : v.end + 1] == "%"):
                continue
            if v.value <= 0 or (score.unit == "%" and v.value > 100):
                continue
            after = _WORDS_AFTER35.match(text, v.end, s1)
            word = after.group("word") if after is not None else None
            if word is not None:
                named = R.canonical_metric(word)
                if named is not None and named.name != score.metric:
                    continue  # "vs 12.3 BLEU" after an F1 score: another metric
            if _BEATS35.search(text, score.end, v.start) and not (
                    score.value > v.value if score.direction == "higher" else score.value < v.value):
                continue  # said to be beaten, but not worse: a value of another kind
            R._trace("baseline-after-score", v.start, v.end, text)
            added.append(Result(
                value=v.value, text=v.text, unit=v.unit, metric=score.metric, metric_text=score.metric_text,
                direction=score.direction, qualifier="exact", is_baseline=True, dataset_id=score.dataset_id,
                dataset=score.dataset, split=score.split, entity_id=None, entity=None,
                sentence=bisect.bisect_right(starts, v.start) - 1, start=v.start, end=v.end,
                rule="result:baseline-after-score+dataset:score's"))
            taken.add(v.start)
    return added


_SLASH_SETTINGS35 = re.compile(r"\s*(?:%|\\%)?\s*\$?(?P<words>(?:\s*[A-Za-z][\w\-@]*){0,3}?)\s+(?:for|on|in)\s+(?:the\s+)?"
                               r"(?P<list>[^,;.()]{1,60})")
_NUM35 = r"\d+(?:\.\d+)?"  # results._NUM (not read at import: results imports this module)
_RUN35 = re.compile(rf"(?<![\w.\-/@+])\+?{_NUM35}\s?(?:%|\\%)?(?:\s?/\s?\+?{_NUM35}\s?(?:%|\\%)?)+(?![\w./])")
_ITEM35 = re.compile(rf"(?P<num>{_NUM35})(?P<pct>\s?(?:%|\\%))?")
_GAIN35 = re.compile(r"\b(?:improv\w*|gains?|increas\w*|boost\w*|out-?perform\w*|surpass\w*|margins?)\b", re.IGNORECASE)
_BY_BEFORE35 = re.compile(r"\bby\s+(?:about\s+|around\s+|up\s+to\s+|over\s+)?$", re.IGNORECASE)


def _slash_one_metric(paper: ExtractedPaper, text: str, out: list[Result], spans: list[tuple[int, int]],
                      starts: list[int]) -> list[Result]:
    added: list[Result] = []
    for s0, s1 in spans:
        if "/" not in text[s0:s1]:
            continue
        for run in _RUN35.finditer(text, s0, s1):
            items = list(_ITEM35.finditer(text, run.start(), run.end()))
            read = [r for r in out if run.start() <= r.end and r.start < run.end()]
            done = {m.start() for m in items if any(r.start <= m.start() < r.end for r in read)}
            if len(items) < 2 or len(done) == len(items):
                continue
            if not any(m.group("pct") or "." in m.group("num") for m in items):
                continue  # "ranked 2/43", "5/10/30": counts or labels
            settings = _SLASH_SETTINGS35.match(text, run.end(), s1)
            if settings is None:
                continue
            listed = settings.group("list")
            if listed.count("/") != len(items) - 1 or re.search(r"\d\s?/\s?\d", text[run.end() : settings.start("list")]):
                continue
            metrics = R._metric_spans(text[s0:s1], s0)
            if len({m[2].name for m in metrics}) != 1:
                continue  # none, or several: which one the values are in is not said
            if any(m[0] >= run.end() and m[0] < settings.start("list") for m in metrics) is False and not any(
                    m[1] <= run.start() for m in metrics):
                continue  # the metric must stand before the run or between it and the settings
            mspan = metrics[0]
            if any(r.metric != mspan[2].name for r in read):
                continue  # the result step read one of them in another metric
            names = [x for x in R._entity_spans(paper, s0, s1) if x[2].type in R.DATASET_TYPES]
            opener = next((x for x in names if x[0] == settings.start("list")), None)
            per_item: list = []
            # Declared for mypyc: the branches below give a name or None (a compiled build rejects None otherwise).
            dataset_id: str | None = None
            dataset: str | None = None
            if opener is not None and "/" in text[opener[0] : opener[1]]:
                continue  # "3DMatch/3DLoMatch" typed as one name: which is which is not read here
            if opener is not None:
                # "on 3DMatch/3DLoMatch": one dataset per value, in order, when every item opens with one
                cuts = [settings.start("list")] + [settings.start("list") + k + 1 for k, c in enumerate(listed) if c == "/"]
                per_item = [next((x for x in names if x[0] == c or x[0] == c + 1), None) for c in cuts]
                if not all(per_item):
                    per_item = []
                dataset_id, dataset = opener[2].id, opener[2].name
            else:
                shared = {(r.dataset_id, r.dataset) for r in out if s0 <= r.start < s1}
                if len(shared) == 1 and next(iter(shared))[1] is not None:
                    dataset_id, dataset = next(iter(shared))
                else:
                    usable, dataset_id, dataset = results31._sentence_dataset(paper, text, s0, s1)
                    if not usable:
                        continue
            clause = max(text.rfind(";", s0, run.start()), text.rfind(",", s0, run.start()), s0)
            signed = any(text[m.start() - 1 : m.start()] == "+" for m in items)
            relative = signed or bool(_BY_BEFORE35.search(text, max(s0, run.start() - 20), run.start())) or bool(
                _GAIN35.search(text, clause, run.start())) or bool(
                _GAIN35.search(settings.group("words")))
            for k, m in enumerate(items):
                if m.start() in done:
                    continue
                if per_item:
                    dataset_id, dataset = per_item[k][2].id, per_item[k][2].name
                pct = m.group("pct") is not None or text[run.end() : run.end() + 1] == "%" and m is items[-1]
                R._trace("slash-one-metric", m.start(), m.end(), text)
                added.append(Result(
                    value=float(m.group("num")), text=m.group(0), unit="%" if pct else None, metric=mspan[2].name,
                    metric_text=mspan[3], direction=mspan[2].direction, qualifier="relative" if relative else "exact",
                    is_baseline=False, dataset_id=dataset_id, dataset=dataset, split=None, entity_id=None, entity=None,
                    sentence=bisect.bisect_right(starts, m.start()) - 1, start=m.start(), end=m.end(),
                    rule="result:slash-one-metric+dataset:" + ("list" if opener is not None else "sentence")))
    return added


_SPLIT_BEFORE35 = re.compile(r"(?:the\s+)?(?:test(?:ing)?|validation|val|dev|development|held[\s\-]?out)(?:[\s\-]+set)?\s+"
                             r"(?P<rest>\S.*)$", re.IGNORECASE)
_RATE_AFTER35 = re.compile(r"(?P<rest>.*\berrors?)\s+rates?$", re.IGNORECASE)


def agreed_metric(surface: str) -> R.Metric | None:
    """The metric the span lexicon reads in a surface ``canonical_metric``'s lookup does not know (see metric-agree):
    "validation error" -> error rate, "dev accuracy" -> accuracy, "classification error rate" -> error rate; else None.
    Called by ``results.canonical_metric`` only when its own lookup found nothing."""
    if "metric-agree" in _results_off35():
        return None
    by_form, _ = R.metric_lexicon()
    for regex in (_SPLIT_BEFORE35, _RATE_AFTER35):
        m = regex.match(surface.strip())
        if m is None:
            continue
        rest = m.group("rest").strip()
        found = by_form.get(rest) or by_form.get(R._fold_metric(rest))
        if found is None and regex is _SPLIT_BEFORE35:
            found = _rate_known(rest, by_form)  # "test error rate"
        if found is not None:
            return found
    return None


def _rate_known(surface: str, by_form: dict) -> R.Metric | None:
    m = _RATE_AFTER35.match(surface)
    if m is None:
        return None
    return by_form.get(m.group("rest").strip()) or by_form.get(R._fold_metric(m.group("rest")))


def checks_results35(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the readings of RESULTS_RULES35 (see above), in text order."""
    off = _results_off35()
    if len(off) == len(RESULTS_RULES35):
        return out
    added: list[Result] = []
    if "baseline-after-score" not in off and any(
            r.qualifier in ("exact", "over") and not r.is_baseline for r in out):
        spans = R.sentence_spans(text)
        starts = [s for s, _ in spans]
        added += _baseline_after_score(paper, text, out, spans, starts)
    if "slash-one-metric" not in off and "/" in text and _RUN35.search(text) is not None:
        spans = R.sentence_spans(text)
        starts = [s for s, _ in spans]
        added += _slash_one_metric(paper, text, out + added, spans, starts)
    if not added:
        return out
    return sorted(out + added, key=lambda r: r.start)
