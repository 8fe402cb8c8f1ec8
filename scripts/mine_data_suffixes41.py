"""Count, over a corpus, the papers writing each listed data name with an edition / version / variant suffix
(recall41 ``data-suffix``: "BioCreative V", "WIDER FACE", "CIFAR-10-Corrupted") and write those in 3+ papers.

    python scripts/mine_data_suffixes41.py /work/shared/corpus/abstracts-73k.jsonl.gz -o paperkg/extract/data/data_suffixes41.tsv

Abstracts only; every paper of every gold set is left out (``mine_corpus_names.gold_keys``). Counts only.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from paperkg.extract import recall41  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mine_corpus_names import unseen_abstracts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--min", type=int, default=recall41.MIN_PAPERS41)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    for text in unseen_abstracts(args.corpus):
        counts.update(set().union(*(recall41.unit_forms41(text[s:e]) for s, e, _ in recall41.suffix_candidates41(text))))
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# listed data name with a suffix\tpapers writing it (abstracts, gold papers left out)\n")
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if n >= args.min:
                out.write(f"{name}\t{n}\n")


if __name__ == "__main__":
    main()
