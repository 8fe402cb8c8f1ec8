"""Recall decisions of session 14 (issue 10, extract/recall_rules.py), found on dev8's misses pooled with those left
on held-out 1 and dev3-dev7. Sentences and names written for these tests (invented), not taken from any gold file;
each end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL14).
"""

from __future__ import annotations

from paperkg.extract import recall_rules
from extract_cases import entity_types as _entities  # tests/extract_cases.py

# --- a lower-case name after a naming cue ----------------------------------------------------------------------

CALLED = ("To speed up training, we propose a simple scheme called staggered gradient pooling, which averages "
          "gradients of neighbouring steps. Experiments show that staggered gradient pooling halves the cost.")
REFER = ("We study noisy labels in speech data. We refer to this approach as confidence-weighted relabeling, and "
         "show that it is robust.")


def test_a_lower_case_name_after_called_is_a_method():
    assert _entities(CALLED).get("staggered gradient pooling") == "method"


def test_a_lower_case_name_after_refer_to_this_approach_as_is_a_method():
    assert _entities(REFER).get("confidence-weighted relabeling") == "method"


def test_both_fail_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL14", "named-lower")
    assert "staggered gradient pooling" not in _entities(CALLED)
    assert "confidence-weighted relabeling" not in _entities(REFER)


def _named(text: str, title: str | None = None) -> list[str]:
    return [text[s:e] for s, e, _, _ in recall_rules.named_lower_spans(text, title)]


def test_what_is_no_lower_case_name():
    assert _named("This leads to a problem called covariate shift in practice.") == []  # no technique noun
    assert _named("we employ two losses called cross-frame and cross-scale consistency to") == []  # coordinated
    assert _named("a new method called adaptive token merging (ATM) for vision") == []  # the abbreviation's
    assert _named("a model called hierarchical sparse Poisson factorization for counts") == []  # a capital goes on
    assert _named("we call these methods as ``greedy solvers'', or") == []  # a class, plural
    assert _named("which we call “drift”. In") == []  # a quoted concept with no technique noun
    assert _named("a method called stacked residual fusion, which", "Stacked Residual Fusion for X") == [
        "stacked residual fusion"]  # the title spelling it is more evidence
    assert _named("a method called feedback-routing shows that") == ["feedback-routing"]  # the verb ends it
    assert _named("an approach, named edge re- weighting, to") == []  # a word broken at a line end
    assert _named("a technique named “token recycling” that") == ["token recycling"]


# --- a generic short form the paper defines as its own thing ------------------------------------------------------

SLM = ("For crowd counting we propose a Similarity Learning Module (SLM) that compares exemplar features. "
       "The SLM is trained end to end.")


def test_a_proposed_capitalised_definition_of_a_generic_acronym_is_a_method():
    assert _entities(SLM).get("Similarity Learning Module") == "method"


def test_it_fails_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL14", "own-generic-acronym")
    assert "Similarity Learning Module" not in _entities(SLM)


def test_generic_senses_stay_out():
    assert "Markov Decision Process" not in _entities("We model the game as a Markov Decision Process (MDP) and solve it.")
    assert "Graphics Processing Units" not in _entities("We propose Graphics Processing Units (GPUs) for the search.")
    assert not recall_rules._spelt_by_initials("Similarity Learning Module", "SM")
    assert recall_rules._spelt_by_initials("Similarity Learning Module", "SLM")


# --- names in brackets after a plural data noun --------------------------------------------------------------------

PAREN = ("We evaluate our tagger on two clinical corpora (MedTagA and ClinNotes7) and report gains over "
         "earlier work.")


def test_names_in_brackets_after_corpora_are_datasets():
    found = _entities(PAREN)
    assert found.get("MedTagA") == "dataset" and found.get("ClinNotes7") == "dataset"


def test_they_are_not_datasets_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL14", "data-paren-list")
    # session 25's data-apposition (precision26) also types names in brackets after a data noun: off as well
    monkeypatch.setenv("PAPERKG_PRECISION26", "data-apposition")
    # session 32's listed-kind (precision35) types a later list item after a plural data noun at the corpus pass: off too
    monkeypatch.setenv("PAPERKG_PRECISION35", "listed-kind")
    # session 36's data-list (types41) retypes shape-typed items of such a list in the paper: off too
    monkeypatch.setenv("PAPERKG_TYPES41", "data-list")
    found = _entities(PAREN)
    assert found.get("MedTagA") != "dataset" and found.get("ClinNotes7") != "dataset"  # name-shaped: methods


def test_citations_languages_and_definitions_in_brackets_are_no_lists():
    spans = lambda t: [t[s:e] for s, e, _, _ in recall_rules.data_paren_list_spans(t)]  # noqa: E731
    assert spans("trained on annotated corpora (Smith and Jones, 2004), which") == []
    assert spans("we compile three corpora (Basque, Welsh and Irish) for") == []
    assert spans("in text corpora (Term Mining or TM) is") == []
    assert spans("on two treebanks (NorTB and PolTB-2) we") == ["NorTB", "PolTB-2"]
