"""Session 39 round 2's cue-defined typing (extract/recall46.py, switch PAPERKG_RECALL46). Cases written for these tests."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall46

ON = "on:cue-defined"


def _type(monkeypatch, long_form, short, text, value=ON):
    monkeypatch.setenv("PAPERKG_RECALL46", value)
    return recall46.cue_defined46(long_form, [short], None, text)


def test_defined_name_after_a_technique_cue(monkeypatch):
    text = "We further extend RAFT with Lattice-Echo Rendering (LER) to fuse the scales."
    assert _type(monkeypatch, "Lattice-Echo Rendering", "LER", text) == "method"
    text = "Labels are denoised using Quorum Table Scrubbing (QTS), then a model is trained."
    assert _type(monkeypatch, "Quorum Table Scrubbing", "QTS", text) == "method"
    text = "The parser is built on the Marble Token Routing (MTR) of earlier work."
    assert _type(monkeypatch, "Marble Token Routing", "MTR", text) == "method"


def test_no_cue_or_no_initialism(monkeypatch):
    assert _type(monkeypatch, "Quorum Table Scrubbing", "QTS", "Quorum Table Scrubbing (QTS) is studied here.") is None
    # the short form does not spell the long form's capitals
    assert _type(monkeypatch, "Quorum Table Scrubbing", "QX", "We use Quorum Table Scrubbing (QX) here.") is None
    # lower-case long forms are other rules' business
    assert _type(monkeypatch, "quorum table scrubbing", "QTS", "We use quorum table scrubbing (QTS) here.") is None


def test_vetoes(monkeypatch):
    # generic short form, a task head, a data head, a theorem
    assert _type(monkeypatch, "Large Language Models", "LLMs", "We align Large Language Models (LLMs) with data.") is None
    assert _type(monkeypatch, "Story Ending Prediction", "SEP", "We evaluate using Story Ending Prediction (SEP).") is None
    assert _type(monkeypatch, "Wide Sky Corpus", "WSC", "We train with Wide Sky Corpus (WSC) data.") is None
    assert _type(monkeypatch, "Convex Min-Max Theorem", "CMT", "We bound it using the Convex Min-Max Theorem (CMT).") is None
    # a body, a condition, a measure, a data follower
    assert _type(monkeypatch, "Harbor Poverty Action Lab", "HPAL", "Built with help using Harbor Poverty Action Lab (HPAL).") is None
    assert _type(monkeypatch, "Mild Lexical Impairment", "MLI", "Patients were screened using Mild Lexical Impairment (MLI).") is None
    assert _type(monkeypatch, "Normalized Echo Correlation", "NEC", "The loss is based on Normalized Echo Correlation (NEC).") is None
    assert _type(monkeypatch, "Text Fusion Conference", "TFC", "We test using the Text Fusion Conference (TFC) 2008 data.") is None
    assert _type(monkeypatch, "Quorum Table Scrubbing", "QTS", "We test using the Quorum Table Scrubbing (QTS) data.") is None
    # a bare "with" is no cue ("patients with", "in collaboration with")
    assert _type(monkeypatch, "Quorum Table Scrubbing", "QTS", "This was done in collaboration with Quorum Table Scrubbing (QTS).") is None


def test_switch_off_and_typed_names(monkeypatch):
    text = "Labels are denoised using Quorum Table Scrubbing (QTS), then a model is trained."
    assert _type(monkeypatch, "Quorum Table Scrubbing", "QTS", text, "off") is None
    assert _type(monkeypatch, "Quorum Table Scrubbing", "QTS", text, "cue-defined") is None
    monkeypatch.delenv("PAPERKG_RECALL46", raising=False)
    assert recall46.cue_defined46("Quorum Table Scrubbing", ["QTS"], None, text) is None  # off by default
    monkeypatch.setenv("PAPERKG_RECALL46", ON)
    assert recall46.cue_defined46("Quorum Table Scrubbing", ["QTS"], "task", text) == "task"  # typed: left alone


def test_whole_paper(monkeypatch):
    abstract = ("Dense prediction needs context. We propose a fusion module for segmentation. We further extend it "
                "with Lattice-Echo Rendering (LER) to perform a late fusion of multi-scale predictions.")
    title = "Dense prediction with fusion"
    assert "Lattice-Echo Rendering" in names_under_switch(monkeypatch, "PAPERKG_RECALL46", ON, abstract, title)
    assert "Lattice-Echo Rendering" not in names_under_switch(monkeypatch, "PAPERKG_RECALL46", "off", abstract, title)
