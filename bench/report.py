"""Render bench/results.json as bench/RESULTS.md (tables, machine, date, command, targets).

Hand-written analysis (profiles, recommendations) lives in bench/FINDINGS.md and is appended verbatim.
"""

from __future__ import annotations

from pathlib import Path

BENCH = Path(__file__).resolve().parent


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "NO"
    return str(v)


def _table(head: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(_fmt(c) for c in r) + " |" for r in rows]
    return out


def _target(t: dict) -> str:
    return "**met**" if t.get("met") else "**MISSED**"


def render(results: dict) -> str:
    m = results["machine"]
    b = results["benchmarks"]
    L = ["# paperkg benchmarks", ""]
    L += [f"Command: `{results['command']}` (suite wall time {results['suite_seconds']} s; "
          "each measured step in its own process).", ""]
    L += [f"Machine: {m.get('cpus')} cores ({m.get('cpu_model', '?')}), {m.get('memory_gb', '?')} GB, "
          f"Python {m.get('python')}, spaCy {m.get('spacy', '?')}, {m.get('platform')}. "
          f"Report written {m.get('date')}.", ""]
    codes = sorted({x["machine"].get("code", "?") for x in b.values()})
    L += [f"Code measured: {', '.join(codes)} (a `git archive` snapshot put first on PYTHONPATH, unless it says "
          "working tree).", ""]
    L += ["**Shared machine**: other engineers were running tests and tools on the same 2 cores during the run; "
          "each step records the 1-minute load average after it ran (`load`), and the numbers are lower than on "
          "an idle machine. Ratios to a baseline measured in the same run are the more stable figures.", ""]

    if "extract" in b:
        e = b["extract"]
        runs = e["runs"]
        L += ["## Extraction (`bench/bench_extract.py`)", "",
              f"Corpus `{e['corpus']}`" + (f", first {e['limit']}" if e.get("limit") else "") +
              f": {next(iter(runs.values()))['papers']} abstracts. Baseline: `spacy.blank(\"en\").pipe` "
              "(tokenizer alone) over the same texts in the same run. Reading the corpus is not timed in.", ""]
        rows = []
        for name, r in runs.items():
            rows.append([name, r["per_second"], r["seconds"], r.get("ratio_to_tokenizer"), r.get("speedup_vs_n1"),
                         r["peak_rss_mb"], r["peak_child_rss_mb"], r.get("same_output_as_n1"), r.get("load_avg_after")])
        L += _table(["step", "abstracts/s", "seconds", "x tokenizer", "x n_process=1", "peak RSS MB",
                     "largest child MB", "same output", "load"], rows)
        t = e["target"]
        L += ["", f"Target: one process >= {t['ratio_to_tokenizer_n1']} x tokenizer throughput; measured "
              f"{t['measured']} -> {_target(t)}.", ""]
        if "dask_local" in runs:
            d = runs["dask_local"]
            L += [f"Dask LocalCluster (2 worker processes, 1 thread each): cluster start {d.get('cluster_start_seconds')} s "
                  f"(included in its seconds), extraction {d.get('extract_seconds')} s.", ""]

    if "build" in b:
        r = b["build"]["result"]
        t = b["build"]["target"]
        L += ["## End-to-end build (`bench/bench_build.py`)", "",
              "`paperkg build CORPUS --db fresh.lbdb -o papers.jsonl` (a child process reads, extracts with "
              "`--n-process` workers (default: the CPU count) and builds the graph tables, then exits; the "
              "command loads the tables into the store), then `paperkg load papers.jsonl` into another fresh "
              "store. Peak memory of the whole process tree is sampled every 0.1 s (summed RSS counts pages "
              "shared by forked workers once per process, so it errs high; PSS splits them); the largest "
              "single process's peak is exact (ru_maxrss).", ""]
        L += _table(["measure", "value"], [
            ["papers", r["papers"]],
            ["build wall time (s)", r["build_seconds"]],
            ["build peak memory, whole process tree, summed RSS (MB)", r.get("build_tree_peak_rss_mb", "-")],
            ["... summed PSS (MB)", r.get("build_tree_peak_pss_mb", "-")],
            ["... largest single process, peak RSS (MB)", r["build_peak_rss_mb"]],
            ["of which store load (s, from the CLI's report)", r["build_store_load_seconds"]],
            ["store size on disk (MB)", r["db_size_mb"]],
            ["`paperkg load` into a fresh LadybugDB: wall (s)", r["load_ladybug_seconds"]],
            ["... store load alone (s)", r["load_ladybug_store_seconds"]],
            ["... peak RSS (MB)", r["load_ladybug_peak_rss_mb"]],
            ["reload of the same papers, idempotent merge (s)", r["reload_ladybug_seconds"]],
        ])
        L += ["", f"Target: build < {t['seconds']} s and < {t['peak_mb']} MB "
              f"(memory measure: {t.get('memory_measure', 'build_peak_rss_mb')}) -> {_target(t)}.", ""]
        if r.get("build_output"):
            L += ["Store after the build: `" + r["build_output"][0] + "`", ""]

    if "neo4j" in b:
        r = b["neo4j"]["result"]
        t = b["neo4j"]["target"]
        L += ["## Neo4j load (`bench/bench_neo4j.py`)", "",
              f"Server: {r['server']}, Neo4j 5.26 Community on the same machine. Rows = nodes + relationships "
              f"(derived EVALUATED_ON excluded; it is recomputed inside each load). Naive = `Neo4jStore.naive_load`, "
              f"one MERGE per row per transaction, on the first {r['slice_papers']} papers; batched = `load` "
              "(UNWIND $rows, 1000 rows a transaction). One unmeasured warm-up load first.", ""]
        rows = [[k, r[k]["rows"], r[k]["seconds"], r[k]["rows_per_second"]]
                for k in ("naive_slice", "batched_slice", "batched_full")]
        L += _table(["load", "rows", "seconds", "rows/s"], rows)
        L += ["", f"Batched / naive on the same slice: **{r['ratio_slice']}x**; full-graph batched rate / naive rate: "
              f"{r['ratio_full_vs_naive']}x. Reloading the full graph (idempotent) took "
              f"{r['batched_full_reload_seconds']} s and added {r['reload_added'] or 'nothing'}.", "",
              f"Target: batched >= {t['ratio']}x naive -> {_target(t)}.", ""]

    if "queries" in b:
        q = b["queries"]["result"]
        t = b["queries"]["target"]
        stores = [s for s in ("ladybug", "neo4j") if s in q]
        L += ["## Canned queries (`bench/bench_queries.py`)", ""]
        for s in stores:
            L += [f"{s} parameters picked from the data: `{q[s]['params']}`", ""]
        head = ["query"] + [f"{s} {p}" for s in stores for p in ("p50 ms", "p95 ms")] + ["rows", "n"]
        rows = [["(baseline: paper by id)"] + [q[s]["baseline_point_lookup"][p] for s in stores
                                              for p in ("p50_ms", "p95_ms")] + ["1", q[stores[0]]["baseline_point_lookup"]["n"]]]
        for name, r in q["ladybug"]["queries"].items():
            cells = [name]
            for s in stores:
                rr = q[s]["queries"].get(name, {})
                cells += [rr.get("p50_ms") if "error" not in rr else "timeout/error", rr.get("p95_ms")]
            rows.append(cells + [r.get("rows"), r.get("n")])
        L += _table(head, rows)
        L += ["", f"Target: p95 < {t['p95_ms_ladybug']} ms for every query on LadybugDB -> {_target(t)} "
              f"(worst: {t['worst']}, {t['worst_p95_ms'] if t['worst_p95_ms'] is not None else 'no answer'} ms; over target: {', '.join(t['over_target']) or 'none'}).", ""]
        for s in stores:
            errs = {n: r["error"] for n, r in q[s]["queries"].items() if "error" in r}
            for n, msg in errs.items():
                L += [f"- {s} `{n}`: {msg}"]
        L += [""]

    findings = BENCH / "FINDINGS.md"
    if findings.exists():
        L += [findings.read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(L)
