"""What each recall part of issue 10, session 11 (extract/recall_rules.py) adds: every part switched off alone, and all.

    .venv/bin/python scripts/ablation_recall11.py [--sample CORPUS.jsonl]

Scores typed F1 / R on dev, held-out 1, dev3, dev4, dev5 and dev6, each set extracted on its own as `paperkg extract`
does (scripts/ablation_recall.py's runner). With --sample, also counts the method/dataset/benchmark/model entities
extracted from that corpus. Held-out 2 is never used. A part is switched off with PAPERKG_RECALL11 for the run.
The four textbook algorithms added to data/classical_methods.tsv (A*, IDA*, FFT, Mean Teacher) have no switch.
"""

from __future__ import annotations

import argparse
import sys

from ablation_recall import env_part_off, print_table  # scripts/: the same runner and table as session 4's ablation

PARTS = {
    "spelling variants of list names": "spelling-variant",
    "shared-task names": "shared-task",
    "possessive eponyms": "possessive-eponym",
    "type noun used as a verb": "verb-type-word",
}


def _off(name: str):
    return [env_part_off("PAPERKG_RECALL11", PARTS[name])]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", help="a corpus to count extracted entities on (e.g. random 73k abstracts)")
    args = ap.parse_args()
    return print_table(_off, list(PARTS), "without all four", ["dev", "held-out 1", "dev3", "dev4", "dev5", "dev6"], args.sample)


if __name__ == "__main__":
    sys.exit(main())
