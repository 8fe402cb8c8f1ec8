"""Ad-hoc Cypher, read-only on every store, and a summary of what a store holds.

Read-only is kept three ways: a pre-check that refuses any clause that writes (with a message saying so, before
the store sees the query), then the store itself: LadybugDB opened read-only (the CLI always opens it so) and a
Neo4j session in READ access mode, which the server refuses to write in.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pandas as pd

from paperkg import queries
from paperkg.errors import QueryError
from paperkg.graph import schema
from paperkg.graph.store import GraphStore

# Clauses that write, or that reach outside the graph (files, extensions). CALL is allowed: a procedure that
# writes is refused by the store (read-only database, READ access mode).
WRITE_WORDS = ("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "ALTER", "COPY", "LOAD",
               "INSTALL", "IMPORT", "EXPORT", "CHECKPOINT", "FOREACH", "BEGIN", "COMMIT", "ROLLBACK")
_WRITE = re.compile(r"\b(" + "|".join(WRITE_WORDS) + r")\b", re.IGNORECASE)
# Text that cannot hold a clause: string literals, back-quoted names, comments (a title containing "set" is fine).
_INERT = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def check_read_only(cypher: str) -> None:
    """QueryError if the statement has a clause that writes."""
    if not cypher.strip():
        raise QueryError("the query is empty")
    m = _WRITE.search(_INERT.sub(" ", cypher))
    if m:
        raise QueryError(f"refused: `paperkg cypher` runs read-only queries, and {m.group(1).upper()} "
                         "writes or reaches outside the graph; use MATCH ... RETURN (to change the graph, "
                         "`paperkg build`/`load`)")


def run_read_only(store: GraphStore, cypher: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
    """Run an ad-hoc statement that must not write: the pre-check, then the store's read-only run."""
    check_read_only(cypher)
    return store.run_read_only(cypher, params or {})


def typed_params(items: dict[str, str]) -> dict[str, Any]:
    """Command-line values: integers as integers, everything else as text."""
    return {k: int(v) if re.fullmatch(r"-?\d+", v.strip()) else v for k, v in items.items()}


def store_stats(store: GraphStore, where: str) -> dict[str, Any]:
    """Nodes per label, relationships per type, papers per year and venue, the store's location and size."""
    counts = store.counts()
    labels = [nt.label for nt in schema.NODE_TYPES]
    years = queries.run("papers-per-year", store)
    venues = store.run("MATCH (p:Paper) RETURN p.venue AS venue, count(p) AS papers ORDER BY papers DESC, venue")
    size = None
    if store.dialect == "ladybug" and where and Path(where).exists():
        path = Path(where)
        files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
        files += [f for f in path.parent.glob(path.name + ".wal") if f.is_file()]
        size = sum(os.path.getsize(f) for f in files)
    return {
        "store": store.dialect, "location": where, "size_bytes": size,
        "nodes": {k: counts[k] for k in labels},
        "relationships": {k: v for k, v in counts.items() if k not in labels},
        "papers_per_year": [(None if pd.isna(y) else int(y), int(n)) for y, n in years.itertuples(index=False)],
        "papers_per_venue": [(None if pd.isna(v) else v, int(n)) for v, n in venues.itertuples(index=False)],
    }


def format_stats(stats: dict[str, Any]) -> str:
    """The stats as plain text, in a fixed order (so two identical builds print the same)."""
    size = stats["size_bytes"]
    lines = [f"store: {stats['store']} at {stats['location']}",
             "size: " + (f"{size:,} bytes ({size / 2**20:.1f} MiB)" if size is not None else "not reported by the server"),
             "", "nodes per label:"]
    lines += [f"  {k:<16}{v:>10,}" for k, v in stats["nodes"].items()]
    lines += ["", "relationships per type:"]
    lines += [f"  {k:<16}{v:>10,}" for k, v in stats["relationships"].items()]
    lines += ["", "papers per year:"]
    lines += [f"  {'(no year)' if y is None else y:<16}{n:>10,}" for y, n in stats["papers_per_year"]]
    lines += ["", "papers per venue:"]
    lines += [f"  {'(no venue)' if v is None else v:<16}{n:>10,}" for v, n in stats["papers_per_venue"]]
    return "\n".join(lines)
