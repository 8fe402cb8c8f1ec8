"""A dataset taken from another sentence refused when the value's own sentence names other data (issue 12, session 45,
results57).

Read from the study parts of the results gold (every part but blind41-44): of the wrong tuples whose error is the
dataset, the ones bound from another sentence come from the paper-only-dataset fallback (``results._paper_dataset``,
rule "+dataset:paper", 132 right / 26 wrong on the study parts), results50's sentence before and results51's one
evaluation dataset. Most of the wrong ones are entity-step matters (a dataset the step did not find or named wrongly)
or one-paper shapes; one kind a general rule can see from the value's own sentence:

- own-data-slot: the value's sentence names data of its own in a slot, "On the large WMT'14 English-French task,
  sequence-level training achieves 41.5 BLEU" (the only dataset entity, named in an earlier sentence, is Gigaword),
  "On the larger Wikipedia datasets for character prediction (text8 and enwik8), RHNs ... achieve an entropy of 1.27
  bits per character" (the only dataset entity is the Penn Treebank of the sentence before). The shape: "on / for /
  in the", at most three lower-case words, a name written with a capital, at most three more words, then a data noun
  (dataset(s), benchmark(s), corpus / corpora, treebank(s)), or "task / challenge / track" when the name carries a
  digit (an edition: "WMT'14", "SemEval-2017"; "for the NER task" is a task, not data). When that name is none of the
  candidate dataset's names (name, aliases, mentions; compared without case, spaces or punctuation, either inside the
  other) and no entity of another type (a task, a method) the step typed, the candidate from the other sentence is
  not bound: the value's data is the one its sentence names, which the step did not type, and a wrong dataset is worse
  than none. Not when the slot follows "trained / fine-tuned / learned (...)" (training data: "models trained on the
  distilled Foo corpora achieve 3.6 BLEU"). The value is then left to the gate like any value bound to no dataset (the paper names datasets: dropped).
  On the study parts it refuses 2 wrong bindings and no right one, of ~400 bindings taken from another sentence.

Behind PAPERKG_RESULTS57 ("off", a comma list of RESULTS_RULES57, or "on:" and default-off parts, DEFAULT_OFF57).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES57 = ("own-data-slot",)
DEFAULT_OFF57: frozenset[str] = frozenset()


def _results_off57() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS57", RESULTS_RULES57, DEFAULT_OFF57)


# "On the large WMT'14 English-French task", "on the larger Wikipedia datasets", "for the Foo Bar corpus"
_DATA_SLOT57 = re.compile(
    r"\b(?i:on|for|in)\s+the\s+(?:[a-z][\w\-’']*\s+){0,3}?"
    r"(?P<name>[A-Z][\w\-’'.+/]*(?:\s+[\w\-’'.+/]+){0,3}?)\s+"
    r"(?P<noun>(?i:datasets?|data\s+sets?|benchmarks?|corpus|corpora|treebanks?|tasks?|challenges?|tracks?))\b")
# the slot holds training data: "models trained on the distilled Foo corpora", "trained only on the ..."
_TRAINED_BEFORE57 = re.compile(r"\b(?:(?:pre-?)?train(?:ed|ing|s)?|fine-?tun(?:e|ed|es|ing)|learn(?:ed|t|s)?|distill(?:ed|ing)?)"
                               r"\s+(?:\w+\s+){0,3}?$", re.IGNORECASE)
_DATA_NOUN57 = re.compile(r"(?i:datasets?|data\s+sets?|benchmarks?|corpus|corpora|treebanks?)")


def _key57(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.lower())


def other_data_slot57(paper, text: str, s0: int, s1: int, dataset, dataset_types: tuple[str, ...]) -> bool:
    """Whether the sentence text[s0:s1] names, in a data slot, data that is not ``dataset`` (an Entity or a name taken
    from another sentence): then that dataset is not bound to the sentence's value."""
    if "own-data-slot" in _results_off57() or dataset is None:
        return False
    if isinstance(dataset, str):
        names = {dataset}
    else:
        names = {dataset.name, *dataset.aliases, *(m.text for m in dataset.mentions)}
    keys = {k for k in map(_key57, names) if k}
    others = {_key57(f) for e in paper.entities if e.type not in dataset_types
              for f in (e.name, *(m.text for m in e.mentions))} - {""}
    for m in _DATA_SLOT57.finditer(text, s0, s1):
        name, noun = m.group("name"), m.group("noun")
        if _TRAINED_BEFORE57.search(text, max(s0, m.start() - 60), m.start()):
            continue  # "trained on the distilled Foo corpora", "a baseline trained only on the small Bar corpus": training data
        if not _DATA_NOUN57.fullmatch(noun) and not re.search(r"\d", name):
            continue  # "for the NER task": a task, not data; "the WMT'14 ... task" carries an edition
        key = _key57(name)
        first = _key57(name.split()[0])
        if not key or any(k in key or key in k for k in keys) or any(first and first in k for k in keys):
            continue  # the candidate itself ("on the same ImageNet dataset")
        if key in others or first in others:
            continue  # a name the step typed as something else (a task, a method)
        return True
    return False
