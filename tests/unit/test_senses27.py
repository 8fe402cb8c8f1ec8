"""Session 27 (extract/senses27.py): acronym senses and coined homonyms at corpus scale. Names, senses and
sentences are invented; none comes from a gold file."""

from __future__ import annotations

import pytest

from paperkg.extract import corpus, senses27
from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.corpus import HEAD_TAIL, CorpusIndex
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity
from test_senses26 import _defined  # a paper's own definition "long (SHORT)", as session 26's tests write it


@pytest.fixture(autouse=True)
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_SENSES27", raising=False)
    corpus._aligned.cache_clear()
    yield
    corpus._aligned.cache_clear()


# -- listed-acronym ----------------------------------------------------------------------------------------------


def _groups(longs: dict[str, str]) -> list[list[str]]:
    entries = corpus._entry_longs()["ctc"]
    defs = {corpus.variant_key(lf): [(pid, lf, "method")] for pid, lf in longs.items()}
    ids = sorted(set(defs) | set(entries))
    return CorpusIndex()._group_long_forms(ids, defs, entries, "ctc")


def test_a_listed_short_form_spells_no_other_definition(monkeypatch):
    longs = {"p1": "cyclic token compression", "p2": "Connectionist Temporal Classification",
             "p3": "cross-tier calibration"}
    groups = _groups(longs)
    listed = next(g for g in groups if "connectionisttemporalclassification" in g)
    assert "ctc" in listed  # the entry's own forms stay one sense
    assert "cyclictokencompression" not in listed and "crosstiercalibration" not in listed
    assert len(groups) == 3, groups
    monkeypatch.setenv("PAPERKG_SENSES27", "listed-acronym")
    assert len(_groups(longs)) == 1


def test_a_misspelt_listed_long_form_still_joins_the_entry():
    groups = _groups({"p1": "connectionist temporal classifications", "p2": "connectionist-temporal classifier"})
    assert len(groups) == 1, groups


def test_vacuous_forms_need_an_entry_with_a_long_form():
    ctc = corpus._entry_longs()["ctc"]
    words = {i: CorpusIndex._entry_words(i, ref) for i, ref in ctc.items()}
    found = senses27.vacuous_forms27("ctc", sorted(ctc), words, ctc, HEAD_TAIL)
    assert set(found) == {"ctc"} and "Connectionist Temporal Classification" in found["ctc"]
    # an entry that is only its name ("KITTI", "Kitti"): its form may still take the corpus's definition
    kitti = {"kitti": "benchmark:kitti"}
    assert senses27.vacuous_forms27("kitti", ["kitti"], {"kitti": ["kitti"]}, kitti, HEAD_TAIL) == {}
    # a definition's own id (no entry) is never vacuous
    assert senses27.vacuous_forms27("ctc", ["ctc"], {"ctc": ["ctc"]}, {}, HEAD_TAIL) == {}
    assert senses27.letters_only27("ctc", ["ctc", "network"], HEAD_TAIL)
    assert not senses27.letters_only27("ctc", ["ctc", "decoder"], HEAD_TAIL)
    assert senses27.joins_vacuous27("connectionist temporal classifier", found["ctc"])
    assert not senses27.joins_vacuous27("cyclic token compression", found["ctc"])


def test_corpus_pass_keeps_a_definition_off_the_listed_sense_for_bare_uses():
    """The bare CTC of a paper that defines it otherwise elsewhere in the corpus stays with the listed sense; the
    other paper's definition is its own node."""
    a = "We compress sequences with cyclic token compression (CTC) in speech models."
    b = "We train the recogniser with connectionist temporal classification (CTC) on speech."
    ea = _defined("CTC", "cyclic token compression", a)
    eb = _defined("CTC", "connectionist temporal classification", b)
    eb.entry = "method:connectionist-temporal-classification"
    out = canonicalise([LocalResult(_paper("a1", a), [ea], [], [("CTC", "cyclic token compression")]),
                        LocalResult(_paper("b1", b), [eb], [], [("CTC", "connectionist temporal classification")])])
    assert out[0].entities[0].id != out[1].entities[0].id
    assert out[1].entities[0].id == "method:connectionist-temporal-classification"


# -- proposal-coiners --------------------------------------------------------------------------------------------


def _paper(pid: str, text: str, year: int | None = None, title: str | None = None) -> Paper:
    return Paper(id=pid, title=title, abstract=text, year=year)


def _proposer(pid: str, year: int, title: str, text: str, name: str, rule: str = "rule:proposal") -> LocalResult:
    at = text.index(name)
    e = LocalEntity(name=name, type="method", role="proposes", aliases=[], family=None,
                    mentions=[Mention(name, at, at + len(name), 0, rule)])
    return LocalResult(_paper(pid, text, year, title), [e], [])


def _user(pid: str, year: int, title: str, text: str, name: str) -> LocalResult:
    at = text.index(name)
    e = LocalEntity(name=name, type="method", role="uses", aliases=[], family=None,
                    mentions=[Mention(name, at, at + len(name), 0, "rule:name-shape")])
    return LocalResult(_paper(pid, text, year, title), [e], [])


ROBOT = ("Grasping soft fruit with tactile grippers",
         "We propose QUILLO, a grasp planner for soft fruit that reads tactile grippers and plans squeezing motions "
         "for strawberries and tomatoes picked by orchard robots.")
POEMS = ("Rhyme-aware generation of sonnets",
         "We propose QUILLO for sonnet generation: a decoder that scores rhyme and meter of poems and rewrites "
         "stanzas in the style of classical poets.")


def test_two_papers_proposing_one_name_for_unrelated_things_are_two_nodes(monkeypatch):
    a = _proposer("r1", 2019, *ROBOT, "QUILLO")
    b = _proposer("r2", 2022, *POEMS, "QUILLO")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] != ids[1], ids
    assert ids[0] == "method:quillo", ids  # the earliest keeps the plain id
    monkeypatch.setenv("PAPERKG_SENSES27", "proposal-coiners")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] == ids[1], ids


def test_follow_ups_proposing_one_name_stay_one_node():
    a = _proposer("f1", 2019, *ROBOT, "QUILLO")
    b = _proposer("f2", 2021, "Grasping soft fruit with tactile grippers, revisited",
                  "We propose QUILLO, a grasp planner for soft fruit that reads tactile grippers; new squeezing "
                  "motions for strawberries and tomatoes picked by orchard robots.", "QUILLO")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] == ids[1], ids


def test_a_bare_user_follows_the_proposer_it_shares_words_with():
    a = _proposer("u1", 2019, *ROBOT, "QUILLO")
    b = _proposer("u2", 2022, *POEMS, "QUILLO")
    c = _user("u3", 2023, "Meter in generated poems",
              "Sonnet generation with QUILLO: rhyme and meter of poems by classical poets rewritten as stanzas.",
              "QUILLO")
    ids = {p.id: p.entities[0].id for p in canonicalise([a, b, c])}
    assert ids["u3"] == ids["u2"] != ids["u1"], ids


def test_same_keys_in_any_order_of_the_papers():
    a = _proposer("o1", 2019, *ROBOT, "QUILLO")
    b = _proposer("o2", 2022, *POEMS, "QUILLO")
    one = {p.id: p.entities[0].id for p in canonicalise([a, b])}
    two = {p.id: p.entities[0].id for p in canonicalise([b, a])}
    assert one == two


def test_a_proposal_of_a_listed_name_is_no_coinage():
    """A list entry with a long form (not only its name) keeps every paper that 'proposes' it."""
    text_a = ROBOT[1].replace("QUILLO", "ResNet")
    text_b = POEMS[1].replace("QUILLO", "ResNet")
    a = _proposer("l1", 2019, ROBOT[0], text_a, "ResNet")
    b = _proposer("l2", 2022, POEMS[0], text_b, "ResNet")
    for r in (a, b):
        r.entities[0].entry = "method:residual-network"
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] == ids[1], ids


def test_a_coined_shape_of_a_proposer_is_a_coinage(monkeypatch):
    a = _proposer("s1", 2019, *ROBOT, "QUILLO", rule="rule:name-shape")
    b = _proposer("s2", 2022, *POEMS, "QUILLO", rule="rule:name-shape")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] != ids[1], ids
    monkeypatch.setenv("PAPERKG_SENSES27", "shape-coiners")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] == ids[1], ids
    monkeypatch.delenv("PAPERKG_SENSES27")
    assert not senses27.coining_mention27("rule:repeated-name")
    assert senses27.coining_mention27("rule:proposal")


def test_a_spelling_many_papers_write_is_no_weak_coinage(monkeypatch):
    """Two papers 'proposing' a name that eight papers write are no coiners: the name is the corpus's."""
    a = _proposer("v1", 2019, *ROBOT, "QUILLO")
    b = _proposer("v2", 2022, *POEMS, "QUILLO")
    users = [_user(f"v{i}", 2020, "Orchard robots", f"Robots {i} pick fruit with QUILLO grasps.", "QUILLO")
             for i in range(3, 3 + senses27.WIDE_SPELLING27 - 2)]
    ids = {p.id: p.entities[0].id for p in canonicalise([a, b, *users])}
    assert ids["v1"] == ids["v2"], ids
    monkeypatch.setenv("PAPERKG_SENSES27", "wide-spelling")
    ids = {p.id: p.entities[0].id for p in canonicalise([a, b, *users])}
    assert ids["v1"] != ids["v2"], ids
    monkeypatch.delenv("PAPERKG_SENSES27")
    counts = senses27.spelling_papers27([a, b, *users])
    assert counts["quillo"] == senses27.WIDE_SPELLING27
    assert senses27.wide_spelling27({"Quillo"}, counts) and not senses27.wide_spelling27({"other"}, counts)


def test_a_user_of_a_coined_shape_is_no_coiner():
    """A paper that uses the name (role uses) is no coiner, whatever its shape: it stays with the coiner."""
    a = _proposer("w1", 2019, *ROBOT, "QUILLO", rule="rule:name-shape")
    b = _user("w2", 2022, *POEMS, "QUILLO")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] == ids[1], ids
