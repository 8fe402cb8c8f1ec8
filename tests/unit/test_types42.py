"""types42 (session 37): one node per data resource (kind-named) and list intros crossing a verb (intro-verb)."""

from __future__ import annotations

import pytest

from paperkg.extract import rules
from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity
from paperkg.extract.types42 import intro_crosses_verb42, join_kind_named42, kind_named_pairs42


@pytest.fixture(autouse=True)
def _on(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES42", raising=False)


def _paper(pid: str, name: str, text: str, typ: str = "dataset", rule: str = "rule:data-noun") -> LocalResult:
    i = text.index(name)
    e = LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None,
                    mentions=[Mention(name, i, i + len(name), 0, rule)])
    return LocalResult(Paper(id=pid, title=None, abstract=text, year=2020), [e], [])


def _ids(results) -> dict[str, str]:
    return {p.id: p.entities[0].id for p in canonicalise(results)}


def test_pairs_kind_word_written_apart():
    ids = {"a": "benchmark:zorblax-dependencies", "b": "dataset:zorblax-dependencies-treebank",
           "c": "dataset:quux-face", "d": "dataset:quux-face-database", "e": "dataset:quux-face-databases"}
    assert kind_named_pairs42(ids) == [("c", "d"), ("c", "e"), ("a", "b")] or sorted(kind_named_pairs42(ids)) == [
        ("a", "b"), ("c", "d"), ("c", "e")]


def test_pairs_refusals():
    ids = {"p": "dataset:penn-treebank",  # no "Penn" data node
           "t": "dataset:twitter", "tc": "dataset:twittercorpus",  # glued: no kind word
           "x": "dataset:abc", "xd": "dataset:abc-dataset", "xt": "dataset:abc-treebank",  # two kinds: ambiguous
           "m": "method:mpqa", "mc": "dataset:mpqa-corpus"}  # the shorter is no data node
    assert kind_named_pairs42(ids) == []


def test_join_calls_union_and_switch(monkeypatch):
    canon = {"a": ("benchmark:zorblax", "Zorblax", None, set()), "b": ("dataset:zorblax-corpus", "Zorblax Corpus", None, set())}
    joined = []

    class Keys:
        def union(self, x, y):
            joined.append((x, y))

    assert join_kind_named42(canon, Keys()) and joined == [("a", "b")]
    monkeypatch.setenv("PAPERKG_TYPES42", "kind-named")
    joined.clear()
    assert not join_kind_named42(canon, Keys()) and joined == []


def test_canonicalise_makes_one_node(monkeypatch):
    results = [_paper("p1", "Zorblax Dependencies", "We parse the Zorblax Dependencies dataset."),
               _paper("p2", "Zorblax Dependencies", "Results on the Zorblax Dependencies dataset improve."),
               _paper("p3", "Zorblax Dependencies Treebank", "We train on the Zorblax Dependencies Treebank data.")]
    ids = _ids(results)
    assert ids["p1"] == ids["p2"] == ids["p3"] == "dataset:zorblax-dependencies"
    monkeypatch.setenv("PAPERKG_TYPES42", "off")
    ids = _ids(results)
    assert ids["p3"] == "dataset:zorblax-dependencies-treebank" and ids["p1"] == "dataset:zorblax-dependencies"


def test_canonicalise_keeps_a_treebank_without_a_short_data_node():
    results = [_paper("p1", "Quuxian Treebank", "We parse the Quuxian Treebank data."),
               _paper("p2", "Quuxian", "We translate Quuxian text with a model.", typ="method", rule="rule:name-shape")]
    ids = _ids(results)
    assert ids["p1"] == "dataset:quuxian-treebank"


def test_intro_verb():
    assert intro_crosses_verb42(" and develop a framework ")
    assert intro_crosses_verb42(" and design four modules ")
    assert not intro_crosses_verb42(" proposed for combinatorial bandits, including ")  # a participle modifies
    assert not intro_crosses_verb42(" for Czech and English ")


def _listed(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t, r in rules.find_rule_spans(text) if r == "rule:listed"}


def test_intro_verb_in_the_list_rule(monkeypatch):
    t = "In this paper we build two datasets and develop a framework (TDMS-IE) aimed at extracting scores."
    assert ("TDMS-IE", "dataset") not in _listed(t)
    monkeypatch.setenv("PAPERKG_TYPES42", "intro-verb")
    assert ("TDMS-IE", "dataset") in _listed(t)
    monkeypatch.delenv("PAPERKG_TYPES42")
    for t in ("We use benchmark datasets proposed for parsing (PragueX and EngBankY).",  # a participle
              "We use datasets for parsing and tagging (PragueX and EngBankY)."):  # "and" without a verb
        assert ("PragueX", "dataset") in _listed(t)
