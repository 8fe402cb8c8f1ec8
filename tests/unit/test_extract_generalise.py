"""Rules that keep the extractor from typing every capitalised phrase as a method (unseen-text precision)."""

from __future__ import annotations

import pytest

from paperkg.extract.resolve import type_from_long_form
from extract_cases import entity_types_and_roles as _entities  # tests/extract_cases.py


@pytest.mark.parametrize("long_form", [
    "Conditional Independence", "Diffusion Weighted Imaging", "Named Entity", "Multi-Word Expressions",
    "Time-frequency", "National Basketball Association", "total variation", "Out-Of-Vocabulary",
])
def test_long_form_without_evidence_is_not_a_method(long_form):
    assert type_from_long_form(long_form, None) is None


@pytest.mark.parametrize("long_form", [
    "Direct Preference Optimization", "Hierarchical Attention Network", "Latent Dirichlet Allocation",
    "Layer Normalization", "Gated Recurrent Unit", "supervised fine-tuning", "chain-of-thought",
])
def test_long_form_with_a_method_head_is_a_method(long_form):
    assert type_from_long_form(long_form, None) == "method"


def test_evidence_makes_a_method_but_not_of_a_non_entity_head():
    assert type_from_long_form("Attack via Implicit Reference", None, evidence=True) == "method"
    assert type_from_long_form("Attack via Implicit Reference", None) is None
    assert type_from_long_form("Video-Grounded Dialogue Systems", None) is None
    # a stop-listed head stays out even when the paper seems to propose it
    assert type_from_long_form("Diffusion Weighted Imaging", None, evidence=True) is None
    # lower-case parts of things need evidence, capitalised names do not
    assert type_from_long_form("lexical units", None) is None
    assert type_from_long_form("Gated Recurrent Unit", None) == "method"


def test_plural_type_word_after_a_definition_types_it():
    assert type_from_long_form("direct alignment from preference", "methods") == "method"


def test_untyped_definitions_are_dropped_in_context():
    found = _entities(
        "We test Conditional Independence (CI) of the variables with Diffusion Weighted Imaging (DWI). "
        "Our estimator uses Stochastic Variance Reduced Gradient (SVRG) steps."
    )
    assert "Conditional Independence" not in found and "Diffusion Weighted Imaging" not in found
    assert found["Stochastic Variance Reduced Gradient"][0] == "method"


def test_naming_cue_in_present_tense_is_evidence():
    found = _entities(
        "This study identifies a previously overlooked vulnerability, which we term Attack via Implicit "
        "Reference (AIR). AIR decomposes a malicious objective into permissible objectives."
    )
    assert found["Attack via Implicit Reference"] == ("method", "proposes")


def test_title_lead_is_evidence_for_a_lower_case_long_form():
    abstract = "We show that emulated disalignment (ED) doubles the harm of pre-trained models."
    assert "emulated disalignment" not in _entities(abstract)
    found = _entities(abstract, title="Emulated Disalignment: Safety Alignment May Backfire")
    assert found["emulated disalignment"][0] == "method"


def test_proposal_rule_skips_modifiers_and_arguments():
    from paperkg.extract.rules import find_rule_spans

    def proposed(text):
        return [text[s:e] for s, e, _, rule in find_rule_spans(text) if rule == "rule:proposal"]

    assert proposed("We propose a Bayesian approach to ranking.") == []
    assert proposed("We introduce the first treebank for Algerian, a dialect.") == []
    assert proposed("We develop an efficient sampler via Markov chain Monte Carlo.") == []
    assert proposed("We propose Janus, a model that reads.") == ["Janus"]
    assert proposed("We introduce TWT; a new treebank.") == ["TWT"]


def test_head_word_types_names_no_rule_typed():
    from paperkg.extract.resolve import type_from_head

    assert type_from_head("Dispute Mediation Corpus") == "dataset"
    assert type_from_head("Esposalles Database") == "dataset"
    assert type_from_head("Indian Languages") is None
    assert type_from_head("Action State Tracking") is None
    assert type_from_head("Skip Dropout") == "method"
    assert type_from_long_form("Principal Component Analysis", None) == "method"  # not "analysi"


def test_acronym_with_a_year_is_an_evaluation_campaign():
    from paperkg.extract.rules import find_rule_spans

    text = ("Results on TAC 2011 and DUC-2004 improve; we also won the ICDAR 2017 Information Extraction "
            "competition and report SemEval-2017 Task 4, as presented at ACL 2020 and in COVID 2020 data.")
    found = {text[s:e]: t for s, e, t, rule in find_rule_spans(text) if rule == "rule:name-year"}
    assert found == {"TAC 2011": "benchmark", "DUC-2004": "benchmark", "SemEval-2017 Task 4": "benchmark",
                     "ICDAR 2017 Information Extraction competition": "benchmark"}


def test_capitalised_words_before_a_data_noun_are_a_dataset():
    from paperkg.extract.rules import find_rule_spans

    text = ("Experiments on the Esposalles database and the Indian Pines dataset. We build a Spanish corpus. "
            "Corpus statistics follow. The Switchboard corpus is used.")
    found = {text[s:e]: t for s, e, t, rule in find_rule_spans(text) if rule == "rule:data-noun"}
    assert found == {"Esposalles database": "dataset", "Indian Pines dataset": "dataset", "Switchboard corpus": "dataset"}


def test_languages_alone_are_not_entities():
    found = _entities("We propose French, a new model for Portuguese texts, and test it on Indian Languages.")
    assert not {"French", "Portuguese", "Indian Languages"} & set(found)


def test_venues_and_task_acronyms_are_not_methods():
    found = _entities("Results were shown at STOC and NeurIPS. STOC papers use NMT systems; our NMT works.")
    assert not {"STOC", "NeurIPS", "NMT"} & set(found)


def test_generic_words_defined_and_proposed_are_a_name():
    assert type_from_long_form("Multimodal Transformer Networks", None, evidence=True) == "method"
    assert type_from_long_form("Multimodal Transformer Networks", None) is None
    assert type_from_long_form("large language models", None, evidence=True) is None


def test_x_to_y_compounds_are_tasks_not_names():
    from paperkg.extract.rules import looks_named

    assert not looks_named("Text-to-SQL") and not looks_named("Speech-to-Text")
    assert looks_named("Seq2Seq") and looks_named("GPT-4")


def test_abbreviation_uses_respect_word_boundaries():
    from paperkg.extract.pipeline import build_nlp

    doc = build_nlp()("Direct Preference Optimization (DPO) works. DPO-based, xDPO and DPOs differ; DPO wins.")
    assert [s.text for s in doc.spans["abbrev_use"]] == ["DPOs", "DPO"]


def test_every_item_of_a_list_before_a_plural_data_noun():
    from paperkg.extract.rules import listed_before_noun

    text = ("We report results on the UCF-GZSL, VGGSound-GZSL, and ActivityNet-GZSL benchmarks. "
            "We test on Something-Something and Kinetics datasets, and on English and Chinese datasets.")
    found = {text[s:e]: t for s, e, t, _ in listed_before_noun(text)}
    assert found == {"UCF-GZSL": "benchmark", "VGGSound-GZSL": "benchmark", "ActivityNet-GZSL": "benchmark",
                     "Something-Something": "dataset", "Kinetics": "dataset"}


def test_list_items_start_at_a_word_boundary():
    from paperkg.extract.rules import listed_before_noun

    text = "Results on the one-shot benchmarks (miniImageNet and ImageNet 1K Challenge datasets) are strong."
    found = {text[s:e] for s, e, _, _ in listed_before_noun(text)}
    assert found == {"miniImageNet", "ImageNet 1K Challenge"}  # no "ImageNet" cut out of "miniImageNet"


def test_a_bare_number_in_a_list_is_no_dataset():
    from paperkg.extract.rules import listed_before_noun

    text = "We evaluate on the PASCAL VOC 2007 and 2012 datasets and report mAP."
    assert {text[s:e] for s, e, _, _ in listed_before_noun(text)} == {"PASCAL VOC 2007"}


def test_data_noun_rule_keeps_whole_words_and_skips_language_pairs():
    from paperkg.extract.rules import data_noun_spans

    text = "We train on the NTU-RGB+D dataset, test on an English-to-German corpus and on the Esposalles database."
    assert {text[s:e] for s, e, _, _ in data_noun_spans(text)} == {"Esposalles database"}


def test_data_noun_rule_leaves_a_name_joined_by_a_slash_whole():
    from paperkg.extract.rules import data_noun_spans

    # "Daily Mail" alone is a cut: the name is "Foxnews/Daily Mail" (its list entry or another rule finds it)
    text = "We summarise articles of the Foxnews/Daily Mail dataset and of the Harbour Bay corpus."
    assert {text[s:e] for s, e, _, _ in data_noun_spans(text)} == {"Harbour Bay corpus"}


def test_a_listed_name_with_a_slash_beats_the_data_noun_cut():
    found = _entities("We evaluate summaries on the CNN/Daily Mail dataset and on XSum.")
    assert "Daily Mail" not in found
    assert found["CNN/DailyMail"][0] == "dataset"


def test_long_form_keeps_a_hyphenated_first_word():
    from paperkg.extract.pipeline import build_nlp

    nlp = build_nlp()

    def pairs(text):
        doc = nlp(text)
        return [(lf.text, sf.text) for lf, sf in zip(doc.spans["abbrev_long"], doc.spans["abbrev_short"])]

    assert pairs("We use the Test-Time Prototype Shifting (TPS) framework.") == [("Test-Time Prototype Shifting", "TPS")]
    assert pairs("Our KL-regularized Policy Optimization (RPO) works.") == [("regularized Policy Optimization", "RPO")]


def test_algorithms_introduce_a_list_even_at_sentence_start():
    from paperkg.extract.rules import find_rule_spans

    text = "Algorithms such as LSTD, LSPE, FPKF and NTD, have faster convergence rates."
    found = {text[s:e]: t for s, e, t, rule in find_rule_spans(text) if rule == "rule:listed"}
    assert found == {"LSTD": "method", "LSPE": "method", "FPKF": "method", "NTD": "method"}
    text = "We compare with algorithms such as GTD2 and TDC, which are cheap."
    assert {text[s:e] for s, e, _, rule in find_rule_spans(text) if rule == "rule:listed"} == {"GTD2", "TDC"}
    assert type_from_long_form("Rapid Action Value Estimate", None) == "method"


def test_coined_short_forms_are_evidence_initialisms_are_not():
    from paperkg.extract.resolve import _coined

    assert all(_coined(s) for s in ["StableGM", "diffConv", "FE-Net", "Q2A", "3DDFA"])
    assert not any(_coined(s) for s in ["CI", "TV", "DWI", "NE", "VGDS", "LLMs", "ToM", "CoT", "BoW"])
    found = _entities("Matching is done with Stable Graph Matching (StableGM). We test Conditional Independence (CI).")
    assert found["Stable Graph Matching"][0] == "method" and "Conditional Independence" not in found


def test_component_word_after_a_definition_types_it():
    found = _entities("We develop an additional pseudo information mining (PIM) branch on the feature maps.")
    assert found["pseudo information mining"][0] == "method"


def test_one_lower_case_word_is_no_long_form_of_a_long_initialism():
    found = _entities("We study stochastic Boolean satisfiability (SSAT) and build an SSAT solver.")
    assert "satisfiability" not in found


def test_language_pairs_before_a_data_noun_are_not_datasets():
    from paperkg.extract.rules import listed_before_noun

    assert listed_before_noun("Our evaluation on English-to-Finnish and English-to-German datasets shows it.") == []
