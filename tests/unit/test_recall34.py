"""Session 31 (recall34): defined lower-case names typed from the evidence around them (extract/recall34.py)."""

from __future__ import annotations

import pytest

from paperkg.extract import recall34


def _spans(text: str, long_form: str, short: str) -> list[tuple[int, int]]:
    i = text.index(long_form)
    j = text.index(short, i + len(long_form)) if short in text[i:] else text.index(short)
    return [(i, i + len(long_form)), (j, j + len(short))]


def _type(text: str, long_form: str, short: str, typ: str | None = None) -> str | None:
    return recall34.defined_type34(long_form, [short], typ, text, _spans(text, long_form, short))


@pytest.fixture(autouse=True)
def _clear(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL34", "on:short-use,kind-after-model")  # all parts; the default is tested below


def test_short_use_off_by_default(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL34", raising=False)
    text = ("The time-delayed feedback alignment rule (TDFA) is easy to implement in a brain. "
            "We find that TP and FA variants perform significantly worse than TDFA, especially for networks.")
    assert _type(text, "time-delayed feedback alignment rule", "TDFA") is None
    text = "we study the least-squares temporal difference (LSTD) learning algorithm when a space is given."
    assert _type(text, "least-squares temporal difference", "LSTD") == "method"


# -- kind-after ---------------------------------------------------------------------------------------------
def test_kind_after_learning_algorithm():
    text = "we study the least-squares temporal difference (LSTD) learning algorithm when a space is given."
    assert _type(text, "least-squares temporal difference", "LSTD") == "method"


def test_kind_after_long_form_in_brackets():
    text = "an efficient alternative to the OLOP (open-loop optimistic planning) algorithm. Whereas OLOP requires"
    assert _type(text, "open-loop optimistic planning", "OLOP") == "method"


def test_kind_after_appositive():
    text = "we combine imputation with conformal prediction (CP), a model-agnostic and distribution-free method to"
    assert _type(text, "conformal prediction", "CP") == "method"


def test_kind_after_not_as_the():
    text = ("We aim for probabilistic linear context-free rewriting systems (PLCFRS) as a grammar formalism "
            "and neural models")
    assert _type(text, "probabilistic linear context-free rewriting systems", "PLCFRS") is None


def test_kind_after_plural_noun_is_a_class():
    text = "Kernel-based optimal transport (OT) estimators offer an alternative to"
    assert _type(text, "optimal transport", "OT") is None


def test_kind_after_needs_the_definition_bracket():
    # "deep HSI models": the short form as a modifier elsewhere, not the definition
    text = "Recently, hyperspectral imaging (HSI) has attracted attention. Existing deep HSI models are trained"
    assert _type(text, "hyperspectral imaging", "HSI") is None


def test_kind_after_loose_noun_after_task_like_long_form():
    text = "we present a new semantic role labeling (SRL) approach for low-resource languages"
    assert _type(text, "semantic role labeling", "SRL") is None


def test_problem_after_definition_vetoes():
    text = "a novel variant of the multi-armed bandit (MAB) problem. It performs worse than MAB algorithms."
    assert _type(text, "multi-armed bandit", "MAB") is None


def test_generic_short_form_never():
    text = "the shallow convolutional neural network (CNN) algorithm. It performs better than CNN."
    assert _type(text, "shallow convolutional neural network", "CNN") is None


# -- kind-after-task ------------------------------------------------------------------------------------------
def test_kind_after_task_technique():
    text = "We develop the collaborative detection, tracking, and segmentation (CDTS) technique to extract tracks"
    assert _type(text, "collaborative detection, tracking, and segmentation", "CDTS", "task") == "method"


def test_kind_after_task_loose_noun_keeps_task():
    text = "We develop a new relation extraction (RE) method to extract relations"
    assert _type(text, "relation extraction", "RE", "task") == "task"


# -- short-use -------------------------------------------------------------------------------------------------
def test_short_use_compared():
    text = ("The time-delayed feedback alignment rule (TDFA) is easy to implement in a brain. "
            "We find that TP and FA variants perform significantly worse than TDFA, especially for networks.")
    assert _type(text, "time-delayed feedback alignment rule", "TDFA") == "method"


def test_short_use_subject():
    text = ("We called our method task-level curriculum learning for NAT (TCL-NAT). Experiments show that TCL-NAT "
            "achieves significant accuracy improvements.")
    assert _type(text, "task-level curriculum learning for NAT", "TCL-NAT") == "method"


def test_short_use_only_in_definition():
    text = "The model traditionally used is the linear dynamical system (LDS), which treats the observations."
    assert _type(text, "linear dynamical system", "LDS") is None


def test_short_use_task_head():
    text = "Use of cross-lingual entity disambiguation (XED) is hard. Our system outperforms XED; compared to XED, we"
    assert _type(text, "cross-lingual entity disambiguation", "XED") is None  # a task head


def test_short_use_task_like_lower_head():
    text = "open information extraction (OIE) is hard. We compare with systems that use OIE heavily."
    assert _type(text, "open information extraction", "OIE") is None


def test_switch_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL34", "off")
    text = "we study the least-squares temporal difference (LSTD) learning algorithm when a space is given."
    assert _type(text, "least-squares temporal difference", "LSTD") is None


def test_switch_one_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL34", "short-use")
    text = ("The time-delayed feedback alignment rule (TDFA) is easy to implement in a brain. "
            "We find that TP and FA variants perform significantly worse than TDFA, especially for networks.")
    assert _type(text, "time-delayed feedback alignment rule", "TDFA") is None
    text = "we study the least-squares temporal difference (LSTD) learning algorithm when a space is given."
    assert _type(text, "least-squares temporal difference", "LSTD") == "method"


def test_only_untyped_or_task():
    text = "we study the least-squares temporal difference (LSTD) learning algorithm when a space is given."
    assert _type(text, "least-squares temporal difference", "LSTD", "dataset") == "dataset"


def test_short_use_as_modifier():
    text = "The local field potential (LFP) is a source of information. We use LFP data recorded from regions."
    assert _type(text, "local field potential", "LFP") is None
    text = "The local field potential (LFP) is a source of information. We compare methods using LFP, and"
    assert _type(text, "local field potential", "LFP") == "method"


def test_task_head_after_definition_vetoes():
    text = "3D face reconstruction and facial action unit (AU) detection have emerged. Our model outperforms AU."
    assert _type(text, "facial action unit", "AU") is None


def test_hypothesis_after_definition_vetoes():
    text = "The uniform information density (UID) hypothesis posits that. We find that UID outperforms others."
    assert _type(text, "uniform information density", "UID") is None


def test_kind_after_model_off_by_default(monkeypatch):
    text = "we present a convolution over a dependency tree (CDT) model which exploits a Bi-LSTM"
    assert _type(text, "convolution over a dependency tree", "CDT") == "method"
    monkeypatch.delenv("PAPERKG_RECALL34", raising=False)
    assert _type(text, "convolution over a dependency tree", "CDT") is None
    text = "we present a convolution over a dependency tree (CDT) algorithm which exploits a Bi-LSTM"
    assert _type(text, "convolution over a dependency tree", "CDT") == "method"
