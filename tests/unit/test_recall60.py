"""recall60: a capitalised run ending in an agent-noun head becomes a method (sentences invented for the tests)."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.recall60 import add_agent_heads60, agent_head_spans60
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity
from paperkg.extract.switches import OUTPUT_SWITCHES


def _added(text, seeds=(), title=None):
    seeds = list(seeds)
    out = add_agent_heads60(title, text, seeds)
    return {(e.name, e.type, e.role) for e in out[len(seeds):]}


def test_agent_head_added(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL60", raising=False)
    text = "The system joins (i) a Two-level Slot Tracker that follows the dialogue, and (ii) a planner."
    assert _added(text) == {("Two-level Slot Tracker", "method", "uses")}
    text = "For speed, we propose the Sparse Horizon Planner, which prunes branches early."
    assert _added(text) == {("Sparse Horizon Planner", "method", "proposes")}
    text = "Each layer keeps a Quasi Gated Recurrent Unit, and the output goes to a softmax."
    assert _added(text) == {("Quasi Gated Recurrent Unit", "method", "uses")}


def test_title_mention_kept(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL60", raising=False)
    text = "We train a Cascaded Depth Regressor on street scenes."
    out = add_agent_heads60("Cascaded Depth Regressor for Street Scenes", text, [])
    assert [m.field for m in out[0].mentions] == ["abstract", "title"]


def test_left_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL60", raising=False)
    # a unit that is no technique, class words only, a product, a possessive, a corpus, a list of a tool's modules
    assert agent_head_spans60("The face shows several Facial Action Units during speech.") == []
    assert agent_head_spans60("The backbone acts as a Deep Feature Extractor for the head.") == []
    assert agent_head_spans60("We compare with the Bing Translator on news.") == []
    assert agent_head_spans60("Senses come from the Oxford Student Learner's Dictionary in print.") == []
    assert agent_head_spans60("We release the Classroom Talk Tracker corpus of debates.") == []
    assert agent_head_spans60("Its parts are the Lexicon Tracker and Graph Viewer of the suite.") == []
    # a task's generic component, a name whose first word the run left out, class words with "Convolutional"
    assert agent_head_spans60("Its output feeds the Dialog State Tracker (DST) of the bot.") == []
    assert agent_head_spans60("We extend the Never Ending Image Learner with new heads.") == []
    assert agent_head_spans60("It runs with a much smaller Convolutional Feature Extractor on phones.") == []
    # a hyphenated modifier before the run is no left-out word
    text = "We design a Mamba-based Channel Aggregator for it."
    assert [text[a:b] for a, b in agent_head_spans60(text)] == ["Mamba-based Channel Aggregator"]
    # a sentence-opening "The" is no left-out word
    text = "It has two parts. The Channel Mixing Aggregator pools features."
    assert [text[a:b] for a, b in agent_head_spans60(text)] == ["Channel Mixing Aggregator"]
    # a sentence's first words and title case name nothing here
    assert agent_head_spans60("Sparse Horizon Planner results are shown.") == []


def test_found_name_not_added(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL60", raising=False)
    text = "We use a Sparse Horizon Planner for the robot."
    s = text.index("Horizon Planner")
    seed = LocalEntity("Horizon Planner", "method", "uses", [], None,
                       [Mention("Horizon Planner", s, s + 15, 0, "gazetteer")])
    assert _added(text, [seed]) == set()


def test_switch_off_restores(monkeypatch):
    paper = Paper(id="p1", title="Fast Route Search for Couriers",
                  abstract="Couriers need short routes. Each morning, routes come from a Two-level Courier Route "
                           "Planner that reads past tours, and greedy baselines lose on city maps.")
    monkeypatch.delenv("PAPERKG_RECALL60", raising=False)
    (on,) = extract_papers([paper])
    monkeypatch.setenv("PAPERKG_RECALL60", "0")
    (off,) = extract_papers([paper])
    on_names = {e.name for e in on.entities}
    off_names = {e.name for e in off.entities}
    assert "Two-level Courier Route Planner" in on_names and "Two-level Courier Route Planner" not in off_names
    assert on_names - {"Two-level Courier Route Planner"} == off_names


def test_switch_listed():
    assert "PAPERKG_RECALL60" in OUTPUT_SWITCHES
