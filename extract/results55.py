"""Precision of result tuples: longer metric names kept whole, values said of two datasets together (issue 12,
session 44).

Read from the false-positive tuples of the released results parts (every part but blind41-43; most weight on
blind30-40, the parts most like unseen text). Of the 88 false positives of blind30-40, the kinds a general rule can
see from the words of the tuple itself:

- finer-metric (~15 of the 88): the metric as written is a longer name the lexicon does not know, made of a name it
  knows and more words ("LAS F1 score", "mAP accuracy", "IoU accuracy", "F1 accuracy", "top-1 retrieval accuracy");
  the step gave the tuple the known short name ("LAS", "mAP", "IoU", "F1", "top-1 accuracy"), a different metric
  from the one the abstract reports. GOLD-RESULTS.md: "a longer metric name stays whole" ("certified top-1
  accuracy", "BoW F1-score"). The tuple's metric becomes the name as written. Not when the extra words are a split
  or an aggregate ("top-1 validation accuracy", "mean IoU", "average F1": the split goes to `split`, the metric is
  the short one) or "classification" ("top-1 classification accuracy" stays top-1 accuracy, as the step had it), not for a name with a bracketed abbreviation ("Fréchet Inception Distance (FID)"), and not for
  abbreviations or plurals alone ("P" / "R", "success rates"), nor beside a second metric at a cut-off ("top-1
  accuracy hits@1"), nor for a metric at a cut-off ("pass@32 accuracy" is pass@32).
- two-datasets (2 of the 88, and the convention is firm): one value said of two datasets together ("100% accuracy
  on both CLEVR and CLEVR CoGenT", "a 60% lower error on X and Y datasets") is on no single dataset
  (GOLD-RESULTS.md: "a value said of two datasets together ... has no dataset"); the step gave it the first name.
  The dataset is dropped (both names go to `split`). Not when several values share the pair ("74.1 and 80.2 on X
  and Y, respectively"), and not when a value or "respectively" stands between them.

Kinds looked at and left: a dataset the paper names elsewhere given to a value whose sentence names none (89 of
102 such tuples without an anaphor are right), metric names with one more word before them ("parse accuracy",
"labeling accuracy": the gold keeps such a word about as often as it leaves it), shared tasks named only in a
sentence of the abstract (names the gold writes in many shapes; a recall rule, not a precision one).

Measured (value+metric+dataset, study parts = every results part but blind41-43): P 0.907 / R 0.656 (1825/188/956)
-> 0.914 / 0.661 (1839/174/942); blind30-40 alone 0.828 / 0.564 (425/88/329) -> 0.854 / 0.581 (438/75/316); no
tuple lost. 73k check (3000 prefiltered abstracts, switch on/off): 21 tuples changed (18 metric names, 3 datasets),
all read, all as the gold conventions say (doubtful: "success rate AUC" kept whole); entities unchanged.

Behind PAPERKG_RESULTS55 ("off", a comma list of RESULTS_RULES55, or "on:" and default-off parts, DEFAULT_OFF55).
Offsets and values are never changed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .recall_rules import parts_off_by_default

RESULTS_RULES55 = ("finer-metric", "two-datasets")
DEFAULT_OFF55: frozenset[str] = frozenset()


def _results_off55() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS55", RESULTS_RULES55, DEFAULT_OFF55)


def checks55(paper, text: str, out: list) -> list:
    """The parts that check the results, in order."""
    if not out:
        return out
    out = finer_metric55(out)
    return two_datasets55(paper, text, out)


# -- finer-metric --------------------------------------------------------------------------------------------------

# extra words that are a split, an aggregate or a unit, not part of a metric's name
_SPLIT_WORDS55 = frozenset({
    "test", "testing", "val", "validation", "dev", "development", "train", "training", "held-out", "heldout",
    "average", "averaged", "avg", "mean", "overall", "final", "best", "top", "absolute", "relative", "total",
    "official", "reported", "new", "state-of-the-art", "sota", "the", "our", "its", "a", "an", "of", "on", "in", "and",
    "percent", "percentage", "value", "values",
    "classification",  # "top-1 classification accuracy" is top-1 accuracy (tests/unit/test_results_extract.py)
})
_FILLER55 = frozenset({"score", "scores", "points", "point", "pts", "pp"})  # "LAS F1 score": the name with "score"
_TOKEN55 = re.compile(r"[A-Za-z0-9@]+(?:[\-@.][A-Za-z0-9@]+)*")


def _tokens55(name: str) -> list[str]:
    return [t.lower() for t in _TOKEN55.findall(name)]


def _singular55(token: str) -> str:
    return token[:-1] if len(token) > 3 and token.endswith("s") and not token.endswith("ss") else token


def finer_name55(metric: str, metric_text: str) -> str | None:
    """The metric as written when it is a longer name than ``metric`` (the lexicon's), else None.

    "LAS F1 score" read as LAS -> "LAS F1 score"; "mAP accuracy" read as mAP -> "mAP accuracy"; not "top-1 validation
    accuracy" (a split word), "P" (an abbreviation), "success rates" (a plural), "Fréchet Inception Distance (FID)"."""
    from .results import canonical_metric

    written = " ".join(metric_text.split())
    if not written or not metric or "@" in metric or "(" in metric_text or ")" in metric_text or "  " in metric_text:
        return None
    if canonical_metric(written) is not None:
        return None  # the lexicon knows the whole name: the step's name is its own
    have = [_singular55(t) for t in _tokens55(written)]
    known = [_singular55(t) for t in _tokens55(metric)]
    if not known or any(t not in have for t in known):
        return None  # the written name is not the known one with more words ("P" for precision, "micro" for micro F1)
    extra = [t for t in have if t not in known and t not in _FILLER55]
    if not extra or any(t in _SPLIT_WORDS55 for t in extra):
        return None
    if any(not re.search(r"[a-z]", t) or "@" in t for t in extra):
        return None  # "F1 5": a number, not a name; "top-1 accuracy hits@1": a second metric beside the first
    return re.sub(r"\s+(?:points?|pts|pp)$", "", written)


def finer_metric55(out: list) -> list:
    """"68.31% LAS F1 score", "92.2% mAP accuracy": the metric as written, not the short name (part "finer-metric")."""
    if "finer-metric" in _results_off55():
        return out
    kept: list = []
    for r in out:
        name = finer_name55(r.metric, r.metric_text or "")
        kept.append(replace(r, metric=name) if name and name != r.metric else r)
    return kept


# -- two-datasets --------------------------------------------------------------------------------------------------

_NAME55 = r"[A-Z0-9][\w\-'./+]*(?:\s+(?!and\b|or\b)[\w\-'./+]+){0,4}?"
# after the value (and its unit and metric): "on both X and Y", "on X and Y datasets", "on the X and the Y benchmarks"
_PAIR55 = re.compile(
    r"^(?P<gap>[^.;:\d()\[\]]{0,60}?)\b(?:on|across|for)\s+(?P<both>both\s+)?(?:the\s+)?(?P<x>" + _NAME55 + r")\s+and\s+(?:on\s+)?(?:the\s+)?"
    r"(?P<y>" + _NAME55 + r")(?P<plural>\s+(?:datasets|benchmarks|data\s*sets|corpora|test\s+sets))?(?=\s*(?:[.;,)]|$|\s))")


def _fold55(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (name or "").lower())


def two_datasets55(paper, text: str, out: list) -> list:
    """"100% accuracy on both X and Y": a value said of two datasets together has no dataset (part "two-datasets")."""
    if "two-datasets" in _results_off55():
        return out
    from .results import DATASET_TYPES

    names: set[str] = set()
    for e in getattr(paper, "entities", None) or []:
        if e.type in DATASET_TYPES:
            names |= {_fold55(x) for x in (e.name, *e.aliases, *(m.text for m in e.mentions))}
    kept: list = []
    for r in out:
        kept.append(_two_datasets_one55(text, r, out, names))
    return kept


def _two_datasets_one55(text: str, r, out: list, names: set[str]):
    if not r.dataset:
        return r
    after = text[r.end : r.end + 200]
    m = _PAIR55.match(after)
    if not m:
        return r
    x, y = m.group("x").strip(), m.group("y").strip()
    y = re.sub(r"\s+(?:datasets?|benchmarks?|data\s*sets?|corpora|corpus)$", "", y)
    mine = _fold55(r.dataset)
    fx, fy = _fold55(re.sub(r"\s+(?:dataset|benchmark)$", "", x)), _fold55(y)
    if mine not in (fx, fy) and not (mine and (fx.startswith(mine) or fy.startswith(mine))):
        return r  # the pair is not the value's dataset
    if not (m.group("both") or m.group("plural") or (fx in names and fy in names)):
        return r  # "on X and Y" may go on with the next clause; want "both", a plural noun or two dataset names
    # several values on the pair ("74.1 and 80.2 on X and Y, respectively") or "respectively": each has its own
    sentence_end = text.find(". ", r.end)
    rest = text[r.end : sentence_end if sentence_end > 0 else len(text)]
    if re.search(r"\brespectively\b", rest, re.IGNORECASE):
        return r
    before = text[max(0, r.start - 30) : r.start]
    if re.search(r"\d\s*%?\s*(?:,|and|/|or)\s*$", before):
        return r  # the last of a list of values
    if any(o is not r and o.end <= r.end + m.end() and o.start >= r.end for o in out):
        return r  # another value inside the phrase
    pair = f"{x} and {y}"
    split = f"{r.split}; {pair}" if r.split else pair
    unsure = "+unsure" if r.rule.endswith("+unsure") else ""
    return replace(r, dataset=None, dataset_id=None, split=split,
                   rule=r.rule.removesuffix("+unsure").partition("+dataset:")[0] + "+dataset:two-datasets" + unsure)
