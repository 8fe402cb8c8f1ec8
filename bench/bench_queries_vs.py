"""Every canned query against an older commit's, in one run: its text on its store, then this text on this store.

    python bench/bench_queries_vs.py --old-ref COMMIT --old-db OLD.lbdb --db NEW.lbdb [--reps N] [--quiet RESULTS.json]

On a shared machine absolute latencies carry the load; two versions run alternately in one process carry the
same load, so their ratio holds. With --quiet (a bench_queries.py result measured on a quiet machine, for the
old commit) each query's quiet-equivalent p95 is that ratio times its quiet p95. Parameters are the picks of
bench_queries.py (taken from the new store). Answers are compared too: row counts must agree.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_queries import TARGET_P95_MS, pick_params, query_params  # noqa: E402
from common import REPO, log, machine, save  # noqa: E402


def _old_query(ref: str, name: str):
    from paperkg.queries import _parse

    for filename in (f"{name}.ladybug.cypher", f"{name}.cypher"):
        done = subprocess.run(["git", "show", f"{ref}:queries/{filename}"], capture_output=True, text=True, cwd=REPO)
        if done.returncode == 0:
            return _parse(filename, done.stdout)
    return None


def _run(q, store, params: dict, load):
    """One query as `paperkg.queries.run` runs it (a two-step query: its first step, then once per row)."""
    bound = q.bind(params)
    if not q.first:
        return store.run(q.text, bound)
    step = load(q.first)
    first = store.run(step.text, step.bind({k: v for k, v in bound.items() if k in step.param_names}))
    runs = [store.run(q.text, {**bound, **{c: v.tolist() if hasattr(v, "tolist") else v for c, v in row.items()}})
            for row in first.to_dict("records")]
    return runs[-1] if runs else first


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old-ref", required=True, help="the commit whose queries/*.cypher run on --old-db")
    ap.add_argument("--old-db", required=True, help="a LadybugDB store built by that commit")
    ap.add_argument("--db", required=True, help="a LadybugDB store built by this code")
    ap.add_argument("--reps", type=int, default=9)
    ap.add_argument("--quiet", help="bench_queries.py's queries.json of the old commit on a quiet machine")
    args = ap.parse_args()
    from paperkg import queries
    from paperkg.graph.store import open_store

    quiet = json.loads(Path(args.quiet).read_text())["result"]["ladybug"]["queries"] if args.quiet else {}
    rows = []
    with open_store("ladybug", args.old_db, read_only=True) as old, open_store("ladybug", args.db, read_only=True) as new:
        picked = pick_params(new)
        new_load = lambda n: queries.load_query(n, "ladybug")  # noqa: E731
        old_load = lambda n: _old_query(args.old_ref, n)  # noqa: E731
        for q in queries.list_queries():
            nq, oq = new_load(q.name), old_load(q.name)
            if oq is None:
                log(f"vs: {q.name} is new since {args.old_ref}: skipped")
                continue
            params = query_params(nq, picked)
            a, b = _run(oq, old, params, old_load), _run(nq, new, params, new_load)  # warm-up
            t_old, t_new = [], []
            for _ in range(args.reps):
                t0 = time.perf_counter()
                a = _run(oq, old, params, old_load)
                t_old.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                b = _run(nq, new, params, new_load)
                t_new.append(time.perf_counter() - t0)
            p_old, p_new = sorted(t_old)[len(t_old) // 2] * 1000, sorted(t_new)[len(t_new) // 2] * 1000
            ratio = p_new / max(p_old, 1e-6)
            q95 = quiet.get(q.name, {}).get("p95_ms")
            row = {"query": q.name, "old_p50_ms": round(p_old, 2), "new_p50_ms": round(p_new, 2),
                   "new_over_old": round(ratio, 3), "rows_old": len(a), "rows_new": len(b),
                   "quiet_p95_old_ms": q95, "quiet_equivalent_p95_ms": round(ratio * q95, 1) if q95 else None}
            rows.append(row)
            log(f"vs: {q.name}: old {row['old_p50_ms']} ms, new {row['new_p50_ms']} ms, x{row['new_over_old']}"
                + (f", quiet-equivalent p95 {row['quiet_equivalent_p95_ms']} ms" if q95 else ""))
    over = [r["query"] for r in rows if r["quiet_equivalent_p95_ms"] is not None and r["quiet_equivalent_p95_ms"] >= TARGET_P95_MS]
    differ = [r["query"] for r in rows if r["rows_old"] != r["rows_new"]]
    payload = {"bench": "queries_vs", "machine": machine(), "old_ref": args.old_ref, "params": picked, "rows": rows,
               "target": {"quiet_equivalent_p95_ms": TARGET_P95_MS, "over_target": over, "met": not over and bool(quiet)},
               "row_counts_differ": differ}
    print(f"{'query':<32}{'old p50':>10}{'new p50':>10}{'new/old':>9}{'quiet p95 old':>15}{'-> new':>9}")
    for r in rows:
        print(f"{r['query']:<32}{r['old_p50_ms']:>10}{r['new_p50_ms']:>10}{r['new_over_old']:>9}"
              f"{str(r['quiet_p95_old_ms']):>15}{str(r['quiet_equivalent_p95_ms']):>9}")
    print(f"over {TARGET_P95_MS} ms (quiet-equivalent): {', '.join(over) or 'none'}; row counts differ: {', '.join(differ) or 'none'}")
    print(f"wrote {save('queries_vs', payload)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
