"""The variant link (schema.VARIANT_OF, docs/history/family30.md): a method variant's ``family`` (its base's
node id, extract/senses29.py) loaded as (Method)-[:VARIANT_OF]->(Method) by the networkx build, every load path
(one-shot, merge, replace, incremental build) and the canned queries."""

from __future__ import annotations

import json

import pytest
from family30_cases import (  # tests/family30_cases.py
    NO_BASE, NO_VARIANT, PAPERS, PCA, RAW, REBASED, RPCA, SPCA, SVD, entity, paper, replaced, variant_pairs,
    write_jsonl,
)
from incremental_cases import snapshot  # tests/incremental_cases.py

from paperkg import queries
from paperkg.cli import main
from paperkg.errors import InputError
from paperkg.extract.records import ExtractedPaper
from paperkg.graph import schema
from paperkg.graph.build import VARIANT_LINKS_DROPPED, build_graph, read_extracted
from paperkg.graph.contract import contract_problem
from paperkg.graph.export_neo4j_csv import write_neo4j_csv
from paperkg.graph.incremental import node_rows, variant_pairs as incremental_pairs
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables, tables_from_papers


def _papers(rows):
    return [ExtractedPaper.from_dict(r) for r in rows]


def _edges(G):
    return sorted((G.nodes[u]["key"], G.nodes[v]["key"]) for u, v, k in G.edges(keys=True) if k == schema.VARIANT_OF)


# -- networkx build ---------------------------------------------------------------------------------------


def test_build_links_each_variant_to_its_base_once():
    G = build_graph(_papers(PAPERS))
    # robust PCA is a variant in two papers: one relationship; the base's own node has none.
    assert _edges(G) == [(RPCA, PCA), (SPCA, PCA)]
    assert G.graph[VARIANT_LINKS_DROPPED] == 0
    rels = graph_tables(G).rels[(schema.VARIANT_OF, "Method", "Method")]
    assert list(zip(rels["src"], rels["dst"])) == [(RPCA, PCA), (SPCA, PCA)]
    # The base's papers count is its own (no variant folded in).
    assert graph_tables(G).nodes["Method"].set_index("key").loc[PCA, schema.PAPERS] == 1


def test_links_to_a_base_no_paper_names_or_of_another_type_are_dropped_and_counted(capsys):
    a = "We propose kernel SVM and sparse PCA and a sparse corpus."
    rows = [paper("x1", 2020, a, [entity(a, "method:kernel-svm", "kernel SVM", family="method:support-vector-machine"),
                                  entity(a, SPCA, "sparse PCA", family="task:principal-component-analysis"),
                                  entity(a, "dataset:sparse-corpus", "sparse corpus", family=SPCA)]),
            paper("x2", 2020, "We study principal component analysis.",
                  [entity("We study principal component analysis.", "task:principal-component-analysis",
                          "principal component analysis")])]
    G = build_graph(_papers(rows))
    assert _edges(G) == []  # no SVM node; a base typed task; a variant typed dataset
    assert G.graph[VARIANT_LINKS_DROPPED] == 3
    tables_from_papers(_papers(rows))
    assert "3 variant links" in capsys.readouterr().err


def test_model_family_stays_in_family_not_variant_of():
    a = "We fine-tune Llama-2-7B."
    G = build_graph(_papers([paper("m1", 2023, a, [entity(a, "model:llama-2-7b", "Llama-2-7B", family="Llama")])]))
    assert _edges(G) == [] and G.graph[VARIANT_LINKS_DROPPED] == 0
    assert G.has_edge("Model:model:llama-2-7b", "ModelFamily:family:llama", key=schema.IN_FAMILY)


@pytest.mark.parametrize("rows", [PAPERS, replaced(PAPERS, REBASED), replaced(PAPERS, NO_VARIANT),
                                  replaced(PAPERS, NO_BASE)])
def test_incremental_pairs_equal_the_build(rows):
    papers = _papers(rows)
    nodes, _ = node_rows(papers, {})
    assert incremental_pairs(papers, nodes["Method"]) == _edges(build_graph(papers))


# -- the papers.jsonl contract ---------------------------------------------------------------------------


@pytest.mark.parametrize("family, ok", [(PCA, True), ("task:principal-component-analysis", True), (None, True),
                                        ("PCA", False), ("model:llama", False), ("method:", False),
                                        ("widget:pca", False), (RPCA, False)])
def test_contract_a_non_model_family_names_another_entity(family, ok):
    row = json.loads(json.dumps(PAPERS[1]))
    row["entities"][0]["family"] = family
    problem = contract_problem(row)
    assert (problem is None) == ok, problem
    if not ok:
        assert "'family'" in problem


def test_contract_error_names_the_line_and_nothing_is_loaded(tmp_path):
    rows = json.loads(json.dumps(PAPERS))
    rows[2]["entities"][0]["family"] = "principal component analysis"
    path = write_jsonl(tmp_path / "bad.jsonl", rows)
    with pytest.raises(InputError, match=r"bad.jsonl:3.*'family' of a non-model entity"):
        read_extracted(path)
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", path, "--db", db]) != 0
    assert main(["load", write_jsonl(tmp_path / "good.jsonl", PAPERS), "--db", db]) == 0


# -- stores: one-shot, merge, replace, build --------------------------------------------------------------


def _snap(db):
    with open_store("ladybug", db, read_only=True) as s:
        return snapshot(s)


def _graph(db):
    """The snapshot without Paper, Extraction and Term rows (a paper's source names the file it was read from)."""
    return {k: v for k, v in _snap(db).items() if k not in ("Paper", "Extraction", "Term")}


def _pairs(db):
    with open_store("ladybug", db, read_only=True) as s:
        return variant_pairs(s)


def test_merging_the_same_papers_again_adds_no_link(tmp_path, capfd):
    db = str(tmp_path / "kg.lbdb")
    path = write_jsonl(tmp_path / "p.jsonl", PAPERS)
    assert main(["load", path, "--db", db]) == 0
    once = _snap(db)
    assert main(["load", path, "--db", db]) == 0
    assert _snap(db) == once and _pairs(db) == [(RPCA, PCA), (SPCA, PCA)]
    # In parts, bases apart from their variants: the second part names no base, the store holds them.
    parts = str(tmp_path / "parts.lbdb")
    assert main(["load", write_jsonl(tmp_path / "a.jsonl", [PAPERS[0], PAPERS[3]]), "--db", parts]) == 0
    capfd.readouterr()
    assert main(["load", write_jsonl(tmp_path / "b.jsonl", PAPERS[1:3]), "--db", parts]) == 0
    assert "2 variant links" in capfd.readouterr().err
    assert _pairs(parts) == [(RPCA, PCA), (SPCA, PCA)]
    assert _snap(parts) == once
    # Variants first, bases later: the links wait for no later load (the variants' papers are not loaded again).
    late = str(tmp_path / "late.lbdb")
    assert main(["load", str(tmp_path / "b.jsonl"), "--db", late]) == 0
    assert main(["load", str(tmp_path / "a.jsonl"), "--db", late]) == 0
    assert _pairs(late) == []


@pytest.mark.parametrize("change, pairs", [
    (REBASED, [(RPCA, SVD), (SPCA, PCA)]),
    (NO_VARIANT, [(SPCA, PCA)]),
    (NO_BASE, []),
])
def test_replace_gives_the_one_shot_store(tmp_path, change, pairs):
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", write_jsonl(tmp_path / "all.jsonl", PAPERS), "--db", db]) == 0
    new = write_jsonl(tmp_path / "new.jsonl", change)
    assert main(["load", new, "--db", db, "--replace"]) == 0
    assert _pairs(db) == pairs
    once = str(tmp_path / "once.lbdb")
    assert main(["load", write_jsonl(tmp_path / "once.jsonl", replaced(PAPERS, change)), "--db", once]) == 0
    assert _snap(db) == _snap(once)
    assert main(["check", "--db", db]) == 0
    # A re-run of the same replacement changes nothing and duplicates nothing.
    assert main(["load", new, "--db", db, "--replace"]) == 0
    assert _snap(db) == _snap(once)


def test_replace_in_steps_add_rebase_remove(tmp_path):
    """Add a paper with a variant, replace it (the variant's base changes), remove the variant: links right."""
    db = str(tmp_path / "kg.lbdb")
    assert main(["load", write_jsonl(tmp_path / "base.jsonl", [PAPERS[0], PAPERS[3]]), "--db", db]) == 0
    assert _pairs(db) == []
    assert main(["load", write_jsonl(tmp_path / "add.jsonl", PAPERS[1:3]), "--db", db]) == 0
    assert _pairs(db) == [(RPCA, PCA), (SPCA, PCA)]
    assert main(["load", write_jsonl(tmp_path / "rebase.jsonl", REBASED), "--db", db, "--replace"]) == 0
    assert _pairs(db) == [(RPCA, SVD), (SPCA, PCA)]
    assert main(["load", write_jsonl(tmp_path / "rm.jsonl", NO_VARIANT), "--db", db, "--replace"]) == 0
    assert _pairs(db) == [(SPCA, PCA)]
    with open_store("ladybug", db, read_only=True) as s:
        assert RPCA not in set(s.run("MATCH (m:Method) RETURN m.key AS k")["k"])
    assert main(["check", "--db", db]) == 0


def test_build_in_parts_links_a_new_variant_to_a_stored_base(tmp_path):
    """`paperkg build` adding a paper whose variant's base only a stored paper names (graph/incremental.py's
    delta), as a one-shot build; a re-run writes nothing."""
    db = str(tmp_path / "kg.lbdb")
    assert main(["build", write_jsonl(tmp_path / "one.jsonl", RAW[:1]), "--db", db]) == 0
    assert _pairs(db) == []
    both = write_jsonl(tmp_path / "both.jsonl", RAW)
    assert main(["build", both, "--db", db]) == 0
    assert _pairs(db) == [(SPCA, PCA)]
    once = str(tmp_path / "once.lbdb")
    assert main(["build", both, "--db", once]) == 0
    assert _graph(db) == _graph(once)
    assert main(["build", both, "--db", db]) == 0
    assert _pairs(db) == [(SPCA, PCA)]
    assert main(["check", "--db", db]) == 0


# -- queries and the export ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store():
    s = open_store("ladybug", None)
    s.load(tables_from_papers(_papers(PAPERS)))
    yield s
    s.close()


@pytest.mark.parametrize("name", ["PCA", "principal-component-analysis", PCA, "robust pca", "Sparse PCA"])
def test_method_variants_from_the_base_or_a_variant(store, name):
    df = queries.run("method-variants", store, method=name)
    assert df[["base_key", "family_papers", "relation", "method_key", "papers"]].values.tolist() == [
        [PCA, 3, "base", PCA, 1], [PCA, 3, "variant", RPCA, 2], [PCA, 3, "variant", SPCA, 1]]
    assert list(df["method"]) == ["principal component analysis", "robust PCA", "sparse PCA"]


def test_method_variants_of_a_method_without_any(store):
    df = queries.run("method-variants", store, method="singular value decomposition")
    assert df[["relation", "method_key", "papers", "family_papers"]].values.tolist() == [["base", SVD, 1, 1]]
    assert queries.run("method-variants", store, method="MMLU").empty
    assert len(queries.run("method-variants", store, method="PCA", limit=1)) == 1


def test_entity_card_shows_base_and_variants(store):
    base = queries.run("entity-card", store, key=PCA).iloc[0]
    assert (base["variants"], base["variant_of"] if isinstance(base["variant_of"], str) else None) == (2, None)
    variant = queries.run("entity-card", store, key=RPCA).iloc[0]
    assert (variant["variant_of"], variant["variant_of_key"], variant["variants"]) == (
        "principal component analysis", PCA, 0)
    assert len(queries.run("entity-card", store, key="benchmark:mmlu")) == 1


def test_paper_proposals_name_a_proposed_variants_base(store):
    df = queries.run("paper-proposals", store)
    assert df[["paper", "key", "variant_of_key"]].values.tolist() == [["f2", RPCA, PCA]]


def test_top_methods_counts_are_unchanged_by_variants(store):
    df = queries.run("top-methods", store, limit=10)
    assert dict(zip(df["method_key"], df["papers"])) == {RPCA: 2, PCA: 1, SPCA: 1, SVD: 1}


def test_neo4j_csv_export_has_the_links(tmp_path):
    out = write_neo4j_csv(tables_from_papers(_papers(PAPERS)), tmp_path / "csv")
    assert out.rows[schema.VARIANT_OF] == 2
    text = (tmp_path / "csv" / "rels_VARIANT_OF_Method_Method.csv").read_text()
    assert text.splitlines()[0].startswith(":START_ID(Method),:END_ID(Method),:TYPE")
    assert f'"{RPCA}","{PCA}",VARIANT_OF' in text


def test_a_store_written_before_the_link_reads_and_says_how_to_upgrade(tmp_path):
    db = str(tmp_path / "old.lbdb")
    assert main(["load", write_jsonl(tmp_path / "p.jsonl", PAPERS), "--db", db]) == 0
    with open_store("ladybug", db) as s:  # as an older paperkg wrote it: no VARIANT_OF table
        s.run(f"DROP TABLE {schema.VARIANT_OF}")
    with open_store("ladybug", db, read_only=True, upgrade=False) as s:  # a default one adds it (test_migrate31)
        assert s.counts()[schema.VARIANT_OF] == 0 and s.counts()["Method"] == 4
        with pytest.raises(Exception, match="open it once for writing"):
            queries.run("entity-card", s, key=PCA)
    with open_store("ladybug", db) as s:  # any write open adds the table
        assert s.counts()[schema.VARIANT_OF] == 0
        assert len(queries.run("entity-card", s, key=PCA)) == 1
