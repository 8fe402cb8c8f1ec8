"""On the real Neo4j: a corpus built in parts equals the one-shot build, and equals the LadybugDB build."""

from __future__ import annotations

import pytest

from paperkg.cli import main
from paperkg.graph.store import open_store

from incremental_cases import PART_ONE, PART_TWO, QuEM_FIRST, QuEM_SECOND, normalised, snapshot, write_jsonl

pytestmark = pytest.mark.neo4j


def build(*args) -> int:
    return main(["build", *args, "--n-process", "1"])


def test_parts_equal_one_build_on_neo4j_and_on_ladybug(store, neo4j_uri, tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    one = write_jsonl(tmp_path / "one.jsonl", PART_ONE)
    two = write_jsonl(tmp_path / "two.jsonl", PART_TWO)

    assert build(one, two, "--neo4j") == 0
    once = snapshot(store)
    store.clear()
    assert build(two, "--neo4j") == 0
    assert build(one, "--neo4j") == 0
    in_parts = snapshot(store)
    assert in_parts == once

    assert build(one, two, "--db", str(tmp_path / "s.lbdb")) == 0
    with open_store("ladybug", tmp_path / "s.lbdb", read_only=True) as lady:
        assert normalised(snapshot(lady)) == normalised(once)


def test_a_replacing_load_removes_links_the_corpus_no_longer_supports(store, neo4j_uri, tmp_path, monkeypatch):
    """The second batch gives QuEM a second sense: q2's bare QuEM no longer means the first batch's method,
    and its old link must be deleted from Neo4j, not left beside the new one."""
    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    first = write_jsonl(tmp_path / "first.jsonl", QuEM_FIRST)
    second = write_jsonl(tmp_path / "second.jsonl", QuEM_SECOND)
    link = "MATCH (p:Paper {id: 'q2'})-->(m:Method {name: 'Quantum Entropy Model'}) RETURN count(*) AS n"
    assert build(first, "--neo4j") == 0
    assert int(store.run(link)["n"][0]) == 1
    assert build(second, "--neo4j") == 0
    assert int(store.run(link)["n"][0]) == 0
    in_parts = snapshot(store)
    store.clear()
    assert build(first, second, "--neo4j") == 0
    assert snapshot(store) == in_parts


def test_an_upgraded_store_written_whole_equals_the_one_shot_build(store, neo4j_uri, tmp_path, monkeypatch, capfd):
    """Every stored paper extracted again (another extractor setting here, an upgrade for users): the build writes
    the store whole (a replacing load: stale rows deleted), and it equals the one-shot build of the same papers."""
    from paperkg.graph import plan as plan_mod

    monkeypatch.setenv("NEO4J_URI", neo4j_uri)
    one = write_jsonl(tmp_path / "one.jsonl", PART_ONE)
    two = write_jsonl(tmp_path / "two.jsonl", PART_TWO)
    try:
        monkeypatch.setenv("PAPERKG_RECALL14", "off")
        plan_mod.extractor_version.cache_clear()
        assert build(one, "--neo4j") == 0
        monkeypatch.delenv("PAPERKG_RECALL14")
        plan_mod.extractor_version.cache_clear()
        capfd.readouterr()
        assert build(two, "--neo4j") == 0
        assert "the store is written whole" in capfd.readouterr().err
        upgraded = snapshot(store)
        store.clear()
        assert build(one, two, "--neo4j") == 0
    finally:
        plan_mod.extractor_version.cache_clear()
    assert upgraded == snapshot(store)
