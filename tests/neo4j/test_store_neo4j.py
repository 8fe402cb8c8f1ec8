"""Neo4jStore against a real Neo4j: exact counts, idempotent merges, alias union, injection-proof values."""

from __future__ import annotations

import pytest
from neo4j_query_params import INJECTION_NAME, QUERY_PARAMS

from paperkg import queries
from paperkg.extract.records import Entity, ExtractedPaper, Mention
from paperkg.graph import schema
from paperkg.graph.tables import tables_from_papers

pytestmark = pytest.mark.neo4j

# The small fixture, counted by hand: 6 papers, DPO named 3 times but one node, etc.
FIXTURE_COUNTS = {
    "Paper": 6, "Method": 6, "Dataset": 2, "Benchmark": 5, "Task": 3, "Metric": 3, "Model": 4,
    "ModelFamily": 2, "Repository": 4, "PROPOSES": 3, "USES": 12, "EVALUATES_ON": 9, "COMPARES_WITH": 2,
    "ADDRESSES": 3, "REPORTS": 4, "HAS_CODE": 5, "IN_FAMILY": 3, "VARIANT_OF": 0, "EVALUATED_ON": 12,
    # the fixture states no results (tests/data/results_papers.jsonl does)
    "Result": 0, "REPORTS_RESULT": 0, "IN_METRIC": 0, "MEASURED_ON": 0, "ACHIEVED_BY": 0,
    "Extraction": 0,  # kept for `paperkg build`; a papers.jsonl load has none
    "Term": 143,  # the word and name index (graph/terms.py): 89 (word, where) rows and 54 name forms
}


def answers(store) -> dict:
    """Every canned query with every fixture parameter set, as plain records."""
    out = {}
    for q in queries.list_queries():
        for params in QUERY_PARAMS.get(q.name, []):
            df = queries.run(q.name, store, **params)
            # null as None (a NaN is not equal to another NaN); params as text (some hold lists)
            out[(q.name, repr(sorted(params.items())))] = (list(df.columns), df.astype(object).where(df.notna(), None)
                                                           .to_dict("records"))
    return out


def test_load_small_fixture_exact_counts(store, tables):
    report = store.load(tables)
    assert store.counts() == FIXTURE_COUNTS
    assert tables.counts() == FIXTURE_COUNTS
    assert report.added == FIXTURE_COUNTS
    df = store.run("MATCH (m:Method {key: $k}) RETURN m.name AS name, m.aliases AS aliases",
                   {"k": "method:direct-preference-optimization"})
    assert df.to_dict("records") == [{"name": "Direct Preference Optimization", "aliases": ["DPO"]}]


def test_constraints_exist_for_every_key(store):
    df = store.run("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN *")
    got = {(row["labelsOrTypes"][0], row["properties"][0]) for row in df.to_dict("records")
           if row["type"] == "UNIQUENESS"}
    assert got >= {(nt.label, nt.key) for nt in schema.NODE_TYPES}


def test_load_twice_is_idempotent(store, tables):
    store.load(tables)
    first = (store.counts(), answers(store))
    report = store.load(tables)
    assert report.added == {k: 0 for k in FIXTURE_COUNTS}
    assert (store.counts(), answers(store)) == first


def test_load_in_two_halves_equals_one_load(store, papers):
    store.load(tables_from_papers(papers))
    whole = (store.counts(), answers(store))
    store.clear()
    store.load(tables_from_papers(papers[:3]))
    half = store.counts()
    store.load(tables_from_papers(papers[3:]))
    assert half["Paper"] == 3
    assert (store.counts(), answers(store)) == whole


def test_naive_load_gives_the_same_store(store, tables):
    store.naive_load(tables)
    naive = (store.counts(), answers(store))
    store.clear()
    store.load(tables)
    assert (store.counts(), answers(store)) == naive


def _paper(pid: str, name: str, aliases: list[str], family: str | None = None) -> ExtractedPaper:
    text = f"We use {name}."
    mention = Mention(text=name, start=7, end=7 + len(name), sentence=0, rule="test")
    ent = Entity(id="model:x", name=name, type="model", aliases=aliases, role="uses", family=family,
                 mentions=[mention])
    return ExtractedPaper(id=pid, title=None, abstract=text, entities=[ent], code=[])


def test_aliases_are_merged_as_a_union_and_family_filled(store):
    store.load(tables_from_papers([_paper("p1", "X-1", ["x one"])]))
    store.load(tables_from_papers([_paper("p2", "X One", ["x-1", "x one"], family="Xfam")]))
    df = store.run("MATCH (m:Model {key: 'model:x'}) RETURN m.name AS name, m.aliases AS aliases, m.family AS family")
    # First name wins; the other name becomes an alias; aliases are a sorted set.
    assert df.to_dict("records") == [{"name": "X-1", "aliases": ["X One", "x one", "x-1"], "family": "Xfam"}]
    assert store.counts()["Model"] == 1 and store.counts()["USES"] == 2


HOSTILE = [
    INJECTION_NAME,
    "a'b", 'a"b', "a`b", "}) RETURN 1 //", "x) DETACH DELETE n", "MATCH (n) DELETE n", "$rows", "\\'", "é ü 漢字",
    "line\nbreak", "semi;colon",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_stored_and_queried_verbatim(store, name):
    paper = ExtractedPaper(
        id=name,
        title=name,
        abstract=f"We propose {name} and test it.",
        entities=[Entity(id="method:" + name, name=name, type="method", aliases=[name + "!"], role="proposes",
                         mentions=[Mention(text=name, start=11, end=11 + len(name), sentence=0, rule=name)])],
        code=["https://example.org/" + name],
    )
    store.load(tables_from_papers([paper]))
    counts = store.counts()
    assert counts["Paper"] == 1 and counts["Method"] == 1 and counts["PROPOSES"] == 1 and counts["HAS_CODE"] == 1
    df = queries.run("paper-proposals", store)
    assert df[["paper", "title", "proposes", "key"]].to_dict("records") == [
        {"paper": name, "title": name, "proposes": name, "key": "method:" + name}
    ]
    found = queries.run("search", store, text=name)
    assert found["name"].tolist() == [name]
    assert queries.run("paper-entities", store, paper=name)["rule"].tolist() == [name]
    # The raw run() API with a hostile parameter is just as safe.
    df = store.run("MATCH (m:Method) WHERE m.name = $n RETURN m.aliases AS a", {"n": name})
    assert df["a"].tolist() == [[name + "!"]]


def test_unknown_database_is_a_clear_error(neo4j_uri):
    from paperkg.errors import StoreUnavailable
    from paperkg.graph.store_neo4j import Neo4jStore

    with pytest.raises(StoreUnavailable, match="no such database.*NEO4J_DATABASE"):
        Neo4jStore(uri=neo4j_uri, database="nosuchdb")


def test_run_converts_values_and_keeps_columns_of_empty_results(store):
    df = store.run("MATCH (n:Paper) WHERE n.id = $id RETURN n.id AS id, n.year AS year", {"id": "none"})
    assert list(df.columns) == ["id", "year"] and len(df) == 0
    row = store.run("RETURN 1 AS i, 1.5 AS f, 'x' AS s, [1, 2] AS l, {a: 1} AS m, null AS z, "
                    "date('2024-01-02') AS d").to_dict("records")[0]
    import datetime

    assert row == {"i": 1, "f": 1.5, "s": "x", "l": [1, 2], "m": {"a": 1}, "z": None, "d": datetime.date(2024, 1, 2)}
