"""Result nodes in the graph and the leaderboard / SOTA / per-method queries, on tests/data/results_papers.jsonl."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from paperkg import queries
from paperkg.graph import schema
from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables

FIXTURE = Path(__file__).parents[1] / "data" / "results_papers.jsonl"


@pytest.fixture(scope="module")
def G():
    return build_graph(read_extracted(FIXTURE))


@pytest.fixture(scope="module")
def store(G):
    s = open_store()
    s.load(graph_tables(G))
    yield s
    s.close()


def test_result_nodes_link_paper_metric_dataset_and_method(G):
    results = [n for n, d in G.nodes(data=True) if d["label"] == schema.RESULT.label]
    assert len(results) == 11
    rid = "Result:r2015.1#" + str(read_extracted(FIXTURE)[0].results[1].start)
    d = G.nodes[rid]
    assert (d["value"], d["metric"], d["direction"], d["qualifier"], d["year"]) == (78.3, "top-1 accuracy", "higher", "exact", 2015)
    assert "78.3% top-1 accuracy on ImageNet" in d["sentence"]
    out = {(v, k) for _, v, k in G.out_edges(rid, keys=True)}
    assert out == {("Metric:metric:top-1-accuracy", schema.IN_METRIC), ("Dataset:dataset:imagenet", schema.MEASURED_ON),
                   ("Method:method:residual-network", schema.ACHIEVED_BY)}
    assert G.has_edge("Paper:r2015.1", rid, key=schema.REPORTS_RESULT)


def test_loading_twice_adds_nothing(store, G):
    before = store.counts()
    store.load(graph_tables(G))
    assert store.counts() == before
    assert before["Result"] == 11 and before["REPORTS_RESULT"] == 11 and before["MEASURED_ON"] == 11


def test_leaderboard_best_per_method_in_the_metric_direction(store):
    df = queries.run("leaderboard", store, benchmark="cifar10", metric="Accuracy")
    rows = list(df[["method", "value", "year"]].itertuples(index=False, name=None))
    # WRN's 96.0 is its result; the 93.6 it started from is a baseline and left out; Shake-Shake names no
    # method the extractor linked, so its paper stands for it (method None).
    assert [r[1] for r in rows] == [98.5, 97.1, 96.0, 93.6, 91.2]
    assert rows[0] == ("AutoAugment", 98.5, 2018)
    assert df["evidence"].str.contains("98.5% accuracy on CIFAR-10").iloc[0]
    assert set(df["direction"]) == {"higher"}


def test_leaderboard_names_aliases_keys_and_every_metric(store):
    by_alias = queries.run("leaderboard", store, benchmark="IMAGENET")
    by_key = queries.run("leaderboard", store, benchmark="dataset:imagenet")
    assert list(by_alias["value"]) == list(by_key["value"]) == [83.5, 78.3]
    every = queries.run("leaderboard", store, benchmark="CIFAR 10")
    assert set(every["metric"]) == {"accuracy"}
    assert queries.run("leaderboard", store, benchmark="MNIST")["metric"].tolist() == ["error rate"]
    assert queries.run("leaderboard", store, benchmark="no such benchmark").empty


def test_lower_is_better_sorts_ascending(store):
    extra = queries.run("results-on-benchmark", store, benchmark="mnist")
    assert extra[["value", "direction"]].values.tolist() == [[2.5, "lower"]]


def test_sota_over_time_is_best_per_year(store):
    df = queries.run("sota-over-time", store, benchmark="CIFAR-10", metric="accuracy")
    assert df[["year", "value", "results"]].values.tolist() == [[2015, 93.6, 1], [2016, 96.0, 1], [2017, 97.1, 2], [2018, 98.5, 1]]
    assert df["method"].fillna("-").tolist() == ["Residual Network", "Wide Residual Networks", "-", "AutoAugment"]


def test_results_on_benchmark_every_point(store):
    df = queries.run("results-on-benchmark", store, benchmark="cifar-10", metric="accuracy")
    assert sorted(df["value"]) == [91.2, 93.6, 96.0, 97.1, 98.5]  # the baseline 93.6 of WRN's paper is not a point


def test_results_for_method_keeps_baselines_flagged_and_qualifiers(store):
    df = queries.run("results-for-method", store, method="FastMT")
    assert df[["value", "qualifier", "baseline"]].values.tolist() == [[30.1, "up_to", False], [28.4, "exact", False]]
    assert queries.run("results-for-method", store, method="wide-residual-networks")["value"].tolist() == [96.0]


def test_scores_under_attack_stay_out_of_leaderboards():
    papers = read_extracted(FIXTURE)
    (p,) = [p for p in papers if any(r.value == 98.5 for r in p.results)]
    # the extractor's split for a score measured under an adversarial attack
    p.results = [dataclasses.replace(r, split="under attack") if r.value == 98.5 else r for r in p.results]
    s = open_store()
    try:
        s.load(graph_tables(build_graph(papers)))
        df = queries.run("leaderboard", s, benchmark="cifar10", metric="Accuracy")
        assert list(df["value"]) == [97.1, 96.0, 93.6, 91.2]
        sota = queries.run("sota-over-time", s, benchmark="CIFAR-10", metric="accuracy")
        assert 2018 not in sota["year"].tolist()
    finally:
        s.close()
    p.results = [dataclasses.replace(r, split="oracle") if r.value == 98.5 else r for r in p.results]  # perfect inputs
    s = open_store()
    try:
        s.load(graph_tables(build_graph(papers)))
        assert list(queries.run("leaderboard", s, benchmark="cifar10", metric="Accuracy")["value"]) == [97.1, 96.0, 93.6, 91.2]
    finally:
        s.close()


def test_low_confidence_results_stay_out_of_leaderboards():
    """Session 14's confidence gate: a score whose dataset was guessed from the paper's only one is kept in the graph
    (results-for-method lists it) but not in leaderboard and sota-over-time."""
    papers = read_extracted(FIXTURE)
    (p,) = [p for p in papers if any(r.value == 98.5 for r in p.results)]
    p.results = [dataclasses.replace(r, rule=r.rule + "+dataset:paper") if r.value == 98.5 else r for r in p.results]
    s = open_store()
    try:
        s.load(graph_tables(build_graph(papers)))
        assert list(queries.run("leaderboard", s, benchmark="cifar10", metric="Accuracy")["value"]) == [97.1, 96.0, 93.6, 91.2]
        assert 2018 not in queries.run("sota-over-time", s, benchmark="CIFAR-10", metric="accuracy")["year"].tolist()
        assert 98.5 in queries.run("results-on-benchmark", s, benchmark="CIFAR-10")["value"].tolist()
    finally:
        s.close()
