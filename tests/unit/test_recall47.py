"""Session 40's recall45 cue names kept to rows the corpus graph already has as methods (extract/recall47.py,
switch PAPERKG_RECALL47). Cases written for these tests; shipped-list names are read from the lists themselves."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall45, recall47


def test_known_list_is_part_of_recall45_list():
    known = recall47.known_names47()
    rows = recall45.lexicon45().names
    assert len(known) > 40 and known <= rows
    assert "negative sampling" in known and "negative samplings" in known
    # rows whose only nodes in the corpus graph were recall45's own (the wrong new nodes of its 73k check)
    assert not ({"sparse regularization", "sensitivity analysis", "kernel machines", "matrix decomposition"} & known)


def _low(monkeypatch, var, value, abstract):
    return {n.lower() for n in names_under_switch(monkeypatch, var, value, abstract, "A flying study")}


def _lists(monkeypatch):
    """Invented rows: "zorp sampling" known to the corpus graph, "quib analysis" only in recall45's list."""
    from paperkg.extract.lexicon_lower import LowerLexicon

    monkeypatch.setattr(recall45, "lexicon45", lambda: LowerLexicon(["zorp sampling", "quib analysis"]))
    monkeypatch.setattr(recall47, "known_names47", lambda: frozenset({"zorp sampling"}))


def test_whole_paper(monkeypatch):
    _lists(monkeypatch)
    abstract = ("We study yields. Our estimator is trained with zorp sampling and checked by quib analysis, "
                "then fit to the trend over a short horizon.")
    on = _low(monkeypatch, "PAPERKG_RECALL47", "on:cue-known", abstract)
    assert "zorp sampling" in on and "quib analysis" not in on
    assert "zorp sampling" not in _low(monkeypatch, "PAPERKG_RECALL47", "off", abstract)
    assert "zorp sampling" in _low(monkeypatch, "PAPERKG_RECALL47", None, abstract)  # on by default
    # recall45's own part, when on, takes every row whatever recall47 says
    monkeypatch.setenv("PAPERKG_RECALL47", "off")
    got = {n.lower() for n in names_under_switch(monkeypatch, "PAPERKG_RECALL45", "on:cue-name", abstract, "A")}
    assert {"zorp sampling", "quib analysis"} <= got


def test_guards_kept(monkeypatch):
    _lists(monkeypatch)
    cut = "We study yields. Our estimator builds on sliced zorp sampling to fit the trend over a short horizon."
    assert "zorp sampling" not in _low(monkeypatch, "PAPERKG_RECALL47", "on:cue-known", cut)
    problem = "We study yields. We analyse with zorp sampling problems over a short horizon."
    assert "zorp sampling" not in _low(monkeypatch, "PAPERKG_RECALL47", "on:cue-known", problem)
