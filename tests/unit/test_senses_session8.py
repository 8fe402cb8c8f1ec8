"""Frequent entities one node (issue 10, session 8): where a definition's long form starts, aliases a list
gives another thing, list spellings of one thing.

Every abstract here is written for these tests; none is taken from the gold files.
"""

from __future__ import annotations

import pytest

from paperkg.extract.abbreviations import capitals_start
from paperkg.extract.canonical import canonicalise
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper
from extract_cases import (  # tests/extract_cases.py
    build_corpus as build, definition_pairs as definitions, node_spellings as nodes, sentence_nlp,
)


@pytest.fixture(scope="module")
def nlp():
    return sentence_nlp()


# -- a capital of the short form taken from inside a word: the long form starts earlier ----------------------

@pytest.mark.parametrize("text, pair", [
    # The shortest match takes A from "translation": "neural speech translation".
    ("We build on non-autoregressive neural speech translation (NAT) systems for lectures.",
     ("non-autoregressive neural speech translation", "NAT")),
    # The shortest match takes the second M from "Memory": "Memory Graph".
    ("Each frame passes a Multi-view aware Memory Graph (MMG) before decoding.",
     ("Multi-view aware Memory Graph", "MMG")),
])
def test_a_capital_inside_a_word_moves_the_start_back(nlp, text, pair):
    assert pair in definitions(nlp, text)


@pytest.mark.parametrize("text, pair", [
    # No longer run fits all capitals: the shortest match stays.
    ("We report the bilingual evaluation understudy (BLEU) on four test sets.",
     ("bilingual evaluation understudy", "BLEU")),
    # Capitals inside a long-form word count as beginnings.
    ("Our baseline is the Wasserstein Quux GAN (WQGAN) trained on faces.", ("Wasserstein Quux GAN", "WQGAN")),
    ("We propose Sparse Token Routing (STR) for long inputs.", ("Sparse Token Routing", "STR")),
])
def test_a_fitting_shortest_match_is_kept(nlp, text, pair):
    assert pair in definitions(nlp, text)


def test_the_moved_start_never_begins_with_a_phrase_word():
    window = "results with neural speech translation"
    start = window.index("neural")
    # "with neural speech translation" would fit W? No: the short form needs N, A, T; none fits, keep the start.
    assert capitals_start("NAT", window, start) == start
    window = "trained using aligned neural text"
    assert capitals_start("UANT", window, window.index("aligned")) == window.index("aligned")


# -- a definition's short form or long form that a list gives another thing is no alias -----------------------

def test_a_listed_name_defined_as_another_listed_thing_is_no_alias_of_it():
    # PointNet (point clouds) and Pointer Network are both listed; one paper calls its pointer network PointNet.
    out = build(
        "We extend the parser with a pointer network (PointNet) that copies tokens; the PointNet runs in linear time.",
        "PointNet classifies raw point clouds of furniture scans, and PointNet features feed a voxel decoder.",
    )
    spellings = nodes(out)
    pointer = [k for k, v in spellings.items() if any(s.lower().startswith("pointer network") for s in v)]
    assert pointer
    for k in pointer:
        assert "PointNet" not in spellings[k]


def test_gpt_long_forms_are_the_listed_gpt_not_a_node_of_their_own():
    out = build(
        "We score fluency with a Generative Pre-trained Transformer (GPT) fine-tuned on product reviews.",
        "Generative Pre-trained Transformer (GPT) language models are prompted with ten examples.",
        # a rival sense of GPT: the acronym alone no longer says which
        "We link cell detections with a Graph-based Point Tracker (GPT) across microscopy frames.",
        "A Graph-based Point Tracker (GPT) follows every nucleus; the GPT recovers from missed detections.",
    )
    ids = {e.id for p in out for e in p.entities}
    assert "model:gpt" in ids
    assert "model:generative-pre-trained-transformer" not in ids


# -- list spellings of one thing ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, eid", [
    ("Retrieval starts from Okapi BM25 over a sharded inverted index of news pages.", "method:bm25"),
    ("The critic of our Wasserstein GANs is clipped to keep the generator stable on sketches.", "method:wasserstein-gan"),
    ("We replace the encoder with a Deep Residual Network pretrained on aerial scenes.", "method:residual-network"),
    ("A graph CNN aggregates the neighbours of every atom in the molecule.", "method:graph-convolutional-network"),
    ("Person re-identification results on DukeMTMC and a new drone set are reported.", "dataset:dukemtmc-reid"),
    ("We retrain the parser on PDTB 2.0 with the implicit relations only.", "dataset:penn-discourse-treebank"),
    ("Our NMT system translates Welsh weather reports into English.", "task:neural-machine-translation"),
    ("Protein embeddings are pretrained by contrastive representation learning on fold families.",
     "task:contrastive-learning"),
    ("We fit the noise scale of the sensor by maximum likelihood (MLE) over ten runs.",
     "method:maximum-likelihood-estimation"),
    # lead, session 8: bare ReID joined a 131-paper "re-identification" node that one paper had typed method
    ("Vehicle ReID across city cameras is hard when two cars share a colour.", "task:re-identification"),
])
def test_list_spellings_of_one_thing(text, eid):
    out = build(text)
    assert eid in {e.id for p in out for e in p.entities}


# -- a definition whose long form a longer listed name took is a bare use of its short form ------------------

def test_a_definition_whose_long_form_a_listed_name_took_is_not_a_node_of_its_short_form():
    out = build(
        "We study Data-Free Knowledge Distillation (KD) for keyword spotting, where KD learns from generated audio.",
        "Knowledge distillation (KD) compresses a large speech recogniser into a small one.",
        "We apply knowledge distillation (KD) to graph neural networks for molecules.",
        "Ensembles are compressed by knowledge distillation (KD) into one student network.",
    )
    ids = {e.id for e in out[0].entities}
    assert "method:kd" not in ids
    assert "method:data-free-knowledge-distillation" in ids


# -- a bare short form whose rivals are each one paper's coinage -------------------------------------------

QLT_DEFINED = [f"We train the {w} head with quantile loss tuning (QLT), which calibrates the predicted intervals."
               for w in ("rainfall", "traffic", "demand", "energy", "sales", "latency")]
QLT_COINED_ONCE = [
    "A query length transform (QLT) rewrites long search queries before retrieval.",
    "Quick label tagging (QLT) speeds up annotation of street scenes.",
    "We tile the plane by quasi-linear tiling (QLT) for mesh generation.",
]
QLT_BARE = "We apply the QLT method to the regression head of a wind forecaster and report interval coverage."


def _qlt_ids(out):
    return {e.id for p in out if p.id == "bare" for e in p.entities}


def test_a_bare_short_form_joins_the_sense_that_dominates_the_senses_of_more_than_one_paper():
    papers = [Paper(f"d{i}", None, a) for i, a in enumerate(QLT_DEFINED + QLT_COINED_ONCE)]
    out = canonicalise(extract_local_all(papers + [Paper("bare", None, QLT_BARE)]))
    assert "method:quantile-loss-tuning" in _qlt_ids(out)


def test_a_bare_short_form_with_a_second_real_meaning_stays_apart():
    second = [f"Our {w} prover uses quantified logic terms (QLT) for its clauses." for w in ("SAT", "SMT")]
    papers = [Paper(f"d{i}", None, a) for i, a in enumerate(QLT_DEFINED + QLT_COINED_ONCE + second)]
    out = canonicalise(extract_local_all(papers + [Paper("bare", None, QLT_BARE)]))
    assert "method:quantile-loss-tuning" not in _qlt_ids(out)


# -- aliases: a long form lacking a capital of its short form, a first word that is another listed name ------

def test_a_long_form_lacking_a_capital_of_its_short_form_is_no_alias():
    out = build(
        "Cartoon sketches are coloured by generative neural networks (GANs) trained on comic pages.",
        "We train generative adversarial networks (GANs) on satellite tiles.",
    )
    spellings = nodes(out)
    gan = [k for k, v in spellings.items() if "generative adversarial networks" in v]
    assert gan
    assert "generative neural networks" not in set().union(*(spellings[k] for k in gan))


def test_a_first_word_that_is_another_listed_name_is_no_alias():
    from paperkg.extract.canonical import _aliases
    from paperkg.extract.records import Mention
    from paperkg.extract.resolve import LocalEntity
    from paperkg.extract.text import variant_key

    e = LocalEntity("Flickr30k Regions", "dataset", "uses", [], None,
                    [Mention("Flickr30k Regions", 10, 27, 0, "rule:data-noun"), Mention("Flickr30k", 40, 49, 1, "rule:listed")])
    assert _aliases(e, {variant_key("Flickr30k Regions")}, "Flickr30k Regions") == {"Flickr30k Regions"}
    # a coined first word no list holds is still an alias ("SparQ" of "SparQ Attention"; precision60's bare-head
    # takes it off a name whose rest ends in a plural, "ZorbiX Regions", the regions of ZorbiX)
    e = LocalEntity("ZorbiX Attention", "method", "uses", [], None,
                    [Mention("ZorbiX Attention", 10, 26, 0, "rule:named"), Mention("ZorbiX", 40, 46, 1, "rule:listed")])
    assert "ZorbiX" in _aliases(e, {variant_key("ZorbiX Attention")}, "ZorbiX Attention")


@pytest.mark.parametrize("text, gone", [
    ("Agents are trained in Open-AI Gym tasks with sparse rewards.", "method:open-ai"),
    ("Classifiers trained on the Hate Speech dataset miss sarcasm in forum posts.", "dataset:hate-speech"),
    ("Seizures are detected in the Electroencephalogram of each sleeping patient.", "task:electroencephalogram"),
])
def test_organisations_topics_and_sensors_are_no_nodes(text, gone):
    out = build(text)
    assert gone not in {e.id for p in out for e in p.entities}


def test_a_second_real_meaning_of_another_type_also_keeps_a_bare_short_form_apart():
    # "CAD models" in 3D vision are computer-aided design (a dataset sense here), not the diagnosis method sense,
    # although the paper's cue ("model") keeps only technique senses in play.
    from collections import Counter

    from paperkg.extract.corpus import CorpusIndex, Sense

    def sense(key, n, typ):
        return Sense(key=key, long_forms=Counter({key: n}), papers={f"{key}{i}" for i in range(n)}, typed=n,
                     types=Counter({typ: n}))

    index = CorpusIndex()
    index.senses["qlt"] = [sense("sense:quantilelosstuning", 6, "method"), sense("sense:quietlabtranscripts", 2, "dataset"),
                           sense("sense:querylengthtransform", 1, "method"), sense("sense:quicklabeltagging", 1, "method"),
                           sense("sense:quasilineartiling", 1, "method")]
    decision = index.resolve_bare("qlt", "A wind forecaster with a QLT model for its regression head.", "technique")
    assert decision.key == "apart:qlt"
    # without the rival of another type, the dominant sense is the meaning
    index.senses["qlt"] = [x for x in index.senses["qlt"] if x.key != "sense:quietlabtranscripts"]
    assert index.resolve_bare("qlt", "A wind forecaster with a QLT model.", "technique").key == "sense:quantilelosstuning"
