"""The delta written into the store itself in ONE transaction (no copy), timed:
    python bench/load_step_inplace.py BASE DELTA.pkl WORK"""
import os, pickle, sys, time
from common import transaction_on_fresh_copy  # bench/
base, dpath, work = sys.argv[1:4]
delta = pickle.load(open(dpath, "rb"))
s, before = transaction_on_fresh_copy(base, work)
t, c = time.perf_counter(), time.process_time()
s._apply(delta, before)
t1, c1 = time.perf_counter(), time.process_time()
s._exec("COMMIT")
t2, c2 = time.perf_counter(), time.process_time()
print(f"wal after commit {os.path.getsize(work + '.wal')/2**20:.0f} MB" if os.path.exists(work + ".wal") else "no wal")
s._exec("CHECKPOINT")
t3, c3 = time.perf_counter(), time.process_time()
import resource
print(f"one transaction: statements wall {t1-t:.2f} cpu {c1-c:.2f}; commit wall {t2-t1:.2f} cpu {c2-c1:.2f}; "
      f"checkpoint wall {t3-t2:.2f} cpu {c3-c2:.2f}; total wall {t3-t:.2f} cpu {c3-c:.2f}; "
      f"file {os.path.getsize(base)/2**20:.0f} -> {os.path.getsize(work)/2**20:.0f} MB; "
      f"peak rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB; load {os.getloadavg()[0]:.1f}")
s.close()
