"""recall54: a lower-case defined name whose acronym recurs (cases written for this session)."""

from extract.recall54 import lower_defined54, spelt54


def test_technique_head_with_recurring_acronym() -> None:
    text = ("We study shape matching. We train a cross-scale voxel hashing (CSVH) encoder on point clouds. "
            "CSVH halves the memory of prior encoders.")
    assert lower_defined54("cross-scale voxel hashing", ["CSVH"], None, text) == "method"


def test_cue_with_other_head() -> None:
    text = ("We adopt gated spectral mixing (GSM) for the fusion step. With GSM the error drops by a third.")
    assert lower_defined54("gated spectral mixing", ["GSM"], None, text) == "method"


def test_no_recurrence_no_method() -> None:
    text = "We adopt gated spectral mixing (GSM) for the fusion step and report results on two sets."
    assert lower_defined54("gated spectral mixing", ["GSM"], None, text) is None


def test_class_phrase_never() -> None:
    text = "Deep convolutional neural networks (DCNNs) are used widely. DCNNs need much data; we use DCNNs too."
    assert lower_defined54("convolutional neural networks", ["DCNNs"], None, text) is None
    text2 = "We use deep reinforcement learning (DRL) for control. DRL agents learn slowly."
    assert lower_defined54("deep reinforcement learning", ["DRL"], None, text2) is None


def test_task_and_metric_heads_never() -> None:
    text = "Using monocular depth estimation (MDE) as a proxy, we find MDE errors grow with range."
    assert lower_defined54("monocular depth estimation", ["MDE"], None, text) is None
    text2 = "We propose mean reciprocal rank (MRR) gains. MRR rises by 3 points."
    assert lower_defined54("mean reciprocal rank", ["MRR"], None, text2) is None


def test_generic_acronym_and_typed_untouched() -> None:
    text = "We use large language models (LLMs) as judges. LLMs disagree often."
    assert lower_defined54("large language models", ["LLMs"], None, text) is None
    text2 = "We train a cross-scale voxel hashing (CSVH) encoder. CSVH is fast."
    assert lower_defined54("cross-scale voxel hashing", ["CSVH"], "dataset", text2) == "dataset"


def test_spelt() -> None:
    assert spelt54("effective entropy maximization criterion", "E2MC")
    assert spelt54("task-level curriculum learning for NAT", "TCL-NAT")
    assert spelt54("sparse additive model", "SpAM")
    assert not spelt54("sparse additive model", "SAMP")


def test_switch_off(monkeypatch) -> None:
    monkeypatch.setenv("PAPERKG_RECALL54", "off")
    text = "We train a cross-scale voxel hashing (CSVH) encoder. CSVH is fast."
    assert lower_defined54("cross-scale voxel hashing", ["CSVH"], None, text) is None
