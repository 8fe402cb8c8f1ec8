"""Views: pure functions that pick the part of the graph a picture shows.

Each returns a NEW graph (nodes and edges with deep-copied attributes); the caller's graph is never
touched. ``select_view`` composes them and enforces the node bound (STYLE.md habit 10).
"""

from __future__ import annotations

import copy
import difflib
from collections import defaultdict
from collections.abc import Iterable, Mapping

import networkx as nx
import pandas as pd

from paperkg.errors import InputError, QueryError, TooManyNodes
from paperkg.graph import schema

DEFAULT_MAX_NODES = 300

# Match priority for --focus: exact keys first, then names, then aliases, then paper titles.
_KEY_ATTRS = ("key", "id", "url")
_NAME_ATTRS = ("name",)
_ALIAS_ATTRS = ("aliases",)
_TITLE_ATTRS = ("title",)


def _norm(text) -> str:
    return " ".join(str(text).split()).casefold()


def _values(d: Mapping, attrs: tuple[str, ...]) -> list[str]:
    out = []
    for attr in attrs:
        value = d.get(attr)
        if isinstance(value, str) and value:
            out.append(value)
        elif isinstance(value, (list, tuple)):
            out.extend(v for v in value if isinstance(v, str) and v)
    return out


def subgraph_copy(G: nx.Graph, nodes: Iterable) -> nx.Graph:
    """A new graph of the same class with these nodes, the edges among them, and copied attributes."""
    keep = set(nodes)
    H = G.__class__()
    H.graph.update(copy.deepcopy(G.graph))
    H.add_nodes_from((n, copy.deepcopy(d)) for n, d in G.nodes(data=True) if n in keep)
    if G.is_multigraph():
        H.add_edges_from(
            (u, v, k, copy.deepcopy(d)) for u, v, k, d in G.edges(keys=True, data=True) if u in keep and v in keep
        )
    else:
        H.add_edges_from((u, v, copy.deepcopy(d)) for u, v, d in G.edges(data=True) if u in keep and v in keep)
    return H


def check_bound(count: int, max_nodes: int | None) -> None:
    """Refuse to draw more than max_nodes nodes, saying how to narrow the picture or raise the bound."""
    if max_nodes is not None and count > max_nodes:
        raise TooManyNodes(
            f"the picture would draw {count} nodes, more than the bound of {max_nodes}: narrow it with "
            f"--focus NAME (and --depth 1), --bipartite, --query NAME or --top N, "
            f"or raise the bound with --max-nodes {count} (max_nodes= in Python)"
        )


def find_nodes(G: nx.Graph, focus: str) -> list:
    """The nodes named by focus: node id, key, name, alias or title, case-insensitive.

    Only the best kind of match counts (a key match beats a name match beats an alias); every node
    matching at that level is returned (e.g. "SQuAD" as both a Dataset and a Benchmark).
    """
    if focus in G:
        return [focus]
    want = _norm(focus)
    for attrs in (_KEY_ATTRS, _NAME_ATTRS, _ALIAS_ATTRS, _TITLE_ATTRS):
        hits = [n for n, d in G.nodes(data=True) if any(_norm(v) == want for v in _values(d, attrs))]
        if hits:
            return sorted(hits, key=str)
    names = {_norm(v): v for _, d in G.nodes(data=True) for v in _values(d, _NAME_ATTRS + _ALIAS_ATTRS)}
    close = [names[k] for k in difflib.get_close_matches(want, list(names), n=3, cutoff=0.75)]
    hint = f"; did you mean: {', '.join(close)}" if close else " (names, aliases and keys are matched, ignoring case)"
    raise InputError(f"no node named {focus!r} in the graph{hint}")


def neighbourhood(G: nx.Graph, focus: str, depth: int = 1) -> nx.Graph:
    """The nodes within depth hops (either direction) of the entity named focus."""
    if depth < 0:
        raise InputError(f"depth must be 0 or more, not {depth}")
    seeds = find_nodes(G, focus)
    U = G.to_undirected(as_view=True)
    keep: set = set()
    for seed in seeds:
        keep.update(nx.single_source_shortest_path_length(U, seed, cutoff=depth))
    H = subgraph_copy(G, keep)
    H.graph["focus"] = list(seeds)  # the writers draw these first and emphasised
    return H


def _evaluated_on_via_papers(G: nx.Graph) -> dict[tuple, int]:
    """(method, benchmark) -> number of papers that propose/use the method and evaluate on the benchmark."""
    method_rels = {schema.REL_OF_ROLE["proposes"], schema.REL_OF_ROLE["uses"]}
    bench_rel = schema.REL_OF_ROLE["evaluates_on"]
    papers: dict[tuple, set] = defaultdict(set)
    for p, d in G.nodes(data=True):
        if d.get("label") != schema.PAPER.label:
            continue
        methods, benches = set(), set()
        for _, n, e in G.out_edges(p, data=True):
            label = G.nodes[n].get("label")
            if label == schema.METHOD.label and e.get("type") in method_rels:
                methods.add(n)
            elif label == schema.BENCHMARK.label and e.get("type") == bench_rel:
                benches.add(n)
        for m in methods:
            for b in benches:
                papers[(m, b)].add(p)
    return {pair: len(ps) for pair, ps in papers.items()}


def _evaluated_on_edges(G: nx.Graph) -> dict[tuple, int]:
    pairs: dict[tuple, int] = {}
    for u, v, d in G.edges(data=True):
        if d.get("type") == schema.EVALUATED_ON:
            pairs[(u, v)] = int(d.get("papers") or 1)
    return pairs


def bipartite(G: nx.Graph, *, via_papers: bool = False) -> nx.MultiDiGraph:
    """Methods and the benchmarks they are evaluated on, one EVALUATED_ON edge a pair (attr papers).

    Uses the graph's derived EVALUATED_ON edges; via_papers (or a graph without them) derives the
    pairs from the papers instead: a paper proposing/using a method and evaluating on a benchmark.
    """
    pairs = {} if via_papers else _evaluated_on_edges(G)
    if not pairs:
        pairs = _evaluated_on_via_papers(G)
    H = nx.MultiDiGraph()
    for n in sorted({n for pair in pairs for n in pair}, key=str):
        H.add_node(n, **copy.deepcopy(G.nodes[n]))
    for (m, b), count in sorted(pairs.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        H.add_edge(m, b, key=schema.EVALUATED_ON, type=schema.EVALUATED_ON, papers=count)
    return H


def _name_index(G: nx.Graph) -> tuple[dict[str, set], dict[str, set]]:
    exact: dict[str, set] = defaultdict(set)
    alias: dict[str, set] = defaultdict(set)
    for n, d in G.nodes(data=True):
        exact[_norm(n)].add(n)
        for v in _values(d, _KEY_ATTRS + _NAME_ATTRS + _TITLE_ATTRS):
            exact[_norm(v)].add(n)
        for v in _values(d, _ALIAS_ATTRS):
            alias[_norm(v)].add(n)
    return exact, alias


def _cells(values: Iterable) -> Iterable[str]:
    for value in values:
        if isinstance(value, str):
            yield value
        elif isinstance(value, (list, tuple, set)) or hasattr(value, "tolist"):
            items = value.tolist() if hasattr(value, "tolist") else value
            if isinstance(items, list | tuple | set):
                yield from (v for v in items if isinstance(v, str))


def query_view(G: nx.Graph, rows: pd.DataFrame, params: Mapping | None = None) -> nx.Graph:
    """The nodes named in a canned query's result (any column, list cells too) and in its parameters."""
    exact, alias = _name_index(G)
    values = list(_cells(rows.to_numpy().ravel())) if len(rows) else []
    values += list(_cells((params or {}).values()))
    keep: set = set()
    for value in values:
        key = _norm(value)
        keep |= exact.get(key) or alias.get(key) or set()
    if not keep:
        if rows.empty:
            raise QueryError("the query returned no rows: nothing to draw")
        raise QueryError("no value in the query's result names a node of the graph: nothing to draw")
    return subgraph_copy(G, keep)


def top_nodes(G: nx.Graph, n: int, labels: Iterable[str] | None = None) -> nx.Graph:
    """Up to n nodes of highest degree (optionally only of these labels) and the edges among them, none left
    without an edge: a top node whose neighbours all missed the cut gives its place to the next node (by
    degree) that links to one already chosen. A picture of unconnected dots says nothing. With labels (nodes
    of one kind, often never linked to each other) the n nodes of highest degree are kept as they are."""
    if n < 1:
        raise InputError(f"--top must be 1 or more, not {n}")
    wanted = set(labels) if labels else None
    candidates = [(node, deg) for node, deg in G.degree() if wanted is None or G.nodes[node].get("label") in wanted]
    ranked = [node for node, _ in sorted(candidates, key=lambda nd: (-nd[1], str(nd[0])))]
    if n == 1 or wanted is not None or not ranked:
        return subgraph_copy(G, ranked[:n])
    U = G.to_undirected(as_view=True)

    def linked(node, chosen) -> bool:
        return any(u in chosen and u != node for u in U.neighbors(node))

    top = set(ranked[:n])
    chosen = {v for v in top if linked(v, top)}
    if not chosen:  # not one edge among the top n: grow from the busiest node instead
        chosen = {ranked[0]}
    for node in ranked:
        if len(chosen) >= n:
            break
        if node not in chosen and linked(node, chosen):
            chosen.add(node)
    if len(chosen) == 1 and len(ranked) > 1:
        chosen = set(ranked[:1])  # the busiest node has no neighbour at all: it alone
    return subgraph_copy(G, chosen)


def main_part(G: nx.Graph, min_size: int = 8) -> nx.Graph:
    """The whole graph as a picture shows it: its largest connected component and every other component of at
    least min_size nodes; G.graph["left_out"] says how many smaller fragments (and nodes) were left out."""
    parts = sorted(nx.connected_components(G.to_undirected(as_view=True)), key=len, reverse=True)
    if len(parts) <= 1:
        return G
    keep = [c for i, c in enumerate(parts) if i == 0 or len(c) >= min_size]
    H = subgraph_copy(G, set().union(*keep))
    dropped = parts[len(keep):]
    H.graph["left_out"] = {"fragments": len(dropped), "nodes": sum(len(c) for c in dropped)}
    return H


def select_view(
    G: nx.Graph,
    *,
    focus: str | None = None,
    depth: int = 1,
    bipartite_view: bool = False,
    via_papers: bool = False,
    query_rows: pd.DataFrame | None = None,
    query_params: Mapping | None = None,
    top: int | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    whole_part: bool = False,
) -> nx.Graph:
    """Compose the views in a fixed order (bipartite, focus, query, top), then enforce the bound. With no view
    and whole_part, the whole graph's main part (main_part: small fragments left out)."""
    view = G
    if bipartite_view:
        view = bipartite(view, via_papers=via_papers)
    if focus is not None:
        view = neighbourhood(view, focus, depth)
    if query_rows is not None:
        view = query_view(view, query_rows, query_params)
    if top is not None:
        view = top_nodes(view, top)
    if whole_part and view is G and len(G):
        view = main_part(G)
    check_bound(view.number_of_nodes(), max_nodes)
    return subgraph_copy(view, view.nodes) if view is G else view
