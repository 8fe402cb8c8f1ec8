"""Gated values whose dataset is named as evaluation data in the sentence before (issue 12, session 40, results50).

The gate of ``results.find_results`` drops a value bound to a metric when the paper names datasets and none is linked to
it ("gate:no-dataset-bound"). results48 gave such a value the one dataset its own sentence names; on the released results
parts 20 more of the dropped values with a gold dataset have it in the sentence before, said as evaluation data ("We
experiment with the Wall Street Journal speech recognition task. Our LSD model achieves 12.9% WER compared to a character
baseline of 14.8% WER."; "Our experiments using the STAGE framework on the TVQA+ dataset show the effectiveness of our
proposed detector. It achieves a 2.02 points improvement in accuracy of QA").

- previous-sentence-dataset: the gated value takes the dataset of the sentence before when its own sentence names no
  dataset entity and opens no data slot of its own ("on ImageNet", "for the X task", "on the dev set" is fine), the
  sentence before names one dataset entity only and names it as evaluation data (an evaluation, experiment, test or
  benchmark cue, "results on", "on the X dataset", results of that sentence already on it, or a data-set word by the
  name and an experiment cue in the value's sentence), not as training data
  only ("trained on X", "pre-train on X") and not as a modifier ("ImageNet-pretrained"); and not when the value's
  sentence moves elsewhere: "also", "in addition", "additionally", "moreover", "furthermore" (another result, maybe on
  other data), other data ("other datasets", "zero-shot", "transfer to", "when trained on"), or another task.

Behind PAPERKG_RESULTS50 ("off", a comma list of RESULTS_RULES50, or "on:" and default-off parts, DEFAULT_OFF50).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES50 = ("previous-sentence-dataset",)
DEFAULT_OFF50: frozenset[str] = frozenset()


def _results_off50() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS50", RESULTS_RULES50, DEFAULT_OFF50)


# the sentence before says the data is evaluation data
_EVAL_CUE50 = re.compile(r"\b(?:evaluat\w*|experiment\w*|test(?:s|ed|ing)?|benchmark\w*|validat\w*|assess\w*|"
                         r"results?\s+(?:on|in)|stud(?:y|ies)\s+(?:[\w\-]+\s+){0,6}(?:on|of)|"
                         r"performance\s+on|(?:conduct|perform|carr(?:y|ied))\w*\s+(?:[\w\-]+\s+){1,8}(?:on|with|using))\b",
                         re.IGNORECASE)
# the data named as training data only
_TRAINED_ON50 = re.compile(r"\b(?:(?:pre-?)?train(?:ed|ing|s)?|fine-?tun(?:e|ed|es|ing)|learn(?:ed|t)?\s+from)\s+"
                           r"(?:\w+\s+){0,3}(?:on|with|from|using)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-.]+\s+){0,4}$",
                           re.IGNORECASE)
# the value's sentence moves elsewhere: another result, other data, another task
_MOVES_ON50 = re.compile(r"\b(?:also|in\s+addition|additionally|moreover|furthermore|besides|"
                         r"(?:other|another|unseen|new)\s+(?:[\w\-]+\s+)?(?:datasets?|domains?|benchmarks?|corpora|"
                         r"languages?|tasks?)|zero-shot|few-shot|transfer\w*|cross-\w+|out-of-domain|when\s+(?:trained|fine-?tuned)|"
                         r"(?:previous|prior|earlier|several|other|many)\s+(?:study|studies|work|works|paper|papers|authors))\b|\b(?:task|subtask|track)\s+\d|"
                         r"\b(?:in|for|on)\s+the\s+(?:[\w\-]+\s+){0,3}(?:task|subtask|track|setting)s?\b|"
                         r"\b(?:on|over|across|in)\s+(?:the\s+)?(?:(?:all|several|multiple|various|different|diverse|many|both|"
                         r"these|\d+|two|three|four|five|six)\s+)?(?:[\w\-]+\s+)?(?:datasets|benchmarks|tasks|settings|"
                         r"corpora|domains|languages|environments)\b|"
                         r"\b[A-Z][\w\-]*(?:\s+[\w\-]+){0,3}\s+(?:competition|challenge|shared\s+task|dataset|benchmark|"
                         r"corpus|test\s+set)\b",
                         re.IGNORECASE)
# a data slot of a capitalised name in the value's sentence: "on ADE", "for Spanglish"
_SLOT50 = re.compile(r"\b(?:on|for|across|from)\s+(?:the\s+)?(?P<name>[A-Z][\w\-.+]*)")
# the value's sentence speaks of its own evaluation, the sentence before names the data as a data set
_OWN_CUE50 = re.compile(r"\b(?:experiment\w*|evaluat\w*|test(?:s|ed|ing)?)\b", re.IGNORECASE)
_DATA_WORD50 = re.compile(r"\b(?:datasets?|data\s+sets?|corpus|corpora|benchmarks?)\b", re.IGNORECASE)
# other data in the sentence before, beside the named dataset: "on the public FUNSD dataset and a large-scale payment
# dataset", "on three public datasets: RefCOCO, RefCOCO+, and RefCOCOg", "measured on the WSJ ... on this challenge set"
_OTHER_DATA_BEFORE50 = re.compile(r"\b(?:(?:a|an|another|this|that|our|their|its)\s+(?:[\w\-]+\s+){0,4}|(?:two|three|four|five|"
                                  r"six|several|multiple|various|different|\d+)\s+(?:[\w\-]+\s+){0,3})(?:datasets?|data\s+sets?|"
                                  r"corpus|corpora|benchmarks?|treebanks?|challenge\s+sets?|test\s+sets?)\b", re.IGNORECASE)
# a capitalised name listed with the dataset: "on VisA and MVTec-AD dataset"
_LISTED_BEFORE50 = re.compile(r"(?-i:[A-Z])[\w\-+.]*\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$")
_LISTED_AFTER50 = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?[A-Z]|,\s*[A-Z][\w\-+.]*\s*(?:,|and\b|or\b)")
# a value that is a target, not a result: "the reject rate required to achieve a 1% error rate"
_TARGET50 = re.compile(r"\b(?:required|needed|necessary|enough|sufficient)\s+to\s+(?:achieve|reach|obtain|get)\s+"
                       r"(?:an?\s+|the\s+)?$", re.IGNORECASE)
_SLOT_OK50 = {"I", "We", "Our", "It", "This", "These", "Table", "Fig", "Figure"}


def previous_dataset50(paper, text: str, spans: list[tuple[int, int]], si: int, start: int, results: list,
                       dataset_types: tuple[str, ...]):
    """The dataset entity a gated value at ``start`` of sentence ``si`` (``spans`` the sentence spans of ``text``) is
    given, or None.

    ``results`` are the results found so far (to see whether the sentence before already has results on the data)."""
    if "previous-sentence-dataset" in _results_off50() or si <= 0:
        return None
    s0, s1 = spans[si]
    p0, p1 = spans[si - 1]
    here: dict[str, object] = {}
    before: dict[str, list[tuple[int, int]]] = {}
    for e in paper.entities:
        if e.type not in dataset_types:
            continue
        for m in e.mentions:
            if m.field != "abstract":
                continue
            if s0 <= m.start < s1:
                here[e.id] = e
            elif p0 <= m.start < p1:
                before.setdefault(e.id, []).append((m.start, m.end))
    if here or len(before) != 1:
        return None  # the value's sentence names data of its own, or the sentence before names none or several
    if _MOVES_ON50.search(text, s0, s1) or _TARGET50.search(text, max(s0, start - 60), start):
        return None
    others = {f for e in paper.entities if e.type not in dataset_types for f in (e.name, *(m.text for m in e.mentions))}
    for m in _SLOT50.finditer(text, s0, s1):
        if m.group("name") not in _SLOT_OK50 and not any(f.startswith(m.group("name")) for f in others):
            return None  # "... 1.6% on ADE": a name the entity step did not type holds the slot
    ((eid, mentions),) = before.items()
    entity = next(e for e in paper.entities if e.id == eid)
    mentions = [(a, b) for a, b in mentions if not re.match(r"-[A-Za-z]", text[b : b + 2])]
    if not mentions:
        return None  # "ImageNet-pretrained": a modifier, not data
    if all(_TRAINED_ON50.search(text, max(p0, a - 80), a) for a, _ in mentions):
        return None  # "We pre-train the parser on X.": training data
    for m in _OTHER_DATA_BEFORE50.finditer(text, p0, p1):
        if not any(a <= m.end() + 3 and b >= m.start() - 3 for a, b in mentions):
            return None  # other data beside it, not an apposition of the name ("QuAC, a large-scale ConvQA dataset")
    if any(_LISTED_BEFORE50.search(text, max(p0, a - 40), a) or _LISTED_AFTER50.match(text, b) for a, b in mentions):
        return None  # "on VisA and MVTec-AD dataset": a name the entity step did not type is listed with it
    said = any(r.dataset_id == eid and p0 <= r.start < p1 for r in results)
    if not said and not _EVAL_CUE50.search(text, p0, p1) and not re.search(
            r"\b(?:on|using|with)\s+(?:the\s+)?(?:[\w\-.+]+\s+){0,6}(?:dataset|corpus|benchmark|task)\b", text[p0:p1],
            re.IGNORECASE) and not (_OWN_CUE50.search(text, s0, s1) and any(
                _DATA_WORD50.search(text, max(p0, a - 60), min(p1, b + 30)) for a, b in mentions)):
        return None  # the sentence before names the data, but not as what the work is evaluated on
    return entity
