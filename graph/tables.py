"""The graph as tables: one DataFrame per node label and per (relationship type, source, target).

This is what every store loads. Node tables have the schema properties of their label as columns;
relationship tables have ``src`` and ``dst`` (the key values of the two end nodes) and then the
relationship's properties. Every label and every schema relationship is present, possibly empty.
The derived node property ``papers`` (schema.PAPERS) is computed here from G; stores recompute it after a load.
The word index (schema.TERM, graph/terms.py) is computed here from the Paper rows.
Rows are sorted by key so the tables (and anything loaded from them) are deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
import pandas as pd

from paperkg.extract.records import ExtractedPaper
from paperkg.graph import schema
from paperkg.graph.terms import term_rows

RelKey = tuple[str, str, str]  # (relationship type, source label, target label)


@dataclass
class GraphTables:
    nodes: dict[str, pd.DataFrame] = field(default_factory=dict)
    rels: dict[RelKey, pd.DataFrame] = field(default_factory=dict)
    # (variant, base) keys of variant links whose base no paper of these tables names (graph/build.py's
    # VARIANT_LINKS_OPEN): a merging load links those whose base the store holds as a Method
    # (GraphStore.with_open_variants), `load --replace` too (graph/replace.py).
    open_variants: list[tuple[str, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Rows per label and per relationship type (summed over source/target pairs), like GraphStore.counts()."""
        out = {label: len(df) for label, df in self.nodes.items()}
        for (rel, _, _), df in self.rels.items():
            out[rel] = out.get(rel, 0) + len(df)
        return out

    def without_derived(self) -> "GraphTables":
        """The same tables minus the derived EVALUATED_ON rows (stores recompute those themselves)."""
        rels = {k: v for k, v in self.rels.items() if k[0] != schema.EVALUATED_ON}
        return GraphTables(dict(self.nodes), rels, list(self.open_variants))


def _column(values: list, typ: str) -> pd.Series:
    if typ == schema.INT64:
        return pd.Series(values, dtype="Int64")  # nullable: year may be unknown
    if typ in (schema.STRING_LIST, schema.INT64_LIST):
        return pd.Series([list(v) if v is not None else [] for v in values], dtype=object)
    return pd.Series(values, dtype=object)


def _frame(rows: list[dict], props: Iterable[tuple[str, str]], sort_by: list[str]) -> pd.DataFrame:
    data = {name: _column([r.get(name) for r in rows], typ) for name, typ in props}
    df = pd.DataFrame(data)
    if len(df):
        df = df.sort_values(sort_by, kind="stable").reset_index(drop=True)
    return df


def paper_count(G: nx.MultiDiGraph, node) -> int:
    """The derived schema.PAPERS of a node: how many distinct papers have a relationship to it."""
    return sum(1 for u in G.predecessors(node) if G.nodes[u].get("label") == schema.PAPER.label)


def graph_tables(G: nx.MultiDiGraph) -> GraphTables:
    """Tables of every node label and relationship of G (see module docstring), with G's open variant links."""
    from paperkg.graph.build import VARIANT_LINKS_OPEN  # build imports nothing of this module, but keep it lazy

    rows_by_label: dict[str, list[dict]] = {n.label: [] for n in schema.NODE_TYPES}
    counted = set(schema.COUNTED_LABELS)
    for n, data in G.nodes(data=True):
        if data.get("label") in rows_by_label:
            if data["label"] in counted:
                data = {**data, schema.PAPERS: paper_count(G, n)}
            rows_by_label[data["label"]].append(data)
    nodes = {
        nt.label: _frame(rows_by_label[nt.label], nt.properties, [nt.key]) for nt in schema.NODE_TYPES
    }
    papers = nodes[schema.PAPER.label]
    entities = [(r["key"], r.get("name"), r.get("aliases")) for label in schema.ENTITY_LABELS + (schema.MODEL_FAMILY.label,)
                for r in nodes[label].to_dict("records")]
    nodes[schema.TERM.label] = term_rows(zip(papers["id"], papers["title"], papers["abstract"]), entities)
    for nt in schema.STORED_NODE_TYPES:  # kept by stores, not in the graph: present and empty here
        nodes.setdefault(nt.label, _frame([], nt.properties, [nt.key]))

    rows_by_rel: dict[RelKey, list[dict]] = {(r.type, r.source, r.target): [] for r in schema.REL_TYPES}
    for u, v, data in G.edges(data=True):
        su, sv = G.nodes[u], G.nodes[v]
        key = (data.get("type"), su.get("label"), sv.get("label"))
        if key not in rows_by_rel:
            continue
        src = su[schema.NODE_BY_LABEL[key[1]].key]
        dst = sv[schema.NODE_BY_LABEL[key[2]].key]
        rows_by_rel[key].append({**data, "src": src, "dst": dst})
    rels = {}
    for r in schema.REL_TYPES:
        props = ((("src", schema.STRING), ("dst", schema.STRING)) + r.properties)
        rels[(r.type, r.source, r.target)] = _frame(rows_by_rel[(r.type, r.source, r.target)], props, ["src", "dst"])
    return GraphTables(nodes, rels, list(G.graph.get(VARIANT_LINKS_OPEN, [])))


def tables_from_papers(papers: Iterable[ExtractedPaper]) -> GraphTables:
    """Shortcut: build the graph of these papers and return its tables (`paperkg load`'s, `build`'s). Says on
    stderr how many variant links name no Method node of these papers (not loaded: build.variant_links)."""
    import sys

    from paperkg.graph.build import VARIANT_LINKS_DROPPED, build_graph

    G = build_graph(papers)
    dropped = G.graph.get(VARIANT_LINKS_DROPPED, 0)
    if dropped:
        print(f"note: {dropped} variant links (a method's 'family') name a base that is no Method node of these "
              "papers: loaded only where the store already holds the base as a Method", file=sys.stderr)
    return graph_tables(G)
