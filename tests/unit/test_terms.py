"""The word and name index (graph/terms.py): what a word is, the rows it makes, and that the `papers` query
splits its text into the same words as the index splits papers (checked on a real LadybugDB store)."""

import pytest

from paperkg import queries
from paperkg.extract.records import ExtractedPaper
from paperkg.graph import schema, terms
from paperkg.graph.build import build_graph
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables

# Every separator, quotes, a backslash, tabs, plurals and stop words in one title.
TRICKY = "Self-Attention's \"Pitfalls\" (v2.0):\t[GAT]/{GCN}; Why?! a_b+c=d*e&f|g<h>i~j#k@l%m^n$o`p\\q networks"


def _paper(pid, title, abstract, year=2024):
    return ExtractedPaper(id=pid, title=title, abstract=abstract, year=year, venue="X", entities=[], code=[])


def test_words_split_fold_and_skip():
    assert terms.words("Graph Attention Networks, for the GRAPHS!") == {"graph", "attention", "network"}
    assert terms.words("loss of a bias; x y") == {"loss", "bia"}  # one-letter words and stop words are not words
    assert terms.words("GPT-3.5 (DPO)") == {"gpt", "dpo"}
    assert terms.words(None) == set() and terms.words("") == set()


def test_rows_say_where_a_word_is_and_how_long_the_title_is():
    df = terms.term_rows([("p1", "Graph Attention Networks", "graph models"), ("p2", None, "Graph nets")],
                         [("method:gat", "Graph Attention Network", ["GAT"])])
    got = dict(zip(df["key"], df["ids"]))
    assert got["b3:graph"] == ["p1"] and got["t3:attention"] == ["p1"] and got["t3:network"] == ["p1"]
    assert got["a:model"] == ["p1"] and got["a:graph"] == ["p2"] and got["a:net"] == ["p2"]
    assert got["n:graphattentionnetwork"] == ["method:gat"] and got["n:gat"] == ["method:gat"]
    assert got["n:method:gat"] == ["method:gat"]
    assert list(df["key"]) == sorted(df["key"])


def test_tables_carry_the_index():
    tables = graph_tables(build_graph([_paper("p1", "Graph Attention Networks", "We study graphs.")]))
    assert "b3:graph" in set(tables.nodes[schema.TERM.label]["key"])


@pytest.fixture(scope="module")
def store():
    papers = [_paper("tricky", TRICKY, "Attention networks on graphs."),
              _paper("longer", TRICKY + " revisited again", "Attention networks."),
              _paper("other", "Graph networks", "Nothing about the rest.", year=2020)]
    s = open_store()
    s.load(graph_tables(build_graph(papers)))
    yield s
    s.close()


def test_query_splits_text_like_the_index(store):
    want = terms.words(TRICKY)
    df = queries.run("papers", store, text=TRICKY)
    top = df.iloc[0]
    # Every word found, all in the title, and the title is just those words: the query made the same words.
    assert (top["paper"], top["words"], top["title_words"]) == ("tricky", len(want), len(want))
    in_abstract = want & terms.words("Attention networks on graphs.")
    assert top["score"] == 3 * len(want) + len(in_abstract) + 5 + 10
    assert list(df["paper"])[:2] == ["tricky", "longer"]  # the longer title has the words too, not only them


def test_filters_and_limits(store):
    assert list(queries.run("papers", store, text="graph networks", since=2024)["paper"]) == ["tricky", "longer"]
    assert list(queries.run("papers", store, text="graph networks", until=2020)["paper"]) == ["other"]
    assert list(queries.run("papers", store, text="graph networks", limit=1)["paper"]) == ["other"]
    assert queries.run("papers", store, text="the of and").empty  # stop words only: nothing to look up


def test_a_store_written_before_the_index_gets_it_when_opened_for_writing(tmp_path):
    path = tmp_path / "kg.lbdb"
    with open_store("ladybug", path) as s:
        s.load(graph_tables(build_graph([_paper("p1", "Graph Attention Networks", "On graphs.")])))
        want = s.run("MATCH (t:Term) RETURN t.key AS key, t.ids AS ids ORDER BY key")
        s.run("MATCH (t:Term) DELETE t")  # what an older paperkg left: papers, no index
    with open_store("ladybug", path, read_only=True, upgrade=False) as s:  # a default read-only open fills it too (test_migrate31)
        assert queries.run("papers", s, text="graph attention").empty
    with open_store("ladybug", path) as s:  # a writable open (any load or build) fills it in
        got = s.run("MATCH (t:Term) RETURN t.key AS key, t.ids AS ids ORDER BY key")
        assert got["key"].tolist() == want["key"].tolist() and got["ids"].map(list).tolist() == want["ids"].map(list).tolist()
        assert queries.run("papers", s, text="graph attention")["paper"].tolist() == ["p1"]
