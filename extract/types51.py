"""Session 43 (issue 10, precision): a name the paper defines as a method, typed benchmark.

Switched with ``PAPERKG_TYPES51`` ("off", a comma list of these part names to switch off, or "on:" and a comma list of
default-off parts). One call, ``retype_methods51`` in pipeline.py right after precision57's ``drop_task_pieces57``
(and in scripts/train_name_tagger.py's ``after_tag``).

- ``defined-method``: a benchmark-typed node whose paper defines it with a technique noun: "X, a family of ...
  visual trackers", "CRAG is the first approach that ...", "we propose a novel unsupervised method by diversifying
  answers, named X", "a novel temporal-aware framework ..., dubbed X", "X, a two-stage instruction tuning framework".
  Its benchmark type came from its shape ("-QA", "-Eval", a capitalised acronym) or from the corpus vote of a
  homonym, not from the paper. The guideline types a proposed, named framework a method. Not retyped when the
  words before the technique noun say evaluation ("a new evaluation framework", "a benchmarking suite", "an
  assessment tool": the guideline's evaluation framework is a benchmark), nor when the paper also writes the name
  next to a benchmark/data noun ("the X benchmark", "X dataset", "X, a benchmark ...", a title "X: A Benchmark for
  ..."). Retyped to method (model when the noun is "model").
- ``report-head``: a benchmark name that glues the paper's own report noun to a shared task's name, as titles write
  them: "Report for SMM4H Shared Task 2019", "System Description for LSDSem'17 Shared Task", "Overview of NLPTEA-2020
  Shared Task", "CBNU System for SIGMORPHON 2019 Shared Task". Cut to the shared task's name (the part after
  "for"/"of"/"to"/"at", ending in "shared task", "challenge", "competition" or "evaluation campaign" with an optional
  year or number); a cut name equal to another of the paper's entities joins it. Only when the word before the
  preposition is a report noun (overview, report, system(s), submission(s), description, findings, participation,
  results, entry, entries): "Social Media Mining for Health Applications Shared Task" keeps its name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .memo import lowered
from .precision47 import _join_kept47
from .recall_rules import parts_off_by_default
from .speed46 import may_hold_data_noun46, method_head_plan46
from .speed53 import method_head_gate53

TYPES_RULES51 = ("defined-method", "report-head")
DEFAULT_OFF51: frozenset[str] = frozenset()


def _types_off51() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES51", TYPES_RULES51, DEFAULT_OFF51)


_HEAD51 = (r"(?:framework|method|methodology|approach|model|algorithm|tracker|network|architecture|technique|"
           r"pipeline|strategy|mechanism|scheme|solver|learner|estimator|detector|generator|planner|policy)s?")
_EVAL51 = re.compile(
    r"\b(?:evaluat\w*|benchmark\w*|assess\w*|test\w*|dataset|data|corpus|corpora|suite|metric|measur\w*|prob\w*|"
    r"diagnos\w*|leaderboard|environment|simulat\w*|challenge|competition|task|score|scoring|rating|judg\w*|"
    r"annotat\w*|human|quality|analy\w*|audit\w*)\b", re.I)
# A benchmark/data noun next to the name: "the X benchmark", "X dataset", "benchmark, X", "X, a ... benchmark".
_DATA_NOUN51 = r"(?:benchmark|dataset|data set|corpus|test set|test suite|suite|leaderboard|challenge|shared task)s?"
_TITLE_DATA51 = re.compile(r"\b(?:benchmark|dataset|data set|corpus|leaderboard|test suite|challenge)s?\b", re.I)
# A clause between the article and the noun: the noun is not what the name is ("a variant of VQG which conditions the
# question generator").
_CLAUSE51 = re.compile(r"\b(?:which|that|where|whose|who|to)\b", re.I)
_NAMING51 = r"(?:named|called|dubbed|termed|coined|namely|denoted(?:\s+as)?)"


# A name that says evaluation or a shared task itself ("DynaEval", "RoboArena", "BUCC shared task", "VOT-19").
_EVAL_NAME51 = re.compile(
    r"eval|bench|arena|suite|test|challenge|competition|shared\s+task|\btask\s*\d|\b(?:19|20)\d\d\b|-\d\d$", re.I)
_TITLE_EVAL51 = re.compile(r"\b(?:evaluat\w*|benchmark\w*|assess\w*)\b", re.I)


def _forms51(entity) -> list[str]:
    forms = {entity.name.strip().strip('"')} | {m.text.strip().strip('"') for m in entity.mentions}
    return sorted((f for f in forms if len(f) >= 2), key=len, reverse=True)


def _method_head51(text: str, form: str) -> str | None:
    """The technique noun the paper defines ``form`` with, or None."""
    f = r"(?<![\w-])%s(?![\w-])" % re.escape(form)
    p1, p2, p34 = method_head_plan46(text, form)  # speed46: only the patterns that can match (same order)
    if not (p1 or p2 or p34):
        return None
    gate = method_head_gate53(text, form, (p1, p2, p34))  # speed53: a pattern that has no match is not compiled
    if not any(gate):
        return None
    pats = (
        # "X, a family of fast ... trackers", "X: a novel framework", "X is the first approach", "X (Y), an approach"
        f + r"(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s-|\s+is)\s*(?:a|an|the\s+first)\s+"
            r"(?P<mods>[^.;:()]{0,90}?)\b(?P<head>" + _HEAD51 + r")\b",
        # "we propose a novel unsupervised method by diversifying answers, named X"
        r"\b(?:propos|present|introduc|develop|design|devis|build|construct)\w*\s+(?:a|an)\s+(?P<mods>[^.;:()]{0,60}?)"
            r"\b(?P<head>" + _HEAD51 + r")\b[^.;()]{0,90}?,?\s*" + _NAMING51 + r"\s+" + f,
        # "our tracker MART", "our proposed model X"
        r"\b[Oo]ur\s+(?P<mods>(?:proposed\s+|new\s+|novel\s+)?)(?P<head>" + _HEAD51 + r"),?\s+" + f,
        # "we propose a novel framework X", "a new method, X,"
        r"\b(?:propos|present|introduc|develop|design|devis)\w*\s+(?:a|an)\s+(?P<mods>[^.;:()]{0,60}?)\b"
            r"(?P<head>" + _HEAD51 + r"),?\s+" + f,
    )
    for p, can in zip(pats, gate):
        if not can:
            continue
        for m in re.finditer(p, text):
            mods = m.group("mods")
            if _EVAL51.search(mods) or re.search(_DATA_NOUN51, mods, re.I) or _CLAUSE51.search(mods):
                continue
            return m.group("head").lower()
    return None


# speed51: the three re.I patterns of _data_cue51 with the form cut out, tried only where the form stands (exact, see
# _form_cue51); each per-form pattern was compiled anew (a data-noun alternation, ~1 ms in re's parser each).
_AFTER_FORM51 = re.compile(r"\s+(?:\w+\s+){0,2}" + _DATA_NOUN51 + r"\b", re.I)
_BEFORE_FORM51 = re.compile(r"\b" + _DATA_NOUN51 + r",?\s+(?:\w+\s+)?(?:" + _NAMING51 + r"\s+)?\Z", re.I)
_APPOSITION51 = re.compile(r"(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s+is)\s*(?:a|an|the|our)\s+[^.;()]{0,60}?\b"
                           + _DATA_NOUN51 + r"\b", re.I)
_WORD_OR_HYPHEN51 = re.compile(r"[\w-]")


def _form_cue51(text: str, form: str) -> bool | None:
    """The three re.I searches of ``_data_cue51`` in ``text`` (any of them finds a match), None where this cannot
    answer exactly (a non-ASCII form, a text ``memo.lowered`` refuses). Each match starts (the first and third
    pattern) or ends (the second, whose last part is white space) with the form between its look-arounds, so it is
    looked for at each place the lower-cased text holds the lower-cased form (``(?i)`` of an ASCII form is found
    exactly there: memo.lowered) whose neighbours are no word character or "-": the first and third pattern's tail
    matched right after it, the second's head searched ending right before it (``\\Z`` at ``endpos``)."""
    low = lowered(text)
    if low is None or not form.isascii():
        return None
    key = form.lower()
    n = len(form)
    at = low.find(key)
    while at >= 0:
        end = at + n
        if not (at and _WORD_OR_HYPHEN51.match(text, at - 1)) and not _WORD_OR_HYPHEN51.match(text, end):
            if _AFTER_FORM51.match(text, end) or _APPOSITION51.match(text, end) or _BEFORE_FORM51.search(text, 0, at):
                return True
        at = low.find(key, at + 1)
    return False


def _data_cue51(title: str, text: str, form: str) -> bool:
    """The paper also writes ``form`` as a benchmark or data resource."""
    f = r"(?<![\w-])%s(?![\w-])" % re.escape(form)
    if not may_hold_data_noun46(text):  # speed46: the three re.I patterns below each need a data noun
        return form in title and bool(re.search(r"^\W*" + f, title)) and bool(
            _TITLE_DATA51.search(title) or _TITLE_EVAL51.search(title))
    found = _form_cue51(text, form)  # speed51: the same answer as the three searches below, without compiling them
    if found:
        return True
    if found is False:
        return bool(form in title and re.search(r"^\W*" + f, title) and (
            _TITLE_DATA51.search(title) or _TITLE_EVAL51.search(title)))
    if re.search(f + r"\s+(?:\w+\s+){0,2}" + _DATA_NOUN51 + r"\b", text, re.I):
        return True
    if re.search(r"\b" + _DATA_NOUN51 + r",?\s+(?:\w+\s+)?(?:" + _NAMING51 + r"\s+)?" + f, text, re.I):
        return True
    if re.search(f + r"(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s+is)\s*(?:a|an|the|our)\s+[^.;()]{0,60}?\b"
                 + _DATA_NOUN51 + r"\b", text, re.I):
        return True
    if form in title and re.search(r"^\W*" + f, title) and (_TITLE_DATA51.search(title) or _TITLE_EVAL51.search(title)):
        return True
    return False


def retype_methods51(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with benchmark-typed names it defines as a method retyped (``defined-method``) and
    report nouns cut off shared-task names (``report-head``)."""
    off = _types_off51()
    if all(p in off for p in TYPES_RULES51):
        return entities
    title = title or ""
    text = title + "\n" + abstract
    texts = {"abstract": abstract or "", "title": title}
    changed: set[int] = set()
    for e in entities:
        if e.type != "benchmark":
            continue
        if "report-head" not in off and e.mentions and _cut_report51(e, texts):
            changed.add(id(e))
            continue
        if "defined-method" in off:
            continue
        forms = _forms51(e)
        if any(_EVAL_NAME51.search(f) for f in forms):
            continue
        if any(_data_cue51(title, text, f) for f in forms):
            continue
        for f in forms:
            head = _method_head51(text, f)
            if head is not None:
                e.type = "model" if head.startswith("model") else "method"
                break
    return _join_kept47(entities, changed) if changed else entities


# -- report-head ---------------------------------------------------------------------------------------------------
_REPORT_HEAD51 = re.compile(
    r"^(?P<head>.*?\b(?:[Oo]verview|[Rr]eport|[Ss]ystems?|[Ss]ubmissions?|[Dd]escription|[Ff]indings|[Pp]articipation|"
    r"[Rr]esults|[Ee]ntry|[Ee]ntries))\s+(?:for|of|to|at|in)\s+(?:the\s+)?"
    r"(?P<tail>[A-Z0-9][^\s]*(?:\s+\S+){0,8}?\s+(?:[Ss]hared\s+[Tt]asks?|[Cc]hallenge|[Cc]ompetition|"
    r"[Ee]valuation\s+[Cc]ampaign)(?:\s+(?:19|20)\d\d|\s+\d{1,2})?)$")


def report_tail51(name: str) -> str | None:
    """The shared task's name of a name glued to a report noun ("Report for SMM4H Shared Task 2019" -> "SMM4H
    Shared Task 2019"), or None."""
    m = _REPORT_HEAD51.match(name.strip())
    return m.group("tail") if m else None


def _cut_report51(e, texts: dict[str, str]) -> bool:
    tail = report_tail51(e.name)
    if tail is None:
        return False
    ms, hit = [], False
    for m in e.mentions:
        text = texts.get(m.field or "abstract", "")
        if text[m.start:m.end] == m.text and m.text.endswith(tail):
            ms.append(replace(m, text=tail, start=m.end - len(tail)))
            hit = True
        else:
            ms.append(m)
    if not hit:
        return False
    e.mentions = ms
    old = e.name
    e.name = tail
    e.aliases = [a for a in e.aliases if a not in (tail, old)]
    return True
