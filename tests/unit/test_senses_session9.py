"""Issue 10 (session 9): the type a paper states for its own name (data, metrics), and frequent entities.
Sentences written for these tests (invented names), not taken from gold or the corpus."""

from __future__ import annotations

import pytest

from paperkg.extract import self_typing
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from extract_cases import entity_types as _types, mention_at  # tests/extract_cases.py


def _said(typ: str, name: str, text: str, field: str = "abstract") -> str:
    return self_typing.stated_data_or_metric(typ, *mention_at(name, text, field))


@pytest.mark.parametrize("text,name,typ", [
    ("We introduce a new lute tablature dataset gathered from scanned prints of the 1600s, which we call "
     "LuteTab-Scan.", "LuteTab-Scan", "dataset"),
    ("We release a large corpus of harp lessons transcribed by teachers, called HarpLessons.", "HarpLessons", "dataset"),
    ("We construct a challenging benchmark of oboe reed questions and call it ReedQA.", "ReedQA", "benchmark"),
    ("We propose a new metric for tuning quality that we term TuneScore.", "TuneScore", "metric"),
    ("TuneGap, a metric for the pitch drift of singers, is cheap.", "TuneGap", "metric"),
    ("We score outputs with TuneGap, a new evaluation measure of drift.", "TuneGap", "metric"),
    ("TuneGap is a simple measure of pitch drift.", "TuneGap", "metric"),
    ("Our tagger reaches 91.2 F1 on the HARPNEWS test set and 88.0 on its dev split.", "HARPNEWS", "dataset"),
    ("We present LuteGrade ― a set of 12,300 graded tuning judgements by lute teachers.", "LuteGrade", "dataset"),
    ("LuteCap, a collection of 2.5M captions of lute photos, is released.", "LuteCap", "dataset"),
    ("We focus on controllable lute arrangement (CLA), where users fix the bass line.", "controllable lute arrangement",
     "task"),
    ("We study an actor-critic algorithm for risk-aware harp tuning (RAHT) with bounded costs.", "risk-aware harp tuning",
     "task"),
])
def test_a_name_the_sentence_calls_data_or_a_metric(text, name, typ):
    assert _said("method", name, text) == typ


@pytest.mark.parametrize("text,name", [
    # the naming verb names a technique, the last kind noun before it
    ("We collect a dataset of lute songs and propose a model trained on it, which we call LuteNet.", "LuteNet"),
    ("We introduce a new approach to tablature that we call TabFormer.", "TabFormer"),
    # a metric noun of another phrase: no apposition
    ("TabFormer, a model with a high F1 score, wins.", "TabFormer"),
    ("TabFormer uses a score-based sampler.", "TabFormer"),
    ("TabFormer is a metric learning method.", "TabFormer"),
    # a naming cue without a proposal verb in the sentence
    ("The dataset is large; a model called LuteNet reads it.", "LuteNet"),
    # a name, not a lower-case phrase; a technique the paper is about
    ("We focus on LuteNet, which reads tablature.", "LuteNet"),
    ("LuteNet, a set of 3 rules for tuning, is simple.", "LuteNet"),
    ("We focus on improving lute decoding with beam search.", "beam search"),
])
def test_what_names_a_technique_stays_a_technique(text, name):
    assert _said("method", name, text) == "method"


def test_a_listed_or_data_type_is_left_alone():
    assert _said("task", "lute tagging", "We report F1 on the lute tagging test set.") == "task"
    assert _said("dataset", "HarpLessons", "We introduce a new metric, called HarpLessons.") == "dataset"


def test_pipeline_types_a_named_new_dataset():
    abstract = ("We introduce a new lute tablature dataset gathered from scanned prints, which we call LuteTab-Scan. "
                "Models trained on LuteTab-Scan transcribe better.")
    assert _types(abstract).get("LuteTab-Scan") == "dataset"


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_possessive_is_no_part_of_a_name(apostrophe):
    abstract = (f"We probe the ZorbNet{apostrophe}s gating units and find that ZorbNet forgets early. "
                f"The LSTM{apostrophe}s forget gate is compared with the LSTM and the GRU. "
                f"Averaged vectors beat tuned models including GRU{apostrophe}s and LSTM{apostrophe}s on recall.")
    names = {e.name: [m.text for m in e.mentions] for e in extract_papers([Paper("p", None, abstract)])[0].entities}
    assert not any(n.endswith("s") and n[:-2] in ("ZorbNet", "LSTM") for n in names)
    assert all(not t.endswith(apostrophe + "s") for texts in names.values() for t in texts)


def test_a_definition_of_another_thing_gives_a_listed_node_no_alias():
    from tests.extract_cases import build_corpus, node_spellings

    out = build_corpus(
        "Recent work in Spectral Fields (SFs) builds on Neural Radiance Fields (NeRF) to render scenes.",
        "We propose a deep persistent memory network (MemNet) for denoising. MemNet beats Memory Networks.",
        "Neural Radiance Fields (NeRFs) render novel views. NeRF training is slow.",
        "Memory networks (MemNNs) answer questions. We compare MemNNs with LSTMs.",
    )
    spellings = node_spellings(out)
    nerf = next(v for k, v in spellings.items() if "NeRF" in v)
    memory = next(v for k, v in spellings.items() if "MemNN" in v or "MemNNs" in v)
    assert "Spectral Fields" not in nerf and "SFs" not in nerf
    assert "MemNet" not in memory
    assert {"Neural Radiance Fields", "NeRF"} <= nerf  # the list's own spellings stay


def test_a_platform_whose_name_with_a_data_noun_is_one_public_dataset():
    from tests.extract_cases import entity_types

    assert "dataset" in entity_types("We evaluate the recommender on the Netflix dataset of movie ratings.").values()


def test_a_misspelt_long_form_of_a_listed_node_stays_its_alias():
    from paperkg.extract.canonical import _definition_spellings
    from paperkg.extract.corpus import long_form_words
    from paperkg.extract.records import Mention
    from paperkg.extract.resolve import LocalEntity
    from paperkg.extract.text import variant_key

    e = LocalEntity("Neural Radiance Fields", "method", "uses", [], None, [Mention("x", 0, 1, 0, "abbreviation")],
                    long_form="Neural Radience Fields", short_forms=["NRFs"])
    forms = {variant_key(f) for f in ("Neural Radiance Fields", "NeRF")}
    words = [long_form_words("Neural Radiance Fields")]
    assert variant_key("Neural Radience Fields") in _definition_spellings(e, forms, True, words)
    other = LocalEntity("Neural Radiance Fields", "method", "uses", [], None, [], long_form="Neural Fields",
                        short_forms=["NFs"])
    assert _definition_spellings(other, forms, True, words) == set()
