"""Session 39 (issue 10, node precision): the corpus task vote counts the mentions precision44 typed task.

Switched with ``PAPERKG_PRECISION45`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

``canonical._retype_task_cued`` makes a method group a task when enough of its papers write it with a task cue ("the
EmoContext task", "the task of X"); it counted method-typed members only. precision44 (session 38) retypes such a
mention task in its own paper; the entity stays a member of the method group of its name, but no longer voted: in
the lead's 73k build EmoContext (26 papers) and biomedical NLP (18) went task -> method. Part ``task-typed-cue``: a
member its paper typed task that precision44 (as switched) would have retyped (an unlisted entity its text writes as
a task) votes with its task cue as a method-typed member does. Members typed task by other rules still do not vote
(counting them made "Recognizing Textual Entailment", a method group of 7 papers, a task and the task node of the
same id lost its corpus-found links in 15 papers).
"""

from __future__ import annotations

from .precision44 import _precision_off44, PRECISION_RULES44, task_kind44
from .precision29 import _unlisted
from .recall_rules import parts_off_by_default

PRECISION_RULES45 = ("task-typed-cue",)
DEFAULT_OFF45: frozenset[str] = frozenset()  # session 40 (types46): on, with precision44 and types45


def _precision_off45() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION45", PRECISION_RULES45, DEFAULT_OFF45)


def voted45(e, paper) -> bool:
    """Does a task-typed member vote in its method group's task vote: precision44 typed it task (its parts as
    switched), and this part is on?"""
    if e.type != "task" or "task-typed-cue" in _precision_off45():
        return False
    off = _precision_off44()
    if len(off) == len(PRECISION_RULES44):
        return False
    # A lower-case long form before "task" is typed task by the resolver already (resolve.type_from_long_form: "the
    # recognizing textual entailment (RTE) task"): such a member did not vote before precision44 either.
    if (e.long_form or e.name).islower():
        return False
    return _unlisted(e) and task_kind44(e, {"abstract": paper.abstract or "", "title": paper.title or ""}, off)
