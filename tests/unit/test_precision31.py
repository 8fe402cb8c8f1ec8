"""precision31: data names defined as techniques, methods named as settings or by their data, complexity classes."""

from __future__ import annotations

import pytest

from paperkg.extract.precision31 import (
    PRECISION_RULES31,
    method_definition31,
    new_setting31,
    retype_mentions31,
)
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity


@pytest.fixture(autouse=True)
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION31", raising=False)


def _entity(text: str, name: str, typ: str, rule: str = "rule:name-shape", field: str = "abstract") -> LocalEntity:
    start = text.index(name)
    m = Mention(text=name, start=start, end=start + len(name), sentence=0, rule=rule)
    if field != "abstract":
        m.field = field
    return LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None, mentions=[m])


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize("text,name,typ", [
    ("We propose Quorvex, a simple and effective method that needs no labels.", "Quorvex", "method"),
    ("Quorvex: A Recursive Part Splitting Network for Shapes", "Quorvex", "method"),
    ("We propose a sampling algorithm, called Quorvex, based on embeddings.", "Quorvex", "method"),
    ("However, our approach, Quorvex, increases this score.", "Quorvex", "method"),
    ("The model, Quorvex, learns to fill this gap.", "Quorvex", "method"),
    ("We introduce Quorvex, an open-source language model that proves theorems.", "Quorvex", "model"),
    ("Quorvex is a deterministic algorithm that gives a bound.", "Quorvex", "method"),
])
def test_method_definition_types_a_technique(text, name, typ):
    assert method_definition31(text, *_at(text, name)) == typ


@pytest.mark.parametrize("text,name", [
    ("Team Blue at Quorvex-9: A Neural Approach to Ranking", "Quorvex-9"),  # a system at a shared task
    ("We present our contribution to Quorvex, a classifier for tweets.", "Quorvex"),
    ("We propose Quorvex, a unified automatic evaluation framework which scores dialogues.", "Quorvex"),
    ("We propose Quorvex, a new approach for scalable evaluation of robot policies.", "Quorvex"),
    ("Senses were matched with Quorvex, a semantic network for German.", "Quorvex"),
    ("Quorvex: A New Framework and Benchmark for Agents", "Quorvex"),
    ("We release Quorvex, a corpus of tweets.", "Quorvex"),
    ("On Quorvex, the method outperforms all baselines.", "Quorvex"),
    ("We use Quorvex, the largest collection of dialogues.", "Quorvex"),
])
def test_method_definition_leaves_data_and_systems_at_shared_tasks(text, name):
    assert method_definition31(text, *_at(text, name)) is None


@pytest.mark.parametrize("text,name", [
    ("We term the setting as Zeta-guided Domain Transfer (ZDT).", "Zeta-guided Domain Transfer"),
    ("The community refers to this problem as Rigid Flux Recovery (RFR).", "Rigid Flux Recovery"),
    ("We first define a new setup called Label-free Zeta Search (LZS).", "Label-free Zeta Search"),
    ("This paper studies a new, practical but challenging problem, called Zeta Transfer (ZT), where",
     "Zeta Transfer"),
    ("In this paper, we study a task called Learning from Zeta Bags (LZB).", "Learning from Zeta Bags"),
])
def test_new_setting_names_a_problem(text, name):
    assert new_setting31(text, text.index(name))


@pytest.mark.parametrize("text,name", [
    ("We formulate the problem as a Zeta Decision Process (ZDP).", "Zeta Decision Process"),
    ("We design two pre-training tasks named Zeta Regression (ZR) and", "Zeta Regression"),
    ("We propose an architecture adapted for this task, called ZetaNet.", "ZetaNet"),
    ("We incorporate knowledge into this problem, called zeta constraints (ZC).", "zeta constraints"),
    ("We present a novel solution to this problem, called Zeta-BERT.", "Zeta-BERT"),
])
def test_new_setting_leaves_methods(text, name):
    assert not new_setting31(text, text.index(name))


def test_retype_changes_types_and_drops_complexity_classes():
    text = ("We propose Quorvex, a novel method that ranks. We term the setting as Zeta Domain Transfer (ZDT). "
            "Finding the best ranking is NP-Hard. Krumbo, which contains 5,000 annotated images, is our data.")
    data = _entity(text, "Quorvex", "dataset")
    setting = _entity(text, "Zeta Domain Transfer", "method")
    hard = _entity(text, "NP-Hard", "method")
    contents = _entity(text, "Krumbo", "method")
    out = retype_mentions31(None, text, [data, setting, hard, contents])
    assert [e.name for e in out] == ["Quorvex", "Zeta Domain Transfer", "Krumbo"]
    assert [e.type for e in out] == ["method", "task", "dataset"]


def test_listed_names_and_data_defined_names_keep_their_type():
    text = "Quorvex: A Benchmark for Ranking. We also introduce Quorvex, a transformer-based architecture that ranks."
    both = _entity(text, "Quorvex", "benchmark")
    listed = _entity("We propose Blorp, a novel method that ranks.", "Blorp", "dataset", rule="gazetteer:curated")
    out = retype_mentions31("", text, [both, listed])
    assert [e.type for e in out] == ["benchmark", "dataset"]


def test_procedure_with_samples_is_no_dataset():
    text = "Our test was faster than the Krumbo approximation with 20000 samples on a dataset."
    e = _entity(text, "Krumbo approximation", "method")
    assert retype_mentions31(None, text, [e])[0].type == "method"


@pytest.mark.parametrize("part", PRECISION_RULES31)
def test_each_part_switches_off(monkeypatch, part):
    text = ("We propose Quorvex, a novel method that ranks. We term the setting as Zeta Domain Transfer (ZDT). "
            "Finding the best ranking is NP-Hard. Krumbo, which contains 5,000 annotated images, is our data.")
    monkeypatch.setenv("PAPERKG_PRECISION31", part)
    es = [_entity(text, "Quorvex", "dataset"), _entity(text, "Zeta Domain Transfer", "method"),
          _entity(text, "NP-Hard", "method"), _entity(text, "Krumbo", "method")]
    got = {e.name: e.type for e in retype_mentions31(None, text, es)}
    want = {"method-definition": {"Quorvex": "dataset", "Zeta Domain Transfer": "task", "Krumbo": "dataset"},
            "new-setting": {"Quorvex": "method", "Zeta Domain Transfer": "method", "Krumbo": "dataset"},
            "complexity-class": {"Quorvex": "method", "Zeta Domain Transfer": "task", "NP-Hard": "method",
                                 "Krumbo": "dataset"},
            "data-contents": {"Quorvex": "method", "Zeta Domain Transfer": "task", "Krumbo": "method"}}[part]
    assert got == want


def test_off_changes_nothing(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION31", "off")
    text = "We propose Quorvex, a novel method that ranks."
    e = _entity(text, "Quorvex", "dataset")
    assert retype_mentions31(None, text, [e])[0].type == "dataset"
