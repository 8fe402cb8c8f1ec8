"""Draw a random gold sample of the 73k corpus: COUNT abstracts sampled with SEED, none of them a paper of the given
gold corpora (issue 10).

Deterministic like scripts/sample_heldout2.py, whose ``draw``/``write`` it reuses: random.Random(SEED).sample over
the corpus line numbers (10 candidates per wanted paper), the first COUNT candidates that are not short, not a repeat
and not a paper (same id, title or abstract opening) of the dev gold, the bundled sample or any ``--skip`` corpus.
One script for every such set, so a new set is one invocation, not one more copy of a script.

    # held-out 4 (session 14)
    .venv/bin/python scripts/sample_random_set.py heldout4 20270119 60 --skip heldout heldout2 heldout3 results \\
        dev3 dev4 dev5 dev6 dev7
    # held-out 5 (session 14)
    .venv/bin/python scripts/sample_random_set.py heldout5 20270121 60 --skip heldout heldout2 heldout3 heldout4 \\
        results dev3 dev4 dev5 dev6 dev7
    # held-out 6 (session 15)
    .venv/bin/python scripts/sample_random_set.py heldout6 20270203 60 --skip heldout heldout2 heldout3 heldout4 \\
        heldout5 results dev3 dev4 dev5 dev6 dev7 dev8
    # held-out 7 (session 16)
    .venv/bin/python scripts/sample_random_set.py heldout7 20270301 60 --skip heldout heldout2 heldout3 heldout4 \\
        heldout5 heldout6 results dev3 dev4 dev5 dev6 dev7 dev8

NAME writes tests/data/NAME-corpus.jsonl (or --out FILE); each --skip NAME is tests/data/NAME-corpus.jsonl.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_heldout2 import DATA, draw, write  # noqa: E402

CANDIDATES_PER_PAPER = 10  # sampled line numbers per wanted paper; more than enough after skips


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("name", help="set name: writes tests/data/NAME-corpus.jsonl")
    ap.add_argument("seed", type=int)
    ap.add_argument("count", type=int, help="number of papers")
    ap.add_argument("--skip", nargs="*", default=[], metavar="NAME",
                    help="gold corpora whose papers are skipped: tests/data/NAME-corpus.jsonl")
    ap.add_argument("--out", type=Path, help="write here instead")
    args = ap.parse_args()
    skipped = [DATA / f"{name}-corpus.jsonl" for name in args.skip]
    missing = [str(path) for path in skipped if not path.is_file()]
    if missing:
        ap.error(f"no such gold corpus: {', '.join(missing)}")
    picked = draw(args.seed, args.count, CANDIDATES_PER_PAPER * args.count, skipped)
    write(picked, args.out or DATA / f"{args.name}-corpus.jsonl")


if __name__ == "__main__":
    main()
