"""Session 32 (extract/senses31.py): a bare short form whose paper spells it out with a function word inside
("Assistant for Intelligent Data Exploration"), or writes it in another case hidden by a hyphen ("REFER" beside
"ReF-ER"), stays apart from another paper's thin sense. Names and sentences are invented or rewritten; none
comes from a gold file."""

from __future__ import annotations

import pytest

from paperkg.extract import senses31
from paperkg.extract.canonical import _spelt_otherwise, spelt_by_other_words
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


@pytest.fixture(autouse=True)
def on(monkeypatch):
    for v in ("PAPERKG_SENSES31", "PAPERKG_SENSES30", "PAPERKG_SENSES29", "PAPERKG_SENSES28"):
        monkeypatch.delenv(v, raising=False)


def _papers(*papers: tuple[str | None, str, int]):
    return extract_papers([Paper(f"p{i}", t, a, year=y) for i, (t, a, y) in enumerate(papers)])


def _ids(paper, text: str) -> set[str]:
    return {e.id for e in paper.entities if any(m.text == text for m in e.mentions)}


# -- spelt-gaps ----------------------------------------------------------------------------------------------------


def test_a_run_with_one_function_word_spells_the_letters():
    words = "AIDE , the Assistant for Intelligent Data Exploration , plans".split()
    assert senses31.phrases_spelling_gaps31(words, "AIDE") == ["Assistant for Intelligent Data Exploration"]
    # no function word inside: the plain run is the caller's, not this part's
    assert senses31.phrases_spelling_gaps31("the Assistant Intelligent Data Exploration".split(), "AIDE") == []
    # two function words in a row, a gap word first or last, a lower-case content word: no run
    assert senses31.phrases_spelling_gaps31("Assistant for the Intelligent Data Exploration".split(), "AIDE") == []
    assert senses31.phrases_spelling_gaps31("Assistant Intelligent Data of".split(), "AIDE") == []
    assert senses31.phrases_spelling_gaps31("Assistant for intelligent Data Exploration".split(), "AIDE") == []


def test_spelt_by_other_words_reads_a_long_form_with_a_function_word(monkeypatch):
    paper = Paper("p", "Planning Data Analysis", "AIDE, the Assistant for Intelligent Data Exploration, plans "
                  "the first steps of a statistical analysis with the analyst.")
    founders = {"auxiliary inference divergence estimator"}
    assert spelt_by_other_words(paper, {"AIDE"}, founders)
    assert not spelt_by_other_words(paper, {"AIDE"}, {"Assistant for Intelligent Data Exploration"})  # the same
    monkeypatch.setenv("PAPERKG_SENSES31", "spelt-gaps")
    assert not spelt_by_other_words(paper, {"AIDE"}, founders)


def test_a_bare_use_spelt_out_with_a_function_word_stays_apart(monkeypatch):
    definer = (None, "We propose the auxiliary inference divergence estimator (AIDE), which estimates the "
                     "divergence between two approximate inference algorithms. AIDE needs only samples.", 2017)
    user = ("Planning the First Steps of Data Analysis",
            "We describe AIDE, the Assistant for Intelligent Data Exploration, which plans the early steps of "
            "a statistical data analysis together with the analyst. AIDE is a mixed-initiative system.", 1995)
    a, b = _papers(definer, user)
    assert _ids(a, "AIDE") and _ids(b, "AIDE") and not _ids(a, "AIDE") & _ids(b, "AIDE")
    monkeypatch.setenv("PAPERKG_SENSES31", "off")
    a, b = _papers(definer, user)
    assert _ids(a, "AIDE") and _ids(a, "AIDE") == _ids(b, "AIDE")  # the homonym this part splits


# -- hyphen-case ---------------------------------------------------------------------------------------------------


def test_a_hyphen_no_longer_hides_another_case(monkeypatch):
    assert _spelt_otherwise({"REFER"}, {"ReF-ER"})
    assert _spelt_otherwise({"REFERs"}, {"ReF-ER"})  # a plural is no other case
    assert not _spelt_otherwise({"Bi-LSTM"}, {"BiLSTM"})  # only a hyphen between them: one spelling
    assert not _spelt_otherwise({"BiLSTM"}, {"Bi-LSTM"})
    assert not _spelt_otherwise({"ReF-ER"}, {"ReF-ER"})
    assert not _spelt_otherwise({"T-DNN"}, {"TDNN"})  # no capital after a lower-case letter
    # a capital after a hyphen is no case of the name: typography (both split by a first version at 73k)
    assert not _spelt_otherwise({"path-SGD"}, {"Path-SGD"})
    assert not _spelt_otherwise({"k-SVD"}, {"K-SVD"})
    assert _spelt_otherwise({"video-SSL"}, {"VideoSSL"})  # "VideoSSL" has its own capital after "o"
    assert _spelt_otherwise({"SplineNet"}, {"SPLINE-Net"})
    monkeypatch.setenv("PAPERKG_SENSES31", "hyphen-case")
    assert not _spelt_otherwise({"REFER"}, {"ReF-ER"})
    assert _spelt_otherwise({"mTOR"}, {"MTOR"})  # session 15's case, unchanged


def test_a_bare_use_in_another_case_behind_a_hyphen_stays_apart(monkeypatch):
    definer = (None, "We propose Remember and Forget Experience Replay (ReF-ER), which skips the updates of "
                     "far-policy samples in off-policy reinforcement learning. ReF-ER stabilises the critic.", 2019)
    user = (None, "We propose a dual network for visual dialog. It consists of two attention modules, REFER and "
                  "FIND. The REFER module relates a question to the dialog history.", 2019)
    a, b = _papers(definer, user)
    assert _ids(a, "ReF-ER") and _ids(b, "REFER") and not _ids(a, "ReF-ER") & _ids(b, "REFER")
    monkeypatch.setenv("PAPERKG_SENSES31", "off")
    a, b = _papers(definer, user)
    assert _ids(a, "ReF-ER") and _ids(a, "ReF-ER") == _ids(b, "REFER")


def test_a_bare_use_in_the_founders_case_still_joins():
    definer = (None, "We propose Remember and Forget Experience Replay (ReF-ER), which skips the updates of "
                     "far-policy samples in off-policy reinforcement learning. ReF-ER stabilises the critic.", 2019)
    user = (None, "We train the critic of a walking robot with ReF-ER and compare it with prioritised replay. "
                  "ReF-ER halves the variance of the returns.", 2021)
    a, b = _papers(definer, user)
    assert _ids(a, "ReF-ER") and _ids(a, "ReF-ER") == _ids(b, "ReF-ER")


# -- title-word ----------------------------------------------------------------------------------------------------


_PLATO_DEFINER = ("PLATO: Predicting Latent Affordances Through Object-Centric Play",
                  "We propose Predicting Latent Affordances Through Object-Centric Play (PLATO), which learns "
                  "robot manipulation policies from unlabelled play data. PLATO conditions the policy on objects.",
                  2022)


def test_a_title_case_title_lead_is_not_another_papers_short_form(monkeypatch):
    user = ("Plato: A Selective Context Model for Entity Resolution",
            "We present Plato, a probabilistic model for entity resolution that selects the context words of a "
            "mention. Plato links names in news text to an encyclopedia.", 2015)
    a, b = _papers(_PLATO_DEFINER, user)
    assert _ids(a, "PLATO") and _ids(b, "Plato") and not _ids(a, "PLATO") & _ids(b, "Plato")
    monkeypatch.setenv("PAPERKG_SENSES31", "title-word")
    a, b = _papers(_PLATO_DEFINER, user)
    assert _ids(a, "PLATO") and _ids(a, "PLATO") == _ids(b, "Plato")  # the homonym this part splits


def test_title_word_needs_a_title_lead_and_a_title_not_spelling_the_sense():
    from paperkg.extract.records import Mention
    from paperkg.extract.resolve import LocalEntity

    def ent(text, rule, long_form=None):
        return LocalEntity(name=text, type="method", role="proposes", aliases=[], family=None,
                           mentions=[Mention(text, 0, len(text), 0, rule)], long_form=long_form)

    assert senses31.title_word_identity31(ent("Plato", "rule:title-name"), None) == "plato"
    assert senses31.title_word_identity31(ent("Plato", "rule:repeated-name"), None) is None  # no title lead
    assert senses31.title_word_identity31(ent("PLATO", "rule:title-name"), "plato") is None  # a short form: session 12's
    assert senses31.title_word_identity31(ent("Plato Net", "rule:title-name"), None) is None  # one word only
    assert senses31.title_word_identity31(ent("DS*", "rule:title-name"), None) is None  # title case only
    assert senses31.title_word_identity31(ent("TL;DR", "rule:title-name"), None) is None
    data = ent("Frames", "rule:title-name")
    data.type = "dataset"
    assert senses31.title_word_identity31(data, None) is None  # a data name: not this part's
    assert senses31.title_word_identity31(ent("Plato", "rule:title-name", "Plato"), None) is None  # a definition
    user = ("Plato: Predicting Latent Affordances Through Object-Centric Play in the Kitchen",
            "We extend Plato to kitchens and train it on play data of a kitchen robot.", 2023)
    a, b = _papers(_PLATO_DEFINER, user)  # the title spells the sense out: the same thing
    assert _ids(a, "PLATO") and _ids(a, "PLATO") == _ids(b, "Plato")
