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
        pos = nx.spring_layout(U, k=(2.0 if len(U) < 80 else 3.2) / len(U) ** 0.5, iterations=300 if len(U) >= 80 else 200, seed=_SEED)
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


SLIDE = (12.8, 7.2)  # inches: 16:9, 2000 x 1125 pixels at DPI
DPI = 156.25
# Colours of the two slide backgrounds (node colours are the same on both: style.COLOURS).
THEMES: dict[str, dict[str, str]] = {
    "light": {"bg": "#ffffff", "fg": "#1b1b1b", "muted": "#555555", "edge": "#9a9a9a", "border": "#333333",
              "focus": "#000000", "grid": "#e6e6e6"},
    "dark": {"bg": "#15181e", "fg": "#eef0f3", "muted": "#b8bdc6", "edge": "#6f7784", "border": "#e6e6e6",
             "focus": "#ffffff", "grid": "#2c313a"},
}


def theme_colours(theme: str) -> dict[str, str]:
    try:
        return THEMES[theme]
    except KeyError:
        raise InputError(f"unknown theme {theme!r}: use {' or '.join(THEMES)}") from None


def _draw_edges(ax, G: nx.Graph, pos: dict, colour: str) -> None:
    pairs = sorted({(u, v) for u, v in G.edges() if u != v}, key=str)
    widths = []
    for u, v in pairs:
        datas = list(G.get_edge_data(u, v).values()) if G.is_multigraph() else [G.edges[u, v]]
        papers = max(int(d.get("papers") or 0) for d in datas)
        widths.append(0.7 + min(papers, 8) * 0.45)
    ax.add_collection(LineCollection([(pos[u], pos[v]) for u, v in pairs], colors=colour, linewidths=widths,
                                     alpha=0.6, zorder=1))


def _spots(radius: float) -> tuple:
    """Where a label may go around a node of this radius (points), in order of preference: above, below,
    right, left, then the four diagonals; always clear of the node's own disc."""
    r = radius + 4
    d = r * 0.75
    return (("center", "bottom", (0, r)), ("center", "top", (0, -r)), ("left", "center", (r + 1, 0)),
            ("right", "center", (-r - 1, 0)), ("left", "bottom", (d, d)), ("right", "bottom", (-d, d)),
            ("left", "top", (d, -d)), ("right", "top", (-d, -d)))


def _disc_boxes(ax, G: nx.Graph, pos: dict, sizes: dict) -> dict:
    """Each node's disc as a display-space box (scatter sizes are areas in points^2)."""
    from matplotlib.transforms import Bbox

    px_per_pt = ax.figure.dpi / 72.0
    out = {}
    for n in G.nodes:
        x, y = ax.transData.transform(pos[n])
        r = (sizes[n] ** 0.5) / 2 * px_per_pt + 1
        out[n] = Bbox.from_extents(x - r, y - r, x + r, y + r)
    return out


def _place_labels(fig, ax, G: nx.Graph, pos: dict, sizes: dict, bip: bool, colours: dict) -> int:
    """Label nodes (focus, entities, papers; by falling degree) at the first spot around the node that
    overlaps no label already placed and no other node's disc, inside the picture; a label with no free spot
    is left out. A label's box (background colour, to read over edges) overlaps no node, so it hides none.
    (No path-effect halo: it would turn SVG text into outlines.)"""
    renderer = fig.canvas.get_renderer()
    focus = style.focus_nodes(G)
    discs = _disc_boxes(ax, G, pos, sizes)
    frame = fig.bbox
    order = style.label_priority(G)[: None if bip else MAX_LABELS]
    placed = []
    box_style = {"boxstyle": "round,pad=0.12", "fc": colours["bg"], "ec": "none", "alpha": 0.85}
    font, lines = 9.5, 2
    if bip:  # a column of many names: a font that fits its rows, one line when two would not
        rows = max(sum(1 for _, d in G.nodes(data=True) if d.get("label") == lab)
                   for lab in (schema.METHOD.label, schema.BENCHMARK.label))
        row_pt = ax.get_position().height * SLIDE[1] * 72 / max(rows, 1)
        font = max(5.5, min(9.5, row_pt * 0.7))
        lines = 2 if row_pt > 2.6 * font else 1
    for n in order:
        radius = (sizes[n] ** 0.5) / 2
        spots = _spots(radius)
        if bip:
            left = G.nodes[n].get("label") == schema.METHOD.label
            spots = ((("right", "center", (-radius - 4, 0)) if left else ("left", "center", (radius + 4, 0))),)
        others = [box for m, box in discs.items() if m != n]
        big = n in focus
        label = style.node_label(G, n, width=30 if bip else 22, lines=lines, full=big)
        for ha, va, offset in spots:
            text = ax.annotate(style.plain_text(label), pos[n], xytext=offset, textcoords="offset points",
                               fontsize=12 if big else font, ha=ha, va=va, zorder=4, color=colours["fg"],
                               fontweight="bold" if big else "normal", bbox=box_style,
                               linespacing=1.05, annotation_clip=False)
            box = text.get_window_extent(renderer).expanded(1.0, 1.0).padded(3)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 * 0.84 and frame.y0 <= box.y0 and box.y1 <= frame.y1 * 0.92
            if inside and not any(box.overlaps(o) for o in placed) and not any(box.overlaps(o) for o in others):
                placed.append(box)
                break
            text.remove()
    return len(placed)


def draw(G: nx.Graph, *, title: str | None = None, theme: str = "light") -> Figure:
    """A 16:9 matplotlib Figure of G for a slide (no pyplot involved), on a light or dark background."""
    colours = theme_colours(theme)
    bip = is_bipartite_view(G)
    pos = layout(G)
    fig = Figure(figsize=SLIDE, dpi=DPI, facecolor=colours["bg"])
    FigureCanvasAgg(fig)  # a real canvas, so label extents can be measured before saving
    # Fixed axes (no constrained layout) so measured label boxes stay where they are measured.
    ax = fig.add_axes((0.015, 0.02, 0.82, 0.88))
    ax.set_axis_off()
    ax.set_facecolor(colours["bg"])
    if title:
        fig.text(0.015, 0.955, style.plain_text(title), fontsize=16, color=colours["fg"], ha="left", va="center")
    if len(G):
        _draw_edges(ax, G, pos, colours["edge"])
        crowd = min(1.0, 50 / max(len(G), 1)) ** 0.75  # smaller discs when there are many
        sizes = style.scaled_sizes(G, 45 * crowd, 650 * crowd)
        nodes = list(G.nodes)
        focus = style.focus_nodes(G)
        ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
                   c=[style.colour(G.nodes[n].get("label")) for n in nodes],
                   edgecolors=[colours["focus"] if n in focus else colours["border"] for n in nodes],
                   linewidths=[2.8 if n in focus else 0.7 for n in nodes], zorder=2)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        pad_x = 0.42 * span_x if bip else 0.1 * span_x
        pad_y = 0.03 * span_y if bip else 0.08 * span_y
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)
        _place_labels(fig, ax, G, pos, sizes, bip, colours)
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=style.colour(lab),
                      markeredgecolor=colours["border"], label=lab or "other") for lab in style.labels_present(G)]
    if handles:
        legend = fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.845, 0.9), frameon=False,
                            fontsize=11)
        for text in legend.get_texts():
            text.set_color(colours["fg"])
    return fig


def write_static(G: nx.Graph, path, *, title: str | None = None, max_nodes: int | None = DEFAULT_MAX_NODES,
                 theme: str = "light", fmt: str | None = None):
    """Write G as .svg, .png or .pdf (chosen by the suffix, or by fmt for a file object)."""
    fmt = fmt or image_format(path)
    check_bound(G.number_of_nodes(), max_nodes)
    fig = draw(G, title=title, theme=theme)
    return save(fig, path, fmt)


def save(fig: Figure, path, fmt: str):
    """Save a picture to a path or file object. SVG keeps its text as text (editable on a slide, searchable)."""
    import matplotlib

    target = path if hasattr(path, "write") else Path(path)
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(target, format=fmt, dpi=DPI, metadata=metadata(fmt), facecolor=fig.get_facecolor())
    return target


def metadata(fmt: str) -> dict:
    # Fixed metadata keeps repeated renders byte-stable (no creation date).
    if fmt == "svg":
        return {"Date": None}
    if fmt == "pdf":
        return {"CreationDate": None}
    return {}
