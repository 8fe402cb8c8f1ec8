"""Draw the fifth development gold sample (dev5): 40 random abstracts of the 73k corpus (issue 10, session 10).

Deterministic like scripts/sample_dev4.py (same text helpers and skips), with a new seed, and it also skips
every paper of dev3 and dev4, so no gold set shares a paper with another.

    .venv/bin/python scripts/sample_dev5.py   # writes tests/data/dev5-corpus.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_heldout2 import DATA, draw, write  # noqa: E402

SEED = 20261231
N_PAPERS = 40
N_CANDIDATES = 400  # sampled line numbers; more than enough after skips
OTHER_CORPORA = ("heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl", "dev3-corpus.jsonl",
                 "dev4-corpus.jsonl")
OUT = DATA / "dev5-corpus.jsonl"


def main() -> None:
    picked = draw(SEED, N_PAPERS, N_CANDIDATES, [DATA / name for name in OTHER_CORPORA])
    write(picked, Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
