"""What each load records, and `paperkg check`: does the store still hold what the last load left in it?

A load ends by writing one schema.LOAD_RECORD node: the row count and a content digest of every node label
and relationship table (an order-free sum of per-row SHA-1s over every property, so no sorting). On LadybugDB
the record is written into the copy that replaces the store, so record and data change together. On Neo4j
(no single transaction spans a load) the record says "loading" from the first batch until the load is
complete: `check` and queries report a store whose last load did not finish, and the next load finishes it.

`check_store` recomputes counts and digests and lists every difference: a table damaged on disk (zeroed
pages left the counts right but every abstract empty), rows lost or added outside paperkg, an unreadable
table.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from paperkg.errors import StoreError
from paperkg.graph import schema

RECORD_KEY = "last"
_MOD = 2**128


class CheckFailed(StoreError):
    """The store differs from what its last load recorded."""

    exit_code = 1


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _q(name: str) -> str:
    return "`" + name + "`"


def _plain(v: Any) -> Any:
    """One canonical value whatever the back end returned (numpy, NaN for null, floats for nullable ints)."""
    if v is None:
        return None
    if hasattr(v, "tolist") and not isinstance(v, (str, bytes)):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, float):
        if math.isnan(v):
            return None
        if v.is_integer():
            return int(v)
    return v


def _digest(rows) -> str:
    """Order-free: the sum of the rows' SHA-1s. A row's text is its repr: record and check read it through
    the same store code, so the same content gives the same text (and repr is 3x faster than JSON here)."""
    acc = 0
    sha1 = hashlib.sha1
    for row in rows:
        acc += int.from_bytes(sha1(repr(row).encode("utf-8", "surrogatepass")).digest()[:16], "big")
    return f"{acc % _MOD:032x}"


def _tables() -> list[tuple[str, str]]:
    """(name, Cypher returning every row of it) for each node label and relationship table of the schema."""
    out = []
    for nt in schema.NODE_TYPES:
        cols = ", ".join(f"n.{_q(p)}" for p, _ in nt.properties)
        out.append((nt.label, f"MATCH (n:{_q(nt.label)}) RETURN {cols}"))
    for rt in schema.REL_TYPES:
        sk, dk = schema.NODE_BY_LABEL[rt.source].key, schema.NODE_BY_LABEL[rt.target].key
        cols = "".join(f", r.{_q(p)}" for p, _ in rt.properties)
        out.append((f"{rt.type}({rt.source}->{rt.target})",
                    f"MATCH (a:{_q(rt.source)})-[r:{_q(rt.type)}]->(b:{_q(rt.target)}) RETURN a.{_q(sk)}, b.{_q(dk)}{cols}"))
    return out


def table_digests(store) -> dict[str, str]:
    """Content digest of every table (name -> hex). StoreError names a table that cannot be read."""
    out = {}
    for name, cypher in _tables():
        try:
            df = store.run(cypher)
        except Exception as exc:  # a damaged store fails in many ways (C++ exceptions, bad UTF-8)
            raise StoreError(f"cannot read table {name}: {' '.join(str(exc).split())[:300]}") from None
        out[name] = _digest(df.itertuples(index=False, name=None))
    return out


def record_of(store, counts: dict[str, int], state: str = "complete", started: str | None = None) -> dict[str, Any]:
    """The record a finished load writes (counts given, digests computed from the store as it is now)."""
    return {"key": RECORD_KEY, "state": state, "started": started or now(), "finished": now(),
            "counts": json.dumps(counts, sort_keys=True), "digests": json.dumps(table_digests(store), sort_keys=True)}


def write_cypher() -> str:
    lab = _q(schema.LOAD_RECORD.label)
    sets = ", ".join(f"r.{_q(p)} = $rec.{p}" for p, _ in schema.LOAD_RECORD.properties if p != "key")
    return f"MERGE (r:{lab} {{key: $rec.key}}) SET {sets}"


def start_cypher() -> str:
    """Mark a load as started (state "loading"), keeping the last complete load's counts and digests."""
    return f"MERGE (r:{_q(schema.LOAD_RECORD.label)} {{key: $key}}) SET r.state = 'loading', r.started = $started"


def read_record(store) -> dict[str, Any] | None:
    """The last load's record, or None (a store written before loads were recorded, or empty)."""
    cols = ", ".join(f"r.{_q(p)} AS {p}" for p, _ in schema.LOAD_RECORD.properties)
    try:
        df = store.run(f"MATCH (r:{_q(schema.LOAD_RECORD.label)}) WHERE r.key = $k RETURN {cols}", {"k": RECORD_KEY})
    except StoreError:
        return None
    if not len(df):
        return None
    return {k: _plain(v) for k, v in df.iloc[0].to_dict().items()}


def unfinished_load(store) -> str | None:
    """A warning if the store's last load did not finish (Neo4j), else None."""
    rec = read_record(store)
    if rec and rec.get("state") == "loading":
        return (f"the load started at {rec.get('started')} did not finish, so answers may miss rows: "
                "run the same load again (it completes the store)")
    return None


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    tables: int = 0
    loaded_at: str | None = None


def check_store(store) -> CheckReport:
    """Compare the store with its last load's record; CheckFailed lists every difference."""
    rec = read_record(store)
    if rec is None:
        raise CheckFailed("this store has no load record (written by an older paperkg, or never loaded): load "
                          "into it once (e.g. the same papers again) to record what it holds")
    problems = []
    if rec.get("state") != "complete":
        problems.append(unfinished_load(store) or f"last load state {rec.get('state')!r}")
    want_counts = json.loads(rec.get("counts") or "{}")
    want = json.loads(rec.get("digests") or "{}")
    try:
        counts = store.counts()
    except Exception as exc:
        raise CheckFailed(f"cannot count the store's rows: {' '.join(str(exc).split())[:300]}") from None
    for name, n in sorted(want_counts.items()):
        if counts.get(name, 0) != n:
            problems.append(f"{name}: {counts.get(name, 0)} rows, the last load left {n}")
    got: dict[str, str] = {}
    for name, cypher in _tables():
        try:
            got[name] = _digest(store.run(cypher).itertuples(index=False, name=None))
        except Exception as exc:
            problems.append(f"{name}: cannot be read ({' '.join(str(exc).split())[:200]})")
    for name, digest in sorted(want.items()):
        if name in got and got[name] != digest:
            problems.append(f"{name}: content differs from the last load")
    report = CheckReport(problems, len(want), rec.get("finished"))
    if problems:
        raise CheckFailed(f"store differs from its last load ({rec.get('finished')}): " + "; ".join(problems))
    return report
