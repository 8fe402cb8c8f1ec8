"""Issue 10, session 14: node precision rules (types and not-names), on invented sentences."""

from __future__ import annotations

from paperkg.extract import junk, self_typing
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _types(abstract: str, title: str | None = None) -> dict[str, str]:
    [paper] = extract_papers([Paper("p0", title, abstract)])
    return {e.name: e.type for e in paper.entities}


def _spans(text: str, name: str, field: str = "abstract"):
    start = text.index(name)
    return [(field, start, start + len(name))], {field: text}


# -- a name the paper says is a task -------------------------------------------------------------------------
def test_a_name_given_to_a_new_task_is_a_task():
    text = "We name this new task Sketch Caption Ranking and release two test suites for it."
    spans, texts = _spans(text, "Sketch Caption Ranking")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "task"
    text = "We study a novel problem called Pareto Menu Design, where a planner must pick dishes."
    spans, texts = _spans(text, "Pareto Menu Design")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "task"
    text = "To this end we introduce a new task, Ordered Scene Recall, in which agents must recall objects."
    spans, texts = _spans(text, "Ordered Scene Recall")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "task"


def test_a_method_named_near_a_task_word_stays_a_method():
    text = "On this task, Pareto Menu Design beats every baseline we tried."
    spans, texts = _spans(text, "Pareto Menu Design")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "method"
    text = "With a few examples from a new task, Sketch Ranker Net can adapt its modules."
    spans, texts = _spans(text, "Sketch Ranker Net")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "method"
    text = "For the task we call ranking, Sketch Ranker Net wins."
    spans, texts = _spans(text, "Sketch Ranker Net")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "method"


def test_our_proposed_method_before_a_name_makes_it_a_method():
    text = "Our proposed method, deeply fused contour detection (DFCD), learns edges at several scales."
    spans, texts = _spans(text, "deeply fused contour detection")
    assert self_typing.stated_type("task", spans, texts) == "method"
    # a task named after "the task," stays a task
    text = "We focus on the task, deeply fused contour detection (DFCD), at several scales."
    spans, texts = _spans(text, "deeply fused contour detection")
    assert self_typing.stated_type("task", spans, texts) == "task"


# -- data the appositive says is data ------------------------------------------------------------------------
def test_a_bracket_or_a_participle_in_a_data_appositive():
    text = "We describe Q7L, a trilingual (Basque-Welsh-Irish) parallel corpus annotated for idioms."
    spans, texts = _spans(text, "Q7L")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "dataset"
    text = "We present Orvalex, a bilingual valency lexicon built from court records."
    spans, texts = _spans(text, "Orvalex")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "dataset"
    text = "We release Tamboril, a new treebank of spoken Ladino."
    spans, texts = _spans(text, "Tamboril")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "dataset"


def test_a_method_appositive_with_a_corpus_later_stays_a_method():
    text = "Cell Quantisation, a dictionary based hashing method, is a leading technique."
    spans, texts = _spans(text, "Cell Quantisation")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "method"
    text = "We propose Orvalex, a parser trained on a large corpus of court records."
    spans, texts = _spans(text, "Orvalex")
    assert self_typing.stated_data_or_metric("method", spans, texts) == "method"


def test_a_project_named_in_an_appositive_or_after_project_is_no_method():
    text = "KORVA (Kernel Oriented Russian Valency Atlas), a project started in 2015, aims at a thesaurus."
    spans, texts = _spans(text, "KORVA")
    assert junk.project_reason("KORVA", spans, texts)
    text = "We present the project \u201cSignaLux\u201d, which builds tools for sign writing."
    spans, texts = _spans(text, "SignaLux")
    assert junk.project_reason("SignaLux", spans, texts)
    text = "We present SignaLux, a method for sign writing built in a large project."
    spans, texts = _spans(text, "SignaLux")
    assert not junk.project_reason("SignaLux", spans, texts)


# -- not names ----------------------------------------------------------------------------------------------
def test_a_title_clause_about_another_name_is_no_name():
    for name in ("Parsing with Multilingual RoBERTa", "Word Alignment in OPUS-MT", "Implicit Regularisation in Adam-SGD",
                 "Temporal Annotation Using TimeBankPT"):
        assert junk.title_clause_reason(name), name
    for name in ("Render for CNN", "Shading Annotations in the Wild", "Learning with Noisy Labels", "Transformer in Transformer",
                 "Network In Network", "Gumbel Attention for Sense Induction"):
        assert not junk.title_clause_reason(name), name


def test_a_gerund_before_another_name_is_no_name():
    assert junk.title_clause_reason("Annotating EUROPARL")
    assert junk.title_clause_reason("Revisiting ResNet-50")
    title = "Revisiting ResNet-50 for Small Images"
    assert junk.title_clause_reason("Revisiting ResNet-50", [("title", 0, 20)], {"title": title})
    text = "We propose to use Leaking GAN, a GAN-based architecture for vessel segmentation."
    spans, texts = _spans(text, "Leaking GAN")
    assert not junk.title_clause_reason("Leaking GAN", spans, texts)
    for name in ("Boosting R-CNN", "Matching BERT", "Tracking Anything", "Embedding LSTM", "Parsing R-CNN"):
        assert not junk.title_clause_reason(name), name


def test_a_modifier_ending_in_based_is_no_name():
    for name in ("Common Crawl-based", "Transformer-Based", "knowledge-aware", "Graph-driven", "Common Crawl-based corpus"):
        assert junk.modifier_end_reason(name), name
    for name in ("Model-Based RL", "BASED", "Graph-Aware Network", "Reasoning through Action-free Data"):
        assert not junk.modifier_end_reason(name), name


def test_two_names_joined_by_plus_are_no_name():
    for name in ("IR+DL", "BiLSTM+CRF", "ResNet + FPN"):
        assert junk.plus_joined_reason(name), name
    for name in ("HumanEval+", "C++", "MMLU-Pro+", "A+", "Pascal3D+ Car"):
        assert not junk.plus_joined_reason(name), name
    text = "A CNN+RNN model supports many designs, and we denote our algorithm as McSplit+LL in the tables."
    assert not junk.plus_joined_reason("QR+LM", *_spans("We use query rewriting with language models (QR+LM) here.", "QR+LM"))
    spans, texts = _spans(text, "CNN+RNN")
    assert junk.plus_joined_reason("CNN+RNN", spans, texts)
    spans, texts = _spans(text, "McSplit+LL")
    assert not junk.plus_joined_reason("McSplit+LL", spans, texts)


def test_a_quote_inside_a_name_is_a_cut_span():
    assert junk.quote_reason('temporal context alignment" loss')
    assert junk.quote_reason('\u201cNever Say Never\u201d')
    for name in ("Hochreiter's LSTM", '"GEB+', '"Double-DIP"'):
        assert not junk.quote_reason(name), name


def test_not_names_leave_the_graph_end_to_end():
    types = _types("We compare IR+DL pipelines with others on the Common Crawl-based corpus and find gains.")
    assert "IR+DL" not in types and not any(n.startswith("Common Crawl-based") for n in types)


# -- versions apart --------------------------------------------------------------------------------------------
def test_a_bare_series_name_is_not_an_alias_of_one_edition():
    [paper] = extract_papers([Paper("p0", "TerraSum 2021 Overview",
                                    "We give an overview of the TerraSum 2021 workshop. TerraSum is a community-driven "
                                    "initiative that provides data sets for summarisation.")])
    for e in paper.entities:
        if "2021" in e.name:
            assert "TerraSum" not in e.aliases
    [paper] = extract_papers([Paper("p0", "KolloCorp Corpus 2.0: Adding Lemmas",
                                    "The KolloCorp corpus is a tagged corpus of chat data. We extend the corpus with lemmas.")])
    assert not any("2.0" in e.name and "KolloCorp" in e.aliases for e in paper.entities)


def test_an_initiative_the_paper_calls_so_is_no_method():
    text = "TerraSum is a community-driven initiative that provides data sets."
    spans, texts = _spans(text, "TerraSum")
    assert junk.project_reason("TerraSum", spans, texts)


# -- an established name's coiners stay together -----------------------------------------------------------
def _year_papers(*papers: tuple[str, str, int]):
    return extract_papers([Paper(f"p{i}", t, a, year=y) for i, (t, a, y) in enumerate(papers)])


def test_an_established_name_that_later_papers_propose_again_stays_one_node():
    bare = [(f"Transport study {i}", f"We compute couplings with the Tremblor algorithm on dataset {i} of shapes and "
             f"report distances of kind {i}.", 2015 + i % 5) for i in range(12)]
    coiners = [
        ("Tremblor: Entropic Matching for Point Clouds",
         "We propose Tremblor, a matching algorithm that aligns point clouds by entropic couplings.", 2018),
        ("Tremblor: Fast Spectral Clustering of Citation Graphs",
         "We introduce Tremblor, a clustering method for bibliometric citation networks of journals.", 2021),
    ]
    papers = _year_papers(*coiners, *bare)
    ids = {e.id for p in papers for e in p.entities if e.name.lower() == "tremblor"}
    assert len(ids) == 1, ids


def test_a_coined_name_with_few_bare_uses_is_still_partitioned():
    from paperkg.extract.canonical import _established
    assert _established(16, 4)
    assert not _established(2, 3) and not _established(9, 2) and not _established(12, 7)


def test_a_name_given_as_an_example_of_libraries_is_software():
    text = "Our interface integrates with popular MARL libraries (e.g., PettingZooX) and simulators."
    spans, texts = _spans(text, "PettingZooX")
    assert junk.software_reason("PettingZooX", spans, texts)
    text = "We compare against the libraries of the past, e.g., PettingZooX wins."
    spans, texts = _spans(text, "PettingZooX")
    assert not junk.software_reason("PettingZooX", spans, texts)
