"""Pictures on the web pages: the interactive neighbourhood's data, the papers-per-year bars, and the static
slide pictures (neighbourhood, bipartite, heatmap) rendered by graph.viz from a few query rows."""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from paperkg import queries
from paperkg.errors import QueryError
from paperkg.graph import schema
from paperkg.graph.viz import heatmap, interactive, static

from . import data

FORMATS = {"svg": "image/svg+xml", "png": "image/png"}
THEMES = static.THEMES
VIEWS = {
    "neighbourhood": "an entity and the entities named most often in the same papers (needs ?key=)",
    "bipartite": "the method-benchmark pairs that most papers evaluate (?top= pairs, default 40)",
    "heatmap": "methods x benchmarks, papers per cell, the busiest rows and columns",
}
# Canned queries whose result has a picture: (view, what the button says).
QUERY_PICTURES = {"method-benchmark-matrix": ("heatmap", "bipartite")}
DEFAULT_TOP_PAIRS = 40
MAX_TOP_PAIRS = 120


def payload(G: nx.Graph) -> dict[str, Any]:
    """The interactive picture's data (vis-network nodes, edges, options); each node carries its page's URL."""
    out = interactive.view_payload(G)
    # A star around one node: longer springs leave room for the labels between the spokes.
    physics = out["options"]["physics"]
    out["options"] = {**out["options"], "physics": {**physics, "forceAtlas2Based": {
        **physics["forceAtlas2Based"], "springLength": 140, "gravitationalConstant": -110}}}
    for node in out["nodes"]:
        node["url"] = data.entity_url(node["id"])
    return out


def year_bars(years: list[dict[str, Any]], width: int = 360, height: int = 100) -> dict[str, Any]:
    """Bars for a small SVG chart of papers per year (years with no paper shown as gaps); undated papers
    are counted apart."""
    dated = {int(r["year"]): int(r["papers"]) for r in years if r.get("year") is not None}
    undated = sum(int(r["papers"]) for r in years if r.get("year") is None)
    if not dated:
        return {"bars": [], "undated": undated, "width": width, "height": height}
    first, last = min(dated), max(dated)
    span = list(range(first, last + 1))
    top = max(dated.values())
    slot = width / len(span)
    bars = []
    for i, year in enumerate(span):
        n = dated.get(year, 0)
        h = 0 if not n else max(2.0, (height - 30) * n / top)
        bars.append({"x": round(i * slot + slot * 0.1, 1), "w": round(slot * 0.8, 1), "y": round(height - 14 - h, 1),
                     "h": round(h, 1), "year": year, "papers": n})
    return {"bars": bars, "undated": undated, "width": width, "height": height, "first": first, "last": last,
            "top": top}


def bipartite_graph(store, top: int = DEFAULT_TOP_PAIRS) -> nx.MultiDiGraph:
    """The `top` method-benchmark pairs most papers evaluate, as a two-label graph."""
    rows = data.records(queries.run("method-benchmark-matrix", store))
    rows.sort(key=lambda r: (-int(r["papers"] or 0), r["method"], r["benchmark"]))
    G = nx.MultiDiGraph()
    for r in rows[:top]:
        G.add_node(r["method_key"], label=schema.METHOD.label, name=r["method"], key=r["method_key"])
        G.add_node(r["benchmark_key"], label=schema.BENCHMARK.label, name=r["benchmark"], key=r["benchmark_key"])
        G.add_edge(r["method_key"], r["benchmark_key"], key=schema.EVALUATED_ON, type=schema.EVALUATED_ON,
                   papers=int(r["papers"] or 0))
    return G


def _top(text: str | None) -> int:
    if text in (None, ""):
        return DEFAULT_TOP_PAIRS
    try:
        n = int(text)
    except ValueError:
        raise QueryError(f"top must be a whole number, not {text!r}") from None
    if not 1 <= n <= MAX_TOP_PAIRS:
        raise QueryError(f"top must be between 1 and {MAX_TOP_PAIRS}, not {n}")
    return n


def render(store, view: str, fmt: str, *, theme: str = "light", key: str | None = None,
           top: str | None = None) -> bytes:
    """A slide picture (16:9) as SVG or PNG bytes."""
    buf = io.BytesIO()
    if view == "heatmap":
        long = queries.run("method-benchmark-matrix", store)
        fig = heatmap.draw_heatmap(heatmap.matrix(long), title="Methods x benchmarks (papers)", theme=theme)
        static.save(fig, buf, fmt)
        return buf.getvalue()
    if view == "neighbourhood":
        if not key:
            raise QueryError("the neighbourhood picture needs ?key=ENTITY_KEY")
        G = data.neighbourhood(store, key)
        focus = G.nodes[key]
        what = "its models" if focus.get("label") == schema.MODEL_FAMILY.label else "entities named in the same papers"
        title = f"{focus.get('name')}: {what}"
    else:
        G = bipartite_graph(store, _top(top))
        title = "Methods and the benchmarks they are evaluated on (papers)"
    static.write_static(G, buf, title=title, theme=theme, fmt=fmt)
    return buf.getvalue()
