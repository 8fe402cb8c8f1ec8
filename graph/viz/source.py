"""Where a picture's graph comes from: a papers.jsonl file (built in memory) or a graph store (read back)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from paperkg.errors import InputError
from paperkg.extract.records import ExtractedPaper
from paperkg.graph import schema


def read_papers(path) -> list[ExtractedPaper]:
    """ExtractedPaper records from a papers.jsonl file (the extract command's output)."""
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", str(path))
    papers = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                papers.append(ExtractedPaper.from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"not an extracted paper ({type(exc).__name__}: {exc})", str(path), number) from exc
    return papers


def graph_from_papers(path) -> nx.MultiDiGraph:
    from paperkg.graph.build import build_graph

    return build_graph(read_papers(path))


def _node_id(label: str, key) -> str:
    return f"{label}:{key}"  # the same ids as paperkg.graph.build.node_id


def graph_from_store(store) -> nx.MultiDiGraph:
    """Read every node and relationship of the schema back from a store into a networkx graph.

    Labels and types come from graph.schema (never from data); the queries take no data at all.
    """
    G = nx.MultiDiGraph()
    for nt in schema.NODE_TYPES:
        props = [name for name, _ in nt.properties]
        cypher = f"MATCH (n:{nt.label}) RETURN " + ", ".join(f"n.{p} AS {p}" for p in props)
        for row in store.run(cypher).to_dict("records"):
            attrs = {k: _plain(v) for k, v in row.items()}
            G.add_node(_node_id(nt.label, attrs[nt.key]), label=nt.label, **attrs)
    for rt in schema.REL_TYPES:
        src, dst = schema.NODE_BY_LABEL[rt.source], schema.NODE_BY_LABEL[rt.target]
        cols = [f"a.{src.key} AS _src", f"b.{dst.key} AS _dst"] + [f"r.{p} AS {p}" for p, _ in rt.properties]
        cypher = f"MATCH (a:{rt.source})-[r:{rt.type}]->(b:{rt.target}) RETURN " + ", ".join(cols)
        for row in store.run(cypher).to_dict("records"):
            u, v = _node_id(rt.source, row.pop("_src")), _node_id(rt.target, row.pop("_dst"))
            G.add_edge(u, v, key=rt.type, type=rt.type, **{k: _plain(x) for k, x in row.items()})
    return G


def _plain(value):
    """numpy/pandas scalars and arrays -> plain Python (None for missing)."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    try:
        if value != value:  # NaN
            return None
    except (TypeError, ValueError):
        pass
    return value
