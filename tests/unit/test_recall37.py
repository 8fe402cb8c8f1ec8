"""Session 33's subject-verb typing (extract/recall37.py, switch PAPERKG_RECALL37). Cases written for these tests."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall37

ON = "on:subject-verb"


def _type(monkeypatch, long_form, short, text, value=ON):
    monkeypatch.setenv("PAPERKG_RECALL37", value)
    return recall37.subject_verb37(long_form, [short], None, text)


def test_short_form_subject_of_a_technique_verb(monkeypatch):
    text = "We define Quilted Feature Pruning (QFP). Experiments show that QFP significantly outperforms pruning."
    assert _type(monkeypatch, "Quilted Feature Pruning", "QFP", text) == "method"
    text = "Finally, Lattice Echo Sampling (LES) achieves a lower error than the baselines."
    assert _type(monkeypatch, "Lattice Echo Sampling", "LES", text) == "method"
    text = "Our proposed marble token routing (MTR) can learn sparse experts."
    assert _type(monkeypatch, "marble token routing", "MTR", text) == "method"


def test_no_verb_or_verb_elsewhere(monkeypatch):
    text = "We define Quilted Feature Pruning (QFP). The QFP scores are low. Pruning outperforms it."
    assert _type(monkeypatch, "Quilted Feature Pruning", "QFP", text) is None
    # a plural noun, not the verb: "deep HSI models" (the verb list has no "models")
    text = "Hyperspectral glow imaging (HGI) is popular. Deploying HGI models is hard."
    assert _type(monkeypatch, "hyperspectral glow imaging", "HGI", text) is None


def test_prefixed_short_form_is_another_name(monkeypatch):
    text = "Protein Binding Interplay (PBI) matters. Our GNN-PBI outperforms all baselines."
    assert _type(monkeypatch, "Protein Binding Interplay", "PBI", text) is None
    text = "Reward Span Guidance (RSG) is used. Our SOV-RSG achieves fast convergence."
    assert _type(monkeypatch, "Reward Span Guidance", "RSG", text) is None


def test_vetoes(monkeypatch):
    # generic short form, class words only, theory/data/representation heads
    assert _type(monkeypatch, "Large Language Models", "LLMs", "Large Language Models (LLMs) achieve a lot.") is None
    assert _type(monkeypatch, "Deep Neural Networks", "DNNs2", "Deep Neural Networks (DNNs2) achieve a lot.") is None
    assert _type(monkeypatch, "The Convex Min-Max Theorem", "CMT", "The Convex Min-Max Theorem (CMT) allows; CMT yields bounds.") is None
    assert _type(monkeypatch, "Range Image Views", "RIV", "We show that RIV outperforms the others.") is None
    assert _type(monkeypatch, "Wide Sky Corpus", "WSC", "Wide Sky Corpus (WSC) enables studies.") is None


def test_switch_off_and_typed_names(monkeypatch):
    text = "Finally, Lattice Echo Sampling (LES) achieves a lower error than the baselines."
    assert _type(monkeypatch, "Lattice Echo Sampling", "LES", text, "off") is None
    assert _type(monkeypatch, "Lattice Echo Sampling", "LES", text, "subject-verb") is None
    monkeypatch.delenv("PAPERKG_RECALL37", raising=False)
    assert recall37.subject_verb37("Lattice Echo Sampling", ["LES"], None, text) is None  # off by default
    monkeypatch.setenv("PAPERKG_RECALL37", ON)
    assert recall37.subject_verb37("Lattice Echo Sampling", ["LES"], "task", text) == "task"  # typed: left alone


def test_whole_paper(monkeypatch):
    abstract = ("Cleaning noisy tables is hard. We study Quorum Table Scrubbing (QTS) for tabular data. "
                "Extensive evaluations demonstrate that Quorum Table Scrubbing (QTS) improves predictive "
                "performance in downstream tasks.")
    title = "Scrubbing tables"
    assert "Quorum Table Scrubbing" in names_under_switch(monkeypatch, "PAPERKG_RECALL37", ON, abstract, title)
    assert "Quorum Table Scrubbing" not in names_under_switch(monkeypatch, "PAPERKG_RECALL37", "off", abstract, title)


def test_component_trained_copy_and_task_vetoes(monkeypatch):
    # written from the first corpus reading: components, a trained copy of a model, a class of task words, a task
    assert _type(monkeypatch, "Spatial Gated Mixer Blocks", "SGMB", "Our SGMB improves accuracy.") is None
    assert _type(monkeypatch, "fine-tuned XLNetX", "FT-XLNetX", "We find FT-XLNetX outperforms a parser.") is None
    assert _type(monkeypatch, "segmentation network", "SN", "Here SN achieves good masks.") is None
    assert _type(monkeypatch, "lexical text simplification", "LTS", "LTS improves reading.") is None
    assert _type(monkeypatch, "sparse feedback graph", "SFG", "SFG enables exploration.") is None
    # the same cue with a technique head is typed
    assert _type(monkeypatch, "Sparse Feedback Hashing", "SFH", "SFH enables exploration.") == "method"


def test_proposed_subject_needs_a_proposal_in_the_definition_sentence(monkeypatch):
    proposed = "We propose Lattice Echo Sampling (LES) for graphs. LES achieves a lower error than the baselines."
    assert _type(monkeypatch, "Lattice Echo Sampling", "LES", proposed, "on:proposed-subject") == "method"
    discussed = "The lattice echo noise (LEN) in SGD is heavy-tailed. LEN reduces accuracy. We propose a fix."
    assert _type(monkeypatch, "lattice echo noise", "LEN", discussed, "on:proposed-subject") is None
    assert _type(monkeypatch, "lattice echo noise", "LEN", discussed, "on:subject-verb") == "method"
    # "our" and "called" count; the part alone is off by default
    called = "Our method, called marble token routing (MTR), is simple. Then MTR outperforms all."
    assert _type(monkeypatch, "marble token routing", "MTR", called, "on:proposed-subject") == "method"
    monkeypatch.delenv("PAPERKG_RECALL37", raising=False)
    assert recall37.subject_verb37("marble token routing", ["MTR"], None, called) is None
