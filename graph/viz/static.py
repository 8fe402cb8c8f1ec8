"""Static pictures for slides: SVG, PNG or PDF through matplotlib (no pyplot, no global state).

Colours and legend match the interactive page. A method-benchmark view gets a two-column layout;
anything else a seeded spring layout. Labels go on the highest-degree nodes first and a label that
would overlap one already placed is dropped, so a big view does not turn into a hairball of text.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from paperkg.errors import InputError
from paperkg.graph import schema

from . import style
from .views import DEFAULT_MAX_NODES, check_bound

FORMATS = ("svg", "png", "pdf")
MAX_LABELS = 45
_SEED = 7


def image_format(path) -> str:
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(f"cannot write a static picture as {fmt or 'a file without a suffix'!r}: use .svg, .png or .pdf", str(path))
    return fmt


def is_bipartite_view(G: nx.Graph) -> bool:
    labels = {d.get("label") for _, d in G.nodes(data=True)}
    return labels == {schema.METHOD.label, schema.BENCHMARK.label}


def _two_columns(G: nx.Graph) -> dict:
    """Methods left, benchmarks right; each side ordered by its neighbours' rank to cut crossings."""
    benches = sorted((n for n, d in G.nodes(data=True) if d.get("label") == schema.BENCHMARK.label),
                     key=lambda n: (-G.degree(n), style.display_name(G, n).casefold()))
    rank = {b: i for i, b in enumerate(benches)}
    methods = [n for n, d in G.nodes(data=True) if d.get("label") == schema.METHOD.label]

    def barycentre(m) -> float:
        ranks = [rank[b] for b in nx.all_neighbors(G, m) if b in rank]
        return sum(ranks) / len(ranks) if ranks else len(benches)

    methods.sort(key=lambda m: (barycentre(m), style.display_name(G, m).casefold()))
    for _ in range(4):  # alternate sweeps: each side ordered by the mean position of its neighbours
        mrank = {m: i for i, m in enumerate(methods)}
        benches.sort(key=lambda b: (sum(mrank[m] for m in nx.all_neighbors(G, b) if m in mrank)
                                    / max(1, sum(1 for m in nx.all_neighbors(G, b) if m in mrank)), rank[b]))
        rank = {b: i for i, b in enumerate(benches)}
        methods.sort(key=lambda m: (barycentre(m), style.display_name(G, m).casefold()))
    pos = {}
    for column, nodes in ((0.0, methods), (1.0, benches)):
        step = 1.0 / max(len(nodes) - 1, 1)
        for i, n in enumerate(nodes):
            pos[n] = (column, 1.0 - i * step if len(nodes) > 1 else 0.5)
    return pos


def _component_layout(U: nx.Graph) -> dict:
    if len(U) == 1:
        return {next(iter(U)): (0.0, 0.0)}
    if len(U) >= 500:  # networkx's sparse spring layout needs scipy; ForceAtlas2 needs only numpy
        pos = nx.forceatlas2_layout(U, seed=_SEED, max_iter=150)
    else:
        pos = nx.spring_layout(U, k=2.0 / len(U) ** 0.5, iterations=200, seed=_SEED)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {n: ((x - cx) / half, (y - cy) / half) for n, (x, y) in pos.items()}


def _pack(components: list[dict]) -> dict:
    """Place unit-square component layouts in rows, biggest first, each scaled a little more than the
    square root of its size (big components get room to breathe), so small islands sit beside the main
    component instead of drifting off to the corners."""
    sides = [0.5 if len(c) == 1 else len(c) ** 0.62 for c in components]
    row_width = max(sum(2 * s * s for s in sides) ** 0.5 * 1.3, 2 * max(sides, default=1))
    pos: dict = {}
    x = y = row_height = 0.0
    for comp, size in zip(components, sides):
        if x > 0 and x + 2 * size > row_width:
            x, y, row_height = 0.0, y - row_height - 0.8, 0.0
        for n, (px, py) in comp.items():
            pos[n] = (x + size + px * size, y - size + py * size)
        x += 2 * size + 0.8
        row_height = max(row_height, 2 * size)
    return pos


def layout(G: nx.Graph) -> dict:
    """Positions for every node of G (deterministic)."""
    if is_bipartite_view(G):
        return _two_columns(G)
    U = nx.Graph(G.to_undirected(as_view=True))  # layouts want a simple graph
    parts = sorted(nx.connected_components(U), key=lambda c: (-len(c), min(map(str, c))))
    return _pack([_component_layout(U.subgraph(c)) for c in parts])


def _figure_size(G: nx.Graph, bip: bool) -> tuple[float, float]:
    if bip:
        per_side = max(sum(1 for _, d in G.nodes(data=True) if d.get("label") == lab)
                       for lab in (schema.METHOD.label, schema.BENCHMARK.label))
        return 11.0, max(5.0, 0.32 * per_side + 1.5)
    n = G.number_of_nodes()
    side = min(16.0, max(8.0, 4.0 + n ** 0.5))
    return side * 1.25, side


def _draw_edges(ax, G: nx.Graph, pos: dict) -> None:
    segments = [(pos[u], pos[v]) for u, v in {(u, v) for u, v in G.edges()} if u != v]
    widths = []
    for u, v in {(u, v) for u, v in G.edges()}:
        if u != v:
            papers = max(int(d.get("papers") or 0) for d in G.get_edge_data(u, v).values()) if G.is_multigraph() \
                else int(G.edges[u, v].get("papers") or 0)
            widths.append(0.6 + min(papers, 6) * 0.5)
    ax.add_collection(LineCollection(segments, colors="#9a9a9a", linewidths=widths, alpha=0.55, zorder=1))


# Where a label may go around its node, in order of preference: above, below, right, left.
_SPOTS = (("center", "bottom", (0, 7)), ("center", "top", (0, -7)), ("left", "center", (9, 0)), ("right", "center", (-9, 0)))


def _place_labels(fig, ax, G: nx.Graph, pos: dict, bip: bool) -> int:
    """Label nodes (focus, entities, papers; by falling degree) at the first spot around the node that
    overlaps no label already placed; a label with no free spot is left out."""
    renderer = fig.canvas.get_renderer()
    focus = style.focus_nodes(G)
    order = style.label_priority(G)[: None if bip else MAX_LABELS]
    placed = []
    for n in order:
        spots = _SPOTS
        if bip:
            left = G.nodes[n].get("label") == schema.METHOD.label
            spots = ((("right", "center", (-10, 0)) if left else ("left", "center", (10, 0))),)
        for ha, va, offset in spots:
            text = ax.annotate(style.short_name(G, n, 40 if bip else 28), pos[n], xytext=offset,
                               textcoords="offset points", fontsize=10 if n in focus else 8.5, ha=ha, va=va,
                               zorder=3, fontweight="bold" if n in focus else "normal",
                               bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
            box = text.get_window_extent(renderer)
            if not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
            text.remove()
    return len(placed)


def draw(G: nx.Graph, *, title: str | None = None) -> Figure:
    """A matplotlib Figure of G (no pyplot involved)."""
    bip = is_bipartite_view(G)
    pos = layout(G)
    fig = Figure(figsize=_figure_size(G, bip))
    FigureCanvasAgg(fig)  # a real canvas, so label extents can be measured before saving
    # Fixed axes (no constrained layout) so measured label boxes stay where they are measured.
    ax = fig.add_axes((0.01, 0.01, 0.84, 0.94))
    ax.set_axis_off()
    if title:
        ax.set_title(title, fontsize=13)
    if len(G):
        _draw_edges(ax, G, pos)
        sizes = style.scaled_sizes(G, 30, 420)
        nodes = list(G.nodes)
        focus = style.focus_nodes(G)
        ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
                   c=[style.colour(G.nodes[n].get("label")) for n in nodes],
                   edgecolors=["#000000" if n in focus else "#333333" for n in nodes],
                   linewidths=[2.5 if n in focus else 0.6 for n in nodes], zorder=2)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        pad_x = 0.45 * span_x if bip else 0.06 * span_x
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(min(ys) - 0.05 * span_y, max(ys) + 0.08 * span_y)
        _place_labels(fig, ax, G, pos, bip)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, markerfacecolor=style.colour(lab),
                      markeredgecolor="#333333", label=lab or "other") for lab in style.labels_present(G)]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
    return fig


def write_static(G: nx.Graph, path, *, title: str | None = None, max_nodes: int | None = DEFAULT_MAX_NODES) -> Path:
    """Write G as .svg, .png or .pdf (chosen by the suffix)."""
    fmt = image_format(path)
    check_bound(G.number_of_nodes(), max_nodes)
    fig = draw(G, title=title)
    path = Path(path)
    fig.savefig(path, format=fmt, dpi=150, bbox_inches="tight", metadata=_metadata(fmt))
    return path


def _metadata(fmt: str) -> dict:
    # Fixed metadata keeps repeated renders byte-stable (no creation date).
    if fmt == "svg":
        return {"Date": None}
    if fmt == "pdf":
        return {"CreationDate": None}
    return {}
