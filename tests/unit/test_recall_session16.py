"""Decisions of session 16 (issue 10, extract/recall_rules.py), found by reading every error of the study sets
(dev3-dev6, held-out 1). Sentences written for these tests (invented), not taken from any gold file; each
end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL16).
"""

from __future__ import annotations

from paperkg.extract import recall_rules
from extract_cases import entity_types as _entities  # tests/extract_cases.py

# --- a listed technique written as a family: "data augmentation methods" ----------------------------------------

# (session 41: the technique was "data augmentation" until precision51 made that research-area name no entity; the
# same decisions hold for another listed technique)
FAMILY = ("Crop yield forecasts suffer from scarce labels. Existing knowledge distillation methods and federated learning "
          "algorithms help little here, so we propose a soil-aware sampler.")
NAMED = ("We train a logistic regression classifier on soil features and apply knowledge distillation to the images; "
         "knowledge distillation halves the model size.")


def test_a_listed_technique_before_a_plural_class_noun_is_no_entity():
    found = _entities(FAMILY)
    assert "Knowledge Distillation" not in found and "Federated Learning" not in found


def test_the_technique_used_by_itself_is_kept():
    assert _entities(NAMED).get("Knowledge Distillation") == "method"  # one mention not before a class noun keeps it


def test_it_fails_with_the_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL16", "class-use")
    assert _entities(FAMILY).get("Knowledge Distillation") == "method"
    assert _entities(FAMILY).get("Federated Learning") == "method"


def _class_use(text: str, name: str, sources=("gazetteer:x",)) -> bool:
    s = text.index(name)
    return recall_rules.class_use([("abstract", s, s + len(name))], list(sources), {"abstract": text})


def test_what_is_no_class_use():
    assert _class_use("we use data augmentation techniques to", "data augmentation")
    assert _class_use("a novel multi-head attention mechanism", "multi-head attention")
    assert not _class_use("the expectation maximization algorithm converges", "expectation maximization")  # singular
    assert not _class_use("we run a simulated annealing scheme on", "simulated annealing")  # singular: the one used
    assert not _class_use("several word2vec models are trained", "word2vec")  # a digit: a name's shape
    assert not _class_use("several Data Augmentation methods are", "Data Augmentation")  # capitalised in the text
    assert not _class_use("data augmentation methods", "data augmentation", ("gazetteer:x", "rule:named-lower"))  # a rule found it too
