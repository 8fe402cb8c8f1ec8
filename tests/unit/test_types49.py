"""types49: a technique-typed name headed by a data noun is a dataset; a task-shaped data name its paper writes as a
task is a task (default-off part)."""

from __future__ import annotations

import pytest
from extract_cases import stand_in_entity  # tests/extract_cases.py

from extract.types49 import retype_heads49


def _retyped(text: str, name: str, type_: str, title: str | None = None) -> str:
    e = stand_in_entity(text, name, type_)
    e.entry = "list-entry"
    retype_heads49(title, text, [e])
    if e.type != type_:
        assert e.entry is None  # detached from the list's entry
    return e.type


@pytest.mark.parametrize("text,name", [
    ("In this paper, we propose a novel large-scale NBA dataset for Sports Video Analysis (NSVA) with a focus on "
     "captioning.", "NBA dataset for Sports Video Analysis"),
    ("We describe the Multimodal Russian Corpus (MURCO) and its first steps.", "Multimodal Russian Corpus (MURCO)"),
    ("Verb-Noun Collocation SyntLex Dictionary is built with a corpus-based approach.",
     "Verb-Noun Collocation SyntLex Dictionary"),
    ("We present EtymDB-2.0, an etymological lexical resource.", "EtymDB-2.0"),
    ("We use the PropBank Lexicon to map frames.", "PropBank Lexicon"),
    ("We release the Galactic Dependencies Treebanks.", "Galactic Dependencies Treebanks"),
])
def test_data_headed_retyped(text, name):
    assert _retyped(text, name, "method") == "dataset"


@pytest.mark.parametrize("text,name", [
    # technique words before the head, a head that is not last
    ("We describe the Predicate Model for Ontologies and its use.", "Predicate Model for Ontologies"),
    ("We propose a General Architecture for Learning Ontologies.", "General Architecture for Learning Ontologies"),
    ("Corpus-Based Approach to tagging is used.", "Corpus-Based Approach"),
    ("We propose Dictionary Learning Networks for denoising.", "Dictionary Learning Networks"),
    # a sparse-coding paper's dictionary is a learned basis
    ("We propose the Multi-Contrast Dictionary for sparse coding of MR images.", "Multi-Contrast Dictionary"),
    # a bare data noun is no name; the paper's own technique
    ("The Database stores the facts.", "Database"),
    # a plural phrase or a class of formal objects, a task
    ("We learn concepts under ELr-Ontologies.", "ELr-Ontologies"),
    ("We release two Vietnamese datasets.", "Vietnamese datasets"),
    ("Reverse Dictionary maps a description to a word.", "Reverse Dictionary"),
    ("Our Sentiment Lexicon model outperforms the baselines.", "Sentiment Lexicon"),
])
def test_kept(text, name):
    assert _retyped(text, name, "method") == "method"


NED = "We address the task of Named Entity Disambiguation (NED) for noisy text."


def test_task_shape_default_off(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES49", raising=False)
    assert _retyped(NED, "Named Entity Disambiguation", "dataset") == "dataset"
    monkeypatch.setenv("PAPERKG_TYPES49", "on:task-shape")
    assert _retyped(NED, "Named Entity Disambiguation", "dataset") == "task"
    # written as data, or a shared task's paper: kept
    assert _retyped("We evaluate on the Named Entity Disambiguation dataset of the task of Named Entity "
                    "Disambiguation.", "Named Entity Disambiguation", "dataset") == "dataset"
    assert _retyped("The task of Hyperpartisan News Detection was a SemEval shared task.",
                    "Hyperpartisan News Detection", "benchmark") == "benchmark"


def test_switch_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES49", "off")
    assert _retyped("We use the PropBank Lexicon to map frames.", "PropBank Lexicon", "method") == "method"
    monkeypatch.setenv("PAPERKG_TYPES49", "name-head")
    assert _retyped("We use the PropBank Lexicon to map frames.", "PropBank Lexicon", "method") == "method"
