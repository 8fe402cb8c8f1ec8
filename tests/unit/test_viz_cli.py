"""`paperkg viz`: help, formats, one-line errors, the bound, from a papers.jsonl file."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.cli import main

SMALL = str(Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl")


def test_help_lists_every_option(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["viz", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for opt in ("--db", "--neo4j", "--papers", "--focus", "--depth", "--bipartite", "--query", "--param",
                "--top", "--max-nodes", "--heatmap", "-o"):
        assert opt in out


@pytest.mark.parametrize(
    "extra, name, magic",
    [
        (["--focus", "dpo", "--depth", "2"], "f.html", b"<!DOCTYPE html>"),
        (["--bipartite"], "b.svg", b"<?xml"),
        (["--top", "5"], "t.png", b"\x89PNG"),
        (["--heatmap"], "h.pdf", b"%PDF-"),
    ],
)
def test_writes_each_format_from_papers(tmp_path, capsys, extra, name, magic):
    out = tmp_path / name
    assert main(["viz", "--papers", SMALL, *extra, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(magic)
    assert f"wrote {out}" in capsys.readouterr().err


def test_over_the_bound_is_one_line_and_exit_2(tmp_path, capsys):
    out = tmp_path / "g.html"
    assert main(["viz", "--papers", SMALL, "--max-nodes", "3", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("paperkg viz: error: the picture would draw")
    assert "--max-nodes" in err and "--focus" in err
    assert not out.exists()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--focus", "no-such-thing"], "no node named 'no-such-thing'"),
        (["--param", "novalue"], "--param wants KEY=VALUE"),
        (["--heatmap"], "the heatmap is a static picture"),
    ],
)
def test_errors_are_one_line(tmp_path, capsys, argv, message):
    assert main(["viz", "--papers", SMALL, *argv, "-o", str(tmp_path / "g.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_bad_suffix_and_missing_store(tmp_path, capsys, monkeypatch):
    assert main(["viz", "--papers", SMALL, "-o", str(tmp_path / "g.gif")]) == 2
    assert "use .html, .svg, .png or .pdf" in capsys.readouterr().err
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PAPERKG_DB", raising=False)
    assert main(["viz", "-o", "g.html"]) == 2
    assert "no graph store at paperkg.lbdb" in capsys.readouterr().err


def test_query_view_from_papers_runs_the_canned_query_on_an_in_memory_store(tmp_path, capsys):
    out = tmp_path / "q.svg"
    code = main(["viz", "--papers", SMALL, "--query", "methods-on-benchmark", "--param", "benchmark=gsm8k",
                 "--param", "role=proposes,uses", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    svg = out.read_text()
    # DPO, KTO and the odd-named method are proposed or used by papers evaluating on GSM8K; PPO is only
    # compared with there, so it is left out when the roles asked for are proposes and uses.
    assert "GSM8K" in svg and "KTO" in svg and "Direct Preference" in svg and "PPO" not in svg
    assert main(["viz", "--papers", SMALL, "--query", "methods-on-benchmark", "--param", "benchmark=gsm8k",
                 "-o", str(out)]) == 0
    assert "PPO" in out.read_text()  # by default a method compared against on GSM8K was evaluated on it


def test_views_from_an_embedded_store(tmp_path, capsys):
    from paperkg.graph.build import build_graph, read_extracted
    from paperkg.graph.store import open_store
    from paperkg.graph.tables import graph_tables

    db = tmp_path / "g.lbdb"
    with open_store("ladybug", db) as store:
        store.load(graph_tables(build_graph(read_extracted(SMALL))))
    out = tmp_path / "b.html"
    assert main(["viz", "--db", str(db), "--bipartite", "-o", str(out)]) == 0, capsys.readouterr().err
    assert "MMLU" in out.read_text(encoding="utf-8")
    assert main(["viz", "--db", str(db), "--heatmap", "-o", str(tmp_path / "h.png")]) == 0
    assert (tmp_path / "h.png").read_bytes()[:4] == b"\x89PNG"
