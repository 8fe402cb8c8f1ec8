"""Session 42 (issue 10, node precision): a real name typed wrong by its own head word or by a task shape.

Switched with ``PAPERKG_TYPES49`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``retype_heads49`` in pipeline.py right after types48's ``retype_techniques48``,
per paper, before the corpus type vote (``canonical._canonical``: each paper's typed entity votes 3, a bare default
method 1, so a paper retyped here moves its node only where its papers' votes agree).

The "typed wrong" rows of the judged 73k draws (``node-precision-session3{2..9}, -40, -41, -41-merge.tsv``, 110
rows) still wrong in the start graph group as: lexical resources / corpora typed method (~17, most with a cue of
their own), tasks typed data (~8), tasks / settings typed method (~12), techniques typed data or task (~8). Two
cues a rule can see:

- ``name-head``: a method/model name whose own head word is a data noun - the last word, or the word before the
  name's first preposition ("NBA dataset for Sports Video Analysis", "Multimodal Russian Corpus (MURCO)",
  "Verb-Noun Collocation SyntLex Dictionary", "PropBank Lexicon", "EtymDB-2.0", "PPDB"): dataset. A bare data noun
  ("Database") is no name and is left alone; "dictionary" is refused in a paper about sparse coding ("Multi-Contrast
  Convolutional Dictionary", "Stagewise Relational Dictionary"); technique words before the head refuse it
  ("Predicate Model for Ontology", "General Architecture for Learning Ontology"); a plural "ontologies" / "databases"
  names a class of formal objects ("ELr-Ontologies", "Compressed Path Databases"), and other plurals but "treebanks"
  a phrase ("Vietnamese datasets"); "Reverse Dictionary" is a task. Refused when the paper writes
  the name as its technique (types44's ``_technique_written44``: "our X", "X model").
- ``task-shape`` (default off): a dataset/benchmark name of plain words ending in a task noun ("Named Entity
  Disambiguation", "Visual Question Generation") that its paper writes as a task ("the task of X", "X is the task",
  "X task", "(X), a sub-task") and never as data ("the X dataset", "on X"), in a paper naming no shared task,
  challenge or campaign (there a task name is the benchmark: "Hyperpartisan News Detection"): task.
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default
from .types44 import _technique_written44

TYPES_RULES49 = ("name-head", "task-shape")
DEFAULT_OFF49: frozenset[str] = frozenset({"task-shape"})


def _types_off49() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES49", TYPES_RULES49, DEFAULT_OFF49)


# -- name-head -------------------------------------------------------------------------------------------------------
# Not plural "ontologies" / "databases": a class of formal objects ("ELr-Ontologies", "Compressed Path Databases").
# Nor another plural but "treebanks": "Vietnamese datasets", "Partially Labeled Datasets" are phrases, not names.
_DATA_HEAD49 = r"(?:corpus|dataset|data\s+set|treebanks?|dictionary|lexicon|wordnet|database|ontology|thesaurus)"
# The head word ends the name (a version or a bracketed acronym may follow): "Multimodal Russian Corpus (MURCO)".
HEAD_END49 = re.compile(rf"(?i)(?:^|(?<=[\s\-]))(?P<head>{_DATA_HEAD49})(?:\s+v?\d[\w.]*)?(?:\s*\([^()]*\))?$")
# A glued database name: "EtymDB-2.0", "PPDB", "CSJ-RDB" (a word or acronym, then "DB", then an optional version).
GLUED_DB49 = re.compile(r"^[A-Za-z][\w\-]*?[A-Za-z]DB(?:[\-\s]?v?\d[\d.]*)?$")
# The name's prepositional tail: "NBA dataset for Sports Video Analysis" is headed by "dataset".
TAIL49 = re.compile(r"^(?P<pre>.*?\S)\s+(?:for|of|on|in|from|with|across|through)\s+\S")
# Technique words before the head: "Predicate Model for Ontologies", "Deep Dictionary".
TECH_WORDS49 = re.compile(r"(?i)(?<![\w\-])(?:model|models|method|network|networks|architecture|engine|framework"
                          r"|approach|system|learning|learned|recovery|inference|algorithm|sparse|deep|convolutional"
                          r"|relational|stagewise|overcomplete|based|embedding|embeddings|reverse)(?![\w\-])")
# A paper about sparse coding: its "dictionary" is a learned basis, not a lexical resource.
SPARSE_PAPER49 = re.compile(r"(?i)sparse|dictionary learning|atoms?\b|sparse coding|convolutional dictionar")


def data_headed49(name: str, texts: dict[str, str]) -> bool:
    """Is ``name``'s own head word a data noun (a corpus, dataset, lexicon, ... or a glued "DB")?"""
    if " " not in name and "-" not in name and not GLUED_DB49.match(name):
        return False  # a bare "Database" / "Corpus" is no name
    tail = TAIL49.match(name)
    head_part = tail.group("pre") if tail else name
    if GLUED_DB49.match(head_part):
        return True
    m = HEAD_END49.search(head_part)
    if m is None or m.start() == 0:
        return False
    if TECH_WORDS49.search(head_part[: m.start()]):
        return False
    if m.group("head").lower() == "dictionary" and any(SPARSE_PAPER49.search(t) for t in texts.values()):
        return False
    return True


# -- task-shape ------------------------------------------------------------------------------------------------------
_TASK_HEAD49 = (r"(?:disambiguation|extraction|navigation|generation|detection|recognition|classification|parsing"
                r"|retrieval|answering|linking|segmentation|summari[sz]ation|labell?ing|tagging|resolution|tracking"
                r"|captioning|completion|understanding|reasoning|identification|localization|grounding|correction"
                r"|simplification|verification|typing|induction|normali[sz]ation|forecasting|editing|ranking)")
TASK_SHAPED49 = re.compile(rf"(?i)^(?:[A-Za-z][a-z]*(?:-[a-z]+)*\s+){{1,5}}{_TASK_HEAD49}$")
WORD_PLAIN49 = re.compile(r"^[A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*$")
# A paper of a shared task or campaign: a task name there is the benchmark.
CAMPAIGN49 = re.compile(r"(?i)shared[\s\-]task|semeval|challenge|competition|campaign|\btrack\b|workshop|leaderboard"
                        r"|\bTREC|\bCLEF|\bWMT|BioASQ|VarDial|CoNLL")
TASK_BEFORE49 = re.compile(r"(?i)\b(?:task|problem)s?\s+of\s+(?:the\s+)?$")
TASK_AFTER49 = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s*,\s*(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:sub-?)?task\b"
                          r"|\s+is\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(?:sub-?)?task\b|\s+(?:sub-?)?tasks?\b)")
DATA_AFTER49 = re.compile(r"(?i)(?:\s*\([^()]{1,30}\))?\s+(?:dataset|data\s?set|corpus|benchmark|collection|test\s+set)\b")
ON_BEFORE49 = re.compile(r"(?i)\b(?:on|from)\s+(?:the\s+)?$")


def task_written49(e, texts: dict[str, str]) -> bool:
    """Is the data-typed entity a task-shaped name its paper writes as a task and never as data?"""
    if not TASK_SHAPED49.match(e.name) or not all(WORD_PLAIN49.match(w) for w in e.name.split()):
        return False
    if any(CAMPAIGN49.search(t) for t in texts.values()):
        return False
    task = False
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if DATA_AFTER49.match(text, m.end) or ON_BEFORE49.search(text, max(0, m.start - 10), m.start):
            return False
        if TASK_BEFORE49.search(text, max(0, m.start - 30), m.start) or TASK_AFTER49.match(text, m.end):
            task = True
    return task


def retype_heads49(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, names headed by a data noun retyped dataset, task-shaped data names its text writes
    as a task retyped task (in place)."""
    off = _types_off49()
    if len(off) == len(TYPES_RULES49):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if "name-head" not in off and e.type in ("method", "model"):
            if data_headed49(e.name, texts) and not _technique_written44(e, texts):
                e.type = "dataset"
                e.entry = None  # a list typed the spelling a technique; this paper names data
        elif "task-shape" not in off and e.type in ("dataset", "benchmark"):
            if task_written49(e, texts):
                e.type = "task"
                e.entry = None
    return entities
