"""Session 46 (issue 10, node precision): a name's role noun where its paper states the kind, typed by default.

Switched with ``PAPERKG_TYPES54`` ("off" or "0", or a comma list of these part names to switch off). One call,
``retype_roles54`` in pipeline.py right after types53's ``retype_new_tasks53`` (and in
scripts/train_name_tagger.py's ``after_tag``), per paper, before the corpus type vote.

The "typed wrong" rows of the judged 73k draws (``tests/data/corpus-checks/node-precision-session4*.tsv``) lead with
problem settings and tasks typed method, data typed method and algorithms typed data. Most carry no cue in the
sentence the row was drawn from; the cue is the phrase that names the thing ("a ... problem ..., which we refer to
as X", "three different tasks: A, X and B", "the "X" algorithm"). A plain head noun after a name ("the X problem",
"X tasks", "X datasets") does not say what X is: read on the 73k extraction, "the LASSO / ICA / RPCA / SVM / MAP
problem" and "HOI / LDL / MoST datasets" name a technique's optimisation problem or a task's data far more often
than a problem or a dataset (457 and 122 such mentions, mostly right as typed), so no rule reads it.

- ``problem-named``: a method name (not a list entry) named by a problem phrase: "problem" / "problems" / "setting"
  followed by at most eight words holding no technique or proposal word, then a naming verb ("which we refer to as",
  "which we call / term / dub / name", "called", "termed", "dubbed", "named", "referred to as") and the name:
  "a novel problem in mechanism design without money, which we term Truthful Interval Covering (TIC)", "a weakly
  supervised learning problem called Learning from Label Proportions (LLP)". -> task.
- ``task-list``: a method name (not a list entry) that is an item of a list of tasks: "tasks:" / "tasks, namely" /
  "tasks such as" / "tasks including" / "tasks, i.e.," and then items separated by commas and "and" / "or" only
  (no clause word between), the name ending its item: "we apply it to three different tasks: human affordance
  prediction, X and 6D object pose hallucination". Refused after a training-objective word ("two auxiliary tasks:",
  "pre-training tasks", "sub-tasks") and for a name headed by a technique noun ("Masked Language Model"). -> task.
- ``test-suite``: a method name (not a list entry, no technique head) in apposition to a test suite or stress test:
  "X, a challenge stress-test for natural language inference", "X, a new testsuite for the evaluation of parsers", the
  title "X: A Challenge on Learning From Small Data". -> benchmark.
- ``algorithm-head``: a dataset / benchmark name written "the X algorithm" / "the "X" algorithm" (the article, an
  optional quote, the noun), refused when the paper writes the name as data anywhere (types43's
  ``written_as_data43``). -> method.

Checked on the 73k extraction (/tmp/lead/s45/b73, session 46): the rules change 8 papers (9 node keys), all read and
right: LReID ("This problem is called ..."), SSB ("We call this new control problem ..."), Streaming Submodular Cover,
Location2Object, PredCls / SGCls ("three benchmark tasks: ..."), Recognizing Textual Entailment -> task; BubbleBank
-> method; ConjNLI, TePaCoC -> benchmark. A list of WAT translation directions ("six tasks: en-ja, ..., HINDENen-hi")
was the one wrong list before ``LANGUAGE_PAIR54``. Per-paper task votes also fall on SLAM (84 papers), SfM (82) and
robust PCA (55) in 1-3 papers each ("tasks including 3D reconstruction and visual SLAM"); their nodes keep their type
(the corpus vote), as do AlphaGo ("tasks such as AlphaGo and Atari games", wrong, outvoted 5:1) and LLP (5 papers).
No study-pool or dev output changes.
"""

from __future__ import annotations

import re

from .precision38 import TECHNIQUE_END38
from .recall_rules import parts_off_by_default
from .types43 import written_as_data43
from .types53 import OBJECTIVE53

TYPES_RULES54 = ("problem-named", "task-list", "algorithm-head", "test-suite")
DEFAULT_OFF54: frozenset[str] = frozenset()


def _types_off54() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_TYPES54", TYPES_RULES54, DEFAULT_OFF54)


# Words that make the named thing a technique (or the problem phrase the object of a proposal): "To address this
# problem, we propose a novel method named X", "an algorithm for this problem, called X".
NOT_PROBLEM54 = re.compile(
    r"(?i)(?<![\w\-])(?:propos\w*|introduc\w*|develop\w*|present\w*|address\w*|solv\w*|tackl\w*|handl\w*|overcom\w*"
    r"|allevia\w*|remed\w*|mitigat\w*|relie\w*|resolv\w*|fix\w*|avoid\w*|design\w*|devis\w*|formulat\w*|cast\w*"
    r"|incorporat\w*|use[sd]?|using|for|as|method\w*|model\w*|approach\w*|algorithm\w*|network\w*|framework\w*"
    r"|techniqu\w*|solution\w*|system\w*|architectur\w*|mechanism\w*|descriptor\w*|representation\w*|extension\w*"
    r"|paradigm\w*|module\w*|strateg\w*|procedure\w*|process\w*|relaxation\w*|regulari[sz]\w*|scheme\w*|loss\w*"
    r"|function\w*|measure\w*|metric\w*|datasets?|benchmarks?|corpus|corpora|estimator\w*|learner\w*|classifier\w*"
    r"|tool\w*|construction\w*|implementation\w*|version\w*|variant\w*|instance\w*|called|named|termed|dubbed)"
    r"(?![\w\-])")
# "a ... problem [in / of / related to ... ][,] which we refer to as / call / term X", "This problem is called X"
PROBLEM_NAMED54 = re.compile(
    r"(?<![\w\-])(?:problems?|settings?|tasks?)"
    r"(?P<between>\s+(?:in|of|on|over|under|with|without|from|related\s+to|where)(?:\s+[\w\-$\\{}()]+){1,7})?"
    r"\s*,?\s+(?:(?:which|that)\s+(?:we\s+)?)?(?:(?:is|are)\s+)?"
    r"(?:refer(?:red)?\s+to\s+as|call(?:ed)?|term(?:ed)?|dub(?:bed)?|name[sd]?|coin(?:ed)?|denote[sd]?\s+(?:as|by))"
    r"\s+(?:as\s+)?(?:the\s+)?[\"\u201c'\u2018*]*$", re.I)
# "we call this problem X", "we refer to this new setting as X", "we term such a task X"
PROBLEM_CALLED54 = re.compile(
    r"(?<![\w\-])(?:call|term|dub|name|refer\s+to)(?:s|ed)?\s+(?:this|the|such\s+an?|this\s+new|this\s+novel"
    r"|the\s+resulting|this\s+kind\s+of|this\s+type\s+of)\s+(?:[\w\-]+\s+){0,2}?(?:problems?|tasks?|settings?"
    r"|scenarios?)\s+(?:as\s+)?(?:the\s+)?[\"\u201c'\u2018*]*$", re.I)
# the named problem ends its phrase: "... (LLP), where", "... (SSC).", not "called maximum a posteriori (MAP) inference"
NAME_ENDS54 = re.compile(r"[\"\u201d'\u2019*]*(?:\s*\([^()]{1,30}\))?[\"\u201d'\u2019*]*(?:\s*[,.;:)]|\s*$"
                         r"|\s+(?:which|where|that|in|of|and|is|are|has|was)\s)")

# a list of tasks: "tasks:", "tasks, namely", "tasks such as", "tasks including", "tasks, i.e.,"
TASK_LIST54 = re.compile(
    r"(?P<head>(?:[\w\-]+\s+){0,3})(?<![\w\-])tasks\s*(?::|,?\s+(?:namely|such\s+as|including|like|i\.e\.,?|e\.g\.,?))"
    r"\s*", re.I)
# words that end a list of task names (a clause or a verb phrase started)
_CLAUSE54 = re.compile(
    r"(?i)(?<![\w\-])(?:we|our|is|are|was|were|be|show\w*|demonstrat\w*|achiev\w*|outperform\w*|with|by|that"
    r"|which|where|while|when|whereas|to|in|on|from|via|than|its|their)(?![\w\-])")
# the mention ends its list item: punctuation, "and" / "or", the end, or its bracketed acronym and then one of those
ITEM_END54 = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s*[,.;:)]|\s+(?:and|or)\s|\s*$)")

ALGORITHM_AFTER54 = re.compile(r"[\"\u201d'\u2019*]*\s+algorithm(?![\w\-])", re.I)
_THE_BEFORE54 = re.compile(r"(?i)(?<![\w\-])(?:the|our|an?|novel|new|proposed)\s+[\"\u201c'\u2018*]*$")


def _sentence_start54(text: str, start: int) -> int:
    return max(text.rfind(". ", 0, start) + 1, text.rfind("; ", 0, start) + 1, 0)


def _problem_named54(text: str, start: int, end: int) -> bool:
    sent = _sentence_start54(text, start)
    c = PROBLEM_CALLED54.search(text, max(sent, start - 120), start)
    if c and NAME_ENDS54.match(text, end) and not OBJECTIVE53.search(c.group(0)):
        return True
    m = PROBLEM_NAMED54.search(text, max(sent, start - 260), start)
    # a computation model is a setting: "the SC problem in the data streaming model which we refer to as X"
    if m is None or (m.group("between") and NOT_PROBLEM54.search(re.sub(r"(?i)\bmodels?\b", " ", m.group("between")))):
        return False
    # the problem phrase is no object of a proposal or a technique ("an approach to address this problem, called X"),
    # nor a training objective ("a new pre-training task called X")
    if NOT_PROBLEM54.search(text[sent:m.start()]) or OBJECTIVE53.search(text[max(sent, m.start() - 30):m.end()]):
        return False
    return NAME_ENDS54.match(text, end) is not None


def _list_items54(text: str, start: int) -> tuple[int, int] | None:
    """The span of the task list the mention at start opens or continues, or None."""
    sent = _sentence_start54(text, start)
    found = None
    for m in TASK_LIST54.finditer(text, max(sent, start - 260), start):
        found = m
    if found is None or OBJECTIVE53.search(found.group("head")):
        return None
    items = text[found.end():start]
    if re.search(r"[.;:!?\[\]]", re.sub(r"\([^()]{1,40}\)", " ", items)) \
            or _CLAUSE54.search(items) or NOT_PROBLEM54.search(items):
        return None
    # the list runs to the end of its clause
    tail = re.match(r"(?:[^.;:!?()\[\]]|\([^()]{1,40}\))*", text[start:start + 300]).group(0)
    stop = _CLAUSE54.search(tail)
    stop2 = NOT_PROBLEM54.search(tail)
    cut = min(x.start() for x in (stop, stop2) if x is not None) if (stop or stop2) else len(tail)
    return found.end(), start + cut


# a translation direction of a shared task ("six tasks: en-ja, zh-ja, JPCzh-ja"): a language pair, not a task name
LANGUAGE_PAIR54 = re.compile(r"(?<![A-Za-z])[a-z]{2,3}\s*[-\u2013>]\s*[a-z]{2,3}(?![A-Za-z])")


def _task_list54(text: str, start: int, end: int) -> tuple[int, int] | None:
    span = _list_items54(text, start)
    if span is None or ITEM_END54.match(text, end) is None:
        return None
    listed = re.sub(r"\([^()]{1,40}\)", " ", text[span[0]:span[1]])
    if LANGUAGE_PAIR54.search(listed) or LANGUAGE_PAIR54.search(text[start:end]):
        return None
    if not re.search(r",|(?<![\w\-])(?:and|or)(?![\w\-])", listed.strip(" ,")):
        return None  # one item: "video tasks namely X" names the paper's technique for them
    return span


# "X, a challenge stress-test for NLI", "X, a new testsuite for", "X: A Challenge on Learning From Small Data" (title)
TEST_SUITE54 = re.compile(
    r"[\"\u201d'\u2019*]*(?:\s*\([^()]{1,30}\))?\s*(?:,|:|\u2013|\u2014|--|\s-)\s*(?:a|an)\s+(?:new\s+|novel\s+)?"
    r"(?:(?:challenge\s+)?(?:stress[\s\-]?tests?|test[\s\-]?suites?)|challenge\s+(?:sets?|datasets?|benchmarks?)"
    r"|challenge\s+(?:on|for)\s)", re.I)


def _algorithm_head54(text: str, start: int, end: int) -> bool:
    return ALGORITHM_AFTER54.match(text, end) is not None and _THE_BEFORE54.search(text, max(0, start - 20), start) \
        is not None


def _technique_in54(e, entities: list, field: str, span: tuple[int, int]) -> bool:
    """Does another listed item of the span name a technique the paper types by evidence (a model, a listed method)?"""
    for o in entities:
        if o is e or o.type not in ("method", "model"):
            continue
        if o.type == "method" and getattr(o, "entry", None) is None and not any(
                m.rule.startswith("gazetteer:") or m.rule == "rule:listed" for m in o.mentions):
            continue
        if any((m.field or "abstract") == field and span[0] <= m.start < span[1] for m in o.mentions):
            return True
    return False


def retype_roles54(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities, default-typed names its phrases type otherwise, retyped (in place)."""
    off = _types_off54()
    if all(p in off for p in TYPES_RULES54):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    for e in entities:
        if not e.mentions or getattr(e, "entry", None) is not None:
            continue
        if any(m.rule.startswith("gazetteer:") or m.rule == "rule:listed" for m in e.mentions):
            continue
        if e.type == "method":
            if TECHNIQUE_END38.search(e.name.strip()):
                continue
            for m in e.mentions:
                text = texts.get(m.field or "abstract", "")
                if not text or text[m.start:m.end] != m.text:
                    continue
                if "problem-named" not in off and _problem_named54(text, m.start, m.end):
                    e.type = "task"
                    break
                if "test-suite" not in off and TEST_SUITE54.match(text, m.end):
                    e.type = "benchmark"
                    break
                span = _task_list54(text, m.start, m.end) if "task-list" not in off else None
                if span is not None and not _technique_in54(e, entities, m.field or "abstract", span):
                    e.type = "task"
                    break
        elif e.type in ("dataset", "benchmark") and "algorithm-head" not in off:
            hit = False
            for m in e.mentions:
                text = texts.get(m.field or "abstract", "")
                if text and text[m.start:m.end] == m.text and _algorithm_head54(text, m.start, m.end):
                    hit = True
                    break
            if hit and not written_as_data43(e, texts):
                e.type = "method"
    return entities
