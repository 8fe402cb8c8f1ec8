"""Each of these was an unclear error or a silent surprise; now one clear line (issue 14, item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.errors import StoreUnavailable
from paperkg.graph.store_neo4j import Neo4jStore

SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("errors") / "kg.lbdb")
    assert main(["load", str(SMALL), "--db", path]) == 0
    return path


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def test_repeated_param_is_an_error(db, capsys):
    assert main(["query", "top-methods", "--param", "limit=1", "--param", "limit=2", "--db", db]) == 2
    assert "--param limit is given twice ('1' and '2')" in _one_line(capsys)
    assert main(["viz", "--papers", str(SMALL), "--query", "top-methods", "--param", "limit=1", "--param",
                 "limit=2", "-o", "/tmp/never-written.html"]) == 2
    assert "--param limit is given twice" in _one_line(capsys)


def test_huge_limit_is_out_of_range_not_a_cast_error(db, capsys):
    assert main(["query", "top-methods", "--param", "limit=99999999999999999999", "--db", db]) == 2
    assert "limit=99999999999999999999 is out of range" in _one_line(capsys)


def test_model_family_usage_honours_limit(db, capsys):
    capsys.readouterr()
    assert main(["query", "model-family-usage", "--param", "family=Llama", "--format", "csv", "--db", db]) == 0
    many = capsys.readouterr().out.strip().splitlines()
    assert main(["query", "model-family-usage", "--param", "family=Llama", "--param", "limit=1", "--format", "csv",
                 "--db", db]) == 0
    assert len(many) > 2 and capsys.readouterr().out.strip().splitlines() == many[:2]


def test_http_neo4j_uri_is_a_clear_error():
    with pytest.raises(StoreUnavailable, match="use a bolt:// or neo4j:// address"):
        Neo4jStore(uri="http://127.0.0.1:7474")


def test_zero_byte_store_file_is_not_a_paperkg_store(tmp_path, capsys):
    empty = tmp_path / "empty.lbdb"
    empty.write_bytes(b"")
    assert main(["query", "top-methods", "--db", str(empty)]) == 2
    assert "is not a paperkg store" in _one_line(capsys)


def test_damaged_store_is_one_line(tmp_path, capsys):
    junk = tmp_path / "junk.lbdb"
    junk.write_bytes(b"\x00garbage, not a database" * 4096)
    assert main(["export", "--format", "json", "--db", str(junk), "-o", str(tmp_path / "g.json")]) == 2
    err = _one_line(capsys)
    assert "damaged, or not a LadybugDB store" in err
