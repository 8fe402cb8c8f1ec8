"""Fronted data names without a comma or after an opening adverb; finer metric names after a value (issue 12,
session 33, results39).

"In detail, on LDC2020T07 we have achieved ... while for AMR-to-text generation of the languages, we have obtained
25.69, 31.36, and 28.42 in BLEU respectively", "On CIFAR-10 we achieve a mean test error of 1.46%", "Similarly, on
HMDB51 dataset we outperform self-supervised state-of-the art methods by 12.7%": the sentence opens with the data its
values are on. results27's fronted-name reads such a name only when a comma follows it and the sentence opens with
"On / In"; without the comma (or after "In detail, / Similarly, / For example, ...") the values stay without a dataset
and the gate marks them unsure or drops them.

The parts below are behind PAPERKG_RESULTS39 ("off", a comma list of RESULTS_RULES39, or "on:" and a comma list of
default-off parts, DEFAULT_OFF39: none now). fronted-name-bare changes only the dataset of results the step made
(before the gates; it adds or drops none); finer-metric-after-value adds results the step dropped for want of a
metric (called from ``results._pair_metric``).

- fronted-name-bare: a sentence that opens with [one opening adverb and a comma] "On / In / For / Across [the]
  [standard / public / popular / challenging / large-scale] NAME [test / dev / validation] [dataset / data set /
  corpus / benchmark / test set / set]" and then, with or without a comma, "we / our / it / its / this / these / the
  proposed" or the paper's proposed method: its results with no dataset, after the name, take NAME. NAME is a dataset
  entity of the paper mentioned there (the entity), or a shaped name (results27's: "LDC2020T07", "CIFAR-10", "MS
  COCO" is not shaped as one word) that results27's and results37's name tests take as data (no model, method the paper
  proposes, task, metric, language, split word or described name). Refused: a sentence that names other data after the
  fronted name ("on / in <Capitalised name>", a dataset entity); a name followed by "hardware / robot / model /
  network / backbone / architecture / setting / task / subtask" (what runs, not the data: "On ANYmal-D hardware we",
  "For VGG-16 our network"); a fronted name results27 already reads (the first words "On|In NAME," at the sentence's
  start, no adverb), except for a result the step gave the paper's one dataset by its fallback ("+dataset:paper"),
  which takes the fronted name ("On OU-MVLP, we achieve rank-1 accuracy of 92.4%" was CASIA-B).

- finer-metric-after-value: "+23.3% novel word translation accuracy", "94.3% question matching accuracy", "0.77 token
  F-score", "18.86% phone recognition error": a value (with "%" or a decimal point) followed by one to three lower-case
  words and then a metric the lexicon knows, where the step's own gap test refused those words (so the value was bound
  to no metric and dropped). The metric is the whole name as written, the words included (GOLD-RESULTS.md: a longer
  metric name stays whole); "average / mean / overall" are left out of the name (they are not part of a metric's name),
  and so are "points / score" after it ("1.2 monolingual BLEU points" is monolingual BLEU).
  Refused: a word that is a function word, a comparison or change ("higher", "improvement", "relative"), a verb form
  ("achieved", "improves"), an "-ly" word, a French word ("du taux d'erreurs"), a unit ("5.6 degrees cross-subject
  error", "0.25 degree resolution grid map"), a word of speed or rank ("faster", "superior"), a word of data, compute
  or training ("training data", "parameters", "memory"); a metric word that goes on ("accuracy-based").
"""

from __future__ import annotations

import dataclasses
import re

from . import recall_rules
from . import results as R
from . import results37
from .records import ExtractedPaper, Result

RESULTS_RULES39 = ("fronted-name-bare", "finer-metric-after-value")
# Parts off unless named after "on:" in PAPERKG_RESULTS39: none (both changed papers outside the results gold at 73k, all
# read right; docs/history/results39.md). Kept so that a part can ship off without a new switch.
DEFAULT_OFF39: frozenset[str] = frozenset()

_ADVERB39 = (r"(?:In\s+detail|In\s+particular|In\s+addition|In\s+practice|Similarly|Specifically|Moreover|Furthermore|"
             r"Additionally|For\s+example|For\s+instance|Notably|Finally|Overall|Also|Concretely|Empirically|"
             r"Experimentally|Likewise|Besides|Remarkably|Importantly|Further|e\.g\.|In\s+experiments)")
_NAME39 = r"[A-Z0-9][\w+\-'’.]*(?:\s+(?:[A-Z0-9][\w+\-'’.]*))*?"
_FRONTED39 = re.compile(
    r"\s*(?P<adverb>" + _ADVERB39 + r"\s*,\s*)?(?:[Oo]n|[Ii]n|[Ff]or|[Aa]cross)\s+(?:the\s+)?"
    r"(?:(?:standard|public|popular|challenging|large-scale|widely[\s\-]used|publicly\s+available)\s+)*"
    r"(?P<name>" + _NAME39 + r")"
    r"(?P<noun>\s+(?:(?:test|dev|validation|evaluation)\s+)?(?:dataset|data\s+set|corpus|benchmark|test\s+set|set))?"
    r"(?P<comma>\s*,)?\s+(?P<subject>\S+(?:\s+\S+)?)")
_SUBJECT39 = re.compile(r"(?:we|our|it|its|this|these|the\s+proposed)\b", re.IGNORECASE)
_NOT_DATA_AFTER39 = re.compile(r"\s+(?:hardware|robots?|models?|networks?|backbones?|architectures?|settings?|tasks?|"
                               r"subtasks?|track|experiments?|scenarios?|cases?|domains?|languages?)\b", re.IGNORECASE)


def _results_off39() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RESULTS39", RESULTS_RULES39, DEFAULT_OFF39)


def _proposed_names(paper: ExtractedPaper) -> set[str]:
    return {f for e in paper.entities if e.role == "proposes" and e.type in ("method", "model")
            for f in (e.name, *e.aliases, *(m.text for m in e.mentions))}


def _dataset_entity_at(paper: ExtractedPaper, lo: int, hi: int):
    for e in paper.entities:
        if e.type in R.DATASET_TYPES and any(m.field == "abstract" and lo <= m.start and m.end <= hi for m in e.mentions):
            return e
    return None


def _other_data_after(paper: ExtractedPaper, text: str, ent, pos: int, s1: int) -> bool:
    """Whether the sentence names data other than the fronted name after ``pos``."""
    for e in paper.entities:
        if e.type in R.DATASET_TYPES and e is not ent and any(
                m.field == "abstract" and pos <= m.start < s1 for m in e.mentions):
            return True
    for m in R._ON_NAMED.finditer(text, pos, s1):
        name = re.sub(r"^(?:on|in)\s+(?:the\s+)?", "", m.group(0))
        first = name.split()[0].lower()
        if R.canonical_metric(name) is not None or R.canonical_metric(name.split()[0]) is not None:
            continue  # "in Smatch F1", "in BLEU": a metric, not data
        if first in results37._LANGUAGES37:
            continue  # "in German": a language
        return True
    return False


def fronted_name(paper: ExtractedPaper, text: str, s0: int, s1: int) -> tuple[str, str | None, int, bool] | None:
    """The (name, entity id, end, results27 reads it) of the data name the sentence at s0-s1 opens with (fronted-name-bare), or None."""
    m = _FRONTED39.match(text, s0, s1)
    if not m:
        return None
    plain = not m.group("adverb") and bool(m.group("comma"))  # "On FooSet, we ...": results27's fronted-name reads it
    subject = m.group("subject")
    proposed = _proposed_names(paper)
    if not (_SUBJECT39.match(subject) or subject.split()[0].rstrip(",") in proposed or subject in proposed):
        return None
    name = m.group("name").rstrip(".’'")
    n0, n1 = m.start("name"), m.start("name") + len(name)
    if not m.group("noun") and _NOT_DATA_AFTER39.match(text, n1):
        return None  # "On ANYmal-D hardware we show": what runs, not the data
    ent = _dataset_entity_at(paper, n0, n1)
    if ent is None:
        if len(name.split()) > 1 and not m.group("noun"):
            return None  # "On MS COCO LoMaR outperforms": where the name ends is not plain without a data noun
        if not re.fullmatch(R._SHAPED27, name) and not m.group("noun"):
            return None
        if (R._data_name27(paper, text, name, n1) != "data" or results37._refused_name(paper, name)
                or results37._described_words(text, name) or name in proposed):
            return None
    if _other_data_after(paper, text, ent, m.start("subject"), s1):
        return None
    return (ent.name if ent is not None else name), (ent.id if ent is not None else None), n1, plain


def checks_results39(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the datasets of RESULTS_RULES39 (see above) set."""
    off = _results_off39()
    if not out or "fronted-name-bare" in off:
        return out
    spans = R.sentence_spans(text)
    memo: dict[int, tuple[str, str | None, int, bool] | None] = {}
    kept = []
    for r in out:
        by_paper = "+dataset:paper" in r.rule  # the step's fallback: the paper's one dataset, not read in the sentence
        if (r.dataset_id is None and r.dataset is None or by_paper) and r.sentence < len(spans):
            if r.sentence not in memo:
                memo[r.sentence] = fronted_name(paper, text, *spans[r.sentence])
            got = memo[r.sentence]
            if (got is not None and got[2] <= r.start and (got[1] or got[0]) != (r.dataset_id or r.dataset)
                    and (by_paper or not got[3])):
                head = r.rule.removesuffix(R.UNSURE).removesuffix("+dataset:none-named").removesuffix("+dataset:paper")
                r = dataclasses.replace(r, dataset=got[0], dataset_id=got[1],
                                        rule=f"{head}+fronted-name-bare+dataset:sentence-text")
        kept.append(r)
    return kept


# finer-metric-after-value
_FINER_GAP39 = re.compile(r"\s*(?:%|\\%|percent|pp)?\s+(?P<mods>(?:[a-z][a-z\-]*[a-z]\s+){1,3})$")
_NOT_MODIFIER39 = frozenset("""
a an the of on in at to by for from with without than over under into onto per via and or nor but as vs versus
our its their his her this that these those which who whom whose what where when while whereas if then so such
is are was were be been being has have had do does did can could may might will would shall should must
higher lower better worse more less fewer greater smaller larger bigger best worst top-notch
improvement improvements improve improves improved improving gain gains gained increase increases increased
decrease decreases decreased reduction reductions reduce reduces reduced drop drops dropped boost boosts boosted
raise raises raised lift lifts achieve achieves achieved achieving obtain obtains obtained reach reaches reached
absolute relative points point pp percent percentage times fold margin margins difference gap loss losses
data dataset datasets sample samples examples example labels label labeled labelled images image parameters
parameter params memory compute flops time times speed latency training train trained pretraining fine-tuning
inference test-time sparsity compression pruning ratio rate budget size epochs steps queries tokens
only just about around nearly almost approximately roughly over up also still even both all each every any some
additional extra further leap jump faster slower superior inferior stronger weaker
degree degrees ms cm mm km meters metres pixels pixel seconds second minutes hours fps hz db resolution
du de des le la les un une et en sur pour avec par au aux dans est
respectively new prior previous baseline state-of-the-art sota human humans random chance
""".split())
_NOT_NAME39 = frozenset(("average", "averaged", "mean", "overall"))


def _finer_off39() -> bool:
    return "finer-metric-after-value" in _results_off39()


def finer_metric(text: str, v, mspan: tuple) -> tuple[tuple, str] | None:
    """The finer metric "V <words> METRIC" names (finer-metric-after-value), as the step's (span, rule) pair, or None.
    Called by ``results._pair_metric`` only where its own gap test refused the words between a value and the first
    metric after it."""
    if _finer_off39() or not (v.unit == "%" or "." in v.text):
        return None
    ms, me, metric, surface = mspan
    m = _FINER_GAP39.match(text, v.end, ms)
    if m is None or m.end() != ms:
        return None
    words = m.group("mods").split()
    if any(w in _NOT_MODIFIER39 or w.endswith("ly") for w in words):
        return None
    if re.match(r"[\w\-]", text[me : me + 1]):
        return None  # the metric word goes on ("accuracy-based"): not where the name ends
    kept = [w for w in words if w not in _NOT_NAME39]
    if not kept:
        return None
    name = " ".join(kept) + " " + re.sub(r"\s+(?:points?|scores?)$", "", surface)
    start = m.start("mods") + (len(m.group("mods")) - len(m.group("mods").lstrip()))
    # "57% attack success rates": a whole name the lexicon knows (its plural too) is that metric, one node with it.
    known = R.canonical_metric(name) or (R.canonical_metric(name[:-1]) if name.endswith("s") else None)
    found = known if known is not None else R.Metric(name, metric.direction)
    return (start, me, found, text[start:me]), "result:value-finer-metric"
