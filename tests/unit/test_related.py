"""related_papers: rarity-weighted ranking and explanations."""


import pandas as pd
import pytest

from paperkg.errors import QueryError
from paperkg.graph.related import rank, related_papers



@pytest.fixture(scope="module")
def store(small_store):
    return small_store


def test_related_to_stored_paper(store):
    df = related_papers(store, paper_id="2305.18290", k=2)
    assert df["paper"].tolist() == ["2402.00005", "2310.00001"]
    assert df["explanation"][1] == "shares MT-Bench, Direct Preference Optimization"
    assert df["score"][0] > df["score"][1]


def test_unknown_paper_and_bad_arguments(store):
    with pytest.raises(QueryError, match="no paper with id"):
        related_papers(store, paper_id="nope")
    with pytest.raises(QueryError, match="exactly one"):
        related_papers(store)


def test_rank_prefers_rare_shared_entities():
    rows = pd.DataFrame([
        ("a", "A", "benchmark:popular", "Popular"), ("b", "B", "benchmark:popular", "Popular"),
        ("c", "C", "benchmark:popular", "Popular"), ("c", "C", "benchmark:rare", "Rare"),
    ], columns=["paper", "title", "key", "name"])
    df = rank(rows, k=10)
    assert df["paper"].tolist() == ["c", "a", "b"]
    assert df["explanation"][0] == "shares Rare, Popular"


def test_related_to_text_extracts_on_the_fly(store):
    df = related_papers(store, text="We evaluate Direct Preference Optimization (DPO) on MT-Bench.", k=3)
    assert df["paper"].tolist()[:2] == ["2305.18290", "2310.00001"]  # the two papers with DPO and MT-Bench
    assert df["explanation"][0] == "shares MT-Bench, Direct Preference Optimization"


def test_rank_uses_the_stored_paper_count():
    # One row each, but X is named by 1000 papers in the store and Y by one: the paper sharing Y ranks first.
    rows = pd.DataFrame([("a", "A", "benchmark:x", "X", 1000), ("b", "B", "benchmark:y", "Y", 1)],
                        columns=["paper", "title", "key", "name", "papers"])
    assert rank(rows, k=10)["paper"].tolist() == ["b", "a"]
    assert rank(rows.drop(columns="papers"), k=10)["paper"].tolist() == ["a", "b"]  # counted from the rows: a tie
