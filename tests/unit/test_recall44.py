"""Session 38's lower-case technique names the corpus defines with an acronym (extract/recall44.py, switch
PAPERKG_RECALL44). Cases written for these tests; shipped-list names are read from the list itself."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall44


def test_defined_phrases():
    text = ("We use zorp quibble control (ZQC) and the follow the regularized leader (FTRL) rule, "
            "long short-term memory (LSTM) cells, plain words (XY) and a blarg fizz (BX).")
    got = recall44.defined_phrases44(text)
    assert "zorp quibble control" in got and "follow the regularized leader" in got
    assert "long short-term memory" in got  # one initial per hyphen part
    assert "plain words" not in got  # initials differ
    assert not any(p.startswith("the ") for p in got)
    assert recall44.defined_phrases44("a zorp quibble control (Zqc) here") == set()  # one capital: no acronym


def test_keep_row():
    assert recall44.keep_row44("zorp quibble control", 3, 10)
    assert not recall44.keep_row44("zorp quibble control", 1, 3)  # one paper defines it
    assert not recall44.keep_row44("zorp quibble control", 3, 40)  # generic: written far more than defined
    assert not recall44.keep_row44("zorp quibble control", 100, 500)  # hundreds of papers
    assert not recall44.keep_row44("zorp neural networks", 5, 10)  # a class, not one technique
    assert not recall44.keep_row44("zorp federated learning", 5, 10)  # a paradigm
    assert not recall44.keep_row44("aspect sentiment analysis", 5, 10)  # a task
    assert not recall44.keep_row44("zorp quibble problem", 5, 10)  # no technique head
    assert not recall44.keep_row44("zorp convex optimization", 5, 10)  # a problem class
    assert not recall44.keep_row44("multi-objective optimization", 5, 10)


def test_cut_and_problem_guards():
    text = "we use bidirectional zorp coding and zorp coding problems"
    assert recall44._MODIFIED44.search(text, 0, text.index("zorp"))
    assert not recall44._MODIFIED44.search(text, 0, text.index("bidirectional"))
    assert recall44._PROBLEM44.match(text, len("we use bidirectional zorp coding and zorp coding"))
    assert not recall44._PROBLEM44.match(text, len("we use bidirectional zorp coding"))


def test_shipped_list():
    lex = recall44.lexicon44()
    assert len(lex) > 50
    assert "machine learning" not in lex.names and "neural networks" not in lex.names
    assert not any(n.endswith(("network", "networks", "learning")) for n in lex.names)


def test_whole_paper(monkeypatch):
    name = "principal component regression"
    assert name in recall44.lexicon44().names
    abstract = f"We study yields. The estimate relies on {name} to fit the trend over a short horizon."
    def low(value):  # the entity's name may be a canonical spelling ("Principal Component Regression")
        return {n.lower() for n in names_under_switch(monkeypatch, "PAPERKG_RECALL44", value, abstract, "A flying study")}

    on, off, default = low("on:acr-name"), low("off"), low(None)
    assert name in on and name not in off and name not in default  # off by default
    # a paper that already names it another way is not given it twice
    # a match cut from a longer name (after an adjective-like word) is skipped
    abstract = f"We study yields. The estimate relies on statistical {name} to fit the trend over a short horizon."
    assert name not in low("on:acr-name")
