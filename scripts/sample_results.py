"""Draw the results gold sample: abstracts from the 73k corpus that state results, and some that state none.

Deterministic: random.Random(SEED).shuffle over line numbers, then a coarse screen sorts each candidate
into "looks like it states a result" (a number with % or next to a metric word in one sentence) or "does
not"; the first N_WITH / N_WITHOUT of each, in shuffled order, are kept. The screen only balances the
sample: whether an abstract states results is decided by hand in gold-results.jsonl, not by this regex.

The first BLIND_WITH + BLIND_WITHOUT papers form the "blind" part: scored once with the first working
extractor and never tuned on. The rest is the "tune" part.

    .venv/bin/python scripts/sample_results.py   # writes tests/data/results-corpus.jsonl

A later blind part is drawn the same way with another seed, leaving out every paper already in
results-corpus.jsonl; it is written to a file of its own, annotated by hand before any extractor runs on it,
then appended to results-corpus.jsonl and gold-results.jsonl:

    .venv/bin/python scripts/sample_results.py --seed 20261201 --part blind2 --with 40 --without 6 -o /tmp/x.jsonl

The third blind part (session 5) also leaves out the other gold sets' papers:

    .venv/bin/python scripts/sample_results.py --seed 20261205 --part blind3 --with 40 --without 5 \
        --exclude tests/data/heldout2-corpus.jsonl --exclude tests/data/dev3-corpus.jsonl -o /tmp/x.jsonl

The fourth (session 6), the same way with --seed 20261206 --part blind4 --with 50 --without 5.
The fifth (session 7) with --seed 20261208 --part blind5 --with 45 --without 5, also leaving out
tests/data/dev4-corpus.jsonl. The sixth (session 8) the same way with --seed 20261215 --part blind6 --with 50 --without 5.
The seventh (session 9) the same way with --seed 20261217 --part blind7 --with 50 --without 5.
The eighth (session 10) the same way with --seed 20261219 --part blind8 --with 50 --without 5.
The tenth (session 12) with --seed 20270107 --part blind10 --with 50 --without 5, also leaving out
tests/data/dev5-corpus.jsonl and tests/data/dev6-corpus.jsonl.
The eleventh (session 13) with --seed 20270109 --part blind11 --with 50 --without 5, also leaving out
tests/data/dev7-corpus.jsonl.
The fourteenth (session 15) with --seed 20270204 --part blind14 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev8 and held-out 1-5).
The fifteenth (session 16) with --seed 20270302 --part blind15 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev8 and held-out 1-6).
The sixteenth (session 17) with --seed 20270403 --part blind16 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev9 and held-out 1-8).
The seventeenth (session 18) with --seed 20270503 --part blind17 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev10 and held-out 1-9).
The eighteenth (session 19) with --seed 20270602 --part blind18 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev10 and held-out 1-10).
The nineteenth (session 20) with --seed 20270703 --part blind19 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev10 and held-out 1-11).
The twentieth (session 21) with --seed 20270802 --part blind20 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev10 and held-out 1-12).
The twenty-first (session 22) with --seed 20270904 --part blind21 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev10 and held-out 1-13).
The twenty-second (session 23) with --seed 20271004 --part blind22 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev10 and held-out 1-14).
The twenty-third (session 24) with --seed 20271104 --part blind23 --with 50 --without 5, leaving out every
tests/data/*-corpus.jsonl (dev3-dev10 and held-out 1-15).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SEED = 20261130
BLIND_WITH, BLIND_WITHOUT = 36, 9
TUNE_WITH, TUNE_WITHOUT = 62, 13
MIN_CHARS = 400

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/abstracts-73k.jsonl.gz")
OTHER_GOLD = [ROOT / "tests" / "data" / "gold-dev.jsonl", ROOT / "tests" / "data" / "heldout-corpus.jsonl"]
OUT = ROOT / "tests" / "data" / "results-corpus.jsonl"

# Coarse screen, deliberately broad: a number with a percent sign, or a number within a few words of a
# metric word, inside one sentence.
METRIC_WORDS = (
    r"accuracy|F1|F-score|F-measure|BLEU|ROUGE|METEOR|CIDEr|mAP|AP|NDS|error|WER|CER|EER|perplexity|PSNR|SSIM|"
    r"FID|AUC|recall|precision|mIoU|IoU|Dice|correlation|MRR|NDCG|hits@\d+|EM|exact match|score|points?"
)
SCREEN = re.compile(
    rf"\d+(?:\.\d+)?\s?%|\b\d+\.\d+\b[^.]{{0,40}}\b(?:{METRIC_WORDS})\b|\b(?:{METRIC_WORDS})\b[^.]{{0,40}}\b\d+\.\d+\b",
    re.IGNORECASE,
)


def clean_abstract(text: str) -> str:
    """The text paperkg's reader keeps: stripped, whitespace runs with a line break made one space."""
    return re.sub(r"[ \t]*[\r\n]\s*", " ", text.strip())


def seen_ids_and_titles() -> tuple[set[str], set[str]]:
    ids, titles = set(), set()
    for path in OTHER_GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            ids.add(str(rec.get("id")))
            titles.add((rec.get("title") or "").strip().lower())
    return ids, titles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--part", help="draw one more part with this name, leaving out papers already in results-corpus.jsonl")
    ap.add_argument("--with", dest="n_with", type=int, default=40, help="abstracts the screen says state results (--part)")
    ap.add_argument("--without", dest="n_without", type=int, default=6, help="abstracts it says state none (--part)")
    ap.add_argument("-o", "--output", type=Path, help="where the new part goes (--part); default stdout")
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="also leave out the papers of this JSONL corpus (--part; repeatable)")
    args = ap.parse_args()
    lines = gzip.open(CORPUS, "rt", encoding="utf-8").read().splitlines()
    ids, titles = seen_ids_and_titles()
    if args.part:
        for path in [OUT, *args.exclude]:
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                ids.add(str(rec["id"]))
                titles.add((rec.get("title") or "").strip().lower())
    order = list(range(len(lines)))
    random.Random(args.seed).shuffle(order)
    with_, without = [], []
    if args.part:
        need_with, need_without = args.n_with, args.n_without
    else:
        need_with, need_without = BLIND_WITH + TUNE_WITH, BLIND_WITHOUT + TUNE_WITHOUT
    for i in order:
        rec = json.loads(lines[i])
        title, abstract = rec.get("title") or "", clean_abstract(rec.get("abstract") or "")
        if len(abstract) < MIN_CHARS or str(rec["id"]) in ids or title.strip().lower() in titles:
            continue
        row = {"id": rec["id"], "title": title or None, "abstract": abstract, "year": rec.get("year"),
               "venue": rec.get("venue")}
        bucket, need = (with_, need_with) if SCREEN.search(abstract) else (without, need_without)
        if len(bucket) < need:
            bucket.append(row)
        if len(with_) == need_with and len(without) == need_without:
            break
    if args.part:
        rows = [json.dumps({**row, "part": args.part}, ensure_ascii=False) for row in with_ + without]
        text = "\n".join(rows) + "\n"
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            print(text, end="")
        return
    blind = with_[:BLIND_WITH] + without[:BLIND_WITHOUT]
    tune = with_[BLIND_WITH:] + without[BLIND_WITHOUT:]
    with OUT.open("w", encoding="utf-8") as fh:
        for part, rows in (("blind", blind), ("tune", tune)):
            for row in rows:
                fh.write(json.dumps({**row, "part": part}, ensure_ascii=False) + "\n")
    print(f"wrote {len(blind)} blind + {len(tune)} tune papers to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
