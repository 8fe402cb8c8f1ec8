"""Silver name-tagger examples from a corpus (scripts/train_name_tagger.py, issue 10, session 26): cues, labels,
examples that never see their cue, the corpus halves.

Invented sentences and names only.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from paperkg.extract import candidates as C
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_name_tagger.py"
KNOWN = frozenset({"value", "drop"})


@pytest.fixture(scope="module")
def script():
    # the script and the scripts it imports switch parts off for their own process (the tagger, the candidate
    # classifier, the mined names): keep this one's environment whole, or later tests extract with those parts off
    before = dict(os.environ)
    spec = importlib.util.spec_from_file_location("train_name_tagger", SCRIPT)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    os.environ.clear()
    os.environ.update(before)
    return m


def test_cues_type_the_name_beside_them(script):
    got = script.cued_names("We test on the Quorvex dataset, The Blim-9 benchmark and a corpus called Tarn Words.")
    assert [(n, k) for n, k, *_ in got] == [("Quorvex", "dataset"), ("Blim-9", "benchmark"), ("Tarn Words", "dataset")]
    text = "We release a new multilingual corpus, ZelQA, for tests."
    (name, kind, s, e), = script.cued_names(text)
    assert (name, kind, text[s:e]) == ("ZelQA", "dataset", "ZelQA")


def test_a_method_cue_needs_a_name_shaped_word(script):
    got = script.cued_names("the Hungarian algorithm beats the KR2 algorithm and the Plonk optimizer")
    assert [(n, k) for n, k, *_ in got] == [("KR2", "method")]
    assert script.cued_names("no cue here: Quorvex and Blim-9 were used") == []


def _cand(surface, cued=False, x=None):
    from paperkg.extract.text import normalise_surface

    return (normalise_surface(surface), surface, cued, np.asarray(x or [0.0] * len(C.FEATURES), dtype=np.float32))


def _rows():
    """Quorvex: cued as a dataset in two papers, a bare candidate in a third; Blorp: cued once; Zing Zang: a
    candidate in three papers, never cued, never an entity; Value: a plain word; KR2: cued as a method twice."""
    return [
        ("p1", {("quorvex", "dataset"), ("kr2", "method")}, {"quorvex"}, [_cand("Zing Zang"), _cand("Value")]),
        ("p2", {("quorvex", "dataset"), ("blorp", "dataset"), ("value", "dataset"), ("kr2", "method")}, set(),
         [_cand("Quorvex", cued=True), _cand("Zing Zang"), _cand("Value"), _cand("Blorp", cued=True)]),
        ("p3", set(), set(), [_cand("Quorvex"), _cand("Zing Zang"), _cand("Value"), _cand("Blorp"), _cand("KR2")]),
        ("p4", {("value", "dataset")}, set(), []),
    ]


def test_silver_labels_follow_the_corpus_evidence(script):
    labels = script.silver_labels(_rows(), KNOWN)
    assert labels["Quorvex"] == "dataset"
    assert labels["KR2"] == "method"
    assert labels["Zing Zang"] == "none"
    assert "Blorp" not in labels  # one cue is not enough for a name no list has
    assert "Value" not in labels  # a plain word the corpus writes lower case


def test_silver_examples_never_see_their_cue(script):
    X, y, note = script.silver_examples(_rows(), KNOWN, seed=1, n_none=2)
    pos = [C.CLASSES[v] for v in y if v]
    assert sorted(pos) == ["dataset", "method"]  # Quorvex of p3 (not p2, where it is cued), KR2 of p3
    assert note["silver_positive"] == {"dataset": 1, "method": 1} and note["silver_none"] == 2
    assert len(X) == len(y) == 4
    assert script.silver_examples(_rows(), KNOWN, seed=1, n_none=2)[1] == y  # seeded: the same sample


def test_the_corpus_halves_split_it(script):
    ids = [f"paper-{i}" for i in range(200)]
    a = {i for i in ids if script.in_half(i, 0)}
    b = {i for i in ids if script.in_half(i, 1)}
    assert a and b and not a & b and a | b == set(ids)
    assert all(script.in_half(i, None) for i in ids)


def test_silver_examples_move_the_add_part(script):
    """Silver positives with a feature no gold example has teach the add part that feature."""
    rows = C.CLASSES.index
    x_on = [0.0] * len(C.FEATURES)
    x_on[C.INDEX["bias"]] = 1.0
    x_on[C.INDEX["near_data_entity"]] = 1.0
    x_off = [0.0] * len(C.FEATURES)
    x_off[C.INDEX["bias"]] = 1.0
    silver = ([x_on] * 20 + [x_off] * 20, [rows("dataset")] * 20 + [rows("none")] * 20)
    text = "We train WobbleNet on Plimbo."
    s = text.index("WobbleNet")
    ent = LocalEntity("WobbleNet", "method", "uses", [], None, [Mention("WobbleNet", s, s + 9, 0, "rule:x")])
    r = SimpleNamespace(paper=SimpleNamespace(abstract=text, title=""), entities=[ent], sentences=[(0, len(text))])
    cand = C.Candidate("Plimbo", [(text.index("Plimbo"), text.index("Plimbo") + 6)])
    raw = [([(ent, r, 1)], [(cand, r, [(s, s + 9, "method")], rows("none"))])]
    gold = np.asarray(script.fit(raw, frozenset())["add_weights"])
    w = script.fit(raw, frozenset(), silver=silver)
    W = np.asarray(w["add_weights"])
    col = C.INDEX["near_data_entity"]
    assert W[rows("dataset"), col] - W[rows("none"), col] > gold[rows("dataset"), col] - gold[rows("none"), col] + 0.5
    assert w["add_positive"] == 0 and w["add_examples"] == 41  # gold positives counted apart from silver


def test_silver_classes_keep_only_the_positives_asked_for(script):
    X, y, note = script.silver_examples(_rows(), KNOWN, seed=1, n_none=2, classes=("dataset", "benchmark"))
    assert [C.CLASSES[v] for v in y if v] == ["dataset"]
    assert note["silver_names"] == {"dataset": 1, "none": 1}
