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
import os
import sys
import tempfile
from contextlib import ExitStack, contextmanager
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


@contextmanager
def env_part_off(variable: str, part: str):
    """Adds ``part`` to the switch ``variable`` (PAPERKG_RECALL10, ...; several entered together switch several
    off), then restores it: the ablations of the sessions whose parts read such a switch."""
    old = os.environ.get(variable)
    os.environ[variable] = ",".join(filter(None, [old, part]))
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = old


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


# Development sets: corpus and gold under tests/data ("dev" is the bundled sample with gold-dev).
SETS = {"dev": (None, "gold-dev.jsonl"), "held-out 1": ("heldout-corpus.jsonl", "gold-heldout.jsonl"),
        "dev3": ("dev3-corpus.jsonl", "gold-dev3.jsonl"), "dev4": ("dev4-corpus.jsonl", "gold-dev4.jsonl"),
        "dev5": ("dev5-corpus.jsonl", "gold-dev5.jsonl"), "dev6": ("dev6-corpus.jsonl", "gold-dev6.jsonl"),
        "dev7": ("dev7-corpus.jsonl", "gold-dev7.jsonl")}


def print_table(off, configs: list[str], all_label: str, set_names: list[str], sample_path: str | None) -> int:
    """One Markdown row per configuration: every part on, each part off alone (``off(name)``: its patches), all off."""
    from paperkg.extract.readers import read_corpus, sample_corpus_paths

    data = ROOT / "tests" / "data"
    papers_by_set, golds = {}, {}
    for name in set_names:
        corpus, gold = SETS[name]
        paths = [str(p) for p in sample_corpus_paths()] if corpus is None else [str(data / corpus)]
        papers_by_set[name] = read_corpus(paths).papers
        golds[name] = data / gold
    sample = read_corpus([sample_path]).papers if sample_path else None
    head = " | ".join(f"{n} F1 / R" for n in papers_by_set)
    print(f"| configuration | {head} |" + (" entities on the sample |" if sample else ""))
    print("|" + " --- |" * (len(papers_by_set) + 1 + bool(sample)))
    rows = [("all rules (product)", [])] + [(f"without {c}", off(c)) for c in configs]
    rows.append((all_label, [p for c in configs for p in off(c)]))
    for label, patches in rows:
        cells, count = _run(papers_by_set, golds, sample, patches)
        print(f"| {label} | " + " | ".join(cells) + " |" + (f" {count} |" if sample else ""), flush=True)
    return 0


def switch_ablation_main(doc: str, variable: str, parts: dict[str, str], all_label: str, set_names: list[str]) -> int:
    """The command line of an ablation whose parts each read the switch ``variable`` (sessions 10-12): ``parts``
    maps a part's name to its word in the switch; the table as `print_table`'s."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--sample", help="a corpus to count extracted entities on (e.g. random 73k abstracts)")
    args = ap.parse_args()
    return print_table(lambda name: [env_part_off(variable, parts[name])], list(parts), all_label, set_names,
                       args.sample)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", help="a corpus to count extracted entities on (e.g. 5,000 random 73k abstracts)")
    args = ap.parse_args()
    return print_table(_off, CONFIGS, "without all six (smaller edits stay)", ["dev", "held-out 1", "dev3"], args.sample)


if __name__ == "__main__":
    sys.exit(main())
