"""cProfile of _apply alone (the delta in a transaction on a copy, rolled back):
    python bench/load_step_apply_profile.py STORE DELTA.pkl WORK"""
import cProfile, pstats, pickle, sys
from common import transaction_on_fresh_copy  # bench/
base, dpath, work = sys.argv[1:4]
delta = pickle.load(open(dpath, "rb"))
s, before = transaction_on_fresh_copy(base, work)
pr = cProfile.Profile(); pr.enable()
s._apply(delta, before)
pr.disable()
s._exec("ROLLBACK")
pstats.Stats(pr).sort_stats("cumulative").print_stats(35)
