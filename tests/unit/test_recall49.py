"""Session 40's list-sibling part (extract/recall49.py, switch PAPERKG_RECALL49). Cases written for these tests."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall49

DATA = {"FoldSet": "dataset", "QuillBench": "benchmark", "RunCamp": "series"}
OTHER = frozenset({"zorbnet", "bleu"})


def _s(text):
    return [(text[s:e], t) for s, e, t, _ in recall49.list_sibling_spans49(text, DATA, OTHER)]


def test_acronym_beside_listed_data_read():
    assert _s("two datasets for sentiment analysis (QXT, FoldSet), entailment") == [("QXT", "benchmark")]
    assert _s("We train on QXT and FoldSet.") == [("QXT", "benchmark")]
    assert _s("on QuillBench, PKX-12 and RQW.") == [("PKX-12", "benchmark"), ("RQW", "benchmark")]
    assert _s("on FoldSet, QuillBench or ZZT2 data") == [("ZZT2", "benchmark")]  # two data types: benchmark


def test_not_read():
    assert _s("on QXT, RQW and PKX") == []  # no listed data member
    assert _s("on FoldSet, QXT and ZorbNet") == []  # a member of another type
    assert _s("FoldSet, QXT and BLEU") == []
    assert _s("on RunCamp and QXT") == []  # a series alone is no data sibling
    assert _s("on FoldSet and MS QXT") == []  # "MS QXT": cut from a longer name
    assert _s("on Big FoldSet and QXT") == []
    assert _s("on FoldSet and QXT 10") == []
    assert _s("on FoldSet and Qxt, FoldSet and CNN, FoldSet and 2019") == []  # mixed case, generic acronym, year
    assert _s("on FoldSet and English") == []
    assert _s("On the classes not in FoldSet, QXT gets 16.0 mAP.") == []  # two items, a comma only: no list
    assert _s("semantic schemes (e.g., QXT, FoldSet) exist") == []  # no data context: "on" or a data noun
    assert _s("on FoldSet and QXT as Language data") == []  # "QXT as Language": a longer name


def test_switch(monkeypatch):
    text = "Comprehensive experiments have been done on MICC, BU3DFE, LFW and YTF databases."
    monkeypatch.setenv("PAPERKG_RECALL59", "off")  # recall59's data-sibling finds MICC beside BU3DFE too
    assert "MICC" in names_under_switch(monkeypatch, "PAPERKG_RECALL49", None, text, "A study")
    assert "MICC" not in names_under_switch(monkeypatch, "PAPERKG_RECALL49", "off", text, "A study")


def test_shared_task_bracket(monkeypatch):
    def spans(text):
        return [text[s:e] for s, e, _, _ in recall49.shared_task_bracket_spans49(text)]

    text = "We describe the systems of our team that participated in the Zorbic Word Spotting (ZWS) 2031 shared task."
    assert spans(text) == []  # default off
    monkeypatch.setenv("PAPERKG_RECALL49", "on:shared-task-bracket")
    assert spans(text) == ["Zorbic Word Spotting (ZWS) 2031 shared task"]
    assert spans("the Social Zorb Mining for Health (SZM4H) Shared Tasks") == ["Social Zorb Mining for Health (SZM4H) Shared Tasks"]
    # a cut name (the short form's first capital is not in the words), a bracket with no name before it
    assert spans("Discriminating between Similar Zorbs (DSZ) shared task") == []
    assert spans("In (ZWS) 2031 shared task") == []
