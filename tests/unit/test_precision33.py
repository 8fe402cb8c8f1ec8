"""precision33 (session 30): line-end hyphens, plural data classes, pair modifiers, title-led listed uses, the MAP
metric, and check-graph's optional generic classes."""

from __future__ import annotations

import json

import pytest

from paperkg.extract import results
from paperkg.extract.precision33 import repair_line_hyphens33, retype_mentions33, title_listed_use33
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity
from paperkg.graph import corpus_checks


def _m(text: str, abstract: str, rule: str = "abbreviation", field: str = "abstract", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = abstract.index(text, start + 1)
    return Mention(text, start, start + len(text), 0, rule, field)


@pytest.mark.parametrize("name, fixed", [
    ("Spectral Clus- tering Network", "Spectral Clustering Network"),  # joined form is a word
    ("hyper- parameter search", "hyperparameter search"),
    ("matrix- variate Gaussian", "matrix-variate Gaussian"),  # "matrixvariate" is no word, "variate" is
    ("risk- sensitive policy", "risk-sensitive policy"),
    ("Coarse- and Fine-grained Zorb", "Coarse- and Fine-grained Zorb"),  # suspended hyphen kept
    ("First- or Second-order Zorb", "First- or Second-order Zorb"),
    ("Plain Name", "Plain Name"),
])
def test_line_hyphen_repair(name: str, fixed: str) -> None:
    assert repair_line_hyphens33(name, frozenset()) == fixed


def test_line_hyphen_uses_the_papers_own_words() -> None:
    # "zorbqux" is no known word; the paper writes it elsewhere, so the break joins
    assert repair_line_hyphens33("Zorb- qux Net", frozenset({"zorbqux"})) == "Zorbqux Net"


def test_line_hyphen_entity_repaired_and_switch_off(monkeypatch) -> None:
    abstract = "We propose the Deep Clus- tering Engine (DCE) for images."
    e = LocalEntity("Deep Clus- tering Engine", "method", "proposes", ["DCE"], None,
                    [_m("Deep Clus- tering Engine", abstract)], None, "Deep Clus- tering Engine", ["DCE"])
    out = retype_mentions33(None, abstract, [e])
    assert out[0].name == "Deep Clustering Engine" and out[0].long_form == "Deep Clustering Engine"
    assert out[0].mentions[0].text == "Deep Clus- tering Engine"  # evidence kept as written
    monkeypatch.setenv("PAPERKG_PRECISION33", "line-hyphen")
    e2 = LocalEntity("Deep Clus- tering Engine", "method", "proposes", [], None,
                     [_m("Deep Clus- tering Engine", abstract)], None, None, [])
    assert retype_mentions33(None, abstract, [e2])[0].name == "Deep Clus- tering Engine"


def _data(abstract: str, long_form: str, short: str) -> LocalEntity:
    ms = [_m(long_form, abstract)] + [_m(short, abstract, nth=i) for i in range(abstract.count(short))]
    return LocalEntity(long_form, "dataset", "uses", [short], None, ms, None, long_form, [short])


def test_plural_data_class_dropped_or_task() -> None:
    a1 = "We test on three public crop disease (CD) datasets and two more CD datasets."
    assert retype_mentions33(None, a1, [_data(a1, "crop disease", "CD")]) == []
    a2 = "We evaluate on public scene text classification (STC) datasets."
    out = retype_mentions33(None, a2, [_data(a2, "scene text classification", "STC")])
    assert [e.type for e in out] == ["task"]


def test_plural_data_class_keeps_a_named_dataset() -> None:
    a = "We release the crop disease (CD) dataset, and CD is public."  # singular: one data set's name
    assert [e.type for e in retype_mentions33(None, a, [_data(a, "crop disease", "CD")])] == ["dataset"]
    b = "We use the Crop Disease (CD) datasets."  # capitalised long form: a name
    assert len(retype_mentions33(None, b, [_data(b, "Crop Disease", "CD")])) == 1


def test_pair_modifier_spelling_dropped() -> None:
    a = "Image retrieval (IR) is hard; we mine image-report (IR) pairs to train IR systems."
    e = LocalEntity("image retrieval", "task", "uses", ["IR", "image-report"], None,
                    [_m("image retrieval", a.lower()), _m("IR", a)], None, "image retrieval", ["IR", "image-report"])
    out = retype_mentions33(None, a, [e])
    assert "image-report" not in out[0].aliases and "image-report" not in out[0].short_forms
    assert "IR" in out[0].aliases


class _E:
    def __init__(self, entry, mentions):
        self.entry = entry
        self.mentions = mentions


def test_title_listed_use() -> None:
    a = "We study the convergence of ZGD under sampling, and most of our variants of ZGD are new."
    e = _E("method:zorb-gradient-descent", [_m("ZGD", a, "gazetteer:curated"), _m("ZGD", a, "gazetteer:curated", nth=1)])
    assert title_listed_use33(e, "ZGD: General Rates", a)
    own = "We propose ZGD, a new method for the convergence of ZGD."
    assert not title_listed_use33(_E("method:x", [_m("ZGD", own, nth=0), _m("ZGD", own, nth=1)]), None, own)
    assert not title_listed_use33(_E(None, e.mentions), None, a)  # not listed
    title_only = "Street scenes are rendered with diffusion priors."
    assert not title_listed_use33(_E("method:x", [Mention("ZGD", 0, 3, 0, "rule:title-name", "title")]), None, title_only)
    defined = "We explain the process of ZGD: Zonal Gradient Descent, and its rates."
    assert not title_listed_use33(_E("method:x", [_m("ZGD", defined)]), None, defined)  # defined after a colon
    assert not title_listed_use33(_E("method:x", e.mentions), "ZGD: Zonal Graph Diffusion", a)  # title spells it


def test_map_metric_joins_mean_average_precision() -> None:
    results.metric_lexicon.cache_clear()
    try:
        assert results.canonical_metric("MAP").name == "mAP"
        assert results.canonical_metric("mean average precision").name == "mAP"
        assert results.canonical_metric("AP").name == "AP"  # a short name with spellings of its own stays
    finally:
        results.metric_lexicon.cache_clear()


def test_optional_entity_check(tmp_path) -> None:
    rec = {"name": "Zorb Network", "types": ["method"], "forms": ["Zorb Networks"], "optional": True}
    path = tmp_path / "frequent-entities.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    checks = corpus_checks.load_entity_checks(path)
    res = corpus_checks.check_entities(checks, corpus_checks.NodeIndex([]))
    assert res[0].ok and res[0].problems() == []
    path.write_text(json.dumps(dict(rec, optional=False)) + "\n", encoding="utf-8")
    res = corpus_checks.check_entities(corpus_checks.load_entity_checks(path), corpus_checks.NodeIndex([]))
    assert not res[0].ok and res[0].problems() == ["no node"]
    path.write_text(json.dumps(dict(rec, optional="yes")) + "\n", encoding="utf-8")
    with pytest.raises(Exception):
        corpus_checks.load_entity_checks(path)
