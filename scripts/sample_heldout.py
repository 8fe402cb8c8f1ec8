"""Draw the held-out gold sample: 40 abstracts from the 73k corpus that nobody tuned on.

Deterministic: random.Random(SEED).sample over line numbers, then keep candidates in sampled order,
skipping abstracts under MIN_CHARS and any paper whose title or abstract start also appears in the dev
gold set or the bundled sample corpus (so held-out never overlaps what the extractor was tuned on).

    .venv/bin/python scripts/sample_heldout.py   # writes tests/data/heldout-corpus.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

SEED = 20261123
N_PAPERS = 40
N_CANDIDATES = 400  # sampled line numbers; more than enough after skips
MIN_CHARS = 400
START_CHARS = 60  # abstract prefix compared against dev/sample text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/abstracts-73k.jsonl.gz")
DEV_GOLD = ROOT / "tests" / "data" / "gold-dev.jsonl"
SAMPLE_DIR = ROOT / "extract" / "data" / "sample"
OUT = ROOT / "tests" / "data" / "heldout-corpus.jsonl"


def norm(text: str) -> str:
    """Lowercased, whitespace-collapsed text for overlap checks."""
    return re.sub(r"\s+", " ", text or "").strip().lower()


def clean_abstract(text: str) -> str:
    """The text paperkg's reader keeps: stripped, whitespace runs with a line break made one space."""
    return re.sub(r"[ \t]*[\r\n]\s*", " ", text.strip())


def seen_text() -> tuple[set[str], str]:
    """Titles from dev gold, and one blob of all dev/sample text to search abstract starts in."""
    titles, blobs = set(), []
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("title"):
            titles.add(norm(rec["title"]))
        blobs.append(norm(rec.get("abstract", "")))
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        blobs.append(norm(path.read_text(encoding="utf-8")))
    return titles, "\n".join(blobs)


def main() -> None:
    lines = gzip.open(CORPUS, "rt", encoding="utf-8").read().splitlines()
    titles, blob = seen_text()
    picked = []
    for i in random.Random(SEED).sample(range(len(lines)), N_CANDIDATES):
        rec = json.loads(lines[i])
        title, abstract = rec.get("title") or "", clean_abstract(rec.get("abstract") or "")
        if len(abstract) < MIN_CHARS:
            continue
        if norm(title) in titles or (title and norm(title) in blob) or norm(abstract[:START_CHARS]) in blob:
            continue
        picked.append({"id": rec["id"], "title": title or None, "abstract": abstract})
        if len(picked) == N_PAPERS:
            break
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in picked:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(picked)} papers to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
