"""types41 (session 36): shape-typed names their sentence writes as data become datasets."""

from extract import types41
from extract.records import Mention
from extract.resolve import LocalEntity
from extract.types41 import data_list41, kind_bare41, retype_data41, shape_typed41, trained_on41


def _at(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


def _entity(text: str, name: str, typ: str = "method", rule: str = "rule:name-shape", **kw) -> LocalEntity:
    start, end = _at(text, name)
    m = Mention(text=name, start=start, end=end, sentence=0, rule=rule, field="abstract")
    return LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None, mentions=[m], **kw)


def test_data_list_items_after_plural_data_noun():
    t = "valency lexicons for Czech and English (PDT-Vallex, Vallex, and EngVallex). There are"
    assert data_list41(t, t.index("PDT-Vallex"))
    assert data_list41(t, t.index("EngVallex"))
    t = "from the two parallel corpora: CroCo (English-German) and RusLTC (English-Russian)."
    assert data_list41(t, t.index("CroCo")) and data_list41(t, t.index("RusLTC"))


def test_data_list_refusals():
    t = "datasets and models (BERT, RoBERTa) are compared"
    assert not data_list41(t, t.index("BERT"))  # a technique noun among the modifiers
    t = "datasets that we release (SuperNet, BigNet)"
    assert not data_list41(t, t.index("SuperNet"))  # a clause, not modifiers
    t = "datasets. Our method (DeepX) wins"
    assert not data_list41(t, t.index("DeepX"))


def test_kind_bare():
    t = "the German–English Word Sense Disambiguation (WSD) test set ContraWSD (Rios Gonzales et al., 2017), but"
    assert kind_bare41(t, *_at(t, "ContraWSD"))
    t = "from large code training corpus, Stack-V2, further enhancing"
    assert kind_bare41(t, *_at(t, "Stack-V2"))
    t = "avec le corpus journalistique FR-Timebank permet"
    assert kind_bare41(t, *_at(t, "FR-Timebank"))


def test_kind_bare_refusals():
    t = "We evaluate on the dataset XNet, which"
    assert not kind_bare41(t, *_at(t, "XNet"))  # an article: precision38's kind-before
    t = "on this dataset SAMNet achieves the best"
    assert not kind_bare41(t, *_at(t, "SAMNet"))  # the name does not end its phrase
    t = "a larger corpus, ResNet-50 network"
    assert not kind_bare41(t, *_at(t, "ResNet-50 network"))  # technique-headed


def test_trained_on():
    t = "BERT pre-trained on PMC, PubMed and fine-tuned on MIMICIII v1.4, achieves"
    assert trained_on41(t, t.index("PubMed")) and trained_on41(t, t.index("PMC"))
    assert trained_on41(t, t.index("MIMICIII"))
    t = "a classifier trained on top of ResNet features and PubMed"
    assert not trained_on41(t, t.index("ResNet"))
    t = "trained on GPUs. PubMed is"
    assert not trained_on41(t, t.index("PubMed"))


def test_retype_only_shape_typed(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES41", raising=False)
    t = "the German–English Word Sense Disambiguation (WSD) test set ContraWSD (Rios Gonzales et al., 2017), but"
    shaped = _entity(t, "ContraWSD")
    listed = _entity(t, "ContraWSD", rule="gazetteer:curated", entry="method:contrawsd")
    defined = _entity(t, "ContraWSD", long_form="Contrastive WSD")
    assert shape_typed41(shaped) and not shape_typed41(listed) and not shape_typed41(defined)
    out = retype_data41(None, t, [shaped, listed, defined])
    assert [e.type for e in out] == ["dataset", "method", "method"]


def test_switch(monkeypatch):
    t = "the German–English Word Sense Disambiguation (WSD) test set ContraWSD (Rios Gonzales et al., 2017), but"
    monkeypatch.setenv("PAPERKG_TYPES41", "off")
    assert retype_data41(None, t, [_entity(t, "ContraWSD")])[0].type == "method"
    monkeypatch.setenv("PAPERKG_TYPES41", "kind-bare")
    assert not types41.part_on41("kind-bare") and types41.part_on41("data-list")
    assert retype_data41(None, t, [_entity(t, "ContraWSD")])[0].type == "method"
