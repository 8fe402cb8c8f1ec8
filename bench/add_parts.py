"""Time the parts of adding papers to a store in one process (wall and CPU of each part), on a fresh copy:
    python bench/add_parts.py STORE EXTRA.jsonl WORK

The same steps as `paperkg build EXTRA --db` on a store that holds a resolved corpus, without the child
stage (cli/apart.py): read, plan, extraction (one process, as for 1,000 papers), resolution and the delta
(graph/incremental.py), then store.apply. Run with PYTHONPATH=<an installed commit> to compare commits on
the same store (restamp it with that commit's bench/restamp.py first). Functions a commit lacks are skipped.
Prints one line per part: name, wall s, CPU s (process_time), calls."""
import functools
import os
import shutil
import sys
import time
from collections import defaultdict

T = defaultdict(lambda: [0.0, 0.0, 0])


def timed(obj, name, label=None):
    f = getattr(obj, name, None)
    if f is None:
        return

    @functools.wraps(f)
    def w(*a, **k):
        t, c = time.perf_counter(), time.process_time()
        try:
            return f(*a, **k)
        finally:
            e = T[label or name]
            e[0] += time.perf_counter() - t
            e[1] += time.process_time() - c
            e[2] += 1
    setattr(obj, name, w)


def main() -> None:
    base, extra, work = sys.argv[1:4]
    t_all, c_all = time.perf_counter(), time.process_time()
    from paperkg.cli.extract_cmds import read_inputs
    from paperkg.extract import pipeline
    from paperkg.graph import incremental, plan as plan_mod, store_ladybug
    from paperkg.graph.store import open_store

    T["imports"] = [time.perf_counter() - t_all, time.process_time() - c_all, 1]
    for n in ("resolve", "stored_fingerprints", "_rels_from", "term_delta", "_stored_nodes", "node_rows",
              "tables_from_papers", "attach_results", "_result_metrics", "read_memo", "write_memo"):
        timed(incremental, n)
    timed(store_ladybug.LadybugStore, "apply", "store.apply")
    timed(store_ladybug.LadybugStore, "_apply", "  _apply")
    orig_exec = store_ladybug.LadybugStore._exec

    def _exec(self, cypher, params=None):
        t, c = time.perf_counter(), time.process_time()
        try:
            return orig_exec(self, cypher, params)
        finally:
            if cypher.strip() == "CHECKPOINT":
                e = T["  CHECKPOINT " + ("copy" if ".loading-" in str(self.path) else "original")]
                e[0] += time.perf_counter() - t
                e[1] += time.process_time() - c
                e[2] += 1
    store_ladybug.LadybugStore._exec = _exec

    for p in (work, work + ".wal", work + ".scans"):
        if os.path.exists(p):
            os.unlink(p)
    shutil.copyfile(base, work)
    if os.path.exists(base + ".scans"):
        shutil.copyfile(base + ".scans", work + ".scans")

    def part(name, f, *a):
        t, c = time.perf_counter(), time.process_time()
        out = f(*a)
        T[name] = [time.perf_counter() - t, time.process_time() - c, 1]
        return out

    t_all, c_all = time.perf_counter(), time.process_time()
    papers = part("read inputs", lambda: read_inputs([extra], strict=False))
    with open_store("ladybug", work, read_only=True) as s:
        plan = part("plan_build", plan_mod.plan_build, papers, s)
    print(f"code {incremental.__file__}", file=sys.stderr)
    print(f"new {len(plan.new)} redo {len(plan.redo)} kept {len(plan.kept)}", file=sys.stderr)
    todo = plan.new + plan.redo
    extracted = part("extraction", lambda: pipeline.extract_local_all(todo, n_process=1, progress=False))
    with open_store("ladybug", work, read_only=True) as s:
        final, delta = part("resolve_delta", incremental.resolve_delta, plan, extracted, s, set())
    del final, extracted, plan, papers
    with open_store("ladybug", work) as s:
        report = s.apply(delta)
    T["ALL (after imports)"] = [time.perf_counter() - t_all, time.process_time() - c_all, 1]
    print(f"papers written {len(delta.papers)}; {report.summary()[-60:]}", file=sys.stderr)
    for k, (w, c, n) in T.items():
        print(f"{k:32s} {w:8.2f} {c:8.2f} {n:5d}")


if __name__ == "__main__":
    main()
