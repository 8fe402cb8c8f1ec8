"""Colours, display names and sizes shared by the interactive and the static pictures."""

from __future__ import annotations

import re
import textwrap

import networkx as nx

from paperkg.graph import schema

# One colour per label (colour-blind friendly-ish, Okabe-Ito based), the same in HTML and matplotlib.
COLOURS: dict[str, str] = {
    schema.PAPER.label: "#9e9e9e",
    schema.METHOD.label: "#0072b2",
    schema.DATASET.label: "#e69f00",
    schema.BENCHMARK.label: "#d55e00",
    schema.TASK.label: "#009e73",
    schema.METRIC.label: "#cc79a7",
    schema.MODEL.label: "#56b4e9",
    schema.MODEL_FAMILY.label: "#1b4f72",
    schema.REPOSITORY.label: "#5d4037",
}
OTHER_COLOUR = "#bdbdbd"
LEGEND_ORDER = tuple(n.label for n in schema.NODE_TYPES)


def colour(label: str | None) -> str:
    return COLOURS.get(label or "", OTHER_COLOUR)


def display_name(G: nx.Graph, n) -> str:
    """The full human name of a node: entity name, paper title, repository URL, else its id. A paper without
    a title is "untitled paper (venue year)", never its hash id."""
    d = G.nodes[n]
    if d.get("label") == schema.PAPER.label and not str(d.get("title") or "").strip():
        where = " ".join(str(d[k]) for k in ("venue", "year") if d.get(k))
        return "untitled paper" + (f" ({where})" if where else "")
    for attr in ("name", "title", "url", "id", "key"):
        value = d.get(attr)
        if value:
            return str(value)
    return str(n)


def node_label(G: nx.Graph, n, *, width: int = 22, lines: int = 2, full: bool = False) -> str:
    """The label drawn next to a node: wrapped onto at most `lines` lines of about `width` characters, cut
    with an ellipsis only past that (a focus node, full=True, is never cut). A paper's title is in quotes, so
    a paper never carries the same label as the method it names."""
    text = " ".join(display_name(G, n).split())
    if G.nodes[n].get("label") == schema.REPOSITORY.label:  # a URL: the host and path say it all
        text = re.sub(r"^(?:https?:)?//(?:www\.)?", "", text)
    is_paper = G.nodes[n].get("label") == schema.PAPER.label and G.nodes[n].get("title")
    if is_paper and not full:
        width = max(width, 24)  # a title: two lines, then cut (titles are long)
    wrapped = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]
    if not full and len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = short_name_text(wrapped[-1] + " …", width)
        if not wrapped[-1].endswith("…"):
            wrapped[-1] = wrapped[-1].rstrip() + "…"
    label = "\n".join(wrapped)
    return f"“{label}”" if is_paper else label


def short_name(G: nx.Graph, n, limit: int = 28) -> str:
    """A label short enough to read on a picture (papers have long titles)."""
    return short_name_text(display_name(G, n), limit)


def labels_present(G: nx.Graph) -> list[str]:
    """The labels of G's nodes in legend order (unknown labels last)."""
    present = {d.get("label") or "" for _, d in G.nodes(data=True)}
    ordered = [lab for lab in LEGEND_ORDER if lab in present]
    return ordered + sorted(present - set(ordered))


def scaled_sizes(G: nx.Graph, low: float, high: float) -> dict:
    """Node size between low and high, growing with the square root of degree (hubs do not swamp)."""
    degrees = dict(G.degree())
    top = max(degrees.values(), default=0) or 1
    return {n: low + (high - low) * (deg / top) ** 0.5 for n, deg in degrees.items()}


def plain_text(text: str) -> str:
    """Text matplotlib draws as it is: a `$` would start math mode (and `$x^$` crash the drawing)."""
    return str(text).replace("$", r"\$")


def short_name_text(text: str, limit: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def focus_nodes(G: nx.Graph) -> set:
    """The nodes a neighbourhood view was centred on (kept in G.graph["focus"])."""
    return {n for n in G.graph.get("focus") or () if n in G}


def label_priority(G: nx.Graph) -> list:
    """Nodes in the order their labels should be placed: focus, then entities, then papers; by degree."""
    focus = focus_nodes(G)
    return sorted(G.nodes, key=lambda n: (n not in focus, G.nodes[n].get("label") == "Paper", -G.degree(n),
                                          display_name(G, n).casefold()))
