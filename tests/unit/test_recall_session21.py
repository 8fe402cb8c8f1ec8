"""Parts of session 21 (issue 10): a defined long form no head word types (extract/recall_rules.py, section
"session 21"). Sentences written for these tests (invented), not taken from any gold file or corpus abstract; each
end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL21).
"""

from __future__ import annotations

from extract_cases import entity_types as _entities  # tests/extract_cases.py

from paperkg.extract.recall_rules import defined_technique_type

PROPOSED = ("Cross-lingual transfer is hard for rare scripts. We address it by introducing Contextual Demonstration "
            "Transfer (CDT). The idea works on ten languages.")
AFTER_SHORT = ("We study value estimation with many features. We analyse the sparse temporal contrast (STC) learning "
               "algorithm when the features are random, and STC converges fast.")


def test_a_capitalised_definition_the_paper_introduces_is_a_method():
    assert _entities(PROPOSED).get("Contextual Demonstration Transfer") == "method"


def test_the_proposed_definition_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL21", "proposed-definition")
    assert "Contextual Demonstration Transfer" not in _entities(PROPOSED)


def test_a_definition_whose_short_form_a_technique_noun_follows_is_a_method():
    assert _entities(AFTER_SHORT).get("sparse temporal contrast") == "method"


def test_the_technique_after_short_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL21", "technique-after-short")
    assert "sparse temporal contrast" not in _entities(AFTER_SHORT)


def test_cues_that_name_no_technique():
    # a problem or a notion the paper introduces
    assert defined_technique_type("Triangle Dense Subgraph Problem", ["TDSP"], True, [], []) is None
    # a lower-case long form after the verb: the weaker cue is not enough
    assert defined_technique_type("triangle dense subgraph", ["TDS"], True, [], []) is None
    # a generic acronym ("Machine Learning (ML) algorithm") is a field, not the paper's technique
    assert defined_technique_type("machine learning", ["ML"], False, [], [") algorithm is used"]) is None
    # plural after the bracket: a class; a task word between: a method for the task
    assert defined_technique_type("out of range", ["OOR"], False, [], [") methods are many"]) is None
    assert defined_technique_type("out of range", ["OOR"], False, [], [") detection method is"]) is None
    assert defined_technique_type("out of range", ["OOR"], False, [], [") scoring method is"]) == "method"
    assert defined_technique_type("Out Of Range", ["OOR"], False, ["we solve it by introducing "], []) == "method"
