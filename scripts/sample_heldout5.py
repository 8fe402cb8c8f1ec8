"""Draw the fifth blind held-out gold sample (heldout5: 60 random abstracts of the 73k corpus; issue 10, session 14).

Deterministic like scripts/sample_heldout2.py (same text helpers, same skips): random.Random(SEED).sample over the
corpus line numbers, the first 60 candidates that are not short, not a repeat and not a paper (same id, title or
abstract opening) of the dev gold, the bundled sample or any gold corpus drawn before it (held-out 4 included). A
separate script, not a part of scripts/sample_dev.py, so that dev8, held-out 4 (drawn in the same session) and this
set are added independently.

    .venv/bin/python scripts/sample_heldout5.py            # writes tests/data/heldout5-corpus.jsonl
    .venv/bin/python scripts/sample_heldout5.py OUT.jsonl  # or OUT.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_heldout2 import DATA, draw, write  # noqa: E402

SEED = 20270121
N_PAPERS = 60
N_CANDIDATES = 600  # sampled line numbers; more than enough after skips
# every gold corpus before it: held-out 1-4, the results gold, dev3-dev7 (the dev gold is skipped by draw itself)
SKIPPED = ("heldout-corpus.jsonl", "heldout2-corpus.jsonl", "heldout3-corpus.jsonl",
           "heldout4-corpus.jsonl", "results-corpus.jsonl",
           *(f"dev{i}-corpus.jsonl" for i in (3, 4, 5, 6, 7)))


def main() -> None:
    picked = draw(SEED, N_PAPERS, N_CANDIDATES, [DATA / name for name in SKIPPED])
    write(picked, Path(sys.argv[1]) if len(sys.argv) > 1 else DATA / "heldout5-corpus.jsonl")


if __name__ == "__main__":
    main()
