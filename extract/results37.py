"""A dataset-typing pass for result sentences (issue 12, session 32, results37).

Most first-sight false positives of the released results parts are a right value and metric with the wrong dataset or
none (docs/history/results36.md: 83 of 146): the sentence names its evaluation data but the entity step did not type
the name a dataset, or a split word ("DEV", "TEST") was typed a dataset. Each part below is behind PAPERKG_RESULTS37
("off" or a comma list of RESULTS_RULES37). They change only the dataset of a result the step made; they add or drop
none. The dataset is given as the name written in the sentence (``dataset``, no entity id), as results27's slots do.

- split-not-dataset: a result whose dataset is only a split word or a sub-task label ("DEV", "the TEST dataset", "test
  set", "Subtask 1", "Track 2"): a split is not a dataset. The dataset becomes the paper's one other dataset or
  benchmark entity (the shared task "MADAR Shared Task" whose DEV / TEST sets these are), or none when the paper has
  none or several; the split word goes to ``split``.
- data-noun-slot: a result with no dataset, in a sentence that names its data with a data noun: "on the English
  Switchboard test set", "Experiments on the English Slot Filling 2013 dataset", "for the TRECVID MEDTest 14
  dataset", "on the Complex Word Identification 2018 dataset": "on / for / in / over / across / using [the]
  [modifiers] NAME dataset / data set / corpus / benchmark / treebank / test set / ...", NAME one to five words, each
  opening with a capital or a digit, the first a capital. The slot after the value nearest it (no other value
  between), else the sentence's only slot. Refused: a sentence with a dataset entity; a NAME that is only a split word,
  a label, a language name, a metric, or a name the paper or the gazetteer types a method / model / task; a slot after
  a verb of training ("trained / pre-trained / fine-tuned on").
- from-to-pair: "from 27.6% to 36.8% for the FooSet dataset": the level before "to" has no dataset while the level
  after it (same sentence, same metric) has one: the earlier level is on the same data.
"""

from __future__ import annotations

import dataclasses
import re

from . import recall_rules
from . import results as R
from .records import ExtractedPaper, Result

RESULTS_RULES37 = ("split-not-dataset", "data-noun-slot", "from-to-pair")

_SPLIT37 = re.compile(
    r"(?:the\s+)?(?:official\s+|blind\s+|held[\s\-]?out\s+|hidden\s+)?"
    r"(?:dev|development|devel|test|testing|train|training|val|validation|eval|evaluation|held[\s\-]?out)"
    r"(?:\s*[\-_]?\s*(?:set|sets|data|dataset|data\s+set|split|partition))?"
    r"|(?:sub[\s\-]?)?tasks?\s*[\-_]?\s*(?:\d+(?:\.\d+)?|[A-Za-z]|[IVX]+)(?:\s*[\-_]?\s*(?:set|data|dataset))?"
    r"|(?:track|phase|round|stage)\s*[\-_]?\s*(?:\d+|[A-Za-z]|[IVX]+)",
    re.IGNORECASE)

_DATA_NOUN37 = (r"(?:(?:test|dev|development|validation|evaluation|benchmark)\s+)?"
                r"(?:dataset|data\s+set|corpus|benchmark|treebank|database|test\s+set|"
                r"testset|dev\s+set|collection|challenge\s+set)(?!s\b)")
_NAME_WORD37 = r"(?:[A-Z][\w+\-'’.]*|\d[\w.\-]*)"
_SLOT37 = re.compile(
    r"\b(?P<prep>on|for|in|over|across|using|from)\s+(?P<det>the\s+|our\s+|a\s+|an\s+|this\s+|their\s+)?"
    r"(?:(?:standard|public|publicly|available|popular|widely[\s\-]used|commonly|used|challenging|benchmark|new|"
    r"well[\s\-]known|large|large[\s\-]scale|recent|recently|released|official|real[\s\-]world)\s+)*"
    r"(?P<name>[A-Z][\w+\-'’.]*(?:\s+" + _NAME_WORD37 + r"){0,4}?)\s+" + _DATA_NOUN37 + r"\b")
_TRAINED37 = re.compile(r"\b(?:train\w*|pre-?train\w*|fine-?tun\w*|learn\w*|built|constructed|collected|annotated|"
                        r"derived|extracted|sampled|drawn)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_LANGUAGES37 = frozenset("""english german french spanish chinese japanese korean arabic russian italian portuguese dutch
hindi turkish persian vietnamese indonesian thai basque czech polish swedish finnish greek hebrew urdu bengali tamil
multilingual monolingual bilingual cross-lingual""".split())
_VALUE_BETWEEN37 = re.compile(r"\d(?:\.\d+)?\s*%|\d\.\d")


def _results_off37() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RESULTS37", RESULTS_RULES37)


def is_split_name(name: str | None) -> bool:
    """Whether ``name`` is only a split word or a sub-task label ("DEV", "test set", "Subtask 1", "Track 2")."""
    return bool(name) and bool(_SPLIT37.fullmatch(name.strip()))


def _dataset_names(paper: ExtractedPaper, r: Result) -> list[str]:
    names = [r.dataset] if r.dataset else []
    if r.dataset_id:
        e = next((e for e in paper.entities if e.id == r.dataset_id), None)
        if e is not None:
            names.append(e.name)
    return names


def _split_not_dataset(paper: ExtractedPaper, r: Result) -> Result:
    names = _dataset_names(paper, r)
    if not names or not all(is_split_name(n) for n in names):
        return r
    others = [e for e in paper.entities if e.type in R.DATASET_TYPES and not is_split_name(e.name)
              and any(m.field == "abstract" for m in e.mentions)]
    split = r.split or re.sub(r"(?i)^the\s+", "", names[0]).lower()
    head = r.rule.removesuffix(R.UNSURE).partition("+dataset:")[0]
    if len(others) == 1:
        return dataclasses.replace(r, dataset_id=others[0].id, dataset=others[0].name, split=split,
                                   rule=f"{head}+split-not-dataset+dataset:paper-of-split")
    if not others:
        task = R._shared_task(paper)  # a system paper's shared task, whose DEV / TEST sets these are
        if task is not None:
            tid, tname = (task.id, task.name) if not isinstance(task, str) else (None, task)
            return dataclasses.replace(r, dataset_id=tid, dataset=tname, split=split,
                                       rule=f"{head}+split-not-dataset+dataset:task-of-split")
    return dataclasses.replace(r, dataset_id=None, dataset=None, split=split,
                               rule=f"{head}+split-not-dataset+dataset:none-named")


def _refused_name(paper: ExtractedPaper, name: str) -> bool:
    words = name.split()
    if is_split_name(name) or R._label_word(name) and words[0].lower() != "english":
        return True
    if all(w.lower() in _LANGUAGES37 or re.fullmatch(r"[\d.\-]+", w) for w in words):
        return True  # "on the English test set", "on the English 2018 dataset": a language (and year), not a data name
    if re.search(r"-(?:created|based|generated|style|like|derived|augmented|annotated|labell?ed|specific)$", words[-1],
                 re.IGNORECASE):
        return True  # "on DaCoM-created datasets": data described by where it comes from
    if words[0].lower() in ("we", "our", "this", "these", "its", "their", "each", "all", "both", "several", "two",
                            "three", "four", "five", "many", "other", "table", "section", "figure", "fig"):
        return True
    if R.canonical_metric(name) is not None:
        return True
    if name in R._gazetteer_non_data27():
        return True
    for e in paper.entities:
        if e.type in R.DATASET_TYPES:
            continue
        forms = (e.name, *e.aliases, *(m.text for m in e.mentions))
        if name in forms and (e.type != "method" or e.role == "proposes"):
            return True  # a task, model or metric of the paper, or its own method
    return False


def _described_words(text: str, name: str) -> bool:
    """Whether a word of ``name`` is a task acronym ("Japanese NER") or an acronym the abstract spells out in lower case
    ("Alzheimer's disease (AD)"): the name then describes the data by language and topic, it does not name it."""
    for w in name.split():
        if w in R._TASK_ACRONYMS:
            return True
        if re.fullmatch(r"[A-Z]{2,6}", w) and re.search(rf"\b[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){{0,4}}\s*\(\s*{w}\s*\)", text):
            return True
    return False


def _slots(paper: ExtractedPaper, text: str, s0: int, s1: int) -> list[tuple[int, int, str]]:
    found = []
    for m in _SLOT37.finditer(text, s0, s1):
        name = m.group("name").rstrip(".’'")
        if _TRAINED37.search(text[max(s0, m.start() - 40) : m.start()]):
            continue
        if m.group("prep") == "from" and not re.search(r"\b(?:considering|evaluat\w*|results?|test\w*)\s+(?:\w+\s+){0,3}$",
                                                       text[max(s0, m.start() - 60) : m.start()]):
            continue  # "from the X dataset" is data taken from it, unless the sentence evaluates there
        if m.group("det") and m.group("det").strip().lower() != "the":
            continue  # "on our Reddit test set", "on a Mandarin AD corpus": a description, not a name (GOLD-RESULTS.md)
        if re.search(r"\b(?:an?|our|their|its|another)\s+(?:\w+\s+){0,2}" + re.escape(name) + r"\b", text):
            continue  # the abstract says "a Mandarin AD corpus" elsewhere: described, not named
        if _refused_name(paper, name) or _described_words(text, name):
            continue
        found.append((m.start("name"), m.start("name") + len(name), name))
    return found


def _sentence_has_dataset_entity(paper: ExtractedPaper, s0: int, s1: int) -> bool:
    return any(e.type in R.DATASET_TYPES and any(m.field == "abstract" and s0 <= m.start < s1 for m in e.mentions)
               for e in paper.entities)


def _data_noun_slot(paper: ExtractedPaper, text: str, r: Result, spans: list[tuple[int, int]]) -> Result:
    if r.dataset_id is not None or r.dataset is not None or r.sentence >= len(spans):
        return r
    s0, s1 = spans[r.sentence]
    if _sentence_has_dataset_entity(paper, s0, s1):
        return r
    slots = _slots(paper, text, s0, s1)
    if not slots:
        return r
    after = [s for s in slots if s[0] >= r.end and not _VALUE_BETWEEN37.search(text, r.end, s[0])]
    if after:
        name = after[0][2]
    elif len({s[2] for s in slots}) == 1 and all(s[1] <= r.start for s in slots):
        name = slots[0][2]
    else:
        return r
    head = r.rule.removesuffix(R.UNSURE).removesuffix("+dataset:none-named")
    return dataclasses.replace(r, dataset=name, rule=f"{head}+data-noun-slot+dataset:sentence-text")


def _from_to_pair(text: str, out: list[Result]) -> list[Result]:
    kept = list(out)
    for i in range(len(kept) - 1):
        r, nxt = kept[i], kept[i + 1]
        if (r.dataset_id is None and r.dataset is None and r.rule.startswith("result:from-to")
                and nxt.sentence == r.sentence and nxt.metric == r.metric and (nxt.dataset_id or nxt.dataset)
                and re.fullmatch(r"\s*(?:%|\\%)?\s*(?:to|->|→)\s*", text[r.end : nxt.start])):
            head = r.rule.removesuffix(R.UNSURE).removesuffix("+dataset:none-named")
            kept[i] = dataclasses.replace(r, dataset_id=nxt.dataset_id, dataset=nxt.dataset,
                                          rule=f"{head}+from-to-pair+dataset:sentence")
    return kept


def checks_results37(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the datasets of RESULTS_RULES37 (see above) set."""
    off = _results_off37()
    if not out or len(off) == len(RESULTS_RULES37):
        return out
    spans = R.sentence_spans(text)
    kept = []
    for r in out:
        if "split-not-dataset" not in off:
            r = _split_not_dataset(paper, r)
        if "data-noun-slot" not in off:
            r = _data_noun_slot(paper, text, r, spans)
        kept.append(r)
    if "from-to-pair" not in off:
        kept = _from_to_pair(text, kept)
    return kept
