"""For measuring only: make a store built by other code look built by this code, and write its scan memo.

    python bench/restamp.py STORE [--no-memo]

Valid only when this code's per-paper extraction equals the code's that built STORE (a branch that changes
canonicalise, not the map step): every Extraction row's stamp gets this code's extractor version (its content
hash kept), the load record's digests are taken again, and the scan memo (STORE.scans) is derived from the
stored corpus as a build by this code would have written it. Without this, a store of main is extracted again
whole by a branch that changed any file under extract/ (the version hashes them all)."""
import argparse
import time

from paperkg.graph import check, incremental
from paperkg.graph.plan import BuildPlan, extractor_version, stored_papers
from paperkg.graph.store import open_store

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("store")
ap.add_argument("--no-memo", action="store_true")
args = ap.parse_args()
t = time.time()
with open_store("ladybug", args.store) as s:
    df = s.run("MATCH (x:Extraction) RETURN x.id AS id, x.hash AS hash")
    rows = [{"id": i, "hash": h.split(":")[0] + ":" + extractor_version()} for i, h in zip(df["id"], df["hash"])]
    for k in range(0, len(rows), 5000):
        s.run("UNWIND $rows AS r MATCH (x:Extraction {id: r.id}) SET x.hash = r.hash", {"rows": rows[k:k + 5000]})
    rec = check.read_record(s)
    counts = __import__("json").loads(rec["counts"])
    s.run(check.write_cypher(), {"rec": check.record_of(s, counts)})
print(f"restamped {len(rows)} rows in {time.time() - t:.1f} s")
if not args.no_memo:
    t = time.time()
    with open_store("ladybug", args.store, read_only=True) as s:
        papers, ex = stored_papers(s)
        kept = [(p, ex[p.id][1]) for p in papers]
        path = incremental.memo_path_of(s)
    with incremental._quiet_gc():
        incremental.resolve(BuildPlan(new=[], redo=[], kept=kept, unchanged_inputs=0), [], path)
    print(f"wrote {path} in {time.time() - t:.1f} s")
