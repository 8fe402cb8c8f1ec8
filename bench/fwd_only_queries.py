"""Every canned query, the explorer's entity and paper pages and `related` on two stores of the same graph, run
alternately in one process (same load): relationships in both directions (OLD) and forward-only (NEW,
bench/fwd_only_copy.py). Prints each one's median and whether it failed or its rows differ:
    python bench/fwd_only_queries.py OLD.lbdb NEW.lbdb [REPS]"""
import sys, time
from bench_queries import pick_params, query_params  # bench/
from bench_queries_vs import _run
from paperkg import queries
from paperkg.graph import related
from paperkg.graph.store import open_store
from paperkg.web import data
old_db, new_db = sys.argv[1:3]
reps = int(sys.argv[3]) if len(sys.argv) > 3 else 5
load = lambda n: queries.load_query(n, "ladybug")  # noqa: E731
with open_store("ladybug", old_db, read_only=True) as old, open_store("ladybug", new_db, read_only=True) as new:
    picked = pick_params(old)
    jobs = []
    for q in queries.list_queries():
        cq = load(q.name)
        params = query_params(cq, picked)
        jobs.append((q.name, lambda s, cq=cq, params=params: _run(cq, s, params, load)))
    bench_key = str(old.run("MATCH (b:Benchmark) WHERE b.name = $n RETURN b.key LIMIT 1", {"n": picked["benchmark"]}).iloc[0, 0])
    jobs += [("web entity page (method)", lambda s: data.entity(s, picked["method_key"])),
             ("web entity page (benchmark)", lambda s: data.entity(s, bench_key)),
             ("web neighbourhood (method)", lambda s: data.neighbourhood(s, picked["method_key"])),
             ("web paper page", lambda s: data.paper(s, picked["paper"])),
             ("related (stored paper)", lambda s: related.related_papers(s, paper_id=picked["paper"])),
             ("related (text)", lambda s: related.related_papers(s, text="We fine-tune BERT on SQuAD and GLUE."))]
    print(f"{'query':<34}{'both ms':>10}{'fwd ms':>10}{'fwd/both':>9}  rows", flush=True)
    for name, f in jobs:
        res = {}
        for tag, s in (("old", old), ("new", new)):
            try:
                res[tag] = f(s)
            except Exception as exc:
                res[tag] = exc
        if isinstance(res["new"], Exception) or isinstance(res["old"], Exception):
            print(f"{name:<34} FAILED old: {str(res['old'])[:80] if isinstance(res['old'], Exception) else 'ok'}; "
                  f"new: {str(res['new'])[:120] if isinstance(res['new'], Exception) else 'ok'}", flush=True)
            continue
        t = {"old": [], "new": []}
        for _ in range(reps):
            for tag, s in (("old", old), ("new", new)):
                t0 = time.perf_counter(); f(s); t[tag].append(time.perf_counter() - t0)
        a, b = (sorted(t[k])[len(t[k]) // 2] * 1000 for k in ("old", "new"))
        size = lambda r: len(r) if hasattr(r, "__len__") else "?"  # noqa: E731
        same = "same" if str(res["old"]) == str(res["new"]) else f"DIFFER {size(res['old'])} vs {size(res['new'])}"
        print(f"{name:<34}{a:>10.1f}{b:>10.1f}{b / max(a, 1e-6):>9.2f}  {size(res['new'])} {same}", flush=True)
