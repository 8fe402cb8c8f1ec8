"""An extraction switch set or changed makes stored papers' stamps stale: one store never mixes two settings."""

import re
from pathlib import Path

import pytest

from paperkg.extract.switches import NO_OUTPUT_CHANGE, OUTPUT_SWITCHES
from paperkg.graph import plan as plan_mod

EXTRACT = Path(__file__).resolve().parents[2] / "extract"


@pytest.fixture
def version(monkeypatch):
    for name in OUTPUT_SWITCHES:
        monkeypatch.delenv(name, raising=False)

    def current() -> str:
        plan_mod.extractor_version.cache_clear()
        return plan_mod.extractor_version()

    yield current
    plan_mod.extractor_version.cache_clear()


def test_every_variable_extraction_reads_is_sorted():
    read = set()
    for path in EXTRACT.glob("*.py"):
        code = "\n".join(line for line in path.read_text().splitlines() if not line.lstrip().startswith("#"))
        read |= set(re.findall(r"[\"'](PAPERKG_[A-Z0-9_]+)[\"']", code))
    assert read and read <= set(OUTPUT_SWITCHES) | set(NO_OUTPUT_CHANGE), read - set(OUTPUT_SWITCHES) - set(NO_OUTPUT_CHANGE)


def test_a_switch_changes_the_version_and_none_set_keeps_it(version, monkeypatch):
    plain = version()
    monkeypatch.setenv("PAPERKG_RECALL14", "off")
    off = version()
    monkeypatch.setenv("PAPERKG_RECALL14", "named-lower")
    part_off = version()
    monkeypatch.delenv("PAPERKG_RECALL14")
    assert len({plain, off, part_off}) == 3 and version() == plain


def test_tracing_does_not_change_the_version(version, monkeypatch):
    plain = version()
    monkeypatch.setenv("PAPERKG_TRACE_DROPS", "1")
    assert version() == plain


def test_other_weights_at_the_same_path_are_another_version(version, monkeypatch, tmp_path):
    weights = tmp_path / "w.json"
    weights.write_text('{"a": 1}')
    monkeypatch.setenv("PAPERKG_NAME_TAGGER", str(weights))
    first = version()
    weights.write_text('{"a": 2}')
    assert version() != first


def test_a_store_built_with_a_switch_is_extracted_again_without_it(tmp_path, monkeypatch):
    from test_incremental import build  # the same build helper and corpus as the parts tests
    from incremental_cases import PART_ONE, write_jsonl
    from paperkg.cli.extract_cmds import read_inputs
    from paperkg.graph.store import open_store

    one = write_jsonl(tmp_path / "one.jsonl", PART_ONE)
    db = str(tmp_path / "s.lbdb")
    monkeypatch.setenv("PAPERKG_RECALL14", "off")
    plan_mod.extractor_version.cache_clear()
    try:
        assert build(one, "--db", db) == 0
        monkeypatch.delenv("PAPERKG_RECALL14")
        plan_mod.extractor_version.cache_clear()
        with open_store("ladybug", db, read_only=True) as s:
            plan = plan_mod.plan_build(read_inputs([one]), s)
    finally:
        plan_mod.extractor_version.cache_clear()
    assert sorted(p.id for p in plan.redo) == sorted(r["id"] for r in PART_ONE) and not plan.kept


def test_a_store_every_paper_of_which_is_extracted_again_is_written_whole(tmp_path, monkeypatch, capfd):
    """An upgrade (here: a switch set, so another extractor version) extracts every stored paper again; the store
    is then written whole, as a one-shot build of the same papers is, not by a delta reading it all back."""
    from test_incremental import build
    from incremental_cases import PART_ONE, PART_TWO, snapshot, write_jsonl
    from paperkg.graph.store import open_store

    one, two = write_jsonl(tmp_path / "one.jsonl", PART_ONE), write_jsonl(tmp_path / "two.jsonl", PART_TWO)
    upgraded, once = str(tmp_path / "upgraded.lbdb"), str(tmp_path / "once.lbdb")
    try:
        monkeypatch.setenv("PAPERKG_RECALL14", "off")
        plan_mod.extractor_version.cache_clear()
        assert build(one, "--db", upgraded) == 0
        monkeypatch.delenv("PAPERKG_RECALL14")
        plan_mod.extractor_version.cache_clear()
        capfd.readouterr()
        assert build(two, "--db", upgraded) == 0
        assert "the store is written whole" in capfd.readouterr().err
        assert build(one, two, "--db", once) == 0
    finally:
        plan_mod.extractor_version.cache_clear()
    snaps = []
    for path in (upgraded, once):
        with open_store("ladybug", path, read_only=True) as s:
            snaps.append(snapshot(s))
    assert snaps[0] == snaps[1]
