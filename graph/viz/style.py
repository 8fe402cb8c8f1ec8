"""Colours, display names and sizes shared by the interactive and the static pictures."""

from __future__ import annotations

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
    """The full human name of a node: entity name, paper title, repository URL, else its id."""
    d = G.nodes[n]
    for attr in ("name", "title", "url", "id", "key"):
        value = d.get(attr)
        if value:
            return str(value)
    return str(n)


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
