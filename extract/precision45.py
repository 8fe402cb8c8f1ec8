"""Session 39 (issue 10, node precision): the corpus task vote counts the papers that typed the name task already.

Switched with ``PAPERKG_PRECISION45`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

``canonical._retype_task_cued`` makes a method group a task when enough of its papers write it with a task cue ("the
EmoContext task", "the task of X"). precision44 (session 38) retypes such a mention task in its own paper, so the
paper's entity joins the task group of that name and the method group's vote no longer sees it: in the lead's 73k
build EmoContext (26 papers) and biomedical NLP (18) went task -> method and Textual Entailment (35) method ->
dataset. Part ``task-typed-cue``: a paper whose task-typed entity carries the same canonical name (the node id after
"task:" is the method group's after "method:") and is written with the same task cue (``task_cued``) counts as a
cued paper of the method group, in its papers and in its hits, as it did while it was typed method.
"""

from __future__ import annotations

from .recall_rules import parts_off_by_default

PRECISION_RULES45 = ("task-typed-cue",)
DEFAULT_OFF45: frozenset[str] = frozenset(PRECISION_RULES45)


def _precision_off45() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION45", PRECISION_RULES45, DEFAULT_OFF45)


def task_typed_cued45(results, keyed, group_members, canon, task_cued) -> dict[str, set]:
    """Node name (the id after "task:") -> the papers whose entity in that task group is written with a task cue
    (``task_cued(entity, paper)``); empty when the part is off."""
    if "task-typed-cue" in _precision_off45():
        return {}
    paper_of: dict[int, object] = {}
    for r, row in zip(results, keyed):
        for e, _ in row:
            if e.type == "task":
                paper_of[id(e)] = r
    out: dict[str, set] = {}
    for root, es in group_members.items():
        eid = canon[root][0]
        if not eid.startswith("task:"):
            continue
        for e in es:
            r = paper_of.get(id(e))
            if r is not None and task_cued(e, r.paper):
                out.setdefault(eid.split(":", 1)[1], set()).add(r.paper.id)
    return out
