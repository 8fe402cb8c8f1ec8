"""precision54 (session 42): countries, human languages the paper writes as languages, and description/temporal
logics typed method/dataset/benchmark/model are dropped; ML names that are also language names stay."""

from extract import precision54 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:repeated-name"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, "abstract")
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def test_names():
    for n in ("Germany", "Japan", "Switzerland", "India", "Jordan"):
        assert P.country_name54(n), n
    for n in ("Germany split", "German", "Paris", "GERMANY-NET"):
        assert not P.country_name54(n), n
    for n in ("Odia", "Ashaninka", "Hittite", "French Sign Language", "Wanda", "Duke"):
        assert P.language_name54(n), n
    for n in ("BERT", "Europarl", "Odia-English"):
        assert not P.language_name54(n), n
    for n in ("ALCIO", "Horn-SROIQ", "Horn-ALCHOIQ", "SROIQ", "DL-Lite", "DL-LiteR", "PLDLf", "HyperLDLf", "PLTLf"):
        assert P.logic_name54(n), n
    for n in ("ALCE-X", "SRN", "LTL", "Horn", "SHIELD"):
        assert not P.logic_name54(n), n


def test_drop_and_keep(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION54", raising=False)
    text = ("We present AshMorph for an Amazonian tribal language called Ashaninka. We test on segmentation data "
            "from Germany and on the Market-1501 and Duke datasets, and prune with SparseGPT and Wanda.")
    ash = _entity(text, "Ashaninka", "method", "proposes")
    ger = _entity(text, "Germany", "dataset")
    duke = _entity(text, "Duke", "dataset", "evaluates_on")
    wanda = _entity(text, "Wanda", "method", "compares_with")
    ashm = _entity(text, "AshMorph", "method", "proposes")
    assert P.drop_non_entities54(None, text, [ash, ger, duke, wanda, ashm]) == [duke, wanda, ashm]
    # a language in a list of languages, without the word "language" next to it
    text2 = "We test on Assamese, Bengali, Hindi, Konkani, Marathi, Odia and Punjabi."
    odia = _entity(text2, "Odia", "dataset")
    assert P.drop_non_entities54(None, text2, [odia]) == []
    # "language model" is no language cue
    text3 = "Luna: A Lightweight Evaluation Model to Catch Language Model Hallucinations."
    luna = _entity(text3, "Luna", "model", "proposes")
    assert P.drop_non_entities54(None, text3, [luna]) == [luna]
    # a task node of a country name is left alone
    task = _entity(text, "Germany", "task")
    assert P.drop_non_entities54(None, text, [task]) == [task]


def test_logic_needs_cue(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION54", raising=False)
    text = "We study query answering over ontologies in the description logics ALCIO and DL-Lite."
    alcio = _entity(text, "ALCIO")
    dllite = _entity(text, "DL-Lite")
    assert P.drop_non_entities54(None, text, [alcio, dllite]) == []
    plain = "ALCOVE and SHIQ-Net are compared on image retrieval with the PLTLf encoder."
    pltlf = _entity(plain, "PLTLf")
    assert P.drop_non_entities54(None, plain, [pltlf]) == [pltlf]
    # a logic-shaped name written after a technique noun is the paper's approach
    gnn = "Learning temporal logic formulae. We design a GNN-based approach, GLTLf, to seek the target formula."
    gltlf = _entity(gnn, "GLTLf", "method", "compares_with")
    assert P.drop_non_entities54(None, gnn, [gltlf]) == [gltlf]


def test_switch(monkeypatch):
    text = "Segmentation data from Germany in the description logic ALCIO."
    ger = _entity(text, "Germany", "dataset")
    alcio = _entity(text, "ALCIO")
    monkeypatch.setenv("PAPERKG_PRECISION54", "off")
    assert P.drop_non_entities54(None, text, [ger, alcio]) == [ger, alcio]
    monkeypatch.setenv("PAPERKG_PRECISION54", "country-name")
    assert P.drop_non_entities54(None, text, [ger, alcio]) == [ger]
    monkeypatch.setenv("PAPERKG_PRECISION54", "logic-name")
    assert P.drop_non_entities54(None, text, [ger, alcio]) == [alcio]
