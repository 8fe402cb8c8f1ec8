"""Session 26 (extract/senses26.py): a paper's own words decide what its bare short form means there. Names, senses
and sentences are invented; none comes from a gold file."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from paperkg.extract import corpus, senses26
from paperkg.extract.canonical import LocalResult, canonicalise, local_key
from paperkg.extract.corpus import CorpusIndex, Sense
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


@pytest.fixture(autouse=True)
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_SENSES26", raising=False)
    corpus._aligned.cache_clear()
    yield
    corpus._aligned.cache_clear()


def _sense(key: str, long_form: str, papers: int) -> Sense:
    return Sense(key=key, long_forms=Counter({long_form: papers}), papers={f"{key}-{i}" for i in range(papers)},
                 typed=papers, types=Counter({"method": papers}))


def _index(short: str, *senses: Sense) -> CorpusIndex:
    idx = CorpusIndex()
    idx.senses[short] = list(senses)
    for s in senses:
        idx.sense_by_key[s.key] = s
    return idx


def _bare(short: str, text: str) -> LocalEntity:
    at = text.index(short)
    return LocalEntity(name=short, type="method", role="uses", aliases=[], family=None,
                       mentions=[Mention(short, at, at + len(short), 0, "rule:name-shape")])


def test_own_bracket_words_spell_the_capitals():
    text = "We adopt the Quill Ranking Network (QRNet) and the Bags of Zebras (BoZ) as backbones."
    assert senses26.own_bracket_words26("QRNet", text) == ["Quill Ranking Network"]
    assert senses26.own_bracket_words26("BoZ", text) == ["Bags of Zebras"]
    # a run with an acronym inside, or one that starts on a phrase word, is no spelling
    assert senses26.own_bracket_words26("DQNs", "we train deep QNs (DQNs) here") == []
    assert senses26.own_bracket_words26("QRNet", "a model (QRNet) is used") == []
    # initials, not any capitals that fit: "pose problem" is no spelling of PnP (its n stands alone)
    assert senses26.own_bracket_words26("PnP", "the absolute camera pose problem (PnP) with shutters") == []
    assert senses26.own_bracket_words26("OPT", "we study off-policy tuning (OPT) here") == ["off-policy tuning"]


def test_letters_spelt_by_consecutive_capitalised_words_only():
    text = "For Blind Zebra Quality scoring, BZQ models help; Blind, Zebra Quality is not."
    assert senses26.letters_spelt26("BZQ", text) == ["Blind Zebra Quality"]
    assert senses26.letters_spelt26("BZQ", "Blind. Zebra Quality") == []
    # lower-case words and stop words spell by chance ("provide a computationally" for PAC)
    assert senses26.letters_spelt26("PAC", "we provide a computationally cheap bound") == []
    assert senses26.letters_spelt26("BZQ", "blind zebra quality") == []


def test_own_bracket_moves_a_bare_use_off_a_large_sense():
    idx = _index("qrnet", _sense("sense:quantumrelaynetwork", "Quantum Relay Network", 12))
    text = "We adopt the Quill Ranking Network (QRNet) to rank pens. QRNet is fast."
    e = _bare("QRNet", text)
    assert local_key(e, idx, text) == "own:Quill Ranking Network"
    # the paper's bracket spells the sense itself: it stays
    text2 = "We adopt the Quantum Relay Network (QRNet) to relay. QRNet is fast."
    assert local_key(_bare("QRNet", text2), idx, text2) == "sense:quantumrelaynetwork"


def test_spelt_other_moves_a_bare_use_the_paper_spells_otherwise():
    idx = _index("bzq", _sense("sense:bayesianzonequery", "Bayesian zone query", 6))
    text = "For no-reference Blind Zebra Quality scoring, we train BZQ models on stripes."
    assert local_key(_bare("BZQ", text), idx, text) == "own:Blind Zebra Quality"
    # the paper spells the sense somewhere: its bare use means it
    text2 = "Unlike Bayesian zone query, Blind Zebra Quality scoring is new; BZQ models help."
    assert local_key(_bare("BZQ", text2), idx, text2) == "sense:bayesianzonequery"
    # the letters spelt nowhere: the only sense, as before
    text3 = "We train BZQ models on stripes."
    assert local_key(_bare("BZQ", text3), idx, text3) == "sense:bayesianzonequery"


def test_spelt_other_leaves_a_hand_listed_sense_alone():
    from paperkg.extract.gazetteer import entry_by_id

    entry = entry_by_id("method:support-vector-machine")
    assert entry.source.split(":")[0] in corpus.HAND_LISTS
    idx = _index("svm", Sense(key="sense:supportvectormachine", long_forms=Counter({"support vector machine": 9}),
                              papers={f"s{i}" for i in range(9)}, typed=9, entry=entry.id,
                              types=Counter({"method": 9})))
    text = "Sections via Multispectral imaging, Spectral Variance Maps; a linear SVM classifies them."
    assert local_key(_bare("SVM", text), idx, text) == "sense:supportvectormachine"


def test_parts_switch_off_by_name(monkeypatch):
    idx = _index("bzq", _sense("sense:bayesianzonequery", "Bayesian zone query", 6))
    text = "For Blind Zebra Quality scoring, we train BZQ models."
    monkeypatch.setenv("PAPERKG_SENSES26", "spelt-other")
    assert local_key(_bare("BZQ", text), idx, text) == "sense:bayesianzonequery"
    monkeypatch.setenv("PAPERKG_SENSES26", "own-bracket")
    assert local_key(_bare("BZQ", text), idx, text) == "own:Blind Zebra Quality"
    monkeypatch.setenv("PAPERKG_SENSES26", "own-name")  # round two's key off: the folded sense key of session 26
    assert local_key(_bare("BZQ", text), idx, text) == "sense:blindzebraquality"
    monkeypatch.setenv("PAPERKG_SENSES26", "off")
    assert local_key(_bare("BZQ", text), idx, text) == "sense:bayesianzonequery"


def test_prefix_word_is_no_clipped_word(monkeypatch):
    assert not corpus._same_word("off", "offline")
    assert not corpus.same_long_form(["off", "policy", "tuning"], ["offline", "policy", "tuning"])
    assert corpus._same_word("nets", "networks")  # a clipped word still is
    monkeypatch.setenv("PAPERKG_SENSES26", "prefix-word")
    assert corpus._same_word("off", "offline")


def _paper(pid: str, text: str) -> Paper:
    return Paper(id=pid, title=None, abstract=text)


def _defined(short: str, long: str, text: str) -> LocalEntity:
    at = text.index(long)
    sat = text.index(short, at + len(long))
    return LocalEntity(name=long, type="method", role="uses", aliases=[short], family=None, long_form=long,
                       short_forms=[short], mentions=[Mention(long, at, at + len(long), 0, "abbreviation"),
                                                      Mention(short, sat, sat + len(short), 0, "abbreviation")])


def test_corpus_pass_keeps_two_prefix_senses_apart():
    a = "We study offline policy tuning (OPT) for robots."
    b = "We study off-policy tuning (OPT) for bandits."
    out = canonicalise([LocalResult(_paper("p1", a), [_defined("OPT", "offline policy tuning", a)], [],
                                    [("OPT", "offline policy tuning")]),
                        LocalResult(_paper("p2", b), [_defined("OPT", "off-policy tuning", b)], [],
                                    [("OPT", "off-policy tuning")])])
    assert out[0].entities[0].id != out[1].entities[0].id


def _coiner(pid: str, year: int, title: str, text: str, entry: str | None) -> LocalResult:
    name = title.split(":")[0]
    e = LocalEntity(name=name, type="method", role="proposes", aliases=[], family=None, entry=entry,
                    mentions=[Mention(name, 0, len(name), 0, "rule:title-name", "title"),
                              Mention(name, text.index(name), text.index(name) + len(name), 0, "rule:named")])
    return LocalResult(Paper(id=pid, title=title, abstract=text, year=year), [e], [])


def test_listed_coiners_of_a_one_name_entry_are_apart(monkeypatch):
    from paperkg.extract.gazetteer import entry_by_id

    assert senses26.one_name_entry26(entry_by_id("method:scalenet").forms)
    assert not senses26.one_name_entry26(("ResNet", "Residual Network"))
    a = _coiner("q1", 2017, "ScaleNet: Guiding shelf proposals in grocery stores",
                "We call our shelf proposal generator ScaleNet; it finds cereal boxes on grocery shelves.",
                "method:scalenet")
    b = _coiner("q2", 2022, "ScaleNet: Searching depth and width for compact classifiers",
                "We present an architecture search named ScaleNet that scales depth and width of classifiers.",
                "method:scalenet")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] != ids[1] and ids[0] == "method:scalenet", ids
    monkeypatch.setenv("PAPERKG_SENSES26", "listed-coiners")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] == ids[1], ids


def test_two_papers_own_things_do_not_meet_under_one_key():
    idx = _index("qrnet", _sense("sense:quantumrelaynetwork", "Quantum Relay Network", 12))
    a = "We adopt the Quill Ranking Network (QRNet) to rank pens."
    b = "We build the Quartz Relief Network (QRNet) for carving."
    assert local_key(_bare("QRNet", a), idx, a) != local_key(_bare("QRNet", b), idx, b)


# Round two: a moved use keeps its own sense in the corpus pass; a paper's definition decides its short form.


def _bare_result(pid: str, year: int, title: str, text: str, short: str) -> LocalResult:
    e = LocalEntity(name=short, type="method", role="uses", aliases=[], family=None,
                    mentions=[Mention(short, m.start(), m.end(), 0, "rule:repeated-name")
                              for m in re.finditer(re.escape(short), text)])
    return LocalResult(Paper(id=pid, title=title, abstract=text, year=year), [e], [])


def test_moved_use_does_not_join_another_papers_node_of_its_spelling(monkeypatch):
    definer = LocalResult(_paper("d1", "We plan with zero-shot action planning (ZAP) on robots."),
                          [_defined("ZAP", "zero-shot action planning", "We plan with zero-shot action planning "
                                    "(ZAP) on robots.")], [], [("ZAP", "zero-shot action planning")])
    coiner = _coiner("c1", 2019, "ZAP: a toolkit for quilting patterns",
                     "We release a toolkit named ZAP for quilting patterns.", None)
    user = _bare_result("u1", 2015, "Counting birds from the air",
                        "We map Zonal Aerial Photo mosaics of wetlands; ZAP tiles are counted. ZAP is fast.", "ZAP")
    ids = {p.id: p.entities[0].id for p in canonicalise([definer, coiner, user])}
    assert ids["u1"] == "method:zonal-aerial-photo", ids
    assert ids["u1"] != ids["c1"]
    monkeypatch.setenv("PAPERKG_SENSES26", "own-name")  # the session-26 key: named by the bare spelling
    ids = {p.id: p.entities[0].id for p in canonicalise([definer, coiner, user])}
    assert ids["u1"] == ids["c1"], ids


def _listed_sense() -> tuple[CorpusIndex, Sense]:
    from paperkg.extract.gazetteer import entry_by_id

    entry = entry_by_id("method:connectionist-temporal-classification")
    sense = Sense(key="sense:connectionisttemporalclassification",
                  long_forms=Counter({"connectionist temporal classification": 9, "cosine token clipping": 1}),
                  papers={f"t{i}" for i in range(10)}, typed=10, entry=entry.id, types=Counter({"method": 10}))
    idx = _index("ctc", sense)
    for long in ("connectionisttemporalclassification", "cosinetokenclipping"):
        idx._sense_of_long[("ctc", long)] = sense
    return idx, sense


def test_own_definition_keeps_a_paper_off_a_listed_sense_it_does_not_spell(monkeypatch):
    idx, sense = _listed_sense()
    text = "We clip logits by cosine token clipping (CTC) before decoding."
    assert local_key(_defined("CTC", "cosine token clipping", text), idx, text) == "own:cosine token clipping"
    text2 = "We train the recogniser with connectionist temporal classification (CTC) losses."
    e2 = _defined("CTC", "connectionist temporal classification", text2)
    assert local_key(e2, idx, text2) == sense.key
    monkeypatch.setenv("PAPERKG_SENSES26", "own-definition")
    assert local_key(_defined("CTC", "cosine token clipping", text), idx, text) == sense.key


def test_own_definition_does_not_join_back_through_its_short_form():
    a = "We clip logits by cosine token clipping (CTC) before decoding."
    b = "We train the recogniser with connectionist temporal classification (CTC) losses; CTC helps."
    ea = _defined("CTC", "cosine token clipping", a)
    eb = _defined("CTC", "connectionist temporal classification", b)
    eb.entry = "method:connectionist-temporal-classification"
    out = canonicalise([LocalResult(_paper("a1", a), [ea], [], [("CTC", "cosine token clipping")]),
                        LocalResult(_paper("b1", b), [eb], [], [("CTC", "connectionist temporal classification")])])
    assert out[0].entities[0].id == "method:cosine-token-clipping", out[0].entities[0].id
    assert out[1].entities[0].id == "method:connectionist-temporal-classification"
