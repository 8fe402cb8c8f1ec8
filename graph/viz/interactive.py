"""Interactive HTML pictures through pyvis, wrapped so the page works with no network and is safe.

pyvis builds the node and edge records; the page around them is ours: vis-network's JavaScript is
inlined from the copy pyvis ships (no CDN, no bootstrap), the data travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and tooltips are plain
strings, which vis-network 9.1 puts in the page with ``innerText`` (text, never markup).
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from paperkg.errors import MissingDependency
from paperkg.graph import schema

from . import style
from .views import DEFAULT_MAX_NODES, check_bound

VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")
_TOOLTIP_SENTENCES = 2
_ABSTRACT_CHARS = 400

# Our own few CSS rules (vis-network's 220 kB stylesheet is mostly widgets we do not use).
_CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; background: #ffffff; }
#paperkg-title { position: absolute; top: 8px; left: 12px; margin: 0; font-size: 16px; z-index: 3; }
#paperkg-graph { position: absolute; inset: 0; }
#paperkg-legend { position: absolute; top: 36px; left: 12px; z-index: 3; background: rgba(255,255,255,.9);
  border: 1px solid #ddd; border-radius: 4px; padding: 6px 10px; font-size: 13px; line-height: 1.6; }
#paperkg-legend .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 50%;
  margin-right: 6px; vertical-align: -1px; }
div.vis-tooltip { position: absolute; visibility: hidden; z-index: 5; pointer-events: none;
  max-width: 460px; white-space: pre-wrap; overflow-wrap: anywhere; padding: 6px 8px; font-size: 13px;
  background: #fffdf5; color: #111; border: 1px solid #999; border-radius: 3px;
  box-shadow: 2px 2px 8px rgba(0,0,0,.2); }
"""

_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("paperkg-data").textContent);
  var container = document.getElementById("paperkg-graph");
  var network = new vis.Network(container,
    {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}, data.options);
  // Lay out once, then hold still: physics off after stabilisation.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    network.fit();
    document.body.setAttribute("data-stabilized", "true");
  });
  window.paperkgNetwork = network;
})();
"""

OPTIONS = {
    "autoResize": True,
    "nodes": {
        "shape": "dot",
        "borderWidth": 1,
        "font": {"size": 15, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
        "color": {"color": "#b8b8b8", "highlight": "#444444", "hover": "#666666"},
        "smooth": False,
        "width": 1,
    },
    "physics": {
        "solver": "forceAtlas2Based",
        # Long springs and strong repulsion: labels (two lines, a paper's title in one) need room between nodes.
        "forceAtlas2Based": {"gravitationalConstant": -160, "springLength": 190, "avoidOverlap": 1.0},
        "stabilization": {"enabled": True, "iterations": 500, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 100},
    "layout": {"randomSeed": 7},  # the same page lays out the same way every time
}


def _vis_js() -> str:
    try:
        import pyvis  # noqa: F401
    except ImportError as exc:  # pragma: no cover - pyvis is a core dependency
        raise MissingDependency("pyvis", "viz") from exc
    js = resources.files("pyvis").joinpath(*VIS_JS).read_text(encoding="utf-8")
    # Drop the source-map comment: dev tools would try to fetch the .map file next to the page.
    return re.sub(r"//# sourceMappingURL=\S*", "", js)


def _script_json(value) -> str:
    """JSON that cannot close its <script> element or open a comment: <, >, & as \\u escapes."""
    text = json.dumps(value, ensure_ascii=False)
    for char, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, esc)
    return text


def _clip(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _evidence_sentences(G: nx.Graph, n) -> list[str]:
    """The first few evidence sentences on the edges into n (paper -> entity)."""
    found: list[str] = []
    for _, _, d in G.in_edges(n, data=True) if G.is_directed() else G.edges(n, data=True):
        sentence = d.get("sentence")
        if sentence and sentence not in found:
            found.append(sentence)
        if len(found) >= _TOOLTIP_SENTENCES:
            break
    return found


def node_tooltip(G: nx.Graph, n) -> str:
    """Plain text shown on hover: what the node is, and the evidence for it."""
    d = G.nodes[n]
    label = d.get("label") or "Node"
    lines = [f"{label}: {style.display_name(G, n)}"]
    if d.get("aliases"):
        lines.append("aliases: " + ", ".join(map(str, d["aliases"])))
    if d.get("family"):
        lines.append(f"family: {d['family']}")
    if label == schema.PAPER.label:
        meta = " · ".join(str(d[k]) for k in ("id", "year", "venue") if d.get(k))
        if meta:
            lines.append(meta)
        if d.get("abstract"):
            lines.append("")
            lines.append(_clip(d["abstract"], _ABSTRACT_CHARS))
    else:
        for sentence in _evidence_sentences(G, n):
            lines.append("“" + _clip(sentence, 300) + "”")
    lines.append(f"degree: {G.degree(n)}")
    return "\n".join(lines)


def edge_tooltip(datas: list[dict]) -> str:
    """Plain text for the (merged) edges between one pair of nodes: type, evidence sentence, rule."""
    parts = []
    for d in datas:
        line = str(d.get("type") or "edge")
        if d.get("papers"):
            line += f" ({d['papers']} paper{'s' if d['papers'] != 1 else ''})"
        if d.get("sentence"):
            line += "\n“" + _clip(d["sentence"], 300) + "”"
        if d.get("rule"):
            line += f"\nrule: {d['rule']}"
        parts.append(line)
    return "\n\n".join(parts)


def to_pyvis(G: nx.Graph):
    """A pyvis Network holding G's nodes (coloured by label, sized by degree) and merged edges."""
    from pyvis.network import Network

    net = Network(directed=G.is_directed(), cdn_resources="in_line")
    ids = {n: str(n) for n in G.nodes}
    sizes = style.scaled_sizes(G, 10, 38)
    focus = style.focus_nodes(G)
    for n, d in G.nodes(data=True):
        c = style.colour(d.get("label"))
        extra = {"borderWidth": 4, "font": {"size": 20, "bold": True}} if n in focus else {}
        net.add_node(
            ids[n],
            **extra,
            label=style.node_label(G, n, full=n in focus),
            title=node_tooltip(G, n),
            size=round(sizes[n], 1),
            # No pyvis "group": it would drop this colour for vis-network's palette.
            color={"background": c, "border": "#000000" if n in focus else "#333333",
                   "highlight": {"background": c, "border": "#000000"},
                   "hover": {"background": c, "border": "#000000"}},  # keep the type colour on hover
        )
    pairs: dict[tuple, list[dict]] = {}
    for u, v, d in G.edges(data=True):
        pairs.setdefault((u, v), []).append(d)
    for (u, v), datas in pairs.items():
        width = 1 + min(4, max(int(d.get("papers") or 0) for d in datas) / 2)
        net.add_edge(ids[u], ids[v], title=edge_tooltip(datas), width=width)
    return net


def _legend_html(G: nx.Graph) -> str:
    counts: dict[str, int] = {}
    for _, d in G.nodes(data=True):
        counts[d.get("label") or ""] = counts.get(d.get("label") or "", 0) + 1
    rows = [
        f'<div><span class="swatch" style="background:{style.colour(lab)}"></span>'
        f"{html.escape(lab or 'other')} ({counts[lab]})</div>"
        for lab in style.labels_present(G)
    ]
    return '<div id="paperkg-legend">' + "".join(rows) + "</div>"


def view_payload(G: nx.Graph) -> dict:
    """The picture's data for vis-network: {"nodes", "edges", "options"}, plain JSON-able values (the page
    around it is the caller's: to_html here, `paperkg serve`'s entity page)."""
    net = to_pyvis(G)
    nodes, edges, *_ = net.get_network_data()
    options = OPTIONS
    if not G.is_directed():  # no arrowheads on an undirected view
        options = {**OPTIONS, "edges": {**OPTIONS["edges"], "arrows": {"to": {"enabled": False}}}}
    return {"nodes": nodes, "edges": edges, "options": options}


def to_html(G: nx.Graph, title: str = "paperkg", *, max_nodes: int | None = DEFAULT_MAX_NODES) -> str:
    """The whole self-contained page as a string."""
    check_bound(G.number_of_nodes(), max_nodes)
    payload = view_payload(G)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f"<title>{html.escape(title)}</title>",
            f"<style>{_CSS}</style>",
            f"<script>{_vis_js()}</script>",
            "</head><body>",
            f'<h1 id="paperkg-title">{html.escape(title)}</h1>',
            _legend_html(G),
            '<div id="paperkg-graph"></div>',
            f'<script type="application/json" id="paperkg-data">{_script_json(payload)}</script>',
            f"<script>{_SCRIPT}</script>",
            "</body></html>",
        ]
    )


def write_html(G: nx.Graph, path, title: str = "paperkg", *, max_nodes: int | None = DEFAULT_MAX_NODES) -> Path:
    """Write the interactive page for G to path; it opens from disk with no network."""
    path = Path(path)
    path.write_text(to_html(G, title, max_nodes=max_nodes), encoding="utf-8")
    return path


class HTMLView:
    """Displays inline in a notebook: the page inside an iframe's srcdoc (attribute-escaped)."""

    def __init__(self, page: str, height: int = 600):
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" '
            f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd"></iframe>'
        )

    def __repr__(self) -> str:
        return f"<HTMLView: interactive paperkg picture, {len(self.page):,} characters; save(path) writes it>"

    def save(self, path) -> Path:
        path = Path(path)
        path.write_text(self.page, encoding="utf-8")
        return path


def show(G: nx.Graph, title: str = "paperkg", *, height: int = 600, max_nodes: int | None = DEFAULT_MAX_NODES) -> HTMLView:
    """The interactive picture for a notebook cell."""
    return HTMLView(to_html(G, title, max_nodes=max_nodes), height)
