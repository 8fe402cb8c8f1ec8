"""Session 34 (extract/recall39.py, switch PAPERKG_RECALL39): recall36's modified names keyed by their base's
spelt-out name, and a listed reading winning over the modifier reading. Sentences are invented; none comes from a
gold file."""

from __future__ import annotations

import pytest

from paperkg.extract import recall39
from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


@pytest.fixture(autouse=True)
def _on(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL36", "on:modified-name")
    monkeypatch.delenv("PAPERKG_RECALL39", raising=False)
    for v in ("PAPERKG_SENSES29", "PAPERKG_SENSES28", "PAPERKG_SENSES27"):
        monkeypatch.delenv(v, raising=False)


def _paper(pid: str, name: str, text: str, rule: str = "rule:modified-name", typ: str = "method",
           long_form: str | None = None, short_forms: list[str] | None = None, entry: str | None = None) -> LocalResult:
    i = text.index(name)
    e = LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None,
                    mentions=[Mention(name, i, i + len(name), 0, rule)], entry=entry, long_form=long_form,
                    short_forms=short_forms or [])
    return LocalResult(Paper(id=pid, title=None, abstract=text, year=2020), [e], [])


def _ids(results) -> dict[str, str]:
    return {p.id: p.entities[0].id for p in canonicalise(results)}


def test_spelling_is_modifier_and_the_base_entry_name():
    assert recall39.modified_spelling39("linear SVM") == "linearsupportvectormachine"
    assert recall39.modified_spelling39("linear SVMs") == "linearsupportvectormachine"
    assert recall39.modified_spelling39("Linear SVM") == "linearsupportvectormachine"
    assert recall39.modified_spelling39("mini-batch SGD") == recall39.modified_spelling39("minibatch SGD") \
        == "minibatchstochasticgradientdescent"


def test_no_spelling_for_other_names_or_spelt_out_ones():
    assert recall39.modified_spelling39("kernel SVM") is None  # not a mined modified name (senses29's part)
    assert recall39.modified_spelling39("linear support vector machine") is None  # already spelt out
    assert recall39.modified_spelling39("graphical lasso") is None  # the base's name is its own spelling
    assert recall39.modified_spelling39("character LSTM") is None  # a base no single method entry holds


def test_listed_reading_wins():
    assert recall39.modified_spelling39("variational Bayesian inference") == "variationalinference"
    assert recall39.modified_spelling39("OpenAI GPT") == "generativepretrainedtransformer"  # maker: no modifier
    assert recall39.modified_spelling39("linear PCA") == "principalcomponentanalysis"  # PCA is linear
    assert recall39.modified_spelling39("semi-supervised label propagation") == "labelpropagation"
    assert recall39.modified_spelling39("multiclass logistic regression") == "multinomiallogisticregression"


def test_spellings_of_one_modified_name_are_one_node():
    a = _paper("m1", "linear SVM", "We train a linear SVM on the pooled features of the leaves.")
    b = _paper("m2", "linear support vector machine",
               "A linear support vector machine separates the leaf classes.", rule="rule:caps-head")
    ids = _ids([a, b])
    assert ids["m1"] == ids["m2"], ids
    assert _ids([b, a]) == ids  # any order


def test_definition_names_the_joined_node():
    a = _paper("d1", "linear SVM", "We train a linear SVM on the pooled features of the leaves.")
    b = _paper("d2", "Linear Support Vector Machine",
               "A Linear Support Vector Machine (LSVM) separates the leaf classes.", rule="abbreviation",
               long_form="Linear Support Vector Machine", short_forms=["LSVM"])
    ids = _ids([a, b, _paper("d3", "linear SVM", "A linear SVM is the baseline of the orchard.")])
    assert ids["d1"] == ids["d2"] == ids["d3"] == "method:linear-support-vector-machine", ids


def test_listed_reading_joins_the_listed_node():
    a = _paper("r1", "variational Bayesian inference", "We fit the topic model by variational Bayesian inference.")
    b = _paper("r2", "variational inference", "We fit the mixture by variational inference.",
               rule="gazetteer:pwc-world-snapshot", entry="method:variational-inference")
    ids = _ids([a, b])
    assert ids["r1"] == ids["r2"] == "method:variational-inference", ids


def test_two_modifiers_of_one_base_stay_two_nodes():
    a = _paper("t1", "linear SVM", "We train a linear SVM on the pooled features of the leaves.")
    b = _paper("t2", "structural SVM", "A structural SVM predicts the parse of a leaf.")
    c = _paper("t3", "SVM", "An SVM classifies the leaves of the orchard.", rule="gazetteer:curated",
               entry="method:support-vector-machine")
    ids = _ids([a, b, c])
    assert len({ids["t1"], ids["t2"], ids["t3"]}) == 3, ids


def test_switches(monkeypatch):
    a = _paper("s1", "linear SVM", "We train a linear SVM on the pooled features of the leaves.")
    b = _paper("s2", "linear support vector machine",
               "A linear support vector machine separates the leaf classes.", rule="rule:caps-head")
    monkeypatch.setenv("PAPERKG_RECALL39", "off")
    ids = _ids([a, b])
    assert ids["s1"] != ids["s2"], ids
    monkeypatch.delenv("PAPERKG_RECALL39")
    monkeypatch.setenv("PAPERKG_RECALL36", "off")  # recall36's part off: nothing to key
    assert recall39.modified_spellings39("form:linearsvm", ["linear SVM"]) == []
    monkeypatch.setenv("PAPERKG_RECALL36", "on:modified-name")
    assert recall39.modified_spellings39("form:linearsvm", ["linear SVM"]) == ["linearsupportvectormachine"]
    assert recall39.modified_spellings39("apart:linearsvm", ["linear SVM"]) == []


def test_maker_name_before_a_listed_model_is_that_model():
    a = _paper("g1", "OpenAI GPT", "We fine-tune OpenAI GPT on the leaf captions.", typ="model")
    b = _paper("g2", "GPT", "We fine-tune GPT on the orchard reports.", rule="gazetteer:curated", typ="model",
               entry="model:gpt")
    ids = _ids([a, b])
    assert ids["g1"] == ids["g2"] == "model:gpt", ids


def test_an_own_definition_of_the_acronym_base_keeps_its_bare_uses(monkeypatch):
    from paperkg.extract import recall36

    own = "We compare a bidirectional LSTM (Long and short term memory) tagger. A bi-directional LSTM wins."
    assert recall36.modified_name_spans36(own) == []
    own2 = "A Long and short term memory (LSTM) tagger. A bi-directional LSTM wins."
    assert recall36.modified_name_spans36(own2) == []
    listed = "A long short-term memory (LSTM) tagger. A bi-directional LSTM wins."
    assert [listed[s:e] for s, e, _, _ in recall36.modified_name_spans36(listed)] == ["bi-directional LSTM"]
    text = "Support vector machines (SVMs) are strong; we use a linear SVM (LSVM) too."
    assert [text[s:e] for s, e, _, _ in recall36.modified_name_spans36(text)] == ["linear SVM"]
    monkeypatch.setenv("PAPERKG_RECALL39", "off")
    assert [own[s:e] for s, e, _, _ in recall36.modified_name_spans36(own)] == ["bi-directional LSTM"]


def test_modified_name_node_links_to_its_base(monkeypatch):
    # modified-link (lead, session 34 merge): the keying takes "linear SVM" off the SVM node; its records name the
    # SVM node in ``family`` (VARIANT_OF), as senses29's variant-link does for "kernel support vector machine"
    from paperkg.extract.pipeline import extract_papers
    from paperkg.extract.records import Paper

    papers = [Paper("a", None, "We train a linear SVM on the features and compare it with a support vector machine (SVM)."),
              Paper("b", None, "Support vector machines (SVMs) are used. We also apply a linear SVM to text.")]
    monkeypatch.delenv("PAPERKG_RECALL39", raising=False)
    monkeypatch.delenv("PAPERKG_RECALL36", raising=False)

    def families():
        return {e.name: e.family for p in extract_papers(papers) for e in p.entities if e.type == "method"}

    got = families()
    assert got["linear SVM"] == "method:support-vector-machine"
    assert got["Support Vector Machine"] is None
    monkeypatch.setenv("PAPERKG_RECALL39", "modified-link")
    assert families()["linear SVM"] is None
