"""The learned per-candidate classifier (issue 10, session 11): candidates, features, shipped weights, switch.

Invented sentences and names only.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from paperkg.extract import candidates as C
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _surfaces(text, taken=(), have=(), definitions=()):
    return [c.surface for c in C.find_candidates(text, list(taken), set(have), definitions)]


def test_candidates_are_name_shaped_runs_outside_what_the_paper_has():
    text = "We train on Quorvak, Zentrix-5K and the Plimbo Faces set; GlarbNet beats it."
    assert _surfaces(text) == ["Quorvak", "Zentrix-5K", "Plimbo Faces", "GlarbNet"]
    # a span the rules took, or a name the paper already has (any case), is no candidate
    assert _surfaces(text, taken=[(12, 19)], have={"glarbnet"}) == ["Zentrix-5K", "Plimbo Faces"]


def test_sentence_initial_capital_sizes_and_generic_acronyms_are_no_candidates():
    text = "Experiments use 7B models, 3D scans, 2048x1024 crops and NLP tools. Quorvak helps. GlarbNet too."
    assert _surfaces(text) == ["GlarbNet"]


def test_name_shapes_side_by_side_are_a_list_not_one_name():
    # 73k: "on CIFAR10 CIFAR100 ImageNet and Flowers datasets" became one dataset before this guard
    assert _surfaces("Results on Zorb10 Zorb100 QuorvakNet and Plimbo Faces sets.") == ["Plimbo Faces"]


def test_a_defined_long_form_takes_its_short_form():
    text = "We propose spectral wobble pruning (SWP). SWP is fast."
    cands = C.find_candidates(text, [], set(), [("SWP", "spectral wobble pruning")])
    assert [(c.surface, c.short, c.defined, len(c.spans)) for c in cands] == [("spectral wobble pruning", "SWP", True, 3)]


def test_features_read_shape_and_context():
    text = "We evaluate on the Quorvak dataset, and compare with CIFAR-10 and Plimbo. FrobNet is ours."
    ents = [(text.index("CIFAR-10"), text.index("CIFAR-10") + 8, "dataset")]
    cands = {c.surface: c for c in C.find_candidates(text, [e[:2] for e in ents], set())}
    f = lambda s: dict(zip(C.FEATURES, C.features(cands[s], text, "", frozenset({"evaluate"}), ents)))  # noqa: E731
    assert f("Quorvak")["next_data"] == 1 and f("Quorvak")["prev_det"] == 1 and f("Quorvak")["plain_cap_single"] == 1
    assert f("Plimbo")["near_data_entity"] == 1 and f("Plimbo")["prev_list"] == 1
    assert f("FrobNet")["name_suffix"] == 1 and f("FrobNet")["camel"] == 1 and f("FrobNet")["near_entity"] == 0


def test_shipped_weights_load_and_are_deterministic():
    d = json.loads(resources.files("paperkg.extract").joinpath("data/candidate_classifier.json").read_text())
    assert tuple(d["features"]) == C.FEATURES and tuple(d["classes"]) == C.CLASSES
    assert 0.5 <= d["threshold"] < 1 and len(d["weights"]) == len(C.CLASSES)
    m = C.load_model(json.dumps(d))
    x = [1.0] + [0.0] * (len(C.FEATURES) - 1)
    assert m.proba(x) == m.proba(x) and abs(sum(m.proba(x)) - 1) < 1e-9


def test_other_features_are_refused():
    d = {"features": ["bias"], "classes": list(C.CLASSES), "weights": [[0.0]] * 5, "threshold": 0.5, "known_words": []}
    with pytest.raises(ValueError):
        C.load_model(json.dumps(d))


def _toy_model(tmp_path, threshold=0.5):
    """Weights that call a candidate listed beside a dataset a dataset, and nothing else."""
    rows = [[0.0] * len(C.FEATURES) for _ in C.CLASSES]
    rows[0][C.INDEX["bias"]] = 2.0
    rows[3][C.INDEX["near_data_entity"]] = 6.0
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"features": list(C.FEATURES), "classes": list(C.CLASSES), "weights": rows,
                                "threshold": threshold, "known_words": []}))
    return str(path)


def test_hook_adds_kept_candidates_and_the_switch_turns_it_off(tmp_path, monkeypatch):
    text = "We train on Zentrix-5K and Plimbo, then Quorvak is run."
    have = [LocalEntity("Zentrix-5K", "dataset", "uses", [], None, [Mention("Zentrix-5K", 12, 22, 0, "rule:x")])]
    monkeypatch.setenv("PAPERKG_CANDIDATE_CLASSIFIER", _toy_model(tmp_path))
    C.model.cache_clear()
    try:
        out = C.candidate_entities(None, text, have, [(0, len(text))])
        assert [(e.name, e.type, e.role, e.mentions[0].rule) for e in out] == [("Plimbo", "dataset", "uses", C.RULE)]
        monkeypatch.setenv("PAPERKG_CANDIDATE_CLASSIFIER", "off")
        C.model.cache_clear()
        assert C.candidate_entities(None, text, have, [(0, len(text))]) == []
    finally:
        C.model.cache_clear()


def test_pipeline_hook_is_switched_by_the_environment(tmp_path, monkeypatch):
    from paperkg.extract.pipeline import extract_local

    paper = Paper(id="x1", title="A study", abstract="We evaluate on CIFAR-10 and Plimbo with two plain baselines.")
    # recall33's coordination rule would type "Plimbo" beside CIFAR-10 before the classifier sees it: off here, so
    # that this test is about the classifier's hook alone.
    monkeypatch.setenv("PAPERKG_RECALL33", "off")
    monkeypatch.setenv("PAPERKG_CANDIDATE_CLASSIFIER", _toy_model(tmp_path))
    C.model.cache_clear()
    try:
        on = {(e.name, e.type) for e in extract_local([paper])[0].entities if e.mentions[0].rule == C.RULE}
        monkeypatch.setenv("PAPERKG_CANDIDATE_CLASSIFIER", "off")
        C.model.cache_clear()
        off = {(e.name, e.type) for e in extract_local([paper])[0].entities}
    finally:
        C.model.cache_clear()
    assert on == {("Plimbo", "dataset")} and ("Plimbo", "dataset") not in off
