"""Run every benchmark and write bench/results.json and bench/RESULTS.md.

    python bench/run_all.py            # the real 73k corpus (about an hour on 2 cores)
    python bench/run_all.py --quick    # first 2,000 abstracts, fewer repetitions: bench/results-quick.json
                                       # and bench/RESULTS-quick.md (the committed real numbers stay)

One Neo4j server (scripts/neo4j-server, throwaway, in the work dir) is shared by the Neo4j and query
benchmarks unless NEO4J_URI is set. Benchmarks are not tests: CI does not run them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BENCH, DEFAULT_CORPUS, DEFAULT_WORKDIR, PY, REPO, log, machine, neo4j_server  # noqa: E402


def run(script: str, *args: str, env: dict) -> None:
    log(f"run_all: {script} {' '.join(args)}")
    t0 = time.perf_counter()
    subprocess.run([PY, str(BENCH / script), *args], check=True, env=env, cwd=REPO)
    log(f"run_all: {script} done in {time.perf_counter() - t0:.0f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="2,000 abstracts, few repetitions (minutes)")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--only", nargs="*", choices=["build", "extract", "neo4j", "queries"],
                    help="run only these (others' previous raw results are reused for the report)")
    ap.add_argument("--report-only", action="store_true", help="only rebuild results.json/RESULTS.md from raw JSON")
    args = ap.parse_args()
    suffix = "-quick" if args.quick else ""
    raw = BENCH / f"results{suffix}"
    work = Path(args.workdir) / ("quick" if args.quick else "full")
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PAPERKG_BENCH_RESULTS=str(raw))
    lim = ["--limit", "2000"] if args.quick else []
    papers, db = str(work / "papers.jsonl"), str(work / "kg.lbdb")
    only = set(args.only or ["build", "extract", "neo4j", "queries"])
    t0 = time.perf_counter()
    if not args.report_only:
        if "build" in only:
            run("bench_build.py", "--corpus", args.corpus, "--workdir", str(work), *lim, env=env)
        if "extract" in only:
            run("bench_extract.py", "--corpus", args.corpus, *lim, env=env)
        if only & {"neo4j", "queries"}:
            with neo4j_server(work / "neo4j") as (uri, _started):
                env["NEO4J_URI"] = uri
                if "neo4j" in only:
                    run("bench_neo4j.py", "--papers", papers, "--workdir", str(work), "--keep",
                        *(["--naive-papers", "300"] if args.quick else []), env=env)
                if "queries" in only:
                    run("bench_queries.py", "--db", db, "--papers", papers, "--workdir", str(work),
                        *(["--reps", "10"] if args.quick else []), env=env)
    results = {"command": "python bench/run_all.py" + (" --quick" if args.quick else ""),
               "machine": machine(), "suite_seconds": round(time.perf_counter() - t0, 1), "benchmarks": {}}
    for name in ("extract", "build", "neo4j", "queries"):
        path = raw / f"{name}.json"
        if path.exists():
            results["benchmarks"][name] = json.loads(path.read_text(encoding="utf-8"))
    (BENCH / f"results{suffix}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    from report import render

    (BENCH / f"RESULTS{suffix}.md").write_text(render(results), encoding="utf-8")
    log(f"run_all: wrote bench/results{suffix}.json and bench/RESULTS{suffix}.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
