"""How cost grows with one record's size, and what `paperkg check` costs (issue 14; a benchmark, not a test).

    .venv/bin/python bench/bench_limits.py [--store kg.lbdb]

1. `PaperResolver._select` on n overlapping candidates, n doubling: seconds and the ratio to the previous n
   (a linear check stays near 2, the old any()-scan was near 4).
2. Extraction of one adversarial abstract of n characters (names, no sentence break), each n in its own
   process: seconds, peak RSS, ratio; baseline in the same run: the same text through spaCy's tokenizer.
3. `PaperResolver._role` for one entity named m times in one long sentence (m doubling, the sentence growing
   with it): seconds and ratio (linear stays near 2; the old version, a lowered copy of the sentence per
   mention, was near 4).
4. With --store: seconds to digest every table of a store (what `check` recomputes, and a first load records).
Prints one JSON object and saves it as bench/results/limits.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from common import PY, REPO, machine, save

_EXTRACT = """
import json, resource, sys, time
import spacy
from paperkg.extract.records import Paper
from paperkg.extract.pipeline import extract_papers
n = int(sys.argv[1])
unit = "GPT-4 BERT DPO ImageNet GSM8K "
text = (unit * (n // len(unit) + 1))[:n]
extract_papers([Paper("w", "t", "We use DPO on GSM8K.")])  # warm: pipeline and lists loaded
t = time.perf_counter(); extract_papers([Paper("x", "A title", text)]); sec = time.perf_counter() - t
tok = spacy.blank("en").tokenizer
t = time.perf_counter(); tok(text); base = time.perf_counter() - t
print(json.dumps({"chars": n, "seconds": round(sec, 3), "tokenizer_seconds": round(base, 4),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))
"""


def bench_select(sizes: list[int]) -> list[dict]:
    from paperkg.extract.resolve import Candidate, PaperResolver

    out, prev = [], None
    for n in sizes:
        cands = [Candidate(start=3 * i, end=3 * i + 2, field="abstract", source="rule:x", type=None, group=i,
                           priority=0) for i in range(n)]
        cands += [Candidate(start=3 * i + 1, end=3 * i + 3, field="abstract", source="rule:x", type=None,
                            group=n + i, priority=0) for i in range(n)]
        t = time.perf_counter()
        PaperResolver._select(cands)
        sec = time.perf_counter() - t
        out.append({"candidates": 2 * n, "seconds": round(sec, 3), "ratio": round(sec / prev, 2) if prev else None})
        prev = sec
    return out


def bench_role(sizes: list[int]) -> list[dict]:
    from types import SimpleNamespace

    from paperkg.extract.pipeline import _worker_state

    _, resolver = _worker_state()
    clause = "we train Zorblax on mesh data with care, "
    out, prev = [], None
    for m in sizes:
        text = clause * m  # one sentence, the entity in every clause
        mentions = [SimpleNamespace(field="abstract", start=i * len(clause) + 9) for i in range(m)]
        t = time.perf_counter()
        for typ in ("dataset", "method"):
            resolver._role(typ, mentions, {"abstract": text}, {"abstract": [(0, len(text))]}, set())
        sec = time.perf_counter() - t
        out.append({"mentions": m, "chars": len(text), "seconds": round(sec, 4),
                    "ratio": round(sec / prev, 2) if prev else None})
        prev = sec
    return out


def bench_extract(sizes: list[int]) -> list[dict]:
    out, prev = [], None
    for n in sizes:
        res = subprocess.run([PY, "-c", _EXTRACT, str(n)], capture_output=True, text=True, cwd=REPO, check=True)
        row = json.loads(res.stdout.strip().splitlines()[-1])
        row["ratio"] = round(row["seconds"] / prev, 2) if prev else None
        prev = row["seconds"]
        out.append(row)
    return out


def bench_digest(store_path: str) -> dict:
    from paperkg.graph.check import table_digests
    from paperkg.graph.store import open_store

    with open_store("ladybug", store_path, read_only=True) as s:
        papers = s.counts()["Paper"]
        t = time.perf_counter()
        table_digests(s)
        return {"store": store_path, "papers": papers, "seconds": round(time.perf_counter() - t, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="a LadybugDB store to time the table digests on")
    args = ap.parse_args()
    import os

    result = {"machine": machine(), "load_average": os.getloadavg()[0],
              "select": bench_select([25_000, 50_000, 100_000, 200_000]),
              "role": bench_role([2_500, 5_000, 10_000, 20_000]),
              "extract_one_abstract": bench_extract([12_500, 25_000, 50_000, 100_000])}
    if args.store:
        result["digest"] = bench_digest(args.store)
    result["load_average_after"] = os.getloadavg()[0]
    save("limits", result)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "bench"))
    main()
