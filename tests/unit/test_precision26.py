"""Issue 10, session 25 (node precision), on invented sentences: two things joined by a slash, one word cut from an
upper-case run, capitalised words cut before a formula (PAPERKG_PRECISION26, extract/precision26.py)."""

from __future__ import annotations

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.precision26 import (
    PRECISION_RULES26, caps_run_cut26, cut_hit26, cut_mentions26, data_apposition26, group_lab26, math_glued26,
    slash_pair26,
)
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _names(abstract: str, title: str | None = None) -> dict[str, str]:
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: e.type for e in paper.entities}


def _entity(text: str, words: list[str], rule: str = "rule:repeated-name", typ: str = "method") -> LocalEntity:
    mentions, at = [], 0
    for w in words:
        i = text.index(w, at)
        mentions.append(Mention(w, i, i + len(w), 0, rule))
        at = i + len(w)
    return LocalEntity(words[0], typ, "uses", [], None, mentions)


# -- slash-pair -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "statistical/ML", "ZQV/softmax", "CTC/attention", "news/Wikipedia",  # a lower-case word
    "I/O", "Q/R", "k/SNR", "l/T",  # single characters, one lower-case letter
    "NLG/NLU", "CPU/GPU", "AI/ML", "RNN/CNN", "EEG/MEG",  # fields, devices, model families
])
def test_two_things_joined_by_a_slash_are_no_name(name):
    assert slash_pair26(name)


@pytest.mark.parametrize("name", [
    "CANDECOMP/PARAFAC", "MOEA/D", "LDA/QR", "ETH/UCY", "i-vector/PLDA", "Zorb/QX", "GPT-4", "ZQV", "a/b c",
])
def test_a_name_with_a_slash_stays(name):
    assert not slash_pair26(name)


def test_a_slash_pair_is_no_node_and_the_part_can_be_switched_off(monkeypatch):
    text = "Statistical/ML methods beat rules. We show that statistical/ML approaches win over QuorbNet on tweets."
    e = _entity(text, ["statistical/ML"], "rule:followed-by-type")
    assert cut_mentions26(None, text, [e]) == []
    monkeypatch.setenv("PAPERKG_PRECISION26", "slash-pair")
    assert len(cut_mentions26(None, text, [_entity(text, ["statistical/ML"], "rule:followed-by-type")])) == 1


def test_a_listed_slash_name_stays():
    text = "We train on the AI/ML corpus and test on it."
    e = _entity(text, ["AI/ML"], "rule:followed-by-type", "dataset")
    e.mentions.append(Mention("AI/ML", e.mentions[0].start, e.mentions[0].end, 0, "gazetteer:curated"))
    assert len(cut_mentions26(None, text, [e])) == 1
    e = _entity(text, ["AI/ML"], "rule:followed-by-type", "dataset")
    e.entry = "dataset:ai-ml"
    assert len(cut_mentions26(None, text, [e])) == 1


def test_a_title_system_and_an_experiment_design_stay():
    title = "ZQ/XR: Cross-lingual Open Tagging"
    e = _entity(title, ["ZQ/XR"], "rule:title-name")
    e.mentions[0] = Mention("ZQ/XR", 0, 5, 0, "rule:title-name", "title")
    assert len(cut_mentions26(title, "We tag words.", [e])) == 1
    text = "Units in online A/B tests interact. We run A/B experiments at scale."
    assert len(cut_mentions26(None, text, [_entity(text, ["A/B", "A/B"])])) == 1
    i = text.index("A/B")
    assert not cut_hit26(text, i, i + 3, "method", "A/B")
    text = "The system reads I/O examples."
    assert cut_mentions26(None, text, [_entity(text, ["I/O"])]) == []


def test_the_second_look_skips_a_slash_pair(monkeypatch):
    text = "A hybrid CPU/GPU version of Zorblax runs fast."
    i = text.index("CPU/GPU")
    assert cut_hit26(text, i, i + 7, "method", "CPU/GPU")
    j = text.index("Zorblax")
    assert not cut_hit26(text, j, j + 7, "method", "Zorblax")
    assert not cut_hit26(text, i, i + 7, "task", "CPU/GPU")  # tasks are not touched
    monkeypatch.setenv("PAPERKG_PRECISION26", "off")
    assert not cut_hit26(text, i, i + 7, "method", "CPU/GPU")


# -- caps-run-cut -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("in two settings: HOSTILE INSERTION, where we add noise", "HOSTILE"),
    ("in two settings: HOSTILE INSERTION, where we add noise", "INSERTION"),
    ("SPARSE PROBING OF GRAPHS FOR THE TASK OF LINKS", "PROBING"),
    ("a random collection of trees, MARBLE GROVE. We show", "GROVE"),
])
def test_one_word_of_an_upper_case_run_is_cut(text, word):
    start = text.index(word)
    assert caps_run_cut26(word, text, start, start + len(word), "rule:repeated-name")


@pytest.mark.parametrize("text, word, rule", [
    ("a state-of-the-art NER QUORBNET model", "QUORBNET", "rule:followed-by-type"),  # a generic acronym beside it
    ("results on ZIMBAL III and ZIMBAL IV", "ZIMBAL", "rule:repeated-name"),  # a numeral after it
    ("we propose QUORBNET, a network", "QUORBNET", "rule:proposal"),  # no upper-case word beside it
    ("in two settings: HOSTILE INSERTION, where", "HOSTILE", "gazetteer:curated"),  # a listed name
    ("in two settings: HOSTILE INSERTION, where", "HOSTILE", "abbreviation"),  # a defined short form
    ("the ZQV BLIMP model", "ZQV", "rule:repeated-name"),  # three letters: an acronym, not a cut word
])
def test_other_upper_case_names_stay(text, word, rule):
    start = text.index(word)
    assert not caps_run_cut26(word, text, start, start + len(word), rule)


def test_a_word_cut_from_an_upper_case_run_is_no_node_and_the_part_can_be_switched_off(monkeypatch):
    text = "We test two settings: HOSTILE INSERTION, where we add documents. HOSTILE INSERTION hurts QuorbNet."
    kept = cut_mentions26(None, text, [_entity(text, ["HOSTILE", "HOSTILE"]), _entity(text, ["QuorbNet"])])
    assert [e.name for e in kept] == ["QuorbNet"]
    monkeypatch.setenv("PAPERKG_PRECISION26", "caps-run-cut")
    kept = cut_mentions26(None, text, [_entity(text, ["HOSTILE", "HOSTILE"]), _entity(text, ["QuorbNet"])])
    assert [e.name for e in kept] == ["HOSTILE", "QuorbNet"]


def test_a_name_keeps_its_other_mentions():
    text = "We propose HOSTILE, a network. It beats HOSTILE INSERTION baselines."
    e = _entity(text, ["HOSTILE", "HOSTILE"])
    [kept] = cut_mentions26(None, text, [e])
    assert [m.start for m in kept.mentions] == [text.index("HOSTILE")]


# -- math-glued -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("We propose Contrastive $\\mu$-Zorbformer, which predicts", "Contrastive"),
    ("This paper introduces Dynamic $Q$-value Coordination Nets (QCN)", "Dynamic"),
    ("a new algorithm, Variance-weighted Optimistic $Q$-Learning (VOQL)", "Variance-weighted Optimistic"),
    ("an algorithm named Zeta $l$-links, or Zell", "Zeta"),
])
def test_capitalised_words_cut_before_a_formula_are_cut(text, span):
    assert math_glued26(span, text, text.index(span) + len(span))


@pytest.mark.parametrize("text, span", [
    ("pose tracking on the PosQuack $2017$ data", "PosQuack"),  # a mixed-case name
    ("two Bayesian networks $P$ and $Q$ on the same graph", "Bayesian networks"),  # nothing glued after the formula
    ("the complexity of Zorblax $O(n)$ per step", "Zorblax"),
    ("We propose Contrastive learning for $k$-means", "Contrastive"),  # no formula right after the span
])
def test_a_formula_after_a_whole_name_leaves_it(text, span):
    assert not math_glued26(span, text, text.index(span) + len(span))


def test_a_name_cut_before_a_formula_is_no_node_and_the_part_can_be_switched_off(monkeypatch):
    text = "We propose Contrastive $\\mu$-Zorbformer, which predicts task success."
    e = _entity(text, ["Contrastive"], "rule:proposal")
    assert cut_mentions26(None, text, [e]) == []
    monkeypatch.setenv("PAPERKG_PRECISION26", "math-glued")
    assert len(cut_mentions26(None, text, [_entity(text, ["Contrastive"], "rule:proposal")])) == 1


# -- group-lab --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("We present the approach of the ZorbNLP group to the 2031 shared task.", "ZorbNLP"),
    ("the contribution of the QUORB lab at the University of Nowhere", "QUORB"),
    ("we describe the ZORB-UPX research group participation in the campaign", "ZORB-UPX"),
    ("ZorbLab labs participated in Task 3", "ZorbLab"),
    ("systems submitted by the ZORB-MT group.", "ZORB-MT"),
])
def test_a_research_group_or_lab_is_cut(text, name):
    assert group_lab26(text, text.index(name) + len(name))


@pytest.mark.parametrize("text, name", [
    ("we add a Zorblax group lasso penalty", "Zorblax"),
    ("we apply Zorb group normalization to each layer", "Zorb"),
    ("the QuorbNet group of models is large", "QuorbNet"),
    ("we propose QuorbNet, a group-aware network", "QuorbNet"),
])
def test_a_group_word_that_is_not_a_team_leaves_the_name(text, name):
    assert not group_lab26(text, text.index(name) + len(name))


def test_a_group_is_no_node_and_the_part_can_be_switched_off(monkeypatch):
    text = "We present the approach of the ZorbNLP group to the shared task. ZorbNLP uses QuorbNet."
    kept = cut_mentions26(None, text, [_entity(text, ["ZorbNLP", "ZorbNLP"], "rule:name-shape")])
    assert [m.start for m in kept[0].mentions] == [text.rindex("ZorbNLP")]  # "ZorbNLP uses" stays, the group goes
    text = "We present the approach of the ZorbNLP group to the shared task with QuorbNet."
    kept = cut_mentions26(None, text, [_entity(text, ["ZorbNLP"], "rule:name-shape")])
    assert kept == []
    i = text.index("ZorbNLP")
    assert cut_hit26(text, i, i + 7, "method", "ZorbNLP")
    monkeypatch.setenv("PAPERKG_PRECISION26", "group-lab")
    assert len(cut_mentions26(None, text, [_entity(text, ["ZorbNLP"], "rule:name-shape")])) == 1
    assert not cut_hit26(text, i, i + 7, "method", "ZorbNLP")


# -- data-apposition --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("To study this, we construct a new dataset, Zorbset, which holds 900 stories.", "Zorbset"),
    ("the English parts of the two parallel corpora: QuorbCo (English-German) and", "QuorbCo"),
    ("We annotate a challenge-set we call Tricky ZR (TZR), built from news.", "Tricky ZR"),
    ("new types found in the Zorbian wordnet, ZorbNet2.", "ZorbNet2"),
    ("results on two video datasets, Zorb-Birds and Zorb-Cars, show", "Zorb-Birds"),
    ("we build a test set, ZQTest, of 500 pairs", "ZQTest"),
])
def test_a_name_in_apposition_to_a_data_noun_is_data(text, name):
    start = text.index(name)
    assert data_apposition26(name, text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("On two real-world datasets, Zorblax outperforms four baselines.", "Zorblax"),  # the subject of a verb
    ("verified on real corpora, a singular zorb decomposition (SZD) based method", "singular zorb decomposition"),
    ("a super-resolution net with a deep dictionary (ZRDD), where", "ZRDD"),  # dictionary learning
    ("on the Zorb9K and Quorb3K datasets, ZorbNet, by obtaining gains", "ZorbNet"),  # a network's name
    ("We propose Zorbset, a method for data cleaning.", "Zorbset"),
])
def test_other_names_after_a_data_noun_stay_methods(text, name):
    start = text.index(name)
    assert not data_apposition26(name, text, start, start + len(name))


def test_a_method_in_apposition_to_a_data_noun_becomes_a_dataset(monkeypatch):
    text = "To study this, we construct a new dataset, Zorbset, which holds 900 stories. Zorbset is hard."
    [e] = cut_mentions26(None, text, [_entity(text, ["Zorbset", "Zorbset"], "rule:name-shape")])
    assert e.type == "dataset" and len(e.mentions) == 2
    listed = _entity(text, ["Zorbset"], "gazetteer:curated")
    assert cut_mentions26(None, text, [listed])[0].type == "method"  # a listed name keeps its list type
    monkeypatch.setenv("PAPERKG_PRECISION26", "data-apposition")
    [e] = cut_mentions26(None, text, [_entity(text, ["Zorbset", "Zorbset"], "rule:name-shape")])
    assert e.type == "method"


def test_the_pipeline_types_a_dataset_in_apposition(monkeypatch):
    text = ("Stories about kindness are rare. To study them, we construct a new dataset, Kindlore, which holds "
            "900 stories. We propose QuorbNet, a new network for story tagging.")
    assert _names(text).get("Kindlore") == "dataset"
    monkeypatch.setenv("PAPERKG_PRECISION26", "off")
    monkeypatch.setenv("PAPERKG_TYPES52", "data-defined")  # types52 reads the same apposition (session 44)
    assert _names(text).get("Kindlore") == "method"


# -- the pipeline -----------------------------------------------------------------------------------------------------

def test_the_pipeline_drops_a_slash_pair_and_keeps_other_names(monkeypatch):
    text = ("Past studies have shown the superiority of statistical/ML approaches over rule based approaches. "
            "We propose QuorbNet, a new network for tagging tweets.")
    names = _names(text)
    assert "statistical/ML" not in names and "QuorbNet" in names
    monkeypatch.setenv("PAPERKG_PRECISION26", "off")
    assert "statistical/ML" in _names(text)


def test_all_parts_off_keeps_every_entity(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION26", "off")
    text = "We test two settings: HOSTILE INSERTION, where we add documents."
    entities = [_entity(text, ["HOSTILE"]), _entity("a CPU/GPU run", ["CPU/GPU"])]
    assert cut_mentions26(None, text, entities) == entities
    assert len(PRECISION_RULES26) == 5
