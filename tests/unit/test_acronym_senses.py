"""Acronym senses at corpus scale (issue 10 item 2): a paper's definition decides what its acronym means, a
list entry that is only the acronym joins a definition only where the corpus gives the short form one
meaning, and free phrases are never long forms or aliases.

Every abstract here is written for these tests (invented long forms), none is taken from the gold files.
"""

from __future__ import annotations

import pytest

from paperkg.extract.abbreviations import free_phrase
from paperkg.extract.canonical import canonicalise
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper
from extract_cases import (  # tests/extract_cases.py
    build_corpus as build, definition_pairs as definitions, node_spellings as nodes, sentence_nlp,
)


@pytest.fixture(scope="module")
def nlp():
    return sentence_nlp()


# -- the definition finder: free phrases whose letters happen to fit are no long forms ------------------------

@pytest.mark.parametrize("text", [
    "Our parser is based on stacked recursive units (BSRU) and runs in linear time.",
    "We learn the encoder by leveraging codes (BLC) from a momentum copy.",
    "We compare with baselines including graph kernels (BIGK) on five datasets.",
    "The agent plans with models for goal-directed walking (FGW) in new mazes.",
])
def test_a_free_phrase_is_no_long_form(nlp, text):
    assert definitions(nlp, text) == []


@pytest.mark.parametrize("text, pair", [
    ("We propose Bootstrapped Stacked Recursive Units (BSRU) for parsing.",
     ("Bootstrapped Stacked Recursive Units", "BSRU")),
    # A capitalised word that would start a phrase in lower case may be part of a name.
    ("Learning With Ordered Pairs (LWOP) ranks answers.", ("Learning With Ordered Pairs", "LWOP")),
])
def test_a_name_is_still_a_long_form(nlp, text, pair):
    assert definitions(nlp, text) == [pair]


def test_free_phrase_shapes():
    assert free_phrase("based on pretrained encoders")
    assert free_phrase("via latent codes")
    assert free_phrase("graph kernels which share weights")
    assert not free_phrase("Density-Based Clustering of Points with Noise")
    assert not free_phrase("Using Privileged Hints")


# -- corpus level ----------------------------------------------------------------------------------------

def ids_of(out, paper_id: str) -> set[str]:
    return {e.id for p in out if p.id == paper_id for e in p.entities}


# "BLIP" is a model in the curated list with no long form. This corpus defines it as two other things.
BLIP_PLANNING = [
    "We introduce Bounded Lookahead Incremental Planning (BLIP) for robot navigation; BLIP expands the search tree lazily.",
    "Bounded Lookahead Incremental Planning (BLIP) is extended to partially observable robot navigation tasks.",
]
BLIP_PRICING = [
    "We study Bilateral Listing Item Pricing (BLIP) for airlines; BLIP is solved by dynamic programming.",
]
BLIP_BARE = [
    "We fine-tune BLIP and T5 on image-text data and compare their zero-shot accuracy.",
    "Scaling BLIP to larger vision encoders improves captioning accuracy on image-text tasks.",
]


def test_a_list_acronym_with_several_corpus_meanings_keeps_each_definition_apart():
    out = build(*BLIP_PLANNING, *BLIP_PRICING, *BLIP_BARE)
    spellings = nodes(out)
    planning = [k for k, v in spellings.items() if "Bounded Lookahead Incremental Planning" in v]
    pricing = [k for k, v in spellings.items() if "Bilateral Listing Item Pricing" in v]
    assert len(planning) == 1 and len(pricing) == 1 and planning != pricing
    # Neither definition is the listed model, and the model carries neither long form.
    assert "model:blip" not in planning + pricing
    assert not spellings["model:blip"] & {"Bounded Lookahead Incremental Planning", "Bilateral Listing Item Pricing"}
    # Bare uses in the vision-language papers are the listed model.
    assert "model:blip" in ids_of(out, "p3") and "model:blip" in ids_of(out, "p4")


def test_the_sense_decision_does_not_depend_on_paper_order():
    abstracts = [*BLIP_PLANNING, *BLIP_PRICING, *BLIP_BARE]
    forward = build(*abstracts)
    papers = [Paper(f"p{i}", None, a) for i, a in enumerate(abstracts)]
    backward = canonicalise(list(reversed(extract_local_all(papers))))
    key = lambda out: {p.id: sorted((e.id, e.name, tuple(e.aliases)) for e in p.entities) for p in out}  # noqa: E731
    assert key(forward) == key(backward)


def test_a_definition_sharing_most_words_with_a_list_long_form_is_not_that_entry():
    # The list holds "Graph Neural Network" (GNN); "Grouped Neural Networks" shares two of three words.
    out = build(
        "We propose Grouped Neural Networks (GNNs) that split channels into groups; a GNN is cheaper than "
        "a dense network on image classification.",
    )
    spellings = nodes(out)
    grouped = [k for k, v in spellings.items() if "Grouped Neural Networks" in v]
    assert grouped and "method:graph-neural-network" not in grouped
    assert "Grouped Neural Networks" not in spellings.get("method:graph-neural-network", set())


def test_a_singular_list_hit_follows_the_papers_plural_definition():
    # Defined as "DCNNs", used as "DCNN": the paper's definition decides both ("DCNN" is another thing
    # in the list: diffusion-convolutional neural networks).
    out = build(
        "We propose Dilated Cascade Neural Networks (DCNNs) for crowd counting; each DCNN stage refines "
        "the density map of the previous one, and the DCNN beats single-stage counters.",
    )
    spellings = nodes(out)
    assert "Dilated Cascade Neural Networks" not in spellings.get("method:diffusion-convolutional-neural-networks", set())
    assert any("Dilated Cascade Neural Networks" in v for v in spellings.values())


def test_a_free_phrase_never_becomes_an_alias_of_a_listed_model():
    out = build(
        "Our summariser is based on pretrained auto-regressive transformer (BART) and improves ROUGE.",
        "We fine-tune BART on news articles for abstractive summarization.",
    )
    aliases = {a for p in out for e in p.entities for a in e.aliases}
    assert not any(a.startswith("based") for a in aliases)


@pytest.mark.parametrize("a, b, same", [
    ("Sparse Tensor Trees", "Tensor Sparse Trees", True),  # reordered
    ("Hidden Semi-Markv Filters", "Hidden Semi-Markov Filter", True),  # misspelt
    ("Robustly tuned QUUX approach", "Robustly Tuned QUUX Pretraining Approach", True),  # an extra word
    ("Visual Zorblaxer", "Vision Zorblaxer", True),  # nearly the same letters
    ("Gated Relation Nets", "Graph Relation Nets", False),  # another first word: another name
    ("sparse fine-tuning", "Supervised Fine-Tuning", False),
])
def test_loose_spellings_of_one_long_form(a, b, same):
    from paperkg.extract.corpus import loosely_same_long_form

    assert loosely_same_long_form(a, b) is same


def test_spelling_variants_of_an_acronym_only_entry_stay_that_entry():
    # "BLIP" is only an acronym in the list; these papers spell one long form two ways (an extra word), and
    # no other meaning is defined: every definition and bare use is the listed model.
    out = build(
        "We release Bootstrapped Language-Image Pretraining (BLIP), vision-language models for captioning.",
        "Bootstrapped Language-Image Pretraining (BLIP) models are evaluated on zero-shot retrieval tasks.",
        "We probe Bootstrapped Language-Image Pretraining models (BLIP) for memorised captions.",
        "We fine-tune BLIP on visual question answering data.",
    )
    ids = {e.id for p in out for e in p.entities if "BLIP" in {e.name, *e.aliases}}
    assert ids == {"model:blip"}


def test_a_definition_detached_from_a_list_acronym_is_the_list_entry_of_its_long_form():
    # BART is a listed model; "Bayesian additive regression trees" is a listed (classical) method.
    out = build(
        "We fit Bayesian additive regression trees (BART) to survey data and report posterior intervals.",
        "Bidirectional and Auto-Regressive Transformers (BART) are fine-tuned for summarization.",
        "We fine-tune BART on news articles for abstractive summarization.",
    )
    assert "method:bayesian-additive-regression-trees" in ids_of(out, "p0")
    assert "model:bart" in ids_of(out, "p1") and "model:bart" in ids_of(out, "p2")
    assert "model:bart" not in ids_of(out, "p0")
