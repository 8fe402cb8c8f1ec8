"""Draw a development gold sample (dev3 ... dev8: 40 random abstracts of the 73k corpus) or the third blind held-out
sample (heldout3: 60 abstracts) (issue 10).

Deterministic like scripts/sample_heldout2.py (same text helpers, same skips). Each part has its own seed and
skips every paper of the gold corpora drawn before it, so no gold set shares a paper with another.

    .venv/bin/python scripts/sample_dev.py dev5            # writes tests/data/dev5-corpus.jsonl
    .venv/bin/python scripts/sample_dev.py dev5 OUT.jsonl  # or OUT.jsonl
    .venv/bin/python scripts/sample_dev.py heldout3        # writes tests/data/heldout3-corpus.jsonl (blind, 60)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_heldout2 import DATA, draw, write  # noqa: E402

N_PAPERS = 40
N_CANDIDATES = 400  # sampled line numbers; more than enough after skips
# parts of another size: (papers, sampled line numbers)
SIZES = {"heldout3": (60, 600)}
EARLIER = ("heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl")
# part: (seed, the gold corpora whose papers it skips); dev3 session 5, dev4 session 6, dev5 session 10, dev6 session 11,
# dev7 session 12
PARTS = {
    "dev3": (20261201, EARLIER),
    "dev4": (20261207, EARLIER + ("dev3-corpus.jsonl",)),
    "dev5": (20261231, EARLIER + ("dev3-corpus.jsonl", "dev4-corpus.jsonl")),
    "dev6": (20270101, EARLIER + ("dev3-corpus.jsonl", "dev4-corpus.jsonl", "dev5-corpus.jsonl")),
    "dev7": (20270105, EARLIER + tuple(f"dev{i}-corpus.jsonl" for i in (3, 4, 5, 6))),
    # session 13: the third blind held-out set skips every gold corpus before it
    "heldout3": (20270112, EARLIER + tuple(f"dev{i}-corpus.jsonl" for i in (3, 4, 5, 6, 7))),
    # session 14: dev8 skips every gold corpus before it, held-out 3 included
    "dev8": (20270116, EARLIER + tuple(f"dev{i}-corpus.jsonl" for i in (3, 4, 5, 6, 7)) + ("heldout3-corpus.jsonl",)),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in PARTS:
        sys.exit(f"usage: sample_dev.py {{{','.join(PARTS)}}} [OUT.jsonl]")
    part = sys.argv[1]
    seed, skipped = PARTS[part]
    n_papers, n_candidates = SIZES.get(part, (N_PAPERS, N_CANDIDATES))
    picked = draw(seed, n_papers, n_candidates, [DATA / name for name in skipped])
    write(picked, Path(sys.argv[2]) if len(sys.argv) > 2 else DATA / f"{part}-corpus.jsonl")


if __name__ == "__main__":
    main()
