"""types50: a method its own phrase writes as a lexical resource or corpus is a dataset; a name written as a shared
task or challenge is a benchmark."""

from __future__ import annotations

import pytest
from extract_cases import stand_in_entity  # tests/extract_cases.py

from extract.types50 import retype_resources50


def _retyped(text: str, name: str, type_: str = "method", title: str | None = None) -> str:
    e = stand_in_entity(text, name, type_)
    e.entry = "list-entry"
    retype_resources50(title, text, [e])
    if e.type != type_:
        assert e.entry is None  # detached from the list's entry
    return e.type


@pytest.mark.parametrize("text,name", [
    ("Nous enrichissons le réseau lexical Zorblex avec des relations typées.", "Zorblex"),
    ("We build on the lexical network Quornet, which links 50k lemmas.", "Quornet"),
    ("This paper presents the Flumbo Korpus (FluKo), a new language resource of spoken chats.", "Flumbo Korpus"),
    ("We detect wrong relations in the Quibble lexical network, which is crowdsourced.", "Quibble"),
    ("Pemberly is a Czech lexical-semantic network of 40k words.", "Pemberly"),
])
def test_resource_retyped(text, name):
    assert _retyped(text, name) == "dataset"


def test_network_name_in_a_resource_paper():
    text = "We describe the development of the lexical network Plix for Czech lexemes and its wordnet links."
    e = stand_in_entity(text, "Plix")
    retype_resources50("Derivation Network for Czech", text, [e])
    assert e.type == "dataset"


@pytest.mark.parametrize("text,name,title", [
    # a game written with a resource it builds, a technique noun between, a neural network name
    ("Nous présentons Zingo, un jeu pour construire une ressource lexicale de polarité.", "Zingo", None),
    ("We propose Quornet, a corpus-based system for parsing.", "Quornet", None),
    ("We propose Graph Attention Network for node classification on a citation corpus.", "Graph Attention Network",
     "Graph Attention Network"),
    ("Our Flibber model, a dictionary learning method, is fast.", "Flibber", None),
    ("We train Flibber on the corpus and report results.", "Flibber", None),
    # the network name itself says "semantic network": the paper's own structure, no resource paper
    ("Meaning is found on the Contextual Meaning Semantic Network built from the input.",
     "Contextual Meaning Semantic Network", None),
    # the lexicons / treebanks of a system are its resources, not the system
    ("Entries of SAPterm and the QUARTZ lexicons are compared.", "QUARTZ", None),
    ("We show two use cases of SPLUD treebanks.", "SPLUD", None),
])
def test_resource_not_retyped(text, name, title):
    assert _retyped(text, name, title=title) == "method"


@pytest.mark.parametrize("text,name,type_", [
    ("For BioNLP 2019 we introduced a new task called ZoRB Task with two subtasks.", "ZoRB Task", "method"),
    ("Results of the ABC-2017 Task 3 participants are reported.", "ABC-2017 Task 3", "task"),
    ("Our model surpasses the winning entry of Blip-Place Challenge in 2017.", "Blip-Place", "method"),
    ("We describe The Code2Blip Challenge and its baselines.", "Code2Blip", "method"),
    ("The Blip 2021 Shared Task on Quantum Inference for Tree Regeneration (QITR-21) tackles tree generation.",
     "QITR-21", "method"),
])
def test_shared_task_retyped(text, name, type_):
    assert _retyped(text, name, type_) == "benchmark"


@pytest.mark.parametrize("text,name", [
    # a plain task name ending in "Task", a challenge the text only names as a problem
    ("We study the Named Entity Recognition Task in tweets.", "Named Entity Recognition Task"),
    ("Our tagger is state of the art on the NER Task of tweets.", "NER Task"),
    ("Occlusion remains a challenge for ZipNet in crowded scenes.", "ZipNet"),
    ("Our entry ranks first in the Relationship Detection Challenge.", "Relationship Detection"),
    ("We describe our system for the Second Shared Task on Word Alignment (WAL) this year.", "WAL"),
    ("Our entry to the BEA 2019 shared task on grammatical error correction1 (GEC) is described.",
     "grammatical error correction1"),
    ("Our approach is the winning entry in the 2020 Habitat ZoomNav Challenge.", "ZoomNav"),
    ("We describe our entry to the Zed-IV shared task on paradigmatic relations building on Blorb-RoBERTa (BLORB-R).",
     "BLORB-R"),
    ("We train the retriever with our proposed Cross-lingual Inverse Cloze Task (X-ICT).", "Cross-lingual Inverse Cloze Task"),
    ("We propose ADaPT, As-Needed Decomposition and Planning for complex Tasks.",
     "As-Needed Decomposition and Planning for complex Tasks"),
])
def test_shared_task_not_retyped(text, name):
    assert _retyped(text, name) == "method"


def test_task_before_shared_task_stays_a_task():
    assert _retyped("We took part in the Grammatical Error Correction Shared Task.", "Grammatical Error Correction",
                    "task") == "task"


def test_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_TYPES50", "off")
    assert _retyped("Nous enrichissons le réseau lexical Zorblex.", "Zorblex") == "method"
