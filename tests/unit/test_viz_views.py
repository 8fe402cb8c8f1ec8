"""Views on a small hand-made graph in build_graph's shape: exact node sets, the bound, no mutation."""

from __future__ import annotations

import copy

import networkx as nx
import pandas as pd
import pytest

from paperkg.errors import InputError, QueryError, TooManyNodes
from paperkg.graph import schema
from paperkg.graph.viz import views


def _ev(sentence: str, rule: str = "gazetteer:methods") -> dict:
    return {"sentence": sentence, "rule": rule, "start": 0, "end": 3, "mentions": 1, "sentences": [sentence]}


def make_graph() -> nx.MultiDiGraph:
    """P1 proposes DPO, evaluates on MMLU; P2 uses DPO and PPO on GSM8K; P3 uses SQuAD (dataset AND benchmark)."""
    G = nx.MultiDiGraph()
    for pid in ("P1", "P2", "P3"):
        G.add_node(f"Paper:{pid}", label="Paper", id=pid, title=f"Title of {pid}", abstract=f"Abstract {pid}.")
    ents = [
        ("Method", "method:dpo", "Direct Preference Optimization", ["DPO"]),
        ("Method", "method:ppo", "PPO", []),
        ("Benchmark", "benchmark:mmlu", "MMLU", []),
        ("Benchmark", "benchmark:gsm8k", "GSM8K", []),
        ("Benchmark", "benchmark:squad", "SQuAD", []),
        ("Dataset", "dataset:squad", "SQuAD", []),
        ("Model", "model:llama-2-7b", "Llama-2-7B", []),
    ]
    for label, key, name, aliases in ents:
        G.add_node(f"{label}:{key}", label=label, key=key, name=name, aliases=list(aliases))
    G.add_node("ModelFamily:family:llama", label="ModelFamily", key="family:llama", name="Llama")

    def rel(p, n, t):
        G.add_edge(f"Paper:{p}", n, key=t, type=t, **_ev(f"{p} says {t} {n}."))

    rel("P1", "Method:method:dpo", "PROPOSES")
    rel("P1", "Benchmark:benchmark:mmlu", "EVALUATES_ON")
    rel("P1", "Model:model:llama-2-7b", "USES")
    rel("P2", "Method:method:dpo", "USES")
    rel("P2", "Method:method:ppo", "USES")
    rel("P2", "Benchmark:benchmark:gsm8k", "EVALUATES_ON")
    rel("P3", "Benchmark:benchmark:squad", "EVALUATES_ON")
    rel("P3", "Dataset:dataset:squad", "USES")
    G.add_edge("Model:model:llama-2-7b", "ModelFamily:family:llama", key="IN_FAMILY", type="IN_FAMILY")
    for m, b in (("dpo", "mmlu"), ("dpo", "gsm8k"), ("ppo", "gsm8k")):
        G.add_edge(f"Method:method:{m}", f"Benchmark:benchmark:{b}", key="EVALUATED_ON", type="EVALUATED_ON", papers=1)
    return G


def snapshot(G: nx.Graph):
    return copy.deepcopy(nx.node_link_data(G, edges="edges"))


DPO, PPO = "Method:method:dpo", "Method:method:ppo"
MMLU, GSM, SQB, SQD = "Benchmark:benchmark:mmlu", "Benchmark:benchmark:gsm8k", "Benchmark:benchmark:squad", "Dataset:dataset:squad"
LLAMA, FAM = "Model:model:llama-2-7b", "ModelFamily:family:llama"


def test_neighbourhood_depths_exact():
    G = make_graph()
    assert set(views.neighbourhood(G, "DPO", 0)) == {DPO}
    assert set(views.neighbourhood(G, "DPO", 1)) == {DPO, "Paper:P1", "Paper:P2", MMLU, GSM}
    assert set(views.neighbourhood(G, "DPO", 2)) == {DPO, "Paper:P1", "Paper:P2", MMLU, GSM, PPO, LLAMA}


@pytest.mark.parametrize("focus", ["dpo", "DIRECT preference  optimization", "method:dpo", DPO])
def test_focus_matches_alias_name_key_and_id_ignoring_case(focus):
    assert views.find_nodes(make_graph(), focus) == [DPO]


def test_focus_name_shared_by_two_labels_gives_both():
    G = make_graph()
    assert views.find_nodes(G, "squad") == [SQB, SQD]
    assert set(views.neighbourhood(G, "SQuAD", 1)) == {SQB, SQD, "Paper:P3"}


def test_unknown_focus_suggests_close_names():
    with pytest.raises(InputError, match="did you mean: GSM8K"):
        views.find_nodes(make_graph(), "GSM8")


def test_bipartite_from_derived_edges_exact():
    H = views.bipartite(make_graph())
    assert set(H) == {DPO, PPO, MMLU, GSM}
    assert {(u, v, d["papers"]) for u, v, d in H.edges(data=True)} == {(DPO, MMLU, 1), (DPO, GSM, 1), (PPO, GSM, 1)}
    assert all(d["type"] == schema.EVALUATED_ON for _, _, d in H.edges(data=True))


def test_bipartite_via_papers_agrees_and_works_without_derived_edges():
    G = make_graph()
    G.remove_edges_from([(u, v, k) for u, v, k in G.edges(keys=True) if k == schema.EVALUATED_ON])
    via = views.bipartite(G, via_papers=True)
    fallback = views.bipartite(G)
    expected = {(DPO, MMLU), (DPO, GSM), (PPO, GSM)}
    assert set(via.edges()) == expected and set(fallback.edges()) == expected


def test_query_view_takes_names_from_cells_lists_and_params():
    rows = pd.DataFrame({"method": ["Direct Preference Optimization", "PPO"], "papers": [1, 1],
                         "paper_ids": [["P2"], ["P2"]]})
    H = views.query_view(make_graph(), rows, {"benchmark": "gsm8k"})
    assert set(H) == {DPO, PPO, GSM, "Paper:P2"}
    assert set(H.edges()) == {(DPO, GSM), (PPO, GSM), ("Paper:P2", DPO), ("Paper:P2", PPO), ("Paper:P2", GSM)}


def test_query_view_with_nothing_to_draw_says_so():
    with pytest.raises(QueryError, match="no rows"):
        views.query_view(make_graph(), pd.DataFrame({"method": []}))
    with pytest.raises(QueryError, match="names a node"):
        views.query_view(make_graph(), pd.DataFrame({"method": ["Nope"]}))


def test_top_nodes_by_degree_exact():
    G = make_graph()
    # degrees: DPO 4, GSM 3, P1 3, P2 3, ... ties broken by id
    assert set(views.top_nodes(G, 4)) == {DPO, GSM, "Paper:P1", "Paper:P2"}
    assert set(views.top_nodes(G, 2, labels=["Benchmark"])) == {GSM, MMLU}


def test_bound_refusal_says_how_to_narrow_or_raise():
    with pytest.raises(TooManyNodes) as err:
        views.select_view(make_graph(), max_nodes=5)
    message = str(err.value)
    assert "11 nodes" in message and "bound of 5" in message
    for hint in ("--focus", "--top N", "--max-nodes 11"):
        assert hint in message


def test_select_view_composes_bipartite_focus_and_top():
    G = make_graph()
    assert set(views.select_view(G, bipartite_view=True, focus="gsm8k")) == {GSM, DPO, PPO}
    assert set(views.select_view(G, bipartite_view=True, top=1)) == {GSM}  # DPO and GSM8K tie at 2; ids break ties
    assert views.select_view(G, max_nodes=None).number_of_nodes() == 11


def test_views_never_mutate_the_input_and_return_independent_copies():
    G = make_graph()
    before = snapshot(G)
    outs = [
        views.neighbourhood(G, "dpo", 2),
        views.bipartite(G),
        views.bipartite(G, via_papers=True),
        views.query_view(G, pd.DataFrame({"m": ["PPO"]})),
        views.top_nodes(G, 5),
        views.select_view(G, max_nodes=None),
    ]
    assert snapshot(G) == before
    for H in outs:
        assert H is not G
        for n, d in H.nodes(data=True):
            if isinstance(d.get("aliases"), list):
                d["aliases"].append("CHANGED")
            d["name"] = "changed"
        for _, _, d in H.edges(data=True):
            d["sentence"] = "changed"
    assert snapshot(G) == before


def test_top_nodes_leave_no_node_without_an_edge():
    G = make_graph()
    # Two busy nodes that share no edge with anything else in the top: they give way to linked ones.
    G.add_node("Method:lonely", label="Method", name="Lonely", key="lonely")
    for i in range(6):
        G.add_node(f"Paper:L{i}", label="Paper", id=f"L{i}")
        G.add_edge(f"Paper:L{i}", "Method:lonely", type="USES")
    for n in (2, 3, 5, 8):
        H = views.top_nodes(G, n)
        assert 0 < len(H) <= n
        assert not [v for v in H if H.degree(v) == 0], (n, sorted(H))
    assert "Method:lonely" not in views.top_nodes(G, 3)  # its papers rank below the cut


def test_whole_graph_view_is_its_main_part_and_says_what_it_left_out():
    G = make_graph()
    for i in range(3):  # three tiny fragments: a paper and one method each
        G.add_node(f"Paper:F{i}", label="Paper", id=f"F{i}")
        G.add_node(f"Method:f{i}", label="Method", name=f"F{i}", key=f"f{i}")
        G.add_edge(f"Paper:F{i}", f"Method:f{i}", type="USES")
    H = views.select_view(G, whole_part=True)
    base = make_graph()
    main = max(nx.connected_components(base.to_undirected()), key=len)
    assert set(H) == main
    # make_graph's own small part (P3 and SQuAD, 3 nodes) and the three new ones
    assert H.graph["left_out"] == {"fragments": 4, "nodes": 6 + len(base) - len(main)}
    assert "left_out" not in G.graph and len(G) == len(make_graph()) + 6  # the caller's graph untouched
    assert set(views.select_view(G)) == set(G)  # without whole_part: everything
