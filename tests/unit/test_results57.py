"""results57 (issue 12, session 45): a dataset taken from another sentence (the paper's only dataset, the sentence
before, the one evaluation dataset) is not bound to a value whose own sentence names other data in a slot ("On the
large FooBar'19 English-German task, ...", "on the larger Quux datasets")."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import results57
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests: the paper's one dataset entity (FooQA) is named in the first sentence only
HEAD = "We evaluate FooNet, a model of question answering, on the FooQA benchmark. Ablations show the encoder matters. "
TASK_EDITION = HEAD + "On the large FooBar'19 English-German task, FooNet achieves 41.5 BLEU."
DATA_PLURAL = HEAD + "On the larger Quux datasets for character prediction, FooNet achieves an entropy of 1.27 bits per character."
# must not change: no data slot, a task without an edition, the candidate itself named in the slot
PLAIN = HEAD + "Our full model reaches an accuracy of 71.2%."
TASK = HEAD + "For the NER task, FooNet reaches an accuracy of 71.2%."
SAME = HEAD + "On the same FooQA benchmark, a larger FooNet reaches an accuracy of 71.2%."
DATA = {"FooQA": "dataset", "FooNet": "method"}


def _results(text: str) -> dict[float, tuple[str, str | None, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.rule) for r in paper.results}


@pytest.mark.parametrize("text,value", [(TASK_EDITION, 41.5), (DATA_PLURAL, 1.27)])
def test_own_data_slot_refuses_the_other_sentence_dataset(monkeypatch: pytest.MonkeyPatch, text: str, value: float) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS57", raising=False)
    got = _results(text)
    assert value not in got or got[value][1] != "FooQA"
    for off in ("own-data-slot", "off", "0"):
        monkeypatch.setenv("PAPERKG_RESULTS57", off)
        assert _results(text)[value][1] == "FooQA"  # the old output: the paper's only dataset


@pytest.mark.parametrize("text", [PLAIN, TASK, SAME])
def test_not_changed(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS57", raising=False)
    on = _results(text)
    assert on[71.2][1] == "FooQA"
    monkeypatch.setenv("PAPERKG_RESULTS57", "off")
    assert _results(text) == on


def test_guard_itself() -> None:
    paper = _paper(TASK_EDITION, DATA)
    ent = next(e for e in paper.entities if e.name == "FooQA")
    s0 = TASK_EDITION.index("On the large")
    assert results57.other_data_slot57(paper, TASK_EDITION, s0, len(TASK_EDITION), ent, R.DATASET_TYPES)
    assert not results57.other_data_slot57(paper, TASK_EDITION, 0, s0, ent, R.DATASET_TYPES)


# a training-data slot: the paper's only dataset stays the value's
TRAINED = HEAD + "Trained on the distilled Quux corpora, FooNet reaches an accuracy of 71.2%."


def test_training_slot_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS57", raising=False)
    on = _results(TRAINED)
    assert on[71.2][1] == "FooQA"
    monkeypatch.setenv("PAPERKG_RESULTS57", "off")
    assert _results(TRAINED) == on
