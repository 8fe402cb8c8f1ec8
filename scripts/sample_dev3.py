"""Draw the third development gold sample (dev3): 40 random abstracts of the 73k corpus (issue 10).

Deterministic like scripts/sample_heldout2.py (same text helpers, same skips), with a new seed, and it
also skips every paper of held-out 2 and the results gold, so no gold set shares a paper with another.

    .venv/bin/python scripts/sample_dev3.py   # writes tests/data/dev3-corpus.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_heldout import CORPUS, MIN_CHARS, ROOT, START_CHARS, clean_abstract, norm, seen_text  # noqa: E402

SEED = 20261201
N_PAPERS = 40
N_CANDIDATES = 400  # sampled line numbers; more than enough after skips
DATA = ROOT / "tests" / "data"
OTHER_CORPORA = ("heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl")
OUT = DATA / "dev3-corpus.jsonl"


def excluded() -> tuple[set[str], set[str], str]:
    """Ids, normalised titles and one blob of normalised text of every paper already in a gold set."""
    titles, blob = seen_text()  # dev gold and the bundled sample
    ids, blobs = set(), [blob]
    for name in OTHER_CORPORA:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            ids.add(rec["id"])
            if rec.get("title"):
                titles.add(norm(rec["title"]))
            blobs.append(norm(rec["abstract"]))
    return ids, titles, "\n".join(blobs)


def main() -> None:
    lines = gzip.open(CORPUS, "rt", encoding="utf-8").read().splitlines()
    ids, titles, blob = excluded()
    picked, starts = [], set()
    for i in random.Random(SEED).sample(range(len(lines)), N_CANDIDATES):
        rec = json.loads(lines[i])
        title, abstract = rec.get("title") or "", clean_abstract(rec.get("abstract") or "")
        start = norm(abstract[:START_CHARS])
        if len(abstract) < MIN_CHARS or rec["id"] in ids or start in blob or start in starts:
            continue
        if title and (norm(title) in titles or norm(title) in blob):
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
