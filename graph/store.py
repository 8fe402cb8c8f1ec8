"""One store interface, several back ends (embedded LadybugDB by default, Neo4j for production).

Contract every store keeps:
- ``load(tables)`` merges the tables into the store (MERGE semantics on the schema keys: loading the same
  tables twice, or in halves, leaves the same store), then recomputes the derived
  (Method)-[:EVALUATED_ON {papers}]->(Benchmark) and the derived node property ``papers`` (schema.PAPERS: how
  many papers link to an entity or repository) over the *whole* store, then checks the counts and raises
  StoreError if the store holds fewer rows than it must. Derived EVALUATED_ON rows in the input are ignored.
- ``run(cypher, params)`` runs parameterised Cypher and returns a DataFrame (columns in RETURN order);
  ``run_read_only`` the same where the store refuses writes (a read-only LadybugDB, a Neo4j READ session).
- ``counts()`` rows per node label and per relationship type.
- ``dialect`` is "ladybug" or "neo4j" and picks the per-dialect variant of a canned query.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from paperkg.errors import StoreError
from paperkg.graph import schema
from paperkg.graph.tables import GraphTables

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


class GraphStore(ABC):
    dialect: str = ""

    @abstractmethod
    def load(self, tables: GraphTables) -> LoadReport: ...

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

    def check_counts(self, before: dict[str, int], tables: GraphTables) -> dict[str, int]:
        """Counts after a load; StoreError if any label/relationship holds fewer rows than it must.

        A merge can only add rows, and must hold at least every distinct row of the input:
        after >= max(before, rows in tables) for every label and (non-derived) relationship type.
        """
        after = self.counts()
        wanted = tables.without_derived().counts()
        short = []
        for name in set(wanted) | set(before):
            if name == schema.EVALUATED_ON:
                continue
            need = max(before.get(name, 0), wanted.get(name, 0))
            if after.get(name, 0) < need:
                short.append(f"{name}: {after.get(name, 0)} < {need}")
        if short:
            raise StoreError("load incomplete, the store holds fewer rows than loaded: " + "; ".join(sorted(short)))
        return after


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
