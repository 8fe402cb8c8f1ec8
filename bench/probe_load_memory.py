"""Why the embedded load is no longer one transaction: peak memory of the two ways to load the same tables.

    python bench/probe_load_memory.py [PAPERS.jsonl]   # default: the bench work dir's papers.jsonl (73k)

Builds the graph tables once (pickled to the work dir), then loads them into a fresh LadybugDB file in two
fresh processes: (a) every statement in one transaction (how loads worked before), (b) what
`LadybugStore.load` does for a store on disk now: statements committed one by one into a copy of the file
that is renamed over the original at the end. Prints each process's peak RSS and seconds, and the RSS with
only the tables in memory (the baseline both start from). A probe, not part of run_all.
"""

from __future__ import annotations

import json
import pickle
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_WORKDIR, PY, REPO, log  # noqa: E402

WORK = Path(DEFAULT_WORKDIR) / "probe-load"


def step(mode: str) -> None:
    from paperkg.graph.store_ladybug import LadybugStore

    with open(WORK / "tables.pickle", "rb") as fh:
        tables = pickle.load(fh)
    base = int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20
    db = WORK / f"{mode}.lbdb"
    db.unlink(missing_ok=True)
    store = LadybugStore(db)
    t0 = time.perf_counter()
    if mode == "one-transaction":
        derived_free, before = tables.without_derived(), store.counts()
        store._load_in_transaction(lambda s: s._write(derived_free, before))
    else:
        store.load(tables)
    seconds = time.perf_counter() - t0
    counts = store.counts()
    store.close()
    db.unlink(missing_ok=True)
    print(json.dumps({"mode": mode, "seconds": round(seconds, 1), "base_rss_mb": round(base),
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      "papers": counts["Paper"]}))


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--step":
        step(sys.argv[2])
        return 0
    papers = Path(sys.argv[1] if len(sys.argv) > 1 else Path(DEFAULT_WORKDIR) / "full" / "papers.jsonl")
    WORK.mkdir(parents=True, exist_ok=True)
    log(f"probe: tables of {papers} ...")
    from paperkg.cli.graph_cmds import tables_of_jsonl

    _, tables, _ = tables_of_jsonl(str(papers))
    with open(WORK / "tables.pickle", "wb") as fh:
        pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
    del tables
    for mode in ("one-transaction", "copy-and-rename"):
        out = subprocess.run([PY, __file__, "--step", mode], stdout=subprocess.PIPE, text=True, cwd=REPO, check=True)
        print(out.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
