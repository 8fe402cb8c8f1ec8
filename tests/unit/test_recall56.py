"""recall56 (session 44): names coordinated before a plural data noun are grown to their whole span ("grow") or
added beside a data name ("new"); lists that are not data names stay as they were."""

from extract import recall56 as R
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="dataset", role="uses"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, "rule:test")
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def _names(entities):
    return sorted((e.name, e.type) for e in entities)


def test_grow_possessive_and_function_word(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL56", raising=False)
    text = "We report gains on the Farmer's Market Reviews and Rivers of Lapland datasets over strong baselines."
    cut1 = _entity(text, "Market Reviews")
    cut2 = _entity(text, "Lapland")
    out = R.grow_pairs56(None, text, [cut1, cut2])
    assert _names(out) == [("Farmer's Market Reviews", "dataset"), ("Rivers of Lapland", "dataset")]
    grown = [e for e in out if e.name == "Rivers of Lapland"][0]
    m = grown.mentions[0]
    assert text[m.start:m.end] == "Rivers of Lapland"


def test_grow_slash_pair(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL56", raising=False)
    text = "Trajectories are predicted on the ALPHA/BETA and GQX benchmarks with lower error."
    half = _entity(text, "BETA", "benchmark")
    gqx = _entity(text, "GQX", "benchmark")
    out = R.grow_pairs56(None, text, [half, gqx])
    assert _names(out) == [("ALPHA/BETA", "benchmark"), ("GQX", "benchmark")]


def test_new_conjunct_beside_a_data_name(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL56", raising=False)
    text = "Our reader is tested on the Kestrel Story Cloze and Blue Harbor News corpora, where it wins."
    ksc = _entity(text, "Kestrel Story Cloze")
    out = R.grow_pairs56(None, text, [ksc])
    assert _names(out) == [("Blue Harbor News", "dataset"), ("Kestrel Story Cloze", "dataset")]


def test_left_alone():
    # sentence start: "Experiments with" is no name
    text = "Experiments with Zorblax and Quintar datasets show gains."
    z = _entity(text, "Zorblax")
    q = _entity(text, "Quintar")
    assert _names(R.grow_pairs56(None, text, [z, q])) == [("Quintar", "dataset"), ("Zorblax", "dataset")]
    # a method among the conjuncts: not a list of data names
    text2 = "We compare the Fast Glider Net and Deep Owl Model benchmarks on speed."
    meth = _entity(text2, "Fast Glider Net", "method")
    assert _names(R.grow_pairs56(None, text2, [meth])) == [("Fast Glider Net", "method")]
    # a language before a name stays outside it (the resource's node is the name)
    text5 = "Coverage is measured on the English FrobNet and German SALSA corpora."
    fn = _entity(text5, "FrobNet")
    sal = _entity(text5, "SALSA")
    assert _names(R.grow_pairs56(None, text5, [fn, sal])) == [("FrobNet", "dataset"), ("SALSA", "dataset")]
    # no data noun after the list
    text3 = "We train on the Farmer's Market Reviews and Rivers of Lapland with care."
    cut = _entity(text3, "Lapland")
    assert _names(R.grow_pairs56(None, text3, [cut])) == [("Lapland", "dataset")]
    # no data sibling: a new conjunct is not added
    text4 = "Results on the Blue Harbor News and Green Valley Forum corpora are given."
    assert R.grow_pairs56(None, text4, []) == []


def test_switch_off_restores(monkeypatch):
    text = "We report gains on the Farmer's Market Reviews and Rivers of Lapland datasets over strong baselines."
    monkeypatch.setenv("PAPERKG_RECALL56", "off")
    cut1 = _entity(text, "Market Reviews")
    cut2 = _entity(text, "Lapland")
    assert _names(R.grow_pairs56(None, text, [cut1, cut2])) == [("Lapland", "dataset"), ("Market Reviews", "dataset")]
    monkeypatch.setenv("PAPERKG_RECALL56", "new")
    text2 = "Our reader is tested on the Kestrel Story Cloze and Blue Harbor News corpora, where it wins."
    ksc = _entity(text2, "Kestrel Story Cloze")
    assert _names(R.grow_pairs56(None, text2, [ksc])) == [("Kestrel Story Cloze", "dataset")]


def test_bracket_after_data_noun(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL56", raising=False)
    text = "We test on three image datasets (Quokka-7, PlumSet and Tern Faces) and a speech benchmark (Warbler)."
    known = _entity(text, "Quokka-7")
    out = R.grow_pairs56(None, text, [known])
    assert _names(out) == [("PlumSet", "dataset"), ("Quokka-7", "dataset"), ("Tern Faces", "dataset"),
                           ("Warbler", "benchmark")]


def test_bracket_left_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL56", raising=False)
    for text in ("We build a saliency benchmark (SALB) from scratch.",  # the phrase's acronym
                 "Scores on the parsing corpus (Lindqvist et al., 2019) improve.",  # a citation
                 "It is tested on translation datasets (WMT En-De, En-Fr and En-Zh) today.",  # language pairs
                 "Experiments use 7 datasets (4 NER and 3 POS) in total.",  # counts
                 "Results on the depth dataset (Version 1 and 2) are reported.",  # versions
                 "We use the datasets (Table 2) and a corpus (English).",  # pointer, language
                 "Rules mined from text corpora (Gloss Mining or GM) help.",  # another name, not a list
                 "It is tested on a lexical dataset (WBÖ) of entries.",  # a slug would lose letters
                 "Scores on the benchmarks (including Alpha10 Beta-2 GammaSet) rise."):  # run together
        assert R.grow_pairs56(None, text, []) == [], text
    monkeypatch.setenv("PAPERKG_RECALL56", "bracket")
    text = "We test on three image datasets (Quokka-7, PlumSet and Tern Faces) here."
    assert R.grow_pairs56(None, text, []) == []


def test_listed_spelling_joins_the_listed_node(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL56", raising=False)
    assert R.listed_spelling56("Hopkins 155") == "Hopkins155"
    text = "Clustering is tested on a motion dataset (Hopkins 155) with tracks."
    out = R.grow_pairs56(None, text, [])
    assert [(e.name, e.mentions[0].text) for e in out] == [("Hopkins155", "Hopkins 155")]
