"""End-to-end `paperkg build` of the 73k corpus into a fresh embedded store, and `paperkg load` time.

    python bench/bench_build.py [--corpus PATH] [--limit N] [--workdir DIR]

Runs the real CLI in a child process: wall time, and peak memory both of its largest single process and of
its whole process tree at once (the build runs its extraction stage in a child process with workers; the
target is judged on the tree's summed RSS, which counts shared pages once per process and so errs high).
Also times `paperkg load` of the written papers.jsonl into another fresh store (the load alone, baseline
for the build's share).
Leaves DIR/papers.jsonl and DIR/kg.lbdb for bench_queries.py / bench_neo4j.py.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_CORPUS, DEFAULT_WORKDIR, REPO, TreeMemory, log, machine, mb, save, verdict  # noqa: E402

TARGET_SECONDS = 300
TARGET_MB = 2048


def paperkg_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("paperkg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "paperkg"]


def timed(cmd: list[str]) -> dict:
    """Run a command: wall time, the peak RSS of its largest single process (RUSAGE_CHILDREN, exact; each
    command runs from a fresh helper process because ru_maxrss is a running maximum) and the sampled peak of
    its whole process tree (TreeMemory: the build's child stage and extraction workers run beside it)."""
    helper = (
        "import json,resource,subprocess,sys,time;t=time.perf_counter();"
        "p=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.PIPE,text=True);"
        "print(json.dumps({'rc':p.returncode,'seconds':time.perf_counter()-t,"
        "'maxrss_kb':resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,'out':p.stdout[-4000:],'err':p.stderr[-4000:]}))"
    )
    proc = subprocess.Popen([sys.executable, "-c", helper, *cmd], stdout=subprocess.PIPE, text=True, cwd=REPO)
    sampler = TreeMemory(proc.pid)
    stdout, _ = proc.communicate()
    res = json.loads(stdout)
    res.update(sampler.stop())
    if res["rc"] != 0:
        sys.stderr.write(res["err"])
        raise SystemExit(f"command failed ({res['rc']}): {' '.join(cmd)}")
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workdir", default=DEFAULT_WORKDIR)
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    corpus = args.corpus
    if args.limit:  # a slice as its own file, so the CLI reads exactly N abstracts
        corpus = str(work / f"corpus-{args.limit}.jsonl")
        opener = gzip.open if args.corpus.endswith(".gz") else open
        with opener(args.corpus, "rt", encoding="utf-8") as src, open(corpus, "w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= args.limit:
                    break
                dst.write(line)
    db, papers = work / "kg.lbdb", work / "papers.jsonl"
    for p in (db, papers, work / "load.lbdb"):
        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)

    log(f"build: paperkg build {corpus} ...")
    build = timed(paperkg_cmd() + ["build", corpus, "--db", str(db), "-o", str(papers)])
    m = re.search(r"in ([0-9.]+)s", build["out"])
    n_papers = sum(1 for _ in open(papers, encoding="utf-8"))
    res = {
        "papers": n_papers,
        "build_seconds": round(build["seconds"], 1),
        "build_peak_rss_mb": mb(build["maxrss_kb"]),  # largest single process
        "build_tree_peak_rss_mb": build["tree_peak_rss_mb"],  # all processes at once (the target's measure)
        "build_tree_peak_pss_mb": build["tree_peak_pss_mb"],
        "build_tree_peak_processes": build["tree_peak_processes"],
        "build_store_load_seconds": float(m.group(1)) if m else None,
        "build_output": build["out"].strip().splitlines()[-1:],
        "db_size_mb": round(sum(f.stat().st_size for f in db.rglob("*") if f.is_file()) / 2**20, 1)
        if db.is_dir() else round(db.stat().st_size / 2**20, 1),
    }
    log(f"build: {res['build_seconds']} s, peak {res['build_tree_peak_rss_mb']} MB (process tree RSS), "
        f"largest process {res['build_peak_rss_mb']} MB")

    log("build: paperkg load papers.jsonl into a fresh store ...")
    load = timed(paperkg_cmd() + ["load", str(papers), "--db", str(work / "load.lbdb")])
    m = re.search(r"in ([0-9.]+)s", load["out"])
    res["load_ladybug_seconds"] = round(load["seconds"], 1)
    res["load_ladybug_store_seconds"] = float(m.group(1)) if m else None
    res["load_ladybug_peak_rss_mb"] = mb(load["maxrss_kb"])
    res["load_ladybug_tree_peak_rss_mb"] = load["tree_peak_rss_mb"]
    res["load_output"] = load["out"].strip().splitlines()[-1:]
    log("build: reloading the same papers (idempotent merge) ...")
    again = timed(paperkg_cmd() + ["load", str(papers), "--db", str(work / "load.lbdb")])
    res["reload_ladybug_seconds"] = round(again["seconds"], 1)
    shutil.rmtree(work / "load.lbdb", ignore_errors=True) if (work / "load.lbdb").is_dir() else (work / "load.lbdb").unlink(missing_ok=True)

    res["extract_share_seconds"] = round(res["build_seconds"] - res["load_ladybug_seconds"], 1)
    payload = {
        "bench": "build",
        "machine": machine(),
        "corpus": args.corpus,
        "limit": args.limit,
        "result": res,
        "target": {
            "seconds": TARGET_SECONDS, "peak_mb": TARGET_MB,
            "memory_measure": "build_tree_peak_rss_mb",
            "met": res["build_seconds"] < TARGET_SECONDS and res["build_tree_peak_rss_mb"] < TARGET_MB,
        },
    }
    print(json.dumps(res, indent=2))
    print(f"target: build < {TARGET_SECONDS} s and < {TARGET_MB} MB: {verdict(payload)}")
    print(f"wrote {save('build', payload)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
