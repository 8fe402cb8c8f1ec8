"""precision34 (session 31): technique-typed groups that their papers write as data or define as a task."""

from __future__ import annotations

from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.precision34 import data_cued34, retype_cued34, task_defined34
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _paper(abstract: str, pid: str = "p1", title: str = "A title") -> Paper:
    return Paper(id=pid, title=title, abstract=abstract)


def _named(name: str, text: str, typ: str = "method", rule: str = "rule:name-shape") -> LocalEntity:
    at = text.index(name)
    return LocalEntity(name, typ, "uses", [], None, [Mention(name, at, at + len(name), 0, rule)])


def _cued(name: str, text: str) -> bool:
    return data_cued34(_named(name, text), _paper(text))


def test_data_cues_after_before_and_defined() -> None:
    assert _cued("Zorbix", "We release the full Zorbix corpus and document it.")
    assert _cued("Zorbix", "It is tested on Zorbix Spanish corpus with F1 = 74.9.")
    assert _cued("Zorbix", "We evaluate on the Zorbix (ZB) dataset.")
    assert _cued("Pinchah Zorb", "This paper describes Pinchah Zorb – an online dictionary for Kristang.")
    assert _cued("Zorbix", "We present Zorbix, a large annotated corpus of tweets.")
    assert _cued("Zorbix", "We build a new public dataset of over 7,000 tweets annotated twice, named Zorbix.")
    assert _cued("Zorbix", "We compare it with the Slovene reference speech corpus Zorbix and outline guidelines.")
    assert _cued("Zorbix", "We test on CIFAR-100 and Zorbix datasets.")


def test_no_data_cue_for_techniques() -> None:
    assert not _cued("Zorbix", "We propose Zorbix, a new method for parsing.")
    assert not _cued("Zorbix", "Zorbix outperforms baselines on three datasets.")
    assert not _cued("Zorbix", "We train Zorbix on the corpus.")  # the data noun stands before, not next to it
    assert not _cued("Zorbix", "We apply Zorbix-based augmentation to the dataset.")
    assert not _cued("Zorbix", "The dataset. Zorbix then improves results.")


def test_task_defined() -> None:
    t = "Virtual zorb embedding (VZE) is an essential resource allocation task in network virtualization."
    assert task_defined34(_named("Virtual zorb embedding", t), _paper(t))
    t = "Zorb grading refers to the problem of grading zorbs."
    assert task_defined34(_named("Zorb grading", t), _paper(t))
    t = "Zorb LASSO is a convex optimization problem that we solve fast."
    assert not task_defined34(_named("Zorb LASSO", t), _paper(t))
    t = "Zorb Net is a network for the task."
    assert not task_defined34(_named("Zorb Net", t), _paper(t))


def test_group_retyped_in_the_corpus_pass(monkeypatch) -> None:
    t1 = "We release the Zorbix corpus of 5,000 dialogues."
    t2 = "Our parser beats baselines on Zorbix and on two other sets."
    t3 = "Zorbix helps a lot in our experiments."
    rs = [LocalResult(_paper(t, pid), [_named("Zorbix", t)], []) for pid, t in (("a", t1), ("b", t2), ("c", t3))]
    keys = {e.id for p in canonicalise(rs) for e in p.entities}
    assert keys == {"method:zorbix"}  # 1 of 3 papers cued: under half, and only one
    rs = [LocalResult(_paper(t, pid), [_named("Zorbix", t)], []) for pid, t in (("a", t1), ("b", t2))]
    assert {e.id for p in canonicalise(rs) for e in p.entities} == {"dataset:zorbix"}  # 1 of 2: half
    monkeypatch.setenv("PAPERKG_PRECISION34", "data-cued")
    assert {e.id for p in canonicalise(rs) for e in p.entities} == {"method:zorbix"}


def test_task_group_and_listed_names_kept(monkeypatch) -> None:
    t = "Zorb grading (ZG) is a hard sequence labelling task with few labels."
    rs = [LocalResult(_paper(t), [_named("Zorb grading", t)], [])]
    assert {e.id for p in canonicalise(rs) for e in p.entities} == {"task:zorb-grading"}
    monkeypatch.setenv("PAPERKG_PRECISION34", "off")
    assert {e.id for p in canonicalise(rs) for e in p.entities} == {"method:zorb-grading"}


def test_retype_skips_listed_and_data_groups() -> None:
    t = "We release the Zorbix corpus."
    e = _named("Zorbix", t)
    e.entry = "method:zorbix"
    canon = {"r": ("method:zorbix", "Zorbix", None, set())}
    retype_cued34([LocalResult(_paper(t), [e], [])], [[(e, "k")]], {"r": [e]}, canon)
    assert canon["r"][0] == "method:zorbix"
    e2 = _named("Zorbix", t, typ="dataset")
    canon = {"r": ("dataset:zorbix", "Zorbix", None, set())}
    retype_cued34([LocalResult(_paper(t), [e2], [])], [[(e2, "k")]], {"r": [e2]}, canon)
    assert canon["r"][0] == "dataset:zorbix"


def test_no_data_cue_shapes_seen_at_corpus_scale() -> None:
    assert not _cued("Zorbix", "On real and synthetic datasets, our approach, called Zorbix, wins.")
    assert not _cued("Zorbix", "We extend the Zorbix method by corpus selection.")
    assert not _cued("Zorbix", "Zorbix: A Processing System for Valency Lexicon Data")
    assert not _cued("Zorbix", "In the Wireframe dataset Zorbix achieves 71.7 sAP.")
    assert not _cued("Zorbix", "We present Zorbix, an open-domain knowledge base question answering system.")
    assert not _cued("Zorbix", "Results on two new Zorbix datasets show gains.")  # a plural: data of a topic
    assert not _cued("Zorbix", "We are releasing Zorbix, an open-source implementation.")


def test_task_named_data_and_acted_on_subjects_kept() -> None:
    t = "We further introduce a Zorbic Summarization corpus in English."
    rs = [LocalResult(_paper(t), [_named("Zorbic Summarization", t)], [])]
    assert {e.id for p in canonicalise(rs) for e in p.entities} == {"method:zorbic-summarization"}
    t = "The construction of Zorb Models is a very challenging vision problem."
    assert not task_defined34(_named("Zorb Models", t), _paper(t))
    t = "Training Zorb Models is a challenging task."
    assert not task_defined34(_named("Zorb Models", t), _paper(t))


def test_names_called_after_plurals_or_tools_are_not_data() -> None:
    assert not _cued("Zorbix", "The corpus has been produced using a rebuilt text processing toolchain called Zorbix.")
    assert not _cued("Zorbix Co", "We learn associations from large text corpora, called Zorbix Co (ZC), fast.")
    assert not _cued("Zorbix", "We present a web interface for wordnets named Zorbix which is built on Hydra.")
    assert not _cued("Entities", "We present E-TIPSY, a search query corpus annotated with named Entities, Term Importance.")
    assert _cued("Zorbix", "A challenging new dataset well-suited for IDC named Zorbix.")
