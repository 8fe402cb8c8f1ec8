"""Run every benchmark and write bench/results.json and bench/RESULTS.md.

    python bench/run_all.py            # the real 73k corpus (about an hour on 2 cores)
    python bench/run_all.py --quick    # first 2,000 abstracts, fewer repetitions: bench/results-quick.json
                                       # and bench/RESULTS-quick.md (the committed real numbers stay)

The code measured is a snapshot of one commit (default HEAD, `--commit REV`), unpacked with `git archive`
into the work dir and put first on PYTHONPATH, so edits in the working tree while the suite runs (others
work in the same tree) cannot change the code under measurement; `--worktree` measures the tree as it is.

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


def snapshot(rev: str, work: Path) -> tuple[str, Path]:
    """`git archive REV` laid out as the installed package (paperkg/, paperkg/extract, graph, queries)."""
    import shutil
    import tarfile
    import tempfile

    sha = subprocess.run(["git", "rev-parse", rev], cwd=REPO, check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
    pkg = work / f"src-{sha[:12]}"
    if (pkg / ".complete").exists():
        return sha, pkg
    shutil.rmtree(pkg, ignore_errors=True)
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        tar = Path(tmp) / "src.tar"
        subprocess.run(["git", "archive", "-o", str(tar), sha], cwd=REPO, check=True)
        with tarfile.open(tar) as tf:
            tf.extractall(Path(tmp) / "src", filter="data")
        src = Path(tmp) / "src"
        shutil.copytree(src / "paperkg", pkg / "paperkg")
        for folder in ("extract", "graph", "queries"):  # the pyproject package-dir mapping
            shutil.copytree(src / folder, pkg / "paperkg" / folder)
    (pkg / ".complete").write_text(sha + "\n")
    return sha, pkg


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="2,000 abstracts, few repetitions (minutes)")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    ap.add_argument("--only", nargs="*", choices=["build", "extract", "neo4j", "queries"],
                    help="run only these (others' previous raw results are reused for the report)")
    ap.add_argument("--report-only", action="store_true", help="only rebuild results.json/RESULTS.md from raw JSON")
    ap.add_argument("--commit", default="HEAD", help="measure this commit's code (default HEAD)")
    ap.add_argument("--worktree", action="store_true", help="measure the working tree as it is (not a snapshot)")
    args = ap.parse_args()
    suffix = "-quick" if args.quick else ""
    raw = BENCH / f"results{suffix}"
    work = Path(args.workdir) / ("quick" if args.quick else "full")
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PAPERKG_BENCH_RESULTS=str(raw))
    if not args.report_only and not args.worktree:
        sha, pkg = snapshot(args.commit, work)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pkg), os.environ.get("PYTHONPATH")]))
        env["PAPERKG_BENCH_CODE"] = f"commit {sha}"
        log(f"run_all: measuring commit {sha[:12]} (snapshot in {pkg})")
    elif not args.report_only:
        env["PAPERKG_BENCH_CODE"] = "working tree " + subprocess.run(
            ["git", "describe", "--always", "--dirty"], cwd=REPO, stdout=subprocess.PIPE, text=True).stdout.strip()
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
            with neo4j_server(work / "neo4j") as (uri, started):
                env["NEO4J_URI"] = uri
                if started:  # so the reports say which server it was
                    env["PAPERKG_BENCH_NEO4J"] = "throwaway (scripts/neo4j-server, started by run_all)"
                if "neo4j" in only:
                    run("bench_neo4j.py", "--papers", papers, "--workdir", str(work), "--keep",
                        *(["--naive-papers", "300"] if args.quick else []), env=env)
                if "queries" in only:
                    run("bench_queries.py", "--db", db, "--papers", papers, "--workdir", str(work),
                        *(["--reps", "10"] if args.quick else []), env=env)
    results = {"command": "python bench/run_all.py" + (" --quick" if args.quick else ""),
               "machine": machine(), "suite_seconds": round(time.perf_counter() - t0, 1), "benchmarks": {}}
    previous = BENCH / f"results{suffix}.json"
    if (args.report_only or args.only) and previous.exists():  # keep the suite's own command and wall time
        old = json.loads(previous.read_text(encoding="utf-8"))
        results["suite_seconds"] = old.get("suite_seconds")
        results["command"] = old.get("command", results["command"])
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
