"""precision60 (session 45): quote marks around a name are cut; a proposed bare name in other inner capitals than a
defined short form keeps its own key; the bare first word of a longer name that holds a number or ends in a plural
is no alias of it."""

from extract import precision60 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:name-shape", field="abstract"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def test_unquote_names():
    assert P.unquote60('"Zorvex') == ("Zorvex", 1, 0)
    assert P.unquote60("\u201cKelpNet\u201d") == ("KelpNet", 1, 1)
    assert P.unquote60("``The Tidy Owl''") == ("The Tidy Owl", 2, 2)
    assert P.unquote60('"Grid-ABC"') == ("Grid-ABC", 1, 1)
    assert P.unquote60("Mirv\u201d") == ("Mirv", 0, 1)
    # a pair inside the name, an apostrophe, no quote: left alone
    for n in ("'Fast-Slow' Routing", "O'Brien Corpus", "KelpNet", "learners'"):
        assert P.unquote60(n) is None, n


def test_quote_marks_cut_and_join(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION60", raising=False)
    title = '"Zorvex: Fast Planning for Tiny Robots'
    abstract = "We present Zorvex, a planner. Zorvex runs on a phone."
    q = _entity(title, '"Zorvex', rule="rule:title-name", field="title")
    z = _entity(abstract, "Zorvex", role="proposes")
    out = P.strip_quotes60(title, abstract, [q, z])
    assert [x.name for x in out] == ["Zorvex"]
    spans = {(m.field, m.start, m.end) for m in out[0].mentions}
    assert ("title", 1, 7) in spans and all(m.text == "Zorvex" for m in out[0].mentions)


def test_quote_marks_on_a_mention_of_an_unquoted_name(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION60", raising=False)
    title = '"Zorvex: Fast Planning for Tiny Robots'
    e = _entity(title, '"Zorvex', rule="rule:title-name", field="title")
    e.name, e.aliases = "Zero Vertex Planner", ['"Zorvex', "Zorvex"]
    out = P.strip_quotes60(title, "We present the Zero Vertex Planner.", [e])
    assert out[0].aliases == ["Zorvex"] and out[0].mentions[0].text == "Zorvex" and out[0].mentions[0].start == 1


def test_quote_marks_leaves_inner_pair(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION60", raising=False)
    title = "'Fast-Slow' Routing: A Study"
    e = _entity(title, "'Fast-Slow' Routing", rule="rule:title-name", field="title")
    assert P.strip_quotes60(title, "We study routing.", [e])[0].name == "'Fast-Slow' Routing"


def test_other_capitals():
    assert P.other_capitals60(["QuiRKS"], ["QUIRK"])
    assert P.other_capitals60(["DeNOVA"], ["DENOVA", "DeNova"]) is True
    # the defined spelling itself, its plural, all capitals, capitalised only: uses
    for t in (["QUIRK"], ["QUIRKs"], ["Quirk"], ["quirk"], ["QuIRK", "QUIRK"]):
        assert not P.other_capitals60(t, ["QUIRK", "QuIRK"] if "QuIRK" in t else ["QUIRK"]), t
    assert not P.other_capitals60(["QuiRKS"], ["ZAP"])  # not the same letters


def test_bare_head():
    assert P.bare_head60("MedLex", "MedLex 40k Notes")
    assert P.bare_head60("FrameBase", "FrameBase Annotations")
    assert P.bare_head60("SemEval-2031", "SemEval-2031 Task 4")
    assert not P.bare_head60("SparQ", "SparQ Attention")
    assert not P.bare_head60("SparQ", "SparQ")
    assert not P.bare_head60("Glass", "GlassNet Lens")


def test_switch_off_restores(monkeypatch):
    title = '"Zorvex: Fast Planning'
    monkeypatch.setenv("PAPERKG_PRECISION60", "off")
    e = _entity(title, '"Zorvex', rule="rule:title-name", field="title")
    assert P.strip_quotes60(title, "We present it.", [e])[0].name == '"Zorvex'
    assert not P.other_capitals60(["QuiRKS"], ["QUIRK"])
    assert not P.bare_head60("MedLex", "MedLex 40k Notes")
    monkeypatch.setenv("PAPERKG_PRECISION60", "quote-marks")
    assert P.other_capitals60(["QuiRKS"], ["QUIRK"])
    assert P.strip_quotes60(title, "We present it.", [e])[0].name == '"Zorvex'


def test_local_key_other_capitals(monkeypatch):
    """canonical.local_key: a proposed bare "TqReCS" where the corpus defines "TQREC" keeps an apart key."""
    from collections import Counter

    from extract import canonical
    from extract.corpus import CorpusIndex, Sense

    # a real index (compiled, local_key takes nothing else): the corpus defines TQREC three times
    index = CorpusIndex()
    index.short_spellings["tqrec"] = Counter({"TQREC": 3})
    index.senses["tqrec"] = [Sense("sense:tqrec-long-form", Counter({"Tq Rec Long Form": 3}), {"a", "b", "c"}, 3)]
    monkeypatch.delenv("PAPERKG_PRECISION60", raising=False)
    abstract = "We propose TqReCS, a sequential model. TqReCS beats the baselines."
    e = _entity(abstract, "TqReCS", typ="model", role="proposes")
    assert index.bare_form(e) == "tqrec"  # read as a bare use of the defined short form
    assert canonical.local_key(e, index, abstract, "Painting from Traces") == "apart:tqrec"
