"""cProfile of _apply alone (the delta in a transaction on a copy, rolled back):
    python bench/load_step_apply_profile.py STORE DELTA.pkl WORK"""
import cProfile, pstats, os, pickle, sys
from common import fresh_store_copy  # bench/
from paperkg.graph import store_ladybug
base, dpath, work = sys.argv[1:4]
delta = pickle.load(open(dpath, "rb"))
fresh_store_copy(base, work)
s = store_ladybug.LadybugStore(work)
before = s.counts()
s._exec("CALL auto_checkpoint=false")
s._exec("BEGIN TRANSACTION")
pr = cProfile.Profile(); pr.enable()
s._apply(delta, before)
pr.disable()
s._exec("ROLLBACK")
pstats.Stats(pr).sort_stats("cumulative").print_stats(35)
