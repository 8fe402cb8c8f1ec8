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


def test_math_objects_and_roles_never() -> None:
    text = "We learn rules by using a conjunctive normal form (CNF) of features. CNF rules are short."
    assert lower_defined54("conjunctive normal form", ["CNF"], None, text) is None
    text2 = "We design a segmentation network (SNet) for cells. SNet runs in real time."
    assert lower_defined54("segmentation network", ["SNet"], None, text2) is None
    text3 = "We propose a neural mutual dependence (NMD) measure. NMD is consistent."
    assert lower_defined54("neural mutual dependence", ["NMD"], None, text3) is None


def test_task_before_and_statements_never() -> None:
    text = "We propose a fast solver to solve multi-robot path planning (MRPP). MRPP instances grow large."
    assert lower_defined54("multi-robot path planning", ["MRPP"], None, text) is None
    text2 = "Our bound uses the law of large deviations (LLD). By LLD the rate is tight."
    assert lower_defined54("law of large deviations", ["LLD"], None, text2) is None


def test_own_word_before_class_words() -> None:
    text = "We encode scenes by applying a state graph attention network (SGAN) to the map. SGAN is small."
    assert lower_defined54("state graph attention network", ["SGAN"], None, text) == "method"
    text2 = "We revisit learning undirected graphical models (UGMs) by sampling. UGMs are hard to fit."
    assert lower_defined54("undirected graphical models", ["UGMs"], None, text2) is None


def test_state_space_class_never() -> None:
    text = "Selective state space models (SSMs) scale linearly. SSMs lag behind attention on recall."
    assert lower_defined54("state space models", ["SSMs"], None, text) is None
