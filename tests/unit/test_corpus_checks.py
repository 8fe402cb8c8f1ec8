"""check-graph on a small hand-made graph: each kind of failure is found, a right graph passes, bad checks files
fail with file:line. The graph is built from hand-written records (not from the extractor), so these tests say
what the checker does whatever extraction does."""

from __future__ import annotations

import json

import pytest
from corpus_checks_fixture import ENTITIES, PAPERS
from corpus_checks_fixture import write_checks as _write

from paperkg.cli import main
from paperkg.errors import InputError
from paperkg.graph import corpus_checks as cc
from paperkg.graph.store import open_store
from paperkg.graph.tables import tables_from_papers


@pytest.fixture(scope="module")
def store():
    s = open_store()
    s.load(tables_from_papers(PAPERS))
    yield s
    s.close()


@pytest.fixture(scope="module")
def report(store, tmp_path_factory):
    return cc.check_graph(store, _write(tmp_path_factory.mktemp("checks")))


def _entity(report, name):
    return next(e for e in report.entities if e.name == name)


def test_a_right_entity_passes(report):
    svm = _entity(report, "Support Vector Machine")
    assert svm.ok and [n.key for n in svm.nodes] == ["method:svm"]
    assert svm.unjudged == [] and svm.problems() == []


def test_one_thing_in_two_nodes_is_found(report):
    cifar = _entity(report, "CIFAR-10")
    assert not cifar.one_node and not cifar.ok
    assert {n.key for n in cifar.nodes} == {"dataset:cifar-10", "benchmark:cifar10"}
    assert cifar.typed  # both types are accepted for a data resource


def test_a_wrong_type_is_found(report):
    wmt = _entity(report, "WMT20")
    assert wmt.one_node and not wmt.typed and not wmt.ok
    assert "typed method" in " ".join(wmt.problems())


def test_a_listed_foreign_alias_is_found(report):
    kin = _entity(report, "Kinetics-400")
    assert kin.one_node and kin.typed and not kin.no_foreign
    assert kin.foreign == [("dataset:kinetics-400", "Kinetics-600", "listed foreign")]


def test_a_form_of_another_entity_is_foreign_and_unjudged_aliases_are_listed(report):
    lstm = _entity(report, "Long Short-Term Memory")
    assert not lstm.no_foreign
    assert ("method:lstm", "GRU", "a form of Gated Recurrent Unit") in lstm.foreign
    assert lstm.unjudged == [("method:lstm", "by the recent recurrent models")]
    gru = _entity(report, "Gated Recurrent Unit")  # GRU's form is on two nodes, so GRU is split too
    assert not gru.one_node


def test_a_missing_entity_fails_every_check(report):
    imagenet = _entity(report, "ImageNet")
    assert not imagenet.found and not imagenet.typed and not imagenet.no_foreign
    assert imagenet.problems() == ["no node"]


def test_an_ambiguous_short_form_finds_only_bare_nodes(report):
    crf = _entity(report, "Conditional Random Field")
    assert {n.key for n in crf.nodes} == {"method:conditional-random-field", "method:crf"}
    assert not crf.one_node and crf.no_foreign and crf.unjudged == []


def test_a_node_named_after_a_non_entity_is_junk(report):
    found = {r.check.name: [n.key for n in r.nodes] for r in report.not_entities}
    assert found == {"RGB-D": ["method:rgb-d"], "YouTube": [], "TensorFlow": []}  # an alias "YouTube" is no junk
    assert report.summary()["not_entities_as_nodes"] == 1
    assert "RGB-D (modality): method:rgb-d (1)" in report.text()


def test_summary_counts(report):
    s = report.summary()
    assert s["entities"] == 8
    assert s["all_three"] == round(1 / 8, 4)  # only SVM
    assert s["one_node"] == round(4 / 8, 4)  # SVM, WMT20, Kinetics-400, LSTM
    assert s["collisions"] == 3 and s["collisions_merged"] == 2
    assert report.summary_line().startswith("frequent entities: 8, found 88 %, one node 50 %")
    assert report.summary_line().endswith("collisions merged: 2 of 3; not entities still nodes: 1 of 3")


def test_a_node_with_long_forms_of_two_senses_is_a_merge(report):
    glm = next(c for c in report.collisions if c.check.short == "GLM")
    assert glm.merged
    (ns,) = glm.merging
    assert ns.node.key == "model:glm" and set(ns.by_name) == {0, 1}


def test_a_node_linked_from_papers_of_another_sense_is_a_merge(report):
    dcnn = next(c for c in report.collisions if c.check.short == "DCNN")
    assert dcnn.merged
    (ns,) = dcnn.merging
    assert ns.by_name == (1,)  # named after the diffusion sense ...
    assert ns.by_papers == {0: 2, 1: 1}  # ... but two of its papers mean deep convolutional networks
    assert "2 papers" in dcnn.problems()[0]


def test_senses_kept_apart_are_no_merge(report):
    em = next(c for c in report.collisions if c.check.short == "EM")
    assert not em.merged
    assert {ns.node.key: ns.senses for ns in em.nodes} == {
        "method:expectation-maximization": {0}, "metric:exact-match": {1}}


def test_text_output_lists_failures(report):
    text = report.text()
    assert "CIFAR-10 [dataset/benchmark]: 2 nodes" in text
    assert "WMT20 [dataset/benchmark]: typed method" in text
    assert "model:glm (1 papers) joins" in text
    assert "EM:" not in text
    assert "'by the recent recurrent models'" in text


def test_cli_json_on_a_store_file(tmp_path, capsys):
    db = tmp_path / "kg.lbdb"
    with open_store("ladybug", db) as s:
        s.load(tables_from_papers(PAPERS))
    checks = _write(tmp_path / "checks")
    assert main(["check-graph", "--db", str(db), "--checks", str(checks), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["summary"]["collisions_merged"] == 2
    assert {e["name"]: e["ok"] for e in out["entities"]}["Support Vector Machine"] is True
    assert main(["check-graph", "--db", str(db), "--checks", str(checks)]) == 0
    assert capsys.readouterr().out.startswith("frequent entities: 8,")


@pytest.mark.parametrize("bad, message", [
    ("{not json", "not JSON"),
    (json.dumps({"name": "X", "types": ["sensor"], "forms": []}), "unknown type 'sensor'"),
    (json.dumps({"name": "X", "types": ["method"], "forms": ["Y"], "foreign": ["y"]}), "both foreign and a form"),
    (json.dumps({"name": "Z", "types": ["method"], "forms": ["svm"]}), "also a form of Support Vector Machine"),
])
def test_a_bad_entities_line_is_a_file_line_error(tmp_path, capsys, bad, message):
    folder = _write(tmp_path)
    path = folder / cc.ENTITIES_FILE
    path.write_text(path.read_text() + bad + "\n")
    with pytest.raises(InputError) as exc:
        cc.load_checks(folder)
    assert f"{path}:{len(ENTITIES) + 1}: " in str(exc.value) and message in str(exc.value)
    assert main(["check-graph", "--checks", str(folder), "--db", str(tmp_path / "none.lbdb")]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and message in err


def test_a_bad_collision_line_is_an_error(tmp_path):
    folder = _write(tmp_path, collisions=[{"short": "EM", "senses": [{"long": ["a"], "type": "method"}]}])
    with pytest.raises(InputError, match=r"acronym-collisions.jsonl:1: EM: 'senses' must list at least two"):
        cc.load_checks(folder)


def test_the_shipped_checks_load_and_are_big_enough():
    checks = cc.load_checks()
    assert len(checks.entities) >= 220
    assert len(checks.collisions) >= 35
    assert all(len(c.senses) >= 2 for c in checks.collisions)
    assert len(checks.not_entities) >= 20


# Session 14: a node of another thing that shares a form ("SLAM: ... Selective Language Alignment") is a right
# split when every paper linked to it is recorded, with a reason, as a homonym of the entity.
def _with_homonym(papers, why="p3 means another thing by cifar10"):
    entities = [dict(e, homonyms=[{"papers": papers, "why": why}]) if e["name"] == "CIFAR-10" else e
                for e in ENTITIES]
    return entities


def test_a_node_whose_papers_are_all_recorded_homonyms_is_set_aside(store, tmp_path):
    report = cc.check_graph(store, _write(tmp_path / "c", entities=_with_homonym(["p3"])))
    cifar = _entity(report, "CIFAR-10")
    assert cifar.ok and [n.key for n in cifar.nodes] == ["dataset:cifar-10"]
    assert cifar.homonyms == [("benchmark:cifar10", "p3 means another thing by cifar10")]
    assert "homonyms set aside (1" in report.text()


def test_a_homonym_record_of_other_papers_sets_nothing_aside(store, tmp_path):
    # the record names p9, not the node's paper p3: the node is still a split
    cifar = _entity(cc.check_graph(store, _write(tmp_path / "c", entities=_with_homonym(["p9"]))), "CIFAR-10")
    assert not cifar.ok and len(cifar.nodes) == 2 and cifar.homonyms == []


def test_a_homonym_record_never_sets_the_entity_node_aside(store, tmp_path):
    # recording the right node's paper p2 too leaves no node: the entity fails ("no node"), it never passes
    cifar = _entity(cc.check_graph(store, _write(tmp_path / "c", entities=_with_homonym(["p2", "p3"]))), "CIFAR-10")
    assert not cifar.found and not cifar.ok


def test_a_homonym_needs_a_reason(tmp_path):
    entities = [dict(ENTITIES[1], homonyms=[{"papers": ["p3"]}])]
    with pytest.raises(InputError, match="why"):
        cc.load_entity_checks(_write(tmp_path / "c", entities=entities) / cc.ENTITIES_FILE)
