"""precision45 (session 39): the corpus task vote (canonical._retype_task_cued) counts a paper whose entity of the same
name is typed task already and written with a task cue (precision44 retypes such mentions per paper)."""

from types import SimpleNamespace

import pytest

from paperkg.extract import canonical as C
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _paper(i, text):
    return Paper(id=f"p{i}", title="A title", abstract=text)


def _entity(name, text, typ):
    at = text.index(name)
    return LocalEntity(name, typ, "uses", [], None, [Mention(name, at, at + len(name), 0, "abbreviation")])


CUED = "We take part in the Zorbic shared task and rank first."
PLAIN = "We train Zorbic on three sets."


def _corpus(task_texts, method_texts, task_id="task:zorbic"):
    """Papers whose entity is typed task (one task group) and papers whose entity is typed method (one method
    group); returns what _retype_task_cued reads and the method group's root."""
    results, keyed, task_es, method_es = [], [], [], []
    for i, text in enumerate(task_texts + method_texts):
        typ = "task" if i < len(task_texts) else "method"
        e = _entity("Zorbic", text, typ)
        results.append(SimpleNamespace(paper=_paper(i, text), entities=[e]))
        keyed.append([(e, f"{typ}:zorbic")])
        (task_es if typ == "task" else method_es).append(e)
    groups = {"t": task_es, "m": method_es}
    canon = {"t": (task_id, "Zorbic", None, True), "m": ("method:zorbic", "Zorbic", None, True)}
    return results, keyed, groups, canon


def _method_group_type(monkeypatch, switch, *args, **kw):
    monkeypatch.setenv("PAPERKG_PRECISION45", switch)
    results, keyed, groups, canon = _corpus(*args, **kw)
    C._retype_task_cued(results, keyed, groups, canon)
    return canon["m"][0].split(":")[0]


def test_task_typed_cued_papers_keep_the_vote(monkeypatch):
    # two of eight papers write "the Zorbic shared task" (typed task in their own paper): the method group is a task
    assert _method_group_type(monkeypatch, "on:task-typed-cue", [CUED, CUED], [PLAIN] * 6) == "task"


def test_off_by_switch(monkeypatch):
    assert _method_group_type(monkeypatch, "off", [CUED, CUED], [PLAIN] * 6) == "method"
    assert _method_group_type(monkeypatch, "", [CUED, CUED], [PLAIN] * 6) == "method"  # default-off until measured


def test_what_does_not_count(monkeypatch):
    on = "on:task-typed-cue"
    # task-typed papers without a task cue
    assert _method_group_type(monkeypatch, on, [PLAIN, PLAIN], [PLAIN] * 6) == "method"
    # a task group of another name
    assert _method_group_type(monkeypatch, on, [CUED, CUED], [PLAIN] * 6, task_id="task:zorbic-grading") == "method"
    # still a share: two cued papers of twenty stay below it
    assert _method_group_type(monkeypatch, on, [CUED, CUED], [PLAIN] * 18) == "method"


def test_method_papers_cued_as_before(monkeypatch):
    # the method group's own cued papers vote as they did (two of eight)
    assert _method_group_type(monkeypatch, "off", [], [CUED, CUED] + [PLAIN] * 6) == "task"
