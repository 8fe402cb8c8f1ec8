"""Trend and rising charts: the numbers they draw come from the canned queries; files for slides and browsers."""

import json
import re

import matplotlib.image as mpimg
import pytest

from paperkg.cli import main
from paperkg.errors import QueryError
from paperkg.graph.viz import charts

DPO = "Direct Preference Optimization"


@pytest.fixture(scope="module")
def store(small_store):
    return small_store


def test_trend_table_fills_years_with_no_paper(store):
    df = charts.trend_table(store, ["DPO", "SQuAD"])
    got = [(r.series, r.year, r.papers, r.year_papers, round(r.share, 3)) for r in df.itertuples(index=False)]
    assert got == [(DPO, 2023, 2, 2, 1.0), (DPO, 2024, 1, 2, 0.5), ("SQuAD", 2023, 0, 2, 0.0), ("SQuAD", 2024, 1, 2, 0.5)]
    with pytest.raises(QueryError, match="no papers name nothing"):
        charts.trend_table(store, ["nothing"])


def test_trend_png_is_a_16_9_slide_and_html_is_offline_and_escaped(store, tmp_path):
    png = charts.write_trend(store, ["DPO", "MT-Bench"], tmp_path / "t.png")
    assert mpimg.imread(png).shape[:2] == (1080, 1920)
    page = charts.write_trend(store, ["DPO"], tmp_path / "t.html", title="<b>x</b>").read_text()
    assert "<title>&lt;b&gt;x&lt;/b&gt;</title>" in page and "<b>x</b>" not in page
    assert not re.search(r"(src|href)=\"?https?:", page)  # nothing fetched
    data = json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1))
    assert data["series"][0]["name"] == DPO and data["series"][0]["papers"] == [2, 1]


def test_a_name_with_markup_stays_data(tmp_path):
    # The fixture's injection name is a method: its trend page must not carry its markup raw.
    from paperkg.graph.build import build_graph, read_extracted
    from paperkg.graph.store import open_store
    from paperkg.graph.tables import graph_tables

    with open_store() as s:
        s.load(graph_tables(build_graph(read_extracted("tests/data/small_papers.jsonl"))))
        df = charts.trend_table(s, ["DPO"])
        df.loc[:, "series"] = "</script><script>window.__pwned=1</script>"
        page = charts.trend_html(df, "t")
    assert "</script><script>window.__pwned" not in page
    assert "\\u003c/script\\u003e" in page


def test_rising_chart_from_the_cli(small_db, tmp_path, capsys):
    out = tmp_path / "r.svg"
    assert main(["viz", "--rising", "--since", "2024", "--min-papers", "1", "--db", small_db, "-o", str(out)]) == 0
    svg = out.read_text()
    assert "BERT" in svg and "SQuAD" in svg
    assert main(["viz", "--rising", "--since", "2024", "--min-papers", "5", "--db", small_db, "-o", str(out)]) == 2
    assert "lower --min-papers" in capsys.readouterr().err
    html_out = tmp_path / "r.html"
    assert main(["viz", "--rising", "--since", "2024", "--min-papers", "1", "--db", small_db, "-o", str(html_out)]) == 0
    assert "<table>" in html_out.read_text()


def test_trend_from_the_cli(small_db, tmp_path, capsys):
    out = tmp_path / "t.pdf"
    assert main(["viz", "--trend", "DPO", "llama-2-7b", "--db", small_db, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["viz", "--trend", "DPO", "--rising", "--db", small_db, "-o", str(out)]) == 2
