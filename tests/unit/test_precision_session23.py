"""Issue 10, session 23 (node precision), on invented sentences: language pairs in ISO codes, a coined data name
written twice in one name, application domains that are no task,
a shared task typed method, and a hyphenated compound before a short form said to be a task (PAPERKG_PRECISION23)."""

from __future__ import annotations

import pytest

from paperkg.extract.junk import glued_data_reason, language_pair_reason, repeated_name_reason
from paperkg.extract.lexicon import non_entity_kind
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _names(title: str | None, abstract: str) -> dict[str, str]:
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: e.type for e in paper.entities}


@pytest.mark.parametrize("name", ["EN-FI", "De-En", "en/pt", "RU\u2013EN", "EN - JA"])
def test_an_iso_code_pair_with_english_is_a_language_pair(name):
    assert language_pair_reason(name)


@pytest.mark.parametrize("name", ["NL-PS", "ML-EN", "EN-FB", "EN-EN", "GP-BO", "ENG-FI", "E-FI"])
def test_other_two_letter_pairs_are_left_alone(name):
    # no English side, a code kept out of the list (ML, FB), or no pair of two-letter codes
    assert not language_pair_reason(name)


def test_code_pairs_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION23", "code-pair")
    assert not language_pair_reason("EN-FI")
    assert language_pair_reason("English-Finnish")  # the session-16 rule stays


_PAIRS_TEXT = ("We test gated lattice networks on WMT 2015 EN-ET and WMT 2017 EN-LV translation tasks. Our model beats "
               "the Transformer by 0.3 BLEU points on EN-ET and by 0.2 BLEU points on EN-LV, at twice the cost.")


def test_a_code_pair_said_twice_is_no_node():
    names = _names(None, _PAIRS_TEXT)
    assert "Transformer" in names and not {"EN-ET", "EN-LV"} & set(names)


def test_a_code_pair_is_a_node_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION23", "off")
    assert {"EN-ET", "EN-LV"} <= set(_names(None, _PAIRS_TEXT))  # "rule:repeated-name" took them for methods


@pytest.mark.parametrize("name", ["Foggy Cityscapes3D Cityscapes3D", "SALSA 2019 SALSA 2020", "XY2K v1 XY2K"])
def test_a_coined_word_twice_is_two_names_glued(name):
    assert repeated_name_reason(name) and glued_data_reason(name)


@pytest.mark.parametrize("name", ["Old Norse and Old Icelandic Treebank", "Liquid Warping GAN with Liquid Warping Block",
                                  "WMT 2019 and 2019 News", "Noisy Speech Corpus"])
def test_plain_words_or_years_twice_are_no_glue(name):
    assert not repeated_name_reason(name)


def test_a_glued_list_of_data_names_is_no_node():
    names = _names(None, "Its performance evaluated across four benchmark datasets (SALSA 2019 SALSA 2020 MEAD and "
                         "E-MEAD) demonstrates average MAE of 5.6.")
    assert "E-MEAD" in names and not [n for n in names if "SALSA" in n]


def test_repeated_names_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION23", "off")
    assert not repeated_name_reason("Foggy Cityscapes3D Cityscapes3D")


@pytest.mark.parametrize("name", ["mixed reality", "Video Games", "Self-Driving Cars", "distributed computing",
                                  "Intensive Care Unit"])
def test_application_domains_are_listed(name):
    assert non_entity_kind(name) == "domain"


_DOMAIN_TEXT = ("Head-mounted displays make mixed reality possible for training surgeons. We present GazeNet, a "
                "network that predicts where the surgeon looks, and evaluate it on the Surgical Gaze dataset.")


def test_an_application_domain_is_no_task():
    names = _names(None, _DOMAIN_TEXT)
    assert "GazeNet" in names
    assert not {n for n in names if n.lower() == "mixed reality"}


_SHARED_TASKS = ("Overview of the Second Clinical Notes Mining for Oncology (CNMO) Shared Tasks at NAACL 2021",
                 "We present the Clinical Notes Mining for Oncology Shared Tasks collocated with NAACL in 2021, which "
                 "address the extraction of drug mentions from discharge summaries. Twelve teams took part.")


def test_shared_tasks_typed_method_are_a_benchmark():
    assert _names(*_SHARED_TASKS)["Clinical Notes Mining for Oncology Shared Tasks"] == "benchmark"


def test_shared_tasks_keep_the_rules_type_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION23", "shared-task")
    monkeypatch.setenv("PAPERKG_RESULTS58", "0")  # results58's shared-task part types the name benchmark too
    assert _names(*_SHARED_TASKS)["Clinical Notes Mining for Oncology Shared Tasks"] == "method"


_S2G = ("Speech-to-gesture synthesis (S2G) is an important yet underexplored task with many uses in animation. "
        "Existing S2G systems ignore rhythm; we propose RhythmNet to fix that.")


def test_a_hyphenated_compound_before_a_short_form_said_to_be_a_task():
    names = _names(None, _S2G)
    assert names["S2G"] == "task" and names["RhythmNet"] == "method"


def test_the_hyphen_rule_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION23", "hyphen-subject")
    assert _names(None, _S2G)["S2G"] == "method"  # "to" of "Speech-to-gesture" read as a preposition


_RESOURCES = ("Building ManxWordNet from Scratch",
              "We describe how ManxWordNet was built by translating the core synsets and linked to KurdVerbNet. "
              "ManxWordNet now holds 5,000 synsets and KurdVerbNet 300 classes.")


def test_a_wordnet_or_verbnet_typed_method_is_data():
    names = _names(*_RESOURCES)
    assert names["ManxWordNet"] == "dataset" and names["KurdVerbNet"] == "dataset"


def test_lexical_resources_keep_the_rules_type_with_the_rule_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION23", "lexical-resource")
    assert _names(*_RESOURCES)["ManxWordNet"] == "method"


def test_a_model_built_on_a_wordnet_is_no_resource():
    from paperkg.extract.junk import LEXICAL_RESOURCE_END
    assert not LEXICAL_RESOURCE_END.search("WordNet-enhanced hierarchical model")
    assert not LEXICAL_RESOURCE_END.search("Treebank Transformer")


_SPELT = ("SOLAR: A Sparsity-based Query-aware Planner for Databases",
          "To address these problems, we propose SOLAR, a SparsIty-based queRy-aware pLanner framework. Specifically, "
          "our planner ranks candidate plans by cost.")


def test_an_ordinary_word_capitalised_to_spell_an_acronym_is_no_name():
    names = _names(*_SPELT)
    assert "SOLAR" in names and "pLanner" not in names


def test_a_name_with_an_inner_capital_that_the_paper_never_writes_otherwise_stays():
    assert "iGarments" in _names(None, "We fine-tune on iGarments and report accuracy. iGarments holds 9,000 photos.")


def test_the_spelt_word_rule_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION23", "spelt-word")
    assert "pLanner" in _names(*_SPELT)
