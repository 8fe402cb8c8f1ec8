"""Issue 10 (session 11): node precision rules. Sentences written for these tests (invented names), not taken
from gold or the corpus."""

from __future__ import annotations

import pytest

from paperkg.extract import junk
from paperkg.extract.lexicon import non_entity_kind
from extract_cases import definition_pairs, entity_types as _types, mention_at as _at, sentence_nlp


# -- hardware, formal languages, annotation schemes, workshops ------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Trials with a Zorbo-Q quadruped robot confirm the gait transfers.", "Zorbo-Q"),
    ("We deploy the policy on the Zorbo-Q robot.", "Zorbo-Q"),
    ("On Zorbo-Q hardware we measure a drop in energy.", "Zorbo-Q"),
    ("We introduce LuteCap: an 'ear-on-wrist' data collection device for demonstrations.", "LuteCap"),
    ("The three parts define the interpreted markup language HarpML for quantifiers.", "HarpML"),
    ("We describe a modeling language, HarpML, which encodes object semantics.", "HarpML"),
    ("Sentences are tagged with the Lutean tag set and then parsed.", "Lutean"),
    ("We took part in the summarisation task held at FNQ 2031 workshop at a conference.", "FNQ 2031"),
    ("Inference runs on the Zorbic chip with a small power budget.", "Zorbic"),
])
def test_a_name_the_sentence_calls_hardware_a_language_a_scheme_or_a_workshop_is_no_entity(text, name):
    assert junk.kind_reason(name, *_at(name, text)) is not None
    assert junk.junk_reason(name, *_at(name, text)) is not None


def test_data_or_methods_named_after_a_device_are_kept():
    text = "Results on the Lute Drone (LUD) and other datasets."
    assert junk.kind_reason("LUD", *_at("LUD", text)) is None  # its own long form before it
    assert junk.kind_reason("ZorbLearn", *_at("ZorbLearn", "ZorbLearn: A Food Scooping Robot Learning Framework", "title")) is None
    assert junk.kind_reason("Lute Drone", *_at("Lute Drone", "Results on the Lute Drone (LD) dataset.")) is None
    assert junk.kind_reason("ZB-Drone", *_at("ZB-Drone", "ZB-Drone: Benchmarking Teams of Drones", "title")) is None
    name = "Federated Prompts for Lute Models on Devices"
    assert junk.kind_reason(name, *_at(name, f"We propose {name} (FPLD)."), long_form=name) is None


def test_a_long_form_headed_by_a_kind_noun_is_no_entity():
    assert junk.kind_reason("ZTS", *_at("ZTS", "We build a tagger on the Zorbic Tag Set (ZTS) of 28 tags."),
                            long_form="Zorbic Tag Set") is not None
    assert junk.kind_reason("ZML", *_at("ZML", "We define the Zorb Markup Language (ZML)."),
                            long_form="Zorb Markup Language") is not None


@pytest.mark.parametrize("text,name", [
    ("ZorbNet robot learning improves grasp success.", "ZorbNet"),  # a modifier of "robot learning"
    ("We run ZorbNet on devices with little memory.", "ZorbNet"),
    ("In experiments with a real robot, ZorbNet wins on every task.", "ZorbNet"),
    ("Our on-device ZorbNet inference is fast.", "ZorbNet"),
    ("We took part in the SemEval 2031 workshop on lute tagging.", "SemEval 2031"),  # a campaign
    ("ZorbNet camera pose estimation is accurate.", "ZorbNet"),
    ("We target hardware ZorbNet implementations.", "ZorbNet"),
    ("Our model ZorbNav is the first navigation robot foundation model.", "ZorbNav"),
    ("Zorb Weighted Integration is a popular formalism for inference.", "Zorb Weighted Integration"),
    ("We show that ZorbNav enables robots to follow instructions.", "ZorbNav"),
    ("This paper proposes ZORBT, a simple camera angle estimator for tracking.", "ZORBT"),
    ("We compare ZorbNet with a robot arm controller.", "ZorbNet"),
])
def test_a_kind_noun_that_is_not_the_names_own_is_no_cue(text, name):
    assert junk.kind_reason(name, *_at(name, text)) is None


def test_listed_hardware_is_no_entity():
    assert non_entity_kind("TurtleBot") == "hardware"
    assert non_entity_kind("Raspberry Pi") == "hardware"
    assert non_entity_kind("SourceForge") == "platform"
    assert "TurtleBot" not in _types("We deploy the learned policy on a TurtleBot in three offices.")


# -- spans: a numbered citation between a long form and its short form ---------------------------------------------

def test_a_numbered_citation_is_no_part_of_a_long_form():
    pairs = definition_pairs(sentence_nlp(), "We start from Lute Sensitive Hashing [7] (LSH), which matches patches.")
    assert ("Lute Sensitive Hashing", "LSH") in pairs
    pairs = definition_pairs(sentence_nlp(), "We start from Lute Sensitive Hashing [7, 9] (LSH), which matches patches.")
    assert ("Lute Sensitive Hashing", "LSH") in pairs


# -- data the name or the sentence calls data ---------------------------------------------------------------------

def test_a_corpus_of_name_is_data():
    name = "Lutetian Corpus of Casual Harp"
    assert junk.retype("method", name, *_at(name, f"We describe the {name}, recorded in homes.")) == "dataset"
    name = "Learning with Corpus of Harp"  # a title phrase, not a corpus's name
    assert junk.retype("method", name, *_at(name, f"We study {name} here.")) == "method"


@pytest.mark.parametrize("text,name,typ", [
    ("This paper describes the Dutch HARPLA data and its curation.", "HARPLA", "dataset"),
    ("We release the HARPLA data for research.", "HARPLA", "dataset"),
    ("We train HARPLA on data from three sites.", "HARPLA", "method"),
    ("We study the HARPLA data augmentation.", "HARPLA", "method"),
])
def test_the_x_data_is_data(text, name, typ):
    assert junk.retype("method", name, *_at(name, text)) == typ


# -- spans: a modifier cut from its noun, an identifier's head ------------------------------------------------------

@pytest.mark.parametrize("name", ["Lute-Label Relaxed", "Harp Shared and Lute Isolated", "Recurrent Lute Network-based",
                                  "fully connected"])
def test_a_name_ending_in_a_participle_is_a_cut_modifier(name):
    assert junk.participle_reason(name) is not None


@pytest.mark.parametrize("name", ["HARPQA Revisited", "ZorbNet Unleashed", "Lute Seed", "Harp Speed", "Lute Network"])
def test_a_coined_name_or_a_noun_before_ed_is_kept(name):
    assert junk.participle_reason(name) is None


def test_the_head_of_an_identifier_is_no_name():
    text = "We propose LUTE_ATA, an asynchronous version of LUTE_TA, which is robust."
    assert junk.junk_reason("LUTE", *_at("LUTE", text)) is not None
    assert junk.junk_reason("LUTE", *_at("LUTE", "We propose LUTE, an asynchronous solver.")) is None
    # a listed name with one identifier mention ("BERT_LARGE") stays, and so does a name said bare once
    text = "We compress BERT. It is a thin version of BERT_LARGE."
    assert junk.junk_reason("BERT", *_at("BERT", text), listed=True) is None
    mentions, texts = _at("LUTE", "We propose LUTE_ATA and LUTE, a solver.")
    mentions.append(("abstract", 24, 28))
    assert junk.junk_reason("LUTE", mentions, texts) is None


# -- teams ----------------------------------------------------------------------------------------------------------

def test_a_possessive_system_in_a_shared_task_is_a_team():
    text = "This paper describes HARPLAB’s NMT system submitted to the IWSLT 2031 speech translation task."
    assert junk.team_reason("HARPLAB", *_at("HARPLAB", text)) is not None
    text = "We compare against ZorbNet's tagging system on three treebanks."
    assert junk.team_reason("ZorbNet", *_at("ZorbNet", text)) is None


def test_a_radar_is_no_method():
    text = "Lute wave (LW) radars are a popular sensing modality in self-driving cars."
    assert junk.kind_reason("Lute wave", [("abstract", 0, 9)], {"abstract": text}) is not None
