"""The second look's scan memo (extract/canonical.py ScanMemo, graph/incremental.py read_memo/write_memo): a
corpus resolved with an earlier run's finds equals the full path, and a memo it cannot vouch for is not used."""

import marshal

import pytest

from paperkg.cli import main
from paperkg.extract import canonical, corpus as corpus_mod
from paperkg.extract.canonical import canonicalise, canonicalise_with_memo
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper
from paperkg.graph import incremental
from paperkg.graph.store import open_store

from incremental_cases import FLIPS, PART_ONE, PART_TWO, QuEM_FIRST, QuEM_SECOND, snapshot, write_jsonl  # tests/incremental_cases.py

SPLITS = {**{case: (v[0], v[1]) for case, v in FLIPS.items()}, "parts": (PART_ONE, PART_TWO),
          "second-sense": (QuEM_FIRST, QuEM_SECOND)}


def papers_of(rows):
    return [Paper(r["id"], r["title"], r["abstract"], r["year"], r["venue"]) for r in rows]


def local(rows):
    return sorted(extract_local_all(papers_of(rows), n_process=1, progress=False), key=lambda r: r.paper.id)


@pytest.fixture
def finds(monkeypatch):
    """Counts the looks at abstracts: ConfirmedNames.find calls (a scan), and find_at calls (the second look
    reading the word starts the first scan of the same abstract kept)."""
    calls = []
    real, real_at = corpus_mod.ConfirmedNames.find, corpus_mod.ConfirmedNames.find_at

    def counted(self, text, taken, *kept):
        calls.append(text)
        return real(self, text, taken, *kept)

    def counted_at(self, text, taken, word_starts):
        calls.append(text)
        return real_at(self, text, taken, word_starts)

    monkeypatch.setattr(canonical.STEPS, "find_names", counted)
    monkeypatch.setattr(canonical.STEPS, "find_names_at", counted_at)
    return calls


@pytest.mark.parametrize("case", sorted(SPLITS))
def test_an_addition_with_the_memo_of_the_stored_part_equals_the_full_path(case, finds):
    stored, added = SPLITS[case]
    first = local(stored)
    both = sorted(first + local(added), key=lambda r: r.paper.id)
    _, memo = canonicalise_with_memo(first, None)
    finds.clear()
    with_memo, _ = canonicalise_with_memo(both, memo)
    assert len(finds) >= 2 * len(added)  # the added papers are scanned (both scans), the stored ones as need be
    assert with_memo == canonicalise(both)


def test_the_same_corpus_with_its_own_memo_scans_nothing_and_gives_the_same_papers(finds):
    results = local(PART_ONE + PART_TWO + [r for v in FLIPS.values() for r in v[0] + v[1]])
    full, memo = canonicalise_with_memo(results, None)
    assert len(finds) == 2 * len(results)  # no memo: both scans of every abstract
    finds.clear()
    again, memo2 = canonicalise_with_memo(results, memo)
    assert finds == []
    assert again == full == canonicalise(results)
    assert memo2 == memo
    assert any(memo.first.values())  # the corpus has finds to reuse


def test_a_spelling_dropped_since_the_memo_makes_its_abstracts_scanned_again(finds):
    """A memo whose spellings include one the corpus no longer confirms: the abstracts holding it are scanned
    again (the memo's finds of it go), the others are not."""
    results = local(PART_ONE + PART_TWO)
    full, memo = canonicalise_with_memo(results, None)
    holder = next(r for r in results if "Experiments" in r.paper.abstract)
    assert sum("Experiments" in r.paper.abstract for r in results) == 1
    at = holder.paper.abstract.index("Experiments")
    memo.names = sorted({*memo.names, "Experiments"})
    memo.first[holder.paper.id] = [*memo.first[holder.paper.id], (at, at + 11, "Experiments")]  # found then
    finds.clear()
    again, _ = canonicalise_with_memo(results, memo)
    assert finds == [holder.paper.abstract]
    assert again == full


def test_a_spelling_added_since_the_memo_is_found_in_stored_abstracts(finds):
    """The memo's spellings lack one the corpus now confirms: the stored abstracts holding it are scanned."""
    stored, added = FLIPS["confirmed-later"][:2]
    first, second = local(stored), local(added)
    _, memo = canonicalise_with_memo(first, None)
    assert "Quillmark" not in memo.names
    finds.clear()
    out, memo2 = canonicalise_with_memo(sorted(first + second, key=lambda r: r.paper.id), memo)
    assert "Quillmark" in memo2.names
    assert first[0].paper.abstract in finds
    g1 = next(p for p in out if p.id == "g1")
    assert any(e.name == "Quillmark" for e in g1.entities)


def build(*args) -> int:
    return main(["build", *args, "--n-process", "1"])


def test_a_store_without_a_memo_or_with_a_stale_one_builds_the_same_and_writes_it(tmp_path):
    stored, added = FLIPS["confirmed-later"][:2]
    first, second = write_jsonl(tmp_path / "a.jsonl", stored), write_jsonl(tmp_path / "b.jsonl", added)
    once = str(tmp_path / "once.lbdb")
    assert build(first, second, "--db", once) == 0
    assert (tmp_path / "once.lbdb.scans").exists()  # a one-shot build writes it
    for how in ("missing", "other-version", "garbage"):
        db = tmp_path / f"{how}.lbdb"
        memo = tmp_path / f"{how}.lbdb.scans"
        assert build(first, "--db", str(db)) == 0
        if how == "missing":
            memo.unlink()  # a store built before the memo existed
        elif how == "other-version":
            data = marshal.loads(memo.read_bytes())
            data["version"] = "0" * 16
            data["first"] = {k: [(0, 3, "We ")] for k in data["first"]}  # wrong finds: must not be used
            memo.write_bytes(marshal.dumps(data))
        else:
            memo.write_bytes(b"\x00not a memo")
        assert incremental.read_memo(memo, papers_of(stored)) is None
        assert build(second, "--db", str(db)) == 0
        assert incremental.read_memo(memo, papers_of(stored)) is not None  # derived again, once
        with open_store("ladybug", str(db), read_only=True) as a, open_store("ladybug", once, read_only=True) as b:
            assert snapshot(a) == snapshot(b)


def test_a_memo_entry_is_used_only_for_the_paper_text_it_was_made_from(tmp_path):
    results = local(PART_ONE)
    _, memo = canonicalise_with_memo(results, None)
    path = tmp_path / "m.scans"
    papers = [r.paper for r in results]
    incremental.write_memo(path, memo, papers)
    assert set(incremental.read_memo(path, papers).first) == {p.id for p in papers}
    edited = Paper(papers[0].id, papers[0].title, papers[0].abstract + " More.", papers[0].year, papers[0].venue)
    assert set(incremental.read_memo(path, [edited, *papers[1:]]).first) == {p.id for p in papers[1:]}


def test_the_texts_holding_a_changed_spelling_are_all_found_and_only_they():
    from paperkg.extract.canonical import _holding

    texts = ["the Foo Net model", "FooNet and Bar", "nothing here", "a Foo", "Bar-1 and (x)", "x\u00a0Foo Net"]
    spellings = {"Foo Net", "FooNet", "Bar-1", "(x)", "Fo"}
    assert _holding(texts, spellings) == {i for i, t in enumerate(texts) if any(s in t for s in spellings)}
    assert _holding(texts, {"Foo Net"}) == {0, 5}
    assert _holding(texts, set()) == set()
    assert _holding(texts, {"a\x00b"}) == set(range(len(texts)))  # cannot be searched in the joined texts


def test_a_memo_write_interrupted_before_its_rename_leaves_nothing_after_the_next_build(tmp_path, monkeypatch):
    """write_memo's temporary file is named like a load's copy (".STORE.loading-*"), so a build killed between
    writing it and renaming it leaves nothing the next writer keeps (README Guarantees: no temp file outlives
    a run)."""
    import os

    stored, added = FLIPS["confirmed-later"][:2]
    first, second = write_jsonl(tmp_path / "a.jsonl", stored), write_jsonl(tmp_path / "b.jsonl", added)
    db = tmp_path / "s.lbdb"
    assert build(first, "--db", str(db)) == 0
    results = local(stored)
    _, memo = canonicalise_with_memo(results, None)
    real_replace = os.replace

    def interrupted(src, dst, *a, **k):
        raise KeyboardInterrupt  # stands for a kill after the write, before the rename

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        incremental.write_memo(incremental.memo_path_of(type("S", (), {"path": db})()), memo,
                               [r.paper for r in results])
    monkeypatch.setattr(os, "replace", real_replace)
    left = [p.name for p in tmp_path.iterdir() if "scans" in p.name and p.name != "s.lbdb.scans"]
    assert left  # the half-written memo is there
    assert build(second, "--db", str(db)) == 0
    assert not [p for p in left if (tmp_path / p).exists()]
