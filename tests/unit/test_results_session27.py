"""Session 25 round two's result rules (PAPERKG_RESULTS27: a result-local reading of the dataset slot) and the metric
lexicon's spelled-out names, on invented sentences; each part also checked switched off."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.results import RESULTS_RULES27, canonical_metric
from paperkg.extract.switches import OUTPUT_SWITCHES


def _on(text: str) -> list[tuple]:
    (p,) = extract_papers([Paper("p", None, text)])
    return [(r.value, r.metric, r.qualifier, r.dataset) for r in p.results]


def _datasets(text: str) -> dict[float, str | None]:
    (p,) = extract_papers([Paper("p", None, text)])
    return {r.value: r.dataset for r in p.results}


def test_the_switch_is_an_output_switch():
    assert "PAPERKG_RESULTS27" in OUTPUT_SWITCHES
    assert RESULTS_RULES27 == ("name-after-value", "name-before-bracket", "fronted-name", "method-typed-in-slot", "gated-value")


def test_a_shaped_name_right_after_the_value_is_its_dataset(monkeypatch):
    # name-after-value: "84.1% accuracy on QXR and 80.2% accuracy on ..." (QXR typed nothing by the entity step)
    text = ("We propose a texture descriptor for material recognition. It achieves 84.1% accuracy on QXR and 80.2% accuracy "
            "on the woven fabric database, which is higher than prior work.")
    assert _datasets(text)[84.1] == "QXR"
    # a possessive: "on ZORBA's parallel corpus"
    assert _datasets("Our best model reaches an F1 score of 61.3 on ZORBA's small parallel corpus of dialects.")[61.3] == "ZORBA"
    monkeypatch.setenv("PAPERKG_RESULTS27", "name-after-value")
    # recall58 (session 45) makes "QXR" a dataset entity by itself ("84.1% accuracy on QXR and"): off too, to see this part
    monkeypatch.setenv("PAPERKG_RECALL58", "0")
    assert _datasets(text)[84.1] is None


def test_names_that_are_no_data_stay_out():
    # a plural acronym is a kind of item, a model size is a model, a known model (gazetteer) is a model, a list's
    # first name is not the last value's, a name described as something else than data is not data
    assert _datasets("The tagger improves most on rare categories (e.g., +41.2% recall on NPs).")[41.2] is None
    assert _datasets("Our pruning keeps 93.5% accuracy on Foo-13B after compression.")[93.5] is None
    assert _datasets("The adapter improves accuracy by 3.2% on GPT-4 in the few-shot setting.")[3.2] is None
    text = "We obtain consistent gains (4.1%, 2.7% and 1.9% F1 on QRV, ZTB and WQX) over strong baselines."
    assert _datasets(text)[1.9] != "QRV"
    assert _datasets("The search reaches 90% recall@10 on QGNX, one of the most popular graph indexes.")[90.0] is None
    # a task acronym the abstract spells out in lower case is a task, not data
    text = "We study sentence pair scoring (SPS). Our encoder gains 2.4% Spearman correlation on SPS."
    assert _datasets(text)[2.4] is None


def test_a_value_alone_in_a_bracket_after_a_name_is_on_it(monkeypatch):
    # name-before-bracket: "the second best Smatch score on QAMR 3.0 (79.4)"
    text = "Without silver data, our single parser yields the second best Smatch score on QAMR 3.0 (79.4)."
    assert _datasets(text)[79.4] == "QAMR 3.0"
    monkeypatch.setenv("PAPERKG_RESULTS27", "name-before-bracket")
    assert _datasets(text)[79.4] is None


def test_a_sentence_that_opens_with_its_data_name(monkeypatch):
    # fronted-name: "In our experiments on the 2031 Zorblat test dataset, our submission achieves ..."
    text = "In our experiments on the 2031 Zorblat test dataset, our submission achieves 0.417 in weighted F1 score."
    assert _datasets(text)[0.417] == "2031 Zorblat"
    # another name later in the sentence: the opening name is not sure to be the value's
    other = "On QXRB, our model reaches 71.5% accuracy on the FooBench-7 split."
    assert _datasets(other)[71.5] == "FooBench-7"
    monkeypatch.setenv("PAPERKG_RESULTS27", "fronted-name")
    assert _datasets(text)[0.417] is None


def test_a_slot_name_typed_a_method_is_data_unless_proposed(monkeypatch):
    # method-typed-in-slot: the entity step types QUAMC a method ("evaluated against QUAMC"); the fronted slot says data
    text = ("We propose a sequential model with a Bi-LSTM layer, evaluated against QUAMC. On experimentation with QUAMC, "
            "our method obtained an F-score of 0.671.")
    assert _datasets(text)[0.671] == "QUAMC"
    # the paper's own method in the same slot is not its data
    own = "We propose QUAMC, a sequential tagger with a Bi-LSTM layer. On experimentation with QUAMC, our method obtained an F-score of 0.671."
    assert _datasets(own)[0.671] is None
    monkeypatch.setenv("PAPERKG_RESULTS27", "method-typed-in-slot")
    assert _datasets(text)[0.671] is None


def test_a_value_the_gate_would_drop_keeps_its_slot_name(monkeypatch):
    # gated-value: the paper names a dataset (ImageNet, for training), none is bound to the value: the gate drops it,
    # unless its slot holds a data name
    text = "We train on ImageNet. Our method reaches 12.3% mAP improvement on QVID."
    assert _on(text) == [(12.3, "mAP", "relative", "QVID")]
    monkeypatch.setenv("PAPERKG_RESULTS27", "gated-value")
    monkeypatch.setenv("PAPERKG_RECALL58", "0")  # which makes "QVID" a dataset entity by itself
    assert _on(text) == []


def test_the_off_switch_restores_the_output(monkeypatch):
    text = "It achieves 84.1% accuracy on QXR and 80.2% accuracy on the woven fabric database."
    on = _on(text)
    monkeypatch.setenv("PAPERKG_RESULTS27", "off")
    monkeypatch.setenv("PAPERKG_RECALL58", "0")  # which makes "QXR" a dataset entity by itself
    assert _on(text) != on
    assert [d for *_, d in _on(text)][0] is None


def test_spelled_out_metric_names_are_their_metrics():
    # well-known metrics written out in full, or with a box / mask superscript
    assert canonical_metric("normalized discounted cumulative gain").name == "NDCG"
    assert canonical_metric("AP^box").name == "AP"
    assert canonical_metric("peak signal-to-noise ratio").name == "PSNR"
    assert canonical_metric("area under the precision-recall curve").name == "AUPRC"
    assert canonical_metric("success weighted by path length").name == "SPL"
    assert canonical_metric("mean absolute percentage error").direction == "lower"
    text = "Our ranker improves over the baseline by 6% and 4% absolute in terms of recall and normalized discounted cumulative gain."
    assert (4.0, "NDCG", "relative", None) in _on(text)
