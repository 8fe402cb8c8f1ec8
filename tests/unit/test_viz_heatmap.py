"""The method x benchmark heatmap: the matrix it draws, from a graph or a query-shaped DataFrame."""

from __future__ import annotations

import pandas as pd
import pytest

from paperkg.errors import QueryError
from paperkg.graph.viz import matrix, write_heatmap
from test_viz_views import make_graph


def test_matrix_from_graph_exact():
    wide = matrix(make_graph())
    assert list(wide.index) == ["Direct Preference Optimization", "PPO"]
    assert list(wide.columns) == ["GSM8K", "MMLU"]
    assert wide.loc["Direct Preference Optimization"].tolist() == [1, 1]
    assert wide.loc["PPO"].tolist() == [1, 0]


def test_matrix_from_query_frame_any_column_names_and_limits():
    long = pd.DataFrame({"method_name": ["A", "A", "B", "C"], "benchmark_name": ["X", "Y", "X", "Z"],
                         "papers": [5, 1, 2, 1]})
    wide = matrix(long, max_methods=2, max_benchmarks=2)
    assert list(wide.index) == ["A", "B"] and list(wide.columns) == ["X", "Y"]
    assert wide.to_numpy().tolist() == [[5, 1], [2, 0]]


def test_matrix_needs_a_count_column():
    with pytest.raises(QueryError, match="number of papers"):
        matrix(pd.DataFrame({"method": ["A"], "benchmark": ["X"]}))


def test_write_heatmap_png_and_svg(tmp_path):
    png = write_heatmap(make_graph(), tmp_path / "h.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = write_heatmap(make_graph(), tmp_path / "h.svg")
    assert "GSM8K" in svg.read_text()


def test_empty_matrix_still_draws_a_note(tmp_path):
    out = write_heatmap(pd.DataFrame({"method": [], "benchmark": [], "papers": []}), tmp_path / "h.svg")
    assert "no method was evaluated" in out.read_text()
