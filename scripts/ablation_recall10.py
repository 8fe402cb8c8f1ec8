"""What each recall part of issue 10, session 10 (extract/recall_rules.py) adds: every part switched off alone, and all.

    .venv/bin/python scripts/ablation_recall10.py [--sample CORPUS.jsonl]

Scores typed F1 / R on dev, held-out 1, dev3, dev4 and dev5, each set extracted on its own as `paperkg extract`
does (scripts/ablation_recall.py's runner). With --sample, also counts the method/dataset/benchmark/model entities
extracted from that corpus. Held-out 2 is never used. A part is switched off with PAPERKG_RECALL10 for the run.
The two pattern fixes of the session ("standard" before a name, "3D-<CamelCase>" names) have no switch.
"""

from __future__ import annotations

import sys

from ablation_recall import switch_ablation_main  # scripts/: the same runner and table as session 4's ablation

PARTS = {
    "repeated coinage is no fragment": "reused-coinage",
    "made-up short form proposed once": "proposed-once",
    "capitalised technique gerund": "caps-gerund",
    "long form ending in a kind acronym": "kind-acronym-head",
    "head before for/of": "head-before-of",
}



def main() -> int:
    return switch_ablation_main(__doc__, "PAPERKG_RECALL10", PARTS, "without all five",
                                ["dev", "held-out 1", "dev3", "dev4", "dev5"])


if __name__ == "__main__":
    sys.exit(main())
