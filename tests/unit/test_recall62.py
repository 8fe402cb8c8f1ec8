"""recall62: an ambiguous list short form followed by an algorithm word becomes a method (sentences invented)."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.recall62 import _other_sense_forms62, add_sense_followers62, sense_follower_spans62
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity
from paperkg.extract.switches import OUTPUT_SWITCHES


def _added(text, seeds=(), title=None):
    seeds = list(seeds)
    out = add_sense_followers62(title, text, seeds)
    return {(e.name, e.type, e.role) for e in out[len(seeds):]}


def test_forms_are_the_non_method_senses():
    forms = _other_sense_forms62()
    assert forms.get("EM") == "expectation-maximization"  # listed as the metric exact match; named by its other sense
    assert "SAC" not in forms and "PRO" not in forms  # listed as methods: the resolver's agreement test reads them
    assert "ASR" not in forms and "ECE" not in forms  # listed as metrics, but their other senses are tasks


def test_algorithm_word_adds_method(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL62", "on:sense-follower")
    assert _added("The weights of the mixture are fitted with an EM algorithm from a warm start.") == {
        ("expectation-maximization", "method", "uses")}
    assert _added("Each EM iteration costs one pass over the counts.") == {("expectation-maximization", "method", "uses")}
    assert _added("We derive closed-form EM updates for the gates.") == {("expectation-maximization", "method", "uses")}
    assert _added("The weights are fitted in an EM framework with restarts.") == {("expectation-maximization", "method", "uses")}


def test_every_bare_mention_and_title_kept(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL62", "on:sense-follower")
    text = "We run the EM algorithm. Unlike plain EM, ours splits clusters."
    out = add_sense_followers62("Split EM for Mixtures", text, [])
    assert [(m.field, m.start) for m in out[0].mentions] == [
        ("abstract", text.index("EM")), ("abstract", text.rindex("EM")), ("title", 6)]


def test_left_alone(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL62", "on:sense-follower")
    # the metric, a hyphen compound, a longer word, no algorithm word, a listed method's short form
    assert sense_follower_spans62("Our reader reaches 81.2 EM on the test set.") == []
    assert sense_follower_spans62("We propose an EM-like algorithm for the weights.") == []
    assert sense_follower_spans62("We compare with the SEM algorithm of the toolkit.") == []
    assert sense_follower_spans62("We use an EM model with restarts.") == []
    assert sense_follower_spans62("We compare with the ASR approach of the toolkit.") == []
    assert sense_follower_spans62("We run the SAC algorithm on the arm.") == []
    text = "We report EM and F1 of the EM algorithm."
    assert [text[a:b] for a, b in sense_follower_spans62(text)] == ["EM"]


def test_found_name_not_added(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL62", "on:sense-follower")
    text = "We fit it by expectation maximization (EM). The EM algorithm then stops."
    s = text.index("expectation")
    seed = LocalEntity("expectation maximization", "method", "uses", ["EM"], None,
                       [Mention("expectation maximization", s, s + 24, 0, "abbreviation")])
    assert _added(text, [seed]) == set()


def test_switch_off_restores(monkeypatch):
    paper = Paper(id="p1", title="Mixtures of Sparse Trees",
                  abstract="Mixtures of sparse trees are fitted with an efficient EM algorithm, and we bound the "
                           "number of its rounds on three gene networks.")
    monkeypatch.setenv("PAPERKG_RECALL62", "on:sense-follower")
    (on,) = extract_papers([paper])
    monkeypatch.setenv("PAPERKG_RECALL62", "0")
    (off,) = extract_papers([paper])
    on_names = {(e.name, e.type) for e in on.entities}
    off_names = {(e.name, e.type) for e in off.entities}
    em = ("expectation-maximization", "method")
    assert em in on_names and em not in off_names
    assert {e.id for e in on.entities if (e.name, e.type) == em} == {"method:expectation-maximization"}
    assert on_names - {em} == off_names
    monkeypatch.setenv("PAPERKG_RECALL62", "sense-follower")
    (part_off,) = extract_papers([paper])
    monkeypatch.delenv("PAPERKG_RECALL62")
    (default,) = extract_papers([paper])  # off by default: the corpus step can join its bare EM to "exact match"
    assert {(e.name, e.type) for e in default.entities} == off_names
    assert {(e.name, e.type) for e in part_off.entities} == off_names


def test_switch_listed():
    assert "PAPERKG_RECALL62" in OUTPUT_SWITCHES
