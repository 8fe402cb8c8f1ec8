"""What each per-paper recall rule of issue 10 (session 4) adds: every rule switched off alone, and all of them.

    .venv/bin/python scripts/ablation_recall.py [--sample CORPUS.jsonl]

Scores typed F1 / R on dev (the bundled sample with gold-dev), held-out 1 and dev3, each set extracted on its
own as `paperkg extract` does. With --sample, also counts the method/dataset/benchmark/model entities
extracted from that corpus (e.g. a random 5,000 of the 73k corpus): what a rule adds at corpus scale.
Held-out 2 is never used. A rule is switched off by replacing its function for the run (nothing is changed
on disk); the pipeline is rebuilt for each configuration.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
SCORED = ("method", "dataset", "benchmark", "model")


def _off(name: str):
    """Patches that switch one rule off."""
    from paperkg.extract import gazetteer, resolve, rules

    def title_at(title, lead, typ):
        return [(lead[0], lead[1], typ, "rule:title-name")]

    return {
        "classical algorithms list": [mock.patch.object(gazetteer, "_classical_entries", lambda entries: [])],
        "lower-case proposal definition": [mock.patch.object(resolve.PaperResolver, "_proposed_definition",
                                                             staticmethod(lambda *a: False))],
        "title 'X at Y 2019'": [mock.patch.object(rules, "title_name_at_task", title_at)],
        "title that is one name": [mock.patch.object(rules, "title_whole_name", lambda t: None)],
        "capitalised run + technique head": [mock.patch.object(rules, "caps_head_spans", lambda t: [])],
        "'the Sinkhorn algorithm'": [mock.patch.object(rules, "eponym_spans", lambda t: [])],
    }[name]


CONFIGS = ["classical algorithms list", "lower-case proposal definition", "title 'X at Y 2019'",
           "title that is one name", "capitalised run + technique head", "'the Sinkhorn algorithm'"]


def _run(papers_by_set, golds, sample, patches) -> tuple[list[str], int | None]:
    from paperkg.extract import gazetteer, pipeline
    from paperkg.extract.evaluate import evaluate

    with ExitStack() as stack:
        for p in patches:
            stack.enter_context(p)
        gazetteer._load.cache_clear()
        gazetteer._index.cache_clear()
        pipeline._worker_state.cache_clear()
        cells = []
        for name, papers in papers_by_set.items():
            out = pipeline.extract_papers(papers)
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
                for p in out:
                    fh.write(json.dumps(p.to_dict()) + "\n")
            r = evaluate(golds[name], fh.name)
            cells.append(f"{r.typed.f1:.3f} / {r.typed.recall:.3f}")
        count = None
        if sample:
            out = pipeline.extract_papers(sample, n_process=2)
            count = sum(e.type in SCORED for p in out for e in p.entities)
    gazetteer._load.cache_clear()
    gazetteer._index.cache_clear()
    pipeline._worker_state.cache_clear()
    return cells, count


def main() -> int:
    from paperkg.extract.readers import read_corpus, sample_corpus_paths

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", help="a corpus to count extracted entities on (e.g. 5,000 random 73k abstracts)")
    args = ap.parse_args()
    data = ROOT / "tests" / "data"
    papers_by_set = {
        "dev": read_corpus([str(p) for p in sample_corpus_paths()]).papers,
        "held-out 1": read_corpus([str(data / "heldout-corpus.jsonl")]).papers,
        "dev3": read_corpus([str(data / "dev3-corpus.jsonl")]).papers,
    }
    golds = {"dev": data / "gold-dev.jsonl", "held-out 1": data / "gold-heldout.jsonl", "dev3": data / "gold-dev3.jsonl"}
    sample = read_corpus([args.sample]).papers if args.sample else None
    head = " | ".join(f"{n} F1 / R" for n in papers_by_set)
    print(f"| configuration | {head} |" + (" entities on the sample |" if sample else ""))
    print("|" + " --- |" * (len(papers_by_set) + 1 + bool(sample)))
    rows = [("all rules (product)", [])] + [(f"without {c}", _off(c)) for c in CONFIGS]
    rows.append(("without all six (smaller edits stay)", [p for c in CONFIGS for p in _off(c)]))
    for label, patches in rows:
        cells, count = _run(papers_by_set, golds, sample, patches)
        print(f"| {label} | " + " | ".join(cells) + " |" + (f" {count} |" if sample else ""), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
