"""types47: a name its own sentence writes as a metric score or as named data is retyped (session 40)."""

from __future__ import annotations

import pytest
from extract_cases import stand_in_entity  # tests/extract_cases.py

from extract.types47 import retype_kinds47


def _entity(text: str, name: str, type_: str = "method"):
    return stand_in_entity(text, name, type_)


def _retyped(text: str, name: str, type_: str = "method") -> str:
    e = _entity(text, name, type_)
    retype_kinds47(None, text, [e])
    return e.type


@pytest.mark.parametrize("text,name,type_,want", [
    ("Our single-model achieves a new state-of-the-art 127.8 CIDEr-D on the Karpathy split.", "CIDEr-D", "method",
     "metric"),
    ("Our model has an average improvement of 0.91 s-BLEU over the sentence-level baseline.", "s-BLEU", "method",
     "metric"),
    ("We achieve state-of-the-art performance on the BSDS500 dataset (ODS F-score of .792).", "ODS", "dataset",
     "metric"),
    ("Experiments on the PG19 language modeling benchmark and the GuoFeng discourse-level translation benchmark "
     "validate the effectiveness of Temp-Lora.", "GuoFeng", "method", "benchmark"),
    ("We present a sample of the REBECA bilingual lexical-conceptual database constructed by linking two "
     "resources.", "REBECA", "method", "dataset"),
])
def test_retyped(text, name, type_, want):
    assert _retyped(text, name, type_) == want


@pytest.mark.parametrize("text,name,type_", [
    # a technique's output score or a verb, not a metric
    ("Confidence is predicted using dynamic programming on SVM scores obtained on short segments.", "SVM", "method"),
    ("First, ConcNet scores the observed entities considering their relevance.", "ConcNet", "method"),
    # a signed gain on a dataset; a numbered subtask
    ("Our model improves SARI (+0.95 WikiLarge, +1.89 WikiSmall, +1.41 Newsela).", "WikiSmall", "method"),
    ("We show improvement on SemEval 2013 task 9.1 DrugNER, achieving state of the art results.", "DrugNER", "method"),
    # a benchmark's score is not a metric named after it
    ("Our model reaches a GLUE score of 85.1 on the test server.", "GLUE", "dataset"),
    # data made with the technique, the paper's technique called so
    ("We fine-tune on the BERT pre-training corpus and report results.", "BERT", "model"),
    ("A GAN approach is proposed, called Tag2Pix. First, we present the Tag2Pix line art colorization dataset.",
     "Tag2Pix", "method"),
    # written as the paper's own model
    ("Our CIDEr-D model reaches 127.8 CIDEr-D on the Karpathy split.", "CIDEr-D", "method"),
])
def test_kept(text, name, type_):
    assert _retyped(text, name, type_) == type_


def test_switched_off(monkeypatch):
    text = "Our single-model achieves a new state-of-the-art 127.8 CIDEr-D on the Karpathy split."
    monkeypatch.setenv("PAPERKG_TYPES47", "off")
    assert _retyped(text, "CIDEr-D") == "method"
    monkeypatch.setenv("PAPERKG_TYPES47", "metric-score")
    assert _retyped(text, "CIDEr-D") == "method"
    monkeypatch.setenv("PAPERKG_TYPES47", "data-after")
    assert _retyped(text, "CIDEr-D") == "metric"


@pytest.mark.parametrize("name,want", [("IJCNLP-2017 Task 2", "benchmark"), ("SemEval 2014 Task 4", "benchmark"),
                                       ("Task 2 Transformer", "method"), ("GPT-2017", "method")])
def test_shared_task(name, want):
    text = f"We describe our system for {name} and its results."
    assert _retyped(text, name) == want
