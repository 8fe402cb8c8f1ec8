"""Apply a pickled delta (bench/load_step_delta.py) to a copy of a store, timing its parts (wall, CPU, calls):
    python bench/load_step_parts.py BASE DELTA.pkl WORK [--check]      (OPTS=JSON: LadybugStore options)"""
import json, os, pickle, shutil, sys, time
from common import PartTimes, checkpoint_labels, fresh_store_copy  # bench/
from paperkg.graph import check, store_ladybug
base, dpath, work = sys.argv[1:4]
times = PartTimes()
for n in ("partial_sums", "table_sums", "updated_digests", "scheme2_digests", "record_of"):
    times.wrap(check, n)
for n in ("_load_nodes", "_load_rels", "_recompute_evaluated_on", "_recompute_paper_counts", "counts", "_apply",
          "_connect", "_close_db", "_remove_copies", "_add_missing_columns", "_fill_term_index", "_settle"):
    times.wrap(store_ladybug.LadybugStore, n)
checkpoint = checkpoint_labels("exec CHECKPOINT ")
times.wrap_exec(lambda store, cypher: checkpoint(store, cypher) or "exec " + " ".join(cypher.split())[:110])
times.wrap(shutil, "copyfile")
times.wrap(os, "replace")
load_nodes = store_ladybug.LadybugStore._load_nodes
def load_nodes_by_label(self, nt, df):  # calls: rows loaded
    with times.part("load_nodes " + nt.label, calls=len(df)):
        return load_nodes(self, nt, df)
store_ladybug.LadybugStore._load_nodes = load_nodes_by_label
delta = pickle.load(open(dpath, "rb"))
fresh_store_copy(base, work)
times.parts.clear()
size0 = os.path.getsize(work)
t, c = time.perf_counter(), time.process_time()
s = store_ladybug.LadybugStore(work, **json.loads(os.environ.get("OPTS", "{}")))
t1 = time.perf_counter()
rep = s.apply(delta)
wall, cpu = time.perf_counter() - t, time.process_time() - c
print(f"open {t1-t:.2f} s; apply total wall {wall:.2f} s cpu {cpu:.2f} s; file {size0/2**20:.0f} -> {os.path.getsize(work)/2**20:.0f} MB; load {os.getloadavg()}")
for k, (w, c, n) in sorted(times.parts.items(), key=lambda kv: -kv[1][0]):
    print(f"{w:8.2f} {c:8.2f} {n:5d}  {k}")
if "--check" in sys.argv:
    t = time.perf_counter()
    print(check.check_store(s).problems, f"check {time.perf_counter()-t:.1f} s")
s.close()
