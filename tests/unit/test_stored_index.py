"""The corpus index summed from stored parts (extract/corpus.py CorpusIndex.build(results, stored), kept in the
scan memo by graph/incremental.py): equal to the index of the whole corpus built from every paper, and a part it
cannot vouch for is not used."""

import marshal

import pytest

from paperkg.extract import corpus as corpus_mod
from paperkg.extract.canonical import canonicalise, canonicalise_with_memo
from paperkg.extract.corpus import CorpusIndex
from paperkg.extract.pipeline import extract_local_all
from paperkg.extract.records import Paper
from paperkg.graph import incremental

from incremental_cases import FLIPS, PART_ONE, PART_TWO, QuEM_FIRST, QuEM_SECOND  # tests/incremental_cases.py


def row(pid, abstract, year=2021):
    return {"id": pid, "title": None, "abstract": abstract, "year": year, "venue": "acl"}


# Made up: "ZRL" has two senses in the stored part already (each defined in three papers, in their own words), the
# added papers define each once more (in a new spelling too) and mention it bare; QMX is defined only by them.
ZRL_STORED = [
    row("z1", "We propose zero-shot reinforcement learning (ZRL) for robot control. ZRL agents act from reward "
              "descriptions in simulated manipulation environments."),
    row("z2", "Zero-shot reinforcement learning (ZRL) lets agents solve unseen control tasks from reward text; "
              "our ZRL policy transfers to real robots."),
    row("z3", "Robot manipulation agents trained by zero-shot reinforcement learning (ZRL) generalise to new "
              "environments and rewards."),
    row("z4", "A zonal regression layer (ZRL) predicts per-region counts in satellite images of crops; the ZRL "
              "head improves yield estimation."),
    row("z5", "We add a zonal regression layer (ZRL) to segmentation networks for satellite crop images and "
              "estimate yield per field."),
    row("z6", "Crop yield from satellite images: a zonal regression layer (ZRL) over field regions beats pixel "
              "regression."),
    row("z7", "Our agents use ZRL and the QMX toolkit in simulated robot environments with reward descriptions."),
]
ZRL_ADDED = [
    row("z0", "Zero-shot reinforcement learning (ZRL) in robot control with language rewards; ZRL agents transfer."),
    row("z8", "Satellite crop maps with a zonal regression layer (ZRL) estimate yield for each field region."),
    row("z9", "ZRL for satellite crop yield per field region, compared with pixel regression on images."),
    row("za", "The quantised mixture exchange (QMX) toolkit speeds up robot simulation; QMX runs on GPUs."),
]
SPLITS = {**{case: (v[0], v[1]) for case, v in FLIPS.items()}, "parts": (PART_ONE, PART_TWO),
          "second-sense": (QuEM_FIRST, QuEM_SECOND), "ambiguous-both": (ZRL_STORED, ZRL_ADDED)}


def papers_of(rows):
    return [Paper(r["id"], r["title"], r["abstract"], r["year"], r["venue"]) for r in rows]


def local(rows):
    return sorted(extract_local_all(papers_of(rows), n_process=1, progress=False), key=lambda r: r.paper.id)


def view(index: CorpusIndex):
    """Everything the rest of canonicalise reads of an index."""
    senses = {s: [(x.key, sorted(x.long_forms.items()), list(x.long_forms), sorted(x.papers), x.typed, x.untyped,
                   x.entry, sorted(x.types.items()), sorted(x.context.items())) for x in v]
              for s, v in index.senses.items()}
    return (senses, {s: index.bare_papers[s] for s in index.senses},
            {s: sorted(c.items()) for s, c in index.short_spellings.items() if c}, sorted(index.sense_by_key),
            sorted((k, v.key) for k, v in index._sense_of_long.items()))


@pytest.fixture
def counted_context(monkeypatch):
    """The abstracts whose context words are read."""
    calls = []
    real = corpus_mod.context_words

    def counted(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(corpus_mod.STEPS, "context_words", counted)
    return calls


@pytest.mark.parametrize("case", sorted(SPLITS))
def test_the_index_from_the_stored_parts_equals_the_index_of_the_whole(case, counted_context):
    stored, added = SPLITS[case]
    first, second = local(stored), local(added)
    both = sorted(first + second, key=lambda r: r.paper.id)
    parts = CorpusIndex.build(first).parts
    whole = CorpusIndex.build(both)
    counted_context.clear()
    summed = CorpusIndex.build(both, parts)
    assert view(summed) == view(whole)
    # What the next build stores; "tops" is a cache of variant_key, which may hold more spellings.
    assert {k: v for k, v in summed.parts.items() if k != "tops"} == {k: v for k, v in whole.parts.items() if k != "tops"}
    assert all(corpus_mod.variant_key(t) == v for t, v in summed.parts["tops"].items())
    # Only the added papers' context is read, unless a short form became ambiguous with them (its stored
    # definitions were not counted then).
    newly_ambiguous = {s for s in whole.senses if whole.ambiguous(s) and s not in parts["context"]}
    readers = {r.paper.abstract for r in second} | {
        r.paper.abstract for r in first for short, _ in r.definitions
        if corpus_mod.variant_key(short) in newly_ambiguous}
    assert set(counted_context) <= readers
    assert canonicalise_with_memo(both, canonicalise_with_memo(first, None)[1])[0] == canonicalise(both)


def test_an_ambiguous_short_form_counts_only_the_added_papers_context(counted_context):
    first, second = local(ZRL_STORED), local(ZRL_ADDED)
    parts = CorpusIndex.build(first).parts
    assert "zrl" in parts["context"]  # the case is what it claims: two senses in the stored part
    assert len(CorpusIndex.build(first).senses["zrl"]) == 2
    counted_context.clear()
    CorpusIndex.build(sorted(first + second, key=lambda r: r.paper.id), parts)
    assert counted_context and set(counted_context) <= {r.paper.abstract for r in second}


def test_a_part_covering_a_paper_not_in_the_corpus_is_not_used(counted_context):
    """A stored part's sums cannot be taken apart: if a paper it covers is gone, every paper is read."""
    results = local(ZRL_STORED + ZRL_ADDED)
    parts = CorpusIndex.build(results).parts
    fewer = [r for r in results if r.paper.id != "z1"]
    counted_context.clear()
    assert view(CorpusIndex.build(fewer, parts)) == view(CorpusIndex.build(fewer))
    assert any(r.paper.abstract in counted_context for r in fewer if r.paper.id in {"z2", "z3"})


def test_stored_long_form_groups_are_used_only_for_the_same_long_forms():
    """A short form's groups of long forms are taken from the part only when its long forms and their first
    spellings are the ones they were made from; a wrong stored group for other long forms changes nothing."""
    first, second = local(ZRL_STORED), local(ZRL_ADDED)
    both = sorted(first + second, key=lambda r: r.paper.id)
    parts = CorpusIndex.build(first).parts
    ids, firsts, groups = parts["clusters"]["zrl"]
    parts["clusters"]["zrl"] = (ids, firsts, [sorted(ids)])  # one group: wrong, but made from other long forms
    whole = CorpusIndex.build(both)
    assert whole._clusters["zrl"][:2] != (ids, firsts)  # the added papers bring a new long form of ZRL
    assert view(CorpusIndex.build(both, parts)) == view(whole)


def test_the_memo_keeps_the_index_only_while_every_paper_it_covers_is_unchanged(tmp_path):
    results = local(ZRL_STORED)
    _, memo = canonicalise_with_memo(results, None)
    path = tmp_path / "m.scans"
    papers = [r.paper for r in results]
    incremental.write_memo(path, memo, papers)
    assert incremental.read_memo(path, papers).index["covered"] == [p.id for p in papers]
    edited = Paper(papers[0].id, papers[0].title, papers[0].abstract + " More.", papers[0].year, papers[0].venue)
    back = incremental.read_memo(path, [edited, *papers[1:]])
    assert back.index is None and set(back.first) == {p.id for p in papers[1:]}  # the scans' finds still used
    assert incremental.read_memo(path, papers[1:]).index is None  # a covered paper not in the store any more


@pytest.mark.parametrize("how", ["format-1", "other-version", "garbage-index"])
def test_a_foreign_or_garbage_index_is_not_used(tmp_path, how):
    results = local(ZRL_STORED)
    _, memo = canonicalise_with_memo(results, None)
    path = tmp_path / "m.scans"
    papers = [r.paper for r in results]
    incremental.write_memo(path, memo, papers)
    data = marshal.loads(path.read_bytes())
    if how == "format-1":  # written by the code before the index was stored
        data["format"] = 1
        del data["index"]
    elif how == "other-version":
        data["version"] = "0" * 16
    else:
        data["index"] = {"covered": "z1", "defs": []}
    path.write_bytes(marshal.dumps(data))
    assert incremental.read_memo(path, papers) is None


@pytest.fixture
def keyed(monkeypatch):
    """The papers whose local keys are computed (local_key calls, by abstract)."""
    from paperkg.extract import canonical

    calls = []
    real = canonical.local_key

    def counted(e, index, abstract, title=None):
        calls.append(abstract)
        return real(e, index, abstract, title)

    monkeypatch.setattr(canonical.STEPS, "local_key", counted)
    return calls


def test_the_same_corpus_with_its_memo_computes_no_local_key(keyed):
    results = local(ZRL_STORED + ZRL_ADDED + PART_ONE)
    full, memo = canonicalise_with_memo(results, None)
    assert keyed
    keyed.clear()
    again, memo2 = canonicalise_with_memo(results, memo)
    assert keyed == []
    assert again == full and memo2.keys == memo.keys


def test_an_addition_keys_again_only_the_stored_papers_naming_a_short_form_it_changes(keyed):
    """The added papers define ZRL once more: the stored papers whose entities name ZRL are keyed again (its
    senses changed), PART_ONE's papers (FroGD, Zorblax, QuuxNet) are not, and the result is the whole's."""
    stored, added = local(ZRL_STORED + PART_ONE), local(ZRL_ADDED)
    both = sorted(stored + added, key=lambda r: r.paper.id)
    _, memo = canonicalise_with_memo(stored, None)
    keyed.clear()
    out, _ = canonicalise_with_memo(both, memo)
    again = set(keyed)
    assert {r.paper.abstract for r in added if r.entities} <= again
    assert {r.paper.abstract for r in stored if r.paper.id in {"z1", "z2", "z3"}} <= again
    assert not again & {r.paper.abstract for r in stored if r.paper.id in {"p1", "p2"}}
    assert out == canonicalise(both)


def test_stored_local_keys_are_not_used_without_the_stored_index(keyed):
    """Keys are reused only against the index part they were made with: a memo whose index was dropped (a
    covered paper changed) keys every paper again."""
    results = local(ZRL_STORED + PART_ONE)
    _, memo = canonicalise_with_memo(results, None)
    memo = memo.restrict([r.paper.id for r in results][1:])
    assert memo.index is None and memo.keys
    keyed.clear()
    out, _ = canonicalise_with_memo(results, memo)
    assert {r.paper.abstract for r in results if r.entities} <= set(keyed)
    assert out == canonicalise(results)


# Made up (session 14): "SHF" has one sense in the stored part, defined twice and used bare by s3; the added
# papers define it once more in a known spelling and use it bare, or only use it bare: its senses do not change.
SHF_STORED = [
    row("s1", "We propose sparse hashing forests (SHF) for approximate nearest neighbour search over image "
              "descriptors; SHF builds trees of binary codes."),
    row("s2", "Sparse hashing forests (SHF) index billions of vectors; we study SHF under memory limits."),
    row("s3", "We apply the SHF method to product images and compare recall against graph-based search."),
]
SHF_REDEFINED = [
    row("s4", "Sparse Hashing Forests (SHF) scale to streaming data; SHF trees are updated online."),
]
SHF_BARE = [
    row("s5", "Video frames are retrieved by the SHF method under a fixed memory budget."),
]
SHF_OTHER_SENSE = [
    row(f"s{i}", f"The spectral harmonic filter (SHF) smooths graph signals; we apply SHF to sensor networks, "
                 f"setting {i}.") for i in (6, 7, 8)
]


@pytest.mark.parametrize("added", ["redefined", "bare", "redefined-and-bare"])
def test_an_addition_that_leaves_a_short_forms_sense_as_it_was_keys_no_stored_paper_again(keyed, added):
    """Issue 14, session 14: a short form the added papers define again in a spelling of its one sense, or only
    use bare, keys no stored paper again (the stored index proves its senses unchanged); the result is the
    whole's."""
    rows = {"redefined": SHF_REDEFINED, "bare": SHF_BARE, "redefined-and-bare": SHF_REDEFINED + SHF_BARE}[added]
    stored, new = local(SHF_STORED + PART_ONE), local(rows)
    both = sorted(stored + new, key=lambda r: r.paper.id)
    index = CorpusIndex.build(both, CorpusIndex.build(stored).parts)
    assert len(index.senses["shf"]) == 1 and index.changed == set()
    _, memo = canonicalise_with_memo(stored, None)
    assert any(k and k.startswith("sense:") for k in memo.keys["s3"][1])  # s3's bare SHF is keyed to the sense
    keyed.clear()
    out, _ = canonicalise_with_memo(both, memo)
    assert not set(keyed) & {r.paper.abstract for r in stored}
    assert out == canonicalise(both)


def test_an_addition_that_gives_a_short_form_another_sense_keys_its_stored_papers_again(keyed):
    stored, new = local(SHF_STORED), local(SHF_OTHER_SENSE + SHF_BARE)
    both = sorted(stored + new, key=lambda r: r.paper.id)
    index = CorpusIndex.build(both, CorpusIndex.build(stored).parts)
    assert len(index.senses["shf"]) == 2 and "shf" in index.changed
    _, memo = canonicalise_with_memo(stored, None)
    keyed.clear()
    out, _ = canonicalise_with_memo(both, memo)
    assert {r.paper.abstract for r in stored} <= set(keyed)
    assert out == canonicalise(both)


def test_a_larger_bare_count_changes_a_short_form_only_where_the_list_entry_rule_can_flip():
    """resolve_bare's list-entry rule reads the bare count: a short form with a listed and an unlisted sense is
    changed only when the threshold moved past its unlisted definitions."""
    index = CorpusIndex()
    index.senses["qz"] = [corpus_mod.Sense(key="entry:x", entry="x"),
                          corpus_mod.Sense(key="sense:q z", papers={"a", "b", "c", "d"})]
    index.bare_papers["qz"] = 100  # threshold 5 now
    assert index._bare_count_matters("qz", 60)  # threshold 3 before: 4 unlisted definitions may flip
    assert not index._bare_count_matters("qz", 90)  # threshold 4.5 before: 4 <= both
    assert not index._bare_count_matters("qz", 100)  # unchanged threshold
    index.senses["qz"][0].entry = None
    assert not index._bare_count_matters("qz", 60)  # no listed sense: the rule is never reached


def test_a_stored_paper_keyed_again_keys_only_its_entities_naming_a_changed_short_form(monkeypatch):
    """Session 14: z3 names ZRL (changed by the added definitions) and Robot Manipulation (no short form): only
    its ZRL entity is keyed again; the result is the whole's."""
    from paperkg.extract import canonical

    calls = []
    real = canonical.local_key
    monkeypatch.setattr(canonical.STEPS, "local_key", lambda e, *a: calls.append(e.name) or real(e, *a))
    stored, added = local(ZRL_STORED), local(ZRL_ADDED)
    both = sorted(stored + added, key=lambda r: r.paper.id)
    z3 = next(r for r in stored if r.paper.id == "z3")
    assert {e.name for e in z3.entities} == {"Robot Manipulation", "zero-shot reinforcement learning"}
    _, memo = canonicalise_with_memo(stored, None)
    calls.clear()
    out, _ = canonicalise_with_memo(both, memo)
    assert "zero-shot reinforcement learning" in calls and "Robot Manipulation" not in calls
    assert out == canonicalise(both)
