"""results45 (issue 12, session 38): the paper's only dataset of role "uses" when the abstract reports results on it;
"a new state-of-the-art on the X dataset" keeps X as the sentence's dataset."""

from __future__ import annotations

import dataclasses

import pytest

from paperkg.extract import results as R
from paperkg.extract import switches
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the study abstracts
EXPERIMENT = ("We propose a latent sequence model for speech. We experiment with the FooSpeech Journal recognition task. "
              "Our model achieves 12.9% WER compared to a character baseline of 14.8% WER.")
EVALUATE = ("We evaluate our method, BarNet, on a practical booking task using FooDialogue. Empirically, BarNet "
            "outperforms the state-of-the-art method by 7% in terms of task success.")
SOURCE = ("We test our method on papers derived from the FooScholar dataset. "
          "Our method achieves an accuracy of 83% for AI papers.")
TRAINED = ("We evaluate the tagger, trained on the FooBank corpus, for German. "
           "Our tagger achieves an accuracy of 96.1%.")
ON_OTHER = ("Fourth, we validate the method on the vowels subset of the FooSpeech dataset. Scores are enhanced, with a "
            "relative gain of +7.8% of mean average precision on birds.")
NEW_SOTA = "Our approach achieves an accuracy of 80% which sets a new state-of-the-art on the FooQuestions dataset."
NEW_DATA = "We release a new FooQuestions dataset and our approach achieves an accuracy of 80%."


def _results(text: str, entities: dict, role: str = "uses") -> dict[float, tuple[str, str | None, str]]:
    paper = _paper(text, entities)
    paper.entities = [dataclasses.replace(e, role=role) for e in paper.entities]
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.rule) for r in paper.results}


@pytest.mark.parametrize("text, name, values", [
    (EXPERIMENT, "FooSpeech Journal", (12.9, 14.8)),
    (EVALUATE, "FooDialogue", (7.0,)),
])
def test_only_used_dataset_bound(monkeypatch: pytest.MonkeyPatch, text: str, name: str, values: tuple) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS45", "on:only-used-dataset")
    # results48/50 (session 40) bind these values by their own rules (the sentence before names the dataset)
    monkeypatch.setenv("PAPERKG_RESULTS48", "off")
    monkeypatch.setenv("PAPERKG_RESULTS50", "off")
    got = _results(text, {name: "dataset"})
    assert all(got[v][1] == name and got[v][2].endswith("+dataset:paper") for v in values)
    for off in ("", "only-used-dataset", "off"):  # "": the default, where this part is off
        monkeypatch.setenv("PAPERKG_RESULTS45", off)
        got = _results(text, {name: "dataset"})
        assert all(v not in got or got[v][1] is None for v in values)  # dropped by the gate or left with no dataset


@pytest.mark.parametrize("text, name", [(SOURCE, "FooScholar"), (TRAINED, "FooBank"), (ON_OTHER, "FooSpeech")])
def test_only_used_dataset_not_bound(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS45", "on:only-used-dataset")
    on = _results(text, {name: "dataset"})
    monkeypatch.setenv("PAPERKG_RESULTS45", "off")
    off = _results(text, {name: "dataset"})
    assert on == off
    assert not any(r.endswith("+dataset:paper") for _, _, r in on.values())


def test_evaluates_on_role_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS45", "on:only-used-dataset")
    on = _results(SOURCE, {"FooScholar": "dataset"}, role="evaluates_on")
    monkeypatch.setenv("PAPERKG_RESULTS45", "off")
    assert on == _results(SOURCE, {"FooScholar": "dataset"}, role="evaluates_on")


def test_new_sota_on_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS45", raising=False)
    entities = {"FooQuestions": "dataset", "Other Set": "dataset"}  # two datasets: no paper fallback
    assert _results(NEW_SOTA, entities)[80.0][1] == "FooQuestions"
    for off in ("new-sota-on-named", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS45", off)
        assert 80.0 not in _results(NEW_SOTA, entities)


def test_new_dataset_still_unnamed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS45", raising=False)
    entities = {"FooQuestions": "dataset", "Other Set": "dataset"}
    on = _results(NEW_DATA, entities)
    monkeypatch.setenv("PAPERKG_RESULTS45", "off")
    assert on == _results(NEW_DATA, entities)


def test_switch_registered() -> None:
    assert "PAPERKG_RESULTS45" in switches.OUTPUT_SWITCHES
