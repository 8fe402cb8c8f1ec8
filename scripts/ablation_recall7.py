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
import sys
from unittest import mock

from ablation_recall import print_table  # scripts/: the same runner and table as session 4's ablation


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", help="a corpus to count extracted entities on (e.g. 5,000 random 73k abstracts)")
    args = ap.parse_args()
    return print_table(_off, CONFIGS, "without all seven", ["dev", "held-out 1", "dev3", "dev4"], args.sample)


if __name__ == "__main__":
    sys.exit(main())
