"""Session 32 (speed35): the gazetteer's matches read once a doc (extract/speed35.py; docs/history/speed35.md).

The kept tuples are compared with fresh passes over ``doc.spans["gazetteer"]`` (what the rules and the resolver did
before) on real abstracts and titles, and the cache is checked to follow a replaced or shortened group.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperkg.extract import recall30, speed35
from paperkg.extract.pipeline import build_nlp

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _doc(nlp, text):
    doc = nlp.make_doc(text)
    for _, pipe in nlp.pipeline[:3]:  # sentences, abbreviations, gazetteer: the context rules' inputs
        doc = pipe(doc)
    return doc


def _former_anchors(doc):
    """recall30.gazetteer_anchors30 before session 32: a pass over the SpanGroup."""
    if "gazetteer" not in doc.spans:
        return []
    strings = doc.vocab.strings
    labels = {strings.add(t): t for t in ("method", "dataset", "benchmark")}
    return [(sp.start_char, sp.end_char, labels[sp.label]) for sp in doc.spans["gazetteer"] if sp.label in labels]


def _former_chars(doc):
    return [(sp.start_char, sp.end_char, sp.label, sp.kb_id_) for sp in doc.spans["gazetteer"]]


def _texts():
    out = []
    for name in ("dev3", "dev4"):
        for line in (DATA / f"{name}-corpus.jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out += [rec["abstract"], rec.get("title") or ""]
    return out


def test_kept_tuples_equal_fresh_passes_on_study_abstracts(nlp):
    texts = _texts()
    assert len(texts) > 100
    matched = 0
    for text in texts:
        doc = _doc(nlp, text)
        chars = speed35.gazetteer_chars(doc)
        assert chars == _former_chars(doc), text
        matched += len(chars)
        anchors = recall30.gazetteer_anchors30(doc)
        assert anchors == _former_anchors(doc), text
        # asked again (the next rule): the same values, and a list of its own each time
        again = recall30.gazetteer_anchors30(doc)
        assert again == anchors and again is not anchors
        again.append((0, 0, "method"))
        assert recall30.gazetteer_anchors30(doc) == anchors
    assert matched > 200  # the study abstracts do hold list matches (a test on nothing would pass)


def test_component_seeds_the_cache(nlp):
    doc = _doc(nlp, "We train BERT and ResNet-50 on ImageNet and CIFAR-10.")
    kept = doc.user_data[speed35.CHARS_KEY35]
    assert kept[0] is doc.spans["gazetteer"] and kept[1] == _former_chars(doc) and len(kept[1]) >= 3


def test_replaced_or_shortened_group_is_read_again(nlp):
    doc = _doc(nlp, "We train BERT and ResNet-50 on ImageNet and CIFAR-10.")
    full = speed35.gazetteer_chars(doc)
    assert len(full) >= 3
    doc.spans["gazetteer"] = list(doc.spans["gazetteer"])[:1]  # a new group (what a test does by hand)
    assert speed35.gazetteer_chars(doc) == _former_chars(doc) == full[:1]
    assert recall30.gazetteer_anchors30(doc) == _former_anchors(doc)
    group = doc.spans["gazetteer"]
    group.append(doc[0:1])  # the same group object, one span longer
    assert speed35.gazetteer_chars(doc) == _former_chars(doc)
    del doc.spans["gazetteer"]
    assert speed35.gazetteer_chars(doc) == [] and recall30.gazetteer_anchors30(doc) == []


def test_doc_without_gazetteer_component(nlp):
    doc = nlp.make_doc("Nothing listed here.")
    assert speed35.gazetteer_chars(doc) == [] and recall30.gazetteer_anchors30(doc) == []
