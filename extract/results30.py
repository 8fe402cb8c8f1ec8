"""Result datasets named away from the value (issue 12, session 26, results30).

A value whose sentence names no dataset gets the paper's only dataset from ``extract.results`` (``+dataset:paper``)
or its shared task (``+dataset:shared-task``), but only when the entity step found and typed that name. The largest
class of tuples still lost with a value and a metric found is a dataset named in another sentence that the entity
step never links: a shared task or challenge named by its event ("the German Dialect Identification (GDI) task at the
VarDial Evaluation Campaign 2018", "the shared task “QA Lab-PoliInfo”", "the Arabic-to-English 2008 IWSLT task"),
or the evaluation data named once ("Evaluation results on Spades fill-in-the-blank question answering dataset"), or
a described name the sentence opens with. The parts below read that name from the abstract and give it to such
values, switched off with PAPERKG_RESULTS30 ("off" or a comma list of RESULTS_RULES30), for ablations.

- task-of-event: one shared task, challenge or campaign task named by an event shape (an acronym in brackets before
  "task at / of / in the <Event>", a quoted name after "shared task", "<Name> <year> challenge / shared task /
  competition", "<year> <ACRONYM> task"): its values with no dataset are on it (``+dataset:shared-task``).
- evaluated-with-name: else one name in an evaluation phrase ("results / experiments / evaluated on [the] <Name> [a
  few lower-case words] dataset / corpus / benchmark"): its values with no dataset are on it, as on the paper's only
  dataset (``+dataset:paper``, gated like that class).
- fronted-described-name: a sentence that opens "On / In / For the <Name> <one to four lower-case words> dataset / corpus /
  benchmark / treebank," ("On the Stanford question answering dataset, ...") and names no other "on <Name>" after it:
  its values with no dataset are on that name, noun included (results27's fronted-name takes only shaped names, and the
  entity step types such a phrase a task or nothing). This part reads the value's own sentence, so it does not need the
  paper-level conditions below.

The first two take a name only when the paper's abstract types no dataset or benchmark (else which one is a guess),
the name is written before the value's sentence ends (a name only after the value is another evaluation: results28's
paper-dataset-named-later, 10 of 10 wrong on the gold), and the value's sentence says nothing against it
(another setting, an unnamed or several datasets, another named data phrase: the guards of ``+dataset:paper``).
The name is kept as text (by the first condition no dataset entity has it), so no leaderboard of a linked benchmark
changes.
"""

from __future__ import annotations

import dataclasses
import re

from . import recall_rules
from . import results as R
from .records import ExtractedPaper, Result

RESULTS_RULES30 = ("task-of-event", "evaluated-with-name", "fronted-described-name")

_CAP30 = r"(?!(?:The|This|Our|Their|Its|An?|In|On|We|For)\b)[A-Z][\w\-]*"
_EVENT30 = re.compile(
    # "the German Dialect Identification (GDI) task at the VarDial Evaluation Campaign 2018": the bracketed acronym
    rf"\bthe\s+{_CAP30}(?:\s+{_CAP30}){{0,5}}\s+\((?P<acr>[A-Z][A-Za-z]*[A-Z][\w\-]*)\)\s+(?:shared\s+)?task\s+(?:at|of|in)\s+"
    r"(?:the\s+)?[A-Z]"
    # 'the shared task “QA Lab-PoliInfo”'
    r"|\bshared\s+task\s+[“\"](?P<quoted>[A-Z][^”\".;]{1,40})[”\"]"
    # "the Visual Dialog 2020 challenge", "CVPR 2018 challenge dataset"; not the tail of a longer name ("Social Media Mining
    # for Health 2020 shared task": a name with small words the pattern would cut)
    rf"|\b(?P<dated>{_CAP30}(?:\s+{_CAP30}){{0,3}}\s+(?:19|20)\d\d)\s+(?:shared\s+task|challenge|competition)\b"
    # "the Arabic-to-English 2008 IWSLT task"
    r"|\b(?P<year_first>(?:19|20)\d\d\s+[A-Z]{2,}[A-Za-z0-9\-]*\s+(?:shared\s+)?task)\b")


# "Evaluation results on Spades fill-in-the-blank question answering dataset": a capitalised name, a few lower-case words
# and a data noun after a word of evaluation (results.py's _EVALUATED_ON wants "the" and reads only papers with no dataset
# entity at all, as this part does)
_EVALUATED30 = re.compile(
    r"\b(?:results?|evaluat\w*|experiments?|tested|tests?)\s+(?:\w+\s+){0,2}?(?:on|in|using)\s+(?:the\s+)?"
    rf"(?P<name>{_CAP30})(?:\s+[a-z][\w\-]*){{0,4}}\s+(?:dataset|data[\s\-]?set|corpus|benchmark|treebank)\b")
# "... on A dataset and on B corpus": the first of a list of data, not the paper's one
_LIST_AFTER30 = re.compile(r"\s*(?:,|\band\b|\bor\b|/)\s*(?:(?:on|in)\s+)?(?:the\s+)?[A-Z]")
# "Social Media Mining for Health 2020 shared task": a capitalised word and a small word before the dated name, which
# is then the tail of a longer name the pattern would cut ("Health 2020")
_NAME_GOES_BACK30 = re.compile(r"[A-Z][\w\-]*\s+(?:for|of|and|on|in|to|the)\s+$")
# a language or nationality adjective is a kind of data, not its name ("experiments on Chinese news corpus")
_LANGUAGE_WORD30 = re.compile(r"[A-Z][a-z]+(?:ese|ish|ian|an|ic|i)")


def _results_off30() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RESULTS30", RESULTS_RULES30)


def _event_name30(text: str) -> tuple[str, int] | None:
    """The one shared task / challenge the abstract names by an event shape, and where it ends; None if none or several."""
    found = {}
    for m in _EVENT30.finditer(text):
        group = next(g for g in ("acr", "quoted", "dated", "year_first") if m.group(g))
        name = m.group(group).strip()
        if group == "acr" and name in R._TASK_ACRONYMS:
            continue  # "the Named Entity Recognition (NER) task in ...": a task, not the event's
        if group == "dated" and _NAME_GOES_BACK30.search(text, max(0, m.start(group) - 40), m.start(group)):
            continue
        found.setdefault(R._fold_task(name), (name, m.end(group)))
    return next(iter(found.values())) if len(found) == 1 else None


def _evaluated_name30(paper: ExtractedPaper, text: str) -> tuple[str, int] | None:
    """The one name an evaluation phrase of the abstract gives its data, and where it ends; None if none or several."""
    found = {}
    for m in _EVALUATED30.finditer(text):
        name = m.group("name")
        if (not R._is_shaped(name) and _LANGUAGE_WORD30.fullmatch(name)) or _LIST_AFTER30.match(text, m.end()):
            continue
        if R._data_name27(paper, text, name, m.end("name")) != "data":
            continue  # a metric, task acronym, known model or method, the paper's own system (results27's tests)
        found.setdefault(name, (name, m.end("name")))
    return next(iter(found.values())) if len(found) == 1 else None


_FRONTED30 = re.compile(rf"(?:On|In|For)\s+the\s+(?P<name>{_CAP30}(?:\s+[A-Z][\w\-]*)*(?:\s+[a-z][\w\-]*){{1,4}}\s+"
                        r"(?:dataset|data\s+set|corpus|benchmark|treebank))\s*,")


def _fronted_name30(text: str, r: Result, s0: int, s1: int) -> str | None:
    """The described data name the value's sentence opens with (fronted-described-name), or None."""
    m = _FRONTED30.match(text, s0, s1)
    if not m or m.end() > r.start or R._ON_NAMED.search(text, m.end(), s1) or not _open_value(text, r, s0, s1, m.end()):
        return None
    first = m.group("name").split()[0]
    return None if not R._is_shaped(first) and _LANGUAGE_WORD30.fullmatch(first) else m.group("name")


def _open_value(text: str, r: Result, s0: int, s1: int, named_from: int | None = None) -> bool:
    """Whether ``r`` has no dataset and its sentence says nothing against a dataset named elsewhere (the guards the
    paper's-only-dataset fallback of extract/results.py applies); another named data phrase is looked for from
    ``named_from`` on (after the fronted name itself)."""
    return (r.dataset is None and r.dataset_id is None and not r.rule.endswith("+dataset:none-named")
            and not R._OTHER_SETTING.search(text, s0, s1) and not R._UNNAMED_DATA.search(text, named_from or s0, s1)
            and not R._SEVERAL_DATA.search(text, s0, s1) and not R._OTHER_NAMED_DATA.search(text, named_from or s0, s1))


def checks_results30(paper: ExtractedPaper, text: str, out: list[Result]) -> list[Result]:
    """``out`` with the values that have no dataset given the name of RESULTS_RULES30 (see above)."""
    off = _results_off30()
    if len(off) == len(RESULTS_RULES30) or not any(r.dataset is None and r.dataset_id is None for r in out):
        return out
    found = None
    # the paper-level names: only when the abstract types no dataset (else the fallbacks of extract/results.py decide)
    if not any(e.type in R.DATASET_TYPES and any(m.field == "abstract" for m in e.mentions) for e in paper.entities):
        if "task-of-event" not in off and (name := _event_name30(text)):
            found = ("task-of-event", "shared-task", name)
        elif "evaluated-with-name" not in off and (name := _evaluated_name30(paper, text)):
            found = ("evaluated-with-name", "paper", name)
    spans = R.sentence_spans(text)
    kept: list[Result] = []
    for r in out:
        s0, s1 = spans[r.sentence] if r.sentence < len(spans) else (0, len(text))
        fronted = _fronted_name30(text, r, s0, s1) if "fronted-described-name" not in off else None
        if fronted or _open_value(text, r, s0, s1):
            if fronted:
                part, source, dataset = "fronted-described-name", "sentence-text", fronted
            elif found and found[2][1] <= s1:
                part, source, dataset = found[0], found[1], found[2][0]
            else:
                part = ""
            if part:
                R._trace(part, r.start, r.end, text)
                r = dataclasses.replace(r, dataset=dataset, rule=f"{r.rule.partition('+dataset:')[0]}+{part}+dataset:{source}")
        kept.append(r)
    return kept
