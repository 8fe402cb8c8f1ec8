"""precision61 (session 46): spans cut out of a longer capitalised name, glued scores and names, and software, games,
forums and organisations typed method are cut or dropped; real names stay."""

from extract import precision61 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:repeated-name", field="abstract", at=None):
    start = text.index(name) if at is None else at
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def _names(title, abstract, *ents):
    return [e.name for e in P.drop_spans61(title, abstract, list(ents))]


def test_word_cut(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION61", raising=False)
    a = "We introduce Blend and Shift Net, a way to merge two encoders for tagging."
    assert _names(None, a, _entity(a, "Blend")) == []
    b = "For pose estimation we use the Oxford Pictures of Workers dataset and report mAP."
    assert _names(None, b, _entity(b, "Workers", typ="dataset")) == []
    # a coordinated name is no plain word, and a plain word written alone stays
    c = "We compare Zorbnet and Quixel on parsing. Rivers are modelled with Flow."
    assert _names(None, c, _entity(c, "Zorbnet"), _entity(c, "Flow")) == ["Zorbnet", "Flow"]


def test_event_piece(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION61", raising=False)
    a = "Our system ranked first in the WXYZ 2019 Shared Task on Spelling Repair for three languages."
    assert _names(None, a, _entity(a, "Shared Task on Spelling Repair")) == []
    b = "We describe the runs submitted to the ABCD mHealth Lab, where the ABCD mHealth retrieval task asks for pages."
    e = _entity(b, "mHealth")
    e.mentions.append(Mention("mHealth", b.rindex("mHealth"), b.rindex("mHealth") + 7, 0, "rule:repeated-name",
                              "abstract"))
    assert _names(None, b, e) == []
    c = "We train mHealthNet on clinical notes; mHealthNet beats the baselines."
    assert _names(None, c, _entity(c, "mHealthNet")) == ["mHealthNet"]


def test_hyphen_cut(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION61", raising=False)
    a = "We build a Vision-QX Feature Aligner that maps patches into the text space."
    assert _names(None, a, _entity(a, "Vision-QX")) == []
    b = "We build Vision-QX, a model that maps patches into the text space."
    assert _names(None, b, _entity(b, "Vision-QX")) == ["Vision-QX"]


def test_score_glued(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION61", raising=False)
    a = "We reach new best F1 on two datasets: QRX-gene 91.27, QRX-drug 88.4."
    out = P.drop_spans61(None, a, [_entity(a, "QRX-gene 91.27", typ="dataset"), _entity(a, "QRX-drug 88.4", typ="dataset")])
    assert [e.name for e in out] == ["QRX-gene", "QRX-drug"]
    assert a[out[0].mentions[0].start:out[0].mentions[0].end] == "QRX-gene"
    # a version number is no score
    b = "We test Zorb 2.1 and Quill 3.5 on the data."
    assert _names(None, b, _entity(b, "Zorb 2.1", typ="dataset")) == ["Zorb 2.1"]


def test_stem_glued(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION61", raising=False)
    t = "Aligning dkFrameBank-Berkeley FrameBank Frames"
    e = _entity(t, "dkFrameBank-Berkeley FrameBank", typ="dataset", field="title")
    assert _names(t, "We align two frame lexicons.", e) == []
    a = "We use Swin-Tiny Backbone features."
    assert _names(None, a, _entity(a, "Swin-Tiny Backbone")) == ["Swin-Tiny Backbone"]


def test_software_kind(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION61", raising=False)
    a = "We present Quibblo, a serious game that teaches players to spot weak arguments."
    assert _names(None, a, _entity(a, "Quibblo")) == []
    b = "We study language in DarkMoods posts on Reddit to predict risk."
    assert _names(None, b, _entity(b, "DarkMoods")) == []
    c = "Our code and models will be released at ZorbLib."
    assert _names(None, c, _entity(c, "ZorbLib")) == []
    d = "We introduce an open-source web-based text annotation framework (TagPal) for sequence labelling."
    assert _names(None, d, _entity(d, "TagPal")) == []
    e = "Radar maps come from the Zorbland Weather Bureau and cover ten years."
    assert _names(None, e, _entity(e, "Zorbland Weather Bureau")) == []
    f = "Crowdsourcing platforms became popular in recent years, such as QuickHire and TaskBee."
    assert _names(None, f, _entity(f, "QuickHire"), _entity(f, "TaskBee")) == []
    # a proposed framework that is a technique stays; a host mention beside the title's name stays
    h = "We propose Zetor, an efficient annotation framework that casts labelling as denoising."
    assert _names(None, h, _entity(h, "Zetor", role="proposes")) == ["Zetor"]
    t, i = "Zetor: Denoising Labels", "Code will be released at Zetor."
    z = _entity(t, "Zetor", field="title")
    z.mentions.append(Mention("Zetor", i.index("Zetor"), i.index("Zetor") + 5, 0, "rule:repeated-name", "abstract"))
    assert _names(t, i, z) == ["Zetor"]
    c2 = "We test on datasets such as Molecules and Proteins for graph classification."
    assert _names(None, c2, _entity(c2, "Molecules", typ="dataset"), _entity(c2, "Proteins", typ="dataset")) == [
        "Molecules", "Proteins"]
    g = "We propose FlowMix, a framework that learns to mix flows for domain adaptation."
    assert _names(None, g, _entity(g, "FlowMix", role="proposes")) == ["FlowMix"]


def test_switch_off_restores(monkeypatch):
    a = "We present Quibblo, a serious game that teaches players to spot weak arguments."
    monkeypatch.setenv("PAPERKG_PRECISION61", "0")
    assert _names(None, a, _entity(a, "Quibblo")) == ["Quibblo"]
    monkeypatch.setenv("PAPERKG_PRECISION61", "software-kind")
    assert _names(None, a, _entity(a, "Quibblo")) == ["Quibblo"]
    monkeypatch.delenv("PAPERKG_PRECISION61")
    assert _names(None, a, _entity(a, "Quibblo")) == []
