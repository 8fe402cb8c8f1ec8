"""Parts of session 21 (issue 10): a defined long form no head word types (extract/recall_rules.py, section
"session 21"). Sentences written for these tests (invented), not taken from any gold file or corpus abstract; the
end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL21).
"""

from __future__ import annotations

from extract_cases import entity_types as _entities  # tests/extract_cases.py

from paperkg.extract.recall_rules import defined_technique_type

PROPOSED = ("Cross-lingual transfer is hard for rare scripts. We address it by introducing Contextual Demonstration "
            "Transfer (CDT). The idea works on ten languages.")


def test_a_capitalised_definition_the_paper_introduces_is_a_method():
    assert _entities(PROPOSED).get("Contextual Demonstration Transfer") == "method"


def test_the_proposed_definition_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL21", "proposed-definition")
    assert "Contextual Demonstration Transfer" not in _entities(PROPOSED)


def test_cues_that_name_no_technique():
    # the proposal verb's object, capitalised: a method
    assert defined_technique_type("Ranked Echo Mixing", ["REM"], True, []) == "method"
    assert defined_technique_type("Ranked Echo Mixing", ["REM"], False, ["we solve it by introducing the "]) == "method"
    # no proposal cue
    assert defined_technique_type("Ranked Echo Mixing", ["REM"], False, ["results of the "]) is None
    # a problem or a condition the paper introduces
    assert defined_technique_type("Triangle Dense Subgraph Problem", ["TDSP"], True, []) is None
    assert defined_technique_type("Smooth Margin Condition", ["SMC"], True, []) is None
    # a lower-case long form after the verb: the weaker cue is not enough
    assert defined_technique_type("triangle dense subgraph", ["TDS"], True, []) is None
    # a generic acronym ("Machine Learning (ML)") is a field, not the paper's technique
    assert defined_technique_type("Machine Learning", ["ML"], True, []) is None


def test_definitions_that_name_a_problem_a_resource_or_a_longer_name():
    # a noun after the bracket: the long form is the modifier of a longer name or of a problem
    assert defined_technique_type("Ranked Echo Mixing", ["REM"], True, ["we propose "], [") attention, which"]) is None
    assert defined_technique_type("Online Echo Ranking", ["OER"], True, ["we introduce the "], [") problem, where"]) is None
    # an appositive that says what it is
    assert defined_technique_type("Echo Ranking Suite", ["ERS"], True, ["we present "], ["), a new evaluation suite"]) is None
    assert defined_technique_type("Mean Echo Agreement", ["MEA"], True, ["we propose the "], ["), which is a summary measure"]) is None
    # the verb's gap says what it is
    assert defined_technique_type("Echo-to-Text", ["E2T"], True, ["We present a new dataset “"], [")” that holds"]) is None
    # a clause word or punctuation after the bracket: the definition stands alone
    assert defined_technique_type("Ranked Echo Mixing", ["REM"], True, ["we propose "], [") for sparse echoes"]) == "method"
    assert defined_technique_type("Ranked Echo Mixing", ["REM"], True, ["we propose "], ["), a novel mixing unit"]) == "method"
