"""Canned queries: headers agree with the text, errors are QueryErrors, every query's rows on the fixture."""

import re
from pathlib import Path

import pandas as pd
import pytest

from paperkg import queries
from paperkg.errors import QueryError
from paperkg.graph import schema
from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.tables import graph_tables

FIXTURE = Path(__file__).parents[1] / "data" / "small_papers.jsonl"
EVIL = "O'Brien\"}) MATCH (n) DETACH DELETE n // `DROP` RETURN {x}"
DPO = "Direct Preference Optimization"
RLHF = "Reinforcement Learning from Human Feedback"
LISTINGS = {"benchmarks-for-method": {"method": "DPO"}, "methods-on-benchmark": {"benchmark": "MMLU"},
            "co-occurring-methods": {"method": "PPO"}, "entity-sentences": {"entity": "DPO"},
            "paper-proposals": {}, "papers-with-code-per-benchmark": {}, "models-on-benchmark": {"benchmark": "MMLU"},
            "top-benchmarks": {}, "top-datasets": {}, "top-models": {}, "top-methods": {},
            "model-family-usage": {"family": "Llama"}, "papers": {"text": "preference optimization"},
            "rising": {"since": 2024, "min_papers": 1}}
REQUIRED = {"methods-on-benchmark", "benchmarks-for-method", "top-benchmarks", "top-methods", "paper-proposals",
            "related-papers", "co-occurring-methods", "model-family-usage", "paper-entities", "entity-sentences",
            "shortest-connection", "papers-with-code-per-benchmark", "search", "method-benchmark-matrix",
            "top-datasets", "top-models", "models-on-benchmark", "trend", "rising", "papers", "papers-per-year"}
# Every listing of things papers name takes these (the paper filters); 0 / '' mean no bound.
PAPER_FILTERS = ["since", "until", "venue"]


@pytest.fixture(scope="module")
def store(small_store):
    return small_store


def _none(v):
    return None if not isinstance(v, (list, tuple)) and not hasattr(v, "__len__") and pd.isna(v) else v


def rows(store, name, cols, **params):
    df = queries.run(name, store, **params)
    return [tuple(_none(v) for v in r) for r in df[cols].itertuples(index=False)]


def test_all_required_queries_exist():
    assert REQUIRED <= {q.name for q in queries.list_queries()}


@pytest.mark.parametrize("q", queries.all_query_files(), ids=lambda q: f"{q.name}.{q.dialect or 'any'}")
def test_declared_params_equal_used_params(q, store):
    assert q.description
    if not q.first:
        assert set(q.param_names) == q.used_params()
        return
    # A two-step query: its first step takes some of its params; the first step's columns are the rest.
    step = queries.load_query(q.first, q.dialect or "ladybug")
    assert set(step.param_names) <= set(q.param_names)
    outputs = set(queries.run(q.first, store, **{p.name: "x" for p in step.params if p.required}).columns)
    assert outputs
    assert not outputs & set(q.param_names)
    assert q.used_params() <= set(q.param_names) | outputs
    assert set(q.param_names) <= q.used_params() | set(step.param_names)


def test_first_steps_exist_on_every_dialect():
    for q in queries.all_query_files():
        if q.first:
            for d in queries.DIALECTS:
                assert queries.load_query(q.first, d).params


def test_variants_declare_the_same_params():
    for q in queries.list_queries():
        assert [p.name for p in queries.load_query(q.name, "neo4j").params] == q.param_names
        assert [p.name for p in queries.load_query(q.name, "ladybug").params] == q.param_names


def test_unknown_query_and_bad_params(store):
    with pytest.raises(QueryError, match="known queries: .*methods-on-benchmark"):
        queries.run("nope", store)
    with pytest.raises(QueryError, match="needs parameter benchmark"):
        queries.run("methods-on-benchmark", store)
    with pytest.raises(QueryError, match="no parameter colour"):
        queries.run("top-methods", store, colour="red")
    with pytest.raises(QueryError, match="integer"):
        queries.run("top-methods", store, limit="many")


def test_dialect_variants_are_picked():
    assert "SHORTEST" in queries.load_query("shortest-connection", "ladybug").text
    assert "allShortestPaths" in queries.load_query("shortest-connection", "neo4j").text
    assert queries.load_query("model-family-usage", "neo4j").text == queries.load_query("model-family-usage", "ladybug").text


# The only spellings LadybugDB and Neo4j do not share in the variants below (LadybugDB has no type(), labels(),
# toString() or split()); everything else must be the same text, so a fix to one cannot miss the other.
_NEO4J_TO_LADYBUG = [(re.compile(r"\btype\((\w+)\)"), r"label(\1)"), (re.compile(r"\blabels\((\w+)\)\[0\]"), r"label(\1)"),
                     (re.compile(r"\btoString\((\w+)\)"), r"cast(\1 AS STRING)"), (re.compile(r"\bsplit\("), "string_split(")]
SAME_BUT_SPELLING = ["methods-on-benchmark", "benchmarks-for-method", "models-on-benchmark", "top-benchmarks",
                     "top-datasets", "top-models", "top-methods", "co-occurring-methods", "trend", "rising", "papers"]


@pytest.mark.parametrize("name", SAME_BUT_SPELLING)
def test_dialect_variants_differ_only_in_function_spelling(name):
    neo = queries.load_query(name, "neo4j").text
    for pattern, repl in _NEO4J_TO_LADYBUG:
        neo = pattern.sub(repl, neo)
    assert neo == queries.load_query(name, "ladybug").text


def test_listings_take_the_paper_filters():
    for name in sorted(set(LISTINGS) - {"rising"}):
        assert set(PAPER_FILTERS) <= set(queries.load_query(name).param_names), name
    assert {"until", "venue"} <= set(queries.load_query("rising").param_names)


def test_methods_on_benchmark_by_name_alias_key(store):
    want = [(DPO, 2), ("Llama-2-7B", 1), ("Mistral-7B", 1), ("PPO", 1), (RLHF, 1)]
    for name in ("MT-Bench", "mt bench", "MTBench", "mt_bench", "BENCHMARK:MT-BENCH"):
        assert rows(store, "methods-on-benchmark", ["method", "papers"], benchmark=name) == want
    assert rows(store, "methods-on-benchmark", ["method", "kind", "papers", "roles"], benchmark="MMLU") == [
        (DPO, "method", 2, "proposes 1, uses 1"), ("KTO", "method", 1, "proposes 1"),
        ("Llama-2-13B", "model", 1, "uses 1"), ("Llama-2-7B", "model", 1, "uses 1")]
    assert rows(store, "methods-on-benchmark", ["method"], benchmark="no such") == []


def test_methods_on_benchmark_counts_compared_methods_and_models(store):
    # 2310.00001 compares with DPO and evaluates on MT-Bench: by default DPO was evaluated on MT-Bench.
    assert rows(store, "methods-on-benchmark", ["method", "roles"], benchmark="MT-Bench")[0] == (
        DPO, "proposes 1, compares_with 1")
    assert rows(store, "methods-on-benchmark", ["method", "papers", "roles"], benchmark="MT-Bench", role="proposes") == [
        (DPO, 1, "proposes 1")]
    assert rows(store, "methods-on-benchmark", ["method", "roles"], benchmark="gsm8k", role="compares_with") == [
        ("PPO", "compares_with 1")]
    assert rows(store, "methods-on-benchmark", ["method", "kind"], benchmark="SQuAD") == [
        ("BERT", "model"), ("fine-tuning", "method")]
    with pytest.raises(QueryError, match="role cannot be 'usez'.*proposes"):
        queries.run("methods-on-benchmark", store, benchmark="MMLU", role="usez")


def test_models_on_benchmark(store):
    assert rows(store, "models-on-benchmark", ["model", "family", "papers"], benchmark="mmlu") == [
        ("Llama-2-13B", "Llama", 1), ("Llama-2-7B", "Llama", 1)]


def test_evaluation_data_covers_datasets(tmp_path):
    # A resource typed dataset is evaluation data too: the same answers whichever label it gets.
    import json

    lines = FIXTURE.read_text().splitlines()
    relabelled = []
    for line in lines:
        paper = json.loads(line)
        for e in paper["entities"]:
            if e["id"] == "benchmark:mmlu":
                e["id"], e["type"] = "dataset:mmlu", "dataset"
        relabelled.append(json.dumps(paper))
    path = tmp_path / "relabelled.jsonl"
    path.write_text("\n".join(relabelled) + "\n")
    from paperkg.graph.store import open_store

    with open_store() as other:
        other.load(graph_tables(build_graph(read_extracted(path))))
        assert rows(other, "methods-on-benchmark", ["method", "papers"], benchmark="MMLU")[0] == (DPO, 2)
        assert ("MMLU", "dataset", 2) in rows(other, "benchmarks-for-method", ["benchmark", "kind", "papers"], method="DPO")
        assert ("MMLU", "dataset", 2) in rows(other, "top-benchmarks", ["benchmark", "kind", "papers"])


def test_benchmarks_for_method(store):
    assert rows(store, "benchmarks-for-method", ["benchmark", "papers", "roles"], method="dpo") == [
        ("AlpacaEval", 2, "uses 1, compares_with 1"), ("MMLU", 2, "proposes 1, uses 1"),
        ("MT-Bench", 2, "proposes 1, compares_with 1"), ("GSM8K", 1, "uses 1")]
    assert rows(store, "benchmarks-for-method", ["benchmark"], method="DPO", role="proposes") == [("MMLU",), ("MT-Bench",)]
    assert rows(store, "benchmarks-for-method", ["benchmark"], method="Llama 2 7B") == [("AlpacaEval",), ("MMLU",), ("MT-Bench",)]


def test_top_benchmarks_datasets_models_and_methods(store):
    assert rows(store, "top-benchmarks", ["benchmark", "kind", "papers"]) == [
        ("AlpacaEval", "benchmark", 2), ("GSM8K", "benchmark", 2), ("MMLU", "benchmark", 2), ("MT-Bench", "benchmark", 2),
        ("SQuAD", "benchmark", 1)]
    assert rows(store, "top-benchmarks", ["benchmark"], limit=1) == [("AlpacaEval",)]
    assert rows(store, "top-methods", ["method", "papers", "proposed_by", "roles"], limit="3") == [
        (DPO, 4, 1, "proposes 1, uses 2, compares_with 1"), ("PPO", 2, 0, "uses 1, compares_with 1"),
        ("fine-tuning", 1, 0, "uses 1")]  # ties at the cut go by key (method:fine-tuning < method:kto)
    datasets = rows(store, "top-datasets", ["dataset", "kind", "roles"])
    assert ("HH-RLHF", "dataset", "uses 1") in datasets and ("MMLU", "benchmark", "evaluates_on 2") in datasets
    assert len(datasets) == 7
    assert rows(store, "top-models", ["model", "family", "papers"], limit=2) == [("Llama-2-7B", "Llama", 2), ("BERT", None, 1)]


def test_time_and_venue_filters(store):
    assert rows(store, "top-benchmarks", ["benchmark", "first_year", "last_year"], since=2024) == [
        ("AlpacaEval", 2024, 2024), ("SQuAD", 2024, 2024)]
    assert rows(store, "top-benchmarks", ["benchmark"], until=2023) == [("MT-Bench",), ("AlpacaEval",), ("MMLU",)]
    assert rows(store, "top-benchmarks", ["benchmark"], venue="neurips") == [("MMLU",), ("MT-Bench",)]
    assert rows(store, "methods-on-benchmark", ["method"], benchmark="AlpacaEval", since=2024) == [
        (DPO,), ("Llama-2-7B",)]
    assert rows(store, "benchmarks-for-method", ["benchmark", "papers"], method="DPO", venue="NeurIPS") == [
        ("MMLU", 1), ("MT-Bench", 1)]
    assert rows(store, "paper-proposals", ["paper", "year", "venue"], since=2023) == [("2305.18290", 2023, "NeurIPS")]


def test_trend_counts_papers_per_year_and_share(store):
    assert rows(store, "trend", ["entity", "year", "papers", "year_papers", "share"], entity="DPO, llama-2-7b") == [
        (DPO, 2023, 2, 2, 1.0), (DPO, 2024, 1, 2, 0.5), ("Llama-2-7B", 2023, 1, 2, 0.5), ("Llama-2-7B", 2024, 1, 2, 0.5)]
    assert rows(store, "trend", ["year", "papers"], entity="DPO", venue="NeurIPS") == [(2023, 1)]
    assert rows(store, "trend", ["year"], entity="nothing at all") == []
    assert rows(store, "papers-per-year", ["year", "papers"])[:2] == [(2023, 2), (2024, 2)]


def test_rising_ranks_by_share_growth(store):
    got = rows(store, "rising", ["entity", "papers_before", "papers_after", "growth"], since=2024, min_papers=1)
    assert got[0][1:] == (0, 1, 0.5) and got[-1] == (DPO, 2, 1, -0.5)
    assert [g for *_, g in got] == sorted((g for *_, g in got), reverse=True)
    assert rows(store, "rising", ["entity"], since=2024, min_papers=2) == []  # nobody has 2 papers in 2024
    kinds = rows(store, "rising", ["kind"], since=2024, min_papers=1, kind="model,benchmark")
    assert kinds and {k for (k,) in kinds} <= {"model", "benchmark"}
    with pytest.raises(QueryError, match="needs parameter since"):
        queries.run("rising", store)
    with pytest.raises(QueryError, match="integer"):
        queries.run("rising", store, since="last year")


def test_papers_by_words(store):
    assert rows(store, "papers", ["paper", "words", "score"], text="Preference OPTIMIZATION") == [
        ("2305.18290", 2, 13), ("2311.00002", 1, 3)]
    assert rows(store, "papers", ["paper"], text="preference optimization", since=2024) == []
    assert rows(store, "papers", ["paper"], text=EVIL)[0] == ("2312.00003",)
    assert rows(store, "papers", ["paper"], text="   ") == []


def test_paper_proposals(store):
    assert rows(store, "paper-proposals", ["paper", "proposes"]) == [
        ("2305.18290", DPO), ("2311.00002", "KTO"), ("2312.00003", EVIL)]


def test_related_papers(store):
    got = rows(store, "related-papers", ["paper", "year", "shared", "score"], paper="2305.18290")
    assert got == [("2402.00005", 2024, 4, 7.7184), ("2310.00001", 2023, 2, 3.5266), ("2311.00002", None, 2, 3.5266)]
    df = queries.run("related-papers", store, paper="2305.18290")
    assert list(df["shared_entities"][1]) == ["MT-Bench", DPO]  # rarer first


def test_related_papers_skip_hubs(store):
    # With hubs at 2 papers, DPO (4 papers) and win rate (2 papers, kept: not more than 2) ...
    df = queries.run("related-papers", store, paper="2305.18290", hub_papers=2)
    assert list(df["shared_entities"][1]) == ["MT-Bench"]
    assert DPO not in [n for names in df["shared_entities"] for n in names]


def test_co_occurring_methods(store):
    assert rows(store, "co-occurring-methods", ["co_method", "kind", "papers"], method="PPO") == [
        (DPO, "method", 1), ("Mistral-7B", "model", 1), (EVIL, "method", 1), (RLHF, "method", 1)]


def test_model_family_usage(store):
    assert rows(store, "model-family-usage", ["family_papers", "family_models", "model", "papers"], family="LLAMA") == [
        (3, 2, "Llama-2-7B", 2), (3, 2, "Llama-2-13B", 1)]
    assert rows(store, "model-family-usage", ["family_papers", "model"], family="llama", since=2024) == [(1, "Llama-2-7B")]


def test_paper_entities_with_evidence(store):
    df = queries.run("paper-entities", store, paper="2401.00004")
    assert [tuple(r) for r in df[["relation", "type", "entity"]].itertuples(index=False)] == [
        ("ADDRESSES", "Task", "question answering"), ("EVALUATES_ON", "Benchmark", "SQuAD"),
        ("USES", "Method", "fine-tuning"), ("USES", "Model", "BERT")]
    squad = df[df["entity"] == "SQuAD"].iloc[0]
    assert squad["sentence"] == "Results on SQuAD show that simple fine-tuning suffices, e.g. for short answers."
    assert (squad["start"], squad["end"], squad["rule"]) == (64, 69, "gazetteer:benchmarks")


def test_entity_sentences(store):
    assert rows(store, "entity-sentences", ["paper", "title"], entity="ppo")[0] == ("2310.00001", "A Study of RLHF")
    assert rows(store, "entity-sentences", ["paper", "sentence"], entity="Proximal Policy Optimization") == [
        ("2310.00001", "We train Mistral-7B using PPO on the HH-RLHF dataset and evaluate on MT-Bench and AlpacaEval."),
        ("2312.00003", "It is evaluated on GSM8K and compared with PPO.")]


def test_shortest_connection(store):
    got = rows(store, "shortest-connection", ["hops", "path"], source="KTO", target="Llama-2-13B")
    assert got == [(2, "KTO | KTO: Model Alignment as Prospect Theoretic Optimization | Llama-2-13B")]  # a paper by title
    got = rows(store, "shortest-connection", ["hops", "path", "relationships"], source="llama-2-7b", target="Llama")
    assert got == [(1, "Llama-2-7B | Llama", "IN_FAMILY")]
    # By alias and by key, any case
    got = rows(store, "shortest-connection", ["hops", "path", "relationships"],
               source="proximal policy optimization", target="BENCHMARK:MT-BENCH")
    assert got == [(1, "PPO | MT-Bench", "EVALUATED_ON")]
    # Every shortest path, through papers and through the derived EVALUATED_ON
    got = rows(store, "shortest-connection", ["hops", "path", "relationships"], source="ppo", target="MMLU")
    dpo_paper = "Direct Preference Optimization: Your Language Model is Secretly a Reward Model (2023)"
    assert got == [
        (3, f"PPO | A Study of RLHF (2023) | {DPO} | MMLU", "USES | COMPARES_WITH | EVALUATED_ON"),
        (3, f"PPO | AlpacaEval | {DPO} | MMLU", "EVALUATED_ON | EVALUATED_ON | EVALUATED_ON"),
        (3, f"PPO | MT-Bench | {DPO} | MMLU", "EVALUATED_ON | EVALUATED_ON | EVALUATED_ON"),
        (3, f"PPO | MT-Bench | {dpo_paper} | MMLU", "EVALUATED_ON | EVALUATES_ON | EVALUATES_ON")]
    # DPO (4 papers) is a hub once hubs start above 3 papers: only the path through a paper is left.
    assert rows(store, "shortest-connection", ["path"], source="ppo", target="MMLU", hub_papers=3) == [
        (f"PPO | MT-Bench | {dpo_paper} | MMLU",)]
    # ... but a hub may be an end of the path.
    assert rows(store, "shortest-connection", ["hops"], source="DPO", target="MMLU", hub_papers=1) == [(1,)]


def test_shortest_connection_without_a_path(store):
    empty = queries.run("shortest-connection", store, source="no such thing", target="Llama")
    assert list(empty.columns) == ["hops", "path", "relationships"] and len(empty) == 0
    assert len(queries.run("shortest-connection", store, source="DPO", target="direct preference optimization")) == 0


def test_entity_keys_resolves_names_aliases_and_keys(store):
    def pairs(**params):
        df = queries.run("entity-keys", store, **params)[["source_key", "target_key"]]
        return [tuple(r) for r in df.itertuples(index=False)]

    assert pairs(source="DPO", target="llama") == [("method:direct-preference-optimization", "family:llama")]
    assert pairs(source="MT Bench", target="model:LLAMA-2-7B") == [("benchmark:mt-bench", "model:llama-2-7b")]
    assert pairs(source="mtbench", target="LLAMA 2 7B") == [("benchmark:mt-bench", "model:llama-2-7b")]
    assert pairs(source="llama", target="Llama-2-7b") == [("family:llama", "model:llama-2-7b")]
    assert pairs(source="llama", target="LLAMA") == []  # a node is not paired with itself
    assert pairs(source=EVIL, target="nothing") == []  # a hostile name is just a name (it exists: one end only)
    assert pairs(source=EVIL, target="PPO") == [("method:o'brien-\"`match`", "method:ppo")]


def test_path_search_starts_at_the_end_fewer_papers_name(store):
    keys = queries.run("entity-keys", store, source="DPO", target="Llama-2-13B").iloc[0]
    papers = dict(store.run("MATCH (n) WHERE n.key IN [$a, $b] RETURN n.key AS k, n.papers AS p",
                            {"a": keys.source_key, "b": keys.target_key}).values.tolist())
    assert papers[keys.source_key] > papers[keys.target_key]  # DPO is the common end here
    assert (keys.start_key, keys.end_key) == (keys.target_key, keys.source_key)
    # The path reads from source to target whichever end the search started from.
    there = queries.run("shortest-connection", store, source="DPO", target="Llama-2-13B")
    back = queries.run("shortest-connection", store, source="Llama-2-13B", target="DPO")
    assert len(there) >= 1 and there.path.str.startswith("Direct Preference Optimization | ").all()
    flip = lambda text: " | ".join(reversed(text.split(" | ")))  # noqa: E731
    assert sorted(zip(there.path.map(flip), there.relationships.map(flip))) == sorted(zip(back.path, back.relationships))


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_listings_take_a_limit(store, name):
    full = queries.run(name, store, **LISTINGS[name], limit=1000)
    assert len(full) >= 2, "the fixture parameters should list at least two rows"
    first = queries.run(name, store, **LISTINGS[name], limit=1)
    pd.testing.assert_frame_equal(first, full.head(1))
    assert queries.load_query(name).params[-1].name == "limit"


def test_paper_counts_stored_on_nodes(store):
    tables = graph_tables(build_graph(read_extracted(FIXTURE)))
    for label in schema.COUNTED_LABELS:
        key = schema.NODE_BY_LABEL[label].key
        got = store.run(f"MATCH (n:{label}) RETURN n.{key} AS k, n.papers AS papers ORDER BY k")
        want = tables.nodes[label][[key, "papers"]].sort_values(key)
        assert [tuple(r) for r in got.itertuples(index=False)] == [tuple(r) for r in want.itertuples(index=False)]
    dpo = store.run("MATCH (m:Method {key: 'method:direct-preference-optimization'}) RETURN m.papers AS n")
    assert dpo["n"].tolist() == [4]
    repo = store.run("MATCH (r:Repository {url: 'https://github.com/example/dpo'}) RETURN r.papers AS n")
    assert repo["n"].tolist() == [2]


def test_papers_with_code_per_benchmark(store):
    assert rows(store, "papers-with-code-per-benchmark", ["benchmark", "papers", "papers_with_code", "repositories"]) == [
        ("AlpacaEval", 2, 2, 3), ("MT-Bench", 2, 2, 2), ("GSM8K", 2, 1, 1), ("MMLU", 2, 1, 1), ("SQuAD", 1, 0, 0)]


def test_search(store):
    assert rows(store, "search", ["type", "name", "papers"], text="LLAMA") == [
        ("Model", "Llama-2-7B", 2), ("Model", "Llama-2-13B", 1), ("ModelFamily", "Llama", 0)]
    assert rows(store, "search", ["name"], text="proximal") == [("PPO",)]  # alias match


def test_method_benchmark_matrix(store):
    got = rows(store, "method-benchmark-matrix", ["method", "benchmark", "papers"])
    assert len(got) == 12 and (DPO, "MMLU", 2) in got and ("fine-tuning", "SQuAD", 1) in got
    assert got == sorted(got, key=lambda r: (r[0], r[1]))
