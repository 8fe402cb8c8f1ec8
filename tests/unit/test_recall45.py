"""Session 39's lower-case technique names the corpus uses bare after a technique cue, and the eponym guards
(extract/recall45.py, switch PAPERKG_RECALL45). Cases written for these tests; shipped-list names are read from
the list itself."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall42, recall45


def test_cued_phrases():
    text = ("We train via zorp matching, fit it using quibble gradient to the data, use a reward model, "
            "learn with the zorp hashing and apply zorp quibble sampling and more.")
    got = recall45.cued_phrases45(text)
    assert "zorp matching" in got and "quibble gradient" in got and "zorp quibble sampling" in got
    assert not any("reward" in p for p in got)  # an article after the cue: a count noun
    assert not any("hashing" in p for p in got)  # "with the ...": no bare use
    assert recall45.cued_phrases45("using zorp matching losses for") == {"zorp matching losses"}


def test_keep_row():
    assert not recall45.keep_row45("gradient-based optimization", 14, 67)  # a family (recall43's FAMILY43)
    assert recall45.keep_row45("zorp matching", 3, 20)
    assert not recall45.keep_row45("zorp matching", 2, 5)  # two papers only
    assert not recall45.keep_row45("zorp matching", 3, 40)  # written far more often than used bare
    assert not recall45.keep_row45("zorp matching", 50, 400)  # hundreds of papers: generic
    assert not recall45.keep_row45("random sampling", 10, 20)  # a generic modifier
    assert not recall45.keep_row45("zorp embeddings", 10, 20)  # a representation, not a technique
    assert not recall45.keep_row45("multi-head attention", 10, 20)  # GUIDELINE: attention is generic
    assert not recall45.keep_row45("zorp quibble", 10, 20)  # no technique head
    assert not recall45.keep_row45("zorp convex optimization", 10, 20)  # a problem class


def test_left_boundary():
    t = "Adaptive zorp sampling is used; we use zorp sampling, (zorp sampling and robust zorp sampling."
    starts = [i for i in range(len(t)) if t.startswith("zorp sampling", i)]
    assert [recall45.left_ok45(t, s) for s in starts] == [False, True, True, False]
    assert recall45.left_ok45("zorp sampling", 0)


def test_shipped_list():
    names = recall45.lexicon45().names
    assert len(names) > 40
    assert "score matching" in names and "negative sampling" in names
    assert not ({"machine learning", "deep learning", "neural networks", "gradient descent"} & names)
    assert not any(n.endswith(("network", "networks", "learning", "embeddings", "attention")) for n in names)


def test_whole_paper(monkeypatch):
    name = "score matching"
    abstract = f"We study yields. Our estimator builds on {name} to fit the trend over a short horizon."

    def low(value):  # the entity's name may be a canonical spelling
        return {n.lower() for n in names_under_switch(monkeypatch, "PAPERKG_RECALL45", value, abstract, "A flying study")}

    assert name in low("on:cue-name") and name not in low("off") and name not in low(None)  # off by default
    cut = f"We study yields. Our estimator builds on sliced {name} to fit the trend over a short horizon."
    assert name not in {n.lower() for n in names_under_switch(monkeypatch, "PAPERKG_RECALL45", "on:cue-name", cut, "A")}


def test_eponym_guards(monkeypatch):
    names = {"Bayes classifier": "eponym", "Helmholtz machine": "eponym", "Zorblat rotations": "eponym"}
    text = "we compare with the Bayes classifier, the bidirectional Helmholtz machine and Zorblat rotations."
    monkeypatch.delenv("PAPERKG_RECALL42", raising=False)
    monkeypatch.delenv("PAPERKG_RECALL43", raising=False)
    monkeypatch.delenv("PAPERKG_RECALL45", raising=False)  # default: the classifier stop only
    assert [p for _, _, p in recall42.name_spans42(text, names, [])] == ["Helmholtz machine", "Zorblat rotations"]
    monkeypatch.setenv("PAPERKG_RECALL45", "on:eponym-left")
    assert [p for _, _, p in recall42.name_spans42(text, names, [])] == ["Zorblat rotations"]
    monkeypatch.setenv("PAPERKG_RECALL45", "eponym-classifier,eponym-left")
    got = [p for _, _, p in recall42.name_spans42(text, names, [])]
    assert got == ["Bayes classifier", "Helmholtz machine", "Zorblat rotations"]
    monkeypatch.setenv("PAPERKG_RECALL45", "off")
    assert len(recall42.name_spans42(text, names, [])) == 3
    # the Bayes node of a "Bayes classifier" is vague; other eponym phrases pass
    assert recall45.eponym_drop45("the Bayes classifiers", 4, "Bayes classifiers") is False
    monkeypatch.delenv("PAPERKG_RECALL45", raising=False)
    assert recall45.eponym_drop45("the Bayes classifiers", 4, "Bayes classifiers") is True
    assert recall45.eponym_drop45("the Bayes nets", 4, "Bayes nets") is False
