"""Parts of session 17 (issue 10, extract/recall_rules.py), found by reading dev9's first-sight errors with
dev3-dev8's. Sentences written for these tests (invented), not taken from any gold file or corpus abstract; each
end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL17).
"""

from __future__ import annotations

from paperkg.extract import recall_rules
from paperkg.extract.lexicon import APPOSITIVE_TYPE
from extract_cases import entity_types as _entities  # tests/extract_cases.py

# --- appositive-head: the kind is the phrase's head, not its first type word ------------------------------------

HEAD = ("Serving quantised models on phones is slow. Our kernels run three times faster than TinyServe, the "
        "leading on-device LLM serving framework, on four handsets.")


def test_the_appositive_types_by_its_head():
    assert _entities(HEAD).get("TinyServe") == "method"


def test_it_fails_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL17", "appositive-head")
    assert _entities(HEAD).get("TinyServe") == "model"


def _head(text: str, first: str) -> str | None:
    return recall_rules.appositive_head(text, text.index(first) + len(first), APPOSITIVE_TYPE)


def test_where_the_head_is_further_on():
    assert _head(", a dataset distillation method for", "dataset") == "method"
    assert _head(", an LLM inference framework.", "LLM") == "framework"
    assert _head(", a large language model benchmark with", "model") == "benchmark"
    assert _head(", a benchmark dataset of", "benchmark") is None  # one class: what the abstract calls a benchmark stays one
    assert _head(", a dataset of model outputs", "dataset") is None  # a preposition ends the phrase
    assert _head(", a benchmark covering model families", "benchmark") is None  # a verb form ends it
    assert _head(", a model, framework", "model") is None  # punctuation ends it
    assert _head(", a model trained on", "model") is None


# --- kind-acronym-variant: "an Exemplar SVM" ---------------------------------------------------------------------

VARIANT = ("Leaf diseases are rare in our orchards. We train a Transductive SVM on the unlabelled leaves and compare "
           "it with a plain SVM and with Long Short-Term Memory LSTM taggers.")


def test_a_capitalised_word_before_a_kind_acronym_names_a_variant():
    found = _entities(VARIANT)
    assert found.get("Transductive SVM") == "method"
    assert "Long Short-Term Memory LSTM" not in found  # the words spell the acronym: a long form, not a variant


def test_it_fails_with_the_variant_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL17", "kind-acronym-variant")
    assert "Transductive SVM" not in _entities(VARIANT)


def test_what_is_no_variant():
    spans = lambda t: {t[s:e] for s, e, _, _ in recall_rules.kind_acronym_variant_spans(t)}  # noqa: E731
    assert spans("we fit a Ranking SVM and a Wasserstein GAN") == {"Ranking SVM", "Wasserstein GAN"}
    assert spans("we fit a Deep CNN and a Linear SVM") == set()  # descriptive modifiers
    assert spans("for the English LSTM tagger") == set()  # a language
    assert spans("using Convolutional Neural Networks CNNs here") == set()  # plural words: a long form
    assert spans("Ranking SVM is fast") == set()  # a sentence start says nothing


# --- numbered-data-name: "the MIT Scene 67 benchmark" ------------------------------------------------------------

NUMBERED = ("We classify indoor scenes with part detectors. On the Harbor Scenes 42 benchmark our detector beats "
            "all baselines, as Table 3 shows.")


def test_a_capitalised_run_ending_in_a_number_before_a_data_noun_is_a_data_name():
    assert _entities(NUMBERED).get("Harbor Scenes 42") == "benchmark"


def test_it_fails_with_the_numbered_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL17", "numbered-data-name")
    assert "Harbor Scenes 42" not in _entities(NUMBERED)


def test_what_is_no_numbered_data_name():
    spans = lambda t: {t[s:e] for s, e, _, _ in recall_rules.numbered_data_spans(t)}  # noqa: E731
    assert spans("on the Caltech 256 dataset and") == {"Caltech 256"}
    assert spans("shown in Table 2 dataset statistics") == set()
    assert spans("in Phase 1 dataset collection") == set()
    assert spans("The 3 datasets") == set()


def test_numbered_names_broken_or_counted_are_left_alone():
    spans = lambda t: {t[s:e] for s, e, _, _ in recall_rules.numbered_data_spans(t)}  # noqa: E731
    assert spans("on the CIFAR- 10 dataset") == set()  # a word broken at a line end
    assert spans("on the NYUv2 303 dataset") == set()  # a count after a name


def test_an_evaluation_method_stays_a_benchmark():
    assert _head(", a practical evaluation method for", "evaluation") is None
    assert _head(", an LLM evaluation framework", "LLM") is None


def test_a_model_head_and_described_variants_are_left_alone():
    assert _head(", a graph neural network model for", "network") is None  # a proposed architecture: a method
    spans = lambda t: {t[s:e] for s, e, _, _ in recall_rules.kind_acronym_variant_spans(t)}  # noqa: E731
    assert spans("we fit a Gaussian HMM and a Transformer-based VAE") == set()
