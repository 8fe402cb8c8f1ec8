"""What each recall part of issue 10, session 9 (extract/recall_rules.py) adds: every part switched off alone, and all.

    .venv/bin/python scripts/ablation_recall9.py [--sample CORPUS.jsonl]

Scores typed F1 / R on dev (the bundled sample with gold-dev), held-out 1, dev3 and dev4, each set extracted on its
own as `paperkg extract` does (the table of scripts/ablation_recall.py). With --sample, also counts the
method/dataset/benchmark/model entities extracted from that corpus. Held-out 2 is never used. A rule is switched
off by replacing its function for the run (nothing is changed on disk).
"""

from __future__ import annotations

import argparse
import sys
from unittest import mock

from ablation_recall import print_table  # scripts/: the same runner and table as session 4's ablation

FUNCTIONS = {
    "'approaches such as X, Y' lists": "intro_list_spans",
    "'X and Y data sets' lists": "data_sets_list_spans",
    "'the X Y Dataset'": "capital_data_noun_spans",
    "title lead repeated": "title_repeat_spans",
    "'our method, X,'": "type_comma_name_spans",
    "'X-and-Y, a dataset'": "hyphen_appositive_spans",
    "lower-case definition named again by its short form": "reused_definition_type",
}


def _off(name: str):
    from paperkg.extract import recall_rules

    empty = None if FUNCTIONS[name] == "reused_definition_type" else []  # a decision says None, a rule finds []
    return [mock.patch.object(recall_rules, FUNCTIONS[name], lambda *a: empty)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", help="a corpus to count extracted entities on (e.g. random 73k abstracts)")
    args = ap.parse_args()
    return print_table(_off, list(FUNCTIONS), "without all seven", ["dev", "held-out 1", "dev3", "dev4"], args.sample)


if __name__ == "__main__":
    sys.exit(main())
