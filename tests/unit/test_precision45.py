"""precision45 (session 39): the corpus task vote (canonical._retype_task_cued) counts a member of a method group that
precision44 typed task in its own paper, as it counted it while it was typed method."""

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


CUED = "We take part in the Zorbic task and rank first."
PLAIN = "We train Zorbic on three sets."


def _corpus(task_texts, method_texts):
    """One method group of papers whose entity is typed task (precision44) or method; returns what
    _retype_task_cued reads."""
    results, keyed, method_es = [], [], []
    for i, text in enumerate(task_texts + method_texts):
        typ = "task" if i < len(task_texts) else "method"
        e = _entity("Zorbic", text, typ)
        results.append(SimpleNamespace(paper=_paper(i, text), entities=[e]))
        keyed.append([(e, f"{typ}:zorbic")])
        method_es.append(e)
    groups = {"m": method_es}
    canon = {"m": ("method:zorbic", "Zorbic", None, True)}
    return results, keyed, groups, canon


def _method_group_type(monkeypatch, switch, *args, p44="on:task-noun,task-head", **kw):
    monkeypatch.setenv("PAPERKG_PRECISION45", switch)
    monkeypatch.setenv("PAPERKG_PRECISION44", p44)
    results, keyed, groups, canon = _corpus(*args, **kw)
    C._retype_task_cued(results, keyed, groups, canon)
    return canon["m"][0].split(":")[0]


def test_task_typed_cued_papers_keep_the_vote(monkeypatch):
    # two of eight papers write "the Zorbic task" (precision44 typed it task there): the method group is a task
    assert _method_group_type(monkeypatch, "on:task-typed-cue", [CUED, CUED], [PLAIN] * 6) == "task"


def test_off_by_switch(monkeypatch):
    assert _method_group_type(monkeypatch, "off", [CUED, CUED], [PLAIN] * 6) == "method"
    assert _method_group_type(monkeypatch, "", [CUED, CUED], [PLAIN] * 6) == "task"  # default-on (session 40)


def test_what_does_not_count(monkeypatch):
    on = "on:task-typed-cue"
    # task-typed papers without a task cue
    assert _method_group_type(monkeypatch, on, [PLAIN, PLAIN], [PLAIN] * 6) == "method"
    # typed task while precision44 is off: another rule typed it, which did not vote before either
    assert _method_group_type(monkeypatch, on, [CUED, CUED], [PLAIN] * 6, p44="off") == "method"
    # still a share: two cued papers of twenty stay below it
    assert _method_group_type(monkeypatch, on, [CUED, CUED], [PLAIN] * 18) == "method"


def test_method_papers_cued_as_before(monkeypatch):
    # the method group's own cued papers vote as they did (two of eight)
    assert _method_group_type(monkeypatch, "off", [], [CUED, CUED] + [PLAIN] * 6) == "task"
