"""Gated values in a sentence that names one dataset, given that dataset (issue 12, session 40, results48).

The gate of ``results.find_results`` drops a value bound to a metric when the paper names datasets and none is linked to
it ("gate:no-dataset-bound"). On the released results parts (blind37/38 out) 99 of the values it drops have a dataset in
the gold, and in about half of them the value's own sentence names that dataset, typed: the dataset binding stopped at
the first value or clause ("on ImageNet VID dataset with 76.7% mAP at 37 FPS and the offline performance 78.4% mAP",
"on the MS-COCO dataset, TF-HEAD helps R18 RetinaNet achieve 33.9 mAP (+2.2), while HEAD ... 36.2 mAP (+4.5)",
"on the MVTec dataset show that CFLOW-AD outperforms previous methods by 0.36% AUROC in detection task, by 1.12% AUROC").

- one-dataset-sentence: give the value the dataset of its sentence when every dataset entity the sentence names is one
  and the same, it is named before the value, and nothing after the value (in its clause) or between the name and the
  value opens another data slot ("1.6% on ADE", "81.03% exact match accuracy on Django and ... on CoNaLa": an "on / in /
  for" and a capitalised name that is not that dataset), nor does the sentence speak of other data ("other datasets",
  "across tasks", "zero-shot", "transfer", "our previous study"), nor, before "respectively", does a capitalised name
  follow "and" between the dataset and the value ("on the BUCC mining task and the UN reconstruction task by more than
  10 F1 and 30 precision points, respectively"), nor outside such lists a capitalised name no entity of the paper
  has ("FooBench with 93.1% mAP and QuxSet with 61.2% mAP"). Only mentions that are no modifier ("ImageNet-supervised")
  or training data ("trained on the X dataset") count, the value must not go on the name ("on CIFAR-10 and 100"), and
  a clause with a subject of its own (", while the baseline reaches 37.0%") stops the name unless it opens the sentence
  before any number ("For example, on the MS-COCO dataset, ... 33.9 mAP (+2.2), while HEAD ... 36.2 mAP (+4.5)"); a
  year after "and" or a comma between name and value goes on the name ("PASCAL VOC 2007 (73.2% mAP) and 2012 (70.4%
  mAP)"), and a value with a unit of its own ("with 22.6, 16.9, 12.4, 4.7 FPS") is no metric value.

Behind PAPERKG_RESULTS48 ("off", a comma list of RESULTS_RULES48, or "on:" and default-off parts, DEFAULT_OFF48).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES48 = ("one-dataset-sentence",)
DEFAULT_OFF48: frozenset[str] = frozenset()


def _results_off48() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS48", RESULTS_RULES48, DEFAULT_OFF48)


# a data slot of a name: "on ADE", "in the BUCC task", "for Spanglish"
_SLOT48 = re.compile(r"\b(?:on|in|for|over|across)\s+(?:the\s+)?(?P<name>[A-Z][\w\-.+]*)")
# the sentence speaks of data other than the one it names
_OTHER_DATA48 = re.compile(r"\b(?:other|another|unseen|new|out-of-domain|cross-domain)\s+(?:[\w\-]+\s+)?(?:datasets?|"
                           r"domains?|benchmarks?|tasks?|languages?|corpora)\b|\bzero-shot\b|\btransfer(?:red|ring)?\s+to\b|"
                           r"\b(?:previous|prior|earlier)\s+(?:study|studies|work|paper)\b",
                           re.IGNORECASE)
# a list of names paired with the values ("on the BUCC mining task and the UN reconstruction task by 10 F1 and 30
# precision points, respectively"): a capitalised name after "and" between the dataset and the value
_AND_NAME48 = re.compile(r"\b(?:and|or|vs\.?|versus)\s+(?:the\s+)?(?P<name>[A-Z][\w\-.+]*)")
_RESPECTIVELY48 = re.compile(r"\brespective(?:ly)?\b", re.IGNORECASE)
# a dataset named as training data: "When only trained on the ImageNet-1K dataset, FooNet achieves 81.0%"
_TRAINED_ON48 = re.compile(r"\b(?:(?:pre-?)?train(?:ed|ing)?|fine-?tun(?:ed|ing))\s+(?:only\s+)?(?:on|with)\s+(?:the\s+)?$",
                           re.IGNORECASE)
# a new clause with a subject of its own: "..., while the baseline reaches 37.0%"
_CLAUSE_BREAK48 = re.compile(r",\s*(?:while|whereas|but)\b|;")
# a year going on the dataset's name: "on PASCAL VOC 2007 (73.2% mAP) and 2012 (70.4% mAP)"
_YEAR_AFTER48 = re.compile(r"(?:,|\band)\s+(?:19|20)\d\d\b(?!\s*[%.]\d)")
# a number of a unit that is no metric value, maybe at the head of a list: "with 22.6, 16.9, 12.4, 4.7 FPS"
_OTHER_UNIT48 = re.compile(r"(?:\s*,\s*(?:and\s+)?\d+(?:\.\d+)?)*\s*(?:and\s+\d+(?:\.\d+)?\s*)?(?:FPS|fps|ms|"
                           r"seconds?|sec|hours?|minutes?|G?FLOPs|MB|GB|[KMB]\s+param)\b")
# the end of a value's clause
_CLAUSE_END48 = re.compile(r"[;,()]|\s(?:and|while|whereas|but)\s|$")


def one_dataset48(paper, text: str, s0: int, s1: int, start: int, end: int, dataset_types: tuple[str, ...]):
    """The dataset entity the gated value at ``start``-``end`` of sentence ``text[s0:s1]`` is given, or None."""
    if "one-dataset-sentence" in _results_off48():
        return None
    named = {}
    spans: list[tuple[int, int]] = []
    for e in paper.entities:
        if e.type not in dataset_types:
            continue
        here = [(m.start, m.end) for m in e.mentions if m.field == "abstract" and s0 <= m.start < s1]
        if here:
            named[e.id] = e
            spans.extend(here)
    if len(named) != 1:
        return None
    # mentions before the value that name data the value may be on: not "ImageNet-supervised", not "trained on X"
    before = [b for a, b in spans if b <= start and not re.match(r"-[A-Za-z]", text[b : b + 2])
              and not _TRAINED_ON48.search(text, max(s0, a - 40), a)]
    if not before or _OTHER_DATA48.search(text, s0, s1):
        return None
    last = max(before)
    if re.fullmatch(r"[\s,/]*(?:and|or|&)?\s*", text[last:start]) or _YEAR_AFTER48.search(text, last, start):
        return None  # "on CIFAR-10 and 100", "on PASCAL VOC 2007 (73.2% mAP) and 2012 (70.4% mAP)": the name goes on
    if _OTHER_UNIT48.match(text, end):
        return None  # "47.4% AP with 22.6, 16.9, 12.4, 4.7 FPS": a number of another unit, not the metric's
    if _CLAUSE_BREAK48.search(text, last, start) and re.search(r"\d", text[s0 : min(a for a, b in spans)]):
        return None  # "reaches 41.2% MRR on FooBench, while the baseline reaches 37.0% MRR": the name was the first value's
    (entity,) = named.values()
    forms = {entity.name, *entity.aliases, *(text[a:b] for a, b in spans)}
    known = {f for e in paper.entities for f in (e.name, *e.aliases, *(m.text for m in e.mentions))}

    def other_slot(a: int, b: int) -> bool:
        for m in _SLOT48.finditer(text, a, b):
            name = m.group("name")
            if not any(name in f or f.startswith(name) for f in forms):
                return True
        return False

    clause = _CLAUSE_END48.search(text, end, s1)
    if other_slot(end, clause.start() if clause else s1) or other_slot(last, start):
        return None
    respective = _RESPECTIVELY48.search(text, end, s1)
    for m in _AND_NAME48.finditer(text, last, start):
        name = m.group("name")
        if not any(name in f for f in forms) and (respective or not any(name in f for f in known)):
            return None  # a list of names ("FooBench with 93.1% mAP and QuxSet with 61.2%"), the dataset the first
    return entity
