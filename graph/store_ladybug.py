"""The embedded default store: LadybugDB (the maintained fork of Kùzu), a file on disk, no server.

Loading is fast and idempotent:
- the schema (graph/schema.py) is declared once, ``IF NOT EXISTS``;
- rows whose key (or (src, dst) pair) is not in the store yet are bulk-copied with ``COPY ... FROM $df``
  (COPY of a duplicate primary key fails, in 0.22.0 it can even crash the process, so we only ever COPY
  rows we know are new); a few rows (an incremental build's delta) are inserted with a parameterised
  ``UNWIND $rows ... CREATE`` instead, several times faster than a COPY into a big table; existing entity nodes get their aliases unioned (and a missing model family filled)
  with ``UNWIND $rows ... MATCH (n:L {key: r.key}) SET`` (the inline-map form; a trial showed the
  ``WHERE n.key = r.key`` form silently dropping rows);
- the derived EVALUATED_ON and every node's derived ``papers`` count are recomputed over the whole store (a
  build's delta: the counts of the nodes it links or unlinks) and written only where they changed;
- every step is checked against the exact row counts it must produce. Nothing half-written remains after a
  failure: a store on disk is loaded as a copy of its file (a whole corpus committed statement by statement, a
  build's delta in one transaction), checked, and then renamed over the original in one step (the original
  stays open, so locked for other writers, until then); an in-memory store is loaded in one transaction that
  is rolled back on failure.

Why a copy and not one transaction for stores on disk: ladybug 0.22 holds a whole transaction in memory until
its commit. Measured on the 73k corpus (tables already built, fresh process): one transaction peaked at
2.0 GB RSS, the same statements committed one by one at 1.2 GB, same rows. The copy costs disk space for a
second file while loading, and a copy of the existing file (the 283 MB 73k store: 0.09 s from the page cache).

Memory: ladybug sizes its buffer pool from the machine's RAM (~80 %) by default. A read-only store (queries,
pictures, export) gets a fixed pool instead, DEFAULT_BUFFER_MB, so one runaway query cannot take the machine's
memory (it fails with "buffer pool is full"). A writable store keeps ladybug's default: a single COPY of
73k abstracts already needs more than 512 MiB of pool. $PAPERKG_LADYBUG_BUFFER_MB sets the pool of both;
``buffer_pool_size=`` wins.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import gc
import glob
import os
import shutil
import sys
import time
import traceback
from pathlib import Path
from typing import Any

import pandas as pd

from paperkg.errors import StoreError
from paperkg.graph import check, schema
from paperkg.graph.locks import StoreBusy, held_here, writer_lock
from paperkg.graph.store import GraphDelta, GraphStore, LoadReport
from paperkg.graph.tables import GraphTables
from paperkg.graph.terms import RECENT, term_rows

DEFAULT_BUFFER_MB = 512
BUFFER_ENV = "PAPERKG_LADYBUG_BUFFER_MB"


# Tables that stores written by an older paperkg lack until they are opened for writing (schema_statements adds
# them): the word index (session 13) and the variant link (session 30, docs/history/family30.md). A read-only open
# adds them itself when it can (LadybugStore._upgrade, docs/history/migrate31.md).
_NEWER_TABLES = (schema.TERM.label, schema.VARIANT_OF)


def _q(name: str) -> str:
    """Backtick-quote an identifier from the schema (some property names, e.g. `end`, are keywords)."""
    return "`" + name.replace("`", "``") + "`"


def schema_statements() -> list[str]:
    """CREATE statements for every node table and relationship table of the schema."""
    stmts = []
    for nt in schema.STORED_NODE_TYPES + (schema.LOAD_RECORD,):
        cols = ", ".join(f"{_q(n)} {t}" for n, t in nt.properties)
        stmts.append(f"CREATE NODE TABLE IF NOT EXISTS {_q(nt.label)}({cols}, PRIMARY KEY({_q(nt.key)}))")
    by_type: dict[str, list[schema.RelType]] = {}
    for rt in schema.REL_TYPES:
        by_type.setdefault(rt.type, []).append(rt)
    for rel, rts in by_type.items():
        pairs = [f"FROM {_q(r.source)} TO {_q(r.target)}" for r in rts]
        props = [f"{_q(n)} {t}" for n, t in rts[0].properties]
        stmts.append(f"CREATE REL TABLE IF NOT EXISTS {_q(rel)}({', '.join(pairs + props)})")
    return stmts


def buffer_pool_bytes(read_only: bool) -> int:
    """The buffer pool to open a store with: $PAPERKG_LADYBUG_BUFFER_MB (MiB), else DEFAULT_BUFFER_MB for a
    read-only store and 0 (ladybug's default, ~80 % of RAM) for a writable one (see the module docstring)."""
    text = os.environ.get(BUFFER_ENV, "").strip()
    if not text:
        return DEFAULT_BUFFER_MB * 1024 * 1024 if read_only else 0
    try:
        mb = int(text)
    except ValueError:
        mb = 0
    if mb < 16:
        raise StoreError(f"{BUFFER_ENV}={text!r}: give the LadybugDB buffer pool size in MiB, at least 16 (default {DEFAULT_BUFFER_MB})")
    return mb * 1024 * 1024


def _give_back_freed_memory() -> None:
    """Return the heap pages freed tables left behind to the system (glibc keeps them for later mallocs, which
    LadybugDB's own allocator never makes): 250 MB less at the 73k load's peak. Elsewhere a no-op."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _clear_frames(exc: BaseException | None) -> None:
    """Drop the locals of every frame of this failure and the failures it came from."""
    seen = 0
    while exc is not None and seen < 10:
        traceback.clear_frames(exc.__traceback__)
        exc, seen = exc.__cause__ or exc.__context__, seen + 1


def _disk_full(exc: BaseException | None) -> bool:
    """Did this failure (or one it came from) run out of disk space?"""
    seen = 0
    while exc is not None and seen < 10:
        if getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or "No space left on device" in str(exc):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _copy_frame(df: pd.DataFrame, props: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    """A DataFrame COPY accepts: nullable integers as objects holding int or None (pandas' Int64 is refused).

    Columns the tables lack (e.g. the derived papers count in hand-made tables) are null; loads recompute them.
    """
    out = df.reindex(columns=[n for n, _ in props])
    for name, typ in props:
        if typ == schema.INT64 and name in out:
            out[name] = pd.Series([None if pd.isna(v) else int(v) for v in out[name]], dtype=object, index=out.index)
    return out


# Up to this many new rows are inserted with UNWIND ... CREATE, more with COPY. Measured on the 73k store:
# 1,000 papers took 0.06 s by CREATE and 0.4-3.9 s by COPY (COPY's cost follows the table's size, not the
# rows'); a whole corpus is faster by COPY.
CREATE_MAX_ROWS = 5000
# Source keys up to which a relationship load reads the pairs of those sources (key lookups) to skip known
# ones, instead of every pair of the table (adding 1,000 papers to the 71,870 store: ~8 s of reads at load 6).
SCOPED_READ_MAX_KEYS = 5000
# Rows up to which a node load looks up the keys it brings instead of reading every key of the table (adding
# 1,000 papers: 13,178 word rows looked up in 0.05 s of CPU, the 291,357 stored keys read in 0.18 s and made
# into a DataFrame in more).
SCOPED_NODE_READ_MAX_KEYS = 20000


def _param_rows(frame: pd.DataFrame) -> list[dict]:
    """A frame as a list of plain dicts for a query parameter (NaN / NA as None)."""
    return [{k: (None if v is None or (not isinstance(v, (str, list, tuple)) and pd.isna(v)) else v)
             for k, v in r.items()} for r in frame.to_dict("records")]


class LadybugStore(GraphStore):
    dialect = "ladybug"

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False, wait: bool = False,
                 _lock: bool = True, _migrate: bool = False, upgrade: bool = True, **db_opts: Any):
        self.path = None if path in (None, "", ":memory:") else Path(path)
        if self.path is not None and read_only and not self.path.exists():
            raise StoreError(f"no LadybugDB store at {self.path}: run `paperkg build` (or `paperkg load`) first")
        self._locks = contextlib.ExitStack()
        if self.path is not None and not read_only:
            parent = self.path.resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create store {self.path}: folder {parent} does not exist")
            if _lock:  # one writer at a time (graph/locks.py); the copy a load writes is ours alone
                self._locks.enter_context(writer_lock(self.path, wait=wait))
        db_opts.setdefault("buffer_pool_size", buffer_pool_bytes(read_only))
        self._read_only, self._db_opts = read_only, db_opts
        self._migrated = False
        self.upgraded: list[str] = []  # what a read-only open added to a store written by an older paperkg
        self._not_upgraded = ""  # why a read-only open of such a store could not add it (for the query hint)
        try:
            self._connect()
            if not read_only:
                for stmt in schema_statements():
                    self._exec(stmt)
                self._add_missing_columns()
                # Only in a load's copy (_load_into_copy): the rename makes the migration all or nothing with
                # the load, and the original, read by the old layout's rules, stays as it was until then.
                self._migrated = _migrate and self._drop_old_columns()
            elif self.path is not None:
                self._require_tables()
                if upgrade:
                    self._upgrade()
        except BaseException:
            self.close()
            raise

    def _connect(self) -> None:
        import ladybug

        try:
            where = str(self.path) if self.path else ":memory:"
            self._db = ladybug.Database(where, read_only=self._read_only, **self._db_opts)
            # A writer runs on one thread: LadybugDB 0.22's parallel COPY can deadlock (two index-builder threads
            # each holding one queue's write lock and waiting to read the other's: seen 5 times, a build hung
            # at 0 % CPU forever). Readers keep every thread.
            self._conn = ladybug.Connection(self._db, num_threads=0 if self._read_only else 1)
        except Exception as exc:  # ladybug raises RuntimeError for locks, permissions, corrupt files
            raise StoreError(self._open_hint(exc)) from exc

    def _require_tables(self) -> None:
        """A read-only store must be a paperkg store: a 0-byte or foreign file gave "Table Paper does not exist"."""
        try:
            have = set(self._conn.execute("CALL show_tables() RETURN name").get_as_df()["name"])
        except Exception as exc:
            raise StoreError(f"cannot read the tables of {self.path} (damaged, or not a LadybugDB store?): "
                             f"{' '.join(str(exc).split())[:200]}") from exc
        if schema.PAPER.label not in have:
            raise StoreError(f"{self.path} is not a paperkg store (no {schema.PAPER.label} table: empty, or another "
                             "database): build one with `paperkg build`, or pass the right --db")

    def _outdated(self) -> list[str]:
        """What a write open would add to this store (a store written by an older paperkg): the schema's tables
        and node properties it lacks, and the word index of a store with papers and none ([] if nothing)."""
        have = set(self.run("CALL show_tables() RETURN name")["name"])
        wanted = [nt.label for nt in schema.STORED_NODE_TYPES + (schema.LOAD_RECORD,)]
        wanted += list(dict.fromkeys(rt.type for rt in schema.REL_TYPES))
        out = [f"table {name}" for name in wanted if name not in have]
        for nt in schema.STORED_NODE_TYPES:
            if nt.label in have:
                cols = set(self.run(f"CALL table_info('{nt.label}') RETURN name")["name"])
                out += [f"property {nt.label}.{name}" for name, _ in nt.properties if name not in cols]
        if schema.TERM.label in have and not self._scalar(f"MATCH (t:{_q(schema.TERM.label)}) RETURN count(t)") \
                and self._scalar(f"MATCH (p:{_q(schema.PAPER.label)}) RETURN count(p)"):
            out.append(f"the word index ({schema.TERM.label} rows)")
        return out

    def _upgrade(self) -> None:
        """A store written by an older paperkg, opened read-only: add what a write open would (the newer tables,
        empty but for the word index, which is built from the stored papers; missing properties), so that every
        query answers. All or nothing, as a load: under the writer lock, into a copy of the file that is renamed
        over the original once complete. Nothing is written when the file or its folder is not writable, another
        process is writing it (that writer adds the tables), this process is itself a writer (the same), or the
        store has a write-ahead log (an unfinished write: the next write open completes it); the store is then read
        as it is, and a query that reads a missing table fails with the hint and the reason."""
        missing = self._outdated()
        if not missing:
            return
        why = self._why_not_upgradable()
        if why:
            self._not_upgraded = why
            return
        self._close_db()
        copy = self.path.with_name(f".{self.path.name}.loading-{os.getpid()}")
        try:
            with writer_lock(self.path, wait=False):
                work = None
                try:
                    shutil.copyfile(self.path, copy)
                    shutil.copymode(self.path, copy)
                    # A write open of the copy adds the tables, properties and word index (the writer's pool).
                    work = LadybugStore(copy, _lock=False, **{**self._db_opts, "buffer_pool_size": buffer_pool_bytes(False)})
                    work._exec("CHECKPOINT")
                    work.close()
                    work = None
                    os.replace(copy, self.path)
                finally:
                    if work is not None:
                        work.close()
                    for path in self.path.parent.glob(f"{glob.escape(copy.name)}*"):  # the copy and its log
                        path.unlink(missing_ok=True)
            self.upgraded = missing
            sys.stderr.write(f"paperkg: note: {self.path} was written by an older paperkg: added "
                             f"{', '.join(missing)} (what a write open adds; the rest is as it was)\n")
        except StoreBusy:
            self._not_upgraded = "another process is writing it, and that write adds them"
        except (StoreError, OSError) as exc:
            self._not_upgraded = f"adding them failed, the store is as it was ({' '.join(str(exc).split())[:200]})"
        finally:
            self._connect()  # read-only again, on the upgraded file if it was

    def _why_not_upgradable(self) -> str:
        """Why this read-only open may not add what the store lacks ("" if it may)."""
        if held_here(self.path):
            return "this command writes it and adds them"
        if not os.access(self.path, os.W_OK) or not os.access(self.path.resolve().parent, os.W_OK | os.X_OK):
            return "the store file or its folder is not writable"
        if any(p.stat().st_size for p in self.path.parent.glob(f"{glob.escape(self.path.name)}.wal")):
            return "it has a write-ahead log (an unfinished write)"
        return ""

    def _add_missing_columns(self) -> None:
        """A store written by an older paperkg lacks newer schema properties: add them (and fill papers counts)."""
        added = []
        for nt in schema.STORED_NODE_TYPES:
            have = set(self.run(f"CALL table_info('{nt.label}') RETURN name")["name"])
            for name, typ in nt.properties:
                if name not in have:
                    self._exec(f"ALTER TABLE {_q(nt.label)} ADD {_q(name)} {typ}")
                    added.append(name)
        self._fill_term_index()
        if schema.PAPERS in added:
            self._exec("BEGIN TRANSACTION")
            try:
                self._recompute_paper_counts()
                self._exec("COMMIT")
            except BaseException:
                self._rollback()
                raise

    def _drop_old_columns(self) -> bool:
        """A store written before session 15 keeps the first evidence sentence twice (schema.OLD_EVIDENCE_PROPS
        beside `sentences`): drop the copy, so that a checkpoint no longer rewrites it; whether any was dropped.
        The load record's digests, which summed it (check.LEGACY_SCHEMES), are then recomputed by the load."""
        old = [name for name, _ in schema.OLD_EVIDENCE_PROPS]
        dropped = False
        for rel in dict.fromkeys(rt.type for rt in schema.REL_TYPES if rt.properties == schema.EVIDENCE_PROPS):
            have = set(self.run(f"CALL table_info('{rel}') RETURN name")["name"])
            for name in old:
                if name in have:
                    self._exec(f"ALTER TABLE {_q(rel)} DROP {_q(name)}")
                    dropped = True
        return dropped

    def _fill_term_index(self) -> None:
        """A store written before the word and name index (schema.TERM) has papers but no index: build it from
        the stored papers and entities, as a load would have (once; later loads keep it)."""
        term = _q(schema.TERM.label)
        if self._scalar(f"MATCH (t:{term}) RETURN count(t)") or not self._scalar("MATCH (p:Paper) RETURN count(p)"):
            return
        papers = self.run("MATCH (p:Paper) RETURN p.id AS id, p.title AS title, p.abstract AS abstract")
        entities = []
        for label in schema.ENTITY_LABELS + (schema.MODEL_FAMILY.label,):
            aliases = "n.aliases" if label in schema.ENTITY_LABELS else "[]"
            df = self.run(f"MATCH (n:{_q(label)}) RETURN n.key AS key, n.name AS name, {aliases} AS aliases")
            entities += list(zip(df["key"], df["name"], df["aliases"]))
        rows = term_rows(zip(papers["id"], papers["title"], papers["abstract"]), entities)
        self._exec(f"COPY {term} FROM $df", {"df": _copy_frame(rows, schema.TERM.properties)})

    def _open_hint(self, exc: Exception) -> str:
        msg = " ".join(str(exc).split())  # one line for the CLI
        where = self.path or "memory"
        if "lock" in msg.lower():
            return f"store {where} is locked by another process (close it, or use another --db): {msg}"
        if "permission" in msg.lower() or "read-only" in msg.lower():
            return f"store {where} is not writable (check permissions, or use another --db): {msg}"
        return f"cannot open LadybugDB store {where} (damaged, or not a LadybugDB store?): {msg}"

    # -- plumbing ---------------------------------------------------------------------------------

    def _exec(self, cypher: str, params: dict[str, Any] | None = None):
        try:
            return self._conn.execute(cypher, params or {})
        except Exception as exc:
            msg = "LadybugDB: " + " ".join(str(exc).split())
            if f"property {schema.PAPERS}" in msg or any(f"Table {t} does not exist" in msg for t in _NEWER_TABLES):
                msg += " (a store written by an older paperkg: open it once for writing, e.g. `paperkg load`, or rebuild it"
                why = getattr(self, "_not_upgraded", "")
                msg += f"; it could not be upgraded when opened: {why})" if why else ")"
            elif "buffer pool is full" in msg and self._read_only:
                # A build reads the stored papers it rewrites through a read-only store: all of them, once, after
                # a change of the writer (graph/incremental.py writer_version), which the default pool cannot hold.
                msg += (f" (this read used a {self._db.buffer_pool_size // 2**20} MiB buffer pool: set {BUFFER_ENV} "
                        "to more, e.g. 3072, and run it again; nothing was written)")
            raise StoreError(msg) from exc

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        result = self._exec(cypher, params)
        try:
            return result.get_as_df()
        except Exception as exc:  # bad bytes in a damaged file surface here (UnicodeDecodeError, ...)
            raise StoreError(f"LadybugDB: cannot read a result from {self.path or 'memory'} ({type(exc).__name__}: "
                             f"{' '.join(str(exc).split())[:200]}); the store may be damaged: run `paperkg check`") from exc

    def run_read_only(self, cypher: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        if not self._read_only:
            raise StoreError("this LadybugDB store is open for writing: open it with read_only=True to run "
                             "ad-hoc queries (`paperkg cypher` does)")
        return self.run(cypher, params)

    def _scalar(self, cypher: str, params: dict[str, Any] | None = None) -> int:
        df = self.run(cypher, params)
        return int(df.iloc[0, 0]) if len(df) else 0

    def counts(self) -> dict[str, int]:
        out = {}
        cyphers = [(nt.label, f"MATCH (n:{_q(nt.label)}) RETURN count(n)") for nt in schema.STORED_NODE_TYPES]
        cyphers += [(rel, f"MATCH ()-[r:{_q(rel)}]->() RETURN count(r)")
                    for rel in dict.fromkeys(rt.type for rt in schema.REL_TYPES)]
        for name, cypher in cyphers:
            try:
                out[name] = self._scalar(cypher)
            except StoreError as exc:
                # A store written before the table was (opened read-only: a write adds it) holds none of its rows.
                if name not in _NEWER_TABLES or f"Table {name} does not exist" not in str(exc):
                    raise
                out[name] = 0
        return out

    def close(self) -> None:
        self._close_db()
        locks = getattr(self, "_locks", None)
        if locks is not None:
            locks.close()

    def _close_db(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        for obj in (conn, db):
            if obj is not None:
                try:
                    obj.close()
                except Exception:  # closing twice or after a failed open is harmless
                    pass

    # -- loading ----------------------------------------------------------------------------------

    def load(self, tables: GraphTables, *, replace: bool = False, consume: bool = False) -> LoadReport:
        t0 = time.perf_counter()
        given, tables = tables, tables.without_derived()
        if not replace:  # a replacing load writes back what `build` resolved from the store itself
            self.refuse_changed_papers(tables)
            tables = self.with_open_variants(tables)
        wanted = tables.counts()
        before = self.counts()
        empty = {k: 0 for k in before}
        start = empty if replace else before

        def write(store: "LadybugStore") -> bool:
            if replace and store is self:  # in memory: the copy of a file is empty to begin with
                store._exec("MATCH (n) DETACH DELETE n")
            return store._write(tables, start, release=(given, tables) if consume else ())

        if self.path is None:
            self._load_in_transaction(write)
        else:
            self._load_into_copy(write, replace)
        after = self.check_counts(start, tables, exact=replace, wanted=wanted)
        return LoadReport(before=before, after=after, seconds=time.perf_counter() - t0)

    def apply(self, delta: GraphDelta, *, atomic: bool = False) -> LoadReport:
        """Change the store by a delta (graph/store.py), all or nothing as a load (``atomic`` or not): into a
        copy of the file."""
        t0 = time.perf_counter()
        before = self.counts()
        if self.path is None:
            self._load_in_transaction(lambda store: store._apply(delta, before))
        else:
            # Into the copy, in one transaction: a delta is small (unlike a whole corpus, see the module
            # docstring), and one commit instead of one per statement costs less (adding 1,000 papers to the
            # 71,870 store, the delta's statements: 7.8 -> 5.3 s of CPU). All or nothing is still the rename.
            self._load_into_copy(lambda store: store._load_in_transaction(lambda s: s._apply(delta, before)), False)
        return LoadReport(before=before, after=self.counts(), seconds=time.perf_counter() - t0)

    def _load_in_transaction(self, write) -> bool:
        if self.path is not None:
            # One checkpoint, the copy's last step, instead of automatic ones along the way: adding 1,000 papers
            # to the 73k store wrote so much that several ran (apply 20.3 s of CPU with them, 14.4 s without).
            self._exec("CALL auto_checkpoint=false")
        self._exec("BEGIN TRANSACTION")
        try:
            changed = write(self)
            self._exec("COMMIT")
        except BaseException:
            self._rollback()
            raise
        return changed

    def _load_into_copy(self, write, replace: bool = False) -> None:
        """Load a copy of the store's file (an empty file to replace it) and rename it over the original once
        it is complete and checked; ``write(copy)`` loads it and says whether anything changed."""
        self._exec("CHECKPOINT")  # everything is in the main file now, none of it in the write-ahead log
        self._remove_copies()  # left by a load that was killed; we hold the writer lock, so none is live
        copy = self.path.with_name(f".{self.path.name}.loading-{os.getpid()}")
        work = None
        try:
            if not replace:
                try:
                    shutil.copyfile(self.path, copy)
                except OSError as exc:
                    size = self.path.stat().st_size / 2**20
                    raise StoreError(f"cannot copy store {self.path} to load it ({exc.strerror}): a load needs room "
                                     f"for a second copy of the store ({size:.0f} MB) beside it") from exc
            work = LadybugStore(copy, _lock=False, _migrate=True, **self._db_opts)
            changed = write(work) or work._migrated
            work._exec("CHECKPOINT")
            work.close()
            work = None
            if not changed and not replace:  # nothing new: keep the original file as it was (byte-identical)
                self._remove_copies()
                return
            os.replace(copy, self.path)
        except BaseException as exc:
            if work is not None:
                work.close()
            work = None
            # The copy's database may have failed to close (disk full): until it is collected it holds the
            # deleted copy's space and then writes lock files. The traceback's frames still reference it.
            _clear_frames(exc)
            gc.collect()
            self._remove_copies()
            self._settle()
            if _disk_full(exc):
                size = self.path.stat().st_size / 2**20
                raise StoreError(f"disk full (No space left on device) while loading {self.path}: nothing was "
                                 "loaded and the store is as it was; free space (a load needs room for a second "
                                 f"copy of the store, {size:.0f} MB, and what it adds) and run it again") from exc
            raise
        self._close_db()  # this connection still reads the replaced file: reopen on the new one (lock kept)
        self._connect()

    def _settle(self) -> None:
        """After a failed load: reopen the original for writing and checkpoint, so that no recovery is left
        pending (a full disk left "checkpoint recovery is pending" and every read-only command failed)."""
        try:
            self._close_db()
            self._connect()
            self._exec("CHECKPOINT")
        except StoreError:
            pass  # the load's own error says more

    def _remove_copies(self) -> None:
        """Delete the files of (possibly interrupted) loads of this store, their logs included."""
        for path in self.path.parent.glob(f".{glob.escape(self.path.name)}.loading-*"):
            path.unlink(missing_ok=True)

    def _write(self, tables: GraphTables, before: dict[str, int], release: tuple[GraphTables, ...] = ()) -> bool:
        """Every load step, then the check that the store holds exactly the rows it must; whether anything
        was added or merged. Each table is dropped from the tables in ``release`` once it is written: the 73k
        corpus's tables take ~400 MB that the store's recounts and digests would otherwise find still in use."""
        expected = dict(before)
        self._merged = 0
        self._forget_resolution(tables)
        for nt in schema.STORED_NODE_TYPES:
            df = tables.nodes.get(nt.label)
            if df is not None and len(df):
                expected[nt.label] += self._load_nodes(nt, df)
            df = None
            for t in release:
                t.nodes.pop(nt.label, None)
        for rt in schema.REL_TYPES:
            key = (rt.type, rt.source, rt.target)
            df = tables.rels.get(key)
            if rt.type != schema.EVALUATED_ON and df is not None and len(df):
                expected[rt.type] += self._load_rels(rt, df)
            df = None
            for t in release:
                t.rels.pop(key, None)
        if release:
            _give_back_freed_memory()
        expected[schema.EVALUATED_ON], _ = self._recompute_evaluated_on()
        self._recompute_paper_counts()
        after = self.counts()
        wrong = [f"{k}: {after.get(k, 0)} != {v}" for k, v in expected.items() if after.get(k, 0) != v]
        if wrong:
            raise StoreError("load check failed, the store is unchanged (rows != expected): " + "; ".join(wrong))
        changed = self._merged > 0 or any(after.get(k, 0) != before.get(k, 0) for k in after)
        # What `paperkg check` verifies later; written with the data, so both change in one step.
        self._exec(check.write_cypher(), {"rec": check.record_of(self, after)})
        return changed

    def _forget_resolution(self, tables: GraphTables) -> None:
        """A load of papers.jsonl merges rows into papers a build wrote: their resolution fingerprints no longer
        describe their rows, so the next build rewrites them (graph/incremental.py)."""
        ex, papers = tables.nodes.get(schema.EXTRACTION.label), tables.nodes.get(schema.PAPER.label)
        if (ex is None or not len(ex)) and papers is not None and len(papers):
            self._exec(f"UNWIND $ids AS i MATCH (x:{_q(schema.EXTRACTION.label)} {{id: i}}) SET x.resolved = NULL",
                       {"ids": list(papers[schema.PAPER.key])})

    def _apply(self, delta: GraphDelta, before: dict[str, int]) -> bool:
        """Every step of a delta, each checked, then the derived rows, the counts and the record (its digests
        updated from the rows the delta changed when the last record allows it)."""
        old = check.scheme2_digests(self)
        # The record's digests are updated from the rows the delta can change, read before and after it, and
        # EVALUATED_ON's from the rows its recomputation changes: no table is read whole (adding 1,000 papers
        # to the 71,870 store, the whole reads took 0.8 s of CPU, 2.4 s at load average 8.6).
        scope = _digest_scope(delta)
        ev_name = check.rel_table_name(_EV)
        stored = _stored_scope(delta, scope)
        sums = check.partial_sums(self, stored, skip={ev_name}) if old is not None else None
        ev_change = 0
        # Derived, recomputed below: only the rows of nodes the delta deletes go now (DELETE needs them gone).
        for label, side in ((schema.METHOD.label, "(n)-[e:{ev}]->(b)"), (schema.BENCHMARK.label, "(b)-[e:{ev}]->(n)")):
            if delta.delete_nodes.get(label):
                match = (f"UNWIND $keys AS k MATCH (n:{_q(label)} {{key: k}}) MATCH "
                         + side.format(ev=_q(schema.EVALUATED_ON)))
                keys = {"keys": list(delta.delete_nodes[label])}
                if old is not None:
                    first, second = ("n", "b") if label == schema.METHOD.label else ("b", "n")
                    ev_change -= check.row_sum(self.run(f"{match} RETURN {first}.key, {second}.key, e.papers", keys))
                self._exec(f"{match} DELETE e", keys)
        for rt in schema.REL_TYPES:
            pairs = delta.delete_rels.get((rt.type, rt.source, rt.target))
            if pairs:
                skey, dkey = schema.NODE_BY_LABEL[rt.source].key, schema.NODE_BY_LABEL[rt.target].key
                # From the looked-up sources (OPTIONAL MATCH): one pattern made LadybugDB scan the whole table
                # (the 824 rows of adding 1,000 papers to the 71,870 store: 0.7 s of CPU, 0.14-0.29 s so).
                done = self._scalar(
                    f"UNWIND $rows AS r MATCH (a:{_q(rt.source)} {{{_q(skey)}: r.src}}) OPTIONAL MATCH "
                    f"(a)-[e:{_q(rt.type)}]->(b:{_q(rt.target)}) WITH r, e, b WHERE b.{_q(dkey)} = r.dst "
                    "DELETE e RETURN count(*)",
                    {"rows": [{"src": a, "dst": b} for a, b in pairs]})
                if done != len(pairs):
                    raise StoreError(f"deleting {rt.type} found {done} of {len(pairs)} rows; the store is unchanged")
        for nt in schema.STORED_NODE_TYPES:
            keys = delta.delete_nodes.get(nt.label)
            if keys:  # DELETE, not DETACH: a node that still has a relationship is a wrong delta, and fails
                done = self._scalar(f"UNWIND $keys AS k MATCH (n:{_q(nt.label)} {{{_q(nt.key)}: k}}) DELETE n "
                                    "RETURN count(*)", {"keys": list(keys)})
                if done != len(keys):
                    raise StoreError(f"deleting {nt.label} found {done} of {len(keys)} nodes; the store is unchanged")
        for label, df in delta.update_nodes.items():
            if len(df):
                nt = schema.NODE_BY_LABEL[label]
                cols = [c for c in df.columns if c != nt.key]
                sets = ", ".join(f"n.{_q(c)} = r.{_q(c)}" for c in cols)
                rows = [{k: (None if v is None or (not isinstance(v, (str, list)) and pd.isna(v)) else v)
                         for k, v in r.items()} for r in df.to_dict("records")]
                done = self._scalar(f"UNWIND $rows AS r MATCH (n:{_q(label)} {{{_q(nt.key)}: r.{_q(nt.key)}}}) "
                                    f"SET {sets} RETURN count(n)", {"rows": rows})
                if done != len(df):
                    raise StoreError(f"updating {label} found {done} of {len(df)} nodes; the store is unchanged")
        for nt in schema.STORED_NODE_TYPES:
            df = delta.tables.nodes.get(nt.label)
            if df is not None and len(df) and self._load_nodes(nt, df) != len(df):
                raise StoreError(f"{nt.label}: a delta's new node is in the store already; the store is unchanged")
        for rt in schema.REL_TYPES:
            df = delta.tables.rels.get((rt.type, rt.source, rt.target))
            if rt.type != schema.EVALUATED_ON and df is not None and len(df) and self._load_rels(rt, df) != len(df):
                raise StoreError(f"{rt.type}: a delta's new relationship is in the store already; the store is unchanged")
        expected = delta.expected(before)
        expected[schema.EVALUATED_ON], changed = self._recompute_evaluated_on()
        ev_change += changed
        # Only a node a link was made to or taken from can change its count: those are in the scope.
        self._recompute_paper_counts(scope)
        after = self.counts()
        wrong = [f"{k}: {after.get(k, 0)} != {v}" for k, v in expected.items() if after.get(k, 0) != v]
        if wrong:
            raise StoreError("load check failed, the store is unchanged (rows != expected): " + "; ".join(wrong))
        # The papers and results the delta created are summed from its own tables, not read back (adding 1,000
        # papers to the 71,870 store: 1,000 of the 1,195 papers read); the rest of the scope is read as before.
        digests = (check.updated_digests(self, old, sums, stored, changes={ev_name: ev_change},
                                         known=_created_sums(delta, scope, stored))
                   if old is not None else None)
        self._exec(check.write_cypher(), {"rec": check.record_of(self, after, digests=digests)})
        return True

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except Exception:  # ladybug already rolled back the transaction when a statement failed
            pass

    def _load_nodes(self, nt: schema.NodeType, df: pd.DataFrame) -> int:
        """Copy the new nodes, merge aliases/family into existing ones; returns how many rows were added."""
        df = df.drop_duplicates(subset=[nt.key], keep="first")
        if nt.label == schema.TERM.label:
            df = self._without_recent(df)
        lab = _q(nt.label)
        entity = nt.label in schema.ENTITY_LABELS
        ret = f"n.{_q(nt.key)} AS key" + (", n.name AS name, n.aliases AS aliases" if entity else "")
        if nt.label == schema.MODEL.label:
            ret += ", n.family AS family"
        if len(df) <= SCOPED_NODE_READ_MAX_KEYS:  # a delta's few rows: look their keys up, not the whole table
            existing = self.run(f"UNWIND $keys AS k MATCH (n:{lab} {{{_q(nt.key)}: k}}) RETURN {ret}",
                                {"keys": df[nt.key].tolist()})
        else:
            existing = self.run(f"MATCH (n:{lab}) RETURN {ret}")
        known = set(existing["key"]) if len(existing) else set()
        new = df[~df[nt.key].isin(known)]
        if len(new):
            self._insert_nodes(nt, new)
        if entity and known:
            self._merge_entities(nt, df[df[nt.key].isin(known)], existing)
        if nt.label == schema.TERM.label and known:
            self._merge_terms(df[df[nt.key].isin(known)])
        return len(new)

    def _without_recent(self, incoming: pd.DataFrame) -> pd.DataFrame:
        """Word index rows to merge, without the papers their recent rows hold already (graph/terms.py: a
        paper is in one of the two)."""
        if not self._scalar(f"MATCH (n:{_q(schema.TERM.label)}) WHERE n.key STARTS WITH $p RETURN count(n)",
                            {"p": RECENT}):
            return incoming  # no recent rows (a one-shot build, a store never added to)
        keys = [RECENT + k for k in incoming["key"] if not k.startswith(("n:", RECENT))]
        have = self.run(f"UNWIND $keys AS k MATCH (n:{_q(schema.TERM.label)} {{key: k}}) RETURN n.key AS key, n.ids AS ids",
                        {"keys": keys}) if keys else None
        if have is None or not len(have):
            return incoming
        held = {k[len(RECENT):]: set(ids) for k, ids in zip(have["key"], have["ids"])}
        ids = [sorted(set(v) - held[k]) if k in held else v for k, v in zip(incoming["key"], incoming["ids"])]
        out = pd.DataFrame({"key": incoming["key"].tolist(), "ids": pd.Series(ids, dtype=object)})
        return out[out["ids"].map(len) > 0].reset_index(drop=True)

    def _merge_terms(self, incoming: pd.DataFrame) -> None:
        """Word index rows the store already holds: add the papers it lacks (a merge of papers loaded apart)."""
        have = self.run(f"UNWIND $keys AS k MATCH (n:{_q(schema.TERM.label)} {{key: k}}) RETURN n.key AS key, n.ids AS ids",
                        {"keys": incoming["key"].tolist()})
        old = dict(zip(have["key"], have["ids"]))
        rows = []
        for key, ids in zip(incoming["key"], incoming["ids"]):
            union = sorted(set(old[key]) | set(ids))
            if len(union) != len(old[key]):
                rows.append({"key": key, "ids": union})
        if rows:
            self._exec(f"UNWIND $rows AS r MATCH (n:{_q(schema.TERM.label)} {{key: r.key}}) SET n.ids = r.ids",
                       {"rows": rows})
            self._merged += len(rows)

    def _merge_entities(self, nt: schema.NodeType, incoming: pd.DataFrame, existing: pd.DataFrame) -> None:
        """Union aliases (another name for the same key becomes an alias) and fill a missing model family."""
        have = {r["key"]: r for r in existing.to_dict("records")}
        is_model = nt.label == schema.MODEL.label
        rows = []
        for r in incoming.to_dict("records"):
            old = have[r["key"]]
            names = set(old["aliases"] or []) | set(r["aliases"] or [])
            if r["name"] != old["name"]:
                names.add(r["name"])
            aliases = sorted(names - {old["name"]})
            family = old.get("family") if is_model else None
            if is_model and (family is None or pd.isna(family)):
                family = r.get("family")
            family = None if family is None or (not isinstance(family, str) and pd.isna(family)) else family
            old_family = old.get("family")
            old_family = None if old_family is None or (not isinstance(old_family, str) and pd.isna(old_family)) else old_family
            # (a null family reads back as NaN: compared raw, every family-less model was rewritten on each load)
            if aliases != sorted(old["aliases"] or []) or (is_model and family != old_family):
                rows.append({"key": r["key"], "aliases": aliases, "family": family})
        if not rows:
            return
        sets = "n.aliases = r.aliases" + (", n.family = r.family" if is_model else "")
        done = self._scalar(
            f"UNWIND $rows AS r MATCH (n:{_q(nt.label)} {{key: r.key}}) SET {sets} RETURN count(n)", {"rows": rows}
        )
        if done != len(rows):
            raise StoreError(f"merge of {nt.label} updated {done} of {len(rows)} rows; the store is unchanged")
        self._merged += done

    def _load_rels(self, rt: schema.RelType, df: pd.DataFrame) -> int:
        """Copy the relationships whose (src, dst) pair is not in the store yet; returns how many."""
        df = df.drop_duplicates(subset=["src", "dst"], keep="first")
        skey, dkey = schema.NODE_BY_LABEL[rt.source].key, schema.NODE_BY_LABEL[rt.target].key
        sources = sorted(set(df["src"]))
        if len(sources) <= SCOPED_READ_MAX_KEYS:  # a delta's few sources: their pairs, not the whole table
            # (OPTIONAL MATCH from the looked-up sources: one pattern made LadybugDB scan and join the whole table,
            # 28 ms of CPU for 10 papers' ADDRESSES on the 71,870 store, 3 ms so)
            existing = self.run(
                f"UNWIND $keys AS k MATCH (a:{_q(rt.source)} {{{_q(skey)}: k}}) OPTIONAL MATCH "
                f"(a)-[:{_q(rt.type)}]->(b:{_q(rt.target)}) WITH a, b WHERE b IS NOT NULL "
                f"RETURN a.{_q(skey)} AS src, b.{_q(dkey)} AS dst", {"keys": sources})
        else:
            existing = self.run(
                f"MATCH (a:{_q(rt.source)})-[:{_q(rt.type)}]->(b:{_q(rt.target)}) "
                f"RETURN a.{_q(skey)} AS src, b.{_q(dkey)} AS dst"
            )
        known = set(zip(existing["src"], existing["dst"])) if len(existing) else set()
        mask = [(s, d) not in known for s, d in zip(df["src"], df["dst"])]
        new = df[mask]
        if len(new):  # (a parameterised MATCH ... CREATE was slower here than COPY: 3.2 s vs 0.7 s for 621 rows)
            frame = _copy_frame(new, (("src", schema.STRING), ("dst", schema.STRING)) + rt.properties)
            self._exec(
                f"COPY {_q(rt.type)} FROM $df (from='{rt.source}', to='{rt.target}')", {"df": frame}
            )
        return len(new)

    def _insert_nodes(self, nt: schema.NodeType, new: pd.DataFrame) -> None:
        """New nodes (none of their keys in the store): COPY, or CREATE for a few (CREATE_MAX_ROWS)."""
        frame = _copy_frame(new, nt.properties)
        if len(frame) > CREATE_MAX_ROWS:
            self._exec(f"COPY {_q(nt.label)} FROM $df", {"df": frame})
            return
        props = ", ".join(f"{_q(c)}: r.{_q(c)}" for c in frame.columns)
        self._exec(f"UNWIND $rows AS r CREATE (n:{_q(nt.label)} {{{props}}})", {"rows": _param_rows(frame)})

    def _recompute_evaluated_on(self) -> tuple[int, int]:
        """Rebuild (Method)-[:EVALUATED_ON {papers}]->(Benchmark) over the whole store; returns the row count and
        the change of the table's digest sum (the rows written minus the rows deleted, check.row_sum)."""
        r = schema.REL_OF_ROLE
        match = (
            f"MATCH (p:Paper)-[:{r['proposes']}|:{r['uses']}]->(m:Method) "
            f"MATCH (p)-[:{r['evaluates_on']}]->(b:Benchmark) "
            "WITH m, b, count(DISTINCT p) AS n "
        )
        ev = _q(schema.EVALUATED_ON)
        want = self.run(match + "RETURN m.key AS m, b.key AS b, n")
        want = {(m, b): int(n) for m, b, n in zip(want["m"], want["b"], want["n"])} if len(want) else {}
        have = self.run(f"MATCH (m:Method)-[e:{ev}]->(b:Benchmark) RETURN m.key AS m, b.key AS b, e.papers AS n")
        have = {(m, b): n for m, b, n in zip(have["m"], have["b"], have["n"])} if len(have) else {}
        # Only the pairs that differ are written: deleting and creating all of them made the copy's checkpoint
        # rewrite the whole table.
        gone = [{"m": m, "b": b} for (m, b), n in sorted(have.items()) if want.get((m, b)) != n]
        come = [{"m": m, "b": b, "n": n} for (m, b), n in sorted(want.items()) if have.get((m, b)) != n]
        if gone:
            self._exec(f"UNWIND $rows AS r MATCH (m:Method {{key: r.m}})-[e:{ev}]->(b:Benchmark {{key: r.b}}) DELETE e",
                       {"rows": gone})
        if come:
            self._exec(f"UNWIND $rows AS r MATCH (m:Method {{key: r.m}}), (b:Benchmark {{key: r.b}}) "
                       f"CREATE (m)-[:{ev} {{papers: r.n}}]->(b)", {"rows": come})
        gone_rows = pd.DataFrame([(r["m"], r["b"], have[(r["m"], r["b"])]) for r in gone], columns=["m", "b", "n"])
        come_rows = pd.DataFrame([(r["m"], r["b"], r["n"]) for r in come], columns=["m", "b", "n"])
        return len(want), check.row_sum(come_rows) - check.row_sum(gone_rows)

    def _recompute_paper_counts(self, scope: dict[str, list] | None = None) -> None:
        """Set the derived papers count (distinct papers linking to the node) on every counted node, or on the
        nodes of a scope (label -> keys) only."""
        for label in schema.COUNTED_LABELS:
            lab = _q(label)
            if scope is not None and not scope.get(label):
                continue
            match, params = ((f"MATCH (n:{lab})", {}) if scope is None else
                             (f"UNWIND $keys AS k MATCH (n:{lab} {{{_q(schema.NODE_BY_LABEL[label].key)}: k}})",
                              {"keys": scope[label]}))
            # Set only where the count changed: a SET on every node made the copy's checkpoint rewrite every
            # entity table (adding 1,000 papers to the 71,870 store).
            self._exec(
                f"{match} OPTIONAL MATCH (p:{_q(schema.PAPER.label)})-->(n) "
                f"WITH n, count(DISTINCT p) AS c WHERE n.{_q(schema.PAPERS)} IS NULL OR n.{_q(schema.PAPERS)} <> c "
                f"SET n.{_q(schema.PAPERS)} = c", params
            )
            unset = self._scalar(f"MATCH (n:{lab}) WHERE n.{_q(schema.PAPERS)} IS NULL RETURN count(n)")
            if unset:
                raise StoreError(f"{unset} {label} nodes left without a papers count; the store is unchanged")


_EV = next(rt for rt in schema.REL_TYPES if rt.type == schema.EVALUATED_ON)


def _digest_scope(delta: GraphDelta) -> dict[str, list]:
    """Per digested label, the keys whose rows (and relationships from them) a delta can change: its papers and
    results (GraphDelta.digest_scope), the nodes it deletes, sets or writes (a write into a stored entity merges
    its aliases), and both ends of every relationship it deletes or writes (a link made or gone changes its
    target's papers count). EVALUATED_ON is left to its recomputation, which knows the rows it changes."""
    labels = [nt.label for nt in schema.NODE_TYPES]
    keys = {label: set(v) for label, v in delta.digest_scope().items()}

    def add(label: str, values) -> None:
        if label in labels:
            keys.setdefault(label, set()).update(values)

    for label, values in delta.delete_nodes.items():
        add(label, values)
    for label, df in [*delta.update_nodes.items(), *delta.tables.nodes.items()]:
        if df is not None and len(df):
            add(label, df[schema.NODE_BY_LABEL[label].key])
    links = [(key, pairs) for key, pairs in delta.delete_rels.items()]
    links += [(key, zip(df["src"], df["dst"])) for key, df in delta.tables.rels.items() if df is not None]
    for (rel, source, target), pairs in links:
        if rel != schema.EVALUATED_ON:
            pairs = list(pairs)
            add(source, (a for a, _ in pairs))
            add(target, (b for _, b in pairs))
    return {label: sorted(keys.get(label, ())) for label in labels}


def _created_sums(delta: GraphDelta, scope: dict[str, list], stored: dict[str, list]) -> dict[str, int]:
    """The digest sums (check.row_sum) of the rows of the papers and results a delta creates, from its tables:
    their nodes and the relationships from them, each row as the table's digest query returns it (the store
    holds exactly those rows once the delta's load checked out: every one of them was new)."""
    out: dict[str, int] = {}
    for label in (schema.PAPER.label, schema.RESULT.label):
        created = set(scope.get(label, ())) - set(stored.get(label, ()))
        if not created:
            continue
        nt = schema.NODE_BY_LABEL[label]
        df = delta.tables.nodes.get(label)
        if df is not None and len(df):
            out[label] = check.row_sum(_copy_frame(df[df[nt.key].isin(created)], nt.properties))
        for rt in schema.REL_TYPES:
            df = delta.tables.rels.get((rt.type, rt.source, rt.target))
            if rt.source == label and df is not None and len(df):
                cols = (("src", schema.STRING), ("dst", schema.STRING)) + rt.properties
                name = check.rel_table_name(rt)
                out[name] = out.get(name, 0) + check.row_sum(_copy_frame(df[df["src"].isin(created)], cols))
    return out


def _stored_scope(delta: GraphDelta, scope: dict[str, list]) -> dict[str, list]:
    """The keys of a digest scope that can be in the store before a delta: not the papers and results it
    creates (a new node already stored fails the delta), whose rows and relationships add nothing to the sums.
    Reading only the rest before the delta (adding 1,000 papers: 191 stored papers, not 1,191) is cheaper."""
    out = dict(scope)
    for label in (schema.PAPER.label, schema.RESULT.label):
        df = delta.tables.nodes.get(label)
        if label in out and df is not None and len(df):
            created = set(df[schema.NODE_BY_LABEL[label].key]) - set(delta.delete_nodes.get(label, ()))
            out[label] = [k for k in out[label] if k not in created]
    return out
