"""Neo4j load rate: the batched loader (UNWIND $rows MERGE, 1000 rows a transaction) vs the naive one
MERGE per row, per transaction (`Neo4jStore.naive_load`), measured in the same run.

    python bench/bench_neo4j.py [--papers DIR/papers.jsonl] [--naive-papers N] [--batch-papers N]

The naive loader runs on a slice (the first N papers) so it finishes in minutes; the batched loader runs on
the same slice (the like-for-like ratio) and on the whole graph. Starts a throwaway server with
scripts/neo4j-server unless NEO4J_URI is set; the full graph stays loaded for bench_queries.py when the
server is external (NEO4J_URI).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_WORKDIR, log, machine, neo4j_server, peak_self_mb, save, verdict  # noqa: E402

TARGET_RATIO = 10.0


def tables_for(papers):
    from paperkg.graph.build import build_graph
    from paperkg.graph.tables import graph_tables

    return graph_tables(build_graph(papers)).without_derived()


def rows(tables) -> int:
    return sum(tables.counts().values())


def timed_load(store, tables, naive: bool) -> dict:
    store.clear()
    t0 = time.perf_counter()
    report = store.naive_load(tables) if naive else store.load(tables)
    seconds = time.perf_counter() - t0
    n = rows(tables)
    return {"rows": n, "seconds": round(seconds, 2), "rows_per_second": round(n / seconds, 1),
            "store_counts": report.after}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--papers", default=str(Path(DEFAULT_WORKDIR) / "papers.jsonl"))
    ap.add_argument("--naive-papers", type=int, default=1500, help="papers in the naive-loader slice")
    ap.add_argument("--limit", type=int, default=None, help="only the first N papers for the full batched load")
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--keep", action="store_true", help="leave the full graph loaded (external server only)")
    args = ap.parse_args()
    from paperkg.graph.build import read_extracted
    from paperkg.graph.store_neo4j import Neo4jStore

    papers = read_extracted(args.papers)
    if args.limit:
        papers = papers[: args.limit]
    t0 = time.perf_counter()
    full = tables_for(papers)
    tables_s = time.perf_counter() - t0
    sl = tables_for(papers[: args.naive_papers])
    res: dict = {"papers": len(papers), "tables_seconds": round(tables_s, 1), "slice_papers": min(args.naive_papers, len(papers))}
    with neo4j_server(Path(args.workdir) / "neo4j") as (uri, started):
        res["server"] = ("throwaway (scripts/neo4j-server)" if started
                         else os.environ.get("PAPERKG_BENCH_NEO4J", "external, from NEO4J_URI"))
        store = Neo4jStore(uri)
        try:
            store.ensure_schema()
            log("neo4j: warm-up (one batched load of the slice, not measured) ...")
            timed_load(store, sl, naive=False)
            log(f"neo4j: naive load of {res['slice_papers']} papers ...")
            res["naive_slice"] = timed_load(store, sl, naive=True)
            log(f"neo4j: naive {res['naive_slice']['rows_per_second']} rows/s; batched on the same slice ...")
            res["batched_slice"] = timed_load(store, sl, naive=False)
            log(f"neo4j: batched slice {res['batched_slice']['rows_per_second']} rows/s; full graph ...")
            res["batched_full"] = timed_load(store, full, naive=False)
            log(f"neo4j: batched full {res['batched_full']['rows_per_second']} rows/s")
            t0 = time.perf_counter()
            again = store.load(full)
            res["batched_full_reload_seconds"] = round(time.perf_counter() - t0, 2)
            res["reload_added"] = {k: v for k, v in again.added.items() if v}
            if not (args.keep and not started):
                store.clear()
        finally:
            store.close()
    res["ratio_slice"] = round(res["batched_slice"]["rows_per_second"] / res["naive_slice"]["rows_per_second"], 1)
    res["ratio_full_vs_naive"] = round(res["batched_full"]["rows_per_second"] / res["naive_slice"]["rows_per_second"], 1)
    res["client_peak_rss_mb"] = peak_self_mb()
    payload = {
        "bench": "neo4j",
        "machine": machine(),
        "papers_file": args.papers,
        "result": res,
        "target": {"ratio": TARGET_RATIO, "measured": res["ratio_slice"], "met": res["ratio_slice"] >= TARGET_RATIO},
    }
    for k in ("naive_slice", "batched_slice", "batched_full"):
        r = res[k]
        print(f"{k:<14} {r['rows']:>9} rows {r['seconds']:>9} s {r['rows_per_second']:>10} rows/s")
    print(f"batched / naive (same slice): {res['ratio_slice']}x; full batched / naive: {res['ratio_full_vs_naive']}x "
          f"(target >= {TARGET_RATIO}x: {verdict(payload)})")
    print(f"wrote {save('neo4j', payload)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
