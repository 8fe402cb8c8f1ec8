"""Apply a pickled delta (bench/load_step_delta.py) to a copy of a store, timing its parts (wall, CPU, calls):
    python bench/load_step_parts.py BASE DELTA.pkl WORK [--check]      (OPTS=JSON: LadybugStore options)"""
import functools, os, pickle, shutil, sys, time
from collections import defaultdict
from paperkg.graph import check, store_ladybug
from paperkg.graph.store import open_store
base, dpath, work = sys.argv[1:4]
T = defaultdict(lambda: [0.0, 0.0, 0])
def timed(obj, name, label=None):
    f = getattr(obj, name)
    @functools.wraps(f)
    def w(*a, **k):
        t, c = time.perf_counter(), time.process_time()
        try:
            return f(*a, **k)
        finally:
            e = T[label or name]; e[0] += time.perf_counter() - t; e[1] += time.process_time() - c; e[2] += 1
    setattr(obj, name, w)
for n in ("partial_sums", "table_sums", "updated_digests", "scheme2_digests", "record_of"):
    timed(check, n)
for n in ("_load_nodes", "_load_rels", "_recompute_evaluated_on", "_recompute_paper_counts", "counts", "_apply",
          "_connect", "_close_db", "_remove_copies", "_add_missing_columns", "_fill_term_index", "_settle"):
    timed(store_ladybug.LadybugStore, n)
orig_exec = store_ladybug.LadybugStore._exec
def _exec(self, cypher, params=None):
    t, c = time.perf_counter(), time.process_time()
    try:
        return orig_exec(self, cypher, params)
    finally:
        key = "exec " + " ".join(cypher.split())[:110]
        if cypher.strip() == "CHECKPOINT": key = "exec CHECKPOINT " + ("copy" if ".loading-" in str(self.path) else "original")
        e = T[key]; e[0] += time.perf_counter() - t; e[1] += time.process_time() - c; e[2] += 1
store_ladybug.LadybugStore._exec = _exec
timed(shutil, "copyfile")
timed(os, "replace")
orig_ln = store_ladybug.LadybugStore._load_nodes
def _ln(self, nt, df):
    t, c = time.perf_counter(), time.process_time()
    try:
        return orig_ln(self, nt, df)
    finally:
        e = T["load_nodes " + nt.label]; e[0] += time.perf_counter() - t; e[1] += time.process_time() - c; e[2] += len(df)
store_ladybug.LadybugStore._load_nodes = _ln
delta = pickle.load(open(dpath, "rb"))
shutil.rmtree(work, ignore_errors=True) if os.path.isdir(work) else None
for p in [work, work + ".wal"]:
    if os.path.exists(p): os.unlink(p)
shutil.copyfile(base, work)
T.clear()
size0 = os.path.getsize(work)
t, c = time.perf_counter(), time.process_time()
import json as _j
s = store_ladybug.LadybugStore(work, **_j.loads(os.environ.get("OPTS", "{}")))
t1 = time.perf_counter()
rep = s.apply(delta)
wall, cpu = time.perf_counter() - t, time.process_time() - c
print(f"open {t1-t:.2f} s; apply total wall {wall:.2f} s cpu {cpu:.2f} s; file {size0/2**20:.0f} -> {os.path.getsize(work)/2**20:.0f} MB; load {os.getloadavg()}")
for k, (w, c, n) in sorted(T.items(), key=lambda kv: -kv[1][0]):
    print(f"{w:8.2f} {c:8.2f} {n:5d}  {k}")
if "--check" in sys.argv:
    t = time.perf_counter()
    print(check.check_store(s).problems, f"check {time.perf_counter()-t:.1f} s")
s.close()
