"""Compute the +1,000 delta on a store (read-only) and pickle it, for the load_step_*.py scripts:
    python bench/load_step_delta.py STORE EXTRA.jsonl OUT.pkl"""
import pickle, sys, time
from paperkg.cli.extract_cmds import read_inputs
from paperkg.extract.pipeline import extract_local_all
from paperkg.graph import incremental
from paperkg.graph.plan import plan_build
from paperkg.graph.store import open_store
db, extra, out = sys.argv[1:4]
papers = read_inputs([extra], strict=False)
with open_store("ladybug", db, read_only=True) as s:
    plan = plan_build(papers, s)
extracted = extract_local_all(plan.new + plan.redo, n_process=1, progress=False)
with open_store("ladybug", db, read_only=True) as s:
    final, delta = incremental.resolve_delta(plan, extracted, s, set())
with open(out, "wb") as fh:
    pickle.dump(delta, fh)
print("papers written", len(delta.papers))
