"""Part of session 25 (issue 10), ``PAPERKG_RECALL26`` ``defined-head`` (extract/recall26.py): a lower-case long form
defined with a short form spelt by its initials, whose last word is a technique or architecture head, is a method
even when the paper only uses it; classes of generic words stay untyped. Sentences written for these tests
(invented), not taken from any gold file or corpus abstract; the end-to-end cases fail with the part switched off.
The name tagger is switched off here, so that only the rule is read.
"""

from __future__ import annotations

import pytest
from extract_cases import entity_types as _entities  # tests/extract_cases.py

from paperkg.extract.recall26 import RECALL_RULES26, defined_head_type

NETWORK = "Our denoiser builds on a lattice routing network (LRN), which we apply to sonar images of the seabed."
LOGIC = "Rules are written in weighted ranking logic (WRL) and grounded over the scene graph of each frame."
PROCESS = "Topics are drawn from a nested tulip branching process (nTBP) before words are generated."


@pytest.fixture(autouse=True)
def _no_tagger(monkeypatch):
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")


@pytest.mark.parametrize("text, name", [(NETWORK, "lattice routing network"), (LOGIC, "weighted ranking logic"),
                                        (PROCESS, "nested tulip branching process")])
def test_a_defined_lower_case_technique_is_a_method(text, name):
    assert _entities(text).get(name) == "method", _entities(text)


@pytest.mark.parametrize("text, name", [(NETWORK, "lattice routing network"), (LOGIC, "weighted ranking logic"),
                                        (PROCESS, "nested tulip branching process")])
def test_the_defined_head_part_off(monkeypatch, text, name):
    monkeypatch.setenv("PAPERKG_RECALL26", "defined-head")
    assert name not in _entities(text)
    monkeypatch.setenv("PAPERKG_RECALL26", "off")
    assert name not in _entities(text)


def test_the_part_names():
    assert RECALL_RULES26 == ("defined-head",)


def test_heads_and_spelling():
    assert defined_head_type("lattice routing network", ["LRN"]) == "method"
    assert defined_head_type("coupled generative adversarial networks", ["CoGAN"]) == "method"  # C-G-A-N
    assert defined_head_type("lattice routing networks", ["LRNs"]) == "method"  # plural short form
    assert defined_head_type("non-local mixing network", ["NLMN"]) == "method"  # hyphen parts are words
    assert defined_head_type("lattice routing network", ["LR"]) is None  # not its initials
    assert defined_head_type("lattice routing segmentation", ["LRS"]) is None  # a task head
    assert defined_head_type("speech recognition system", ["SRS"]) is None  # "system" is no head here
    assert defined_head_type("Lattice Routing Network", ["LRN"]) is None  # capitalised: other rules decide
    assert defined_head_type("lattice routing network", []) is None


def test_classes_stay_untyped():
    assert defined_head_type("deep neural networks", ["DNNs"]) is None  # generic words only
    assert defined_head_type("large language models", ["LLMs"]) is None
    assert defined_head_type("vision-language models", ["VLMs"]) is None
    assert defined_head_type("reward model", ["RM"]) is None
    assert defined_head_type("latent variable model", ["LVM"]) is None  # a model with one word of its own
    assert defined_head_type("active shading model", ["ASM"]) == "method"  # two words of its own: a name


def test_classes_end_to_end():
    text = "We train deep neural networks (DNNs) and large language models (LLMs) on the same corpus of recipes."
    ents = _entities(text)
    assert "deep neural networks" not in ents and "large language models" not in ents, ents
