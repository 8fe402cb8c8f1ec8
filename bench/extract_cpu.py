"""CPU seconds of each part of one-process extraction, and the output's digest (for A/B runs of two commits).

    python bench/extract_cpu.py --limit 20000 [--write-papers OUT.jsonl]

CPU time (``time.process_time``), not wall time: on a shared machine the wall clock follows the load. To
compare two commits, run this script from a worktree of each at the same time, so both share the load, e.g.
``git worktree add --detach /tmp/base e7198a3`` (with its own venv) and the two commands joined by ``&``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_CORPUS, read_papers  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=20000)
    ap.add_argument("--write-papers", metavar="OUT.jsonl")
    args = ap.parse_args()
    papers = read_papers(args.corpus, args.limit)
    from paperkg.extract.canonical import canonicalise
    from paperkg.extract.pipeline import _extract_papers, _fewer_gc_passes, _worker_state
    from paperkg.extract.results import attach_results

    cpu = time.process_time
    c0, w0 = cpu(), time.perf_counter()
    _worker_state()
    c1 = cpu()
    with _fewer_gc_passes():
        local = _extract_papers(list(papers), n_process=1, progress=False, chunk_size=500)
        c2 = cpu()
        canon = canonicalise(local)
        c3 = cpu()
        out = attach_results(canon)
        c4 = cpu()
    wall = time.perf_counter() - w0
    h = hashlib.sha256()
    fh = open(args.write_papers, "w", encoding="utf-8") if args.write_papers else None
    for p in out:
        line = json.dumps(p.to_dict(), ensure_ascii=False) + "\n"
        h.update(line.encode("utf-8"))
        if fh:
            fh.write(line)
    if fh:
        fh.close()
    import paperkg.extract

    print(f"compiled modules: {', '.join(getattr(paperkg.extract, 'COMPILED', [])) or 'none (plain Python)'}")
    print(f"{len(papers)} abstracts, CPU s: start-up {c1 - c0:.2f}, per paper {c2 - c1:.2f}, canonicalise {c3 - c2:.2f}, "
          f"results {c4 - c3:.2f}, all {c4 - c0:.2f}; wall {wall:.1f} s; digest {h.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
