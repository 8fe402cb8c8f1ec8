"""The production store: Neo4j 5.x (Community, Enterprise or Aura) through the official ``neo4j`` driver.

Settings come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; constructor arguments win.
Loading keeps the GraphStore contract (see graph/store.py):
- one uniqueness constraint per node key (graph/schema.py), ``IF NOT EXISTS``;
- batched ``UNWIND $rows AS r MERGE ...``, one transaction per batch; labels, types and property names come
  from the schema (code), every value is a parameter;
- merge rules are the Ladybug store's: a new node gets all its properties, an existing one only gets its aliases
  unioned (another name for the same key becomes an alias) and a missing model family filled; an existing
  relationship keeps its first evidence;
- the derived EVALUATED_ON and every node's derived ``papers`` count are recomputed over the whole store, then
  the counts are checked.
An unreachable server or refused credentials raise StoreUnavailable; messages never contain the password.
"""

from __future__ import annotations

import logging
import math
import os
import re
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pandas as pd

from paperkg.errors import PaperkgError, QueryError, StoreError, StoreUnavailable
from paperkg.graph import check, schema
from paperkg.graph.store import GraphDelta, GraphStore, LoadReport
from paperkg.graph.tables import GraphTables
from paperkg.graph.terms import RECENT

DEFAULT_URI = "bolt://127.0.0.1:7687"
START_HINT = "start a local one with `eval \"$(scripts/neo4j-server start)\"` or set NEO4J_URI"
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# The driver logs each retry as a warning; without this, Python's last-resort handler would print them
# on stderr next to the CLI's one-line error. Applications that configure logging still receive them.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def _q(name: str) -> str:
    """Backtick-quote a schema identifier; refuse anything that is not a plain name (they are code, not data)."""
    if not _IDENT.match(name):
        raise StoreError(f"not a schema identifier: {name!r}")
    return f"`{name}`"


def _safe_uri(uri: str) -> str:
    """The URI without any user:password@ part, for messages."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<unparseable NEO4J_URI>"
    if parts.username is None and parts.password is None:
        return uri
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


# -- Cypher, built from the schema only --------------------------------------------------------------


def constraint_statements() -> list[str]:
    return [
        f"CREATE CONSTRAINT {_q('paperkg_' + nt.label.lower() + '_' + nt.key)} IF NOT EXISTS "
        f"FOR (n:{_q(nt.label)}) REQUIRE n.{_q(nt.key)} IS UNIQUE"
        for nt in schema.STORED_NODE_TYPES
    ]


def node_merge_cypher(nt: schema.NodeType) -> str:
    """MERGE a batch of nodes: all properties on create; on match union aliases and fill a missing family."""
    lab, key = _q(nt.label), _q(nt.key)
    props = [n for n, _ in nt.properties if n != nt.key]
    on_create = (" ON CREATE SET " + ", ".join(f"n.{_q(p)} = r.{_q(p)}" for p in props)) if props else ""
    if nt.label == schema.TERM.label:  # the word index: a key already held gains the papers it lacks
        # (quadratic in the list sizes: fine for the merges of tests and small batches; `build` replaces)
        # A paper its recent row holds (graph/terms.py) stays there.
        return (f"UNWIND $rows AS r OPTIONAL MATCH (o:{lab} {{{key}: '{RECENT}' + r.{key}}}) "
                f"WITH r, coalesce(o.`ids`, []) AS held MERGE (n:{lab} {{{key}: r.{key}}})"
                " ON CREATE SET n.`ids` = [x IN r.`ids` WHERE NOT x IN held]"
                " ON MATCH SET n.`ids` = n.`ids` + [x IN r.`ids` WHERE NOT x IN n.`ids` AND NOT x IN held]")
    if nt.label not in schema.ENTITY_LABELS:
        return f"UNWIND $rows AS r MERGE (n:{lab} {{{key}: r.{key}}})" + on_create
    fill = "SET n.`family` = coalesce(n.`family`, r.`family`) " if nt.label == schema.MODEL.label else ""
    # Aliases of an existing node: old + new + the new name where it differs, minus the kept name, sorted.
    return (
        f"UNWIND $rows AS r OPTIONAL MATCH (old:{lab} {{{key}: r.{key}}}) "
        f"WITH r, old IS NULL AS created MERGE (n:{lab} {{{key}: r.{key}}})" + on_create + " "
        "WITH n, r, created WHERE NOT created "
        + fill
        + "WITH n, r CALL { WITH n, r "
        "UNWIND coalesce(n.`aliases`, []) + coalesce(r.`aliases`, []) "
        "+ CASE WHEN r.`name` IS NOT NULL AND r.`name` <> n.`name` THEN [r.`name`] ELSE [] END AS a "
        "WITH n, a WHERE n.`name` IS NULL OR a <> n.`name` "
        "WITH DISTINCT a ORDER BY a RETURN collect(a) AS merged } "
        "SET n.`aliases` = merged"
    )


def node_set_cypher(nt: schema.NodeType) -> str:
    """MERGE a batch of nodes and set every property (a replacing load: the tables are the truth)."""
    lab, key = _q(nt.label), _q(nt.key)
    props = [n for n, _ in nt.properties if n != nt.key]
    sets = (" SET " + ", ".join(f"n.{_q(p)} = r.{_q(p)}" for p in props)) if props else ""
    return f"UNWIND $rows AS r MERGE (n:{lab} {{{key}: r.{key}}})" + sets


def rel_merge_cypher(rt: schema.RelType, *, replace: bool = False) -> str:
    """MERGE a batch of relationships between existing nodes; evidence is set when the relationship is new
    (always, for a replacing load)."""
    src, dst = schema.NODE_BY_LABEL[rt.source], schema.NODE_BY_LABEL[rt.target]
    cypher = (
        f"UNWIND $rows AS r "
        f"MATCH (a:{_q(rt.source)} {{{_q(src.key)}: r.src}}) "
        f"MATCH (b:{_q(rt.target)} {{{_q(dst.key)}: r.dst}}) "
        f"MERGE (a)-[e:{_q(rt.type)}]->(b)"
    )
    if rt.properties:
        cypher += " SET e += r.props" if replace else " ON CREATE SET e += r.props"
    return cypher


def stale_node_delete_cypher(nt: schema.NodeType) -> str:
    return f"UNWIND $rows AS k MATCH (n:{_q(nt.label)} {{{_q(nt.key)}: k}}) DETACH DELETE n"


def stale_rel_delete_cypher(rt: schema.RelType) -> str:
    src, dst = schema.NODE_BY_LABEL[rt.source], schema.NODE_BY_LABEL[rt.target]
    return (
        f"UNWIND $rows AS r MATCH (a:{_q(rt.source)} {{{_q(src.key)}: r.src}})"
        f"-[e:{_q(rt.type)}]->(b:{_q(rt.target)} {{{_q(dst.key)}: r.dst}}) DELETE e"
    )


def evaluated_on_cypher() -> tuple[str, str]:
    """(delete all, create from the whole store) for the derived (Method)-[:EVALUATED_ON {papers}]->(Benchmark)."""
    r = schema.REL_OF_ROLE
    delete = f"MATCH (:{_q('Method')})-[e:{_q(schema.EVALUATED_ON)}]->(:{_q('Benchmark')}) DELETE e"
    create = (
        f"MATCH (p:{_q('Paper')})-[:{_q(r['proposes'])}|{_q(r['uses'])}]->(m:{_q('Method')}) "
        f"MATCH (p)-[:{_q(r['evaluates_on'])}]->(b:{_q('Benchmark')}) "
        f"WITH m, b, count(DISTINCT p) AS n "
        f"CREATE (m)-[:{_q(schema.EVALUATED_ON)} {{papers: n}}]->(b) RETURN count(*) AS created"
    )
    return delete, create


def paper_count_cypher(label: str) -> str:
    """Set the derived papers count (distinct papers linking to the node) on every node of a label."""
    return (
        f"MATCH (n:{_q(label)}) "
        f"CALL {{ WITH n OPTIONAL MATCH (p:{_q(schema.PAPER.label)})-->(n) RETURN count(DISTINCT p) AS c }} "
        f"SET n.{_q(schema.PAPERS)} = c RETURN count(n) AS updated"
    )


# -- values ------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A DataFrame cell as a plain Python value the driver accepts (NA -> None, numpy -> int/float/str)."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return _plain(value.tolist())  # numpy arrays and scalars
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def node_rows(nt: schema.NodeType, df: pd.DataFrame) -> list[dict[str, Any]]:
    df = df.drop_duplicates(subset=[nt.key], keep="first")
    cols = [n for n, _ in nt.properties]
    rows = []
    for rec in df.reindex(columns=cols).itertuples(index=False, name=None):  # a missing column (papers) is null
        row = {c: _plain(v) for c, v in zip(cols, rec)}
        for name, typ in nt.properties:
            if typ in (schema.STRING_LIST, schema.INT64_LIST) and row[name] is None:
                row[name] = []
        rows.append(row)
    return rows


def rel_rows(rt: schema.RelType, df: pd.DataFrame) -> list[dict[str, Any]]:
    df = df.drop_duplicates(subset=["src", "dst"], keep="first")
    props = [n for n, _ in rt.properties]
    rows = []
    for rec in df[["src", "dst"] + props].itertuples(index=False, name=None):
        row: dict[str, Any] = {"src": _plain(rec[0]), "dst": _plain(rec[1])}
        if props:
            row["props"] = {p: _plain(v) for p, v in zip(props, rec[2:])}
        rows.append(row)
    return rows


def to_python(value: Any) -> Any:
    """A value from the driver as plain Python: nodes/relationships -> property dicts, paths -> node lists."""
    import neo4j.graph as g

    if isinstance(value, (g.Node, g.Relationship)):
        return {k: to_python(v) for k, v in dict(value).items()}
    if isinstance(value, g.Path):
        return [to_python(n) for n in value.nodes]
    if isinstance(value, list):
        return [to_python(v) for v in value]
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items()}
    if hasattr(value, "to_native"):  # neo4j.time types
        return value.to_native()
    return value


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


# -- the store ---------------------------------------------------------------------------------------


class Neo4jStore(GraphStore):
    dialect = "neo4j"
    _tx = None  # the one transaction of an atomic apply, while it runs

    def __init__(
        self,
        uri: str | None = None,
        username: str | None = None,
        password: str | None = None,
        database: str | None = None,
        *,
        batch_size: int = 1000,
        connection_timeout: float = 10.0,
        retry_seconds: float = 15.0,
        on_batch: Callable[[str, int], None] | None = None,
    ):
        import neo4j

        self.uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
        self.username = username or os.environ.get("NEO4J_USERNAME") or "neo4j"
        self._password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        if batch_size < 1:
            raise StoreError("batch_size must be at least 1")
        self.batch_size = batch_size
        self.on_batch = on_batch  # called after each committed batch with (what, rows); used by tests
        self._where = _safe_uri(self.uri) + (f" database {self.database}" if self.database else "")
        try:
            scheme = urlsplit(self.uri).scheme if "://" in self.uri else ""
        except ValueError:
            scheme = ""
        if scheme not in ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"):
            # e.g. http:// made the driver try an HTTP preview needing aiohttp ("ModuleNotFoundError")
            raise StoreUnavailable(f"NEO4J_URI {self._where!r}: use a bolt:// or neo4j:// address (e.g. "
                                   f"bolt://127.0.0.1:7687), not {scheme or 'no scheme'}")
        auth = (self.username, self._password) if self._password else None
        try:
            self._driver = neo4j.GraphDatabase.driver(
                self.uri,
                auth=auth,
                connection_timeout=connection_timeout,
                max_transaction_retry_time=retry_seconds,
                notifications_min_severity="OFF",
            )
            self._driver.verify_connectivity()
            if self.database:  # fail now, not at the first load, when the database does not exist
                with self._session() as session:
                    session.run("RETURN 1").consume()
        except Exception as exc:
            self._driver = getattr(self, "_driver", None)
            self.close()
            raise self._translate(exc, "connect") from None
        self._schema_ready = False

    # -- errors -------------------------------------------------------------------------------------

    def _redact(self, text: str) -> str:
        """One line, with the password (from settings or embedded in the URI) replaced by ***."""
        secrets = [self._password]
        try:
            secrets.append(urlsplit(self.uri).password)
        except ValueError:
            pass
        for secret in filter(None, secrets):
            text = text.replace(secret, "***")
        return " ".join(text.split())

    def _translate(self, exc: BaseException, doing: str) -> StoreError:
        """A driver exception as a paperkg error with a one-line message (password redacted)."""
        import neo4j.exceptions as ne

        if isinstance(exc, ne.Neo4jError) and getattr(exc, "message", None):
            detail = self._redact(f"{exc.code}: {exc.message}")  # without the driver's GQL status dump
        else:
            detail = self._redact(str(exc) or type(exc).__name__)
        if isinstance(exc, ne.ClientError) and (exc.code or "").endswith("DatabaseNotFound"):
            return StoreUnavailable(f"Neo4j at {self._where}: no such database ({doing}): {detail}; check NEO4J_DATABASE")
        if isinstance(exc, (ne.AuthError, ne.Forbidden)):
            return StoreUnavailable(
                f"Neo4j at {self._where} refused the credentials of user {self.username!r} ({doing}): "
                f"check NEO4J_USERNAME / NEO4J_PASSWORD. {type(exc).__name__}: {detail}"
            )
        if isinstance(exc, (ne.ServiceUnavailable, ne.SessionExpired, ne.DatabaseUnavailable, OSError)):
            return StoreUnavailable(
                f"Neo4j at {self._where} is unreachable ({doing}): {detail}. Is the server running? {START_HINT}"
            )
        if isinstance(exc, ne.ConfigurationError) or isinstance(exc, ValueError):
            return StoreUnavailable(f"bad Neo4j settings for {self._where} ({doing}): {detail}")
        if isinstance(exc, (ne.CypherSyntaxError, ne.CypherTypeError)) or (
            isinstance(exc, ne.ClientError) and "ParameterMissing" in (exc.code or "")
        ):
            return QueryError(f"Neo4j rejected the query ({doing}): {detail}")
        return StoreError(f"Neo4j at {self._where} failed ({doing}): {type(exc).__name__}: {detail}")

    def _session(self):
        return self._driver.session(database=self.database) if self.database else self._driver.session()

    def _write(self, cypher: str, params: dict[str, Any], doing: str) -> list[dict[str, Any]]:
        """One managed write transaction (the driver retries transient errors); paperkg errors out."""

        def work(tx):
            return [r.data() for r in tx.run(cypher, params)]

        return self._in_write(work, doing)

    def _in_write(self, work, doing: str):
        """work(tx) in the transaction of an atomic apply if one is open, else in its own managed one."""
        try:
            if self._tx is not None:
                return work(self._tx)
            with self._session() as session:
                return session.execute_write(work)
        except Exception as exc:
            raise self._translate(exc, doing) from None

    # -- GraphStore ---------------------------------------------------------------------------------

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        try:
            if self._tx is not None:  # an atomic apply reads what it has written so far
                result = self._tx.run(cypher, params or {})
                keys = list(result.keys())
                rows = [[to_python(v) for v in rec.values()] for rec in result]
            else:
                with self._session() as session:
                    result = session.run(cypher, params or {})
                    keys = list(result.keys())
                    rows = [[to_python(v) for v in rec.values()] for rec in result]
        except Exception as exc:
            raise self._translate(exc, "query") from None
        return pd.DataFrame(rows, columns=keys) if rows else pd.DataFrame({k: [] for k in keys}, columns=keys)

    def run_read_only(self, cypher: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """A managed READ transaction: the server refuses any write in it."""
        import neo4j

        def work(tx):
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            return keys, [[to_python(v) for v in rec.values()] for rec in result]

        try:
            session = self._driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS)
            with session:
                keys, rows = session.execute_read(work)
        except Exception as exc:
            raise self._translate(exc, "read-only query") from None
        return pd.DataFrame(rows, columns=keys) if rows else pd.DataFrame({k: [] for k in keys}, columns=keys)

    def counts(self) -> dict[str, int]:
        parts = [f"CALL {{ MATCH (n:{_q(nt.label)}) RETURN count(n) AS `{nt.label}` }}" for nt in schema.STORED_NODE_TYPES]
        rels = list(dict.fromkeys(rt.type for rt in schema.REL_TYPES))
        parts += [f"CALL {{ MATCH ()-[r:{_q(t)}]->() RETURN count(r) AS `{t}` }}" for t in rels]
        names = [nt.label for nt in schema.STORED_NODE_TYPES] + rels
        df = self.run(" ".join(parts) + " RETURN " + ", ".join(f"`{n}`" for n in names))
        return {n: int(df.iloc[0][n]) for n in names}

    def ensure_schema(self) -> None:
        """The uniqueness constraints on every node key (idempotent)."""
        if self._schema_ready:
            return
        for stmt in constraint_statements():
            try:
                with self._session() as session:
                    session.run(stmt).consume()
            except Exception as exc:
                raise self._translate(exc, "create constraints") from None
        self._schema_ready = True

    def clear(self) -> None:
        """Delete every node and relationship (tests and `--replace`); the constraints stay."""
        try:
            with self._session() as session:
                session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        except Exception as exc:
            raise self._translate(exc, "clear") from None

    def load(self, tables: GraphTables, *, replace: bool = False, consume: bool = False) -> LoadReport:
        # consume: nothing to gain here, the server holds the data (batches are sent from the tables as they are)
        return self._load(tables, self.batch_size, replace=replace)

    def naive_load(self, tables: GraphTables) -> LoadReport:
        """Baseline for benchmarks only: one MERGE per row, one transaction each."""
        return self._load(tables, 1)

    def _load(self, tables: GraphTables, batch_size: int, *, replace: bool = False) -> LoadReport:
        t0 = time.perf_counter()
        tables = tables.without_derived()
        self.ensure_schema()
        if not replace:  # a replacing load writes back what `build` resolved from the store itself
            self.refuse_changed_papers(tables)
            tables = self.with_open_variants(tables)
        # No transaction spans a load: mark it unfinished until the end (graph/check.py), so queries and
        # `paperkg check` can say so if it is cut off; the next load completes the store and the record.
        started = check.now()
        self._write(check.start_cypher(), {"key": check.RECORD_KEY, "started": started}, "marking the load")
        self._drop_old_properties()
        before = self.counts()
        if replace:
            self._delete_stale(tables, batch_size)
        ex, papers = tables.nodes.get(schema.EXTRACTION.label), tables.nodes.get(schema.PAPER.label)
        if (ex is None or not len(ex)) and papers is not None and len(papers):
            # Merged into papers a build wrote: their resolution fingerprints no longer describe their rows.
            # Bookkeeping, not a batch of the load: on_batch (progress, fault tests) sees only table rows.
            ids = [{"id": i} for i in papers[schema.PAPER.key]]
            for batch in _batches(ids, max(batch_size, 1000)):
                self._write(f"UNWIND $rows AS r MATCH (x:{_q(schema.EXTRACTION.label)} {{id: r.id}}) "
                            "SET x.resolved = null", {"rows": batch}, "clearing resolution fingerprints")
        for nt in schema.STORED_NODE_TYPES:
            df = tables.nodes.get(nt.label)
            if df is not None and len(df):
                cypher = node_set_cypher(nt) if replace else node_merge_cypher(nt)
                self._write_batches(cypher, node_rows(nt, df), batch_size, nt.label)
        for rt in schema.REL_TYPES:
            if rt.type == schema.EVALUATED_ON:
                continue
            df = tables.rels.get((rt.type, rt.source, rt.target))
            if df is not None and len(df):
                self._write_batches(rel_merge_cypher(rt, replace=replace), rel_rows(rt, df), batch_size, rt.type)
        self.recompute_evaluated_on()
        self.recompute_paper_counts()
        after = self.check_counts({k: 0 for k in before} if replace else before, tables, exact=replace)
        self._write(check.write_cypher(), {"rec": check.record_of(self, after, started=started)}, "recording the load")
        return LoadReport(before=before, after=after, seconds=time.perf_counter() - t0)

    def apply(self, delta: GraphDelta, *, atomic: bool = False) -> LoadReport:
        """Change the store by a delta (graph/store.py), batch by batch like a load, marked unfinished until the
        record is written. Rewritten papers lose their Extraction row first and get it back last, so a build
        cut short is seen by the next one as changes still to write. ``atomic``: every statement in one
        transaction, committed at the end (a failure leaves the store as it was); the server holds the whole
        change until then (`paperkg load --replace`: a user's re-extracted slice, not a whole corpus)."""
        self.ensure_schema()  # a schema change cannot share a transaction with writes
        if not atomic:
            return self._apply(delta)
        try:
            session = self._session()
            self._tx = session.begin_transaction()
        except Exception as exc:
            raise self._translate(exc, "starting the transaction") from None
        try:
            report = self._apply(delta)
            self._tx.commit()
            return report
        except BaseException as exc:
            try:
                self._tx.rollback()
            except Exception:  # a failed statement may have closed the transaction already
                pass
            if isinstance(exc, Exception) and not isinstance(exc, PaperkgError):
                raise self._translate(exc, "writing in one transaction") from None
            raise
        finally:
            self._tx = None
            session.close()

    def _apply(self, delta: GraphDelta) -> LoadReport:
        t0, size = time.perf_counter(), self.batch_size
        old = check.scheme2_digests(self)
        started = check.now()
        self._write(check.start_cypher(), {"key": check.RECORD_KEY, "started": started}, "marking the load")
        self._drop_old_properties()
        before = self.counts()
        scope = delta.digest_scope()
        sums = check.partial_sums(self, scope) if old is not None else None
        ex = schema.EXTRACTION.label
        if delta.delete_nodes.get(ex):  # first: from here on the rewritten papers count as changed
            self._write_batches(stale_node_delete_cypher(schema.EXTRACTION), list(delta.delete_nodes[ex]), size,
                                f"old {ex}")
        for rt in schema.REL_TYPES:
            pairs = delta.delete_rels.get((rt.type, rt.source, rt.target))
            if pairs:
                rows = [{"src": a, "dst": b} for a, b in pairs]
                self._write_batches(stale_rel_delete_cypher(rt), rows, size, f"old {rt.type}")
        for label in [nt.label for nt in schema.STORED_NODE_TYPES if nt.label != ex]:
            keys = delta.delete_nodes.get(label)
            if keys:
                self._write_batches(stale_node_delete_cypher(schema.NODE_BY_LABEL[label]), list(keys), size,
                                    f"old {label}")
        for label, df in delta.update_nodes.items():
            nt = schema.NODE_BY_LABEL[label]
            if len(df):
                self._write_batches(node_set_cypher(nt), node_rows(nt, df), size, label)
        for nt in schema.STORED_NODE_TYPES:
            df = delta.tables.nodes.get(nt.label)
            if nt.label != ex and df is not None and len(df):
                self._write_batches(node_set_cypher(nt), node_rows(nt, df), size, nt.label)
        for rt in schema.REL_TYPES:
            df = delta.tables.rels.get((rt.type, rt.source, rt.target))
            if rt.type != schema.EVALUATED_ON and df is not None and len(df):
                self._write_batches(rel_merge_cypher(rt, replace=True), rel_rows(rt, df), size, rt.type)
        df = delta.tables.nodes.get(ex)
        if df is not None and len(df):
            self._write_batches(node_set_cypher(schema.EXTRACTION), node_rows(schema.EXTRACTION, df), size, ex)
        self.recompute_evaluated_on()
        self.recompute_paper_counts()
        after = self.counts()
        expected = delta.expected(before)
        wrong = [f"{k}: {after.get(k, 0)} != {v}" for k, v in expected.items() if after.get(k, 0) != v]
        if wrong:
            raise StoreError("load incomplete, the store holds other rows than written: " + "; ".join(sorted(wrong)))
        digests = check.updated_digests(self, old, sums, scope) if old is not None else None
        self._write(check.write_cypher(), {"rec": check.record_of(self, after, started=started, digests=digests)},
                    "recording the load")
        return LoadReport(before=before, after=after, seconds=time.perf_counter() - t0)

    def _drop_old_properties(self) -> None:
        """A store written before session 15 keeps the first evidence sentence twice (schema.OLD_EVIDENCE_PROPS
        beside `sentences`, as the LadybugDB store did): remove it, in batches, within the load (marked
        unfinished until its record, whose digests no longer sum it, is written)."""
        if check.record_scheme(self) not in (None,) + check.LEGACY_SCHEMES:
            return
        rels = "|".join(_q(t) for t in dict.fromkeys(
            rt.type for rt in schema.REL_TYPES if rt.properties == schema.EVIDENCE_PROPS))
        for name, _ in schema.OLD_EVIDENCE_PROPS:
            cypher = (f"MATCH ()-[r:{rels}]->() WHERE r.{_q(name)} IS NOT NULL WITH r LIMIT $n "
                      f"REMOVE r.{_q(name)} RETURN count(r) AS n")
            while self._write(cypher, {"n": max(self.batch_size, 1000)}, f"removing the old {name} property")[0]["n"]:
                pass

    def _delete_stale(self, tables: GraphTables, batch_size: int) -> None:
        """Delete the nodes and relationships the tables no longer have (a replacing load)."""
        for rt in schema.REL_TYPES:
            if rt.type == schema.EVALUATED_ON:
                continue
            src, dst = schema.NODE_BY_LABEL[rt.source], schema.NODE_BY_LABEL[rt.target]
            have = self.run(
                f"MATCH (a:{_q(rt.source)})-[:{_q(rt.type)}]->(b:{_q(rt.target)}) "
                f"RETURN a.{_q(src.key)} AS src, b.{_q(dst.key)} AS dst"
            )
            df = tables.rels.get((rt.type, rt.source, rt.target))
            keep = set(zip(df["src"], df["dst"])) if df is not None and len(df) else set()
            stale = [{"src": a, "dst": b} for a, b in zip(have["src"], have["dst"]) if (a, b) not in keep]
            self._write_batches(stale_rel_delete_cypher(rt), stale, batch_size, f"stale {rt.type}")
        for nt in schema.STORED_NODE_TYPES:
            have = self.run(f"MATCH (n:{_q(nt.label)}) RETURN n.{_q(nt.key)} AS k")
            df = tables.nodes.get(nt.label)
            keep = set(df[nt.key]) if df is not None and len(df) else set()
            stale = [k for k in have["k"] if k not in keep]
            self._write_batches(stale_node_delete_cypher(nt), stale, batch_size, f"stale {nt.label}")

    def _write_batches(self, cypher: str, rows: list[dict[str, Any]], size: int, what: str) -> None:
        for batch in _batches(rows, size):
            self._write(cypher, {"rows": batch}, f"loading {what}")
            if self.on_batch is not None:
                self.on_batch(what, len(batch))

    def recompute_evaluated_on(self) -> int:
        """Rebuild the derived EVALUATED_ON over the whole store in one transaction; returns how many."""
        delete, create = evaluated_on_cypher()

        def work(tx):
            tx.run(delete).consume()
            return tx.run(create).single()["created"]

        return int(self._in_write(work, "recomputing EVALUATED_ON"))

    def recompute_paper_counts(self) -> None:
        """Set the derived papers count on every counted node, in one transaction."""

        def work(tx):
            for label in schema.COUNTED_LABELS:
                tx.run(paper_count_cypher(label)).consume()

        self._in_write(work, "recomputing paper counts")

    def close(self) -> None:
        driver, self._driver = getattr(self, "_driver", None), None
        if driver is not None:
            try:
                driver.close()
            except Exception:  # closing a driver whose server is gone is harmless
                pass
