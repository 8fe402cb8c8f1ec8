"""The graph commands through paperkg.cli.main: help, load, query, related, export, error exits."""

import json
from pathlib import Path

import networkx as nx
import pytest

from paperkg.cli import main

FIXTURE = Path(__file__).parents[1] / "data" / "small_papers.jsonl"
COMMANDS = ["build", "load", "export", "queries", "query", "related"]


@pytest.mark.parametrize("cmd", COMMANDS)
def test_help(cmd, capsys):
    with pytest.raises(SystemExit) as exc:
        main([cmd, "--help"])
    assert exc.value.code == 0
    assert "usage: paperkg " + cmd in capsys.readouterr().out


@pytest.fixture(scope="module")
def db(small_db):
    return small_db


def test_load_prints_counts_and_is_idempotent(db, capsys):
    assert main(["load", str(FIXTURE), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Paper=6 (+0)" in out and "EVALUATED_ON=12" in out


def test_queries_lists_names_and_params(capsys):
    assert main(["queries"]) == 0
    out = capsys.readouterr().out
    assert "methods-on-benchmark" in out and "params: benchmark" in out


def test_query_formats(db, capsys):
    assert main(["query", "methods-on-benchmark", "--param", "benchmark=MT-Bench", "--db", db, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["method"] for r in data] == ["Direct Preference Optimization", "Llama-2-7B", "Mistral-7B", "PPO",
                                           "Reinforcement Learning from Human Feedback"]
    assert data[0]["roles"] == "proposes 1, compares_with 1" and data[0]["first_year"] == 2023
    assert main(["query", "top-benchmarks", "-p", "limit=2", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "benchmark,kind,benchmark_key,papers,first_year,last_year", "AlpacaEval,benchmark,benchmark:alpacaeval,2,2023,2024",
        "GSM8K,benchmark,benchmark:gsm8k,2,,"]
    assert main(["query", "model-family-usage", "-p", "family=llama", "--db", db]) == 0
    assert "Llama-2-13B" in capsys.readouterr().out


def test_query_errors_exit_non_zero(db, capsys):
    assert main(["query", "nope", "--db", db]) == 2
    assert "unknown query 'nope'" in capsys.readouterr().err
    assert main(["query", "methods-on-benchmark", "--db", db]) == 2
    err = capsys.readouterr().err
    assert "needs parameter benchmark" in err and len(err.strip().splitlines()) == 1
    assert main(["query", "top-methods", "-p", "limit", "--db", db]) == 2
    assert main(["query", "top-methods", "--db", db + ".missing"]) == 2
    assert "paperkg build" in capsys.readouterr().err


def test_related(db, capsys):
    assert main(["related", "2305.18290", "--db", db, "-k", "1"]) == 0
    out = capsys.readouterr().out
    assert "2402.00005" in out and "shares" in out
    assert main(["related", "--db", db]) == 2


def test_export_from_store_and_from_jsonl(db, tmp_path, capsys):
    out = tmp_path / "g.graphml"
    assert main(["export", "--format", "graphml", "--db", db, "-o", str(out)]) == 0
    assert nx.read_graphml(out).number_of_nodes() == 35
    out = tmp_path / "g.json"
    assert main(["export", "--format", "json", str(FIXTURE), "-o", str(out)]) == 0
    assert len(json.loads(out.read_text())["nodes"]) == 35
    assert main(["export", "--format", "json", str(FIXTURE), "--db", db, "-o", str(out)]) == 2


def test_load_bad_file_names_the_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{\"id\": 1}\n")
    assert main(["load", str(bad), "--db", str(tmp_path / "x.lbdb")]) == 2
    assert "bad.jsonl:1" in capsys.readouterr().err
