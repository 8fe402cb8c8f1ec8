"""precision58 (session 44): an acronym glued before its own long form is cut off; a slash pair of two names of one
family is split; real names, versions and modalities stay."""

from extract import precision58 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:repeated-name", field="abstract"):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=None)


def test_acronym_lead_names():
    assert P.acronym_lead58("GLS for Graded Lattice Smoothing") == ("Graded Lattice Smoothing", "GLS", 8)
    assert P.acronym_lead58("PBC-the Pottery Bowl Corpus") == ("Pottery Bowl Corpus", "PBC", 8)
    assert P.acronym_lead58("TWM Token-weighted Mixing") == ("Token-weighted Mixing", "TWM", 4)
    assert P.acronym_lead58("QRM: Quantile Reward Modelling") == ("Quantile Reward Modelling", "QRM", 5)
    # no acronym of the words: left alone
    for n in ("BERT Base Model", "GAN Discriminator Network", "VGG Very Deep Networks", "SQuAD: Stanford Question",
              "ResNet-Based Feature Pyramid", "LSTM for Sentiment Classification", "TWM Tiny Mixing", "GLS for"):
        assert P.acronym_lead58(n) is None, n


def test_acronym_lead_cut(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION58", raising=False)
    abstract = "We propose GLS for Graded Lattice Smoothing, a way to smooth lattices. GLS is fast."
    e = _entity(abstract, "GLS for Graded Lattice Smoothing", role="proposes", rule="rule:named")
    out = P.cut_spans58(None, abstract, [e])
    assert [x.name for x in out] == ["Graded Lattice Smoothing"]
    m = out[0].mentions[0]
    assert abstract[m.start:m.end] == "Graded Lattice Smoothing" == m.text
    assert "GLS" in out[0].aliases


def test_acronym_lead_joins_same_name(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION58", raising=False)
    title = "TWM: Token-weighted Mixing for Speech"
    abstract = "We present TWM Token-weighted Mixing. Token-weighted Mixing beats the baselines."
    a = _entity(abstract, "TWM Token-weighted Mixing", role="proposes", rule="rule:proposal")
    b = LocalEntity(name="Token-weighted Mixing", type="method", role="proposes", aliases=[], family=None,
                    mentions=[Mention("Token-weighted Mixing", abstract.rindex("Token-weighted Mixing"),
                                      abstract.rindex("Token-weighted Mixing") + 21, 1, "rule:repeated-name",
                                      "abstract")], entry=None)
    out = P.cut_spans58(title, abstract, [a, b])
    assert len(out) == 1 and out[0].name == "Token-weighted Mixing" and len(out[0].mentions) == 2


def test_slash_family_names():
    assert P.slash_family58("FOO/FOOBAR") == ("FOO", "FOOBAR")
    assert P.slash_family58("DeepAlign/DeepMatch") == ("DeepAlign", "DeepMatch")
    assert P.slash_family58("2DWalk/2DLoWalk") == ("2DWalk", "2DLoWalk")
    for n in ("CIFAR-10/100", "RGB/RGB-D", "ETH/UCY", "SLAM/SfM", "2D/3D", "Gaussian/non-Gaussian", "V1/V2",
              "Male/Female", "KITTI2012/2015", "NEWS/NEWSletter"):
        assert P.slash_family58(n) is None, n


def test_slash_family_split(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION58", raising=False)
    abstract = "We test on DeepAlign/DeepMatch and report gains."
    e = _entity(abstract, "DeepAlign/DeepMatch", typ="dataset", role="evaluates_on")
    out = P.cut_spans58(None, abstract, [e])
    assert [x.name for x in out] == ["DeepAlign", "DeepMatch"]
    for x in out:
        assert abstract[x.mentions[0].start:x.mentions[0].end] == x.name
    # the paper's own proposed pair stays whole
    p = _entity(abstract, "DeepAlign/DeepMatch", role="proposes")
    assert [x.name for x in P.cut_spans58(None, abstract, [p])] == ["DeepAlign/DeepMatch"]


def test_switch_off(monkeypatch):
    abstract = "We propose GLS for Graded Lattice Smoothing. We test on DeepAlign/DeepMatch."
    monkeypatch.setenv("PAPERKG_PRECISION58", "off")
    e = _entity(abstract, "GLS for Graded Lattice Smoothing", role="proposes", rule="rule:named")
    d = _entity(abstract, "DeepAlign/DeepMatch", typ="dataset", role="evaluates_on")
    assert [x.name for x in P.cut_spans58(None, abstract, [e, d])] == [
        "GLS for Graded Lattice Smoothing", "DeepAlign/DeepMatch"]
    monkeypatch.setenv("PAPERKG_PRECISION58", "0")
    e = _entity(abstract, "GLS for Graded Lattice Smoothing", role="proposes", rule="rule:named")
    assert P.cut_spans58(None, abstract, [e])[0].name == "GLS for Graded Lattice Smoothing"
    monkeypatch.setenv("PAPERKG_PRECISION58", "slash-family")
    e = _entity(abstract, "GLS for Graded Lattice Smoothing", role="proposes", rule="rule:named")
    d = _entity(abstract, "DeepAlign/DeepMatch", typ="dataset", role="evaluates_on")
    assert [x.name for x in P.cut_spans58(None, abstract, [e, d])] == [
        "Graded Lattice Smoothing", "DeepAlign/DeepMatch"]


def test_cite_key(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION58", raising=False)
    abstract = ("Ensembles were studied before ([Hofstadt91, Grell94 , MeyerKranz93 , Ott96]). Hashing helps "
                "\\citeTech:FastHashQ2011 and \\cite{Conf:SketchLSH. We also use BoostQ as in [Hofstadt91].")
    keys = [_entity(abstract, n) for n in ("MeyerKranz93", "FastHashQ2011", "SketchLSH")]
    # a name in a bracket with no key list, and a real name outside brackets, stay
    kept = _entity(abstract, "BoostQ")
    out = P.cut_spans58(None, abstract, keys + [kept])
    assert [x.name for x in out] == ["BoostQ"]
    abstract2 = "Recent backbones [ResNet50, VGG16] are strong."
    e2 = _entity(abstract2, "ResNet50")
    assert [x.name for x in P.cut_spans58(None, abstract2, [e2])] == ["ResNet50"]
    monkeypatch.setenv("PAPERKG_PRECISION58", "off")
    keys = [_entity(abstract, n) for n in ("MeyerKranz93", "FastHashQ2011", "SketchLSH")]
    assert len(P.cut_spans58(None, abstract, keys)) == 3
