"""precision48 (session 40): software its sentence writes as software, negated classes ("non-BERT"), language
families and argument labels typed method/model/dataset/benchmark are dropped."""

from extract import precision48 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:name-shape", entry=None):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, "abstract")
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=entry)


def _written(name, text):
    s = text.index(name)
    return P.software_written48(text, s, s + len(name))


def test_software_cues():
    assert _written("CloudCV", "Our code is available at https://github.com/x/y along with a demo on CloudCV [2] 1.")
    assert _written("ParlAI", "The dataset and code are publicly available through the ParlAI framework.")
    assert _written("UiSta", "(a screen image from UiSta (Young, 1994), software that implements the ideas)")
    text = "efforts with existing model parallel tools, such as Megatron-LM, DeepSpeed, and Alpa. These tools"
    assert _written("Megatron-LM", text) and _written("Alpa", text)
    text = "MegBA can outperform state-of-the-art BA libraries: Ceres (41.45x), RootBA (64.576x) and DeepLM (6.769x)"
    assert _written("RootBA", text) and _written("DeepLM", text)
    assert _written("OpenCPU", "We use the OpenCPU API to integrate R based on our own R-Server.")
    assert _written("TapTapSee", "spoken descriptions through apps like TapTapSee or Seeing AI.")


def test_no_cue_for_techniques():
    assert not _written("Transformer", "We build on the Transformer architecture.")
    assert not _written("LIME", "explanation tools such as LIME and SHAP")
    assert not _written("MAML", "meta-learning frameworks such as MAML and ProtoNets")
    assert not _written("multinomial logistic regression",
                        "hyperbolic versions of important deep learning tools: multinomial logistic regression, and")
    assert not _written("robust PCA", "in applications including multi-task learning, robust PCA, subspace clustering")
    assert not _written("X-Net", "We propose X-Net, an open-source toolkit for parsing.")
    assert not _written("FastText", "Our systems use FastText. The code is available at github.")


def test_drop_keeps_listed_proposed_and_data():
    text = "We query the GPT-4 API. Our tool, MORE, is available through the MORE platform. Data via the DGX corpus."
    gpt = _entity(text, "GPT-4", "model", rule="gazetteer:curated", entry="model:gpt-4")
    more = _entity(text, "MORE", role="proposes")
    assert P.drop_non_entities48(None, text, [gpt, more]) == [gpt, more]
    text = "The dataset is publicly available through the Foo corpus."
    data = _entity(text, "Foo", "dataset")
    assert P.drop_non_entities48(None, text, [data]) == [data]


def test_drop_software_negated_family_label():
    text = ("A demo on CloudCV is given. We beat all non-BERT models. The Na language (SinoTibetan family). "
            "Of the two arguments, called Arg1 and Arg2, we focus on Arg1. BERT is strong.")
    es = [_entity(text, n) for n in ("CloudCV", "non-BERT", "SinoTibetan", "Arg1", "BERT")]
    assert [e.name for e in P.drop_non_entities48(None, text, es)] == ["BERT"]


def test_names():
    for n in ("non-BERT", "non-LfD", "non-MTL", "non-RGBD"):
        assert P.negated48(n), n
    for n in ("Non-Local", "non-negative", "non-Gaussian", "Non-Local Neural Networks", "NonMetric"):
        assert not P.negated48(n), n
    for n in ("SinoTibetan", "Sino-Tibetan", "Sino-Tibetan languages", "Indo-European", "language branch", "Bantu"):
        assert P.family48(n), n
    for n in ("Tibetan", "English", "BERT", "Sino"):
        assert not P.family48(n), n
    assert P.arg_label48("Arg1") and P.arg_label48("ARG0") and not P.arg_label48("Argo")


def test_switch(monkeypatch):
    text = "A demo on CloudCV is given; all non-BERT models fail."
    es = [_entity(text, "CloudCV"), _entity(text, "non-BERT")]
    monkeypatch.setenv("PAPERKG_PRECISION48", "off")
    assert P.drop_non_entities48(None, text, es) == es
    monkeypatch.setenv("PAPERKG_PRECISION48", "software-cue")
    assert [e.name for e in P.drop_non_entities48(None, text, es)] == ["CloudCV"]
