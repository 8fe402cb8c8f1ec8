"""Node precision, session 21 (issue 10): guards of the title-echo rule (extract/recall_rules.py,
``_echo_not_name``, ``_echo_names_notion``). Sentences and titles written for these tests (invented), not taken
from any gold file or corpus abstract.
"""

from __future__ import annotations

import pytest

from paperkg.extract.recall_rules import title_echo_spans


def _spans(text, title):
    return [text[s:e] for s, e, _, _ in title_echo_spans(text, title)]


@pytest.mark.parametrize("title, text", [
    # phenomena and properties named by a cue: their head names no technique
    ("Handling Label Drift in Streams", "When the labels change over time, the change is called label drift."),
    ("Certified Pointwise Robustness for Trees", "We study a guarantee, called pointwise robustness, for tree ensembles."),
    ("Ranking Margin Bounds", "Our ranking margin algorithm is fast."),
    ("Dialogue Moves and Question Acts", "Speakers perform moves, called question acts, in a dialogue."),
    # a task head (TASK_HEADS, UNNAMED_TASK_HEADS) or a notion head of the lexicon
    ("Table Captioning with Templates", "Describing a table in words, termed table captioning, is hard."),
    ("Street Sign Verification at Night", "The reverse direction, named street sign verification, is new."),
    ("Quadratic Time Sorting Networks", "We prove that the quadratic time algorithm is optimal."),
    # a noun before the cue that names a process, a perspective, a sensor, a variable
    ("Habit Forming in Infants", "Infants repeat actions in a process called habit forming."),
    ("A Bright Event Lens for Robots", "A bio-inspired vision sensor named bright event lens is built."),
    ("Hidden Mood Tokens for Chat", "We add a latent variable called hidden mood tokens to the decoder."),
    # "what is called X" names a state the clause describes
    ("Delayed Weights in Parallel SGD", "Workers read old parameters, yielding what are termed delayed weights."),
    # an adverb and one more word: a property
    ("Locally Fair Clustering", "A clustering is called locally fair if every point is close to a centre."),
])
def test_title_echo_leaves_notions_tasks_and_properties_out(title, text):
    assert _spans(text, title) == []


def test_title_echo_leaves_the_titles_named_entity_phrases_out():
    # "named" is the title's own word here ("Named Entity Labels"), not a naming cue, and the name is cut
    title = "Annotating Named Entity Labels for Scots"
    assert _spans("We describe a scheme for named entity labels in Scots.", title) == []
    # "non-named" is an adjective
    title = "Finding Place Expressions in Text"
    assert _spans("We tag non-named place expressions such as the old mill.", title) == []


@pytest.mark.parametrize("title, text, name", [
    ("Ring Dropout for Deep Nets", "We propose a regulariser, called ring dropout, for deep networks.", "ring dropout"),
    ("Spatially Pooled and Weighted Cells", "We build a descriptor, called spatially pooled and weighted cells, for tracking.",
     "spatially pooled and weighted cells"),
    ("Twin Stubborn Sets in Planning", "We compare the twin stubborn sets technique with others.", "twin stubborn sets"),
    ("Mixed Variable Models called Lattice Mixers", "We fit a family of latent variable models called lattice mixers.",
     "lattice mixers"),
])
def test_title_echo_guards_keep_technique_names(title, text, name):
    assert name in _spans(text, title)


def test_the_title_echo_guard_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL20", "title-echo-guard")
    assert _spans("Infants repeat actions in a process called habit forming.", "Habit Forming in Infants") == ["habit forming"]


# A capitalised long form with a task head that the paper proposes is its technique (resolve.proposed_under_task_head).
def test_a_proposed_long_form_with_a_task_head_is_a_method():
    from extract_cases import entity_types

    text = ("Event extraction matters. In this work, we present a Frame-aware Event Argument Extraction (FEAE) learning "
            "framework to reason at frame level. FEAE beats strong baselines on two datasets.")
    assert entity_types(text, "Reasoning over Frames").get("Frame-aware Event Argument Extraction") == "method"
    text = "We propose Lexicon-Guided Sparse Retrieval (LGSR) as a simple way to add lexical matching to dense retrievers. LGSR is fast."
    assert entity_types(text, "Sparse and Dense").get("Lexicon-Guided Sparse Retrieval") == "method"


def test_a_proposed_task_stays_a_task():
    from extract_cases import entity_types

    text = "We introduce a new task, Multimodal Review Helpfulness Prediction (MRHP), for product reviews. MRHP is hard."
    assert entity_types(text, "Reviews").get("Multimodal Review Helpfulness Prediction") == "task"
    text = "We present Cross-Lingual Claim Retrieval (CLCR) and a dataset of 3,000 claims for it. CLCR is hard."
    assert entity_types(text, "Claims").get("Cross-Lingual Claim Retrieval") == "task"
    # the task an approach is "for", and "these tasks" in the next sentence
    text = ("In this work, we propose a probabilistic multiple-instance learning approach for few-shot Rare Object "
            "Localization (ROL) and few-shot Weakly Supervised Object Detection (WSOD). In these tasks, only image-level "
            "labels are available.")
    assert entity_types(text, "Few-shot").get("Rare Object Localization") == "task"


# Notions and labels of the Papers with Code task/metric tables are no task or metric (non_entities.tsv, kinds
# "notion" and "label"; resolve.NOT_TASK_KINDS).
def test_listed_notions_are_no_tasks_or_metrics():
    from extract_cases import entity_types

    found = entity_types("We derive generalization bounds for graph networks with a strong inductive bias. Our method "
                         "improves computational efficiency on whole slide images (WSIs) and needs world knowledge.", "Bounds")
    assert not {"Generalization Bounds", "Inductive Bias", "Computational Efficiency", "whole slide images",
                "World Knowledge"} & set(found), found
    found = entity_types("Our CommonSense model ranks first. CommonSense uses graphs.", "CommonSense Graphs for Stories")
    assert "CommonSense" not in found, found
    found = entity_types("We study average-reward MDPs with missing values.", "Control")
    assert not {"Average Reward", "Missing Values"} & set(found), found


def test_a_bare_task_label_is_no_task_but_the_campaigns_task_stays():
    from extract_cases import entity_types

    found = entity_types("We took part in SemEval-2019 Task 2 and in Task 2 of another workshop. Our system ranks 3rd.", "System")
    assert "Task 2" not in found
    assert found.get("SemEval-2019 Task 2") == "benchmark"


def test_listed_tasks_stay():
    from extract_cases import entity_types

    found = entity_types("We improve question answering and named entity recognition with a small model.", "QA")
    assert found.get("Question Answering") == "task" and found.get("Named Entity Recognition") == "task"


def test_proposed_under_task_head_reads_the_preposition_before():
    from paperkg.extract.resolve import proposed_under_task_head

    def check(text, long_form):
        i = text.index(long_form)
        return proposed_under_task_head(long_form, [text[: i + len(long_form)]], text)

    assert check("We propose Lexicon-Guided Sparse Retrieval (LGSR) to add lexical matching. LGSR is fast.",
                 "Lexicon-Guided Sparse Retrieval")
    assert not check("We propose an approach for few-shot Rare Object Localization (ROL). It is fast.", "Rare Object Localization")
    assert not check("Rare Object Localization (ROL) is studied. We propose a model.", "Rare Object Localization")
