"""Neo4j loads, all or nothing from the user's view: a load record says "loading" until a load is complete,
queries and `paperkg check --neo4j` report an unfinished load, the next load finishes it (issue 14, item 11);
`check` finds content changed behind paperkg's back (item 12); a changed paper id is refused (item 4)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import FIXTURE, REPO, read_papers

from paperkg.errors import StoreError
from paperkg.extract.records import ExtractedPaper
from paperkg.graph.check import read_record
from paperkg.graph.store_neo4j import Neo4jStore
from paperkg.graph.tables import tables_from_papers

pytestmark = pytest.mark.neo4j


def _cli(*args: str, uri: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["NEO4J_URI"] = uri
    return subprocess.run([sys.executable, "-m", "paperkg", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=300)


def test_server_killed_mid_load_is_reported_until_the_next_load_finishes_it(own_server, tables):
    server = own_server("record")
    uri = server.start()
    first = Neo4jStore(uri=uri, batch_size=2)
    first.load(tables_from_papers(read_papers()[:2]))  # a complete earlier load
    first.close()
    batches: list[str] = []

    def crash_midway(what: str, rows: int) -> None:
        batches.append(what)
        if len(batches) == 3:
            server.crash()

    store = Neo4jStore(uri=uri, batch_size=2, retry_seconds=1, on_batch=crash_midway)
    with pytest.raises(StoreError):
        store.load(tables)
    store.close()
    uri = server.start()  # same home: what was committed before the kill is there

    res = _cli("check", "--neo4j", uri=uri)
    assert res.returncode == 1 and "did not finish" in res.stderr, res.stderr
    res = _cli("query", "top-methods", "--neo4j", uri=uri)
    assert res.returncode == 0
    assert "warning: the load started at" in res.stderr and "did not finish" in res.stderr

    res = _cli("load", str(FIXTURE), "--neo4j", uri=uri)  # the next load completes store and record
    assert res.returncode == 0, res.stderr
    res = _cli("check", "--neo4j", uri=uri)
    assert res.returncode == 0 and "OK" in res.stdout, res.stderr
    res = _cli("query", "top-methods", "--neo4j", uri=uri)
    assert "warning" not in res.stderr


def test_check_finds_content_changed_behind_paperkgs_back(store, tables, neo4j_uri):
    store.load(tables)
    assert read_record(store)["state"] == "complete"
    assert _cli("check", "--neo4j", uri=neo4j_uri).returncode == 0
    store.run("MATCH (p:Paper) SET p.abstract = ''")
    res = _cli("check", "--neo4j", uri=neo4j_uri)
    assert res.returncode == 1 and "Paper: content differs from the last load" in res.stderr


def test_a_changed_paper_id_is_refused_and_nothing_loaded(store, papers):
    store.load(tables_from_papers(papers[:2]))
    counts = store.counts()
    p = papers[1]
    changed = ExtractedPaper(p.id, p.title, "A different abstract under the same id.", [], [])
    with pytest.raises(StoreError, match=f"paper {p.id!r} is already in the store with a different"):
        store.load(tables_from_papers([papers[2], changed]))
    assert store.counts() == counts
    store.load(tables_from_papers(papers[:2]))  # identical content: fine
    assert store.counts() == counts


def test_a_store_of_the_old_evidence_layout_is_checked_and_the_next_load_migrates_it(store, papers, neo4j_uri):
    """Before session 15 every evidence relationship also held its first sentence as `sentence`, and the load
    record summed it (digest scheme 2): such a store still passes `check`, and the next load removes the
    property and records the new scheme (the LadybugDB case: tests/unit/test_evidence_layout.py)."""
    import json

    from paperkg.graph import check, schema

    store.load(tables_from_papers(papers[:3]))
    old = schema.OLD_EVIDENCE_PROPS[0][0]
    rels = "|".join(dict.fromkeys(rt.type for rt in schema.REL_TYPES if rt.properties == schema.EVIDENCE_PROPS))
    store.run(f"MATCH ()-[r:{rels}]->() SET r.{old} = r.sentences[0]")
    digests = {name: f"{total % 2**128:032x}" for name, total in check.table_sums(store, legacy=True).items()}
    store.run(check.write_cypher(), {"rec": {**read_record(store), "digests": json.dumps({**digests, "~scheme": 2})}})
    assert check.old_layout(store)
    assert _cli("check", "--neo4j", uri=neo4j_uri).returncode == 0
    store.run(f"MATCH ()-[r:ADDRESSES]->() WITH r LIMIT 1 SET r.{old} = 'changed'")
    res = _cli("check", "--neo4j", uri=neo4j_uri)
    assert res.returncode == 1 and "ADDRESSES(Paper->Task): content differs" in res.stderr, res.stderr
    store.load(tables_from_papers(papers))
    assert not check.old_layout(store)
    assert check.record_scheme(store) == check.DIGEST_SCHEME
    assert _cli("check", "--neo4j", uri=neo4j_uri).returncode == 0
