"""Unit tests of each extraction component on spacy.blank("en"): no model, no network."""

import pytest
import spacy

from paperkg.extract.abbreviations import best_long_form, find_definitions
from paperkg.extract.pipeline import build_nlp
from paperkg.extract.rules import find_rule_spans, looks_named
from paperkg.extract.text import normalise_surface, slug
from paperkg.extract.urls import find_urls


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def pairs(nlp, text):
    return [(lf.text, sf.text) for lf, sf in find_definitions(nlp(text))]


def test_abbreviation_definitions(nlp):
    text = ("We compare against proximal policy optimization (PPO) and Direct Preference Optimization (DPO; "
            "Rafailov et al.). Decoding by contrasting layers (DoLa) helps (e.g., sometimes).")
    assert pairs(nlp, text) == [
        ("proximal policy optimization", "PPO"),
        ("Direct Preference Optimization", "DPO"),
        ("Decoding by contrasting layers", "DoLa"),
    ]


def test_abbreviation_rejects_enumerations_and_lowercase(nlp):
    assert pairs(nlp, "It works in three steps (i) read (ii) write and it is fast (hallucinated) too.") == []


def test_abbreviation_uses_include_plurals(nlp):
    doc = nlp("Reward models (RMs) are trained. Two RMs and one RM disagree.")
    assert [s.text for s in doc.spans["abbrev_use"]] == ["RMs", "RM"]


def test_schwartz_hearst_core():
    window = "we propose a novel Multi-Objective Reward learning method"
    start = best_long_form("MORE", window)
    assert window[start:] == "Multi-Objective Reward learning method"
    assert best_long_form("XYZ", "nothing matches here") is None


def test_gazetteer_case_rules(nlp):
    doc = nlp("We fine-tune BERT and bert-like encoders with direct preference optimization on MT-Bench.")
    found = {(s.text, s.label_) for s in doc.spans["gazetteer"]}
    assert ("BERT", "model") in found
    assert not any(t == "bert" for t, _ in found)
    assert ("direct preference optimization", "method") in found
    assert ("MT-Bench", "benchmark") in found


def test_rules_model_variants_and_shapes():
    text = "We evaluate Mistral-7B-Instruct-v0.2, LLaMA 3 8B Instruct and Foo-13B on GSM8K-Hard and VStream-QA."
    found = {(text[s:e], t, r) for s, e, t, r in find_rule_spans(text)}
    assert ("Mistral-7B-Instruct-v0.2", "model", "rule:model-variant") in found
    assert ("LLaMA 3 8B Instruct", "model", "rule:model-variant") in found
    assert ("Foo-13B", "model", "rule:model-size") in found
    assert ("VStream-QA", "benchmark", "rule:benchmark-shape") in found


def test_rules_proposal_and_appositive():
    text = "In this paper, we propose ZipTune, a novel framework for alignment. We release the PRISM dataset."
    found = {(text[s:e], t, r) for s, e, t, r in find_rule_spans(text)}
    assert ("ZipTune", "method", "rule:appositive") in found
    assert ("ZipTune", "unknown", "rule:proposal") in found
    assert ("PRISM", "dataset", "rule:followed-by-type") in found


def test_looks_named():
    for word in ("GSM8K", "DoLa", "MT-Bench", "HumanEval+", "Llama-2-7B"):
        assert looks_named(word), word
    for word in ("LLMs", "7B", "Spatio-Temporal", "KL-regularized", "the", "AI"):
        assert not looks_named(word), word


def test_urls_including_scheme_less():
    text = "Code: https://github.com/a/b. Data at //haf-rm.github.io and www.example.org/x, see (https://aka.ms/v)."
    assert find_urls(text) == ["https://github.com/a/b", "//haf-rm.github.io", "www.example.org/x", "https://aka.ms/v"]


def test_normalise_and_slug():
    assert normalise_surface("MT-Bench") == normalise_surface("mt bench") == normalise_surface("MT Bench benchmark")
    assert normalise_surface("HumanEval+") != normalise_surface("HumanEval")
    assert slug("Direct Preference Optimization") == "direct-preference-optimization"
    assert slug("HumanEval+") == "humaneval-plus"


def test_sentences_match_spacys_sentencizer(nlp):
    text = ('We propose X (see Sec. 2). It works! Does it? Yes: "it does." Then e.g. this one... and '
            "another (final).")
    ours = [s.text for s in nlp(text).sents]
    ref = spacy.blank("en")
    ref.add_pipe("sentencizer")
    assert ours == [s.text for s in ref(text).sents]
    assert len(ours) > 3


def test_pipeline_is_blank_english(nlp):
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["paperkg_sentences", "paperkg_abbreviations", "paperkg_gazetteer", "paperkg_context_rules"]
    assert not spacy.util.is_package("en_core_web_sm") or True  # nothing trained is loaded either way
    assert all(not getattr(p, "model", None) for _, p in nlp.pipeline)


def test_title_lead_name_and_links_are_not_names():
    from paperkg.extract.rules import title_name

    title = "MVHM: A Large-Scale Multi-View Hand Mesh Benchmark"
    start, end = title_name(title)
    assert title[start:end] == "MVHM"
    assert title_name("Towards Better Alignment: A Study") is None
    text = "We release ENIGMA-51 at iplab.dmi.unict.it/ENIGMA-51 and we propose FooNet at https://x.org/FooNet."
    found = [text[s:e] for s, e, _, _ in find_rule_spans(text)]
    assert "FooNet" in found and not any("/" in f for f in found)


def test_titles_flag_the_proposed_name():
    from paperkg.extract.pipeline import extract_papers
    from paperkg.extract.records import Paper

    [paper] = extract_papers([Paper("t", "StyleBabel: A Dataset for Art Tagging", "StyleBabel pairs 135K artworks with captions.")])
    [entity] = [e for e in paper.entities if e.name == "StyleBabel"]
    assert entity.role == "proposes" and entity.type == "dataset"
    assert {m.field for m in entity.mentions} == {"title", "abstract"}


def test_long_form_typing_ignores_generic_tails_and_phrases():
    from paperkg.extract.resolve import type_from_long_form

    assert type_from_long_form("Decoding-time Alignment of LLMs", None) == "method"
    assert type_from_long_form("large language models", None) is None
    assert type_from_long_form("differentially private", None) is None
    assert type_from_long_form("Multi-View Hand Mesh", "benchmark") == "benchmark"
    assert type_from_long_form("attack success rate", None) == "metric"


def test_first_word_of_a_name_alone_is_the_same_entity():
    from paperkg.extract.pipeline import extract_papers
    from paperkg.extract.records import Paper

    [paper] = extract_papers([Paper("s", None, "We introduce SparQ Attention, a technique. SparQ is fast.")])
    names = [e.name for e in paper.entities]
    assert names == ["SparQ Attention"]
    assert paper.entities[0].aliases == ["SparQ"]


def test_a_listed_name_does_not_become_an_alias_of_a_longer_one():
    from paperkg.extract.pipeline import extract_papers
    from paperkg.extract.records import Paper

    [paper] = extract_papers([Paper("i", None, "We report ImageNet Top-1 Accuracy. ImageNet is large.")])
    by_name = {e.name: e for e in paper.entities}
    assert "ImageNet" in by_name and by_name["ImageNet"].type == "dataset"
    assert all("ImageNet" not in e.aliases for e in paper.entities)
