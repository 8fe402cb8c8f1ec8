"""A metric word that only qualifies a longer measure named after it (issue 12, session 49, results62).

docs/history/results62.md sorted the study parts' false tuples (start code, 161): 104 have the gold's value and metric
and another dataset or none, 31 the gold's value with another metric name (mostly a shorter or longer form of the same
measure: "accuracy" for "labeling accuracy", "risk prediction AUC" for "AUC"), 11 the wrong relative flag, 15 a value
the gold does not report. Reading the output of 1,200 random abstracts of the 73k corpus (none in the results corpus),
the value and metric of what the step reports are nearly always right; one shape there reads a metric word that opens
a longer measure name as the measure itself:

- metric-modifier: "a 19.0% relative improvement in error identification F1-score", "85% error detection success
  rate": the value reads "error" (the error rate) right after it, but "error" only says what the F1-score or the
  success rate is of; the measure is the one named after one or two more words. The value is left out (its measure is
  a name the lexicon does not know; read as the later metric, it would be reported under another name than the
  abstract's). Only when the metric the value took stands after the value (at most a few words between), one or two
  lower-case words that are no function word follow it, and a metric of the lexicon starts right after them; "85%
  accuracy and 80% recall", "92% precision at high recall", "an F1 of 0.9 while recall ..." are left alone.

- human-score: a score of people, which GOLD-RESULTS.md counts as no result, in shapes the step's ``_PEOPLE_SCORE`` /
  ``_HUMAN_VALUE`` do not read: people doing the task with a verb of doing it ("while humans find VCR easy (over 90%
  accuracy)", "human annotators identify ... with 88% accuracy"), one person who "can" ("on which human can accomplish
  the task with an accuracy of 94.2%"), and the agreement of people in a bracket after it ("approaching human
  agreement on both tasks (98.3 and 83.0 F1)"). The people must be the subject of the value's clause (the clause a
  bracket opens in, for a bracketed value): "Unlike humans, our classifier reaches 84%", "performs close to humans,
  reaching 86%", "human activities with 30.8% mAP" are left alone.

- share-of: a percentage of a thing that is no quality score, bound to a metric named near it: "286.53% improvement in
  LPIPS with 23% of the original model size", "a top-1 accuracy of 75.25% with only 41% of the original model's MACs",
  "an error lower than 7% at 95% of confidence", "increases mAP to 125% of previous SOTA performance" (shares of data,
  parameters, compute, time, confidence, a ratio to another score; GOLD-RESULTS.md: shares are no results), and a
  retained share of a score ("preserving at least 99% of retrieval accuracy", as the step's ``_share_of_score`` reads
  "retains 99% of the accuracy"). Left alone: "86% of classification accuracy", "22.8% of mAP" (a score written with
  "of"), "80.47% of the existing method" (a system's score), "75% of letters correctly transcribed" (a share of items,
  often the accuracy itself).

Asked after every other check of ``results.find_results`` (before the gate of session 29), so they only take results
away. ``PAPERKG_RESULTS62``: "off"/"0", or a comma list of parts to switch off.
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES62 = ("metric-modifier", "human-score", "share-of")
DEFAULT_OFF62: frozenset[str] = frozenset()


def _results_off62() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RESULTS62", RESULTS_RULES62, DEFAULT_OFF62)


# what may stand between a value and the metric after it: a unit, a hedge or a change noun ("19.0% relative
# improvement in error ...", "85% error ...", "+2.1 absolute error ...")
_VALUE_TO_METRIC62 = re.compile(r"(?:\s*(?:%|\\%|percent|points?|pp))?(?:\s+[a-z][\w-]*){0,3}?\s+$")
# the one or two lower-case words after the metric may be none of these (a function, change or comparison word would
# start another phrase)
_FUNCTION62 = re.compile(
    r"\b(?:and|or|but|nor|with|without|of|on|in|for|by|to|at|from|than|while|whereas|as|over|under|across|per|vs|"
    r"versus|which|that|when|where|after|before|is|are|was|were|be|been|the|a|an|its|their|our|this|these|respectively|"
    r"compared|relative|absolute|improvement|improvements|gain|gains|increase|increases|reduction|reductions|drop|"
    r"decrease|points?|score|scores|only|also|even|still|higher|lower|better|worse)\b")


def _bound_metric_end(text: str, r) -> int | None:
    """Where the metric the value took ends, when it stands right after the value; else None."""
    surface = r.metric_text or ""
    if not surface:
        return None
    at = text.find(surface, r.end, r.end + 60)
    if at < 0 or not _VALUE_TO_METRIC62.fullmatch(text, r.end, at):
        return None
    return at + len(surface)


def _modifies_a_later_metric(text: str, r, metric_spans) -> bool:
    end = _bound_metric_end(text, r)
    if end is None:
        return False
    for n in (1, 2):
        m = re.match(rf"\s+((?:[a-z][a-z-]*\s+){{{n}}})", text[end : end + 60])
        if not m or _FUNCTION62.search(m.group(1)):
            continue
        rest = text[end + m.end() : end + m.end() + 60]
        spans = metric_spans(rest, 0)
        if spans and spans[0][0] == 0:
            return True
    return False


def metric_modifier62(text: str, out: list, metric_spans) -> list:
    """ "a 19.0% relative improvement in error identification F1-score": the value is no error rate (part
    "metric-modifier"); left out."""
    if not out or "metric-modifier" in _results_off62():
        return out
    return [r for r in out if not _modifies_a_later_metric(text, r, metric_spans)]


# -- human-score -----------------------------------------------------------------------------------------------------

# people as the ones doing the task in the value's clause, with a verb of doing it that the step's _PEOPLE_SCORE lacks
_PEOPLE62 = r"(?:humans|human\s+beings|people|(?:human\s+)?annotators|human\s+(?:experts|readers|players|subjects|participants)|crowd[\s-]?workers)"
_DOING62 = (r"(?:find|found|finds|solve[sd]?|answer(?:s|ed)?|identif(?:y|ies|ied)|recogni[sz]e[sd]?|classif(?:y|ies|ied)|"
            r"label(?:s|led|ed)?|distinguish(?:es|ed)?|detect(?:s|ed)?|guess(?:es|ed)?|predict(?:s|ed)?|manage[sd]?|succeed(?:s|ed)?)")
_HUMAN_DOING62 = re.compile(rf"\b{_PEOPLE62}\s+(?:\w+\s+)?{_DOING62}\b[^;]{{0,80}}$"
                            # "on which human can accomplish the task with an accuracy of 94.2%" (one person, "can")
                            r"|\bhuman\s+(?:can|could)\s+[a-z]+\b[^;]{0,80}$", re.IGNORECASE)
_OTHER_SUBJECT62 = re.compile(r"\b(?:and|but|while|whilst|whereas|our|we|its|their|the\s+(?:proposed|model|system|method|classifier|"
                              r"parser|network|approach|baseline)s?)\b", re.IGNORECASE)
# the agreement of people, in a bracket after it: "approaching human agreement on both tasks (98.3 and 83.0 F1)"
_HUMAN_AGREEMENT62 = re.compile(r"\bhuman\s+agreement\b[^.;()]{0,40}\(\s*(?:[\d.]+\s*(?:%|\\%)?\s*(?:,|and)\s*)*$", re.IGNORECASE)


def _sentence_start(text: str, pos: int) -> int:
    at = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    return at + 2 if at >= 0 else 0


def _is_human_score(text: str, r, clause_start) -> bool:
    s0 = _sentence_start(text, r.start)
    if _HUMAN_AGREEMENT62.search(text, s0, r.start):
        return True
    open_at = text.rfind("(", s0, r.start)
    if open_at >= 0 and ")" not in text[open_at : r.start]:  # a value in brackets belongs to the clause they open in
        start = clause_start(text, open_at, s0)
    else:
        start = clause_start(text, r.start, s0)
    m = _HUMAN_DOING62.search(text, start, r.start)
    # "Human annotators labeled the data and our model achieves 85%": another subject after the people's verb
    return bool(m) and not _OTHER_SUBJECT62.search(text, m.start(), r.start)


def human_score62(text: str, out: list, clause_start) -> list:
    """ "while humans find VCR easy (over 90% accuracy)": a score of people, no result (part "human-score")."""
    if not out or "human-score" in _results_off62():
        return out
    return [r for r in out if not _is_human_score(text, r, clause_start)]


# -- share-of --------------------------------------------------------------------------------------------------------

# "with 23% of the original model size", "at 95% of confidence", "to 125% of previous SOTA performance": a percentage of
# a thing that is no quality score (a share of data, of a model's size or compute, of time, or a ratio to another
# score); the noun phrase after "of" has at most four words before its head and no preposition or conjunction. Shares
# of items ("75% of letters correctly transcribed", "95.2% of phoneme boundaries within 70 ms") are left alone: they
# are often the accuracy itself
_OF_PHRASE62 = re.compile(r"\s*(?:%|\\%|percent)?\s+of\s+(?P<np>(?:(?:the|its|their|our|a|an|all|previous|prior|original|"
                          r"full|baseline|total|overall|available|training|labeled|labelled|unlabeled|[\w-]+'s|[\w-]+)\s+){0,4}?)"
                          r"(?P<head>size|parameters|params|weights|MACs|FLOPs|flops|compute|computation|memory|storage|"
                          r"energy|costs?|time|budget|data|dataset|labels|annotations|confidence|performance)\b", re.IGNORECASE)
# a retention verb before a share of a score: "preserving at least 99% of retrieval accuracy"
_RETAIN62 = re.compile(r"\b(?:retain|preserv|keep|kept|maintain|recover)\w*\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_OF_METRIC62 = re.compile(r"\s*(?:%|\\%|percent)?\s+of\s+(?:(?:the|its|their)\s+)?", re.IGNORECASE)


def _is_share(text: str, r, metric_spans) -> bool:
    if r.unit != "%":
        return False
    m = _OF_PHRASE62.match(text, r.end)
    if m and not re.search(r"\b(?:of|on|in|for|by|with|and|or)\b", m.group("np"), re.IGNORECASE):
        return True
    k = _OF_METRIC62.match(text, r.end)
    if k and _RETAIN62.search(text, max(0, r.start - 60), r.start):
        # the metric right after "of [the]" or after one more word ("99% of retrieval accuracy")
        word = re.match(r"[\w-]+\s+", text[k.end() : k.end() + 40])
        for at in (k.end(), k.end() + word.end()) if word else (k.end(),):
            spans = metric_spans(text[at : at + 60], 0)
            if spans and spans[0][0] == 0:
                return True
    return False


def share_of62(text: str, out: list, metric_spans) -> list:
    """ "with only 41% of the original model's MACs": a share, no result (part "share-of")."""
    if not out or "share-of" in _results_off62():
        return out
    return [r for r in out if not _is_share(text, r, metric_spans)]


def checks62(text: str, out: list, metric_spans, clause_start) -> list:
    """The parts of session 49, in order."""
    out = metric_modifier62(text, out, metric_spans)
    out = human_score62(text, out, clause_start)
    return share_of62(text, out, metric_spans)
