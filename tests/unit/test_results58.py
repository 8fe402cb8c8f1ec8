"""results58 (issue 12, session 46): shared tasks and coded data names a result is on, which the entity step never
names, become benchmarks / datasets; the result step then binds the paper's values to them. Sentences invented."""

from __future__ import annotations

import pytest

from extract import results58 as R
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="dataset"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, "rule:test")
    return LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None, mentions=[m], entry=None)


def _added(text, entities=(), title="A Study"):
    out = R.add_data_names58(title, text, list(entities))
    return {e.name: (e.type, sorted(m.text for m in e.mentions)) for e in out[len(entities):]}


ACRONYM_TASK = ("We describe our entry to the Frobnic Language Detection (FLD) shared task. "
                "Our system reached an F1 of 71.2% on the test data.")
TASK_ON = "We took part in the Second Shared Task on Quux Identification. Our best run achieved an accuracy of 81.3%."
YEAR_TASK = "This paper describes our system for the 2019 Zorb Morph (ZM) shared task, where it reached 61.5 F1."
VENUE_COMPETITION = "We present our entry to the NIPS 2019 adversarial competition. The attack reaches a success rate of 73%."
WORKSHOP = "The FOOB 2019 workshop has organized a shared task on segmentation. Our system gets an F1 of 0.853."
CODED_DATA = "Experiments on the ZBL21 fine-grained classification dataset show that our model reaches 45.1% accuracy."
LOWER_DATA = "On the publicly available zorbnetgov dataset, we obtain 22.4 BLEU."
HYPHEN_DATA = "We outperform the state of the art on the zorb-vessel benchmark by 12% AUC."


@pytest.mark.parametrize("text,name,typ", [
    (ACRONYM_TASK, "Frobnic Language Detection (FLD) shared task", "benchmark"),
    (TASK_ON, "Second Shared Task on Quux Identification", "benchmark"),
    (YEAR_TASK, "2019 Zorb Morph (ZM) shared task", "benchmark"),
    (VENUE_COMPETITION, "NIPS 2019 adversarial competition", "benchmark"),
    (WORKSHOP, "FOOB 2019", "benchmark"),
    ("We took part in the FOOB 2019 shared task on word level frobnication (WLF) and reached 61.5 F1.",
     "FOOB 2019 shared task on word level frobnication", "benchmark"),
    (CODED_DATA, "ZBL21", "dataset"),
    (LOWER_DATA, "zorbnetgov", "dataset"),
    (HYPHEN_DATA, "zorb-vessel", "dataset"),
])
def test_added(monkeypatch, text, name, typ):
    monkeypatch.delenv("PAPERKG_RESULTS58", raising=False)
    got = _added(text)
    assert name in got and got[name][0] == typ
    for off in ("off", "0", "shared-task,data-phrase"):
        monkeypatch.setenv("PAPERKG_RESULTS58", off)
        assert _added(text) == {}


def test_acronym_is_a_mention_of_the_task(monkeypatch):
    monkeypatch.delenv("PAPERKG_RESULTS58", raising=False)
    got = _added(ACRONYM_TASK)
    assert got["Frobnic Language Detection (FLD) shared task"][1] == ["FLD", "Frobnic Language Detection (FLD) shared task"]


def test_whole_phrase_is_a_mention_of_the_data(monkeypatch):
    monkeypatch.delenv("PAPERKG_RESULTS58", raising=False)
    assert _added(CODED_DATA)["ZBL21"][1] == ["ZBL21 fine-grained classification dataset"]


def test_parts_switch_separately(monkeypatch):
    monkeypatch.setenv("PAPERKG_RESULTS58", "data-phrase")
    assert "FOOB 2019" in _added(WORKSHOP) and _added(CODED_DATA) == {}
    monkeypatch.setenv("PAPERKG_RESULTS58", "shared-task")
    assert _added(WORKSHOP) == {} and "ZBL21" in _added(CODED_DATA)


@pytest.mark.parametrize("text", [
    "The main challenge is noise. We reach 81.2% accuracy on the test data.",  # a plain word before "challenge"
    "We won the Kaggle competition with 81.2% accuracy.",  # one capitalised word, no year or acronym
    "The workshop at FOOB 2019 had many talks. We reach 81.2% accuracy.",  # no shared task in the sentence
    "Results on the English news dataset reach 81.2% accuracy.",  # a language, no name
    "Results on the large training dataset reach 81.2% accuracy.",  # an English word
    "On the Twitter dataset we reach 81.2% accuracy.",  # a plain capitalised word: not coded
])
def test_left_alone(monkeypatch, text):
    monkeypatch.delenv("PAPERKG_RESULTS58", raising=False)
    assert _added(text) == {}


def test_found_data_not_added_twice(monkeypatch):
    monkeypatch.delenv("PAPERKG_RESULTS58", raising=False)
    assert _added(CODED_DATA, [_entity(CODED_DATA, "ZBL21 fine-grained classification dataset")]) == {}


def test_result_binds_the_added_data(monkeypatch):
    from paperkg.extract.pipeline import extract_papers
    from paperkg.extract.records import Paper

    monkeypatch.delenv("PAPERKG_RESULTS58", raising=False)
    [paper] = extract_papers([Paper(id="1", title="A Study", abstract=ACRONYM_TASK)])
    assert [(r.value, r.dataset) for r in paper.results] == [(71.2, "Frobnic Language Detection (FLD) shared task")]
    monkeypatch.setenv("PAPERKG_RESULTS58", "off")
    [paper] = extract_papers([Paper(id="1", title="A Study", abstract=ACRONYM_TASK)])
    assert [(r.value, r.dataset) for r in paper.results] == [(71.2, None)]


@pytest.mark.parametrize("text", [
    "Models reach 81.2% accuracy on standard FOOB benchmarks.",  # plural: a class of data
    "We collect the FOOB instruction dataset named Zorblat, where we reach 81.2% accuracy.",  # the name comes after
    "This paper discusses the ZORB results in Shared Task-2 of FOOB-2020 workshop, with 81.2% accuracy.",
    "Our system took part in the Zorbeval 2020 challenge (task 9) and got 72.7% F1.",  # a numbered task follows
    "We present the team from the Foo Institute of Technology for the Shared Task at Bar, with 81.2% accuracy.",
])
def test_left_alone_shapes(monkeypatch, text):
    monkeypatch.delenv("PAPERKG_RESULTS58", raising=False)
    got = _added(text)
    assert not any(n.startswith(("FOOB ", "FOOB", "ZORB", "Zorbeval", "Foo Institute")) and n != "FOOB 2020" for n in got)
