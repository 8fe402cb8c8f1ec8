"""precision49: a variant adjective that praises or describes is no variant (PAPERKG_PRECISION49)."""

from paperkg.extract import precision49
from paperkg.extract.recall30 import variant_modifier_spans30


def _spans(text: str, base: str, is_title: bool = False):
    """recall30's variant-modifier matches of ``text`` with ``base`` as the gazetteer's method match."""
    i = text.index(base)
    return variant_modifier_spans30(text, [(i, i + len(base), "method")], is_title)


def _names(text, spans):
    return [text[s:e] for s, e, _, _ in spans]


def test_praise_coordinated_dropped(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION49", raising=False)
    text = "We present a novel efficient and robust Expectation Propagation algorithm for sparse models."
    spans = _spans(text, "Expectation Propagation")
    assert _names(text, spans) == ["robust Expectation Propagation"]
    assert precision49.drop_variant_spans49(text, spans, False) == []


def test_praise_coordinated_title(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION49", raising=False)
    title = "FlipDA: Effective and Robust Data Augmentation for Few-Shot Learning"
    spans = _spans(title, "Data Augmentation", is_title=True)
    assert _names(title, spans) == ["Robust Data Augmentation"]
    assert precision49.drop_variant_spans49(title, spans, True) == []


def test_list_of_variants_kept(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION49", raising=False)
    for text, base in (("We compare against large-scale linear and kernel SVMs on five tasks.", "SVMs"),
                       ("It covers marginal and conditional MCMC samplers.", "MCMC"),
                       ("We perform both standard PCA and robust PCA on the data.", "PCA on")):
        base = base.split()[0]
        i = text.rindex(base)
        spans = variant_modifier_spans30(text, [(i, i + len(base), "method")], False)
        assert spans, text
        assert precision49.drop_variant_spans49(text, spans, False) == spans


def test_title_robust_noun(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION49", raising=False)
    title = "A Robust Self-Learning Method for Fully Unsupervised Cross-Lingual Mappings"
    span = (title.index("Robust"), title.index(" Method"), "method", "rule:variant-modifier")
    assert precision49.variant_part49(title, span, True) == "title-robust-noun"
    assert precision49.drop_variant_spans49(title, [span], True) == []
    # a function word after: the variant stays ("Robust Lasso with missing ...", "Robust PCA and Its ...")
    title2 = "Robust Lasso with missing and grossly corrupted observations"
    span2 = (0, len("Robust Lasso"), "method", "rule:variant-modifier")
    assert precision49.drop_variant_spans49(title2, [span2], True) == [span2]
    # not "robust": "Randomized PCA Algorithms" is a variant
    title3 = "Randomized PCA Algorithms with Regret Bounds"
    span3 = (0, len("Randomized PCA"), "method", "rule:variant-modifier")
    assert precision49.drop_variant_spans49(title3, [span3], True) == [span3]


def test_caps_before_default_off(monkeypatch):
    text = "Simple model based on PoS weighted Word2Vec word embeddings."
    span = (text.index("weighted"), text.index(" word emb"), "method", "rule:variant-modifier")
    monkeypatch.delenv("PAPERKG_PRECISION49", raising=False)
    assert precision49.variant_part49(text, span, False) == "caps-before"
    assert precision49.drop_variant_spans49(text, [span], False) == [span]
    monkeypatch.setenv("PAPERKG_PRECISION49", "on:caps-before")
    assert precision49.drop_variant_spans49(text, [span], False) == []
    # a sentence start is no glued word: "The group Lasso"
    text2 = "The group Lasso selects groups."
    span2 = (4, len("The group Lasso"), "method", "rule:variant-modifier")
    assert precision49.variant_part49(text2, span2, False) is None


def test_switch_off(monkeypatch):
    text = "We present a novel efficient and robust Expectation Propagation algorithm."
    spans = _spans(text, "Expectation Propagation")
    monkeypatch.setenv("PAPERKG_PRECISION49", "off")
    assert precision49.drop_variant_spans49(text, spans, False) == spans
    monkeypatch.setenv("PAPERKG_PRECISION49", "praise-coordinated")
    assert precision49.drop_variant_spans49(text, spans, False) == spans
