"""Session 19 (issue 10, node precision): invented sentences, each rule test failing on START."""

from paperkg.extract.canonical import own_bracket_entry, task_cued
from paperkg.extract.corpus import entry_of
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


# Real classes, not stand-ins: the compiled build (mypyc) checks the argument types.
def _bare(short):
    return LocalEntity(short, "method", "uses", [], None, [Mention(short, 0, len(short), 0, "rule:repeated-name")])


def test_own_bracket_naming_a_list_entry_routes_the_bare_use_to_it():
    text = "We scale up black-box variational inference (VI) to huge graphs; our VI runs in minutes."
    ref = own_bracket_entry(_bare("VI"), text)
    assert ref is not None and entry_of(ref).name == "Variational Inference"


def test_own_bracket_with_unlisted_or_unfitting_words_names_no_entry():
    assert own_bracket_entry(_bare("HBSM"), "We fit a parametric human body shape model (HBSM) to frames.") is None
    # the words are a list entry's, but the short form's capitals do not fit them
    assert own_bracket_entry(_bare("QX"), "We rely on variational inference (QX) here.") is None
    assert own_bracket_entry(_bare("VI"), "We compare with VI on three sets.") is None


def _paper(abstract, title="A title"):
    return Paper(id="p1", title=title, abstract=abstract)


def _named(name, text, rule="abbreviation"):
    at = text.index(name)
    return LocalEntity(name, "method", "uses", [], None, [Mention(name, at, at + len(name), 0, rule)])


def test_a_name_written_as_a_task_is_cued():
    text = "We take part in the Zorbic Grading (ZG) shared task and rank first."
    assert task_cued(_named("Zorbic Grading", text), _paper(text))
    text = "We study the task of zorbic grading with few labels."
    assert task_cued(_named("zorbic grading", text), _paper(text))


def test_a_method_used_for_tasks_or_task_words_is_not_cued():
    text = "Zorbic Grading task-specific heads are trained; Zorbic Grading is a method."
    assert not task_cued(_named("Zorbic Grading", text), _paper(text))
    text = "We apply Zorbic Grading to three tasks."
    assert not task_cued(_named("Zorbic Grading", text), _paper(text))


def test_state_of_the_art_is_no_name():
    from paperkg.extract.canonical import local_key
    from paperkg.extract.corpus import CorpusIndex

    text = "Our model beats the SotA method on every set."
    e = _named("SotA method", text, rule="rule:eponym")
    assert local_key(e, CorpusIndex.build([]), text) is None


def test_a_method_group_its_paper_writes_as_a_task_becomes_a_task():
    from paperkg.extract.canonical import LocalResult, canonicalise

    text = "We take part in the Zorbic Grading shared task and rank first with a small model."
    out = canonicalise([LocalResult(_paper(text), [_named("Zorbic Grading", text, rule="rule:name-shape")], [])])
    assert [e.type for e in out[0].entities] == ["task"]
