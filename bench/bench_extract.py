"""Extraction throughput on the 73k abstracts vs spaCy's tokenizer alone, measured in the same run.

    python bench/bench_extract.py [--corpus PATH] [--limit N] [--no-dask] [--write-papers OUT.jsonl]

Each configuration runs in its own process (own peak RSS). Reading the corpus is timed apart and is not
part of any throughput. Output equality of n_process=2 and Dask with n_process=1 is checked by digest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_CORPUS, emit, log, machine, read_papers, run_step, save  # noqa: E402

TARGET_RATIO = 0.2  # extractor on one process >= 0.2 x tokenizer throughput


def digest(extracted) -> str:
    h = hashlib.sha256()
    for p in extracted:
        h.update(json.dumps(p.to_dict(), ensure_ascii=False).encode("utf-8") + b"\n")
    return h.hexdigest()[:16]


def step(name: str, corpus: str, limit: int | None, write: str | None) -> None:
    t0 = time.perf_counter()
    papers = read_papers(corpus, limit)
    read_s = time.perf_counter() - t0
    n = len(papers)
    res = {"step": name, "papers": n, "read_seconds": round(read_s, 2)}
    if name == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        texts = [p.abstract for p in papers]
        t0 = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        res["seconds"] = time.perf_counter() - t0
        res["tokens"] = tokens
    elif name in ("extract_n1", "extract_n2"):
        import paperkg.extract
        from paperkg.extract.pipeline import extract_papers

        # setup.py's mypyc build; [] when plain Python ran
        res["compiled_modules"] = getattr(paperkg.extract, "COMPILED", [])

        t0 = time.perf_counter()
        out = extract_papers(papers, n_process=1 if name == "extract_n1" else 2)
        res["seconds"] = time.perf_counter() - t0
        res["entities"] = sum(len(p.entities) for p in out)
        res["digest"] = digest(out)
        if write:
            with open(write, "w", encoding="utf-8") as fh:
                for p in out:
                    fh.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
    elif name == "dask_local":
        from paperkg.extract.distributed import dask_client, extract_papers_dask

        t0 = time.perf_counter()
        with dask_client("local") as client:
            res["cluster_start_seconds"] = round(time.perf_counter() - t0, 2)
            t1 = time.perf_counter()
            out = extract_papers_dask(papers, scheduler=client)
            res["extract_seconds"] = round(time.perf_counter() - t1, 2)
        res["seconds"] = time.perf_counter() - t0  # cluster start-up included: that is what a user waits
        res["entities"] = sum(len(p.entities) for p in out)
        res["digest"] = digest(out)
    else:
        raise SystemExit(f"unknown step {name}")
    res["per_second"] = round(n / res["seconds"], 1)
    res["seconds"] = round(res["seconds"], 2)
    emit(res)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N abstracts")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    ap.add_argument("--no-n2", action="store_true", help="skip the n_process=2 run")
    ap.add_argument("--write-papers", metavar="OUT.jsonl", help="write the n_process=1 output here")
    ap.add_argument("--step", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        step(args.step, args.corpus, args.limit, args.write_papers)
        return 0

    me = Path(__file__)
    extra = ["--corpus", args.corpus] + (["--limit", str(args.limit)] if args.limit else [])
    steps = ["tokenizer", "extract_n1"] + ([] if args.no_n2 else ["extract_n2"]) + ([] if args.no_dask else ["dask_local"])
    runs = {}
    for name in steps:
        log(f"extract: {name} ...")
        more = ["--write-papers", args.write_papers] if (name == "extract_n1" and args.write_papers) else []
        runs[name] = run_step(me, name, *extra, *more)
        log(f"extract: {name}: {runs[name]['per_second']} abstracts/s in {runs[name]['seconds']} s, "
            f"peak {runs[name]['peak_rss_mb']} MB (largest child {runs[name]['peak_child_rss_mb']} MB)")
    base = runs["tokenizer"]["per_second"]
    for name, r in runs.items():
        r["ratio_to_tokenizer"] = round(r["per_second"] / base, 4)
    if "extract_n1" in runs:
        for name in ("extract_n2", "dask_local"):
            if name in runs:
                runs[name]["speedup_vs_n1"] = round(runs[name]["per_second"] / runs["extract_n1"]["per_second"], 2)
                runs[name]["same_output_as_n1"] = runs[name]["digest"] == runs["extract_n1"]["digest"]
    ratio = runs["extract_n1"]["ratio_to_tokenizer"]
    payload = {
        "bench": "extract",
        "machine": machine(),
        "corpus": args.corpus,
        "limit": args.limit,
        "runs": runs,
        "target": {"ratio_to_tokenizer_n1": TARGET_RATIO, "measured": ratio, "met": ratio >= TARGET_RATIO},
        "compiled": bool(runs["extract_n1"].get("compiled_modules")),
    }
    print(f"{'step':<12} {'abstracts/s':>12} {'seconds':>9} {'peak MB':>8} {'child MB':>9} {'x tokenizer':>12}")
    for name, r in runs.items():
        print(f"{name:<12} {r['per_second']:>12} {r['seconds']:>9} {r['peak_rss_mb']:>8} "
              f"{r['peak_child_rss_mb']:>9} {r['ratio_to_tokenizer']:>12}")
    print(f"target: extractor (n_process=1) >= {TARGET_RATIO} x tokenizer; measured {ratio} -> "
          f"{'met' if ratio >= TARGET_RATIO else 'MISSED'} ({'compiled' if payload['compiled'] else 'plain Python'} "
          f"extraction modules)")
    print(f"wrote {save('extract', payload)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
