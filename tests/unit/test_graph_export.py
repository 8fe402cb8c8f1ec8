"""Exports are readable back by networkx with the same nodes, edges and attributes."""

import json
from pathlib import Path

import networkx as nx
import pytest

from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.export import export, graph_from_store, read_json
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables

FIXTURE = Path(__file__).parents[1] / "data" / "small_papers.jsonl"


@pytest.fixture(scope="module")
def G():
    return build_graph(read_extracted(FIXTURE))


def test_graphml(tmp_path, G):
    H = nx.read_graphml(export(G, "graphml", tmp_path / "g.graphml"))
    assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()
    assert json.loads(H.nodes["Method:method:direct-preference-optimization"]["aliases"]) == ["DPO"]
    assert H.nodes["Method:method:direct-preference-optimization"]["label"] == "Method"


def test_gexf(tmp_path, G):
    H = nx.read_gexf(export(G, "gexf", tmp_path / "g.gexf"))
    assert set(H.nodes) == set(G.nodes) and H.number_of_edges() == G.number_of_edges()
    node = H.nodes["Method:method:direct-preference-optimization"]
    assert node["label"] == "Direct Preference Optimization" and node["kind"] == "Method"
    relations = {d["relation"] for _, _, d in H.edges(data=True)}
    assert {"PROPOSES", "IN_FAMILY", "EVALUATED_ON", "HAS_CODE"} <= relations


def test_json_node_link_is_lossless(tmp_path, G):
    H = read_json(export(G, "json", tmp_path / "g.json"))
    assert nx.utils.graphs_equal(H, G)


def test_graph_from_store_matches_built_graph(G):
    with open_store() as s:
        s.load(graph_tables(G))
        H = graph_from_store(s)
    assert set(H.nodes) == set(G.nodes)
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    e = ("Paper:2305.18290", "Method:method:direct-preference-optimization", "PROPOSES")
    assert H.edges[e] == G.edges[e]
    assert H.nodes["Paper:2311.00002"]["year"] is None


def test_gexf_keeps_renamed_reserved_attributes(tmp_path, G):
    H = nx.read_gexf(export(G, "gexf", tmp_path / "g.gexf"))
    assert H.nodes["Paper:2305.18290"]["paper_id"] == "2305.18290"
    e = [d for u, v, d in H.edges(data=True) if u == "Paper:2305.18290" and d["relation"] == "PROPOSES"][0]
    assert (e["start_char"], e["end_char"]) == (11, 41)
