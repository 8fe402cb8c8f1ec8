"""precision63 (session 48): a title's subtitle words read as listed datasets, a title's plain lead word read as
the paper's name, and ontology relations written in lower camel case are dropped; coined names stay."""

from extract import precision63 as P
from extract.records import Mention
from extract.resolve import LocalEntity


def _entity(text, name, typ="method", role="uses", rule="rule:repeated-name", field="abstract", aliases=()):
    start = text.index(name)
    m = Mention(name, start, start + len(name), 0, rule, field)
    return LocalEntity(name=name, type=typ, role=role, aliases=list(aliases), family=None, mentions=[m], entry=None)


def _names(title, abstract, *ents):
    return [e.name for e in P.drop_words63(title, abstract, list(ents))]


ABSTRACT = "We study how models behave when the data shift. Our experiments cover three settings."


def test_title_list_word(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION63", raising=False)
    t = "Noisy Labels in Crowdsourced Datasets: Findings, Causes, and Remedies"
    e = _entity(t, "Findings", typ="dataset", rule="rule:listed", field="title")
    assert _names(t, ABSTRACT, e) == []


def test_title_list_word_leaves_names(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION63", raising=False)
    # a coined name after the data noun's colon is a dataset
    t = "Two New Datasets: Quorbank and Velmira"
    e = _entity(t, "Quorbank", typ="dataset", rule="rule:listed", field="title")
    assert _names(t, ABSTRACT, e) == ["Quorbank"]
    # the abstract writes the word too: not a title-only name
    t2 = "Noisy Labels in Crowdsourced Datasets: Findings, Causes, and Remedies"
    a2 = "We release the Findings corpus of annotated errors."
    e2 = _entity(t2, "Findings", typ="dataset", rule="rule:listed", field="title")
    e2.mentions.append(Mention("Findings", a2.index("Findings"), a2.index("Findings") + 8, 0, "rule:listed"))
    assert _names(t2, a2, e2) == ["Findings"]


def test_title_lead_word(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION63", raising=False)
    t = "Observations: What Attention Heads Do Under Distribution Shift"
    e = _entity(t, "Observations", role="proposes", rule="rule:title-name", field="title")
    assert _names(t, ABSTRACT, e) == []
    t2 = "Tutorial: Evaluating Summaries with Humans"
    e2 = _entity(t2, "Tutorial", role="proposes", rule="rule:title-name", field="title")
    assert _names(t2, ABSTRACT, e2) == []


def test_title_lead_word_leaves_names(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION63", raising=False)
    # a coined lead word is the paper's name
    t = "Velmira: Fast Retrieval for Long Documents"
    e = _entity(t, "Velmira", role="proposes", rule="rule:title-name", field="title")
    assert _names(t, ABSTRACT, e) == ["Velmira"]
    # a plain word without an abstract-noun ending ("Lessons" is a genre word; "Tagger" is not)
    t2 = "Tagger: Unsupervised Grouping of Parts"
    e2 = _entity(t2, "Tagger", role="proposes", rule="rule:title-name", field="title")
    assert _names(t2, ABSTRACT, e2) == ["Tagger"]
    # the abstract writes the word capitalised inside a sentence: it names something
    t3 = "Observations: What Attention Heads Do"
    a3 = "We introduce Observations, a probe that reads attention heads."
    e3 = _entity(t3, "Observations", role="proposes", rule="rule:title-name", field="title")
    assert _names(t3, a3, e3) == ["Observations"]
    # the abstract writes the word before a technique noun: the paper's technique
    t4 = "Sparsification: Trimming Networks by Relevance"
    a4 = "We rank the units by relevance. This sparsification technique removes the least useful ones."
    e4 = _entity(t4, "Sparsification", role="proposes", rule="rule:title-name", field="title")
    assert _names(t4, a4, e4) == ["Sparsification"]


def test_ontology_relation(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION63", raising=False)
    a = "Concepts are linked to instances (partOf) and to broader concepts (hasParent) in the graph."
    assert _names(None, a, _entity(a, "partOf"), _entity(a, "hasParent")) == []
    # a lower-case prefix before a capitalised name is a model variant, no relation
    b = "We compare subLSTM, mBERT and iCaRL on the same split."
    assert _names(None, b, _entity(b, "subLSTM"), _entity(b, "mBERT"), _entity(b, "iCaRL")) == [
        "subLSTM", "mBERT", "iCaRL"]


def test_other_types_left(monkeypatch):
    monkeypatch.delenv("PAPERKG_PRECISION63", raising=False)
    a = "Concepts are linked to instances (partOf) in the graph."
    assert _names(None, a, _entity(a, "partOf", typ="task")) == ["partOf"]


def test_switch_off_restores(monkeypatch):
    a = "Concepts are linked to instances (partOf) in the graph."
    monkeypatch.setenv("PAPERKG_PRECISION63", "0")
    assert _names(None, a, _entity(a, "partOf")) == ["partOf"]
    monkeypatch.setenv("PAPERKG_PRECISION63", "ontology-relation")
    assert _names(None, a, _entity(a, "partOf")) == ["partOf"]
    monkeypatch.delenv("PAPERKG_PRECISION63")
    assert _names(None, a, _entity(a, "partOf")) == []


def test_wired():
    import pathlib

    from extract.switches import OUTPUT_SWITCHES

    assert "PAPERKG_PRECISION63" in OUTPUT_SWITCHES
    root = pathlib.Path(__file__).resolve().parents[2]
    assert "drop_words63(" in (root / "extract" / "pipeline.py").read_text()
    assert "P.drop_words63(" in (root / "scripts" / "train_name_tagger.py").read_text()
