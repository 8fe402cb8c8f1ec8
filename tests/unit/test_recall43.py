"""Session 38's guards for recall42's eponym names (extract/recall43.py, switch PAPERKG_RECALL43). Cases written for
these tests; the eponyms of the shipped evidence file are named where a test reads that file."""

from __future__ import annotations

from paperkg.extract import recall42, recall43


def test_theory_phrases():
    assert recall43.theory_phrase43("Zorblat optimal classifier")  # an optimum, not a technique
    assert recall43.theory_phrase43("Zorblat averages")  # a measure
    assert recall43.theory_phrase43("Zorblat-type methods")  # a family
    assert recall43.theory_phrase43("Zorblat-optimal classifier")
    assert not recall43.theory_phrase43("Zorblat rotations")
    assert not recall43.theory_phrase43("Zorblat-Kutta method")


def test_shipped_evidence():
    theory, prefixes = recall43.eponyms43()
    # mined: eponyms the corpus names theory objects with ("Turing test", "Rademacher complexity")
    assert "Turing" in theory and "Rademacher" in theory
    assert "Hebbian" not in theory and "Kalman" not in theory and "Bayes" not in theory
    assert recall43.theory_phrase43("Turing machines") and not recall43.theory_phrase43("Boltzmann machines")
    assert "empirical" in prefixes["Bayes"] and "online" in prefixes["Newton"]
    assert not any(p in ("the", "a", "using", "of") for ps in prefixes.values() for p in ps)


def test_guard_spans(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL43", raising=False)
    text = "we use empirical Bayes estimation and the Bayes estimation of it."
    s = text.index("Bayes")
    assert recall43.guard43(text, s, s + 16, "Bayes estimation", "eponym") == (s - 10, "empirical Bayes estimation")
    s2 = text.index("Bayes", s + 1)
    assert recall43.guard43(text, s2, s2 + 16, "Bayes estimation", "eponym") == (s2, "Bayes estimation")  # "the"
    assert recall43.guard43(text, 3, 9, "Turing machines", "eponym") is None
    assert recall43.guard43(text, 3, 9, "Stacked Ripple Averages", "cap") == (3, "Stacked Ripple Averages")
    monkeypatch.setenv("PAPERKG_RECALL43", "cut-span")
    assert recall43.guard43(text, s, s + 16, "Bayes estimation", "eponym") == (s, "Bayes estimation")
    assert recall43.guard43(text, 3, 9, "Turing machines", "eponym") is None
    monkeypatch.setenv("PAPERKG_RECALL43", "off")
    assert recall43.guard43(text, 3, 9, "Turing machines", "eponym") == (3, "Turing machines")


def test_through_recall42(monkeypatch):
    names = {"Turing machines": "eponym", "Newton step algorithm": "eponym", "Zorblat rotations": "eponym"}
    text = "we reduce from Turing machines, use the online Newton step algorithm and Zorblat rotations."
    monkeypatch.delenv("PAPERKG_RECALL42", raising=False)
    monkeypatch.delenv("PAPERKG_RECALL43", raising=False)
    got = [(text[s:e], p) for s, e, p in recall42.name_spans42(text, names, [])]
    assert got == [("online Newton step algorithm",) * 2, ("Zorblat rotations",) * 2]
    # a taken span over the modifier keeps the name out
    start = text.index("online")
    assert [p for _, _, p in recall42.name_spans42(text, names, [(start, start + 6)])] == ["Zorblat rotations"]
    monkeypatch.setenv("PAPERKG_RECALL43", "off")
    got = [p for _, _, p in recall42.name_spans42(text, names, [])]
    assert got == ["Turing machines", "Newton step algorithm", "Zorblat rotations"]


def test_number_variant(monkeypatch):
    names = {"Zorblat method": "eponym", "Stacked Ripple Networks": "cap"}
    monkeypatch.delenv("PAPERKG_RECALL43", raising=False)
    assert recall43.listed43("Zorblat method", "eponym", names)
    assert recall43.listed43("Zorblat methods", "eponym", names)
    assert recall43.listed43("Stacked Ripple Network", "cap", names)
    assert not recall43.listed43("Zorblat methods", "cap", names)  # the shape must match
    assert not recall43.listed43("Zorblat rotations", "eponym", names)
    text = "we apply Zorblat methods here."
    assert [p for _, _, p in recall42.name_spans42(text, names, [])] == ["Zorblat methods"]
    monkeypatch.setenv("PAPERKG_RECALL43", "number-variant")
    assert not recall43.listed43("Zorblat methods", "eponym", names)
    assert recall43.listed43("Zorblat method", "eponym", names)
    assert recall42.name_spans42(text, names, []) == []
