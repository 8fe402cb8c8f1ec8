"""The neo4j-admin CSV export imports offline into a fresh database with the same counts and values."""

from __future__ import annotations

import os
import subprocess

import pytest
from conftest import REPO, SCRIPT

from paperkg.errors import PaperkgError
from paperkg.graph import schema
from paperkg.graph.export_neo4j_csv import ARRAY_DELIMITER, write_neo4j_csv
from paperkg.graph.store_neo4j import Neo4jStore

pytestmark = pytest.mark.neo4j


def test_csv_headers_use_id_spaces_and_types(tables, tmp_path):
    export = write_neo4j_csv(tables, tmp_path)
    header = (tmp_path / "nodes_Model.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "key:ID(Model),name,aliases:string[],family,papers:long,:LABEL"
    rel = (tmp_path / "rels_USES_Paper_Model.csv").read_text(encoding="utf-8").splitlines()[0]
    assert rel.startswith(":START_ID(Paper),:END_ID(Model),:TYPE,sentence_index:long,")  # the sentence is sentences[0] (session 15)
    assert rel.endswith(",sentences:string[]")
    cmd = export.command_line()
    assert cmd.startswith("neo4j-admin database import full neo4j --array-delimiter=U+001F --multiline-fields=true")
    assert "--nodes=Paper=nodes_Paper.csv" in cmd and "--relationships=USES=rels_USES_Paper_Model.csv" in cmd
    assert (tmp_path / "import.sh").stat().st_mode & 0o111
    graph_rows = {k: v for k, v in tables.counts().items() if k != schema.EXTRACTION.label}  # not part of the graph
    assert export.rows == graph_rows


def test_array_delimiter_inside_a_value_is_refused(tables, tmp_path):
    bad = tables.nodes["Method"].copy()
    bad.at[0, "aliases"] = ["a" + ARRAY_DELIMITER + "b"]
    tables = type(tables)({**tables.nodes, "Method": bad}, tables.rels)
    with pytest.raises(PaperkgError, match="array delimiter"):
        write_neo4j_csv(tables, tmp_path)


def test_neo4j_admin_import_then_serve(tables, own_server, tmp_path):
    out = tmp_path / "csv"
    write_neo4j_csv(tables, out)
    server = own_server("imported")
    # import.sh with this repo's neo4j-admin: same jars as the server, this server's home and config.
    admin = f"{SCRIPT} admin --home {server.home} --"
    res = subprocess.run([str(out / "import.sh")], env={**os.environ, "NEO4J_ADMIN": admin},
                         capture_output=True, text=True, timeout=300, cwd=REPO)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    assert "IMPORT DONE" in res.stdout + res.stderr

    uri = server.start()
    store = Neo4jStore(uri=uri)
    try:
        assert store.counts() == tables.counts()
        # Values survive CSV quoting: quotes, backticks, braces, commas, // in titles, URLs, names.
        papers = store.run("MATCH (p:Paper) RETURN p.id AS id, p.title AS title, p.year AS year ORDER BY id")
        want = tables.nodes["Paper"][["id", "title", "year"]]
        assert papers["id"].tolist() == want["id"].tolist()
        assert [t if isinstance(t, str) else None for t in papers["title"]] == [
            t if isinstance(t, str) else None for t in want["title"]
        ]
        urls = store.run("MATCH (r:Repository) RETURN r.url AS url ORDER BY url")["url"].tolist()
        assert urls == sorted(tables.nodes["Repository"]["url"].tolist())
        ev = store.run(
            "MATCH (:Paper {id: '2305.18290'})-[e:PROPOSES]->(m:Method) "
            "RETURN m.aliases AS aliases, e.start AS start, e.`end` AS `end`, e.sentences AS sentences"
        ).to_dict("records")
        assert ev == [{"aliases": ["DPO"], "start": 11, "end": 41,
                       "sentences": ["We propose Direct Preference Optimization (DPO), a simple method for "
                                     "language model alignment.", "We fine-tune Llama-2-7B with DPO on the "
                                     "UltraFeedback dataset.", "DPO improves win rate on MT-Bench and accuracy "
                                     "on MMLU."]}]
        derived = store.run(f"MATCH ()-[e:{schema.EVALUATED_ON}]->() RETURN sum(e.papers) AS n")["n"].tolist()
        assert derived == [int(tables.rels[(schema.EVALUATED_ON, "Method", "Benchmark")]["papers"].sum())]
        counted = store.run(f"MATCH (m:Method) RETURN sum(m.{schema.PAPERS}) AS n")["n"].tolist()  # derived, imported
        assert counted == [int(tables.nodes["Method"][schema.PAPERS].sum())]
        # A load through the driver on top of the imported data adds nothing: same keys, same graph.
        report = store.load(tables)
        assert set(report.added.values()) == {0}
    finally:
        store.close()
