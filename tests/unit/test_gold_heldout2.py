"""Integrity of the second held-out gold set (tests/data/gold-heldout2.jsonl, see GOLD-HELDOUT2.md).

Checks the annotations against their corpus only; nothing here runs the extractor on these abstracts.
"""

import re
from pathlib import Path

import pytest

from paperkg.extract.readers import read_corpus
from gold_checks import TYPES, check_entities, load_jsonl as load  # tests/gold_checks.py

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "heldout2-corpus.jsonl"
GOLD = DATA / "gold-heldout2.jsonl"


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load(CORPUS)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load(GOLD)


def test_corpus_is_70_distinct_normalised_abstracts(corpus):
    assert len(corpus) == 70
    assert len({r["id"] for r in corpus}) == 70
    for r in corpus:
        assert set(r) == {"id", "title", "abstract", "year", "venue"}, r["id"]
        assert len(r["abstract"]) >= 400, r["id"]
        assert r["abstract"] == r["abstract"].strip() and not re.search(r"[\r\n]", r["abstract"]), r["id"]


def test_corpus_shares_no_paper_with_tuned_or_earlier_sets(corpus):
    held1 = load(DATA / "heldout-corpus.jsonl")
    dev = load(DATA / "gold-dev.jsonl")
    ids = {r["id"] for r in held1}
    titles = {(r.get("title") or "").lower() for r in held1 + dev} - {""}
    starts = {r["abstract"][:60] for r in held1 + dev}
    for r in corpus:
        assert r["id"] not in ids, r["id"]
        assert (r["title"] or "").lower() not in titles, r["id"]
        assert r["abstract"][:60] not in starts, r["id"]


def test_gold_pairs_with_corpus_line_by_line(corpus, gold):
    assert len(gold) == len(corpus)
    for n, (g, c) in enumerate(zip(gold, corpus)):
        assert g["n"] == n
        assert g["title"] == c["title"], n
        assert g["abstract"] == c["abstract"], n
        assert g["abstract_start"] == c["abstract"][:80], n


def test_reader_gives_the_gold_texts(gold):
    # `paperkg extract` reads the corpus with this reader; evaluate pairs gold and predictions by abstract.
    result = read_corpus(CORPUS, strict=True)
    assert [p.abstract for p in result.papers] == [g["abstract"] for g in gold]
    assert [p.title for p in result.papers] == [g["title"] for g in gold]


def test_entities_are_well_formed_and_verbatim(gold):
    check_entities(gold, "gold-heldout2")


def test_gold_has_the_documented_counts(gold):
    # GOLD-HELDOUT2.md reports these; an edit to the gold must update the document too.
    core = [e for g in gold for e in g["entities"] if not e["optional"]]
    by_type = {t: sum(e["type"] == t for e in core) for t in sorted(TYPES)}
    assert len(core) == 141
    assert by_type == {"benchmark": 36, "dataset": 4, "method": 89, "model": 12}
    assert sum(e["optional"] for g in gold for e in g["entities"]) == 104
    assert sum(not any(not e["optional"] for e in g["entities"]) for g in gold) == 15
    assert sum(len(g["code"]) for g in gold) == 5
