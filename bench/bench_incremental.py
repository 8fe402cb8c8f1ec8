"""Building a store in parts: a re-run of the same corpus, and 1,000 new abstracts added to a big store.

    python bench/bench_incremental.py [--corpus PATH] [--limit N] [--add 1000] [--workdir DIR] [--base-db STORE]

Baseline in the same run: `paperkg build` of all but the last ADD papers into a fresh store (the one-shot
build). Then, into that store: the same corpus again (nothing new: nothing extracted or written), and the
ADD remaining papers (extracted alone, the whole corpus resolved again, only what changed written back: the
new papers, the stored ones whose resolution changed, the entity nodes that differ). Wall time, and peak
memory of the whole process tree (summed RSS), for each; ratios to the baseline. The machine's load average
is recorded at the start (machine()) and the end: on a shared machine the seconds mean little without it.
With --base-db, a store built earlier from the same base split (by this bench, or `paperkg build base.jsonl`
of the same code) is copied instead of built again; the build row is then null.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import paperkg_cmd, timed  # noqa: E402
from common import DEFAULT_CORPUS, DEFAULT_WORKDIR, log, machine, save  # noqa: E402

TARGET_RERUN_S = 15
TARGET_ADD_S = 30


def split_corpus(corpus: Path, limit: int, add: int, workdir: Path) -> tuple[Path, Path, int]:
    """Write the corpus (its first LIMIT papers) as two JSONL files: all but the last ADD, and the last ADD."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip()]
    if limit:
        lines = lines[:limit]
    base, extra = workdir / "base.jsonl", workdir / "extra.jsonl"
    base.write_text("".join(lines[:-add]), encoding="utf-8")
    extra.write_text("".join(lines[-add:]), encoding="utf-8")
    return base, extra, len(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=0, help="first N papers of the corpus (0: all)")
    ap.add_argument("--add", type=int, default=1000, help="papers added to the built store")
    ap.add_argument("--workdir", default=str(Path(DEFAULT_WORKDIR) / "incremental"))
    ap.add_argument("--base-db", help="copy this store (the base split, built earlier) instead of building it")
    args = ap.parse_args()
    workdir = Path(args.workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    base, extra, total = split_corpus(Path(args.corpus), args.limit, args.add, workdir)
    db = workdir / "kg.lbdb"
    cmd = paperkg_cmd()

    if args.base_db:
        log(f"the one-shot build of {total - args.add} papers: copied from {args.base_db}")
        shutil.copyfile(args.base_db, db)
        memo = Path(args.base_db + ".scans")  # the second look's scan memo beside the store (graph/incremental.py)
        if memo.exists():
            shutil.copyfile(memo, str(db) + ".scans")
        full = None
    else:
        log(f"one-shot build of {total - args.add} papers (baseline)")
        full = timed([*cmd, "build", str(base), "--db", str(db)])
        log(f"  {full['seconds']:.1f} s, tree peak {full['tree_peak_rss_mb']} MB")
    log("the same corpus again")
    rerun = timed([*cmd, "build", str(base), "--db", str(db)])
    assert "nothing new" in rerun["out"], rerun["out"]
    log(f"  {rerun['seconds']:.1f} s")
    log(f"{args.add} new papers")
    added = timed([*cmd, "build", str(extra), "--db", str(db)])
    log(f"  {added['seconds']:.1f} s, tree peak {added['tree_peak_rss_mb']} MB")

    def row(r: dict | None) -> dict | None:
        if r is None:
            return None
        return {"seconds": round(r["seconds"], 2), "tree_rss_peak_mb": r["tree_peak_rss_mb"],
                "ratio_to_build": round(r["seconds"] / full["seconds"], 4) if full else None}

    result = {
        "machine": machine(), "corpus": args.corpus, "base_db": args.base_db, "papers": total, "added": args.add,
        "build": row(full), "rerun": row(rerun), "add": row(added),
        "targets": {"rerun_s": TARGET_RERUN_S, "add_s": TARGET_ADD_S},
        "met": {"rerun": rerun["seconds"] < TARGET_RERUN_S, "add": added["seconds"] < TARGET_ADD_S},
        "load_avg_at_end": list(os.getloadavg()), "add_output": added["out"][-400:], "add_stderr": added.get("err", "")[-400:],
    }
    save("incremental", result)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
