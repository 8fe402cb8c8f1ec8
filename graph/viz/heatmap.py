"""The method x benchmark heatmap (pandas + matplotlib): how many papers evaluate each method on each benchmark."""

from __future__ import annotations

import textwrap
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import matplotlib
from matplotlib.colors import BoundaryNorm, ListedColormap, LogNorm
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from paperkg.errors import QueryError
from paperkg.graph import schema

from . import style
from .static import DPI, SLIDE, image_format, save, theme_colours

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


def draw_heatmap(wide: pd.DataFrame, *, title: str = "Methods x benchmarks (papers)", theme: str = "light") -> Figure:
    """A 16:9 heatmap for a slide: whole labels (wrapped, cut only past two lines), one colour step per paper
    count while counts are small (a log scale past that), and no colour bar when every cell holds the same
    count (the title says it instead)."""
    colours = theme_colours(theme)
    rows, cols = wide.shape
    fig = Figure(figsize=SLIDE, dpi=DPI, layout="constrained", facecolor=colours["bg"])
    fig.get_layout_engine().set(w_pad=0.25, h_pad=0.2)  # a margin round the slide
    ax = fig.add_subplot()
    ax.set_facecolor(colours["bg"])
    if rows == 0 or cols == 0:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no method was evaluated on a benchmark", ha="center", va="center", color=colours["fg"])
        return fig
    values = wide.to_numpy()
    top = int(values.max()) or 1
    low = int(values[values > 0].min()) if (values > 0).any() else 1
    # Blues from a visible light blue: its white end would vanish on a light slide.
    cmap = ListedColormap(matplotlib.colormaps["Blues"](np.linspace(0.28, 1.0, 256)))
    if top <= 12:
        bounds = np.arange(0.5, top + 1.5)
        norm = BoundaryNorm(bounds, cmap.N)
    else:
        norm = LogNorm(vmin=1, vmax=top)
    image = ax.imshow(np.ma.masked_equal(values, 0), cmap=cmap, norm=norm, aspect="auto")
    size = 9 if max(rows, cols) <= 30 else 7.5
    ax.set_xticks(range(cols), [_tick(c, 24) for c in wide.columns], rotation=50, ha="right",
                  rotation_mode="anchor", fontsize=size, color=colours["fg"])
    ax.set_yticks(range(rows), [_tick(r, 34) for r in wide.index], fontsize=size, color=colours["fg"])
    ax.set_xticks(np.arange(cols + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(rows + 1) - 0.5, minor=True)
    ax.grid(which="minor", color=colours["grid"], linewidth=0.6)
    ax.tick_params(which="both", length=0, colors=colours["fg"])
    for spine in ax.spines.values():
        spine.set_visible(False)
    for (i, j), v in np.ndenumerate(values):
        if v:
            dark_cell = norm(v) > 0.55
            ax.text(j, i, str(v), ha="center", va="center", fontsize=size - 1,
                    color="white" if dark_cell else "#1b1b1b")
    if low == top:
        title = f"{title}: every marked cell {top} paper{'s' if top != 1 else ''}"
    ax.set_title(style.plain_text(title), fontsize=15, color=colours["fg"], loc="left")
    if low != top:
        bar = fig.colorbar(image, ax=ax, shrink=0.6, aspect=30)
        bar.set_label("papers", color=colours["fg"])
        if top <= 12:
            bar.set_ticks(range(1, top + 1))
        else:  # whole numbers on the log scale, not powers of ten in math text
            bar.set_ticks([t for t in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000) if t * 1.3 <= top] + [top])
            bar.ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
            bar.ax.yaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
        bar.ax.tick_params(colors=colours["fg"], labelsize=9)
        bar.outline.set_visible(False)
    return fig


def _tick(text, width: int) -> str:
    """A tick label: wrapped onto two lines, cut only past that; plain text (no math mode)."""
    lines = textwrap.wrap(" ".join(str(text).split()), width, break_on_hyphens=False) or [str(text)]
    if len(lines) > 2:
        lines = [lines[0], style.short_name_text(" ".join(lines[1:]), width)]
    return style.plain_text("\n".join(lines))


def write_heatmap(source, path, *, max_methods: int = MAX_METHODS, max_benchmarks: int = MAX_BENCHMARKS,
                  title: str = "Methods x benchmarks (papers)", theme: str = "light") -> Path:
    """Write the heatmap of source (DataFrame, graph or store) as .svg, .png or .pdf."""
    fmt = image_format(path)
    wide = matrix(source, max_methods=max_methods, max_benchmarks=max_benchmarks)
    path = Path(path)
    return save(draw_heatmap(wide, title=title, theme=theme), path, fmt)
