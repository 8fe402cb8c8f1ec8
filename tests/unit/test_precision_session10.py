"""Issue 10 (session 10): node precision rules. Sentences written for these tests (invented names), not taken
from gold or the corpus."""

from __future__ import annotations

import pytest

from paperkg.extract import junk, self_typing
from paperkg.extract.resolve import type_from_long_form
from extract_cases import entity_types as _types, mention_at as _at  # tests/extract_cases.py


# -- not names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Energy nets (ENs; Hartley & McGowan 2017) score whole outputs.", "McGowan 2017"),
    ("Lattice scoring (Hartley and McGowan 2017) is slow.", "McGowan 2017"),
    ("Lattice scoring is slow (Okafor, 2018; Lindqvist, 2020).", "Okafor, 2018"),
])
def test_an_author_and_a_year_cite_a_paper(text, name):
    assert junk.citation_reason(name, *_at(name, text)) is not None


@pytest.mark.parametrize("text,name", [
    ("We rank first in WMT 2014 and SemEval 2016 on both pairs.", "SemEval 2016"),
    ("Scores on the STS Benchmark and SemEval 2017 improve.", "SemEval 2017"),
    ("Scores on Harpo 2019 improve by 3 points.", "Harpo 2019"),  # no co-author, no citation list
    ("Results (Harpo 2019) improve.", "Harpo 2019"),  # one name in brackets: may be data
])
def test_a_name_with_a_year_is_no_citation_without_an_author_context(text, name):
    assert junk.citation_reason(name, *_at(name, text)) is None


@pytest.mark.parametrize("text,name", [
    ("We propose ZorbFormer, a Hybrid Echo Transformer with a gated memory.", "Hybrid Echo Transformer"),
    ("ZorbSGD: A Decentralized Echo SGD Framework for Training", "Decentralized Echo SGD"),
    ("We propose a simple, Layered Echo Network, called LEN-2, for tagging.", "Layered Echo Network"),
    ("We propose a novel Layered Echo Quantization framework, termed ZorbQ, for tagging.", "Layered Echo Quantization"),
])
def test_capitalised_plain_words_after_an_indefinite_article_describe(text, name):
    assert junk.junk_reason(name, *_at(name, text)) is not None


@pytest.mark.parametrize("text,name", [
    ("This paper introduces the Layered Echo Network that routes gradients.", "Layered Echo Network"),
    ("We propose a ZorbEcho Network that routes gradients.", "ZorbEcho Network"),  # a coined word
    ("We train a Layered Echo Network. The Layered Echo Network wins.", "Layered Echo Network"),  # named once bare
    ("We propose Layered Echo Network, a recurrent model.", "Layered Echo Network"),
    # the thing's only name: a description, but nothing else names it
    ("This paper introduces a Layered Echo Network that routes gradients through time.", "Layered Echo Network"),
    ("Specifically, a Layered Echo Network routes gradients.", "Layered Echo Network"),
    # the coined name's own long form
    ("We propose a novel model LEN: a Layered Echo Network for tagging.", "Layered Echo Network"),
    ("We propose EPM, an Echo-based Prediction Model with constraints.", "Echo-based Prediction Model"),
])
def test_a_name_said_bare_or_coined_is_kept(text, name):
    mentions, texts = _at(name, text)
    if text.count(name) > 1:
        second = text.index(name, mentions[0][2])
        mentions.append(("abstract", second, second + len(name)))
    assert junk.described_reason(name, mentions, texts) is None


@pytest.mark.parametrize("text,name", [
    ("Nous présentons BriqueTal, un outil pour l’annotation des corpus oraux.", "BriqueTal"),
    ("Cette démonstration présente l’intégration du corpus à la plateforme CorpoScope.", "CorpoScope"),
])
def test_software_said_in_french(text, name):
    assert junk.software_reason(name, *_at(name, text)) is not None


# -- the sentence says what the name is -------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,typ", [
    ("Experiments on LUTEMED and Harp-Acquis benchmarks show gains in adaptation.", "LUTEMED", "benchmark"),
    ("Experiments on LUTEMED and Harp-Acquis benchmarks show gains in adaptation.", "Harp-Acquis", "benchmark"),
    ("We test on LUTEMED, Harp-Acquis and ReedLaw corpora.", "Harp-Acquis", "dataset"),
    ("Results on the Lute Songs and Reed Takes datasets are strong.", "Reed Takes", "dataset"),
    ("Our model wins in automatic evaluations such as DIVERS-N and ROUGE.", "DIVERS-N", "metric"),
    ("We report metrics including HarpDist, ROUGE and BLEU.", "HarpDist", "metric"),
])
def test_a_list_with_a_data_or_metric_noun_types_its_names(text, name, typ):
    assert self_typing.listed_data_type(*_at(name, text)) == typ


@pytest.mark.parametrize("text,name", [
    ("We compare LuteNet and HarpNet on three benchmarks.", "LuteNet"),
    ("Gains on NERL and POS tagging datasets are small.", "NERL"),  # data of two tasks
    ("LuteNet and HarpNet baselines are weaker.", "LuteNet"),
    ("The metrics improve when LuteNet is used.", "LuteNet"),
])
def test_no_data_or_metric_list_no_retyping(text, name):
    assert self_typing.listed_data_type(*_at(name, text)) is None


def test_a_complexity_measure_called_the_x_is_a_metric():
    text = "Our method computes a complexity measure called the spectral drift index which tracks accuracy."
    name = "spectral drift index"
    assert self_typing.stated_data_or_metric("method", *_at(name, text)) == "metric"


@pytest.mark.parametrize("text,name", [
    ("We present KORA, a large-scale, multi-genre, multi-dialect lexicon for sentiment analysis.", "KORA"),
    ("This paper presents ZORBAL, the first Frisian wordnet built from dictionaries.", "ZORBAL"),
])
def test_a_lexicon_or_wordnet_appositive_is_data(text, name):
    assert junk.data_type(name, *_at(name, text)) == "dataset"


def test_a_wordnet_head_is_data():
    assert _types("This paper presents the Frisian Wordnet (FWN), built from bilingual dictionaries.").get(
        "Frisian Wordnet") == "dataset"


def test_a_capitalised_task_phrase_before_model_names_a_model():
    assert type_from_long_form("Layered Lute Argument Extraction", "model") == "method"
    assert type_from_long_form("layered lute argument extraction", "framework") == "task"
    assert type_from_long_form("Layered Lute Argument Extraction", None) == "task"
    assert type_from_long_form("Layered Lute Argument Extraction", "models") == "task"  # models for the task


def test_a_number_word_of_a_digit_short_form_is_part_of_the_long_form():
    names = _types("Beyond a classic two-stage least squares (2SLS) estimator, we study a kernel variant.")
    assert "two-stage least squares" in names
    assert "stage least squares" not in names


def test_the_system_of_a_team_in_a_shared_task():
    text = "This paper describes the translation system of HarpLabNLP for the news tasks of WMT 2031."
    assert junk.team_reason("HarpLabNLP", *_at("HarpLabNLP", text)) is not None
    text = "We compare with the tagging system of HarpTagger on three treebanks."
    assert junk.team_reason("HarpTagger", *_at("HarpTagger", text)) is None
    # a campaign after "systems of the" is the campaign; a system taking part is no team
    text = "We reimplement the winning systems of the WMT 2031 quality estimation shared tasks."
    assert junk.team_reason("WMT 2031", *_at("WMT 2031", text)) is None
    text = "This paper presents the participation of HARPQA system to the lute QA evaluation campaign."
    assert junk.team_reason("HARPQA", *_at("HARPQA", text)) is None


def test_a_lower_case_phrase_before_stage_is_a_step_not_a_name():
    assert type_from_long_form("coarse matching", "stage") is None
    assert type_from_long_form("coarse matching", None) == "task"  # without "stage" still a task phrase
    assert type_from_long_form("stochastic gradient ascent", "steps") is not None  # the steps of a method
