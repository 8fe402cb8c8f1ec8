"""What each recall decision of issue 10, session 12 (extract/recall_rules.py) adds: every part switched off alone, and all.

    .venv/bin/python scripts/ablation_recall12.py [--sample CORPUS.jsonl]

Scores typed F1 / R on dev, held-out 1 and dev3 ... dev7, each set extracted on its own as `paperkg extract` does
(scripts/ablation_recall.py's runner). With --sample, also counts the method/dataset/benchmark/model entities
extracted from that corpus. Held-out 2 is never used. A part is switched off with PAPERKG_RECALL12 for the run.
"""

from __future__ import annotations

import sys

from ablation_recall import switch_ablation_main  # scripts/: the same runner and table as session 4's ablation

PARTS = {
    "named lower-case long form with a generic head": "generic-head-named",
    "lower-case evaluation is no benchmark": "evaluation-task",
    "pieces of a spelt-out long form": "spelt-acronym",
    "technique noun after 'we focus on X'": "technique-after-focus",
    "title-led short form is the paper's own": "title-led-short-form",
}



def main() -> int:
    return switch_ablation_main(__doc__, "PAPERKG_RECALL12", PARTS, "without all five",
                                ["dev", "held-out 1", "dev3", "dev4", "dev5", "dev6", "dev7"])


if __name__ == "__main__":
    sys.exit(main())
