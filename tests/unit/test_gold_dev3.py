"""Integrity of the third development gold set (tests/data/gold-dev3.jsonl, see GOLD-DEV3.md).

Checks the annotations against their corpus only; nothing here runs the extractor.
"""

from pathlib import Path

import pytest

from gold_checks import (  # tests/gold_checks.py
    TYPES, check_disjoint, check_entities, check_pairs_with_reader, load_jsonl as load,
)

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "dev3-corpus.jsonl"
GOLD = DATA / "gold-dev3.jsonl"


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load(CORPUS)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load(GOLD)


def test_corpus_is_40_papers_no_other_gold_set_has(corpus):
    assert len(corpus) == 40 and len({r["id"] for r in corpus}) == 40
    check_disjoint(corpus, [DATA / n for n in ("heldout-corpus.jsonl", "heldout2-corpus.jsonl", "results-corpus.jsonl",
                                               "gold-dev.jsonl")])


def test_gold_pairs_with_the_corpus_as_the_reader_reads_it(corpus, gold):
    check_pairs_with_reader(CORPUS, corpus, gold)


def test_entities_are_well_formed_and_verbatim(gold):
    check_entities(gold, "gold-dev3")


def test_gold_has_the_documented_counts(gold):
    # GOLD-DEV3.md reports these; an edit to the gold must update the document too.
    core = [e for g in gold for e in g["entities"] if not e["optional"]]
    assert len(core) == 61
    assert {t: sum(e["type"] == t for e in core) for t in sorted(TYPES)} == {
        "benchmark": 13, "dataset": 7, "method": 38, "model": 3}
    assert sum(e["optional"] for g in gold for e in g["entities"]) == 54
    assert sum(not any(not e["optional"] for e in g["entities"]) for g in gold) == 9
    assert sum(len(g["code"]) for g in gold) == 2
