"""precision47 (session 39): names run on into their acronym, cut before a glued formula, clause long forms."""

from extract import precision47 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, rule="rule:proposal", field="abstract", **kw):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=kw.pop("type", "method"), role="uses", aliases=kw.pop("aliases", []),
                       family=None, mentions=[m], **kw)


def test_acronym_tail():
    assert P.acronym_tail47("Spatial-Neighbor Adapter SN-Adapter") == ("Spatial-Neighbor Adapter", "SN-Adapter")
    assert P.acronym_tail47("Neural Interaction Transparency (NIT)") == ("Neural Interaction Transparency", "NIT")
    assert P.acronym_tail47("Multiple Visual Artifact Detector MVAD") == ("Multiple Visual Artifact Detector", "MVAD")
    assert P.acronym_tail47("Markov-Chain Monte-Carlo") is None  # title-case words, no acronym
    assert P.acronym_tail47("Stanford Sentiment Treebank SST-2") is None  # a numbered version
    assert P.acronym_tail47("Conditional Random Field") is None
    assert P.acronym_tail47("Big Transfer (BT") is None  # an unclosed bracket
    assert P.acronym_tail47("Graph Attention Network (GCN)") is None  # not its initials


def test_formula_cut():
    def cut(text, name):
        i = text.index(name)
        return P.formula_cut47(text, i, i + len(name))
    assert cut("we present HMD$^2$, a novel system", "HMD")
    assert cut("we present T2K^2, a suite", "T2K")
    assert cut("models like CLIP, DALL*E 2, and Stable Diffusion", "DALL")
    assert cut("called the Scientist ’s Empirical Assistant (SEA).", "’s Empirical Assistant")
    assert not cut("similar to TrueSkill$^\\text{TM}$, and", "TrueSkill")  # a trademark mark
    assert not cut("the CVaR$_\\delta$-competitive ratio", "CVaR")  # a subscript
    assert not cut("71.7 for sAP^10 and", "sAP")  # a threshold
    assert not cut("we propose SharpSeq**, a method", "SharpSeq")  # markdown bold
    assert not cut("the LaCAM* sub-optimal solver", "LaCAM")  # a starred variant's own name
    assert not cut("we present HMD, a novel system", "HMD")


def test_clause_long_form():
    assert P.clause_long_form47("MT approaches, like Phrase Based MT")
    assert P.clause_long_form47("Searle’s famous AI thought experiment, the Chinese Room")
    assert P.clause_long_form47("graph convolution-based decoder namely, Cascaded Graph Convolutional Attention Decoder")
    assert not P.clause_long_form47("Watch, Listen, Attend and Spell")
    assert not P.clause_long_form47("Strategic Planning, Interaction, and Negotiation")


TEXT = ("We present HMD$^2$, a novel system. We present an alternative, termed as Spatial-Neighbor Adapter SN-Adapter."
        " We augment existing MT approaches, like Phrase Based MT (Moses) and Neural MT. We use SharpSeq**, a tool.")


def _paper():
    moses_long = _entity(TEXT, "MT approaches, like Phrase Based MT", rule="abbreviation")
    i = TEXT.index("Moses")
    moses_long.mentions.append(Mention("Moses", i, i + 5, 2, "abbreviation", "abstract"))
    moses_long.aliases = ["Moses"]
    return [_entity(TEXT, "HMD"), _entity(TEXT, "Spatial-Neighbor Adapter SN-Adapter", rule="rule:named"),
            moses_long, _entity(TEXT, "SharpSeq", rule="rule:name-shape")]


def test_cut_spans(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION47", raising=False)
    out = P.cut_spans47(None, TEXT, _paper())
    assert [e.name for e in out] == ["Spatial-Neighbor Adapter", "Moses", "SharpSeq"]
    adapter = out[0]
    assert adapter.aliases == ["SN-Adapter"]
    m = adapter.mentions[0]
    assert TEXT[m.start:m.end] == m.text == "Spatial-Neighbor Adapter"
    assert [m.text for m in out[1].mentions] == ["Moses"] and out[1].aliases == []


def test_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION47", "off")
    assert [e.name for e in P.cut_spans47(None, TEXT, _paper())] == [
        "HMD", "Spatial-Neighbor Adapter SN-Adapter", "MT approaches, like Phrase Based MT", "SharpSeq"]
    monkeypatch.setenv("PAPERKG_PRECISION47", "formula-cut")
    names = [e.name for e in P.cut_spans47(None, TEXT, _paper())]
    assert names == ["HMD", "Spatial-Neighbor Adapter", "Moses", "SharpSeq"]


def test_backronym():
    title = "AMPERSAND: Argument Mining for PERSuAsive oNline Discussions"
    abstract = ("We propose TALISMAN, a novel framework for Targeted Active Learning or object detectIon with rare slices"
                " using Submodular MutuAl iNformation. We build on DeepGramBank and EmbraceBERT (EBERT).")
    acr = P.acronyms47(title, abstract)

    def hit(text, word):
        i = text.index(word)
        return P.backronym47(text, i, i + len(word), acr)
    assert hit(title, "PERSuAsive")
    assert hit(abstract, "MutuAl")
    assert not hit(abstract, "DeepGramBank")  # no acronym spelt
    assert not hit(abstract, "EmbraceBERT")  # the acronym's own long form
    assert not P.backronym47(abstract, abstract.index("MutuAl"), abstract.index("MutuAl") + 6, frozenset())


def test_backronym_dropped(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION47", raising=False)
    title = "AMPERSAND: Argument Mining for PERSuAsive oNline Discussions"
    e = _entity(title, "PERSuAsive", rule="rule:name-shape", field="title")
    assert P.cut_spans47(title, "We mine arguments.", [e]) == []
    monkeypatch.setenv("PAPERKG_PRECISION47", "backronym")
    e = _entity(title, "PERSuAsive", rule="rule:name-shape", field="title")
    assert [x.name for x in P.cut_spans47(title, "We mine arguments.", [e])] == ["PERSuAsive"]


def test_cut_name_joins_the_defined_entity_and_keeps_its_short_form():
    # The title's "Big Transfer (BiT)" is cut to "Big Transfer" and joins the abstract's defined entity: the
    # survivor is the defined one (its short form BiT stays an alias of the node), not the title's.
    title = "Big Transfer (BiT): General Visual Representation Learning"
    abstract = "We propose Big Transfer (BiT). BiT works well."
    cut = _entity(title, "Big Transfer (BiT)", rule="rule:title-name", field="title")
    defined = _entity(abstract, "Big Transfer", rule="abbreviation", long_form="Big Transfer", short_forms=["BiT"])
    out = P.cut_spans47(title, abstract, [cut, defined])
    assert len(out) == 1 and out[0] is defined
    assert out[0].short_forms == ["BiT"] and out[0].long_form == "Big Transfer"
    assert [(m.field, m.text) for m in out[0].mentions] == [("title", "Big Transfer"), ("abstract", "Big Transfer")]
