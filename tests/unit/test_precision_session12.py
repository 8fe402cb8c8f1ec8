"""Issue 10, session 12: node precision rules (homonyms, types), on invented sentences."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _papers(*abstracts: str):
    return extract_papers([Paper(f"p{i}", None, a) for i, a in enumerate(abstracts)])


def _entities(abstract: str) -> dict[str, tuple[str, list[str]]]:
    [paper] = _papers(abstract)
    return {e.name: (e.id, e.aliases) for e in paper.entities}


def test_a_short_form_written_before_its_long_form_is_a_definition():
    ents = _entities("We present a solver, called GLIMPS (Greedy Local Integer Matrix Packing Search), for sparse packing.")
    assert "Greedy Local Integer Matrix Packing Search" in ents
    assert "GLIMPS" in ents["Greedy Local Integer Matrix Packing Search"][1]


def test_two_papers_defining_one_coined_name_differently_are_two_nodes():
    a, b = _papers(
        "The proposed algorithm, called TROVE (Truncated Randomised Online Variance Estimator), converges fast.",
        "We propose TROVE (Topic-Rich Ontology for Video Events), a framework for event retrieval in long videos.",
    )
    ids_a = {e.id for e in a.entities if "TROVE" in e.aliases}
    ids_b = {e.id for e in b.entities if "TROVE" in e.aliases}
    assert ids_a and ids_b and not ids_a & ids_b


def test_brackets_after_a_name_that_are_no_definition_stay_apart():
    ents = _entities("We compare with BERT (a strong baseline for all the tasks we consider here) and with XLNet.")
    assert not any("strong baseline" in n for n in ents)
    ents = _entities("We fine-tune ROBERTA (Liu and colleagues) on the new corpus.")
    assert not any("colleagues" in n for n in ents)


def _definitions(text: str) -> list[tuple[str, str]]:
    import spacy
    from paperkg.extract.abbreviations import find_definitions
    return [(l.text, sh.text) for l, sh in find_definitions(spacy.blank("en")(text))]


def test_letters_inside_the_words_of_a_long_form_written_second():
    pairs = _definitions("In this pursuit, we propose SPADE (Sparse Adaptive Decoder) - a scheme for robust decoding.")
    assert ("Sparse Adaptive Decoder", "SPADE") in pairs
    assert _definitions("We fine-tune ROBERTA (Liu and colleagues) and BERT (a strong baseline for all tasks).") == []


def _types(abstract: str) -> dict[str, tuple[str, str]]:
    [paper] = _papers(abstract)
    return {e.name: (e.type, e.role) for e in paper.entities}


def test_an_appositive_after_a_proposed_name_states_a_method():
    types = _types("To cut latency, we propose Speculative Answer Generation (SpecGen), a novel framework that "
                   "drafts answers while the user types.")
    assert types["Speculative Answer Generation"] == ("method", "proposes")
    types = _types("We introduce Salient Region Detection (SaReD), a lightweight method that scores regions.")
    assert types["Salient Region Detection"] == ("method", "proposes")


def test_an_appositive_after_a_proposed_name_states_a_task():
    types = _types("We introduce Visual Dialog Grounding (VDG), a new task in which an agent must point at the "
                   "object under discussion.")
    assert types["Visual Dialog Grounding"][0] == "task"


def test_an_appositive_without_a_proposal_verb_changes_nothing():
    types = _types("Prior work used Speculative Answer Generation (SpecGen), a framework from last year.")
    assert types.get("Speculative Answer Generation", ("task",))[0] == "task"


def test_an_appositive_task_noun_after_a_listed_name_types_it_task():
    types = _types("The robot solves three real tasks: StackCups, a tabletop grasping task, and PourTea.")
    assert types["StackCups"][0] == "task"


def test_a_data_appositive_after_a_defined_name_types_it_data():
    types = _types("We created Ferry Route Question Answering (FeRQA), a dataset of 800 questions about timetables.")
    assert types["Ferry Route Question Answering"][0] == "dataset"


def test_a_name_cut_at_a_letter_outside_ascii_is_dropped():
    names = set(_types("To illustrate the Kantorovič distance we design a new algorithm, the Kantorovič Flow Sampler."))
    assert not any(n.startswith("Kantorovi") and "č" not in n for n in names)
    names = set(_types("实验表明,MergeEC的性能相比其他模型均有提升, and MergeEC is fast."))
    assert "MergeEC" in names


def test_a_capitalised_kind_word_inside_the_appositive_name_is_no_kind():
    types = _types("Building on these findings, we propose R-QSPM, a Reweighting-enhanced Task Subspace Pruning Merge "
                   "method that weights parameters.")
    assert all(t != "task" for t, _ in types.values())
