"""precision51 (session 41): research-area names typed method ("data augmentation", "Bayesian inference") and
approximation-scheme classes ("a PTAS") are dropped."""

from extract import precision51 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="gazetteer:pwc-world-snapshot", entry=None):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, "abstract")
    return LocalEntity(name=name, type=typ, role=role, aliases=[], family=None, mentions=[m], entry=entry)


def test_names():
    for n in ("Data Augmentation", "data augmentation", "Bayesian Inference",
              "Image Augmentation", "Graph Sampling"):
        assert P.task_area51(n), n
    for n in ("Thompson Sampling", "Gaussian Processes", "Bayesian Optimization", "Dataset Distillation",
              "isotonic data augmentation", "Semi-implicit variational inference", "Persistent VI",
              # the hand-checked frequent-entity list (tests/data/corpus-checks) keeps Variational Inference a method
              "Variational Inference", "variational-inference"):
        assert not P.task_area51(n), n
    for n in ("PTAS", "FPTAS", "EPTAS", "QPTAS", "FPRAS", "PTASs", "polynomial time approximation scheme",
              "fully polynomial-time approximation scheme", "fully polynomial-time deterministic approximation scheme"):
        assert P.approx_scheme51(n), n
    for n in ("PTA", "ptas", "APTAS-Net", "FPT", "multiplicative approximation scheme", "Polynomial Kernel Networks"):
        assert not P.approx_scheme51(n), n


def test_drop_and_keep():
    text = ("This is useful for text data augmentation. The brain approximates optimal Bayesian inference. "
            "The problem does not admit a PTAS. We use Thompson sampling and BERT.")
    da = _entity(text, "data augmentation")
    da.name = "Data Augmentation"
    bi = _entity(text, "Bayesian inference")
    ptas = _entity(text, "PTAS", rule="rule:repeated-name")
    ts = _entity(text, "Thompson sampling")
    bert = _entity(text, "BERT", "model", rule="gazetteer:curated")
    assert P.drop_non_entities51(None, text, [da, bi, ptas, ts, bert]) == [ts, bert]


def test_proposed_and_other_types_stay():
    text = "We propose Data Augmentation, a new toolkit. Results on the Data Augmentation benchmark."
    proposed = _entity(text, "Data Augmentation", role="proposes")
    bench = _entity(text, "Data Augmentation benchmark", "benchmark")
    bench.name = "Data Augmentation"
    assert P.drop_non_entities51(None, text, [proposed, bench]) == [proposed, bench]


def test_switch(monkeypatch):
    text = "The brain approximates optimal Bayesian inference; no PTAS exists."
    bi = _entity(text, "Bayesian inference")
    ptas = _entity(text, "PTAS", rule="rule:repeated-name")
    monkeypatch.setenv("PAPERKG_PRECISION51", "off")
    assert P.drop_non_entities51(None, text, [bi, ptas]) == [bi, ptas]
    monkeypatch.setenv("PAPERKG_PRECISION51", "approx-schemes")  # that part off
    assert P.drop_non_entities51(None, text, [bi, ptas]) == [ptas]
    monkeypatch.setenv("PAPERKG_PRECISION51", "task-areas")
    assert P.drop_non_entities51(None, text, [bi, ptas]) == [bi]
