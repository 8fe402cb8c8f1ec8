"""Session 37 (issue 10, one node per data resource): a data node named as another data node plus a kind word.

Switched with ``PAPERKG_TYPES42`` ("off", a comma list of these part names to switch off, or "on:" and a comma list
of default-off parts). One call, ``join_kind_named42`` in canonical.py right after ``join_same_data_names``:

- ``kind-named``: two groups that both come out as data (dataset or benchmark), one named as the other plus a kind
  word written apart ("Universal Dependencies Treebank" and "Universal Dependencies", "Toronto Face Database" and
  "Toronto Face", "MPQA Corpus" and "MPQA"), are one resource and become one node. The shorter name must itself be a
  data node (no "Penn" data node, so "Penn Treebank" stays whole); a kind word glued to the name ("TwitterCorpus",
  "C4Corpus", "BridgeData") is no kind word; and a shorter name that two different kind words extend ("ABC
  Dataset", "ABC Treebank") is ambiguous and joins neither.

One check, ``intro_crosses_verb42`` in rules.py's ``LIST_INTRO`` loop:

- ``intro-verb``: a list intro whose modifier run between the plural noun and the list opener holds "and" or "or"
  and a proposal verb is no list: "we build two datasets and develop a framework (TDMS-IE)" lists no datasets,
  "methods and design four modules (" no methods. A participle alone stays a modifier ("algorithms proposed for
  combinatorial bandits, including CUCB").
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .lexicon import PROPOSAL_VERBS

TYPES_RULES42 = ("kind-named", "intro-verb")
DEFAULT_OFF42: frozenset[str] = frozenset()

DATA_TYPES42 = ("dataset", "benchmark")
# A kind word's slug -> the kind it names (plural and singular one kind).
KIND_SLUGS42 = {
    "treebank": "treebank", "treebanks": "treebank",
    "corpus": "corpus", "corpora": "corpus",
    "dataset": "dataset", "datasets": "dataset", "data-set": "dataset", "data-sets": "dataset",
    "database": "database", "databases": "database",
    "benchmark": "benchmark", "benchmarks": "benchmark",
    "suite": "suite", "collection": "collection",
}


def _types_off42() -> frozenset[str]:
    from .recall_rules import parts_off_by_default  # here: recall_rules imports rules, which imports this module

    return parts_off_by_default("PAPERKG_TYPES42", TYPES_RULES42, DEFAULT_OFF42)


def part_on42(part: str) -> bool:
    return part not in _types_off42()


def kind_named_pairs42(ids: dict[str, str]) -> list[tuple[str, str]]:
    """(shorter root, longer root) pairs to join, from each group root's final id ("dataset:universal-dependencies")."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for root in sorted(ids):
        typ, _, name_slug = ids[root].partition(":")
        if typ in DATA_TYPES42:
            by_slug[name_slug].append(root)
    partners: dict[str, list[tuple[str, str]]] = defaultdict(list)  # short slug -> (kind, longer root)
    for name_slug in sorted(by_slug):
        for kind_slug in sorted(KIND_SLUGS42):
            if not name_slug.endswith("-" + kind_slug):
                continue
            short = name_slug[:-len(kind_slug) - 1]
            if len(short) >= 2 and short in by_slug:
                partners[short] += [(KIND_SLUGS42[kind_slug], root) for root in by_slug[name_slug]]
    pairs = []
    for short, longer in sorted(partners.items()):
        if len({kind for kind, _ in longer}) != 1:
            continue  # "ABC Dataset" and "ABC Treebank": which one "ABC" is, the names do not say
        pairs += [(by_slug[short][0], root) for _, root in longer]
    return pairs


def join_kind_named42(canon: dict[str, Any], keys: Any) -> bool:
    """Join each kind-named data group into its shorter name's group (``keys.union``); True if any were joined."""
    if not part_on42("kind-named"):
        return False
    pairs = kind_named_pairs42({root: c[0] for root, c in canon.items()})
    for short_root, long_root in pairs:
        keys.union(short_root, long_root)
    return bool(pairs)


_INTRO_VERB42 = re.compile(r"\b(?:and|or)\s+(?:%s)\b" % "|".join(sorted(PROPOSAL_VERBS)))


def intro_crosses_verb42(run: str) -> bool:
    """True if a list intro's modifier run (the text between its noun and its opener) goes on with "and" and a
    proposal verb, so that the bracket or colon belongs to another clause."""
    return bool(_INTRO_VERB42.search(run)) and part_on42("intro-verb")
