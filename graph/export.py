"""Export the in-memory graph: GraphML, GEXF (Gephi), node-link JSON, and Neo4j bulk-import CSVs.

GraphML and GEXF accept only scalar attributes: lists (aliases, sentences) are written as JSON text and
None values are left out. In GEXF the node ``label`` is what Gephi shows, so it carries the display name and
the schema label moves to ``kind``; names GEXF reserves are renamed: node ``id`` -> ``paper_id``, edge ``type``
(directed/undirected) -> ``relation``, edge ``start``/``end`` (time spells) -> ``start_char``/``end_char``.
node-link JSON keeps every attribute as it is; the node identifier goes under ``node`` because papers have an
``id`` property of their own.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from paperkg.errors import PaperkgError

FORMATS = ("graphml", "gexf", "json", "neo4j-csv")
_GEXF_EDGE_RENAMES = {"type": "relation", "start": "start_char", "end": "end_char"}
_NODE_LINK = {"edges": "edges", "name": "node"}


def display_name(data: dict) -> str:
    """What a person calls this node: entity name, paper title (or id), repository url."""
    return str(data.get("name") or data.get("title") or data.get("id") or data.get("url") or data.get("key") or "")


def _scalar(value):
    if isinstance(value, (list, tuple, set, dict)):
        return json.dumps(list(value) if isinstance(value, (tuple, set)) else value, ensure_ascii=False)
    return value


def _flat_copy(G: nx.MultiDiGraph, gexf: bool) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None}
        if gexf:
            if "id" in attrs:
                attrs["paper_id"] = attrs.pop("id")
            attrs["kind"] = attrs.pop("label", "")
            attrs["label"] = display_name(data)
        H.add_node(n, **attrs)
    for u, v, key, data in G.edges(keys=True, data=True):
        attrs = {k: _scalar(val) for k, val in data.items() if val is not None}
        if gexf:
            for old, new in _GEXF_EDGE_RENAMES.items():
                if old in attrs:
                    attrs[new] = attrs.pop(old)
        H.add_edge(u, v, key=key, **attrs)
    return H


def export(G: nx.MultiDiGraph, fmt: str, out: str | Path) -> Path:
    """Write G to out in fmt (one of FORMATS; neo4j-csv writes a folder). Returns the path written."""
    from paperkg.outputs import output_path

    out = Path(out)
    if fmt in ("graphml", "gexf", "json"):
        with output_path(out) as target:  # whole or not at all; a device or symlink is not replaced
            if fmt == "graphml":
                nx.write_graphml(_flat_copy(G, gexf=False), target)
            elif fmt == "gexf":
                nx.write_gexf(_flat_copy(G, gexf=True), target)
            else:
                data = nx.node_link_data(G, **_NODE_LINK)
                target.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    elif fmt == "neo4j-csv":
        from paperkg.graph.export_neo4j_csv import write_neo4j_csv
        from paperkg.graph.tables import graph_tables

        write_neo4j_csv(graph_tables(G), out)
    else:
        raise PaperkgError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return out


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read a node-link JSON export back into a graph."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, **_NODE_LINK)


def graph_from_store(store) -> nx.MultiDiGraph:
    """Read a whole store back into a networkx graph with the build_graph layout (for export from --db)."""
    from paperkg.graph import schema
    from paperkg.graph.build import node_id

    def q(name: str) -> str:
        return "`" + name + "`"

    G = nx.MultiDiGraph()
    for nt in schema.NODE_TYPES:
        cols = ", ".join(f"n.{q(p)} AS {q(p)}" for p, _ in nt.properties)
        for row in store.run(f"MATCH (n:{q(nt.label)}) RETURN {cols}").to_dict("records"):
            G.add_node(node_id(nt.label, row[nt.key]), label=nt.label, **{k: _clean(v) for k, v in row.items()})
    for rt in schema.REL_TYPES:
        sk, dk = schema.NODE_BY_LABEL[rt.source].key, schema.NODE_BY_LABEL[rt.target].key
        cols = "".join(f", r.{q(p)} AS {q(p)}" for p, _ in rt.properties)
        cypher = (f"MATCH (a:{q(rt.source)})-[r:{q(rt.type)}]->(b:{q(rt.target)}) "
                  f"RETURN a.{q(sk)} AS src_key, b.{q(dk)} AS dst_key{cols}")
        evidence = rt.properties == schema.EVIDENCE_PROPS
        for row in store.run(cypher).to_dict("records"):
            u, v = node_id(rt.source, row.pop("src_key")), node_id(rt.target, row.pop("dst_key"))
            attrs = {k: _clean(val) for k, val in row.items()}
            if evidence:  # as build_graph has it: the store keeps the first sentence only as `sentences`' first
                attrs = {"sentence": (attrs["sentences"] or [None])[0], **attrs}
            G.add_edge(u, v, key=rt.type, type=rt.type, **attrs)
    return G


def _clean(value):
    """Store results come back as numpy/pandas values (NaN for null): make them plain Python."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
        if isinstance(value, list):
            return value
    if isinstance(value, float):
        if value != value:
            return None
        if value.is_integer():
            return int(value)
    return value
