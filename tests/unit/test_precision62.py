"""precision62 (session 47): software a paper uses ("the open-source ... system X"), programming languages and
hardware typed method/model are dropped; the paper's own systems and real techniques stay."""

from extract import precision62 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:repeated-name", field="abstract", at=None):
    start = text.index(name) if at is None else at
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def _names(title, abstract, *ents):
    return [e.name for e in P.drop_software62(title, abstract, list(ents))]


def test_used_software(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION62", raising=False)
    a = "The recordings were transcribed with the open-source speech recognition system Quorvox and checked by hand."
    assert _names(None, a, _entity(a, "Quorvox")) == []
    b = "Dialogs were collected through Talvenic, an open source multimodal dialog system, in three sessions."
    assert _names(None, b, _entity(b, "Talvenic")) == []
    c = "Audio was cleaned by an open source tool (Denoisa) before training."
    assert _names(None, c, _entity(c, "Denoisa")) == []


def test_used_software_leaves_own_system(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION62", raising=False)
    a = "We present Lexivo, an open-source system for normalizing noisy social media text."
    assert _names(None, a, _entity(a, "Lexivo", role="proposes")) == ["Lexivo"]
    b = "Lexivo is a new open-source system for text normalization."
    assert _names(None, b, _entity(b, "Lexivo")) == ["Lexivo"]
    # a parser is its parsing method, whatever the text calls it
    d = "Sentences were parsed by an open source tool (GraphoParser) before training."
    assert _names(None, d, _entity(d, "GraphoParser")) == ["GraphoParser"]
    # a technique the paper only compares with, no software noun after the open-source phrase
    c = "Unlike open-source baselines, Granofit learns the kernel from data."
    assert _names(None, c, _entity(c, "Granofit")) == ["Granofit"]
    # a name in the title is the paper's own
    t, i = "Quorvox: Fast Speech Recognition", "The open-source speech recognition system Quorvox is fast."
    q = _entity(t, "Quorvox", field="title")
    q.mentions.append(Mention("Quorvox", i.index("Quorvox"), i.index("Quorvox") + 7, 0, "rule:repeated-name",
                              "abstract"))
    assert _names(t, i, q) == ["Quorvox"]


def test_language_kind(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION62", raising=False)
    a = "We also present Bayeskell, a new probabilistic programming language embedded in OCaml, for our sampler."
    assert _names(None, a, _entity(a, "Bayeskell", role="proposes")) == []
    b = "TensorScript is a domain specific language for writing deep networks."
    assert _names(None, b, _entity(b, "TensorScript")) == []
    # the language is not the head of the phrase
    c = "We propose CodeMint, a bimodal pre-trained model for programming language understanding."
    assert _names(None, c, _entity(c, "CodeMint", role="proposes")) == ["CodeMint"]


def test_hardware_kind(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION62", raising=False)
    a = "A CCD-based processor that we call the QX7 is presented."
    assert _names(None, a, _entity(a, "QX7")) == []
    b = "Strides were counted by a wearable sensor called StepTrak."
    assert _names(None, b, _entity(b, "StepTrak")) == []
    # a device the paper presents is its contribution
    b2 = "We present a novel wearable sensor called StepTrak that counts strides."
    assert _names(None, b2, _entity(b2, "StepTrak", role="proposes")) == ["StepTrak"]
    c = "Spikes are sorted on Neurolog, an analog VLSI chip built by a partner lab."
    assert _names(None, c, _entity(c, "Neurolog")) == []
    # a network that runs on a device stays
    d = "We propose TinyNet, a network that runs on a mobile device called by the app."
    assert _names(None, d, _entity(d, "TinyNet", role="proposes")) == ["TinyNet"]


def test_other_types_left(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION62", raising=False)
    a = "We release Quorbank through the open-source speech recognition system Quorbank for others."
    assert _names(None, a, _entity(a, "Quorbank", typ="dataset")) == ["Quorbank"]


def test_switch_off_restores(monkeypatch):
    a = "A CCD-based processor that we call the QX7 is presented."
    monkeypatch.setenv("PAPERKG_PRECISION62", "0")
    assert _names(None, a, _entity(a, "QX7")) == ["QX7"]
    monkeypatch.setenv("PAPERKG_PRECISION62", "hardware-kind")
    assert _names(None, a, _entity(a, "QX7")) == ["QX7"]
    monkeypatch.delenv("PAPERKG_PRECISION62")
    assert _names(None, a, _entity(a, "QX7")) == []


def test_wired():
    import pathlib

    from extract.switches import OUTPUT_SWITCHES

    assert "PAPERKG_PRECISION62" in OUTPUT_SWITCHES
    root = pathlib.Path(__file__).resolve().parents[2]
    assert "drop_software62(" in (root / "extract" / "pipeline.py").read_text()
    assert "P.drop_software62(" in (root / "scripts" / "train_name_tagger.py").read_text()
