"""CPU seconds of the parts of `paperkg build EXTRA --db STORE`'s first stage, in one process, nothing written.

    python bench/add_stage_cpu.py STORE EXTRA.jsonl      (OLD_STAMPS=1: use the store's extractions even if
                                                          extract/ or the content hash changed since it was built)

Each part is timed by time.process_time around its function in graph/incremental.py (nested parts count in
their callers too); the extraction runs in this process (one worker)."""
import sys, time, functools
from paperkg.graph import incremental
import paperkg.graph.incremental as inc

T = {}
def timed(mod, name):
    f = getattr(mod, name)
    @functools.wraps(f)
    def w(*a, **k):
        t = time.process_time(); r = f(*a, **k); T[name] = T.get(name, 0) + time.process_time() - t; return r
    setattr(mod, name, w)
for n in ("stored_papers", "plan_build", "stored_fingerprints", "resolved_fingerprint", "node_rows", "_stored_nodes",
          "_result_metrics", "term_delta", "tables_from_papers", "attach_results", "extraction_table", "rels_from",
          "canonicalise", "canonicalise_with_memo", "read_memo", "write_memo", "decode", "_extraction_ids"):
    if hasattr(inc, n): timed(inc, n)
from paperkg.cli.extract_cmds import read_inputs
from paperkg.extract.pipeline import extract_local_all
from paperkg.graph.store import open_store
db, extra = sys.argv[1], sys.argv[2]
t0 = time.process_time()
papers = read_inputs([extra], strict=False)
import os
if os.environ.get("OLD_STAMPS"):  # measure with the base store's extractions (stamped by older code)
    import hashlib, json
    from paperkg.graph import plan as plan_mod
    with open_store("ladybug", db, read_only=True) as s:
        v = s.run("MATCH (x:Extraction) RETURN x.hash AS h LIMIT 1")["h"][0].split(":")[1]
    def old_stamp(p):
        text = json.dumps([p.id, p.title, p.abstract, p.year, p.venue], ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()[:24] + ":" + v
    plan_mod.stamp = old_stamp
    plan_mod.extractor_version = lambda: v
with open_store("ladybug", db, read_only=True) as s:
    plan = incremental.plan_build(papers, s)
print("kept", len(plan.kept), "redo", len(plan.redo), "new", len(plan.new))
t = time.process_time(); extracted = extract_local_all(plan.new, n_process=1, progress=False); T["extract"] = time.process_time() - t
with open_store("ladybug", db, read_only=True) as s:
    t = time.process_time(); final, delta = incremental.resolve_delta(plan, extracted, s, set()); T["resolve_delta"] = time.process_time() - t
T["total"] = time.process_time() - t0
for k, v in sorted(T.items(), key=lambda kv: -kv[1]): print(f"{v:8.2f} {k}")
print("papers written", len(delta.papers))
