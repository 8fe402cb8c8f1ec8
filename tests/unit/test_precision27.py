"""Issue 10, session 25 round two (node precision, names typed wrong), on invented sentences: a method named like
data, before a data noun or coordinated with datasets, becomes a dataset (PAPERKG_PRECISION27, extract/precision27.py)."""

from __future__ import annotations

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.precision27 import (
    PRECISION_RULES27, data_noun_after27, list_sibling_types27, retype_mentions27, shaped_name27,
)
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _types(abstract: str, title: str | None = None) -> dict[str, str]:
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: e.type for e in paper.entities}


def _entity(text: str, name: str, typ: str = "method", rule: str = "rule:name-shape") -> LocalEntity:
    mentions, at = [], 0
    while name in text[at:]:
        i = text.index(name, at)
        mentions.append(Mention(name, i, i + len(name), 0, rule))
        at = i + len(name)
    return LocalEntity(name, typ, "uses", [], None, mentions)


@pytest.fixture
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION27", raising=False)


def test_data_noun_after_retypes_a_shaped_name(on):
    text = "The tagger was trained on histology GlaZ data from three labs. GlaZ data are hard to read."
    e = _entity(text, "GlaZ")
    assert data_noun_after27(e.name, e.mentions, {"abstract": text})
    assert retype_mentions27(None, text, [e])[0].type == "dataset"


@pytest.mark.parametrize("text, name", [
    ("We use Zorbix data augmentation for training. Zorbix helps a lot.", "Zorbix"),  # a process
    ("Learners were drawn from large L7 corpora of essays.", "L7"),  # three characters or fewer
    ("We simulate paired QR-ZT data for training.", "QR-ZT"),  # two upper-case parts: modalities
    ("We cluster single-cell ZIP-seq data from mice.", "ZIP-seq"),  # an assay
    ("Zorbix runs in linear time. Zorbix improves recall. We train Zorbix on news data.", "Zorbix"),  # one of three
])
def test_data_noun_after_leaves(on, text, name):
    e = _entity(text, name)
    assert retype_mentions27(None, text, [e])[0].type == "method"


def test_list_sibling_of_datasets_becomes_a_dataset(on):
    text = "Evaluation on three corpora, WikiText-103, PennTB and ZembraNews, shows gains."
    z = _entity(text, "ZembraNews")
    w = _entity(text, "WikiText-103", typ="dataset", rule="gazetteer:curated")
    p = _entity(text, "PennTB", typ="dataset", rule="gazetteer:curated")
    assert list_sibling_types27(z, [w, p, z], {"abstract": text}) == {"dataset"}
    assert retype_mentions27(None, text, [w, p, z])[2].type == "dataset"


def test_list_sibling_with_a_method_stays(on):
    text = "We compare with FORMix and SORMix on GlobeBench and Zorb. Both FORMix and SORMix are slow."
    f = _entity(text, "FORMix")
    s = _entity(text, "SORMix")
    g = _entity(text, "GlobeBench", typ="benchmark", rule="gazetteer:curated")
    assert [e.type for e in retype_mentions27(None, text, [f, s, g])] == ["method", "method", "benchmark"]


def test_guards_of_the_shape(on):
    texts = {"abstract": "We propose ZorbNet, trained on the Zembra data. We present Quimbly data tools.", "title": ""}
    net = _entity(texts["abstract"], "ZorbNet")
    assert not shaped_name27(net, texts)  # a model's name ending
    quimbly = _entity(texts["abstract"], "Quimbly")
    assert not shaped_name27(quimbly, texts)  # not shaped like a name (one capital)
    proposed = _entity("We present ZemData corpus tools.", "ZemData")
    assert not shaped_name27(proposed, {"abstract": "We present ZemData corpus tools."})
    listed = _entity("The ZemData corpus is big.", "ZemData", rule="gazetteer:curated")
    assert not shaped_name27(listed, {"abstract": "The ZemData corpus is big."})
    defined = _entity("The ZemData corpus is big.", "ZemData")
    defined.long_form = "Zembra Data"
    assert not shaped_name27(defined, {"abstract": "The ZemData corpus is big."})


def test_pipeline_and_switch(monkeypatch):
    text = "We test our method on WikiText-103 and ZembraNews. It helps on ZembraNews."
    monkeypatch.delenv("PAPERKG_PRECISION27", raising=False)
    assert _types(text)["ZembraNews"] == "dataset"
    monkeypatch.setenv("PAPERKG_PRECISION27", "data-list-sibling")
    assert _types(text)["ZembraNews"] == "method"
    monkeypatch.setenv("PAPERKG_PRECISION27", "off")
    assert _types(text)["ZembraNews"] == "method"
    assert PRECISION_RULES27 == ("data-noun-after", "data-list-sibling")


def test_a_comma_after_a_fronted_phrase_is_no_list(on):
    # "On X, Y reaches ...": the comma ends the fronted phrase; Y is the system, not a second dataset.
    text = "On ZembraEval, QuorbChat reaches a 71% win rate over BarChat."
    chat = _entity(text, "QuorbChat")
    data = _entity(text, "ZembraEval", typ="benchmark", rule="gazetteer:curated")
    assert [e.type for e in retype_mentions27(None, text, [chat, data])] == ["method", "benchmark"]
    # inside a longer list a bare comma still joins names
    listed = "We test on ZembraEval, QuorbData and WikiText-103."
    q = _entity(listed, "QuorbData")
    z = _entity(listed, "ZembraEval", typ="benchmark", rule="gazetteer:curated")
    assert [e.type for e in retype_mentions27(None, listed, [q, z])] == ["dataset", "benchmark"]
