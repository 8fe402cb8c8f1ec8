"""Pictures: interactive offline HTML (pyvis, wrapped), static SVG/PNG/PDF, heatmap.

Views copy their input and never mutate the caller's graph; every writer refuses to draw more than
``max_nodes`` nodes (default 300) and says how to narrow the picture or raise the bound.
"""

from .heatmap import matrix, write_heatmap
from .interactive import HTMLView, show, to_html, write_html
from .source import graph_from_papers, graph_from_store, read_papers
from .static import draw, write_static
from .views import (
    DEFAULT_MAX_NODES,
    bipartite,
    check_bound,
    find_nodes,
    neighbourhood,
    query_view,
    select_view,
    top_nodes,
)

__all__ = [
    "DEFAULT_MAX_NODES",
    "HTMLView",
    "bipartite",
    "check_bound",
    "draw",
    "find_nodes",
    "graph_from_papers",
    "graph_from_store",
    "matrix",
    "neighbourhood",
    "query_view",
    "read_papers",
    "select_view",
    "show",
    "to_html",
    "top_nodes",
    "write_heatmap",
    "write_html",
    "write_static",
]
