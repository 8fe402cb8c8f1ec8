"""Issue 10, session 17: teams named by their submission, software after two brackets, numbered subtasks and named
learning settings, on invented sentences."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _types(*abstracts: str) -> list[dict[str, str]]:
    """Per abstract: mention text -> the type of its entity."""
    out = extract_papers([Paper(f"p{i}", None, a) for i, a in enumerate(abstracts)])
    return [{m.text: e.type for e in p.entities for m in e.mentions} for p in out]


def test_a_team_named_by_its_submission_to_a_campaign_is_no_entity():
    t = _types("In this paper, we describe two QZ-Harbour submissions to the SIGMORPHON 2031 Task 4 on inflection.",
               "This paper presents the VelloNLP entry in the CoNLL 2031 Shared Task on parsing.")
    assert "QZ-Harbour" not in t[0] and "VelloNLP" not in t[1]


def test_a_submission_to_something_else_keeps_the_name():
    (t,) = _types("We propose GraftNet, a graph network. The GraftNet submission to our internal review ranked first.")
    assert t.get("GraftNet") in ("method", "model")


def test_software_after_its_short_form_and_a_web_address_in_brackets_is_no_entity():
    (t,) = _types("Our code is freely available in Neuro Scan Helper Kit (NeuroSHK) (https://example.org/neuroshk), "
                  "a python toolkit for brain imaging analysis.")
    assert "NeuroSHK" not in t


def test_a_numbered_subtask_is_no_entity():
    (t,) = _types("Our system ranked 3rd in Subtask-B and 5th in Task-2 of the shared task with a fine-tuned BERT model.")
    assert "Subtask-B" not in t and "Task-2" not in t


def test_a_learning_setting_the_paper_names_is_a_task():
    t = _types("In this paper, we propose a new FSL setting, named as Drifting Few-Shot Learning (DFSL), in which "
               "classes change over time.",
               "We study a novel bandit setting, namely Multi-Armed Bandit with Delayed Partial Rewards (DPR-MAB), in "
               "which the reward is split. We provide two algorithms to address DPR-MAB problems.")
    assert t[0].get("DFSL") == "task"
    assert t[1].get("DPR-MAB") == "task"


def test_a_setting_without_a_naming_word_keeps_the_method():
    (t,) = _types("In this novel setting, FooBoost outperforms all baselines on three benchmarks.")
    assert t.get("FooBoost") in ("method", "model")
