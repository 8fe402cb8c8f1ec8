"""The name tagger trained on the gold sets (issue 10, sessions 15 and 23): features, weights, drop and add, guards,
list typing, switch.

Invented sentences and names only.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from paperkg.extract import candidates as C
from paperkg.extract import name_tagger as T
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity

TEXT = "We train WobbleNet on Zentrix-5K and Plimbo, then a generic framework is run."


def _ent(name, typ, rule):
    s = TEXT.index(name)
    return LocalEntity(name, typ, "uses", [], None, [Mention(name, s, s + len(name), 0, rule)])


ENTS = [_ent("WobbleNet", "method", "rule:x"), _ent("Zentrix-5K", "dataset", "gazetteer:datasets"),
        _ent("generic framework", "method", "rule:junky")]


def _toy(add=0.5, drop=0.5) -> T.Tagger:
    """Adds a candidate listed beside a dataset as a dataset; doubts only what rule:junky found."""
    rules = {"rule:junky": 0, "rule:x": 1}
    rows = [[0.0] * len(C.FEATURES) for _ in C.CLASSES]
    rows[0][C.INDEX["bias"]] = 2.0
    rows[3][C.INDEX["near_data_entity"]] = 6.0
    drop_w = [0.0] * (len(C.FEATURES) + len(T.ENTITY_FEATURES) + len(rules))
    drop_w[C.INDEX["bias"]] = 3.0
    drop_w[len(C.FEATURES) + len(T.ENTITY_FEATURES) + rules["rule:junky"]] = -6.0
    return T.Tagger(tuple(tuple(r) for r in rows), tuple(drop_w), rules, {}, frozenset(), add, drop)


def test_entity_features_carry_type_rules_and_mentions():
    rules = {"gazetteer:datasets": 0}
    x = T.entity_features(ENTS[1], TEXT, "", frozenset(), [], [(0, len(TEXT))], rules, {"n:and": 0, "w:plimbo": 1})
    base = len(C.FEATURES)
    named = dict(zip(T.ENTITY_FEATURES, x[base : base + len(T.ENTITY_FEATURES)]))
    assert named["type_dataset"] == 1 and named["type_method"] == 0 and named["title_only"] == 0
    assert x[base + len(T.ENTITY_FEATURES)] == 1.0  # its rule's column
    assert x[-2:] == [1.0, 0.0]  # "Zentrix-5K and": the word after it, a vocabulary column
    assert T.rule_family("gazetteer:curated:datasets") == "gazetteer:curated"


def test_drop_removes_what_the_tagger_doubts_and_add_keeps_listed_spans():
    out = T.tag(None, TEXT, list(ENTS), [(0, len(TEXT))], model=_toy())
    assert [(e.name, e.type) for e in out] == [("WobbleNet", "method"), ("Zentrix-5K", "dataset"), ("Plimbo", "dataset")]
    assert out[-1].mentions[0].rule == T.RULE


def test_thresholds_switch_each_part_off():
    assert [e.name for e in T.tag(None, TEXT, list(ENTS), [(0, len(TEXT))], model=_toy(add=2.0))] == \
        ["WobbleNet", "Zentrix-5K"]
    assert [e.name for e in T.tag(None, TEXT, list(ENTS), [(0, len(TEXT))], model=_toy(drop=0.0))] == \
        ["WobbleNet", "Zentrix-5K", "generic framework", "Plimbo"]


def test_shipped_weights_load_and_match_the_features():
    text = resources.files("paperkg.extract").joinpath("data/name_tagger.json").read_text(encoding="utf-8")
    d = json.loads(text)
    assert d["features"] == list(C.FEATURES) and d["entity_features"] == list(T.ENTITY_FEATURES)
    t = T.load_tagger(text)
    # session 23: the add part alone ships (drop off), trained on the 13 study sets and never on a blind one
    assert t.drop_threshold == 0 and 0 < t.add_threshold <= 1 and len(t.rules) >= 5
    assert "held-out 13" in d["note"]["sets"] and not {"held-out 2", "held-out 10", "held-out 14"} & set(d["note"]["sets"])
    x = [1.0] + [0.0] * (len(C.FEATURES) - 1)
    assert abs(sum(t.add_proba(x)) - 1) < 1e-9


def test_other_features_are_refused():
    d = {"classes": list(C.CLASSES), "features": list(C.FEATURES), "add_weights": [[0.0]] * 5, "drop_weights": [0.0],
         "rules": [], "words": [], "known_words": [],
         "add_threshold": 0.5, "drop_threshold": 0.5}
    with pytest.raises(ValueError):
        T.load_tagger(json.dumps(d))


def test_pipeline_hook_is_switched_by_the_environment(tmp_path, monkeypatch):
    from paperkg.extract.pipeline import extract_local

    # weights that drop every scored entity and add nothing: the switch decides whether CIFAR-10 stays
    rows = [[0.0] * len(C.FEATURES) for _ in C.CLASSES]
    path = tmp_path / "t.json"
    path.write_text(json.dumps({"classes": list(C.CLASSES), "features": list(C.FEATURES), "rules": [], "words": [],
                                "known_words": [], "add_weights": rows,
                                "drop_weights": [-5.0] * (len(C.FEATURES) + len(T.ENTITY_FEATURES)),
                                "add_threshold": 2.0, "drop_threshold": 0.5}))
    paper = Paper(id="x1", title="A study", abstract="We evaluate on CIFAR-10 with two plain baselines.")
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")
    off = {e.name for e in extract_local([paper])[0].entities}
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", str(path))
    on = {e.name for e in extract_local([paper])[0].entities if e.type in T.SCORED}
    assert "CIFAR-10" in off and on == set()


# -- session 23: the add part's guards, list typing and the default switch ------------------------------------------


def _adder(cls: int = 3) -> T.Tagger:
    """Adds every candidate, as CLASSES[cls] (dataset by default); drops nothing."""
    rows = [[0.0] * len(C.FEATURES) for _ in C.CLASSES]
    rows[cls][C.INDEX["bias"]] = 9.0
    drop_w = [0.0] * (len(C.FEATURES) + len(T.ENTITY_FEATURES))
    return T.Tagger(tuple(tuple(r) for r in rows), tuple(drop_w), {}, {}, frozenset(), 0.5, 0.0)


def _added(text: str, ents=(), cls: int = 3) -> dict[str, str]:
    out = T.tag(None, text, list(ents), [(0, len(text))], model=_adder(cls))
    return {e.name: e.type for e in out if e.mentions and e.mentions[0].rule == T.RULE}


def test_add_guards_refuse_metrics_venues_language_pairs_and_notation():
    assert not T.add_allowed("BLEU", "scored in BLEU here", [(10, 14)])  # the metric lexicon
    assert not T.add_allowed("LREC", "since LREC 2012", [(6, 10)])  # a venue
    assert not T.add_allowed("FR-IT", "on FR-IT pairs", [(3, 8)])  # a language pair
    assert not T.add_allowed("QZ", "the ([QZ]$^2$) loss", [(6, 8)])  # inside bracketed math notation
    assert not T.add_allowed("RGB-D", "on RGB-D input", [(3, 8)])  # a sensor of non_entities.tsv
    assert not T.add_allowed("TensorFlow", "with TensorFlow here", [(5, 15)])  # software of non_entities.tsv
    assert T.add_allowed("Glimmerset", "results on Glimmerset show", [(11, 21)])
    added = _added("We report TER and Glimmerset results at NAACL with the ([QZ]$^2$) loss.")
    assert "Glimmerset" in added and not {"TER", "NAACL", "QZ"} & set(added)


def test_add_guards_refuse_metric_and_task_heads_languages_task_parts_and_short_words():
    text = "x"
    for refused in ("Zorbish Edit Rate", "Plonk Unit Segmentation", "Subtask B", "Track 2", "Upper Frisian", "Qz"):
        assert not T.add_allowed(refused, text, []), refused
    # a name ending in a task word is a name when it is defined with a short form
    assert T.add_allowed("Plonk Unit Segmentation", text, [], short="PUS")
    assert T.add_allowed("QZ", text, []) and T.add_allowed("Zorbish Net", text, [])


def test_a_name_listed_beside_a_technique_takes_its_type():
    text = "Our model beats Frobnicator, Quuxboost and the Wimbleton corpus."
    s = text.index("Frobnicator")
    known = [LocalEntity("Frobnicator", "method", "uses", [], None, [Mention("Frobnicator", s, s + 11, 0, "rule:x")])]
    added = _added(text, known)  # the weights say dataset for every candidate
    assert added.get("Quuxboost") == "method"
    assert T.list_neighbour_type(text, [(text.index("Quuxboost"), text.index("Quuxboost") + 9)],
                                 [(s, s + 11, "method")]) == "method"
    # a bracketed short form between the two list items does not break the list
    br = "data such as Wimbleset (WS), Glorpix Faces in Rooms (GFR), and more"
    g = br.index("Glorpix")
    assert T.list_neighbour_type(br, [(g, g + 24)], [(br.index("Wimbleset"), br.index("Wimbleset") + 9, "dataset")]) == "dataset"
    far = "Frobnicator is strong. Later we test Quuxboost on data."
    assert T.list_neighbour_type(far, [(far.index("Quuxboost"), far.index("Quuxboost") + 9)], [(0, 11, "method")]) is None


def test_the_shipped_add_part_is_on_by_default(monkeypatch):
    from paperkg.extract.pipeline import extract_local

    # an invented data name beside a listed treebank, with no cue of its own: only the learned add part finds it
    paper = Paper(id="x2", title="A study",
                  abstract="Experiments on PTB and QRPML show that both parsers are better than the previous methods.")
    monkeypatch.delenv("PAPERKG_NAME_TAGGER", raising=False)
    monkeypatch.setenv("PAPERKG_RECALL49", "off")  # recall49's list-sibling rule takes it too (session 40)
    T._load.cache_clear()
    assert T.tagger() is not None and T.tagger().drop_threshold == 0
    default = {(e.name, e.mentions[0].rule) for e in extract_local([paper])[0].entities}
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", "off")
    off = {(e.name, e.mentions[0].rule) for e in extract_local([paper])[0].entities}
    assert default - off == {("QRPML", T.RULE)}
