"""A copy of a LadybugDB store with its paper -> entity relationship tables rebuilt forward only (the migration a
load of this code runs on an older store, store_ladybug.FORWARD_ONLY), timed; then `paperkg check` of the copy:
    python bench/fwd_only_copy.py BASE OUT"""
import os, resource, sys, time
from common import fresh_store_copy  # bench/
from paperkg.graph import check
from paperkg.graph.store_ladybug import LadybugStore
base, out = sys.argv[1:3]
fresh_store_copy(base, out)
t, c = time.perf_counter(), time.process_time()
s = LadybugStore(out)
print("both directions before:", s._both_directions())
s._migrate_directions()
s._exec("CHECKPOINT")
print(f"migrated in wall {time.perf_counter()-t:.1f} s cpu {time.process_time()-c:.1f} s; file {os.path.getsize(base)/2**20:.0f}"
      f" -> {os.path.getsize(out)/2**20:.0f} MB; peak rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB;"
      f" load {os.getloadavg()[0]:.1f}; both directions after: {s._both_directions()}", flush=True)
t = time.perf_counter()
print("check:", check.check_store(s).problems or "OK", f"({time.perf_counter()-t:.1f} s)")
s.close()
