"""What each recall decision of issue 10, session 12 (extract/recall_rules.py) adds: every part switched off alone, and all.

    .venv/bin/python scripts/ablation_recall12.py [--sample CORPUS.jsonl]

Scores typed F1 / R on dev, held-out 1 and dev3 ... dev7, each set extracted on its own as `paperkg extract` does
(scripts/ablation_recall.py's runner). With --sample, also counts the method/dataset/benchmark/model entities
extracted from that corpus. Held-out 2 is never used. A part is switched off with PAPERKG_RECALL12 for the run.
"""

from __future__ import annotations

import argparse
import sys

from ablation_recall import env_part_off, print_table  # scripts/: the same runner and table as session 4's ablation

PARTS = {
    "named lower-case long form with a generic head": "generic-head-named",
    "lower-case evaluation is no benchmark": "evaluation-task",
    "pieces of a spelt-out long form": "spelt-acronym",
    "technique noun after 'we focus on X'": "technique-after-focus",
    "title-led short form is the paper's own": "title-led-short-form",
}


def _off(name: str):
    return [env_part_off("PAPERKG_RECALL12", PARTS[name])]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", help="a corpus to count extracted entities on (e.g. random 73k abstracts)")
    args = ap.parse_args()
    sets = ["dev", "held-out 1", "dev3", "dev4", "dev5", "dev6", "dev7"]
    return print_table(_off, list(PARTS), "without all five", sets, args.sample)


if __name__ == "__main__":
    sys.exit(main())
