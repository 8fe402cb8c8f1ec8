"""Where a picture's graph comes from: a papers.jsonl file (built in memory) or a graph store (read back).

Thin wrappers over the graph package's own readers, so viz and export see the same graph.
"""

from __future__ import annotations

import networkx as nx

from paperkg.extract.records import ExtractedPaper


def read_papers(path) -> list[ExtractedPaper]:
    """ExtractedPaper records from a papers.jsonl file (the extract command's output)."""
    from paperkg.graph.build import read_extracted

    return read_extracted(path)


def graph_from_papers(path) -> nx.MultiDiGraph:
    from paperkg.graph.build import build_graph

    return build_graph(read_papers(path))


def graph_from_store(store) -> nx.MultiDiGraph:
    """Every node and relationship of the store as a networkx graph in build_graph's layout."""
    from paperkg.graph.export import graph_from_store as read_back

    return read_back(store)
