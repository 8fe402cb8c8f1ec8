"""The method x benchmark heatmap (pandas + matplotlib): how many papers evaluate each method on each benchmark."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from paperkg.errors import QueryError
from paperkg.graph import schema

from . import style
from .static import image_format

MATRIX_QUERY = "method-benchmark-matrix"
MAX_METHODS = 40
MAX_BENCHMARKS = 30


def long_from_graph(G: nx.Graph) -> pd.DataFrame:
    """(method, benchmark, papers) rows from the graph's EVALUATED_ON edges."""
    rows = [
        (style.display_name(G, u), style.display_name(G, v), int(d.get("papers") or 1))
        for u, v, d in G.edges(data=True)
        if d.get("type") == schema.EVALUATED_ON
    ]
    return pd.DataFrame(rows, columns=["method", "benchmark", "papers"])


def _long_columns(df: pd.DataFrame) -> tuple[str, str, str]:
    """Which columns hold method, benchmark and count: by name first, else the first two text and one number."""
    lower = {str(c).lower(): c for c in df.columns}
    method = next((lower[c] for c in lower if "method" in c), None)
    bench = next((lower[c] for c in lower if "benchmark" in c), None)
    numeric = [c for c in df.columns if pd.api.types.is_numeric_dtype(df[c])]
    text = [c for c in df.columns if c not in numeric]
    method = method if method is not None else (text[0] if text else None)
    bench = bench if bench is not None else (text[1] if len(text) > 1 else None)
    count = next((c for c in numeric if "paper" in str(c).lower()), numeric[0] if numeric else None)
    if method is None or bench is None or count is None:
        raise QueryError(
            f"cannot read a method x benchmark matrix from columns {list(df.columns)}: "
            "need a method column, a benchmark column and a number of papers"
        )
    return method, bench, count


def matrix(source, *, max_methods: int = MAX_METHODS, max_benchmarks: int = MAX_BENCHMARKS) -> pd.DataFrame:
    """Methods (rows) x benchmarks (columns) -> papers, the busiest rows and columns first.

    source: a long DataFrame (the method-benchmark-matrix query's result), a networkx graph, or a
    store (the canned query is run on it).
    """
    if isinstance(source, nx.Graph):
        long = long_from_graph(source)
    elif isinstance(source, pd.DataFrame):
        long = source
    else:
        from paperkg import queries

        long = queries.run(MATRIX_QUERY, source)
    if long.empty:
        return pd.DataFrame(dtype=int)
    m, b, c = _long_columns(long)
    wide = long.pivot_table(index=m, columns=b, values=c, aggfunc="sum", fill_value=0)
    wide = wide.loc[wide.sum(axis=1).sort_values(ascending=False, kind="stable").index[:max_methods]]
    wide = wide[wide.sum(axis=0).sort_values(ascending=False, kind="stable").index[:max_benchmarks]]
    wide = wide.loc[wide.sum(axis=1) > 0, wide.sum(axis=0) > 0]
    wide.index.name, wide.columns.name = "method", "benchmark"
    return wide.astype(int)


def draw_heatmap(wide: pd.DataFrame, *, title: str = "Methods x benchmarks (papers)") -> Figure:
    rows, cols = wide.shape
    fig = Figure(figsize=(max(6.0, 1.6 + 0.42 * cols), max(3.5, 1.4 + 0.32 * rows)), layout="constrained")
    ax = fig.add_subplot()
    if rows == 0 or cols == 0:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no method was evaluated on a benchmark", ha="center", va="center")
        return fig
    values = wide.to_numpy()
    image = ax.imshow(np.ma.masked_equal(values, 0), cmap="Blues", aspect="auto", vmin=0)
    ax.set_xticks(range(cols), [style.short_name_text(str(c)) for c in wide.columns], rotation=55, ha="right", fontsize=8)
    ax.set_yticks(range(rows), [style.short_name_text(str(r)) for r in wide.index], fontsize=8)
    ax.set_xticks(np.arange(cols + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(rows + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="#e6e6e6", linewidth=0.6)
    ax.tick_params(which="minor", length=0)
    top = values.max() or 1
    for (i, j), v in np.ndenumerate(values):
        if v:
            ax.text(j, i, str(v), ha="center", va="center", fontsize=7, color="white" if v > top * 0.6 else "#222")
    ax.set_title(title, fontsize=11)
    bar = fig.colorbar(image, ax=ax, shrink=0.6, label="papers")
    bar.locator = MaxNLocator(integer=True)  # paper counts are whole numbers
    bar.update_ticks()
    return fig


def write_heatmap(source, path, *, max_methods: int = MAX_METHODS, max_benchmarks: int = MAX_BENCHMARKS,
                  title: str = "Methods x benchmarks (papers)") -> Path:
    """Write the heatmap of source (DataFrame, graph or store) as .svg, .png or .pdf."""
    fmt = image_format(path)
    wide = matrix(source, max_methods=max_methods, max_benchmarks=max_benchmarks)
    path = Path(path)
    draw_heatmap(wide, title=title).savefig(path, format=fmt, dpi=150, bbox_inches="tight")
    return path
