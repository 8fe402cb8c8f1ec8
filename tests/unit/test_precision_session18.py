"""Session 18 (issue 10, node precision): invented sentences, each rule test failing on START."""

from collections import Counter

from paperkg.extract.canonical import own_other_definition
from paperkg.extract.corpus import Sense
from paperkg.extract.recall_rules import kind_acronym_variant_spans
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity


# Real classes, not stand-ins: the compiled build (mypyc) checks the argument types.
def _bare(short):
    return LocalEntity(short, "method", "uses", [], None, [Mention(short, 0, len(short), 0, "rule:repeated-name")])


def _sense(long_form, papers=1):
    return Sense("sense:x", long_forms=Counter({long_form: papers}), papers={f"p{i}" for i in range(papers)})


def test_own_bracket_with_other_words_keeps_the_bare_use_apart():
    text = "We fit a parametric human body shape model (HBSM) to each frame and refine the HBSM pose."
    assert own_other_definition(_bare("HBSM"), _sense("Hierarchical Bayesian Sparse Mixture"), text)


def test_own_bracket_spelling_the_sense_joins_it():
    text = "Generating questions over knowledge graphs (QGKG) is hard; QGKG needs structure."
    assert not own_other_definition(_bare("QGKG"), _sense("knowledge graph question generation"), text)


def test_no_bracket_or_a_well_defined_sense_is_not_touched():
    sense = _sense("Hierarchical Bayesian Sparse Mixture")
    assert not own_other_definition(_bare("HBSM"), sense, "We compare with HBSM on three sets.")
    assert not own_other_definition(_bare("HBSM"), _sense("Hierarchical Bayesian Sparse Mixture", papers=3),
                                    "We fit a body model (HBSM) to each frame.")
    assert not own_other_definition(_bare("PLACEHOLDER"), _sense("Plain Long Acronym"), "as shown (PLACEHOLDER) before")


def _variants(text):
    return [text[s:e] for s, e, _, _ in kind_acronym_variant_spans(text)]


def test_kind_variant_descriptive_modifiers_are_no_names():
    assert _variants("we stack a Residual RNN on the encoder") == []
    assert _variants("they train a Siamese CNN on pairs") == []
    assert _variants("each state emits from a Guassian HMM per speaker") == []


def test_kind_variant_named_variants_stay():
    assert _variants("the critic of the Sobolev GAN is bounded") == ["Sobolev GAN"]
    assert _variants("we compare with Tree LSTMs on parsing") == ["Tree LSTMs"]
    assert _variants("trained as in Improved Wasserstein GANs for stability") == ["Improved Wasserstein GANs"]


def test_hardware_and_a_city_are_no_entities():
    from paperkg.extract.lexicon import non_entity_kind
    assert non_entity_kind("NVLink") == "hardware"
    assert non_entity_kind("New York City") == "place"
