"""Integrity of the second held-out gold set (tests/data/gold-heldout2.jsonl, see GOLD-HELDOUT2.md).

Checks the annotations against their corpus only; nothing here runs the extractor on these abstracts.
"""

import json
import re
from pathlib import Path

import pytest

from paperkg.extract.readers import read_corpus

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "heldout2-corpus.jsonl"
GOLD = DATA / "gold-heldout2.jsonl"
TYPES = {"method", "dataset", "benchmark", "model"}
ENTITY_KEYS = {"name", "aliases", "type", "proposed", "optional", "family"}


def load(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            pytest.fail(f"{path.name}:{n}: not JSON ({e})")
    return rows


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
    for g in gold:
        text = (g["title"] or "") + "\n" + g["abstract"]
        where = f"gold-heldout2 n={g['n']}"
        forms = []
        for e in g["entities"]:
            assert ENTITY_KEYS <= set(e) <= ENTITY_KEYS | {"alt_type"}, (where, e)
            assert e["type"] in TYPES, (where, e["name"])
            assert isinstance(e["proposed"], bool) and isinstance(e["optional"], bool), (where, e["name"])
            assert isinstance(e["aliases"], list), (where, e["name"])
            if "alt_type" in e:
                assert {e["type"], e["alt_type"]} == {"method", "model"}, (where, e["name"])
            if e["family"] is not None:
                assert e["type"] == "model" and isinstance(e["family"], str), (where, e["name"])
            for form in [e["name"], *e["aliases"]]:
                assert isinstance(form, str) and form.strip() == form and form, (where, form)
                assert form in text, f"{where}: {form!r} is not in the title or abstract"
                forms.append(form)
        assert len(forms) == len(set(forms)), f"{where}: a surface form is listed twice"
        for url in g["code"]:
            assert url in g["abstract"], f"{where}: code URL {url!r} is not in the abstract"


def test_gold_has_the_documented_counts(gold):
    # GOLD-HELDOUT2.md reports these; an edit to the gold must update the document too.
    core = [e for g in gold for e in g["entities"] if not e["optional"]]
    by_type = {t: sum(e["type"] == t for e in core) for t in sorted(TYPES)}
    assert len(core) == 141
    assert by_type == {"benchmark": 36, "dataset": 4, "method": 89, "model": 12}
    assert sum(e["optional"] for g in gold for e in g["entities"]) == 104
    assert sum(not any(not e["optional"] for e in g["entities"]) for g in gold) == 15
    assert sum(len(g["code"]) for g in gold) == 5
