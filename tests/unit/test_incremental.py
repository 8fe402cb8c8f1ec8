"""A corpus built in parts into one store equals the one-shot build; unchanged papers are not extracted again."""

import hashlib
import json
import subprocess
import sys
import textwrap
from importlib import resources

import pytest

from paperkg.cli import main
from paperkg.cli.extract_cmds import read_inputs
from paperkg.extract.records import Paper
from paperkg.graph import plan as plan_mod
from paperkg.graph import incremental, schema
from paperkg.graph.store import open_store

from incremental_cases import FLIPS, PART_ONE, PART_TWO, QuEM_FIRST, QuEM_SECOND, logged_statements, snapshot, write_jsonl  # tests/incremental_cases.py


def build(*args) -> int:
    return main(["build", *args, "--n-process", "1"])


@pytest.fixture
def parts(tmp_path):
    return write_jsonl(tmp_path / "one.jsonl", PART_ONE), write_jsonl(tmp_path / "two.jsonl", PART_TWO)


def test_parts_in_any_order_equal_one_build(tmp_path, parts, capsys):
    one, two = parts
    assert build(one, two, "--db", str(tmp_path / "once.lbdb")) == 0
    assert build(one, "--db", str(tmp_path / "ab.lbdb")) == 0
    assert build(two, "--db", str(tmp_path / "ab.lbdb")) == 0
    assert build(two, "--db", str(tmp_path / "ba.lbdb")) == 0
    assert build(one, "--db", str(tmp_path / "ba.lbdb")) == 0
    snaps = {}
    for name in ("once", "ab", "ba"):
        with open_store("ladybug", tmp_path / f"{name}.lbdb", read_only=True) as s:
            snaps[name] = snapshot(s)
    assert snaps["once"] == snaps["ab"] == snaps["ba"]
    # What makes it work: the bare FroGD of part two is the method part one defined, in every build.
    with open_store("ladybug", tmp_path / "ba.lbdb", read_only=True) as s:
        df = s.run("MATCH (p:Paper)-->(m:Method) WHERE 'FroGD' IN m.aliases RETURN DISTINCT p.id AS p, m.name AS m")
    assert sorted(df["p"]) == ["p1", "p3"] and set(df["m"]) == {"Frobnicated Gradient Descent"}


def test_a_name_confirmed_in_one_part_is_found_in_the_other(tmp_path, parts):
    one, two = parts
    db = str(tmp_path / "s.lbdb")
    assert build(two, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        before = set(s.run("MATCH (p:Paper {id: 'p4'})-->(d) RETURN d.name AS n")["n"])
    assert build(one, "--db", db) == 0  # part one calls Zorblax a dataset
    with open_store("ladybug", db, read_only=True) as s:
        after = s.run("MATCH (p:Paper {id: 'p4'})-->(d) RETURN d.name AS n, label(d) AS l")
    assert "Zorblax" not in before
    assert ("Zorblax", "Dataset") in set(zip(after["n"], after["l"])) or ("Zorblax", "Benchmark") in set(zip(after["n"], after["l"]))


def test_rebuilding_the_same_corpus_extracts_and_writes_nothing(tmp_path, parts, capsys):
    one, two = parts
    db = tmp_path / "s.lbdb"
    assert build(one, two, "--db", str(db)) == 0
    with open_store("ladybug", db, read_only=True) as s:
        before = snapshot(s)
    capsys.readouterr()
    assert build(two, one, "--db", str(db)) == 0
    out = capsys.readouterr()
    assert "nothing new" in out.out and "extracted" not in out.err
    with open_store("ladybug", db, read_only=True) as s:
        assert snapshot(s) == before


def test_same_id_other_content_is_refused_and_the_store_kept(tmp_path, parts, capsys):
    one, _ = parts
    db = tmp_path / "s.lbdb"
    assert build(one, "--db", str(db)) == 0
    with open_store("ladybug", db, read_only=True) as s:
        before = snapshot(s)
    changed = write_jsonl(tmp_path / "changed.jsonl", [{**PART_ONE[0], "abstract": "Something else entirely."}])
    capsys.readouterr()
    assert build(changed, "--db", str(db)) != 0
    err = capsys.readouterr().err
    assert "'p1'" in err and "changed.jsonl:1" in err
    with open_store("ladybug", db, read_only=True) as s:
        assert snapshot(s) == before


def test_stored_extraction_round_trips():
    from paperkg.extract.pipeline import extract_local_all
    from paperkg.extract.records import Paper

    papers = [Paper(r["id"], r["title"], r["abstract"], r["year"], r["venue"]) for r in PART_ONE]
    for r in extract_local_all(papers):
        assert incremental.decode(r.paper, incremental.encode(r)) == r


def test_another_extractor_version_is_extracted_again(tmp_path, parts, monkeypatch):
    one, _ = parts
    db = str(tmp_path / "s.lbdb")
    assert build(one, "--db", db) == 0
    papers = read_inputs([one])
    with open_store("ladybug", db, read_only=True) as s:
        plan = plan_mod.plan_build(papers, s)
        assert not plan.changes and plan.unchanged_inputs == 2
        monkeypatch.setattr(plan_mod, "extractor_version", lambda: "older")
        plan = plan_mod.plan_build(papers, s)
    assert plan.changes and sorted(p.id for p in plan.redo) == ["p1", "p2"] and not plan.kept and not plan.new


def test_a_rerun_reads_no_stored_text(tmp_path, parts, monkeypatch):
    """Nothing new: the plan stops at the stored ids and stamps (the texts of 72k papers were a fifth of a re-run)."""
    one, two = parts
    db = str(tmp_path / "s.lbdb")
    assert build(one, two, "--db", db) == 0

    def no_texts(*a, **k):
        raise AssertionError("stored texts read")

    monkeypatch.setattr(plan_mod, "stored_papers", no_texts)
    with open_store("ladybug", db, read_only=True) as s:
        plan = plan_mod.plan_build(read_inputs([two]), s)
    assert not plan.changes and plan.unchanged_inputs == 2


def test_the_content_hash_tells_every_field_apart():
    base = Paper("p1", "A title", "An abstract.", 2020, "acl")
    same = Paper("p1", "A title", "An abstract.", 2020, "acl", source="other.jsonl:3")  # the file is no content
    assert plan_mod.content_hash(base) == plan_mod.content_hash(same)
    others = [Paper("p1", "A titl", "eAn abstract.", 2020, "acl"),  # fields run together: still another paper
              Paper("p1", None, "An abstract.", 2020, "acl"), Paper("p1", "", "An abstract.", 2020, "acl"),
              Paper("p1A", " title", "An abstract.", 2020, "acl"), Paper("p1", "A title", "An abstract.", None, "acl"),
              Paper("p1", "A title", "An abstract.", 2020, None), Paper("p1", "A title", "An abstract.", 2021, "acl"),
              Paper("p1", "A title", "An abstract.", 2020, "acla")]
    hashes = {plan_mod.content_hash(p) for p in [base, *others]}
    assert len(hashes) == 1 + len(others)


def _old_stamp(p: Paper) -> str:
    """The Extraction hash a store built before the fields-v2 content hash holds: a JSON text's sha256, and the
    extractor's files alone as the version."""
    text = json.dumps([p.id, p.title, p.abstract, p.year, p.venue], ensure_ascii=False)
    h = hashlib.sha256()
    for name, item in sorted(plan_mod._files(resources.files("paperkg.extract")), key=lambda t: t[0]):
        h.update(name.encode())
        h.update(item.read_bytes())
    return hashlib.sha256(text.encode()).hexdigest()[:24] + ":" + h.hexdigest()[:16]


def test_a_store_stamped_by_the_old_content_hash_is_extracted_again_once(tmp_path, parts, capfd):
    """A store built before the content hash changed: its next build extracts its papers again, once, and
    ends as it was (no paper twice); the build after that has nothing to do."""
    one, two = parts
    db = str(tmp_path / "s.lbdb")
    assert build(one, two, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        before = snapshot(s)
        stored, _ = plan_mod.stored_papers(s)
    code = textwrap.dedent(f"""
        import ladybug
        conn = ladybug.Connection(ladybug.Database({db!r}))
        for i, h in {[(p.id, _old_stamp(p)) for p in stored]!r}:
            conn.execute("MATCH (x:Extraction {{id: $i}}) SET x.hash = $h", {{"i": i, "h": h}})
    """)
    subprocess.run([sys.executable, "-c", code], check=True)
    capfd.readouterr()
    assert build(two, "--db", db) == 0
    err = capfd.readouterr().err
    assert "extracting 4 stored papers again" in err
    with open_store("ladybug", db, read_only=True) as s:
        assert snapshot(s) == before
    assert build(one, two, "--db", db) == 0
    assert "nothing new" in capfd.readouterr().out


def test_a_second_sense_in_a_later_part_unlinks_the_bare_use(tmp_path):
    first = write_jsonl(tmp_path / "first.jsonl", QuEM_FIRST)
    second = write_jsonl(tmp_path / "second.jsonl", QuEM_SECOND)
    db, once = str(tmp_path / "parts.lbdb"), str(tmp_path / "once.lbdb")
    link = "MATCH (p:Paper {id: 'q2'})-->(m:Method {name: 'Quantum Entropy Model'}) RETURN count(*) AS n"
    assert build(first, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        assert int(s.run(link)["n"][0]) == 1  # the only sense so far
    assert build(second, "--db", db) == 0
    assert build(first, second, "--db", once) == 0
    with open_store("ladybug", db, read_only=True) as a, open_store("ladybug", once, read_only=True) as b:
        assert int(a.run(link)["n"][0]) == 0
        assert snapshot(a) == snapshot(b)


def test_node_rows_are_the_nodes_build_graph_makes(tmp_path):
    """graph/incremental.node_rows computes entity, family and repository nodes without the graph; it must
    agree with build_graph row for row (results make Metric nodes too)."""
    from pathlib import Path

    from paperkg.extract.pipeline import extract_papers
    from paperkg.extract.readers import read_corpus
    from paperkg.graph.tables import tables_from_papers

    data = Path(__file__).resolve().parents[1] / "data"
    # Study text only: the oldest 300 results papers (a new blind part is appended at the end of the file and
    # must not be extracted before its first score) and dev3, a study set of random abstracts.
    older = tmp_path / "results-older.jsonl"
    older.write_text("".join((data / "results-corpus.jsonl").read_text(encoding="utf-8").splitlines(True)[:300]))
    papers = read_corpus([str(older), str(data / "dev3-corpus.jsonl")]).papers
    final = sorted(extract_papers(papers), key=lambda p: p.id)
    assert sum(len(p.results) for p in final) > 10 and any(e.family for p in final for e in p.entities)
    tables = tables_from_papers(final)
    nodes, family = incremental.node_rows(final, {p.id: [r.metric for r in p.results] for p in final})
    for label, rows in nodes.items():
        df = tables.nodes[label].drop(columns=[schema.PAPERS], errors="ignore")
        want = {r[schema.NODE_BY_LABEL[label].key]: {k: (None if v != v else v) if not isinstance(v, list) else v
                                                   for k, v in r.items()} for r in df.to_dict("records")}
        assert rows == want, label
    fam = tables.rels[(schema.IN_FAMILY, schema.MODEL.label, schema.MODEL_FAMILY.label)]
    assert family == set(zip(fam["src"], fam["dst"])) and family


def test_adding_papers_rewrites_only_what_changed_and_the_record_stays_true(tmp_path, parts, capfd):
    from paperkg.graph import check

    one, two = parts
    db = str(tmp_path / "s.lbdb")
    assert build(one, "--db", db) == 0
    capfd.readouterr()
    assert build(two, "--db", db) == 0
    err = capfd.readouterr().err  # the stage runs in a child process
    # p3 and p4 are new; p1 and p2 are written again only if part two changed their resolution (it adds
    # no sense and no name to them: "Zorblax" and FroGD were theirs already).
    assert "; 2 papers written" in err, err
    with open_store("ladybug", db, read_only=True) as s:
        check.check_store(s)  # the record's digests, updated from the changed rows, are the store's
        rec = check.read_record(s)
        import json
        digests = json.loads(rec["digests"])
        assert digests.pop("~scheme") == check.DIGEST_SCHEME
        assert digests == check.table_digests(s)


def test_a_record_of_the_first_digest_scheme_is_still_checked_and_then_replaced(tmp_path, parts):
    import json

    from paperkg.errors import StoreError
    from paperkg.graph import check

    one, two = parts
    db = str(tmp_path / "s.lbdb")
    assert build(one, "--db", db) == 0
    with open_store("ladybug", db) as s:  # as an older paperkg recorded it: rows hashed as returned
        s.run(check.write_cypher(), {"rec": {**check.read_record(s), "digests": json.dumps(check.table_digests(s, scheme=1))}})
    with open_store("ladybug", db, read_only=True) as s:
        check.check_store(s)
        s2 = s.run("MATCH (p:Paper) RETURN count(p) AS n")
    assert int(s2["n"][0]) == 2
    with open_store("ladybug", db) as s:  # damage one abstract: the old scheme still sees it
        s.run("MATCH (p:Paper {id: 'p1'}) SET p.abstract = ''")
    with open_store("ladybug", db, read_only=True) as s:
        with pytest.raises(StoreError, match="Paper: content differs"):
            check.check_store(s)
    with open_store("ladybug", db) as s:
        s.run("MATCH (p:Paper {id: 'p1'}) SET p.abstract = $a", {"a": PART_ONE[0]["abstract"]})
    assert build(two, "--db", db) == 0  # no scheme-2 record to update: digests computed whole
    with open_store("ladybug", db, read_only=True) as s:
        check.check_store(s)
        assert "~scheme" in json.loads(check.read_record(s)["digests"])


def test_a_load_of_other_facts_into_built_papers_is_refused_and_the_next_build_is_as_one_shot(tmp_path, parts):
    """`paperkg load` of another extraction of papers a build wrote used to merge its rows into them; it is refused
    now (GraphStore.refuse_changed_facts), and the next build still gives the one-shot graph."""
    one, two = parts
    db, once = str(tmp_path / "s.lbdb"), str(tmp_path / "once.lbdb")
    assert build(one, "--db", db) == 0
    extra = dict(PART_ONE[0], entities=[{"id": "method:zzz", "name": "Zzz", "type": "method", "aliases": [],
                                          "role": "uses", "family": None, "mentions": []}], code=[])
    assert main(["load", write_jsonl(tmp_path / "extra.jsonl", [extra]), "--db", db]) == 2
    with open_store("ladybug", db, read_only=True) as s:
        assert not len(s.run("MATCH (m:Method {key: 'method:zzz'}) RETURN m.key"))
    assert build(two, "--db", db) == 0
    assert build(one, two, "--db", once) == 0
    with open_store("ladybug", db, read_only=True) as a, open_store("ladybug", once, read_only=True) as b:
        assert snapshot(a) == snapshot(b)


def _term_rows(store) -> dict[str, list[str]]:
    df = store.run("MATCH (t:Term) RETURN t.key AS key, t.ids AS ids")
    return {k: sorted(v) for k, v in zip(df["key"], df["ids"])}


def test_adding_papers_appends_to_the_word_index_and_leaves_its_rows_alone(tmp_path, parts):
    """The new papers' words go to recent rows ("+" + key); the rows the store held are not rewritten (that
    was most of an addition's time on a big store), and the `papers` query answers as on the one-shot build."""
    from paperkg.graph.terms import RECENT
    from paperkg.queries import run as run_query

    one, two = parts
    db, once = str(tmp_path / "s.lbdb"), str(tmp_path / "once.lbdb")
    assert build(one, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        before = {k: v for k, v in _term_rows(s).items() if not k.startswith("n:")}
    assert build(two, "--db", db) == 0
    assert build(one, two, "--db", once) == 0
    with open_store("ladybug", db, read_only=True) as a, open_store("ladybug", once, read_only=True) as b:
        after = _term_rows(a)
        assert {k: v for k, v in after.items() if not k.startswith(("n:", RECENT))} == before
        recent = {i for k, v in after.items() if k.startswith(RECENT) for i in v}
        assert recent == {"p3", "p4"} and after[RECENT + "a:zorblax"] == ["p3", "p4"]
        for text in ("Zorblax dataset", "FroGD warm restarts", "quux", "optimizers Adam"):
            got = run_query("papers", a, text=text)
            assert len(got) and got.equals(run_query("papers", b, text=text)), text


def test_recent_word_rows_are_folded_in_once_they_outgrow_their_share(tmp_path, parts, monkeypatch):
    from paperkg.extract.records import Paper
    from paperkg.graph.terms import RECENT, logical, term_rows

    one, two = parts
    db = str(tmp_path / "s.lbdb")
    assert build(one, "--db", db) == 0
    assert build(two, "--db", db) == 0
    new = [Paper("p9", "Zorblax again", "We revisit the Zorblax dataset with FroGD.", 2023, None)]
    with open_store("ladybug", db, read_only=True) as s:
        have = _term_rows(s)
        names = {k: v for k, v in have.items() if k.startswith("n:")}
        named = []  # no node changed: the name rows stay as they are
        stale, fresh = incremental.term_delta(s, new, named)
        assert fresh["key"].str.startswith(RECENT).all()  # small: appended to the recent rows
        monkeypatch.setattr(incremental, "COMPACT_SHARE", 0.0)
        monkeypatch.setattr(incremental, "COMPACT_MIN_IDS", 0)
        stale, fresh = incremental.term_delta(s, new, named)
    assert {k for k in have if k.startswith(RECENT)} <= set(stale)
    assert not any(k.startswith(RECENT) for k in fresh["key"])
    kept = {k: v for k, v in have.items() if k not in set(stale) and k not in names}
    rows = term_rows([(p.id, p.title, p.abstract) for p in new])
    want = logical([*((k, v) for k, v in have.items() if k not in names), *zip(rows["key"], rows["ids"])])
    assert logical([*kept.items(), *zip(fresh["key"], fresh["ids"])]) == want


def test_a_load_of_papers_in_recent_word_rows_does_not_list_them_twice(tmp_path, parts):
    from paperkg.graph.terms import RECENT

    one, two = parts
    db, other, jsonl = str(tmp_path / "s.lbdb"), str(tmp_path / "o.lbdb"), str(tmp_path / "two.papers.jsonl")
    assert build(one, "--db", db) == 0
    assert build(two, "--db", db) == 0  # p3, p4: in recent rows
    # The same facts as the store's (resolved as one corpus: a load of other facts is refused)
    assert build(one, two, "--db", other, "-o", jsonl) == 0
    assert main(["load", jsonl, "--db", db]) == 0
    with open_store("ladybug", db, read_only=True) as s:
        rows = _term_rows(s)
    assert any(k.startswith(RECENT) for k in rows)
    twice = {k: set(v) & set(rows.get(RECENT + k, ())) for k, v in rows.items() if not k.startswith(RECENT)}
    assert not any(twice.values()), {k: v for k, v in twice.items() if v}


@pytest.mark.parametrize("case", sorted(FLIPS))
def test_an_addition_that_flips_a_stored_papers_resolution_equals_one_build(tmp_path, case):
    """The added papers change what the corpus decides about a stored paper (an acronym's sense, a confirmed
    name, a thing's one name): the stored paper is resolved again, and the store equals the one-shot build."""
    stored, added, query, before, after = FLIPS[case]
    first, second = write_jsonl(tmp_path / "a.jsonl", stored), write_jsonl(tmp_path / "b.jsonl", added)
    db, once = str(tmp_path / "parts.lbdb"), str(tmp_path / "once.lbdb")
    assert build(first, "--db", db) == 0
    with open_store("ladybug", db, read_only=True) as s:
        assert set(s.run(query)["n"]) == before
    assert build(second, "--db", db) == 0
    assert build(first, second, "--db", once) == 0
    with open_store("ladybug", db, read_only=True) as a, open_store("ladybug", once, read_only=True) as b:
        assert set(a.run(query)["n"]) == after
        assert snapshot(a) == snapshot(b)


def test_an_addition_reads_only_its_papers_pairs_and_keeps_the_derived_rows_it_does_not_change(tmp_path, parts,
                                                                                              monkeypatch):
    """Applying a delta (LadybugDB): the relationship loads look up the pairs of the delta's papers, not every
    pair of the table; EVALUATED_ON is diffed (not deleted and made again) and a papers count is set only where
    it changed. Each whole-table write made the copy's checkpoint rewrite that table. The store still equals
    the one-shot build (test_parts_in_any_order_equal_one_build)."""

    one, two = parts
    db = str(tmp_path / "s.lbdb")
    assert build(one, "--db", db) == 0
    statements = logged_statements(monkeypatch)
    assert build(two, "--db", db) == 0
    assert statements
    whole_reads = [s for s in statements if s.startswith("MATCH (a:`Paper`)-[")]
    assert not whole_reads, whole_reads
    assert not [s for s in statements if "DELETE e" in s and "EVALUATED_ON" in s and s.startswith("MATCH ()")]
    counts = [s for s in statements if f"SET n.`{schema.PAPERS}` = c" in s]
    assert counts and all("<> c" in s for s in counts)
    assert build(one, two, "--db", str(tmp_path / "once.lbdb")) == 0
    with open_store("ladybug", db, read_only=True) as a, open_store("ladybug", tmp_path / "once.lbdb", read_only=True) as b:
        assert snapshot(a) == snapshot(b)


def test_an_addition_reads_and_writes_only_the_name_rows_of_the_nodes_it_changes(tmp_path, parts):
    """The name rows ("n:" keys) follow from the entity nodes; an addition reads and writes again only the rows
    spelling a node it creates, changes or deletes: a row no node spells, planted in the store, is left as it is
    (a whole computation drops it), and every other row is as in the one-shot build."""
    from paperkg.graph.terms import logical

    one, two = parts
    db, once = str(tmp_path / "s.lbdb"), str(tmp_path / "once.lbdb")
    assert build(one, "--db", db) == 0
    with open_store("ladybug", db) as s:
        s.run("CREATE (t:Term {key: 'n:plantedspelling', ids: ['method:nobody']})")
    assert build(two, "--db", db) == 0
    assert build(one, two, "--db", once) == 0
    with open_store("ladybug", db, read_only=True) as a, open_store("ladybug", once, read_only=True) as b:
        got, want = _term_rows(a), _term_rows(b)
    assert got.pop("n:plantedspelling") == ["method:nobody"]
    assert logical(got.items()) == logical(want.items())
    assert any(k.startswith("n:") for k in want)


def test_the_name_rows_lose_a_changed_node_where_it_left_and_gain_it_where_it_came():
    """term_delta on a node renamed and a node deleted: the rows of their old spellings lose them (a row left
    empty goes), the new spelling's row gains the renamed node, another node's ids stay in a shared row, and no
    other row is written."""

    class Store:  # the name rows the store holds; no word rows, no recent ones
        rows = {"n:adam": ["method:adam", "method:adamw"], "n:method:adam": ["method:adam"],
                "n:adamw": ["method:adamw"], "n:method:adamw": ["method:adamw"], "n:sgd": ["method:sgd"],
                "n:method:sgd": ["method:sgd"]}

        def run(self, query, params=None):
            import pandas as pd
            if "sum(size" in query:
                return pd.DataFrame({"recent": [False], "ids": [6]})
            keys = [k for k in params["keys"] if k in self.rows]
            return pd.DataFrame({"key": keys, "ids": [self.rows[k] for k in keys]})

    named = [("method:adamw", {"key": "method:adamw", "name": "AdamW", "aliases": ["Adam"]},
              {"key": "method:adamw", "name": "Decoupled Adam", "aliases": []}),
             ("method:sgd", {"key": "method:sgd", "name": "SGD", "aliases": []}, None)]
    stale, fresh = incremental.term_delta(Store(), [], named)
    assert stale == ["n:adam", "n:adamw", "n:method:sgd", "n:sgd"]  # the renamed node's key row is as it was
    assert dict(zip(fresh["key"], fresh["ids"])) == {"n:adam": ["method:adam"], "n:decoupledadam": ["method:adamw"]}
