"""Session 37's corpus-attested names (extract/recall42.py, switch PAPERKG_RECALL42). Cases written for these tests."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall42


def _cands(text):
    return [(p, sh) for _, _, p, sh in recall42.candidates42(text)]


def test_capitalised_run_candidates():
    got = _cands("we train Stacked Ripple Networks on it, and Folded Wave Machines (FWM) too.")
    assert ("Stacked Ripple Networks", "cap") in got and ("Folded Wave Machines", "cap") in got
    # sentence start, a run going on with a capital or number, a stop word inside: no candidate
    assert _cands("Stacked Ripple Networks are new.") == []
    assert not any(sh == "cap" for _, sh in _cands("we use Stacked Ripple Networks GPU kernels"))
    assert _cands("at the University of Somewhere") == []
    assert _cands("from the Stacked Ripple Corpus and") == []  # a data kind word


def test_eponym_candidates():
    got = _cands("we apply Zorblat rotations and Quennic gradient descent here.")
    assert ("Zorblat rotations", "eponym") in got
    assert ("Quennic gradient descent", "eponym") in got  # consecutive heads kept together
    # a first word the corpus writes in lower case, an adjective of a distribution, a language, no head: none
    assert _cands("we apply Authentic rotations here") == []  # in data/corpus_words.txt
    assert _cands("we apply Gaussian rotations here") == []
    assert _cands("we apply Japanese-English machine translation") == []
    assert _cands("we apply Zorblat noise here") == []
    assert _cands("we study Zorblat processes here") == []  # "process" is no technique head


def test_keep_row():
    assert recall42.keep_row42("Stacked Ripple Networks", "cap", 5, 1, 0, 9)
    assert not recall42.keep_row42("Stacked Ripple Networks", "cap", 5, 2, 0, 9)  # lower case too often: generic
    assert not recall42.keep_row42("Stacked Ripple Tree", "cap", 9, 0, 0, 9)  # no technique head
    assert not recall42.keep_row42("Stacked Ripple Networks", "cap", 2, 0, 0, 9)  # under 3 papers
    assert recall42.keep_row42("Zorblat rotations", "eponym", 4, 0, 1, 40)
    assert not recall42.keep_row42("Zorblat rotations", "eponym", 4, 0, 5, 40)  # first word often lower case
    assert not recall42.keep_row42("Zorblat rotations", "eponym", 4, 5, 0, 40)
    assert recall42.acronym_of42("Runge-Kutta Methods") == "RKM"


def test_name_spans_parts_and_taken(monkeypatch):
    names = {"Stacked Ripple Networks": "cap", "Zorblat rotations": "eponym"}
    text = "we use Stacked Ripple Networks with Zorblat rotations."
    monkeypatch.setenv("PAPERKG_RECALL42", "on:cap-name,eponym-name")
    got = [p for _, _, p in recall42.name_spans42(text, names, [])]
    assert got == ["Stacked Ripple Networks", "Zorblat rotations"]
    assert [p for _, _, p in recall42.name_spans42(text, names, [(7, 20)])] == ["Zorblat rotations"]  # taken span
    monkeypatch.setenv("PAPERKG_RECALL42", "cap-name")  # the cap-name part switched off
    assert [p for _, _, p in recall42.name_spans42(text, names, [])] == ["Zorblat rotations"]
    monkeypatch.delenv("PAPERKG_RECALL42")  # both parts are on by default since recall43
    assert [p for _, _, p in recall42.name_spans42(text, names, [])] == ["Stacked Ripple Networks", "Zorblat rotations"]
    monkeypatch.setenv("PAPERKG_RECALL42", "off")
    assert recall42.name_spans42(text, names, []) == []


def test_shipped_list():
    names = recall42.shipped42()
    assert names and set(names.values()) <= {"cap", "eponym"}
    assert "Neural Networks" not in names and "Gradient Descent" not in names and "Deep Learning" not in names
    assert not any(p.split()[0] in ("Bayesian", "Gaussian") for p, sh in names.items() if sh == "eponym")
    assert not any(p.endswith(("process", "processes", "kernel")) for p in names)


def test_whole_paper(monkeypatch):
    names = recall42.shipped42()
    phrase = next(p for p, sh in sorted(names.items()) if sh == "eponym" and p.startswith("Hebbian"))
    abstract = f"We revisit plasticity. Our model relies on {phrase} to adapt its synapses over time."
    on = names_under_switch(monkeypatch, "PAPERKG_RECALL42", "on:cap-name,eponym-name", abstract, "A plastic study")
    off = names_under_switch(monkeypatch, "PAPERKG_RECALL42", "off", abstract, "A plastic study")
    default = names_under_switch(monkeypatch, "PAPERKG_RECALL42", None, abstract, "A plastic study")
    assert phrase in on and phrase not in off and phrase in default
    assert phrase not in names_under_switch(monkeypatch, "PAPERKG_RECALL42", "eponym-name", abstract, "A plastic study")
