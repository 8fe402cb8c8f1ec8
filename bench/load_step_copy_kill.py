"""kill -9 of an addition (store.apply, into the copy) DELAY_S into the copy's CHECKPOINT: the original must read as
before and pass `check`, and the same apply again must complete it:
    python bench/load_step_copy_kill.py BASE DELTA.pkl WORK DELAY_S"""
import os, pickle, shutil, signal, subprocess, sys, time
base, dpath, work, delay = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
CHILD = r'''
import pickle, sys
from paperkg.graph import store_ladybug
work, dpath = sys.argv[1:3]
real = store_ladybug.LadybugStore._exec
def _exec(self, cypher, params=None):
    if cypher.strip() == "CHECKPOINT" and ".loading-" in str(self.path):
        open(work + ".in-checkpoint", "w").close()
    return real(self, cypher, params)
store_ladybug.LadybugStore._exec = _exec
s = store_ladybug.LadybugStore(work)
s.apply(pickle.load(open(dpath, "rb")))
open(work + ".done", "w").close()
'''
for p in [work, work + ".in-checkpoint", work + ".done"]:
    if os.path.exists(p): os.unlink(p)
shutil.copyfile(base, work)
child = subprocess.Popen([sys.executable, "-c", CHILD, work, dpath])
while not os.path.exists(work + ".in-checkpoint") and child.poll() is None:
    time.sleep(0.05)
time.sleep(delay)
os.kill(child.pid, signal.SIGKILL); child.wait()
print("killed", delay, "s into the copy's checkpoint; apply finished:", os.path.exists(work + ".done"))
print("files:", sorted(f for f in os.listdir(os.path.dirname(work)) if os.path.basename(work) in f))
from paperkg.graph import check, store_ladybug
from paperkg.graph.store import open_store
with open_store("ladybug", base, read_only=True) as b:
    c0 = b.counts()
with open_store("ladybug", work, read_only=True) as s:
    print("read-only open: counts as before:", s.counts() == c0, "check:", check.check_store(s).problems)
s = store_ladybug.LadybugStore(work)
rep = s.apply(pickle.load(open(dpath, "rb")))
print("the same apply again: Paper", rep.before["Paper"], "->", rep.after["Paper"], "check:", check.check_store(s).problems)
s.close()
print("files after:", sorted(f for f in os.listdir(os.path.dirname(work)) if os.path.basename(work) in f))
