"""Session 43 (issue 10, precision): pieces of a shared-task name taken as names of their own; lower-case generic
technique phrases that only the Papers-with-Code method list calls a name.

Switched with ``PAPERKG_PRECISION57`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``drop_task_pieces57`` in pipeline.py right after precision54's
``drop_non_entities54`` (and in scripts/train_name_tagger.py's ``after_tag``).

A system-description paper names its shared task once in full ("SemEval-2020 Task 6", usually in the title) and
then writes parts of it again in the abstract: the campaign with its year ("our system for the SemEval 2020
task6"), the task's own title after a colon ("Task 10: ScienceIE"), or the generic words alone ("the Shared Task
2018"). The guideline annotates the shared task (a benchmark: "SemEval-2017 Task 4") once; each piece became a
second node that no annotator lists (the study sets' false positives "SemEval 2020" three times, "SemEval 2017",
"DeftEval", "ScienceIE", "Shared Task 2018", "Task B Phase B challenge").

- ``event-year``: a node named as a campaign and a year ("SemEval 2020", "SemEval-2017", "WMT'19") when another
  node of the same paper is that campaign and year followed by a task, track or shared task ("SemEval-2020 Task 6",
  "SemEval 2017 Task 5", spaces, hyphens and case folded): the bare campaign is the event (a workshop), the task
  node already carries the benchmark. Dropped. A campaign with no task node in its paper stays (it is then the
  only name of the benchmark: "results on WMT 2014"), and so does one the paper writes as data ("CoNLL 2003
  labeled training data": a data word within three words after a mention; the year names the data set there).
- ``generic-event``: a node whose words are only shared-task vocabulary (shared, task, subtask, challenge, track,
  phase, competition, campaign) with numbers, years or single letters ("Shared Task 2018", "Task B Phase B
  challenge", "Subtask A"): no name at all. Dropped.
- ``task-title``: a node every mention of which follows "Task <n>:" ("SemEval-2017 Task 10: ScienceIE", "SemEval
  2020 task6: DeftEval", "Task 8 of SemEval 2020: Memotion Analysis") and ends the task's title (a full stop,
  comma, bracket, the end of the text, "shared task"; in an abstract also a colon) when the paper has a benchmark
  node with "Task" in its name. Not a system named after the colon in a title ("Team at SemEval-2020 Task 12:
  BERT-CNN for Offensive Speech Identification", "... Task 12: OffensEmblert: An Ensemble ..."): the words after the colon are the task's title, another name of that benchmark node,
  not a second entity. Dropped (not made an alias of the task node: the corpus step merges nodes by alias, and a
  task title such as "Memotion Analysis" or "Affect in Tweets" is also a task name).

- ``pwc-lowercase``: a method whose every mention is a match of the Papers-with-Code method list
  (``gazetteer:pwc-methods-2022``; that list title-cases every row) written in lower case and of two or more words
  ("self-learning", "visual attention", "cycle consistency loss", "max-pooling", "linear regression", "compact
  global descriptor", "deterministic policy gradient"): no rule, no acronym and no capital says it is a name, and
  the guideline makes such generic technique phrases optional at most; the study sets' annotators leave most of
  them out (8 false positives, the rest optional). Not when the paper proposes it, and not a phrase the project's
  lower-case name lists confirm (``lower_names.tsv``, ``lower_names44/45.tsv``, ``known_names47.tsv``,
  ``classical_methods.tsv``: "label smoothing", "spectral clustering", "k-nearest neighbors", "logistic
  regression"), nor an architecture named by its head ("pointer network", "highway network", "non-local block",
  "neural radiance fields"). A capital in any mention keeps it ("Self-Learning" in a title, "Q-learning",
  "U-net").
  **Off by default** (the lead, at the merge): on the 73k build it took established named techniques out of the
  graph with the generic phrases (focal loss 17 -> 7 papers, triplet loss 87 -> 13, experience replay 29 -> 8,
  dilated convolution 22 -> 6, normalizing flows 81 -> 46, linear regression 289 -> 61); the guideline makes these
  optional, never penalised when annotated so, and the study gain (9 false positives) came from annotators leaving
  them out. ``PAPERKG_PRECISION57=on:pwc-lowercase`` switches it on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .recall_rules import parts_off_by_default

PRECISION_RULES57 = ("event-year", "generic-event", "task-title", "pwc-lowercase")
DEFAULT_OFF57: frozenset[str] = frozenset({"pwc-lowercase"})

SCORED57 = ("method", "dataset", "benchmark", "model")


def _precision_off57() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION57", PRECISION_RULES57, DEFAULT_OFF57)


def _fold57(s: str) -> str:
    """Lower case, without spaces, hyphens, underscores and apostrophes ("SemEval-2020 Task 6" -> "semeval2020task6")."""
    return re.sub(r"[\s\-_'\u2019]+", "", s.lower())


# A campaign and its year: one capitalised word (letters, a hyphen inside) and a 4-digit year ("SemEval 2020",
# "WNUT-2020") or a 2-digit one written on to it ("WMT19", "CLEF'22"; not "ResNet 50").
_EVENT_YEAR57 = re.compile(
    r"[A-Z][A-Za-z]*[A-Za-z](?:-[A-Za-z]+)?(?:[\s\-]?(?:19|20)\d\d|(?:'|\u2019)?\d\d)")
# What a task node goes on with after the campaign and year.
_TASK_REST57 = re.compile(r"(?:sharedtask|subtask|task|track)")


# Data words just after a mention: the campaign's year names its data there ("CoNLL 2003 labeled training data").
_DATA_AFTER57 = re.compile(
    r"^\W*(?:\S+\s+){0,2}?(?:data|datasets?|data\s+sets?|corpus|corpora|treebanks?|training|test|dev)\b", re.I)


def names_data57(title: str | None, abstract: str, entity) -> bool:
    """A mention of ``entity`` has a data word within three words after it ("CoNLL 2003 labeled training data")."""
    for m in entity.mentions:
        text = (title or "") if getattr(m, "field", "abstract") == "title" else abstract
        if _DATA_AFTER57.match(text[m.end: m.end + 60]):
            return True
    return False


def event_year57(name: str, others: list[str]) -> bool:
    """``name`` is a campaign and a year and one of ``others`` is that campaign and year with a task after it."""
    if _EVENT_YEAR57.fullmatch(name.strip()) is None:
        return False
    key = _fold57(name)
    for other in others:
        o = _fold57(other)
        if o != key and o.startswith(key) and _TASK_REST57.match(o[len(key):]):
            return True
    return False


_EVENT_WORDS57 = frozenset({
    "shared", "task", "tasks", "subtask", "subtasks", "sub-task", "sub-tasks", "challenge", "challenges", "track",
    "tracks", "phase", "competition", "campaign"})
_CORE_WORDS57 = frozenset({"task", "tasks", "subtask", "subtasks", "sub-task", "sub-tasks", "challenge", "challenges",
                           "competition", "campaign", "track"})
_FILLER57 = re.compile(r"\d+[a-z]?|[A-Z]|[IVX]+|(?:19|20)\d\d|'\d\d")


def generic_event57(name: str) -> bool:
    """Only shared-task words and numbers, years or single letters ("Shared Task 2018", "Task B Phase B challenge")."""
    words = name.strip().split()
    if not words or not any(w.lower() in _CORE_WORDS57 for w in words):
        return False
    return all(w.lower() in _EVENT_WORDS57 or _FILLER57.fullmatch(w) for w in words)


# "Task 10:", "task6:", "Task 8 of SemEval 2020:", "Subtask A:" and an optional opening quote, just before a mention.
_TASK_COLON57 = re.compile(
    r"\b(?:[Ss]ub-?)?[Tt]ask\s?(?:\d+|[A-C])[a-z]?(?:\s+of\s+[A-Z][\w\-]*(?:[\s\-]\d{2,4})?)?\s*:\s*[\"\u201c\u2018']?$")


# What ends a task title: a closing quote, then a full stop, comma, semicolon, bracket, the end of the text, or
# "shared task"/"challenge"/"task"; in an abstract also a colon ("Task 6: OffensEval: Identifying ..."). In a title
# a colon is not enough: "Team at Task 12: OffensEmblert: An Ensemble ..." names the team's own system there.
_TASK_END_ABSTRACT57 = re.compile(
    r"[\"\u201d\u2019']?\s*(?:[.,;:()\[\]]|$|(?:shared\s+task|challenge|task)\b)", re.I)
_TASK_END_TITLE57 = re.compile(r"[\"\u201d\u2019']?\s*(?:[.,;()\[\]]|$)")


def _field_text57(title: str | None, abstract: str, m) -> tuple[str, bool]:
    is_title = getattr(m, "field", "abstract") == "title"
    return ((title or "") if is_title else abstract), is_title


def task_title57(title: str | None, abstract: str, entity) -> bool:
    """Every mention of ``entity`` follows "Task <n>:" and ends where the task's title ends (not "Task 12: BERT-CNN
    for Offensive Speech", the team's system)."""
    if not entity.mentions:
        return False
    for m in entity.mentions:
        text, is_title = _field_text57(title, abstract, m)
        if text[m.start: m.end] != m.text:
            return False
        if _TASK_COLON57.search(text[max(0, m.start - 60): m.start]) is None:
            return False
        end = _TASK_END_TITLE57 if is_title else _TASK_END_ABSTRACT57
        if end.match(text, m.end) is None:
            return False
    return True


def _task_node57(entities: list, skip) -> object | None:
    for e in entities:
        if e is not skip and e.type == "benchmark" and re.search(r"[Tt]ask", e.name):
            return e
    return None


_PWC_RULE57 = "gazetteer:pwc-methods-2022"
# An architecture named by its head ("pointer network", "highway network", "non-local block", "neural radiance
# fields"): the guideline's named architectures are methods even in lower case; kept.
_ARCH_HEAD57 = re.compile(r"\b(?:networks?|nets?|blocks?|fields?|machines?)$", re.I)
_CONFIRMED_LISTS57 = ("lower_names.tsv", "lower_names44.tsv", "lower_names45.tsv", "known_names47.tsv",
                      "classical_methods.tsv")


def _norm57(s: str) -> str:
    return re.sub(r"[\s\-]+", " ", s.lower()).strip()


@lru_cache(maxsize=1)
def _confirmed_lower57() -> frozenset[str]:
    """First columns of the project's lists of confirmed lower-case technique names (hyphens and spaces folded)."""
    names = set()
    for fname in _CONFIRMED_LISTS57:
        text = resources.files("paperkg.extract").joinpath("data/" + fname).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                names.add(_norm57(line.split("\t")[0]))
    return frozenset(names)


def pwc_lowercase57(entity) -> bool:
    """Every mention is a lower-case, multi-word match of the PwC method list and no confirmed lower-case name."""
    if entity.type != "method" or entity.role == "proposes" or not entity.mentions:
        return False
    for m in entity.mentions:
        if m.rule != _PWC_RULE57 or m.text != m.text.lower() or not re.search(r"[a-z]", m.text):
            return False
        if not re.search(r"[a-z][\s\-]+[a-z]", m.text):
            return False
    if _ARCH_HEAD57.search(entity.name):
        return False
    forms = {_norm57(m.text) for m in entity.mentions} | {_norm57(entity.name)}
    confirmed = _confirmed_lower57()
    return not any(f in confirmed or f.rstrip("s") in confirmed for f in forms)


def drop_task_pieces57(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without a campaign-and-year whose task node is there (``event-year``), shared-task
    vocabulary alone (``generic-event``), a task's title after "Task <n>:" (``task-title``) and lower-case
    generic phrases only the PwC method list names (``pwc-lowercase``)."""
    off = _precision_off57()
    if all(p in off for p in PRECISION_RULES57):
        return entities
    names = [e.name for e in entities if e.type in SCORED57]
    out = []
    for e in entities:
        if e.type in SCORED57:
            if "event-year" not in off and event_year57(e.name, names) and not names_data57(title, abstract, e):
                continue
            if "generic-event" not in off and generic_event57(e.name):
                continue
            if "task-title" not in off and task_title57(title, abstract, e):
                if _task_node57(entities, e) is not None:
                    continue
            if "pwc-lowercase" not in off and pwc_lowercase57(e):
                continue
        out.append(e)
    return out
