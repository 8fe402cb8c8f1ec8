"""results37 (issue 12, session 32): split words are no datasets, data-noun slots, from-to pairs."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import results37
from paperkg.extract.records import ExtractedPaper
from result_cases import paper_with_entities as _paper  # tests/result_cases.py


def _found(paper: ExtractedPaper) -> list[tuple[float, str, str | None, str | None]]:
    return [(r.value, r.metric, r.dataset, r.split) for r in R.find_results(paper)]


def _dataset_of(paper: ExtractedPaper, value: float) -> str | None:
    return next(d for v, _, d, _ in _found(paper) if v == value)


def test_split_names_are_recognised() -> None:
    for name in ("DEV", "TEST", "test set", "the DEV dataset", "Subtask 1", "Subtask-A", "Track 2", "validation set"):
        assert results37.is_split_name(name), name
    for name in ("MADAR", "CoNLL-2003", "Switchboard", "Test of English", "Developer Forum"):
        assert not results37.is_split_name(name), name


def test_a_split_word_typed_a_dataset_gives_way_to_the_papers_one_benchmark(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS37", raising=False)
    text = ("We describe our system for the QuuxDial Shared Task. Our system achieves a macro F1-score of 69.3% on the "
            "DEV dataset.")
    p = _paper(text, {"QuuxDial Shared Task": "benchmark", "DEV": "dataset"})
    assert (69.3, "macro F1", "QuuxDial Shared Task", "dev") in _found(p)
    monkeypatch.setenv("PAPERKG_RESULTS37", "split-not-dataset")
    assert (69.3, "macro F1", "DEV", None) in _found(p)


def test_a_split_word_with_no_other_dataset_leaves_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS37", raising=False)
    p = _paper("We propose QuuxNet. QuuxNet achieves a macro F1-score of 69.3% on the TEST dataset.",
               {"QuuxNet": "method", "TEST": "dataset"})
    assert _dataset_of(p, 69.3) is None
    # two other datasets: which one the split is of is not clear, so none either
    two = _paper("We propose QuuxNet, tested on FooSet and BarSet. QuuxNet achieves a macro F1-score of 69.3% on the "
                 "TEST dataset.", {"QuuxNet": "method", "FooSet": "dataset", "BarSet": "dataset", "TEST": "dataset"})
    assert _dataset_of(two, 69.3) is None


def test_a_data_noun_slot_names_the_dataset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS37", raising=False)
    after = _paper("We propose QuuxTag. QuuxTag achieves an F-score of 87.5% on the commonly used English Quuxboard test "
                   "set.", {"QuuxTag": "method"})
    assert _dataset_of(after, 87.5) == "English Quuxboard"
    before = _paper("We propose QuuxRE. Experiments on the English Quux Filling 2013 dataset demonstrate that QuuxRE "
                    "achieves 8.1% higher F-score than open RE methods.", {"QuuxRE": "method"})
    assert _dataset_of(before, 8.1) == "English Quux Filling 2013"
    monkeypatch.setenv("PAPERKG_RESULTS37", "data-noun-slot")
    assert _dataset_of(after, 87.5) is None


def test_a_data_noun_slot_takes_the_slot_after_each_value() -> None:
    p = _paper("We propose QuuxRep. QuuxRep reaches an accuracy of 36.8% for the Quux Event 14 dataset and an accuracy "
               "of 44.6% for the Quux Event 13 dataset.", {"QuuxRep": "method"})
    assert _dataset_of(p, 36.8) == "Quux Event 14"
    assert _dataset_of(p, 44.6) == "Quux Event 13"


def test_descriptions_in_a_data_noun_slot_are_refused() -> None:
    cases = [
        "QuuxNet achieves an accuracy of 81.6% on a Mandarin Quux corpus.",  # indefinite: a description
        "QuuxNet achieves an F1 of 0.802 on our Reddit test set.",  # our own set, described by its source
        "QuuxNet improves BLEU by 8.1 points on the English 2018 dataset.",  # language + year
        "QuuxNet achieves an accuracy of 91.2% on the English test set.",  # a language and a split
        "Trained on the Quux Web corpus, QuuxNet achieves an accuracy of 91.2%.",  # training data
    ]
    assert results37._described_words("Alzheimer's disease (AD) detection.", "Mandarin AD")  # spelled out in lower case
    assert results37._described_words("", "Japanese NER")  # language + task acronym
    assert not results37._described_words("", "Quux Event 14")
    plain = _paper("We propose QuuxNet for Quux Parsing.", {"QuuxNet": "method", "Quux Parsing": "task"})
    assert results37._refused_name(plain, "QuuxCoM-created")  # data described by where it comes from
    assert results37._refused_name(plain, "Quux Parsing")  # a task of the paper
    assert not results37._refused_name(plain, "QuuxNet")  # typed method, not proposed: the data slot wins
    for text in cases:
        p = _paper("We propose QuuxNet. " + text, {"QuuxNet": "method"})
        found = _found(p)
        assert found and all(d is None for _, _, d, _ in found), text


def test_a_sentence_with_a_dataset_entity_is_left_to_the_entity_step() -> None:
    p = _paper("We propose QuuxNet. QuuxNet achieves 91.2% accuracy on FooSet and runs on the Quux Web corpus.",
               {"QuuxNet": "method", "FooSet": "dataset"})
    assert _dataset_of(p, 91.2) == "FooSet"


def test_a_from_to_level_before_takes_the_dataset_of_the_level_after(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS37", raising=False)
    p = _paper("We propose QuuxNet. QuuxNet reduces the error rate of the 13-layer CNN from 16.84% to 12.39% on FooSet "
               "with 1k labels and from 34.10% to 31.56% on BarSet with 10k labels.",
               {"QuuxNet": "method", "FooSet": "dataset", "BarSet": "dataset"})
    assert _dataset_of(p, 12.39) == "FooSet"
    assert _dataset_of(p, 16.84) == "FooSet"
    monkeypatch.setenv("PAPERKG_RESULTS37", "from-to-pair")
    assert _dataset_of(p, 16.84) is None


def test_off_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("We describe our system for the QuuxDial Shared Task. Our system achieves a macro F1-score of 69.3% on the "
            "DEV dataset and an accuracy of 87.5% on the English Quuxboard test set.")
    p = _paper(text, {"QuuxDial Shared Task": "benchmark", "DEV": "dataset"})
    monkeypatch.setenv("PAPERKG_RESULTS37", "off")
    assert ("DEV" in {d for _, _, d, _ in _found(p)})
