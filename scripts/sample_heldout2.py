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
DATA = ROOT / "tests" / "data"
HELDOUT1 = DATA / "heldout-corpus.jsonl"
OUT = DATA / "heldout2-corpus.jsonl"


def excluded(corpora) -> tuple[set[str], set[str], str]:
    """Ids, normalised titles and one blob of normalised text of the dev gold, the bundled sample and the
    papers of ``corpora`` (JSONL files): what a new sample must not contain."""
    titles, blob = seen_text()  # dev gold and the bundled sample
    ids, blobs = set(), [blob]
    for path in corpora:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            ids.add(rec["id"])
            if rec.get("title"):
                titles.add(norm(rec["title"]))
            blobs.append(norm(rec["abstract"]))
    return ids, titles, "\n".join(blobs)


def draw(seed: int, n_papers: int, n_candidates: int, corpora) -> list[dict]:
    """n_papers papers of the corpus, sampled with ``seed``, none already in ``corpora`` (see excluded) and
    none twice."""
    lines = gzip.open(CORPUS, "rt", encoding="utf-8").read().splitlines()
    ids, titles, blob = excluded(corpora)
    picked, starts = [], set()
    for i in random.Random(seed).sample(range(len(lines)), n_candidates):
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
        if len(picked) == n_papers:
            break
    if len(picked) < n_papers:
        raise SystemExit(f"only {len(picked)} papers after skips; raise the number of candidates")
    return picked


def write(picked: list[dict], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for rec in picked:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(picked)} papers to {out}")


def main() -> None:
    write(draw(SEED, N_PAPERS, N_CANDIDATES, [HELDOUT1]), Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
