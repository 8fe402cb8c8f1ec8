"""types43 (session 38): data-typed names their paper writes as techniques become methods."""

from extract import types43
from extract.records import Mention
from extract.resolve import LocalEntity
from extract.types43 import outperforms43, retype_techniques43, such_as43


def _at(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


def _entity(text: str, name: str, typ: str = "dataset", rule: str = "gazetteer:pwc-world-snapshot") -> LocalEntity:
    mentions = []
    i = text.find(name)
    while i >= 0:
        mentions.append(Mention(text=name, start=i, end=i + len(name), sentence=0, rule=rule, field="abstract"))
        i = text.find(name, i + 1)
    return LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None, mentions=mentions)


def _retyped(text: str, name: str, typ: str = "dataset") -> str:
    return retype_techniques43(None, text, [_entity(text, name, typ)])[0].type


def test_outperforms(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES43", raising=False)
    t = "and (2) outperforms PAWS in semi-supervised setting with less training resources"
    assert outperforms43(t, *_at(t, "PAWS"))
    assert _retyped(t, "PAWS") == "method"
    t = "our model outperforms ImageNet-pretrained baselines"
    assert not outperforms43(t, *_at(t, "ImageNet"))  # the name does not end its phrase
    t = "our model outperforms the baselines on PAWS."
    assert not outperforms43(t, *_at(t, "PAWS"))


def test_such_as(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES43", raising=False)
    t = "which can be used along with state-of-the-art classical planners, such as LAMA. An empirical analysis"
    assert such_as43(t, t.index("LAMA"))
    assert _retyped(t, "LAMA") == "method"
    t = "SAT solvers including Glucose and MiniSat are"
    assert such_as43(t, t.index("MiniSat"))
    t = "on benchmark datasets, such as LAMA and PAWS."
    assert not such_as43(t, t.index("LAMA"))  # a data noun introduces the list


def test_technique_after_and_our_technique(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES43", raising=False)
    t = "the time complexity of BnB optimization is exponential. We propose a fast BnB algorithm to optimize"
    assert _retyped(t, "BnB") == "method"  # "of" before it, but a technique noun after it
    t = "following a rich, fine-grained ontology. Our system, GAIA, enables seamless search"
    assert _retyped(t, "GAIA", "benchmark") == "method"


def test_written_as_data_keeps_type(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES43", raising=False)
    t = "Our method outperforms PAWS in accuracy. Results on PAWS show"
    assert _retyped(t, "PAWS") == "dataset"  # "on PAWS": the paper also writes it as data
    t = "Our method outperforms LAMA. The LAMA dataset is"
    assert _retyped(t, "LAMA") == "dataset"
    t = "We evaluate on the XYZ benchmark and our model outperforms ImageNet."
    assert _retyped(t, "XYZ benchmark") == "dataset"  # named as data


def test_methods_untouched(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES43", raising=False)
    t = "our approach outperforms BERT in accuracy"
    assert _retyped(t, "BERT", "model") == "model"  # only data-typed entities are read


def test_switch(monkeypatch):
    t = "and (2) outperforms PAWS in semi-supervised setting"
    monkeypatch.setenv("PAPERKG_TYPES43", "off")
    assert _retyped(t, "PAWS") == "dataset"
    monkeypatch.setenv("PAPERKG_TYPES43", "outperforms")
    assert not types43.part_on43("outperforms") and types43.part_on43("such-as")
    assert _retyped(t, "PAWS") == "dataset"


def test_outperforms_data_sentence(monkeypatch):
    monkeypatch.delenv("PAPERKG_TYPES43", raising=False)
    t = "In experiments on three target datasets, HACS Clips outperforms Kinetics-600, Moments-In-Time and Sports1M."
    assert not outperforms43(t, *_at(t, "Kinetics-600"))
    t = "the largest of all available training corpora for Japanese LLMs, surpassing CC-100 (about 25.8 billion"
    assert not outperforms43(t, *_at(t, "CC-100"))
    t = "prior approaches, including POSA, PROX ground truth, and a motion synthesis method"
    assert _retyped(t, "PROX") == "dataset"


def test_detach_drops_the_list_entry(monkeypatch):
    t = "and (2) outperforms PAWS in semi-supervised setting"
    monkeypatch.delenv("PAPERKG_TYPES43", raising=False)
    e = _entity(t, "PAWS")
    e.entry = "dataset:paws"
    assert retype_techniques43(None, t, [e])[0].entry is None
    monkeypatch.setenv("PAPERKG_TYPES43", "detach")
    e = _entity(t, "PAWS")
    e.entry = "dataset:paws"
    out = retype_techniques43(None, t, [e])[0]
    assert out.type == "method" and out.entry == "dataset:paws"  # retyped, still keyed on the list's node
