"""Session 20 (issue 10, node precision): invented sentences and names, each rule test failing on START."""

import pytest

from paperkg.extract.junk import at_sign_team_reason, label_shape_reason
from paperkg.extract.lexicon import non_entity_kind
from paperkg.extract.rules import year_named_spans
from extract_cases import entity_types  # tests/extract_cases.py


@pytest.mark.parametrize("name", [
    "QuuxTeam@FooEval-2021", "Quux Lab @FooEval 2021", "QX@FooEval’21", "QX@FooEval-3", "QX@Foo4Bar",
    "QX@FooEval Shared Task", "QX@SemEval",
])
def test_a_team_glued_to_its_campaign_by_at(name):
    assert at_sign_team_reason(name)


@pytest.mark.parametrize("name", ["Pic@Point", "OIE@OIA", "Hits@10", "mAP@0.5", "R@K", "@QUUX", "Quux123@10fps"])
def test_names_and_metrics_with_an_at_sign_stay(name):
    assert at_sign_team_reason(name) is None


def test_a_title_team_glued_by_at_is_no_entity():
    found = entity_types("We describe our stacked encoder for claim spotting and its error analysis.",
                         title="QuuxTeam@FooEval-2021: Stacked Encoders for Claim Spotting")
    assert not any("@" in name for name in found)


def _year_spans(text):
    return [text[s:e] for s, e, _, _ in year_named_spans(text)]


def test_a_workshop_year_is_an_event_not_a_benchmark():
    assert _year_spans("Our regressor ranked third at WASSA 2019 among all teams.") == []
    assert _year_spans("We took part in FigLang 2021 with a stacked model.") == []


def test_a_workshop_year_with_a_campaign_word_is_still_a_benchmark():
    assert _year_spans("We took part in the WASSA 2019 Shared Task on emotion.") == ["WASSA 2019 Shared Task"]
    assert _year_spans("We took part in SemEval 2019 with a stacked model.") == ["SemEval 2019"]


def test_a_workshop_acronym_alone_is_no_method():
    found = entity_types("Our regressor ranked third at WASSA 2019. The WASSA organisers released the scores.")
    assert "WASSA" not in found and "WASSA 2019" not in found
    found = entity_types("This note describes our regressor for WASSA-2019. At WASSA-2019 it ranked third.")
    assert not any(name.startswith("WASSA") for name in found)


@pytest.mark.parametrize("name,kind", [
    ("MapReduce", "software"), ("KonText", "software"), ("TEITOK", "software"), ("Region of Interests", "notion"),
    ("Lipschitz", "adjective"), ("E-Commerce", "topic"), ("eCommerce", "topic"), ("Gold Standards", "notion"), ("Computational Linguistics", "topic"),
    ("Graphical User Interface", "software"), ("Resource Description Framework", "standard"), ("TimeML", "standard"),
    ("Unmanned Aerial Vehicles", "hardware"), ("Light Field", "sensor"), ("Out Of Vocabulary", "notion"),
])
def test_session20_non_entities(name, kind):
    assert non_entity_kind(name) == kind


def test_a_programming_model_is_no_method():
    found = entity_types("We shard the graph with MapReduce and run QuuxRank on each shard of the cluster.")
    assert "MapReduce" not in found


@pytest.mark.parametrize("name", ["SharedTask", "Shared-Task", "German-L1", "English-L2", "B-Person", "I-LOC"])
def test_label_shapes_name_nothing(name):
    assert label_shape_reason(name)


@pytest.mark.parametrize("name", ["I-JEPA", "E-BERT", "S-Net", "Focal-L1", "L1-L2", "Shared Encoder"])
def test_label_shape_guards(name):
    assert label_shape_reason(name) is None
