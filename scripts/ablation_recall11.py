"""What each recall part of issue 10, session 11 (extract/recall_rules.py) adds: every part switched off alone, and all.

    .venv/bin/python scripts/ablation_recall11.py [--sample CORPUS.jsonl]

Scores typed F1 / R on dev, held-out 1, dev3, dev4, dev5 and dev6, each set extracted on its own as `paperkg extract`
does (scripts/ablation_recall.py's runner). With --sample, also counts the method/dataset/benchmark/model entities
extracted from that corpus. Held-out 2 is never used. A part is switched off with PAPERKG_RECALL11 for the run.
The four textbook algorithms added to data/classical_methods.tsv (A*, IDA*, FFT, Mean Teacher) have no switch.
"""

from __future__ import annotations

import sys

from ablation_recall import switch_ablation_main  # scripts/: the same runner and table as session 4's ablation

PARTS = {
    "spelling variants of list names": "spelling-variant",
    "shared-task names": "shared-task",
    "possessive eponyms": "possessive-eponym",
    "type noun used as a verb": "verb-type-word",
}



def main() -> int:
    return switch_ablation_main(__doc__, "PAPERKG_RECALL11", PARTS, "without all four",
                                ["dev", "held-out 1", "dev3", "dev4", "dev5", "dev6"])


if __name__ == "__main__":
    sys.exit(main())
