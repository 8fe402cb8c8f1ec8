"""The load step of an addition (LadybugDB, graph/store_ladybug.py apply): the load record's digests are
updated from the rows the delta can change, never by reading a table whole, and still equal the digests
`paperkg check` recomputes (issue 14, session 11)."""

import json
import re

import pytest

from paperkg.cli import main
from paperkg.graph import check, schema
from paperkg.graph.store import GraphDelta, open_store

from incremental_cases import FLIPS, PART_ONE, PART_TWO, QuEM_FIRST, QuEM_SECOND, logged_statements, write_jsonl  # tests/incremental_cases.py

# table_sums (graph/check.py) starts a whole table's digest by reading every key of the label.
WHOLE_READ = re.compile(r"MATCH \(n:`\w+`\) RETURN n\.`\w+` AS k")
# A scoped relationship read in one pattern: LadybugDB scanned the whole table to join it to the keys.
SCAN_JOIN = re.compile(r"UNWIND \$keys AS k MATCH \(a:`\w+` \{`\w+`: k\}\)-\[")
# The same for the delta's relationship deletes (session 13: they follow the looked-up sources too).
DELETE_JOIN = re.compile(r"UNWIND \$rows AS r MATCH \(a:`\w+` \{`\w+`: r\.src\}\)-\[")


def build(*args) -> int:
    return main(["build", *args, "--n-process", "1"])


def recorded_digests_are_the_stores(db: str) -> None:
    with open_store("ladybug", db, read_only=True) as s:
        check.check_store(s)
        digests = json.loads(check.read_record(s)["digests"])
        assert digests.pop("~scheme") == check.DIGEST_SCHEME
        assert digests == check.table_digests(s)


CASES = {"parts": (PART_ONE, PART_TWO), "second-sense": (QuEM_FIRST, QuEM_SECOND),
         **{f"flip-{k}": v[:2] for k, v in FLIPS.items()}}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_addition_reads_no_table_whole_and_records_the_digests_check_recomputes(tmp_path, monkeypatch, case):
    first, second = CASES[case]
    db = str(tmp_path / "s.lbdb")
    assert build(write_jsonl(tmp_path / "a.jsonl", first), "--db", db) == 0
    statements = logged_statements(monkeypatch)
    assert build(write_jsonl(tmp_path / "b.jsonl", second), "--db", db) == 0
    assert any(s.startswith("UNWIND $keys AS k MATCH (n:`Method`") for s in statements)  # the scoped digest reads
    whole = [s for s in statements if WHOLE_READ.fullmatch(s)]
    assert not whole, whole
    joined = [s for s in statements if SCAN_JOIN.match(s)]  # (session 12: they follow the looked-up sources)
    assert not joined, joined[:3]
    deletes = [s for s in statements if "DELETE e" in s and "r.src" in s]
    assert not [s for s in deletes if DELETE_JOIN.match(s)], deletes[:3]
    monkeypatch.undo()
    recorded_digests_are_the_stores(db)


def _links_to(store, label: str, key: str) -> dict:
    """Every relationship into the node, as GraphDelta.delete_rels."""
    out = {}
    for rt in schema.REL_TYPES:
        if rt.target == label:
            sk = schema.NODE_BY_LABEL[rt.source].key
            df = store.run(f"MATCH (a:`{rt.source}`)-[:`{rt.type}`]->(b:`{label}` {{key: $k}}) RETURN a.`{sk}` AS a",
                           {"k": key})
            if len(df):
                out[(rt.type, rt.source, rt.target)] = [(a, key) for a in df["a"]]
    return out


def test_a_delta_that_deletes_an_evaluated_method_keeps_the_record_true(tmp_path):
    """A method with EVALUATED_ON rows deleted: those rows go before the node, and the record's digest of
    EVALUATED_ON follows from the rows deleted and recomputed, not from a read of the table."""
    rows = [{"id": f"e{i}", "title": f"Glimmer {i}", "year": 2020, "venue": "icml",
             "abstract": f"We propose Glimmer Attention, a new attention method. We evaluate Glimmer Attention on "
                         f"the GLUE benchmark and on SQuAD, where Glimmer Attention outperforms BERT (setting {i})."} for i in (1, 2)]
    db = str(tmp_path / "s.lbdb")
    assert build(write_jsonl(tmp_path / "a.jsonl", rows), "--db", db) == 0
    with open_store("ladybug", db) as s:
        ev = s.run("MATCH (m:Method)-[e:EVALUATED_ON]->(b:Benchmark) RETURN m.key AS m, count(e) AS n")
        assert len(ev), "the corpus must give a method evaluated on a benchmark"
        method = ev["m"][0]
        links = _links_to(s, "Method", method)
        papers = sorted({a for (_, source, _), pairs in links.items() if source == "Paper" for a, _ in pairs})
        s.apply(GraphDelta(delete_rels=links, delete_nodes={"Method": [method]}, papers=papers))
        assert not len(s.run("MATCH (m:Method {key: $k}) RETURN m", {"k": method}))
    recorded_digests_are_the_stores(db)


@pytest.mark.parametrize("where", ["_load_rels", "replace"])
def test_an_addition_killed_in_its_transaction_or_before_the_rename_leaves_the_store_as_it_was(tmp_path, where):
    """The delta is written into a copy in one transaction: a process killed in it (while relationships are
    written) or after its commit and checkpoint but before the rename leaves the store as it was, and the
    same build again completes it (equal to the one-shot build, the record true)."""
    import subprocess
    import sys
    import textwrap

    from incremental_cases import snapshot

    one, two = write_jsonl(tmp_path / "a.jsonl", PART_ONE), write_jsonl(tmp_path / "b.jsonl", PART_TWO)
    db = str(tmp_path / "s.lbdb")
    assert build(one, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        stored = snapshot(s)
    patch = ("store_ladybug.LadybugStore._load_rels = lambda self, rt, df: os._exit(9)" if where == "_load_rels"
             else "store_ladybug.os.replace = lambda a, b: os._exit(9)")
    killed = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os
        from paperkg.cli import main
        from paperkg.graph import store_ladybug
        {patch}
        main(["build", {two!r}, "--db", {db!r}, "--n-process", "1"])
    """)], capture_output=True, text=True, timeout=300)
    assert killed.returncode == 9, killed.stderr
    assert any(p.name.startswith(".s.lbdb.loading-") for p in tmp_path.iterdir())  # its copy, left behind
    with open_store("ladybug", db, read_only=True) as s:
        assert snapshot(s) == stored
        check.check_store(s)
    assert build(two, "--db", db) == 0
    assert build(one, two, "--db", str(tmp_path / "once.lbdb")) == 0
    with open_store("ladybug", db, read_only=True) as a, open_store("ladybug", tmp_path / "once.lbdb", read_only=True) as b:
        assert snapshot(a) == snapshot(b)
    recorded_digests_are_the_stores(db)
    assert not any(p.name.startswith(".s.lbdb.loading-") for p in tmp_path.iterdir())


@pytest.mark.parametrize("case", ["parts", "flip-" + sorted(FLIPS)[0]])
def test_an_addition_sums_its_created_papers_rows_from_the_delta_not_by_reading_them_back(tmp_path, monkeypatch, case):
    """The digest reads of an addition (session 12) look up only papers stored before it: the rows of the papers
    it creates are summed from the delta's own tables, and the record still equals what `check` recomputes."""
    from paperkg.graph import store_ladybug

    first, second = CASES[case]
    db = str(tmp_path / "s.lbdb")
    assert build(write_jsonl(tmp_path / "a.jsonl", first), "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        stored = set(s.run("MATCH (p:Paper) RETURN p.id AS id")["id"])
    created = {r["id"] for r in second} - stored
    assert created, "the case must add papers"
    looked_up: list = []
    real_run = store_ladybug.LadybugStore.run

    def run(self, cypher, params=None):
        if (cypher.startswith("UNWIND $keys AS k MATCH (a:`Paper` {`id`: k})") and "RETURN a.`id`, b." in cypher) or \
                cypher.startswith("UNWIND $keys AS k MATCH (n:`Paper` {`id`: k}) RETURN n.`id`, n.`title`"):
            looked_up.append(set((params or {}).get("keys", ())))  # the digest reads (graph/check.py _tables)
        return real_run(self, cypher, params)

    monkeypatch.setattr(store_ladybug.LadybugStore, "run", run)
    assert build(write_jsonl(tmp_path / "b.jsonl", second), "--db", db) == 0
    monkeypatch.undo()
    assert looked_up, "the addition's digest reads were not seen"
    assert not set().union(*looked_up) & created, sorted(set().union(*looked_up) & created)[:5]
    recorded_digests_are_the_stores(db)


# The same one-pattern scoped read, the labels quoted or not (graph/incremental.py's rels_from wrote them bare).
SCAN_JOIN_ANY = re.compile(r"UNWIND \$keys AS k MATCH \(a:`?\w+`? \{`?\w+`?: k\}\)-\[")


def test_the_planned_deletes_read_only_the_papers_relationships_and_the_same_rows(tmp_path, monkeypatch):
    """rels_from (the relationships an addition deletes from the papers it rewrites) follows the looked-up
    papers instead of scanning each table whole, and returns exactly the rows of those papers."""
    from paperkg.graph import incremental

    db = str(tmp_path / "s.lbdb")
    scored = {"id": "p9", "title": "Quux at scale", "year": 2021, "venue": "icml",
              "abstract": "We scale QuuxNet up. QuuxNet reaches 91.4% accuracy on the Zorblax dataset and a BLEU "
                          "score of 31.2 on Blarg-En."}  # made up: a paper with results
    assert build(write_jsonl(tmp_path / "a.jsonl", PART_ONE + [scored]), "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        whole = {label: incremental.rels_from(s, label, None) for label in (schema.PAPER.label, schema.RESULT.label)}
        papers = sorted(s.run("MATCH (p:Paper) RETURN p.id AS id")["id"])
        results = sorted(s.run("MATCH (r:Result) RETURN r.key AS k")["k"])
        assert any(whole[schema.PAPER.label].values()) and results
        statements = logged_statements(monkeypatch)
        for label, stored in ((schema.PAPER.label, papers), (schema.RESULT.label, results)):
            keys = stored[::2] + ["no-such-key"]
            got = incremental.rels_from(s, label, keys)
            want = {k: [(a, b) for a, b in v if a in set(keys)] for k, v in whole[label].items()}
            assert got == want
        assert statements and not [t for t in statements if SCAN_JOIN_ANY.match(t)], statements[:3]
