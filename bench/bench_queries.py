"""p50/p95 latency of every canned query on the 73k graph, on the embedded store and on Neo4j.

    python bench/bench_queries.py [--db DIR/kg.lbdb] [--papers DIR/papers.jsonl] [--reps N] [--no-neo4j]

Parameters are picked from the data: the benchmark most papers evaluate on, the method most papers
propose/use, the model family with the most models, a paper evaluating on that benchmark, and two entities
for shortest-connection. Baseline in the same run: a point lookup of one paper by id.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_WORKDIR, log, machine, neo4j_server, peak_self_mb, percentiles, save, verdict  # noqa: E402

TARGET_P95_MS = 100.0
BASELINE = "MATCH (p:Paper {id: $paper}) RETURN p.title AS title"


def pick_params(store) -> dict:
    def one(cypher: str) -> str:
        df = store.run(cypher)
        return str(df.iloc[0, 0])

    bench = one("MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark) RETURN b.name AS n, count(p) AS c "
                "ORDER BY c DESC, n LIMIT 1")
    method = one("MATCH (p:Paper)-[:PROPOSES|USES]->(m:Method) RETURN m.name AS n, count(p) AS c "
                 "ORDER BY c DESC, n LIMIT 1")
    family = one("MATCH (m:Model)-[:IN_FAMILY]->(f:ModelFamily) RETURN f.name AS n, count(m) AS c "
                 "ORDER BY c DESC, n LIMIT 1")
    dataset = one("MATCH (p:Paper)-[:USES|EVALUATES_ON]->(d:Dataset) RETURN d.name AS n, count(p) AS c "
                  "ORDER BY c DESC, n LIMIT 1")
    # The paper evaluating on that benchmark that names the most entities (a busy evidence listing).
    paper = str(store.run("MATCH (p:Paper)-[:EVALUATES_ON]->(b:Benchmark) WHERE b.name = $b MATCH (p)-->(e) "
                          "RETURN p.id AS id, count(e) AS c ORDER BY c DESC, id LIMIT 1", {"b": bench}).iloc[0, 0])
    # entity-card takes a node key, not a name: the key of that method.
    method_key = str(store.run("MATCH (m:Method) WHERE m.name = $m RETURN m.key AS k ORDER BY k LIMIT 1",
                               {"m": method}).iloc[0, 0])
    return {"benchmark": bench, "method": method, "family": family, "dataset": dataset, "paper": paper,
            "method_key": method_key}


def query_params(q, picked: dict) -> dict:
    """Each canned query's parameters from the picked values (by parameter name)."""
    by_name = {
        "benchmark": picked["benchmark"], "method": picked["method"], "family": picked["family"],
        "paper": picked["paper"], "entity": picked["method"], "source": picked["method"],
        "target": picked["dataset"], "key": picked["method_key"],
        "keys": [picked["method_key"]], "text": picked["method"][:4].lower(), "since": 2020,
    }
    # Where a query reads a parameter of the same name differently: papers searches words, trend two entities.
    by_query = {"papers": {"text": picked["method"].lower() + " networks"},
                "trend": {"entity": f"{picked['method']},{picked['benchmark']}"}}
    out = {}
    for p in q.params:
        if p.name in by_query.get(q.name, {}):
            out[p.name] = by_query[q.name][p.name]
        elif p.name == "since" and not p.required:
            continue  # a listing's optional year bound: measured over the whole store
        elif p.name in by_name:
            out[p.name] = by_name[p.name]
        elif p.required:
            raise SystemExit(f"bench_queries: no value for parameter {p.name} of {q.name}; add one")
    return out


def measure(run, reps: int, budget: float) -> dict:
    """p50/p95 of run() (a function running one query and returning its rows)."""
    try:
        run()  # warm-up (plan cache, page cache)
    except Exception as exc:  # a query over the time cap (LadybugDB's query timeout) is a result, not a crash
        return {"error": " ".join(str(exc).split())[:300], "p50_ms": None, "p95_ms": None, "n": 0, "rows": None}
    samples, rows = [], 0
    t_end = time.perf_counter() + budget
    for i in range(reps):
        t0 = time.perf_counter()
        df = run()
        samples.append(time.perf_counter() - t0)
        rows = len(df)
        if i >= 2 and time.perf_counter() > t_end:  # a slow query: at least 3 samples, then stop
            break
    return {**percentiles(samples), "rows": rows}


def _runner(store, cq, params: dict):
    """The query as one call; a two-step query (header `first:`) runs both steps, both timed."""
    from paperkg import queries

    if not cq.first:
        return lambda: store.run(cq.text, params)
    return lambda: queries.run(cq.name, store, **params)


def bench_store(store, reps: int, budget: float) -> dict:
    from paperkg import queries

    picked = pick_params(store)
    out = {"params": picked, "queries": {}}
    out["baseline_point_lookup"] = measure(lambda: store.run(BASELINE, {"paper": picked["paper"]}), reps, budget)
    for q in queries.list_queries():
        cq = queries.load_query(q.name, store.dialect)
        params = cq.bind(query_params(cq, picked))
        r = measure(_runner(store, cq, params), reps, budget)
        r["params"] = {k: v for k, v in params.items()}
        if r["p50_ms"] is not None:
            r["x_baseline_p50"] = round(r["p50_ms"] / max(out["baseline_point_lookup"]["p50_ms"], 1e-3), 1)
        out["queries"][q.name] = r
        log(f"queries[{store.dialect}]: {q.name}: p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, {r['rows']} rows"
            + (f" ERROR {r['error']}" if "error" in r else ""))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(Path(DEFAULT_WORKDIR) / "kg.lbdb"))
    ap.add_argument("--papers", default=str(Path(DEFAULT_WORKDIR) / "papers.jsonl"))
    ap.add_argument("--reps", type=int, default=30)
    ap.add_argument("--budget", type=float, default=20.0, help="seconds per query before stopping early")
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--timeout", type=float, default=120.0, help="LadybugDB per-query time cap in seconds")
    ap.add_argument("--no-neo4j", action="store_true")
    args = ap.parse_args()
    from paperkg.graph.store import open_store

    res: dict = {}
    with open_store("ladybug", args.db, read_only=True) as store:
        # A cap so one pathological query cannot stall the suite (recorded as an error with the cap).
        store._conn.set_query_timeout(int(args.timeout * 1000))
        res["ladybug"] = bench_store(store, args.reps, args.budget)
        res["ladybug"]["counts"] = store.counts()
    if not args.no_neo4j:
        from paperkg.graph.build import build_graph, read_extracted
        from paperkg.graph.store_neo4j import Neo4jStore
        from paperkg.graph.tables import graph_tables

        with neo4j_server(Path(args.workdir) / "neo4j") as (uri, started):
            store = Neo4jStore(uri)
            try:
                if store.counts().get("Paper", 0) != res["ladybug"]["counts"]["Paper"]:
                    log("queries: loading the graph into Neo4j ...")
                    store.clear()
                    store.load(graph_tables(build_graph(read_extracted(args.papers))))
                res["neo4j"] = bench_store(store, args.reps, args.budget)
                res["neo4j"]["counts"] = store.counts()
                if started:
                    store.clear()
            finally:
                store.close()
    lb = res["ladybug"]["queries"]
    p95 = {n: (lb[n]["p95_ms"] if lb[n]["p95_ms"] is not None else float("inf")) for n in lb}
    worst = max(p95, key=p95.get)
    res["client_peak_rss_mb"] = peak_self_mb()
    payload = {
        "bench": "queries",
        "machine": machine(),
        "result": res,
        "target": {"p95_ms_ladybug": TARGET_P95_MS, "worst": worst, "worst_p95_ms": lb[worst]["p95_ms"],
                   "over_target": sorted(n for n in lb if p95[n] >= TARGET_P95_MS),
                   "met": p95[worst] < TARGET_P95_MS},
    }
    stores = [s for s in ("ladybug", "neo4j") if s in res]
    print(f"{'query':<32}" + "".join(f"{s + ' p50':>14}{s + ' p95':>14}" for s in stores) + f"{'rows':>8}")
    print(f"{'(baseline: paper by id)':<32}" + "".join(
        f"{res[s]['baseline_point_lookup']['p50_ms']:>14}{res[s]['baseline_point_lookup']['p95_ms']:>14}" for s in stores))
    for name in lb:
        print(f"{name:<32}" + "".join(f"{str(res[s]['queries'][name]['p50_ms']):>14}{str(res[s]['queries'][name]['p95_ms']):>14}"
                                      for s in stores) + f"{str(lb[name]['rows']):>8}")
    print(f"target: every query p95 < {TARGET_P95_MS} ms on LadybugDB: {verdict(payload)}"
          f" (worst {worst}: {lb[worst]['p95_ms']} ms)")
    print(f"wrote {save('queries', payload)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
