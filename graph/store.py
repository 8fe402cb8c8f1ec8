"""One store interface, several back ends (embedded LadybugDB by default, Neo4j for production).

Contract every store keeps:
- ``load(tables)`` merges the tables into the store (MERGE semantics on the schema keys: loading the same
  tables twice, or in halves, leaves the same store; a stored paper with another text or other facts is
  refused, nothing written), then recomputes the derived
  (Method)-[:EVALUATED_ON {papers}]->(Benchmark) and the derived node property ``papers`` (schema.PAPERS: how
  many papers link to an entity or repository) over the *whole* store, then checks the counts and raises
  StoreError if the store holds fewer rows than it must. Derived EVALUATED_ON rows in the input are ignored.
- ``load(tables, replace=True)`` makes the store hold exactly the tables (stale rows deleted, properties and
  evidence set), with the same checks; `paperkg build` uses it after re-resolving the whole corpus.
- ``apply(delta)`` changes a store that holds a resolved corpus by a GraphDelta (deletes, then property
  updates, then new rows), with the same derived rows, checks and record; `paperkg build` uses it to add papers
  to a store without writing back what did not change (graph/incremental.py), `paperkg load --replace` to put
  a new extraction of stored papers in the place of their facts (graph/replace.py, ``atomic``).
- ``run(cypher, params)`` runs parameterised Cypher and returns a DataFrame (columns in RETURN order);
  ``run_read_only`` the same where the store refuses writes (a read-only LadybugDB, a Neo4j READ session).
- ``counts()`` rows per node label and per relationship type.
- ``dialect`` is "ladybug" or "neo4j" and picks the per-dialect variant of a canned query.
"""

from __future__ import annotations

import numbers
import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from paperkg.errors import StoreError
from paperkg.graph import schema
from paperkg.graph.tables import GraphTables, RelKey

DEFAULT_DB = "paperkg.lbdb"
DB_ENV = "PAPERKG_DB"


@dataclass
class LoadReport:
    """What a load did: counts before and after (per label / relationship type) and seconds taken."""

    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def added(self) -> dict[str, int]:
        return {k: self.after.get(k, 0) - self.before.get(k, 0) for k in self.after}

    def summary(self) -> str:
        parts = [f"{k}={v} (+{self.added.get(k, 0)})" for k, v in self.after.items() if v]
        return ", ".join(parts) + f" in {self.seconds:.2f}s"


@dataclass
class GraphDelta:
    """What a build changes in a store (graph/incremental.py), applied in this order: relationships deleted,
    nodes deleted (none may keep a relationship but the derived EVALUATED_ON), properties of existing nodes set,
    new nodes and relationships written. ``papers``: the papers whose rows are rewritten (every row of the
    Paper and Result tables, and of the relationships from them, that the delta changes belongs to them or their
    results), so the load record's digests are updated from those rows instead of reading every table."""

    delete_rels: dict[RelKey, list[tuple[str, str]]] = field(default_factory=dict)
    delete_nodes: dict[str, list[str]] = field(default_factory=dict)
    update_nodes: dict[str, pd.DataFrame] = field(default_factory=dict)  # key + the properties to set
    tables: GraphTables = field(default_factory=GraphTables)  # rows the store lacks (after the deletes)
    papers: list[str] = field(default_factory=list)

    def expected(self, before: dict[str, int]) -> dict[str, int]:
        """Rows per label and relationship type once applied (EVALUATED_ON aside: it is recomputed)."""
        out = dict(before)
        for label, keys in self.delete_nodes.items():
            out[label] = out.get(label, 0) - len(keys)
        for (rel, _, _), pairs in self.delete_rels.items():
            out[rel] = out.get(rel, 0) - len(pairs)
        for name, n in self.tables.without_derived().counts().items():
            out[name] = out.get(name, 0) + n
        out.pop(schema.EVALUATED_ON, None)
        return out

    def digest_scope(self) -> dict[str, list]:
        """Keys whose rows (and relationships from them) are all a delta changes in the Paper and Result tables."""
        results = set(self.delete_nodes.get(schema.RESULT.label, ()))
        df = self.tables.nodes.get(schema.RESULT.label)
        if df is not None and len(df):
            results |= set(df[schema.RESULT.key])
        return {schema.PAPER.label: sorted(self.papers), schema.RESULT.label: sorted(results)}

    def empty(self) -> bool:
        return not (any(self.delete_rels.values()) or any(self.delete_nodes.values())
                    or any(len(df) for df in self.update_nodes.values())
                    or any(self.tables.without_derived().counts().values()))


class GraphStore(ABC):
    dialect: str = ""

    @abstractmethod
    def load(self, tables: GraphTables, *, replace: bool = False, consume: bool = False) -> LoadReport:
        """Merge the tables into the store; with ``replace`` the store afterwards holds exactly the tables
        (what they lack is deleted), which is how a corpus re-resolved as a whole is written back. With
        ``consume`` the caller gives the tables up: a store may empty them as it writes them, so that their
        memory is free before the store's own peak (LadybugDB does: after a load they are empty, after a failed
        one possibly in part)."""

    def apply(self, delta: GraphDelta, *, atomic: bool = False) -> LoadReport:
        """Change the store by a delta (see GraphDelta); the derived rows, the checks and the record as load.
        ``atomic``: all or nothing even on a server store (one transaction; `paperkg load --replace`)."""
        raise StoreError(f"{type(self).__name__} cannot apply a delta: load the whole corpus with replace=True")

    @abstractmethod
    def run(self, cypher: str, params: dict[str, Any] | None = None) -> pd.DataFrame: ...

    @abstractmethod
    def run_read_only(self, cypher: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Run a statement the store itself refuses to let write (StoreError/QueryError if it tries)."""

    @abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def with_open_variants(self, tables: GraphTables) -> GraphTables:
        """The tables with their open variant links (GraphTables.open_variants: a variant of these papers whose
        base no paper of them names) as VARIANT_OF rows where the store holds the base as a Method: a merging
        load of papers.jsonl in parts links a variant to a base an earlier part loaded. Others stay unloaded."""
        if not tables.open_variants:
            return tables
        m = schema.METHOD.label
        bases = sorted({b for _, b in tables.open_variants})
        held: set[str] = set()
        for i in range(0, len(bases), 5000):
            df = self.run(f"UNWIND $keys AS k MATCH (b:{m} {{key: k}}) RETURN b.key AS k", {"keys": bases[i:i + 5000]})
            held |= set(df["k"]) if len(df) else set()
        found = [(v, b) for v, b in tables.open_variants if b in held]
        if not found:
            return tables
        key = (schema.VARIANT_OF, m, m)
        have = tables.rels.get(key)
        rows = set(zip(have["src"], have["dst"])) if have is not None and len(have) else set()
        rows = sorted(rows | set(found))
        rels = {**tables.rels, key: pd.DataFrame(rows, columns=["src", "dst"])}
        linked = set(found)
        return GraphTables(tables.nodes, rels, [x for x in tables.open_variants if x not in linked])

    def refuse_changed_papers(self, tables: GraphTables, *, facts: bool = True) -> None:
        """StoreError naming the ids if a paper to load is already stored with another title or abstract.

        A paper id names one text. Merging a second text under it left the first title and abstract with the
        second's entities, whose evidence offsets pointed outside that abstract. Identical papers are fine
        (loads are idempotent); a changed paper needs a new id or a rebuilt store. Then, with ``facts``, the same
        for the papers' facts (refuse_changed_facts; a replacing load, graph/replace.py, replaces them).
        """
        df = tables.nodes.get(schema.PAPER.label)
        if df is None or not len(df):
            return
        lab, key = schema.PAPER.label, schema.PAPER.key
        ids = self.run(f"MATCH (p:{lab}) RETURN p.{key} AS id")
        stored = set(ids["id"]) if len(ids) else set()
        rows = [{"id": r["id"], "title": _text(r.get("title")) or "", "abstract": r["abstract"]}
                for r in df[df[key].isin(stored)].to_dict("records")]
        changed: list[str] = []
        for i in range(0, len(rows), 5000):  # key lookups (inline-map MATCH), a bounded parameter each
            found = self.run(
                f"UNWIND $rows AS r MATCH (p:{lab} {{{key}: r.id}}) "
                "WHERE coalesce(p.title, '') <> r.title OR p.abstract <> r.abstract "
                f"RETURN p.{key} AS id", {"rows": rows[i : i + 5000]})
            changed += list(found["id"]) if len(found) else []
        changed.sort()
        if changed:
            more = f" and {len(changed) - 1} more" if len(changed) > 1 else ""
            raise StoreError(
                f"paper {changed[0]!r}{more} is already in the store with a different title or abstract; nothing was "
                "loaded. A paper id names one text: give the changed paper a new id, or rebuild the store"
            )
        if facts:
            self.refuse_changed_facts(tables, sorted(set(df[key]) & stored))

    def refuse_changed_facts(self, tables: GraphTables, ids: list[str]) -> None:
        """StoreError naming the first id and the count if a stored paper (of ``ids``) holds other facts than
        the tables give it: other relationships from it, other results, or results with other properties or
        relationships.

        A merging load only adds: another extraction of a stored paper (a newer extractor, or corpus-wide
        resolution over other papers) left the store with the union of both, matching neither. Evidence is not
        compared (it is set when a relationship is new and the text is the same). Bounded: per batch of papers,
        one query per relationship table, reading back only the rows of those papers. After a Neo4j load that
        did not finish, stored facts the input lacks are refused, but input facts the store lacks are not: that
        load wrote only part of its rows, and the next one completes them.
        """
        from paperkg.graph.check import unfinished_load

        lacking_ok = unfinished_load(self) is not None
        from_paper = [rt for rt in schema.REL_TYPES if rt.source == schema.PAPER.label]
        from_result = [rt for rt in schema.REL_TYPES if rt.source == schema.RESULT.label]
        res, rkey = schema.RESULT, schema.RESULT.key
        props = [name for name, _ in res.properties]
        owner = self._result_owners(tables)
        changed: set[str] = set()

        def given_pairs(rt: schema.RelType, sources: list[str]) -> set[tuple]:
            return _pairs(_rows_of(tables.rels.get(_rk(rt)), "src", sources))

        for i in range(0, len(ids), 5000):
            batch = ids[i : i + 5000]
            params, in_batch = {"ids": batch}, set(batch)
            match = f"UNWIND $ids AS pid MATCH (p:{schema.PAPER.label} {{{schema.PAPER.key}: pid}})"
            for rt in from_paper:
                stored = self.run(f"{match}-[:{rt.type}]->(x:{rt.target}) "
                                  f"RETURN p.{schema.PAPER.key} AS src, x.{_key(rt.target)} AS dst", params)
                changed |= _differ(_pairs(stored), given_pairs(rt, batch), lacking_ok)
            # The batch's results: their properties, then their relationships; a result that differs names its paper.
            via = f"{match}-[:{schema.REPORTS_RESULT}]->(n:{res.label})"
            stored = self.run(f"{via} RETURN p.{schema.PAPER.key} AS paper, "
                              + ", ".join(f"n.`{name}` AS `{name}`" for name in props), params)
            keys = [k for k, paper in owner.items() if paper in in_batch]
            paper_of = {**(dict(zip(stored[rkey], stored["paper"])) if len(stored) else {}), **owner}
            given = _rows_of(tables.nodes.get(res.label), rkey, keys)
            differ = _differ(_records(stored, props), _records(given, props), lacking_ok)
            for rt in from_result:
                stored = self.run(f"{via}-[:{rt.type}]->(x:{rt.target}) "
                                  f"RETURN n.{rkey} AS src, x.{_key(rt.target)} AS dst", params)
                differ |= _differ(_pairs(stored), given_pairs(rt, keys), lacking_ok)
            changed |= {paper_of[k] for k in differ}
        if changed:
            first, more = min(changed), len(changed) - 1
            raise StoreError(
                f"paper {first!r}{f' and {more} more' if more else ''} is already in the store with other facts "
                "(relationships or results) than this input gives it; nothing was loaded. Merging another "
                "extraction would keep both: load it with --replace (the input's facts take the place of the "
                "stored ones), or run `paperkg build CORPUS --db STORE` (it extracts the stored papers again)"
            )

    @staticmethod
    def _result_owners(tables: GraphTables) -> dict[str, str]:
        """Result key -> the paper that reports it, from the tables."""
        df = tables.rels.get((schema.REPORTS_RESULT, schema.PAPER.label, schema.RESULT.label))
        return dict(zip(df["dst"], df["src"])) if df is not None and len(df) else {}

    def check_counts(self, before: dict[str, int], tables: GraphTables, *, exact: bool = False,
                     wanted: dict[str, int] | None = None) -> dict[str, int]:
        """Counts after a load; StoreError if any label/relationship holds fewer rows than it must.

        A merge can only add rows, and must hold at least every distinct row of the input:
        after >= max(before, rows in tables) for every label and (non-derived) relationship type.
        A replacing load (``exact``) must hold exactly the rows of the input.
        """
        after = self.counts()
        if wanted is None:  # given when the tables were consumed by the load (their counts taken before)
            wanted = tables.without_derived().counts()
        short = []
        for name in set(wanted) | set(before):
            if name == schema.EVALUATED_ON:
                continue
            need = wanted.get(name, 0) if exact else max(before.get(name, 0), wanted.get(name, 0))
            if after.get(name, 0) < need or (exact and after.get(name, 0) != need):
                short.append(f"{name}: {after.get(name, 0)} {'!=' if exact else '<'} {need}")
        if short:
            raise StoreError("load incomplete, the store holds other rows than loaded: " + "; ".join(sorted(short)))
        return after


def _rk(rt: schema.RelType) -> RelKey:
    return (rt.type, rt.source, rt.target)


def _key(label: str) -> str:
    return schema.NODE_BY_LABEL[label].key


def _rows_of(df: pd.DataFrame | None, column: str, keys: list[str]) -> pd.DataFrame | None:
    """The rows of a table whose ``column`` is one of ``keys``."""
    return None if df is None or not len(df) else df[df[column].isin(keys)]


def _pairs(df: pd.DataFrame | None) -> set[tuple]:
    return set(zip(df["src"], df["dst"])) if df is not None and len(df) else set()


def _records(df: pd.DataFrame | None, columns: list[str]) -> set[tuple]:
    """Rows as tuples of plain values (nulls as None, numbers as int/float), comparable across stores."""
    if df is None or not len(df):
        return set()
    return {tuple(plain_scalar(row[c]) for c in columns) for row in df[columns].to_dict("records")}


def plain_scalar(value: Any) -> Any:
    """A stored cell as a plain Python value: NaN/NA -> None, numpy bools and numbers -> bool, int, float."""
    if value is None or isinstance(value, str):
        return value
    if pd.isna(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    return float(value) if isinstance(value, numbers.Real) else value


def _differ(stored: set[tuple], given: set[tuple], lacking_ok: bool = False) -> set[str]:
    """The first items (paper ids, result keys) of the tuples one set holds and the other lacks (with
    ``lacking_ok``: only of those the store holds and the input lacks)."""
    return {t[0] for t in (stored - given if lacking_ok else stored ^ given)}


def _text(value: Any) -> str | None:
    """A stored or tabled text cell: None for null/NaN."""
    return value if isinstance(value, str) else None


def default_db_path() -> str:
    """The embedded store path: $PAPERKG_DB, else paperkg.lbdb in the current directory."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


def open_store(kind: str = "ladybug", path: str | os.PathLike | None = None, **opts: Any) -> GraphStore:
    """Open a store. kind "ladybug" (path None = in memory) or "neo4j" (settings from NEO4J_* env or opts)."""
    if kind == "ladybug":
        from paperkg.graph.store_ladybug import LadybugStore

        return LadybugStore(path, **opts)
    if kind == "neo4j":
        from paperkg.graph.store_neo4j import Neo4jStore

        return Neo4jStore(**opts)
    raise StoreError(f"unknown store kind {kind!r}: use 'ladybug' or 'neo4j'")
