"""Each group's canonical form kept in the scan memo (extract/canonical.py _groups_to_store /
_unchanged_stored_groups, graph/incremental.py read_memo/write_memo): reused only for groups no changed paper
touches, and the result equals canonicalise of the whole corpus. Cases made up (tests/incremental_cases.py and
test_stored_index.py's), none from gold files."""

import marshal

import pytest

from paperkg.extract import canonical
from paperkg.extract.canonical import canonicalise, canonicalise_with_memo
from paperkg.graph import incremental

from incremental_cases import PART_ONE
from test_stored_index import SPLITS, ZRL_ADDED, ZRL_STORED, local


def stored_memo(tmp_path, results):
    """The memo of these papers as a build writes it and the next one reads it (through marshal)."""
    _, memo = canonicalise_with_memo(results, None)
    path = tmp_path / "m.scans"
    papers = [r.paper for r in results]
    incremental.write_memo(path, memo, papers)
    return incremental.read_memo(path, papers), path, papers


@pytest.fixture
def canonical_calls(monkeypatch):
    """The groups whose canonical form is computed (_canonical calls, by key list)."""
    calls = []
    real = canonical._canonical

    def counted(keys, es, index, bare):
        calls.append(tuple(keys))
        return real(keys, es, index, bare)

    monkeypatch.setattr(canonical.STEPS, "canonical", counted)
    return calls


@pytest.mark.parametrize("case", sorted(SPLITS))
def test_an_addition_with_the_stored_groups_equals_the_whole(tmp_path, case):
    stored, added = SPLITS[case]
    first, second = local(stored), local(added)
    both = sorted(first + second, key=lambda r: r.paper.id)
    memo, _, _ = stored_memo(tmp_path, first)
    assert memo.groups
    out, memo2 = canonicalise_with_memo(both, memo)
    whole, whole_memo = canonicalise_with_memo(both, None)
    assert out == whole == canonicalise(both)
    # What the next build stores equals the whole's: groups, key forms, claims, aliases.
    assert (memo2.groups, memo2.forms, memo2.claims, memo2.aliases) == (
        whole_memo.groups, whole_memo.forms, whole_memo.claims, whole_memo.aliases)


def test_the_same_corpus_with_its_memo_computes_no_canonical_form(tmp_path, canonical_calls):
    results = local(ZRL_STORED + ZRL_ADDED + PART_ONE)
    memo, _, _ = stored_memo(tmp_path, results)
    canonical_calls.clear()
    again, _ = canonicalise_with_memo(results, memo)
    assert canonical_calls == []
    assert again == canonicalise(results)


def test_an_addition_computes_again_only_the_groups_its_papers_touch(tmp_path, canonical_calls):
    """Adding ZRL papers: the group of ZRL's sense the added papers name is computed again, the groups of
    PART_ONE's FroGD, QuuxNet and Zorblax are not."""
    stored, added = local(ZRL_STORED + PART_ONE), local(ZRL_ADDED)
    both = sorted(stored + added, key=lambda r: r.paper.id)
    memo, _, _ = stored_memo(tmp_path, stored)
    canonical_calls.clear()
    out, _ = canonicalise_with_memo(both, memo)
    again = {k for keys in canonical_calls for k in keys}
    assert any("zero" in k for k in again)
    assert not any(w in k for k in again for w in ("frogd", "frobnicated", "quuxnet", "zorblax"))
    assert canonical_calls and len(canonical_calls) < len(memo.groups)
    assert out == canonicalise(both)


def test_a_wrong_stored_form_of_a_touched_group_is_not_used(tmp_path):
    """Every stored form made wrong: the groups the addition touches get theirs computed again (so the ZRL
    papers are right); the untouched ones keep the stored form (the reuse is real)."""
    stored, added = local(ZRL_STORED + PART_ONE), local(ZRL_ADDED)
    both = sorted(stored + added, key=lambda r: r.paper.id)
    memo, _, _ = stored_memo(tmp_path, stored)
    memo.groups = {root: (ks, sense, ("method:wrong", "Wrong", None, set())) for root, (ks, sense, _) in
                   memo.groups.items()}
    out, _ = canonicalise_with_memo(both, memo)
    right = canonicalise(both)
    got = {p.id: {(e.id, e.name) for e in p.entities} for p in out}
    zrl = [(p.id, (e.id, e.name)) for p in right for e in p.entities
           if "zero-shot" in e.name.lower() or "zonal" in e.name.lower()]
    assert len({pid for pid, _ in zrl}) == 4  # z0-z3 (the extractor keeps no "zonal regression layer")
    assert all(ent in got[pid] for pid, ent in zrl)
    assert "Wrong" in {name for _, name in got["p1"]}  # FroGD's paper: nothing of it changed, its stored (here wrong) form is used


def test_stored_groups_are_not_used_without_the_stored_index(tmp_path, canonical_calls):
    results = local(ZRL_STORED + PART_ONE)
    memo, _, _ = stored_memo(tmp_path, results)
    memo = memo.restrict([r.paper.id for r in results][1:])  # a covered paper gone: the sums cannot be used
    assert memo.index is None and memo.groups is None
    canonical_calls.clear()
    out, _ = canonicalise_with_memo(results, memo)
    assert canonical_calls
    assert out == canonicalise(results)


@pytest.mark.parametrize("how", ["format-2", "format-3", "garbage-groups", "not-a-set", "garbage-claims",
                                 "garbage-forms", "garbage-aliases"])
def test_foreign_or_garbage_groups_are_not_used(tmp_path, how):
    _, path, papers = stored_memo(tmp_path, local(ZRL_STORED))
    data = marshal.loads(path.read_bytes())
    if how == "format-2":  # written by the code before the groups were stored
        data["format"] = 2
        del data["groups"]
    elif how == "garbage-groups":
        data["groups"] = {"sense:x": ["sense:x"]}
    elif how == "garbage-claims":
        data["claims"] = {"sense:x": [("X", "x")]}
    elif how == "garbage-forms":
        data["forms"] = {"sense:x": ("method", ["x"])}
    elif how == "format-3":  # written by the code before each paper's aliases were stored
        data["format"] = 3
        del data["aliases"]
    elif how == "garbage-aliases":
        data["aliases"] = {"z1": ["ZRL"]}
    else:
        root = next(iter(data["groups"]))
        ks, sense, form = data["groups"][root]
        data["groups"][root] = (ks, sense, (*form[:3], sorted(form[3])))
    path.write_bytes(marshal.dumps(data))
    assert incremental.read_memo(path, papers) is None


@pytest.fixture
def alias_calls(monkeypatch):
    """The local entities whose aliases are computed (_aliases calls, by name)."""
    calls = []
    real = canonical._aliases
    monkeypatch.setattr(canonical.STEPS, "aliases", lambda e, accepted, name: calls.append(e.name) or real(e, accepted, name))
    return calls


def test_the_same_corpus_with_its_memo_computes_no_alias(tmp_path, alias_calls):
    """Session 14: a stored paper keyed as stored, in groups that kept their stored form, takes its rows'
    aliases from the memo."""
    results = local(ZRL_STORED + ZRL_ADDED + PART_ONE)
    memo, _, _ = stored_memo(tmp_path, results)
    alias_calls.clear()
    again, _ = canonicalise_with_memo(results, memo)
    assert alias_calls == []
    assert again == canonicalise(results)


def test_stored_aliases_are_used_only_for_rows_whose_group_kept_its_form(tmp_path, alias_calls):
    """Every stored alias made wrong: the rows in groups the addition touches (ZRL's) get theirs computed again;
    the untouched ones (FroGD's paper) keep the stored (here wrong) ones: the reuse is real and bounded."""
    stored, added = local(ZRL_STORED + PART_ONE), local(ZRL_ADDED)
    both = sorted(stored + added, key=lambda r: r.paper.id)
    memo, _, _ = stored_memo(tmp_path, stored)
    memo.aliases = {pid: [["Wrong alias"] for _ in rows] for pid, rows in memo.aliases.items()}
    alias_calls.clear()
    out, _ = canonicalise_with_memo(both, memo)
    right = {p.id: p for p in canonicalise(both)}
    got = {p.id: p for p in out}
    assert any("zero-shot" in name.lower() for name in alias_calls)
    def zrl(p):
        return [e for e in p.entities if "zero-shot" in e.name.lower()]

    for pid in ("z1", "z2", "z3"):  # the ZRL rows: keyed again, their group computed again
        assert zrl(got[pid]) == zrl(right[pid]) != []
    assert any("Wrong alias" in e.aliases for e in got["p1"].entities)


def test_stored_aliases_are_not_used_without_stored_groups(tmp_path, alias_calls):
    results = local(ZRL_STORED + PART_ONE)
    memo, _, _ = stored_memo(tmp_path, results)
    memo = memo.restrict([r.paper.id for r in results][1:])  # a covered paper gone: no index, no groups
    assert memo.groups is None and memo.aliases is None
    alias_calls.clear()
    out, _ = canonicalise_with_memo(results, memo)
    assert alias_calls
    assert out == canonicalise(results)
