"""What the mined name lexicon adds (issue 10, session 8): no lexicon; a count-threshold lexicon; the classifier's.

    .venv/bin/python scripts/ablation_mined.py [--counts /tmp/counts.tsv] [--sample CORPUS.jsonl]

Scores typed F1 (P / R) on dev, held-out 1, dev3 and dev4, each set extracted on its own as `paperkg extract`
does. The count-threshold list is made by `scripts/train_name_classifier.py MINED --counts-only -o FILE`.
Held-out 2 is never used. A list is swapped in by replacing the lexicon for the run (nothing changes on disk).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
SETS = {"dev": (None, "gold-dev.jsonl"), "held-out 1": ("heldout-corpus.jsonl", "gold-heldout.jsonl"),
        "dev3": ("dev3-corpus.jsonl", "gold-dev3.jsonl"), "dev4": ("dev4-corpus.jsonl", "gold-dev4.jsonl")}
SCORED = ("method", "model", "dataset", "benchmark")


def main() -> int:
    from paperkg.extract import lexicon_mined, pipeline
    from paperkg.extract.evaluate import evaluate
    from paperkg.extract.readers import read_corpus, sample_corpus_paths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", help="the count-threshold list (TSV)")
    ap.add_argument("--sample", help="a corpus to count extracted entities on")
    args = ap.parse_args()
    data = ROOT / "tests" / "data"
    sets = {}
    for name, (corpus, gold) in SETS.items():
        paths = [str(p) for p in sample_corpus_paths()] if corpus is None else [str(data / corpus)]
        sets[name] = (read_corpus(paths).papers, data / gold)
    sample = read_corpus([args.sample]).papers if args.sample else None
    configs = [("main (no mined lexicon)", lexicon_mined.MinedLexicon({}))]
    if args.counts:
        with open(args.counts, encoding="utf-8") as fh:
            configs.append(("+ mined lexicon, count threshold only", lexicon_mined.MinedLexicon(lexicon_mined.read_names(fh.read()))))
    configs.append(("+ mined lexicon, classifier (shipped)", lexicon_mined.lexicon()))
    print("| configuration | " + " | ".join(f"{n} F1 (P / R)" for n in sets) + (" | entities on the sample |" if sample else " |"))
    print("|" + " --- |" * (len(sets) + 1 + bool(sample)))
    for label, lex in configs:
        with mock.patch.object(lexicon_mined.STEPS, "lexicon", lambda lex=lex: lex):
            cells = []
            for name, (papers, gold) in sets.items():
                out = pipeline.extract_papers(papers)
                with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
                    for p in out:
                        fh.write(json.dumps(p.to_dict()) + "\n")
                t = evaluate(gold, fh.name).typed
                cells.append(f"{t.f1:.3f} ({t.precision:.3f} / {t.recall:.3f})")
            count = ""
            if sample:
                out = pipeline.extract_papers(sample, n_process=2)
                count = f" {sum(e.type in SCORED for p in out for e in p.entities)} |"
        print(f"| {label} | " + " | ".join(cells) + " |" + count, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
