"""What each load records, and `paperkg check`: does the store still hold what the last load left in it?

A load ends by writing one schema.LOAD_RECORD node: the row count and a content digest of every node label
and relationship table (an order-free sum of per-row SHA-1s over every property, so no sorting; a
GraphDelta's load updates the sums from the rows it changed instead of reading every table). On LadybugDB
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
    """Order-free: the sum of the rows' SHA-1s (scheme 1, records written before DIGEST_SCHEME). A row's text is
    its repr: record and check read it through the same store code, so the same content gives the same text."""
    return f"{_sum(repr(row) for row in rows) % _MOD:032x}"


def _sum(texts) -> int:
    acc = 0
    sha1 = hashlib.sha1
    for text in texts:
        acc += int.from_bytes(sha1(text.encode("utf-8", "surrogatepass")).digest()[:16], "big")
    return acc


# Scheme 2: every cell normalised first (_plain), so a row's text does not depend on the other rows the query
# returned (a nullable integer column comes back as floats when one value is null): a table's digest can then
# be updated from the rows a load changed (old - rows before + rows after), instead of reading every table.
# Scheme 3 (session 15): scheme 2 over the evidence tables without schema.OLD_EVIDENCE_PROPS; the records of
# schemes 1 and 2 summed those columns too, and are checked with them (a store of the old layout).
DIGEST_SCHEME = 3
LEGACY_SCHEMES = (1, 2)
_SCHEME_KEY = "~scheme"


def old_layout(store) -> bool:
    """Whether the store's evidence relationships still have schema.OLD_EVIDENCE_PROPS (written before
    session 15, not loaded into since)."""
    name = schema.OLD_EVIDENCE_PROPS[0][0]
    if store.dialect == "ladybug":
        rel = next(rt.type for rt in schema.REL_TYPES if rt.properties == schema.EVIDENCE_PROPS)
        return name in set(store.run(f"CALL table_info('{rel}') RETURN name")["name"])
    return len(store.run(f"MATCH ()-[r]->() WHERE r.{_q(name)} IS NOT NULL RETURN 1 LIMIT 1")) > 0


def record_scheme(store) -> int | None:
    """The digest scheme of the store's load record (None without one)."""
    rec = read_record(store)
    return json.loads(rec.get("digests") or "{}").get(_SCHEME_KEY, 1) if rec else None


def _rel_props(rt: schema.RelType, legacy: bool = False) -> tuple[tuple[str, str], ...]:
    """The properties a record's digest of rt sums: with legacy (a record of LEGACY_SCHEMES), the old layout's."""
    if legacy and rt.properties == schema.EVIDENCE_PROPS:
        return schema.OLD_EVIDENCE_PROPS + rt.properties
    return rt.properties


def _rows(df) -> list[str]:
    """Each row's text, scheme 2: cells normalised column by column."""
    columns = []
    for name in df.columns:
        col = df[name]
        values = col.tolist()
        if col.dtype.kind == "f":
            values = [None if v != v else (int(v) if v.is_integer() else v) for v in values]
        elif col.dtype.kind == "O":
            values = [_plain(v) for v in values]
        columns.append(values)
    return [repr(row) for row in zip(*columns)]


def _tables(scope: dict[str, list] | None = None, skip: frozenset[str] | set[str] = frozenset(),
            legacy: bool = False) -> list[tuple[str, str, dict]]:
    """(name, Cypher returning every row of it, parameters) for each node label and relationship table of the
    schema but those named in skip; with a scope (label -> key values), only the tables it covers: a node
    table's rows with those keys, a relationship table's rows whose source has them."""
    out = []
    for nt in schema.NODE_TYPES:
        if scope is not None and nt.label not in scope:
            continue
        cols = ", ".join(f"n.{_q(p)}" for p, _ in nt.properties)
        # Scoped: key lookups (UNWIND + inline map: 4x less work than `WHERE key IN $keys` on the 73k store).
        match, params = ((f"MATCH (n:{_q(nt.label)})", {}) if scope is None else
                         (f"UNWIND $keys AS k MATCH (n:{_q(nt.label)} {{{_q(nt.key)}: k}})", {"keys": scope[nt.label]}))
        out.append((nt.label, f"{match} RETURN {cols}", params))
    for rt in schema.REL_TYPES:
        if scope is not None and rt.source not in scope:
            continue
        sk, dk = schema.NODE_BY_LABEL[rt.source].key, schema.NODE_BY_LABEL[rt.target].key
        cols = "".join(f", r.{_q(p)}" for p, _ in _rel_props(rt, legacy))
        ret = f"RETURN a.{_q(sk)}, b.{_q(dk)}{cols}"
        if scope is None:
            out.append((rel_table_name(rt), f"MATCH (a:{_q(rt.source)})-[r:{_q(rt.type)}]->(b:{_q(rt.target)}) {ret}", {}))
            continue
        # OPTIONAL MATCH from the looked-up sources: with one pattern LadybugDB scanned the whole table and its
        # evidence columns to join them (ADDRESSES on the 71,870 store: 167 ms of CPU for 10 papers, 5 ms so).
        out.append((rel_table_name(rt),
                    f"UNWIND $keys AS k MATCH (a:{_q(rt.source)} {{{_q(sk)}: k}}) OPTIONAL MATCH "
                    f"(a)-[r:{_q(rt.type)}]->(b:{_q(rt.target)}) WITH a, r, b WHERE b IS NOT NULL {ret}",
                    {"keys": scope[rt.source]}))
    return [t for t in out if t[0] not in skip]


def rel_table_name(rt: schema.RelType) -> str:
    """The name a relationship table's digest has in the load record."""
    return f"{rt.type}({rt.source}->{rt.target})"


def row_sum(df) -> int:
    """The scheme-2 digest sum of these rows (columns as the table's digest query returns them)."""
    return _sum(_rows(df))


def _read(store, name: str, cypher: str, params: dict):
    try:
        return store.run(cypher, params)
    except Exception as exc:  # a damaged store fails in many ways (C++ exceptions, bad UTF-8)
        raise StoreError(f"cannot read table {name}: {' '.join(str(exc).split())[:300]}") from None


def table_digests(store, scheme: int = DIGEST_SCHEME) -> dict[str, str]:
    """Content digest of every table (name -> hex). StoreError names a table that cannot be read."""
    if scheme == 1:
        out = {}
        for name, cypher, params in _tables():
            out[name] = _digest(_read(store, name, cypher, params).itertuples(index=False, name=None))
        return out
    return {name: f"{total % _MOD:032x}" for name, total in table_sums(store).items()}


# Rows per read of table_sums: the whole Paper table at once (73k abstracts as a query result, a DataFrame and
# the rows' texts) raised the 73k load's peak by ~500 MB; a read of this many keys takes a few MB.
DIGEST_CHUNK = 5000


def _range(label: str, key: str, lo, hi) -> tuple[str, dict]:
    """A WHERE clause on a node's key: lo <= key < hi, no bound where lo or hi is None."""
    conds, params = [], {}
    if lo is not None:
        conds.append(f"{label}.{_q(key)} >= $lo")
        params["lo"] = lo
    if hi is not None:
        conds.append(f"{label}.{_q(key)} < $hi")
        params["hi"] = hi
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def _ranged_tables(nt: schema.NodeType, lo, hi, legacy: bool = False) -> list[tuple[str, str, dict]]:
    """(name, Cypher, parameters) of nt's node table and of the relationship tables from nt, limited to the
    rows whose (source) key is in [lo, hi)."""
    where, params = _range("n", nt.key, lo, hi)
    cols = ", ".join(f"n.{_q(p)}" for p, _ in nt.properties)
    out = [(nt.label, f"MATCH (n:{_q(nt.label)}){where} RETURN {cols}", params)]
    where, params = _range("a", nt.key, lo, hi)
    for rt in schema.REL_TYPES:
        if rt.source == nt.label:
            dk = schema.NODE_BY_LABEL[rt.target].key
            cols = "".join(f", r.{_q(p)}" for p, _ in _rel_props(rt, legacy))
            out.append((rel_table_name(rt),
                        f"MATCH (a:{_q(rt.source)})-[r:{_q(rt.type)}]->(b:{_q(rt.target)}){where} "
                        f"RETURN a.{_q(nt.key)}, b.{_q(dk)}{cols}", params))
    return out


def table_sums(store, skip: frozenset[str] | set[str] = frozenset(),
               problems: dict[str, str] | None = None, legacy: bool = False) -> dict[str, int]:
    """The scheme-2 digest sums of every table but those in skip, read about DIGEST_CHUNK rows of a label at a
    time (the sum depends neither on the order nor on the grouping of the rows), a relationship table's rows
    with the rows of their source. A table that cannot be read raises StoreError, or, given problems, is left
    out and described there."""
    sums: dict[str, int] = {}
    for nt in schema.NODE_TYPES:
        names = [name for name, _, _ in _ranged_tables(nt, None, None) if name not in skip]
        if not names:
            continue
        try:
            keys = sorted(store.run(f"MATCH (n:{_q(nt.label)}) RETURN n.{_q(nt.key)} AS k")["k"].tolist())
        except Exception as exc:
            for name in names:
                _failed(name, exc, {}, problems)
            continue
        part = _label_sums(store, nt, keys, names, problems, ranged=store.dialect == "ladybug", legacy=legacy)
        if part is None:  # the ranges missed or repeated a key: the store orders strings otherwise than Python
            part = _label_sums(store, nt, keys, names, problems, ranged=False, legacy=legacy)
        sums.update(part)
    return sums


def _label_sums(store, nt: schema.NodeType, keys: list, names: list[str], problems: dict[str, str] | None,
                ranged: bool, legacy: bool = False) -> dict[str, int] | None:
    """The sums of nt's tables in names: by key ranges (filtered scans, LadybugDB: the 73k store's digests in
    12 s, by key lookups 28 s) cut at every DIGEST_CHUNK-th sorted key, the first range with no lower bound and
    the last with no upper one, or by key lookups (Neo4j, whose `<` on strings compares UTF-16 units while its
    ORDER BY and Python compare code points). None if the ranges did not read each key's node exactly once."""
    sums = dict.fromkeys(names, 0)
    if ranged:
        cuts = [None] + keys[DIGEST_CHUNK::DIGEST_CHUNK] + [None]
        chunks = [_ranged_tables(nt, lo, hi, legacy) for lo, hi in zip(cuts, cuts[1:])] if keys else []
    else:
        chunks = [_tables({nt.label: keys[i:i + DIGEST_CHUNK]}, legacy=legacy)
                  for i in range(0, len(keys), DIGEST_CHUNK)]
    nodes = 0
    for chunk in chunks:
        for name, cypher, params in chunk:
            if name not in sums:
                continue
            try:
                df = store.run(cypher, params)
            except Exception as exc:
                _failed(name, exc, sums, problems)
                continue
            sums[name] += _sum(_rows(df))
            nodes += len(df) if name == nt.label else 0
    if ranged and nt.label in sums and nodes != len(keys):
        return None
    return sums


def _failed(name: str, exc: Exception, sums: dict[str, int], problems: dict[str, str] | None) -> None:
    text = " ".join(str(exc).split())  # a damaged store fails in many ways (C++ exceptions, bad UTF-8)
    if problems is None:
        raise StoreError(f"cannot read table {name}: {text[:300]}") from None
    problems[name] = f"{name}: cannot be read ({text[:200]})"
    sums.pop(name, None)


def partial_sums(store, scope: dict[str, list], skip: frozenset[str] | set[str] = frozenset()) -> dict[str, int]:
    """The digest sums of the rows a scope covers (see _tables), per table but those in skip: taken before and
    after a load that changes only those rows, they update the last record's digests (updated_digests)."""
    return {name: _sum(_rows(_read(store, name, cypher, params))) for name, cypher, params in _tables(scope, skip)}


def scheme2_digests(store) -> dict[str, int] | None:
    """The last complete load's digests as numbers, when they can be updated in place (the current scheme: a
    record of an older one, or of the old layout, is recomputed whole), else None."""
    rec = read_record(store)
    if not rec or rec.get("state") != "complete":
        return None
    want = json.loads(rec.get("digests") or "{}")
    if want.pop(_SCHEME_KEY, 1) != DIGEST_SCHEME:
        return None
    return {name: int(h, 16) for name, h in want.items()}


def updated_digests(store, old: dict[str, int], before: dict[str, int], scope: dict[str, list],
                    changes: dict[str, int] | None = None, known: dict[str, int] | None = None) -> dict[str, str]:
    """Digests after a load that changed only the scoped rows of the scoped tables (``before``: their sums
    before it), the tables in ``changes`` by the sum given there (the rows' sum after the load minus before,
    known to the caller), and anything in the other tables, which are read whole. ``known``: the sums of rows
    the load added outside the scope that the caller knows without reading them (the rows it created)."""
    changes = {name: d for name, d in (changes or {}).items() if name in old}
    after = partial_sums(store, scope, skip=set(changes))
    for name, total in (known or {}).items():
        if name in after:
            after[name] += total
    kept = {name for name in after if name in old}
    out = {name: f"{(old[name] - before[name] + after[name]) % _MOD:032x}" for name in kept}
    out.update({name: f"{(old[name] + d) % _MOD:032x}" for name, d in changes.items()})
    kept |= set(changes)
    out.update({name: f"{total % _MOD:032x}" for name, total in table_sums(store, skip=kept).items()})
    return out


def record_of(store, counts: dict[str, int], state: str = "complete", started: str | None = None,
              digests: dict[str, str] | None = None) -> dict[str, Any]:
    """The record a finished load writes (counts given; digests given, or computed from the store as it is)."""
    digests = dict(digests if digests is not None else table_digests(store))
    digests[_SCHEME_KEY] = DIGEST_SCHEME
    return {"key": RECORD_KEY, "state": state, "started": started or now(), "finished": now(),
            "counts": json.dumps(counts, sort_keys=True), "digests": json.dumps(digests, sort_keys=True)}


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
    scheme = want.pop(_SCHEME_KEY, 1)  # records written before scheme 2 hashed the rows as returned
    got: dict[str, str] = {}
    # A record of an older scheme summed the old layout's columns, if the store still has them.
    legacy = scheme in LEGACY_SCHEMES and old_layout(store)
    if scheme == 1:
        for name, cypher, params in _tables(legacy=legacy):
            try:
                got[name] = _digest(store.run(cypher, params).itertuples(index=False, name=None))
            except Exception as exc:
                if name not in want and "does not exist" in str(exc):  # as below: a newer table (migrate31)
                    continue
                problems.append(f"{name}: cannot be read ({' '.join(str(exc).split())[:200]})")
    else:
        unreadable: dict[str, str] = {}
        got = {name: f"{total % _MOD:032x}"
               for name, total in table_sums(store, problems=unreadable, legacy=legacy).items()}
        # A table the last load did not record and the store does not have yet (a newer schema's table, in a
        # store opened read-only: the next write adds it) is no difference.
        problems += [unreadable[name] for name, _, _ in _tables() if name in unreadable
                     and (name in want or "does not exist" not in unreadable[name])]
    for name, digest in sorted(want.items()):
        if name in got and got[name] != digest:
            problems.append(f"{name}: content differs from the last load")
    report = CheckReport(problems, len(want), rec.get("finished"))
    if problems:
        raise CheckFailed(f"store differs from its last load ({rec.get('finished')}): " + "; ".join(problems))
    return report
