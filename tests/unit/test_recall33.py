"""Session 31's coordination rule (extract/recall33.py, switch PAPERKG_RECALL33). Cases written for these tests."""

from __future__ import annotations

import pytest
from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall33
from paperkg.extract.pipeline import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _rule(nlp, text, monkeypatch=None, value="on:coord-data"):
    if monkeypatch is not None:
        monkeypatch.setenv("PAPERKG_RECALL33", value)
    doc = nlp(text)
    return sorted((text[s:e], t, r) for s, e, t, r in doc._.rule_matches if r.startswith("rule:coord-"))


def test_shaped_members_of_a_method_list(nlp, monkeypatch):
    text = "Baselines include DARTS, ENAS, RS, BOHB, GDAS and ResNet."
    # "RS": two capitals, too many readings; each new member is known for the next one
    assert _rule(nlp, text, monkeypatch, "") == [("BOHB", "method", "rule:coord-method"),
                                                 ("ENAS", "method", "rule:coord-method"),
                                                 ("GDAS", "method", "rule:coord-method")]


def test_shaped_member_before_a_known_name(nlp, monkeypatch):
    assert _rule(nlp, "Implementations such as pGBRT and XGBoost exist.", monkeypatch, "") == [
        ("pGBRT", "method", "rule:coord-method")]


def test_default_off_part(nlp, monkeypatch):
    text = "Scores on common tasks: sentiment analysis (SST, IMDb), question classification (TREC), entailment."
    assert _rule(nlp, text, monkeypatch, "") == []
    assert _rule(nlp, text, monkeypatch, "on:coord-data") == [("SST", "dataset", "rule:coord-data")]


def test_plain_word_after_a_known_name_and_its_abbreviation(nlp, monkeypatch):
    text = "We segment words with Byte Pair Encoding (BPE) and Zorfessor before training."
    assert _rule(nlp, text, monkeypatch) == [("Zorfessor", "method", "rule:coord-plain")]


def test_plain_word_before_a_known_name(nlp, monkeypatch):
    assert _rule(nlp, "We compare with Zorblax and Dropout on images.", monkeypatch) == [
        ("Zorblax", "method", "rule:coord-plain")]


def test_data_member_takes_the_known_type(nlp, monkeypatch):
    text = "Scores on common tasks: sentiment analysis (SST, IMDb), question classification (TREC), entailment."
    assert ("SST", "dataset", "rule:coord-data") in _rule(nlp, text, monkeypatch)


@pytest.mark.parametrize("text", [
    "We compare with Dropout and Zorblax Net on images.",  # a capitalised word continues the member
    "We compare with Dropout and Zorblax-style filters on images.",  # a hyphen continues it
    "We report Dropout and BLEU on images.",  # a metric
    "We use Dropout and English text.",  # a human language
    "We use Dropout and Gaussian noise.",  # a capitalised common adjective
    "We use Dropout and Section 3 explains it.",  # a word of prose
    "Results with Dropout and weather data.",  # a lower-case member
    "Zorblax and Quuxor are compared.",  # no known member
    "Starting with Dropout (Zorblax and Quuxor, 1999) and Dropout, Zorblax 2019 ...",  # a citation: people
    "We compare Dropout and ZorbNet-20/34 on images.",  # the member goes on after "/"
    "We test on ImageNet, SST2.1 and v0 data.",  # the member goes on after "."; a version
    "We compare Dropout, FNNs and RS here.",  # a plural acronym; two capitals
    "We compare Dropout and MORE here.",  # a word in capitals
    "We compare Dropout and ZorbNet-style models.",  # a "-style" compound
    "At 60 FPS, Dropout runs.",  # a unit
    "Procedures such as Dropout or Zorbig selector are used.",  # a plain word before a head noun
    "Deeper Transformer and Bi-RNN encoders.",  # a generic class ("Bi-RNNx" is taken)
    "Models trained with Dropout and ZB4 losses.",  # a loss, not a method
    "We report the scores Dropout, ZB3 and CEAFZ.",  # scores
    "Three parallel corpora: Dropout, DGT-TM and ECB.",  # data beside a name typed method
])
def test_other_coordinations_are_left_alone(nlp, monkeypatch, text):
    assert _rule(nlp, text, monkeypatch) == []


def test_part33_shapes():
    assert recall33._part33("PubMed", "dataset") == "coord-data"
    assert recall33._part33("E2E", "benchmark") == "coord-data"
    assert recall33._part33("PDT-Vallex", "method") == "coord-method"
    assert recall33._part33("Zorfessor", "model") == "coord-plain"
    assert recall33._part33("Network", "method") is None  # a corpus word
    assert recall33._part33("English-to-German", "dataset") is None
    assert recall33._part33("III", "method") is None
    assert recall33._part33("GPUs", "method") is None
    assert recall33._part33("1998", "method") is None


def test_titles_are_left_alone():
    assert recall33.rule_spans33("Dropout and ZorbNet", None, True, []) == []


def test_switch_off_parts_by_name(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL33", "coord-method")
    assert recall33._off33() == frozenset(("coord-method", "coord-data"))
    monkeypatch.setenv("PAPERKG_RECALL33", "on:coord-data")
    assert recall33._off33() == frozenset()
    monkeypatch.delenv("PAPERKG_RECALL33")
    assert recall33._off33() == recall33.DEFAULT_OFF33


def _names(abstract, monkeypatch, value=None):
    return names_under_switch(monkeypatch, "PAPERKG_RECALL33", value, abstract, "A study of subword units")


def test_switch_turns_parts_off(monkeypatch):
    abstract = ("We segment words with Byte Pair Encoding (BPE) and Zorfessor before training a translation "
                "model. Zorfessor gives shorter units than BPE on three language pairs.")
    assert "Zorfessor" in _names(abstract, monkeypatch)
    assert "Zorfessor" not in _names(abstract, monkeypatch, "coord-plain")
    assert "Zorfessor" not in _names(abstract, monkeypatch, "off")


def test_a_member_the_model_list_names_in_part_is_left_to_it(nlp, monkeypatch):
    # "RoBERTa-base" holds the listed model RoBERTa (a gazetteer match the rule's anchors leave out): a coordinated
    # member overlapping any listed match stays the list's, so the size form does not become a node of its own.
    text = "Our model outperforms RoBERTa-base and BERT-large by 2.4 points on GLUE, and also beats ALBERT-base and XLNet."
    assert _rule(nlp, text, monkeypatch, "") == []


def test_a_member_the_corpus_gives_several_meanings_is_no_node(monkeypatch):
    # "... spectral clustering or LDA": the corpus defines LDA as two things and this paper as neither; the bare list
    # member would be a node of its own beside both (check-graph's LDA rows), so the corpus pass drops it.
    from extract_cases import extract_papers, Paper

    monkeypatch.delenv("PAPERKG_RECALL33", raising=False)
    papers = [
        Paper("t", "Randomized nonlinear component analysis", "We design scalable new variants of nonlinear PCA and "
              "CCA; our ideas extend to key multivariate analysis tools such as spectral clustering or LDA."),
        Paper("a1", "Topic models", "We study latent Dirichlet allocation (LDA) for topic modeling of large text "
              "collections. Our LDA sampler is fast."),
        Paper("a2", "Faces", "We propose a variant of linear discriminant analysis (LDA) for face recognition. LDA is "
              "combined with kernels."),
    ]
    out = {p.id: {e.id for e in p.entities} for p in extract_papers(papers)}
    assert "method:spectral-clustering" in out["t"]
    assert not any("lda" in key for key in out["t"])
    # a member with one meaning in the corpus (or none) is kept: the rule's point
    [alone] = extract_papers([Paper("u", "Trees", "Implementations such as pGBRT and XGBoost exist for trees.")])
    assert "pGBRT" in {e.name for e in alone.entities}


def test_coordinated_only_asks_every_mention():
    # The corpus pass's LDA guard (canonical.local_key) keys on this: one mention from another rule keeps the node.
    from extract.recall33 import coordinated_only33
    from extract.records import Mention
    coord = Mention("LDA", 10, 13, 0, "rule:coord-method")
    plain = Mention("LDA", 40, 43, 1, "rule:acronym-use")
    assert coordinated_only33([coord])
    assert not coordinated_only33([coord, plain])
    assert not coordinated_only33([plain])
