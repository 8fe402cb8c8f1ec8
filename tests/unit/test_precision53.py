"""precision53 (session 42): title descriptions ("An Almost Optimal PAC Algorithm"), title clauses ("Robust SVD Made
Easy") and logic acronyms in a logic sentence ("the description logic DL-Lite") are dropped; names stay."""

from extract import precision53 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:followed-by-type", field="abstract", entry=None):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=entry)


def test_shapes():
    assert P.title_clause53("Robust SVD Made Easy")
    assert not P.title_clause53("TACRED Revisited")
    assert not P.title_clause53("Made Easy")
    for n in ("ALCIO", "SROIQ", "DL-Lite", "DL-LiteR", "PLDLf", "PLTLf", "LTLf", "LDLf", "EL++", "CTL*"):
        assert P._LOGIC53.fullmatch(n), n
    for n in ("ALBERT", "DLS", "LSTM", "CTLN", "PDLs", "SLT"):
        assert not P._LOGIC53.fullmatch(n), n


def test_title_description(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION53", raising=False)
    for title, name in (("An Almost Optimal PAC Algorithm", "Optimal PAC"),
                        ("A Fast Approximate AIB Algorithm for Distributional Word Clustering", "Fast Approximate AIB"),
                        ("BandMaxSAT: A Local Search MaxSAT Solver with Multi-armed Bandit", "Local Search MaxSAT"),
                        ("An Analog VLSI Model of the Fly Elementary Motion Detector", "Analog VLSI")):
        e = _entity(title, name, field="title")
        assert P.drop_non_names53(title, "An abstract.", [e]) == [], title
    title = "A Fast Approximate AIB Algorithm for Word Clustering"
    # kept: proposed, listed, also written in the abstract, no article, no type noun, a name-like first word
    kept = [_entity(title, "Fast Approximate AIB", role="proposes", field="title"),
            _entity(title, "Fast Approximate AIB", field="title", rule="gazetteer:curated")]
    assert P.drop_non_names53(title, "We study clustering.", kept) == kept
    for t, n in (("Fast Approximate AIB Algorithm for Word Clustering", "Fast Approximate AIB"),
                 ("A Fast Approximate AIB for Word Clustering", "Fast Approximate AIB"),
                 ("A BiLSTM-CRF Model for NER", "BiLSTM-CRF"),
                 ("An Input Output HMM Architecture", "Input Output HMM")):
        e = _entity(t, n, field="title")
        assert P.drop_non_names53(t, "An abstract.", [e]) == [e], t
    abstract = "We use Fast Approximate AIB here."
    both = _entity(title, "Fast Approximate AIB", field="title")
    both.mentions.append(Mention("Fast Approximate AIB", 7, 27, 0, "rule:followed-by-type", "abstract"))
    assert P.drop_non_names53(title, abstract, [both]) == [both]


def test_title_clause_and_logic(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION53", raising=False)
    title = "Robust SVD Made Easy: A fast and reliable algorithm"
    svd = _entity(title, "Robust SVD Made Easy", role="proposes", rule="rule:title-name", field="title")
    abstract = ("We study query answering when ontologies are specified in the Description Logic DL-LiteR. "
                "Our CTL model is based on two initiatives. We train DL-Lite on images.")
    dl = _entity(abstract, "DL-LiteR", rule="rule:name-shape")
    ctl = _entity(abstract, "CTL", role="proposes")  # proposed: stays
    dl2 = _entity(abstract, "DL-Lite on", rule="rule:name-shape")  # no logic shape
    lone = LocalEntity(name="DL-Lite", type="method", role="uses", aliases=[], family=None,
                       mentions=[Mention("DL-Lite", abstract.rindex("DL-Lite"), abstract.rindex("DL-Lite") + 7, 2,
                                         "rule:name-shape", "abstract")], entry=None)  # no logic word in its sentence
    assert P.drop_non_names53(title, abstract, [svd, dl, ctl, dl2, lone]) == [ctl, dl2, lone]
    task = _entity(abstract, "DL-LiteR", typ="task")
    assert P.drop_non_names53(title, abstract, [task]) == [task]


def test_switch(monkeypatch):
    title = "An Almost Optimal PAC Algorithm"
    abstract = "Our main results are for ontologies in DLs ALCIO and ALCI."
    pac = _entity(title, "Optimal PAC", field="title")
    alc = _entity(abstract, "ALCIO", rule="rule:repeated-name")
    monkeypatch.setenv("PAPERKG_PRECISION53", "off")
    assert P.drop_non_names53(title, abstract, [pac, alc]) == [pac, alc]
    monkeypatch.setenv("PAPERKG_PRECISION53", "logic-acronym")
    assert P.drop_non_names53(title, abstract, [pac, alc]) == [alc]
    monkeypatch.setenv("PAPERKG_PRECISION53", "title-description")
    assert P.drop_non_names53(title, abstract, [pac, alc]) == [pac]
    monkeypatch.delenv("PAPERKG_PRECISION53")
    assert P.drop_non_names53(title, abstract, [pac, alc]) == []
