"""kill -9 of an addition written into the store itself (no copy), DELAY_S after its COMMIT, in its CHECKPOINT: what a
read-only open, a writable open (recovery) and `check` see next:   python bench/load_step_inplace_kill.py BASE DELTA.pkl WORK DELAY_S"""

import os, pickle, shutil, signal, subprocess, sys, time
base, dpath, work, delay = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
CHILD = r'''
import os, pickle, sys
from paperkg.graph import store_ladybug
work, dpath = sys.argv[1:3]
delta = pickle.load(open(dpath, "rb"))
s = store_ladybug.LadybugStore(work)
before = s.counts()
s._exec("CALL auto_checkpoint=false")
s._exec("BEGIN TRANSACTION")
s._apply(delta, before)
s._exec("COMMIT")
open(work + ".committed", "w").close()
s._exec("CHECKPOINT")
open(work + ".done", "w").close()
'''
for p in [work, work + ".wal", work + ".shadow", work + ".committed", work + ".done"]:
    if os.path.exists(p): os.unlink(p)
shutil.copyfile(base, work)
child = subprocess.Popen([sys.executable, "-c", CHILD, work, dpath])
while not os.path.exists(work + ".committed"):
    time.sleep(0.05)
time.sleep(delay)
os.kill(child.pid, signal.SIGKILL); child.wait()
print("killed", delay, "s after commit; checkpoint finished:", os.path.exists(work + ".done"))
print("files:", sorted((f, os.path.getsize(os.path.join(os.path.dirname(work), f))) for f in os.listdir(os.path.dirname(work)) if f.startswith(os.path.basename(work))))
from paperkg.graph import check, store_ladybug
from paperkg.graph.store import open_store
try:
    with open_store("ladybug", work, read_only=True) as s:
        print("read-only open: Paper", s.counts()["Paper"], "check:", check.check_store(s).problems)
except Exception as e:
    print("read-only open failed:", " ".join(str(e).split())[:300])
s = store_ladybug.LadybugStore(work)
c = s.counts()
with open_store("ladybug", base, read_only=True) as b:
    c0 = b.counts()
print("writable open, counts (base -> after recovery):", {k: f"{c0[k]}->{c[k]}" for k in c})
try:
    print("check:", check.check_store(s).problems)
except Exception as e:
    print("check failed:", str(e)[:200])
s.close()
with open_store("ladybug", work, read_only=True) as s:
    print("read-only after: Paper", s.counts()["Paper"])
