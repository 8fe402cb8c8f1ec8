"""precision36 (session 32): slash pairs of two names split, trailing function words and participles trimmed, a
title's question before a name dropped."""

from __future__ import annotations

import pytest

from paperkg.extract import pipeline
from paperkg.extract.precision36 import half_shaped36, retype_mentions36, slash_split36, title_fragment36, trimmed36
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _m(text: str, source: str, rule: str = "rule:followed-by-type", field: str = "abstract") -> Mention:
    start = source.index(text)
    return Mention(text, start, start + len(text), 0, rule, field)


def _e(name: str, source: str, typ: str = "method", rule: str = "rule:followed-by-type", field: str = "abstract",
       entry: str | None = None) -> LocalEntity:
    return LocalEntity(name, typ, "uses", [], None, [_m(name, source, rule, field)], entry)


@pytest.mark.parametrize("name, halves", [
    ("GPT-3.5/GPT-4", ("GPT-3.5", "GPT-4")),  # each half alone in 55 and 141 papers, the pair in 1
    ("SLAM/SfM", ("SLAM", "SfM")),
    ("RDF/OWL", ("RDF", "OWL")),
    ("ResNet-101/ResNet-50", ("ResNet-101", "ResNet-50")),
    ("CANDECOMP/PARAFAC", None),  # the corpus writes it whole (5 papers), a half alone once
    ("ETH/UCY", None),  # 4 papers whole, UCY alone in 7: a fixed pair
    ("RoIPooling/RoIAlign", None),  # RoIPooling is never alone in the corpus
    ("CIFAR-10/100", None),  # one name for two versions
    ("MobileNet-V1/V2", None),
    ("2D/3D", None),
    ("AND/OR", None),
    ("Male/Female", None),  # ordinary words, not name-shaped
    ("MS/MS", None),
    ("SLAM", None),
])
def test_slash_split(name: str, halves) -> None:
    assert slash_split36(name) == halves


def test_half_shape() -> None:
    assert half_shaped36("SfM") and half_shaped36("GPT-4") and half_shaped36("VGG16")
    assert not half_shaped36("Input") and not half_shaped36("V2", right=True) and not half_shaped36("101", right=True)
    assert not half_shaped36("Intra-") and not half_shaped36("k")


def test_slash_entity_split_into_two_mentions() -> None:
    abstract = "Experiments with the GPT-3.5/GPT-4 models on a variety of tasks verify its effectiveness."
    out = retype_mentions36(None, abstract, [_e("GPT-3.5/GPT-4", abstract, "model")])
    assert [(e.name, e.type) for e in out] == [("GPT-3.5", "model"), ("GPT-4", "model")]
    for e in out:
        m = e.mentions[0]
        assert abstract[m.start:m.end] == m.text == e.name


def test_slash_half_joins_the_papers_own_entity() -> None:
    abstract = "SLAM is old. Not all features in SLAM/SfM contribute to localization."
    slam = LocalEntity("SLAM", "method", "uses", [], None, [Mention("SLAM", 0, 4, 0, "rule:name-shape")])
    out = retype_mentions36(None, abstract, [slam, _e("SLAM/SfM", abstract)])
    assert [e.name for e in out] == ["SLAM", "SfM"]
    assert [m.start for m in out[0].mentions] == [0, abstract.index("SLAM/")]


def test_slash_kept_when_listed_defined_or_title_led(monkeypatch) -> None:
    abstract = "Experiments with the GPT-3.5/GPT-4 models verify it."
    listed = _e("GPT-3.5/GPT-4", abstract, "model", rule="gazetteer:curated")
    assert [e.name for e in retype_mentions36(None, abstract, [listed])] == ["GPT-3.5/GPT-4"]
    title = "SLAM/SfM: a joint system"
    t = _e("SLAM/SfM", title, rule="rule:title-name", field="title")
    assert [e.name for e in retype_mentions36(title, "Nothing.", [t])] == ["SLAM/SfM"]
    monkeypatch.setenv("PAPERKG_PRECISION36", "slash-split")
    assert [e.name for e in retype_mentions36(None, abstract, [_e("GPT-3.5/GPT-4", abstract, "model")])] == [
        "GPT-3.5/GPT-4"]


@pytest.mark.parametrize("name, new", [
    ("pipage rounding due", "pipage rounding"),
    ("max-stable distributions built", "max-stable distributions"),
    ("LidarCLIP or", "LidarCLIP"),
    ("R2SGrasp designs the Real-to-Sim Data Repairer", "R2SGrasp"),
    ("Graph Attention Network", None),
    ("Learning to Rank", None),  # a function word inside, not at the end
    ("the of", None),
])
def test_trimmed(name: str, new) -> None:
    assert trimmed36(name) == new


def test_trail_entity_trimmed_not_for_long_forms(monkeypatch) -> None:
    abstract = "We round a solution by employing a framework called pipage rounding due to Ageev."
    e = _e("pipage rounding due", abstract, rule="rule:named-lower")
    out = retype_mentions36(None, abstract, [e])
    m = out[0].mentions[0]
    assert out[0].name == "pipage rounding" and abstract[m.start:m.end] == "pipage rounding" == m.text
    defined = _e("pipage rounding due", abstract, rule="abbreviation")  # not a shape rule: left alone
    assert retype_mentions36(None, abstract, [defined])[0].name == "pipage rounding due"
    monkeypatch.setenv("PAPERKG_PRECISION36", "trail-word")
    e2 = _e("pipage rounding due", abstract, rule="rule:named-lower")
    assert retype_mentions36(None, abstract, [e2])[0].name == "pipage rounding due"


@pytest.mark.parametrize("name, new", [
    ("Prompt for Extraction? PAIE", "PAIE"),
    ("Triangle Matters! TopDyG", "TopDyG"),
    ("GuessWhat?!", None),
    ("Yahoo! Answers", None),  # one word before: a name with its mark
    ("Why not? Because", None),  # not name-shaped
])
def test_title_fragment(name: str, new) -> None:
    assert title_fragment36(name) == new


def test_title_fragment_entity() -> None:
    title = "Prompt for Extraction? PAIE: Prompting Argument Interaction for Event Argument Extraction"
    e = _e("Prompt for Extraction? PAIE", title, rule="rule:title-name", field="title")
    out = retype_mentions36(title, "We propose PAIE.", [e])
    m = out[0].mentions[0]
    assert out[0].name == "PAIE" and (m.start, m.end, m.text) == (23, 27, "PAIE")


def test_pipeline_splits_a_slash_pair(monkeypatch) -> None:
    paper = Paper("p1", "A study", "Experiments with the GPT-3.5/GPT-4 models on a variety of tasks verify its "
                  "effectiveness.")
    assert {e.name for e in pipeline.extract_papers([paper])[0].entities} == {"GPT-3.5", "GPT-4"}
    monkeypatch.setenv("PAPERKG_PRECISION36", "off")
    monkeypatch.setenv("PAPERKG_PRECISION58", "slash-family")  # precision58 splits the same pair (session 44)
    assert {e.name for e in pipeline.extract_papers([paper])[0].entities} == {"GPT-3.5/GPT-4"}
