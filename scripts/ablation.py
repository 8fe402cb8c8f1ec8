"""What each corpus-level part adds, with parts switched off: per-abstract scores and graph-level counts.

    .venv/bin/python scripts/ablation.py --corpus /work/shared/corpus/abstracts-73k.jsonl.gz

The gold abstracts (dev gold over the sample corpus, held-out 1) are resolved *together with* the corpus,
as a user's papers are: corpus-level resolution only matters with a corpus around them (alone, the 55 and 40
gold abstracts give the same scores in every configuration). Held-out 1 is drawn from the 73k corpus, so its
papers are in it already. Held-out 2 is not used: it is scored rarely and never tuned on.

Configurations: per-paper extraction with spellings joined corpus-wide (list entry, spelling variants);
+ senses of short forms (a bare short form resolved to one sense, or kept apart); + the second look for
confirmed names (the product).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = {
    "per-paper + spellings": {"senses": False, "second_look": False},
    "+ senses of short forms": {"senses": True, "second_look": False},
    "+ second look (product)": {"senses": True, "second_look": True},
}


def main() -> int:
    from paperkg.extract.canonical import canonicalise
    from paperkg.extract.evaluate import evaluate
    from paperkg.extract.pipeline import extract_local_all
    from paperkg.extract.readers import read_corpus, sample_corpus_paths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", help="corpus the gold papers are resolved with (e.g. the 73k corpus)")
    ap.add_argument("--limit", type=int, default=0, help="first N papers of --corpus (0: all)")
    ap.add_argument("--n-process", type=int, default=2)
    args = ap.parse_args()
    golds = {"dev": ROOT / "tests/data/gold-dev.jsonl", "held-out 1": ROOT / "tests/data/gold-heldout.jsonl"}
    paths = [str(p) for p in sample_corpus_paths()] + [str(ROOT / "tests/data/heldout-corpus.jsonl")]
    papers = read_corpus(paths).papers
    if args.corpus:
        corpus = read_corpus([args.corpus]).papers
        corpus = corpus[: args.limit] if args.limit else corpus
        have = {p.id for p in papers}
        papers += [p for p in corpus if p.id not in have]
    t0 = time.perf_counter()
    results = extract_local_all(papers, n_process=args.n_process)
    print(f"{len(papers)} papers extracted in {time.perf_counter() - t0:.0f} s "
          f"({'gold abstracts with ' + args.corpus if args.corpus else 'gold abstracts alone'})\n")
    head = " ".join(f"{g + ' F1':>14} {g + ' R':>12}" for g in golds)
    print(f"{'configuration':26} {head} {'nodes':>8} {'links':>8} {'resolve s':>10}")
    for conf, flags in CONFIGS.items():
        t0 = time.perf_counter()
        out = canonicalise(results, **flags)
        seconds = time.perf_counter() - t0
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
            for p in out:
                fh.write(json.dumps(p.to_dict()) + "\n")
        cells = []
        for gold in golds.values():
            r = evaluate(gold, fh.name)
            cells.append(f"{r.typed.f1:14.3f} {r.typed.recall:12.3f}")
        per_node = Counter(e.id for p in out for e in p.entities)
        print(f"{conf:26} {' '.join(cells)} {len(per_node):8d} {sum(per_node.values()):8d} {seconds:10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
