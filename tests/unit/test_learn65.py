"""learn65 (session 50): a learned keep/drop decision for a paper's entities (logistic regression over hashed
features, trained on the judged graph nodes by scripts/train_node_decision65.py). Shipped off; with
PAPERKG_LEARN65=on an entity whose p(right) is below the shipped threshold is dropped, list entries exempt."""

import json
import zlib
from importlib import resources

from extract import learn65 as L
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", aliases=(), entry=None):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, "rule:test")
    return LocalEntity(name=name, type=typ, role="uses", aliases=list(aliases), family=None, mentions=[m], entry=entry)


def _model(threshold):
    """The shipped weights with another threshold (a copy: the cached model is not changed)."""
    m = dict(L.load_model65())
    m["threshold"] = threshold
    return m


def test_weights_load_and_json_is_small_and_complete():
    m = L.load_model65()
    assert len(m["weights"]) == m["hash_size"] == 1 << 15
    for k in ("threshold", "training_rows", "source_files", "commit", "blind_leakage_dropped", "validation"):
        assert k in m
    assert m["training_rows"] > 10000 and len(m["source_files"]) == 78
    size = len(resources.files("paperkg.extract").joinpath("data/node_decision65.json").read_bytes())
    assert size < 500_000


def test_feature_hash_is_stable():
    # crc32, not Python's salted hash(): the same index in every process and on every machine
    assert L.hashed65(["L=Method", "t=zorblax"], 1 << 15) == [zlib.crc32(b"L=Method") % (1 << 15),
                                                              zlib.crc32(b"t=zorblax") % (1 << 15)]
    assert L.hashed65(["bias"], 1 << 15) == [27227]
    f = L.features65("Method", "Zorblax-Net", ["ZN"], "We propose Zorblax-Net (ZN) for parsing.", False)
    assert "L=Method" in f and "alias" in f and "hyphen" in f and "l1=propose" in f and "r1=zn" in f
    assert f == L.features65("Method", "Zorblax-Net", ["ZN"], "We propose Zorblax-Net (ZN) for parsing.", False)


def test_clear_name_scores_above_clear_non_name():
    name_s = "We propose Zorblax-Net (ZN), a novel graph neural network for molecule property prediction."
    non_s = "These methods, However, fail in practice and we show that They do not scale."
    p_name = L.p_right65("Method", "Zorblax-Net", ["ZN"], name_s, False)
    p_non = L.p_right65("Method", "However", [], non_s, False)
    assert p_name > p_non


def test_switch_on_drops_below_threshold_and_keeps_names(monkeypatch):
    text = "We propose Zorblax-Net (ZN), a novel graph neural network. However, They fail."
    good = _entity(text, "Zorblax-Net", aliases=["ZN"])
    bad = _entity(text, "However")
    p_good = L.p_right65("Method", "Zorblax-Net", ["ZN"], text, False)
    p_bad = L.p_right65("Method", "However", [], text, False)
    t = (p_good + p_bad) / 2
    model = _model(t)
    monkeypatch.setattr(L, "load_model65", lambda: model)
    monkeypatch.setenv("PAPERKG_LEARN65", "on")
    out = L.drop_doubted65("A title", text, [good, bad], [(0, len(text))])
    assert [e.name for e in out] == ["Zorblax-Net"]


def test_list_entries_and_unscored_types_are_exempt(monkeypatch):
    text = "However, They fail on Zorblax."
    model = _model(1.01)  # would drop everything scored
    monkeypatch.setattr(L, "load_model65", lambda: model)
    monkeypatch.setenv("PAPERKG_LEARN65", "on")
    listed = _entity(text, "However", entry="method:however")
    other = _entity(text, "They", typ="language")
    plain = _entity(text, "Zorblax")
    out = L.drop_doubted65("T", text, [listed, other, plain], [(0, len(text))])
    assert [e.name for e in out] == ["However", "They"]
    # a name a list writes (gazetteer form) is exempt even without the entry id
    bert = _entity("We fine-tune BERT.", "BERT")
    assert L.drop_doubted65("T", "We fine-tune BERT.", [bert], [(0, 18)]) == [bert]


def test_switch_off_changes_nothing(monkeypatch):
    text = "However, They fail on Zorblax."
    ents = [_entity(text, "However"), _entity(text, "Zorblax")]
    model = _model(1.01)
    monkeypatch.setattr(L, "load_model65", lambda: model)
    for value in (None, "off", "0"):
        if value is None:
            monkeypatch.delenv("PAPERKG_LEARN65", raising=False)
        else:
            monkeypatch.setenv("PAPERKG_LEARN65", value)
        assert L.drop_doubted65("T", text, list(ents), [(0, len(text))]) == ents


def test_shipped_json_records_its_validation():
    m = L.load_model65()
    v = m["validation"]
    assert 0.5 < v["temporal_auc"] < 1 and 0.5 < v["folds5_auc"] < 1
    assert json.dumps(m["source_files"]).count("node-precision") == 78
