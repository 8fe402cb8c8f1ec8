"""The delta applied to a copy in one transaction and committed, then its CHECKPOINT alone timed (to profile it:
perf record -p PID once WORK.ready exists):   python bench/load_step_checkpoint_only.py BASE DELTA.pkl WORK   (OPTS=JSON)"""
import os, pickle, sys, time
from common import fresh_store_copy  # bench/
from paperkg.graph import store_ladybug
base, dpath, work = sys.argv[1:4]
delta = pickle.load(open(dpath, "rb"))
fresh_store_copy(base, work)
import json; s = store_ladybug.LadybugStore(work, **json.loads(os.environ.get("OPTS", "{}")))
before = s.counts()
s._load_in_transaction(lambda st: st._apply(delta, before))
open(work + ".ready", "w").close()
t, c = time.perf_counter(), time.process_time()
s._exec("CHECKPOINT")
print(f"checkpoint wall {time.perf_counter()-t:.2f} cpu {time.process_time()-c:.2f} load {os.getloadavg()[0]:.1f}", flush=True)
s.close()
