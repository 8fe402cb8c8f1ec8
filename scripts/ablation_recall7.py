"""What each per-paper recall part of issue 10 (session 7) adds: every part switched off alone, and all of them.

    .venv/bin/python scripts/ablation_recall7.py [--sample CORPUS.jsonl]

Scores typed F1 / R on dev (the bundled sample with gold-dev), held-out 1, dev3 and dev4, each set extracted on its
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
    """Patches that switch one part off."""
    from paperkg.extract import gazetteer, lexicon, resolve, rules

    original = gazetteer._classical_entries
    session7 = _session7_classical()
    intro_before, caps_before = _before_patterns()

    def classical_without_session7(entries):
        return [e for e in original(entries) if e.id not in session7]

    return {
        "session-7 classical names": [mock.patch.object(gazetteer, "_classical_entries", classical_without_session7)],
        "naming verbs": [mock.patch.object(rules, "naming_verb_spans", lambda t: [])],
        "title lead name": [mock.patch.object(rules, "title_lead_name", lambda t: None)],
        "'datasets, i.e.,' lists": [mock.patch.object(rules, "LIST_INTRO", intro_before)],
        "'X Y Monte Carlo'": [mock.patch.object(rules, "CAPS_HEAD", caps_before)],
        "fusion/aggregation heads": [mock.patch.object(resolve, "METHOD_HEADS", lexicon.METHOD_HEADS - {"fusion", "aggregation"})],
        "'the Corpus of X'": [mock.patch.object(rules, "data_head_first_spans", lambda t: [])],
    }[name]


def _session7_classical() -> frozenset[str]:
    """Ids of the classical entries of the session-7 block (after its header comment in the file)."""
    from importlib import resources

    from paperkg.extract.text import slug

    text = resources.files("paperkg.extract").joinpath("data/classical_methods.tsv").read_text(encoding="utf-8")
    block = text.split("# Added in session 7", 1)[1]
    return frozenset(f"method:{slug(line.split(chr(9))[0])}" for line in block.splitlines()
                     if line.strip() and not line.startswith("#"))


def _before_patterns():
    import re

    from paperkg.extract import rules

    intro = re.compile(rules.LIST_INTRO.pattern.replace("|i\\.e\\.,?|e\\.g\\.,?", ""))
    assert intro.pattern != rules.LIST_INTRO.pattern
    heads = [h for h in rules.CAPS_HEADS if h != "Carlo"]
    caps = re.compile(rf"(?<=[A-Za-z0-9] )(?:{'|'.join(heads)})(?![\\w\\-])")
    return intro, caps


CONFIGS = ["session-7 classical names", "naming verbs", "title lead name", "'datasets, i.e.,' lists",
           "'X Y Monte Carlo'", "fusion/aggregation heads", "'the Corpus of X'"]


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
        "dev4": read_corpus([str(data / "dev4-corpus.jsonl")]).papers,
    }
    golds = {"dev": data / "gold-dev.jsonl", "held-out 1": data / "gold-heldout.jsonl", "dev3": data / "gold-dev3.jsonl",
             "dev4": data / "gold-dev4.jsonl"}
    sample = read_corpus([args.sample]).papers if args.sample else None
    head = " | ".join(f"{n} F1 / R" for n in papers_by_set)
    print(f"| configuration | {head} |" + (" entities on the sample |" if sample else ""))
    print("|" + " --- |" * (len(papers_by_set) + 1 + bool(sample)))
    rows = [("all rules (product)", [])] + [(f"without {c}", _off(c)) for c in CONFIGS]
    rows.append(("without all seven", [p for c in CONFIGS for p in _off(c)]))
    for label, patches in rows:
        cells, count = _run(papers_by_set, golds, sample, patches)
        print(f"| {label} | " + " | ".join(cells) + " |" + (f" {count} |" if sample else ""), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
