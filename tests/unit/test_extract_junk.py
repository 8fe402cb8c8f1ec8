"""Not-entity rules of extract/junk.py: teams, software, citation keys, markup, spelt-out fragments, metric and
task shapes. Sentences written for these tests (invented names), not taken from the gold files or the corpus."""

from __future__ import annotations

import pytest

from paperkg.extract import junk
from extract_cases import entity_types as _entities  # tests/extract_cases.py


def _reason(name: str, text: str, field: str = "abstract", long_form: str | None = None) -> str | None:
    start = text.index(name)
    return junk.junk_reason(name, [(field, start, start + len(name))], {field: text}, long_form=long_form)


@pytest.mark.parametrize("title", [
    "QuokkaNLP at SemEval-2023 Task 7: Stacked Encoders for Claim Checking",
    "Team BlueHeron at WNUT 2021: Tweet Normalisation",
    "ZRK-Lab at CLEF 2022 CheckThat!: Lexical Features",
])
def test_title_team_at_a_campaign_is_no_method(title):
    name = title.split(" at ")[0].removeprefix("Team ")
    assert _reason(name, title, "title", None) is not None


def test_team_glued_to_its_campaign_and_called_a_team():
    assert junk.team_reason("OKAPI-UT at MRP 2020", [], {}) is not None
    assert _reason("Sparrowhawk", "The Sparrowhawk team ranked third among 40 teams.") is not None


def test_a_name_at_a_layer_number_is_no_team():
    assert _reason("HydraNet", "We probe HydraNet at Layer 12 and at Stage 3 of training.") is None


@pytest.mark.parametrize("text,name", [
    ("We release Quillo, an open-source toolkit for annotating dialogue.", "Quillo"),
    ("Brannock is a web application that helps lexicographers edit entries.", "Brannock"),
    ("Our experiments use the Plumtree library to parse sentences.", "Plumtree"),
    ("We compare with the tools Vetch and Marrow on three corpora.", "Vetch"),
])
def test_tools_libraries_and_applications_are_no_methods(text, name):
    assert _reason(name, text) is not None


def test_a_method_used_with_a_tool_stays():
    assert _reason("GraphWeave", "GraphWeave, a message-passing network, is implemented as a plugin.") is None
    assert junk.software_reason("Sorting Kit", [], {}, long_form="Sentence Ordering Reference Tool") is not None


def test_citation_keys_latex_and_urls():
    text = "As defined by the committee [KLMN94, page 12], the tilde bound \\tildeO holds."
    assert _reason("KLMN94", text) == "citation key"
    assert _reason("tildeO", text).startswith("markup")
    assert junk.markup_reason("gitlab.com/abc/def", [], {}) is not None
    assert junk.markup_reason("\\emph{gradient descent", [], {}) is not None
    assert _reason("KLMN94", "The KLMN94 network beats the baselines.") is None


def test_spelt_out_fragments_but_not_defined_long_forms():
    assert _reason("MULTiscale", "the MULTiscale fusion") is not None
    assert _reason("Robust", "we propose a Robust and adaPtive Tuning scheme, termed RAPT.") is not None
    name = "Sparse TRansfer AttentioN"
    assert _reason(name, f"We propose {name} (STRAN).", long_form=name) is None


def test_organisations_spelt_out():
    assert junk.organisation_reason("Technical Committee 12") is not None
    assert junk.organisation_reason("Gradient Boosting Machine") is None


@pytest.mark.parametrize("name", ["Rouge-N", "Rogue-L", "ROUGE-SU4", "BLEU-4", "F-Micro", "micro-F1", "Type-II"])
def test_metric_shapes_typed_method_become_metrics(name):
    assert junk.retype("method", name, [], {}) == "metric"
    assert junk.retype("method", "RougeNet", [], {}) == "method"


def test_task_phrasing_retypes_a_method():
    text = "Crowd pose forecasting (CPF) is the task of predicting where people move."
    assert junk.retype("method", "Crowd pose forecasting", [("abstract", 0, 22)], {"abstract": text}) == "task"
    text = "We study the task of lattice route planning in warehouses."
    s = text.index("lattice")
    assert junk.retype("method", "lattice route planning", [("abstract", s, s + 22)], {"abstract": text}) == "task"


def test_pipeline_drops_tools_and_teams_keeps_methods():
    found = _entities(
        "We describe our system for rumour detection. It fine-tunes a TwinGate network, and the "
        "Wendelin toolkit handles tokenisation. Scores follow [Hmm07, p. 3].",
        title="Osprey-NLP at SemEval-2024 Task 2: TwinGate for Rumours",
    )
    assert "TwinGate" in found
    for junk_name in ("Osprey-NLP", "Wendelin", "Hmm07"):
        assert junk_name not in found


def test_pipeline_cleans_latex_in_a_defined_long_form():
    found = _entities("We propose \\textbf{S}parse \\textbf{Q}uery \\textbf{R}outing (SQR) for retrieval.")
    assert "Sparse Query Routing" in found


# -- rules that keep a name whole and typed (rules.py, resolve.type_from_long_form) ---------------------------

def test_title_leading_with_a_phrase_names_nothing():
    from paperkg.extract.rules import title_name
    assert title_name("Taming the Gradient Storm: Stable Training at Scale") is None
    assert title_name("Adam in the Wild: Notes on Optimisers") is None
    assert title_name("FlowKit3: A Flow Model for Weather") is not None


def test_a_verb_is_no_part_of_the_name_before_a_type_noun():
    found = _entities("Comparing GRU-X models for tagging.", title="Comparing GRU-X models for tagging")
    assert "Comparing GRU-X" not in found


def test_a_resource_introduced_before_a_comma_is_data():
    found = _entities("We present a new multilingual recipe corpus, RecipeX12, with 40,000 annotated recipes.")
    assert found.get("RecipeX12") in ("dataset", "benchmark")


def test_both_names_after_called_get_the_type():
    found = _entities("We build two datasets, called BirdSong4K and FrogCall2K, for sound event tagging.")
    assert found.get("BirdSong4K") in ("dataset", "benchmark")
    assert found.get("FrogCall2K") in ("dataset", "benchmark")


def test_long_form_typing_task_phrases_and_modifiers():
    from paperkg.extract.resolve import type_from_long_form
    assert type_from_long_form("crowd pose forecasting", "framework") == "task"
    assert type_from_long_form("lattice route planning", "task") == "task"
    assert type_from_long_form("Iterative Grid Labeling", "architecture") == "method"
    assert type_from_long_form("fixed-width", "update") is None
    assert type_from_long_form("self-distillation", None) == "method"


def test_task_table_rows_naming_a_technique_are_methods():
    from paperkg.extract.gazetteer import load_entries
    by_name = {e.name: e.type for e in load_entries()}
    for name in ("Thompson Sampling", "Gaussian Processes", "Bayesian Optimization", "Variational Inference"):
        assert by_name[name] == "method", name
    for name in ("Image Classification", "Contrastive Learning", "Pose Estimation"):
        assert by_name[name] == "task", name


def test_formats_engines_and_glued_languages():
    assert _reason("KestrelML", "KestrelML: A Search Engine for Molecules", "title") is not None
    assert _reason("QuillTag", "Tokens follow the QuillTag annotation format.") is not None
    assert _reason("QuillTag", "Tokens follow QuillTag guidelines.") is not None
    assert junk.glued_language_reason("GRU Hungarian") is not None
    assert junk.glued_language_reason("Hungarian BERT") is None


def test_metric_and_problem_heads_retype():
    assert junk.retype("method", "Layered Overlap Metric", [], {}) == "metric"
    assert junk.retype("method", "Fluency Score", [], {}) == "metric"
    assert junk.retype("method", "Lattice Packing Problem", [], {}) == "task"
    assert junk.retype("method", "Metric Net", [], {}) == "method"


def test_data_named_in_brackets_or_after_a_long_bracket():
    found = _entities("We build a parallel corpus (Kiswa-EN) of 9,000 sentence pairs. "
                      "We created WaveQA (Weather And Vessel Evaluation Question Answering), a dataset of 500 items.")
    assert found.get("Kiswa-EN") in ("dataset", "benchmark")
    # session 12: "WaveQA (long form)" is a definition, so the node is named by its long form
    assert found.get("Weather And Vessel Evaluation Question Answering") in ("dataset", "benchmark")
