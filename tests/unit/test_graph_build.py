"""build_graph and graph_tables on the hand-made fixture: exact counts, merges, evidence."""

import json
from pathlib import Path

import networkx as nx
import pytest

from paperkg.errors import InputError
from paperkg.extract.records import Entity, ExtractedPaper, Mention
from paperkg.graph import schema
from paperkg.graph.build import build_graph, read_extracted, sentence_at, sentence_spans
from paperkg.graph.tables import graph_tables

FIXTURE = Path(__file__).parents[1] / "data" / "small_papers.jsonl"

EXPECTED_COUNTS = {
    "Paper": 6, "Method": 6, "Dataset": 2, "Benchmark": 5, "Task": 3, "Metric": 3, "Model": 4,
    "ModelFamily": 2, "Repository": 4, "PROPOSES": 3, "USES": 12, "EVALUATES_ON": 9, "COMPARES_WITH": 2,
    "ADDRESSES": 3, "REPORTS": 4, "HAS_CODE": 5, "IN_FAMILY": 3, "VARIANT_OF": 0, "EVALUATED_ON": 12,
    # the fixture states no results (tests/data/results_papers.jsonl does)
    "Result": 0, "REPORTS_RESULT": 0, "IN_METRIC": 0, "MEASURED_ON": 0, "ACHIEVED_BY": 0,
    "Extraction": 0,  # a table the stores keep for `paperkg build`; the graph itself has none
    "Term": 143,  # the word and name index (graph/terms.py): 89 (word, where) rows and 54 name forms
}


@pytest.fixture(scope="module")
def papers():
    return read_extracted(FIXTURE)


@pytest.fixture(scope="module")
def G(papers):
    return build_graph(papers)


def test_fixture_offsets_are_true(papers):
    for p in papers:
        for e in p.entities:
            for m in e.mentions:
                src = p.title if m.field == "title" else p.abstract
                assert src[m.start:m.end] == m.text


def test_exact_counts(G):
    assert graph_tables(G).counts() == EXPECTED_COUNTS
    assert G.number_of_nodes() == 35


def test_every_type_and_role_covered(papers):
    assert {e.type for p in papers for e in p.entities} == set(schema.LABEL_OF_TYPE)
    assert {e.role for p in papers for e in p.entities} == set(schema.REL_OF_ROLE)


def test_entity_merged_across_papers_with_aliases_unioned(G):
    dpo = G.nodes["Method:method:direct-preference-optimization"]
    assert dpo["name"] == "Direct Preference Optimization"  # first name wins
    assert dpo["aliases"] == ["DPO"]  # "DPO" as a name in paper 2 became an alias, not a duplicate
    assert G.nodes["Benchmark:benchmark:mt-bench"]["aliases"] == ["MT Bench"]
    assert G.nodes["Method:method:ppo"]["aliases"] == ["Proximal Policy Optimization"]
    papers_naming_dpo = {u for u, _ in G.in_edges("Method:method:direct-preference-optimization")
                         if G.nodes[u]["label"] == "Paper"}
    assert len(papers_naming_dpo) == 4


def test_model_family(G):
    assert G.nodes["Model:model:llama-2-7b"]["family"] == "Llama"
    assert G.has_edge("Model:model:llama-2-7b", "ModelFamily:family:llama", key=schema.IN_FAMILY)
    assert G.nodes["ModelFamily:family:llama"] == {"label": "ModelFamily", "key": "family:llama", "name": "Llama"}
    assert G.nodes["Model:model:bert"]["family"] is None
    assert G.out_degree("Model:model:bert") == 0


def test_paper_edges_typed_by_role_with_evidence(G):
    e = G.edges["Paper:2305.18290", "Method:method:direct-preference-optimization", "PROPOSES"]
    assert e["type"] == "PROPOSES"
    assert e["surface"] == "Direct Preference Optimization" and e["start"] == 11 and e["end"] == 41
    assert e["rule"] == "abbreviation" and e["mentions"] == 4 and e["field"] == "abstract"
    assert e["sentence"] == ("We propose Direct Preference Optimization (DPO), a simple method for "
                             "language model alignment.")
    assert len(e["sentences"]) == 3  # DPO is named in all three sentences
    assert G.has_edge("Paper:2310.00001", "Method:method:direct-preference-optimization", key="COMPARES_WITH")
    assert G.has_edge("Paper:2305.18290", "Task:task:language-model-alignment", key="ADDRESSES")
    assert G.has_edge("Paper:2305.18290", "Metric:metric:win-rate", key="REPORTS")
    assert set(G.edges["Paper:2305.18290", "Metric:metric:win-rate", "REPORTS"]) >= {p for p, _ in schema.EVIDENCE_PROPS}


def test_title_only_mention_uses_title_as_sentence(G):
    e = G.edges["Paper:2401.00004", "Task:task:question-answering", "ADDRESSES"]
    assert e["field"] == "title" and e["sentence"] == "Scaling BERT for Question Answering"


def test_evaluated_on_counts_papers(G):
    t = graph_tables(G).rels[("EVALUATED_ON", "Method", "Benchmark")]
    got = {(r.src, r.dst): r.papers for r in t.itertuples()}
    assert got[("method:direct-preference-optimization", "benchmark:mmlu")] == 2
    assert got[("method:kto", "benchmark:gsm8k")] == 1
    # compares_with does not count: paper 2312 compares with PPO and evaluates on GSM8K
    assert ("method:ppo", "benchmark:gsm8k") not in got


def test_repositories_shared_and_scheme_less(G):
    assert G.in_degree("Repository:https://github.com/example/dpo") == 2
    assert "Repository://github.com/example/rlhf-study" in G


def test_tables_columns_follow_schema(G):
    t = graph_tables(G)
    for nt in schema.NODE_TYPES:
        assert list(t.nodes[nt.label].columns) == [p for p, _ in nt.properties]
    for rt in schema.REL_TYPES:
        assert list(t.rels[(rt.type, rt.source, rt.target)].columns) == ["src", "dst"] + [p for p, _ in rt.properties]
    assert t.nodes["Paper"]["year"].tolist()[:2] == [2023, 2023]


def test_entity_without_mentions_and_unknown_type():
    p = ExtractedPaper("x", None, "Nothing here.", [Entity("method:a", "A", "method", "uses"),
                                                   Entity("thing:b", "B", "thing", "uses")])
    G = build_graph([p])
    e = G.edges["Paper:x", "Method:method:a", "USES"]
    assert e["mentions"] == 0 and e["sentence"] is None and e["sentences"] == []
    assert G.number_of_nodes() == 2


def test_same_entity_twice_in_a_paper_pools_mentions():
    text = "We use A. Then A again."
    ents = [Entity("method:a", "A", "method", "uses", mentions=[Mention("A", 7, 8, 0, "r")]),
            Entity("method:a", "A", "method", "uses", mentions=[Mention("A", 15, 16, 1, "r")])]
    G = build_graph([ExtractedPaper("x", None, text, ents)])
    e = G.edges["Paper:x", "Method:method:a", "USES"]
    assert e["mentions"] == 2 and e["sentences"] == ["We use A.", "Then A again."]


def test_sentence_helpers():
    text = "First one. Second, e.g. this one! Third?"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["First one.", "Second, e.g. this one!", "Third?"]
    assert sentence_at(text, 11, 17) == "Second, e.g. this one!"


def test_read_extracted_names_the_bad_line(tmp_path):
    f = tmp_path / "p.jsonl"
    f.write_text(FIXTURE.read_text().splitlines()[0] + "\n{not json\n")
    with pytest.raises(InputError, match=r"p.jsonl:2"):
        read_extracted(f)


def test_build_round_trips_through_jsonl(papers):
    again = [ExtractedPaper.from_dict(json.loads(json.dumps(p.to_dict()))) for p in papers]
    assert nx.utils.graphs_equal(build_graph(again), build_graph(papers))
