"""The state-of-the-art chart: records and steps from the results, static files, escaped HTML, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.cli import main
from paperkg.errors import QueryError
from paperkg.extract.records import Entity, ExtractedPaper, Mention, Result
from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables
from paperkg.graph.viz.leaderboard import leaderboard_points, to_html, write_leaderboard

FIXTURE = Path(__file__).parents[1] / "data" / "results_papers.jsonl"
EVIL = "<script>alert(1)</script>$x^2$"


def evil_papers() -> list[ExtractedPaper]:
    """Two papers whose method name, title and evidence hold markup and a matplotlib math-text trigger."""
    out = []
    for i, (year, value) in enumerate([(2020, 50.0), (2021, 40.0)]):
        text = f"We propose {EVIL}{i}. It reaches {value}% error rate on Foo-Bench."
        s, b = text.index(EVIL), text.index("Foo-Bench")
        v = text.index(f"{value}%")
        ents = [Entity(f"method:evil{i}", f"{EVIL}{i}", "method", "proposes", mentions=[Mention(f"{EVIL}{i}", s, s + len(EVIL) + 1, 0, "r")]),
                Entity("benchmark:foo-bench", "Foo-Bench", "benchmark", "evaluates_on", mentions=[Mention("Foo-Bench", b, b + 9, 1, "r")])]
        res = [Result(value, f"{value}%", "%", "error rate", "error rate", "lower", "exact", False, "benchmark:foo-bench",
                      "Foo-Bench", None, f"method:evil{i}", f"{EVIL}{i}", 1, v, v + len(f"{value}%"), "test")]
        out.append(ExtractedPaper(f"e{i}", f"Title {EVIL}", text, ents, year=year, results=res))
    return out


@pytest.fixture(scope="module")
def store():
    s = open_store()
    s.load(graph_tables(build_graph(read_extracted(FIXTURE) + evil_papers())))
    yield s
    s.close()


def test_points_records_and_steps(store):
    lb = leaderboard_points(store, "cifar 10")
    assert (lb.benchmark, lb.metric, lb.direction) == ("CIFAR-10", "accuracy", "higher")
    assert lb.records[["year", "value"]].values.tolist() == [[2015, 93.6], [2016, 96.0], [2017, 97.1], [2018, 98.5]]
    assert lb.steps() == [(2015, 93.6), (2016, 96.0), (2017, 97.1), (2018, 98.5)]
    assert 91.2 in set(lb.points["value"]) and not lb.points.loc[lb.points["value"] == 91.2, "record"].any()


def test_lower_is_better_records(store):
    lb = leaderboard_points(store, "foo-bench")
    assert lb.direction == "lower" and lb.records["value"].tolist() == [50.0, 40.0]


def test_static_files_with_markup_and_dollars_as_plain_text(store, tmp_path):
    lb = leaderboard_points(store, "Foo-Bench")
    for suffix in (".png", ".svg", ".pdf"):
        out = write_leaderboard(lb, tmp_path / f"c{suffix}")
        assert out.stat().st_size > 5_000
    svg = (tmp_path / "c.svg").read_text()
    assert "&lt;script&gt;" in svg and "<script>" not in svg  # the label is text in the SVG


def test_html_escapes_every_text_from_abstracts(store):
    page = to_html(leaderboard_points(store, "Foo-Bench"))
    assert page.count("<script>") == 1  # ours only
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "alert(1)</script>" not in page


def test_no_results_is_a_clear_error(store):
    with pytest.raises(QueryError, match="no dated results on 'MNIST-9'"):
        leaderboard_points(store, "MNIST-9")


def test_cli_leaderboard(tmp_path, capsys):
    out = tmp_path / "sota.png"
    assert main(["viz", "--papers", str(FIXTURE), "--leaderboard", "CIFAR-10", "--metric", "accuracy", "-o", str(out)]) == 0
    assert out.stat().st_size > 20_000 and "4 records" in capsys.readouterr().err
    assert main(["viz", "--papers", str(FIXTURE), "--metric", "accuracy", "-o", str(tmp_path / "x.png")]) != 0
    assert "--metric goes with --leaderboard" in capsys.readouterr().err
    assert main(["viz", "--papers", str(FIXTURE), "--leaderboard", "nothing", "-o", str(tmp_path / "y.png")]) != 0
    assert "no dated results" in capsys.readouterr().err
