"""LadybugDB store: load, exact counts, idempotency, atomicity, injection-proof values, lock and path errors."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from paperkg import queries
from paperkg.errors import StoreError
from paperkg.graph import schema
from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.store import open_store
from paperkg.graph.store_ladybug import BUFFER_ENV, DEFAULT_BUFFER_MB
from paperkg.graph.tables import graph_tables

FIXTURE = Path(__file__).parents[1] / "data" / "small_papers.jsonl"
EVIL = "O'Brien\"}) MATCH (n) DETACH DELETE n // `DROP` RETURN {x}"


@pytest.fixture(scope="module")
def papers():
    return read_extracted(FIXTURE)


@pytest.fixture(scope="module")
def tables(papers):
    return graph_tables(build_graph(papers))


def _all_answers(store):
    params = {"benchmark": "MT-Bench", "method": "DPO", "paper": "2305.18290", "family": "Llama",
              "entity": "PPO", "source": "PPO", "target": "MMLU", "text": "bench", "since": 2024,
              "key": "method:direct-preference-optimization",
              "keys": ["method:direct-preference-optimization", "benchmark:mt-bench", "benchmark:mmlu"]}
    return {q.name: queries.run(q.name, store, **{k: params[k] for k in q.param_names if k in params})
            for q in queries.list_queries()}


def test_load_counts_match_tables(tables):
    with open_store("ladybug", None) as s:
        report = s.load(tables)
        assert s.counts() == tables.counts()
        assert report.added["Paper"] == 6 and report.before["Paper"] == 0


def test_load_twice_and_in_halves_is_identical(papers, tables):
    with open_store() as once:
        once.load(tables)
        once.load(tables)
        counts_twice, answers_twice = once.counts(), _all_answers(once)
    with open_store() as halves:
        halves.load(graph_tables(build_graph(papers[:3])))
        halves.load(graph_tables(build_graph(papers[3:])))
        counts_halves, answers_halves = halves.counts(), _all_answers(halves)
    assert counts_twice == counts_halves == tables.counts()
    for name, df in answers_twice.items():
        pd.testing.assert_frame_equal(df, answers_halves[name], obj=name)


def test_incremental_load_recomputes_evaluated_on(papers):
    # DPO+MMLU comes from papers 1 and 3, loaded separately: the derived count must see both.
    with open_store() as s:
        s.load(graph_tables(build_graph(papers[:1])))
        s.load(graph_tables(build_graph(papers[2:3])))
        df = queries.run("benchmarks-for-method", s, method="dpo")
        assert dict(zip(df["benchmark"], df["papers"]))["MMLU"] == 2


def test_alias_union_across_loads(papers):
    with open_store() as s:
        s.load(graph_tables(build_graph(papers[:1])))
        s.load(graph_tables(build_graph(papers[1:2])))  # names DPO "DPO", MT-Bench alias "MT Bench"
        rows = s.run("MATCH (b:Benchmark {key: $k}) RETURN b.aliases AS a", {"k": "benchmark:mt-bench"})
        assert list(rows["a"][0]) == ["MT Bench"]
        rows = s.run("MATCH (m:Method {key: $k}) RETURN m.name AS n, m.aliases AS a",
                     {"k": "method:direct-preference-optimization"})
        assert rows["n"][0] == "Direct Preference Optimization" and list(rows["a"][0]) == ["DPO"]


def test_injection_names_stored_and_queried_verbatim(tables):
    with open_store() as s:
        s.load(tables)
        df = queries.run("search", s, text="o'brien\"})")
        assert df["name"].tolist() == [EVIL]
        df = queries.run("benchmarks-for-method", s, method=EVIL)
        assert df["benchmark"].tolist() == ["GSM8K"]
        df = queries.run("benchmarks-for-method", s, method="method:o'brien-\"`match`")  # by key
        assert df["method"].tolist() == [EVIL]
        assert s.counts()["Paper"] == 6  # nothing was deleted
        urls = s.run("MATCH (r:Repository) RETURN r.url AS u ORDER BY u")["u"].tolist()
        assert "https://github.com/example/o'brien\"`}" in urls


def test_failed_load_leaves_nothing(tables):
    with open_store() as s:  # in memory: one transaction, rolled back
        with pytest.raises(StoreError):
            s.load(_broken_tables())
        assert all(v == 0 for v in s.counts().values())
        s.load(tables)  # the store is still usable, and the re-run does not duplicate
        assert s.counts() == tables.counts()


def _broken_tables():
    """Tables whose USES rows name a paper that is not loaded: the load fails half-way, after nodes were copied."""
    bad = graph_tables(build_graph(read_extracted(FIXTURE)))
    broken = bad.rels[("USES", "Paper", "Method")].copy()
    broken.loc[0, "src"] = "no-such-paper"
    bad.rels[("USES", "Paper", "Method")] = broken
    return bad


def test_failed_load_on_disk_leaves_the_file_as_it_was(tmp_path, papers, tables):
    path = tmp_path / "kg.lbdb"
    first = graph_tables(build_graph(papers[:3]))
    with open_store("ladybug", path) as s:
        s.load(first)
        counts = s.counts()
        with pytest.raises(StoreError):
            s.load(_broken_tables())
        assert s.counts() == counts  # the open store still answers, with the old rows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.lbdb"]  # no copy left behind
    with open_store("ladybug", path) as s:
        assert s.counts() == counts
        s.load(tables)
        assert s.counts() == tables.counts()


def test_load_killed_midway_leaves_the_store_intact(tmp_path, papers, tables):
    path = tmp_path / "kg.lbdb"
    with open_store("ladybug", path) as s:
        s.load(graph_tables(build_graph(papers[:3])))
        counts = s.counts()
    # a process that dies (no cleanup, no exception handlers) while relationships are being copied
    killed = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os
        from paperkg.graph import store_ladybug
        from paperkg.graph.build import build_graph, read_extracted
        from paperkg.graph.tables import graph_tables
        store_ladybug.LadybugStore._load_rels = lambda self, rt, df: os._exit(9)
        s = store_ladybug.LadybugStore({str(path)!r})
        s.load(graph_tables(build_graph(read_extracted({str(FIXTURE)!r}))))
    """)], capture_output=True, text=True, timeout=60)
    assert killed.returncode == 9, killed.stderr
    assert any(p.name.startswith(".kg.lbdb.loading-") for p in tmp_path.iterdir())  # its half-done copy
    with open_store("ladybug", path) as s:
        assert s.counts() == counts  # the store never saw the killed load
        s.load(tables)  # a re-run completes without duplicates and clears the dead load's copy
        assert s.counts() == tables.counts()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.lbdb"]


def test_no_room_for_the_copy_is_a_clear_error(tmp_path, monkeypatch, papers, tables):
    import errno
    import shutil

    path = tmp_path / "kg.lbdb"
    with open_store("ladybug", path) as s:
        s.load(graph_tables(build_graph(papers[:3])))
        counts = s.counts()

        def full_disk(src, dst):
            Path(dst).write_bytes(b"half")  # what a copy cut short leaves
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(shutil, "copyfile", full_disk)
        with pytest.raises(StoreError, match="No space left on device.*room for a second copy"):
            s.load(tables)
        assert s.counts() == counts
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.lbdb"]


def test_persists_on_disk(tmp_path, tables):
    path = tmp_path / "kg.lbdb"
    with open_store("ladybug", path) as s:
        s.load(tables)
    with open_store("ladybug", path, read_only=True) as s:
        assert s.counts() == tables.counts()


def test_locked_store_is_a_clear_error(tmp_path):
    path = tmp_path / "locked.lbdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from paperkg.graph.store import open_store
            s = open_store("ladybug", {str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked"):
            open_store("ladybug", path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_unwritable_or_missing_paths(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store("ladybug", tmp_path / "no" / "such" / "kg.lbdb")
    with pytest.raises(StoreError, match="cannot open"):
        open_store("ladybug", "/proc/paperkg-test.lbdb")
    with pytest.raises(StoreError, match="paperkg build"):
        open_store("ladybug", tmp_path / "absent.lbdb", read_only=True)
    with pytest.raises(StoreError, match="unknown store kind"):
        open_store("sqlite")


def test_run_errors_are_store_errors():
    with open_store() as s:
        with pytest.raises(StoreError, match="LadybugDB"):
            s.run("MATCH (n:NoSuchLabel) RETURN n")


def test_incremental_load_recomputes_paper_counts(papers, tables):
    # DPO is named by papers in both halves: its count must see both, like one load of everything.
    with open_store() as s:
        s.load(graph_tables(build_graph(papers[:3])))
        s.load(graph_tables(build_graph(papers[3:])))
        got = s.run("MATCH (m:Method) RETURN m.key AS key, m.papers AS papers ORDER BY key")
    want = tables.nodes["Method"][["key", "papers"]].sort_values("key")
    assert got.values.tolist() == want.values.tolist()
    assert dict(got.values.tolist())["method:direct-preference-optimization"] == 4


def test_buffer_pool_default_env_and_explicit(monkeypatch, tmp_path, tables):
    path = tmp_path / "kg.lbdb"
    monkeypatch.delenv(BUFFER_ENV, raising=False)
    with open_store("ladybug", path) as s:  # writable: ladybug's own default (a load is one transaction)
        assert s._db.buffer_pool_size == 0
        s.load(tables)
    with open_store("ladybug", path, read_only=True) as s:  # queries: a bounded pool
        assert s._db.buffer_pool_size == DEFAULT_BUFFER_MB * 1024 * 1024
        assert queries.run("top-methods", s, limit=1)["papers"].tolist() == [4]
    monkeypatch.setenv(BUFFER_ENV, "64")
    with open_store() as s:
        assert s._db.buffer_pool_size == 64 * 1024 * 1024
    with open_store("ladybug", path, read_only=True) as s:
        assert s._db.buffer_pool_size == 64 * 1024 * 1024
    with open_store("ladybug", None, buffer_pool_size=32 * 1024 * 1024) as s:  # an explicit option wins
        assert s._db.buffer_pool_size == 32 * 1024 * 1024
    monkeypatch.setenv(BUFFER_ENV, "lots")
    with pytest.raises(StoreError, match=BUFFER_ENV):
        open_store()


def test_a_full_read_only_buffer_pool_says_how_to_give_it_more(monkeypatch, tmp_path, tables):
    """The first build after a change of the writer reads every stored paper through a read-only store (the
    73k store did not fit the default pool); the error says what to set (ladybug's own text, raised here)."""
    path = tmp_path / "kg.lbdb"
    with open_store("ladybug", path) as s:
        s.load(tables)
    with open_store("ladybug", path, read_only=True) as s:
        conn = s._conn

        class Full:
            def execute(self, *args, **kwargs):
                raise RuntimeError("Buffer manager exception: Unable to allocate memory! The buffer pool is full "
                                   "and no memory could be freed!")

        s._conn = Full()
        try:
            with pytest.raises(StoreError, match=f"a {DEFAULT_BUFFER_MB} MiB buffer pool: set {BUFFER_ENV} to more"):
                s.run("MATCH (p:Paper) RETURN count(p)")
        finally:
            s._conn = conn


def test_store_without_paper_counts_is_upgraded_on_open(tmp_path, tables):
    path = tmp_path / "old.lbdb"
    with open_store("ladybug", path) as s:
        s.load(tables)
        for label in schema.COUNTED_LABELS:  # what a store written before the papers property looks like
            s.run(f"ALTER TABLE {label} DROP papers")
    with open_store("ladybug", path, read_only=True, upgrade=False) as s:  # a default one adds it (test_migrate31)
        with pytest.raises(StoreError, match="older paperkg"):
            queries.run("search", s, text="dpo")  # reads the stored papers count
    with open_store("ladybug", path) as s:  # opened for writing: the column is added and filled
        df = queries.run("top-methods", s, limit=1)
        assert df[["method", "papers"]].values.tolist() == [["Direct Preference Optimization", 4]]



def test_a_writer_runs_on_one_thread_and_readers_on_all(tmp_path, tables):
    """LadybugDB 0.22's parallel COPY deadlocked between two index-builder threads (a build hung forever at
    0 % CPU); a writer's connection uses one thread, a reader's every thread."""
    path = tmp_path / "kg.lbdb"
    with open_store("ladybug", path) as store:
        store.load(tables)
        assert int(store.run("CALL current_setting('threads') RETURN *").iloc[0, 0]) == 1
    with open_store("ladybug", path, read_only=True) as store:
        threads = int(store.run("CALL current_setting('threads') RETURN *").iloc[0, 0])
    assert threads > 1 or (os.cpu_count() or 1) == 1  # LadybugDB's default: the machine's cores
