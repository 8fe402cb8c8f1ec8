"""For measuring only: re-resolve a LadybugDB store's stored per-paper extraction with this code (canonicalise +
results, no re-extraction) and write papers.jsonl, for `paperkg load`. Valid when this code's map step equals the
store's (a branch that changes only the reduce step). Usage: python bench/reresolve.py STORE OUT.jsonl"""
import sys, time
from paperkg.graph.store import open_store
from paperkg.graph.plan import stored_papers
from paperkg.graph.incremental import decode
from paperkg.extract.canonical import canonicalise
from paperkg.extract.results import attach_results
from paperkg.cli.extract_cmds import write_jsonl_atomic
t = time.time()
with open_store("ladybug", sys.argv[1], read_only=True) as s:
    papers, ex = stored_papers(s)
results = sorted((decode(p, ex[p.id][1]) for p in papers), key=lambda r: r.paper.id)
print("decoded", len(results), f"{time.time()-t:.0f}s", flush=True)
final = attach_results(canonicalise(results))
print("resolved", f"{time.time()-t:.0f}s", flush=True)
print("wrote", write_jsonl_atomic(final, sys.argv[2]), f"{time.time()-t:.0f}s")
