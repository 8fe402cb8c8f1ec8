"""Draw the second (blind) held-out gold sample: 70 abstracts from the 73k corpus that nobody tuned on.

Deterministic: random.Random(SEED).sample over line numbers, then keep candidates in sampled order,
skipping abstracts under MIN_CHARS and any paper that is already in the first held-out corpus, the dev
gold set or the bundled sample corpus (same id, same title, or the same abstract start), and repeats of a
paper already picked (the corpus has a few papers under two ids).

    .venv/bin/python scripts/sample_heldout2.py   # writes tests/data/heldout2-corpus.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

# Reuse the first sampler's text helpers so both held-out corpora normalise abstracts the same way.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_heldout import CORPUS, MIN_CHARS, ROOT, START_CHARS, clean_abstract, norm, seen_text  # noqa: E402

SEED = 20261130
N_PAPERS = 70
N_CANDIDATES = 700  # sampled line numbers; more than enough after skips
HELDOUT1 = ROOT / "tests" / "data" / "heldout-corpus.jsonl"
OUT = ROOT / "tests" / "data" / "heldout2-corpus.jsonl"


def excluded() -> tuple[set[str], set[str], list[str]]:
    """Ids, normalised titles and normalised texts of every paper the new sample must not contain."""
    titles, blob = seen_text()  # dev gold and the bundled sample
    ids, blobs = set(), [blob]
    for line in HELDOUT1.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        ids.add(rec["id"])
        if rec.get("title"):
            titles.add(norm(rec["title"]))
        blobs.append(norm(rec["abstract"]))
    return ids, titles, blobs


def is_seen(title: str, abstract: str, titles: set[str], blob: str) -> bool:
    start = norm(abstract[:START_CHARS])
    return norm(title) in titles or (bool(title) and norm(title) in blob) or start in blob


def main() -> None:
    lines = gzip.open(CORPUS, "rt", encoding="utf-8").read().splitlines()
    ids, titles, blobs = excluded()
    blob = "\n".join(blobs)
    picked, starts = [], set()
    for i in random.Random(SEED).sample(range(len(lines)), N_CANDIDATES):
        rec = json.loads(lines[i])
        title, abstract = rec.get("title") or "", clean_abstract(rec.get("abstract") or "")
        if len(abstract) < MIN_CHARS or rec["id"] in ids or is_seen(title, abstract, titles, blob):
            continue
        start = norm(abstract[:START_CHARS])
        if start in starts or (title and norm(title) in titles):
            continue
        starts.add(start)
        if title:
            titles.add(norm(title))
        picked.append({"id": rec["id"], "title": title or None, "abstract": abstract,
                       "year": rec.get("year"), "venue": rec.get("venue")})
        if len(picked) == N_PAPERS:
            break
    if len(picked) < N_PAPERS:
        raise SystemExit(f"only {len(picked)} papers after skips; raise N_CANDIDATES")
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in picked:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(picked)} papers to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
