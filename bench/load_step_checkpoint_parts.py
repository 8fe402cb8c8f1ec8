"""Which of an addition's writes its checkpoint costs: the delta applied to a copy statement by statement (no
transaction), each write followed by its own CHECKPOINT, timed (a region two writes touch is written twice, so
the sum can exceed the one checkpoint of a load):
    python bench/load_step_checkpoint_parts.py BASE DELTA.pkl WORK"""
import os, pickle, re, sys, time
from collections import defaultdict
from common import fresh_store_copy  # bench/
from paperkg.graph import store_ladybug
base, dpath, work = sys.argv[1:4]
delta = pickle.load(open(dpath, "rb"))
fresh_store_copy(base, work)
s = store_ladybug.LadybugStore(work)
s._exec("CALL auto_checkpoint=false")
s._exec("CHECKPOINT")
T = defaultdict(lambda: [0.0, 0.0, 0])
WRITE = re.compile(r"\b(CREATE|SET|DELETE|COPY|MERGE)\b")
real = store_ladybug.LadybugStore._exec
def _exec(self, cypher, params=None):
    out = real(self, cypher, params)
    if WRITE.search(cypher) and not cypher.startswith(("CREATE NODE", "CREATE REL", "CALL")):
        key = re.sub(r"\s+", " ", cypher)[:100]
        t, c = time.perf_counter(), time.process_time()
        self._conn.execute("CHECKPOINT")
        e = T[key]; e[0] += time.perf_counter() - t; e[1] += time.process_time() - c; e[2] += 1
    return out
store_ladybug.LadybugStore._exec = _exec
s._apply(delta, s.counts())
print(f"file {os.path.getsize(base)/2**20:.0f} -> {os.path.getsize(work)/2**20:.0f} MB; load {os.getloadavg()[0]:.1f}")
print(f"checkpoints: wall {sum(v[0] for v in T.values()):.2f} s, cpu {sum(v[1] for v in T.values()):.2f} s")
for k, (w, c, n) in sorted(T.items(), key=lambda kv: -kv[1][1]):
    print(f"{w:8.2f} {c:8.2f} {n:4d}  {k}")
s.close()
