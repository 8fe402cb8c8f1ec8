"""speed51 (session 48, docs/history/speed51.md): faster forms of three checks give the old answers."""

from __future__ import annotations

import re

import pytest

from paperkg.extract import recall40, recall53, results, results53, results58, speed40, types51

_D, _N = types51._DATA_NOUN51, types51._NAMING51


def _old_cue(text: str, form: str) -> bool:
    """The three re.I searches ``_data_cue51`` ran before speed51."""
    f = r"(?<![\w-])%s(?![\w-])" % re.escape(form)
    return bool(
        re.search(f + r"\s+(?:\w+\s+){0,2}" + _D + r"\b", text, re.I)
        or re.search(r"\b" + _D + r",?\s+(?:\w+\s+)?(?:" + _N + r"\s+)?" + f, text, re.I)
        or re.search(f + r"(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s+is)\s*(?:a|an|the|our)\s+[^.;()]{0,60}?\b"
                     + _D + r"\b", text, re.I))


TEXTS = [
    "We test on the Zorblax benchmark and on Quentor-2 data.",
    "The corpus, named Flimset, holds 3k dialogues; Flimset is a large multilingual corpus.",
    "Our tracker Grobo (fast), an online method, beats Grobo-XL on the DATASET Grobo.",
    "zorblax Dataset results; pre-Zorblax tests; Zorblax_v2 challenge; the shared task WIDGET.",
    "Plain text with no noun at all: Zorblax works.",
]
FORMS = ["Zorblax", "zorblax", "ZORBLAX", "Quentor-2", "Flimset", "Grobo", "Grobo-XL", "WIDGET", "(fast)", "works"]


@pytest.mark.parametrize("text", TEXTS)
def test_form_cue_agrees_with_the_old_searches(text):
    for form in FORMS:
        assert types51._form_cue51(text, form) == _old_cue(text, form), form


def test_form_cue_finds_both_sides_and_leaves_a_glued_form_alone():
    assert types51._form_cue51("results on the Zorblax benchmark", "Zorblax") is True  # after the form
    assert types51._form_cue51("a new dataset called Zorblax", "Zorblax") is True  # before the form
    assert types51._form_cue51("Zorblax, a hard benchmark for parsing", "Zorblax") is True  # apposition
    assert types51._form_cue51("the pre-Zorblax benchmark", "Zorblax") is False  # "-" before it
    assert types51._form_cue51("Zorblax improves parsing", "Zorblax") is False


def test_form_cue_refuses_what_it_cannot_answer_exactly():
    assert types51._form_cue51("the Zörblax benchmark", "Zörblax") is None  # non-ASCII form
    assert types51._form_cue51("the \u017fet benchmark", "Set") is None  # "ſ": (?i) folds it to s, lower() does not


@pytest.mark.parametrize("text", [
    "We won the SHARED   TASK.", "a Challenge", "no such words here", "the WORKSHOP", "\u017fhared task",
    "a new CORPUS", "Data Set", "treebanks", "data  set", "the \u0130nstance", "BENCHMARKS",
])
def test_gates_agree_with_the_old_searches(text):
    old_shared = re.search(r"(?i)shared\s+task|challenge|competition|campaign|workshop", text) is not None
    old_data = re.search(r"(?i)dataset|benchmark|corp|database|data set|treebank", text) is not None
    assert results58._gate58(text, results58._SHARED_GATE58, results58._SHARED_GATE_LOW58) == old_shared
    assert results58._gate58(text, results58._DATA_GATE58, results58._DATA_GATE_LOW58) == old_data


def test_acronym_scan_through_the_pre_checked_scan_finds_what_it_found():
    variants = {"ransac": ("RANSAC", "method:ransac"), "bert": ("BERT", "model:bert")}
    forms = frozenset({"RANSAC", "BERT"})
    for text in ("We fit lines with Ransac and compare with Bert on new data.", "We fit lines.", "Ransac-Flow works."):
        assert speed40.variant_spans40(text, variants, forms) == recall40.variant_spans40(text, variants, forms)
    got = recall53.acronym_spans53("We fit lines with Ransac and compare with Bert on new data.", variants, forms)
    assert [eid for _, _, eid in got] == ["method:ransac", "model:bert"]
    assert recall53.acronym_spans53("We fit lines.", variants, forms) == []


def _old_brackets(text, metric_spans):
    """results53's ``_metric_brackets53`` before speed51 (no pre-check)."""
    if "(" not in text:
        return []
    blanks = []
    for ms, me, _metric, _surface in metric_spans(text, 0):
        m = results53._AFTER_METRIC53.match(text, me)
        if m:
            blanks.append((m.start("word"), m.end("word")))
            continue
        if text[max(0, ms - 1) : ms] == "(" and (m := results53._INSIDE_AFTER53.match(text, me)):
            blanks += [(ms - 1, ms), (m.start("sep"), m.end("sep"))]
    return blanks


@pytest.mark.parametrize("text", [
    "Our parser reaches 70.6 on the LAS metric (70.64%) and 0.91 accuracy (0.91).",
    "The restored images gain (SSIM, up to 25.67%) over the baseline and (PSNR: 31.2) too.",
    "Accuracy rises to 81.2% (from 77.0) while F1 drops (see Table 2).",
    "No brackets here: accuracy 81.2%, F1 0.77.",
    "The F-measure (82.2%) and the BLEU measure (31.5) improve (Smith et al., 2020).",
])
def test_metric_brackets_pre_check_keeps_the_blanks(text):
    assert results53._metric_brackets53(text, results._metric_spans) == _old_brackets(text, results._metric_spans)


def test_metric_brackets_still_blanks_a_metric_word_and_a_bracket():
    text = "It scores 70.1 LAS metric (70.64%) and (SSIM, up to 25.67%) here."
    got = results53._metric_brackets53(text, results._metric_spans)
    assert (text.index(" metric"), text.index(" metric") + len(" metric")) in got
    assert (text.index("(SSIM"), text.index("(SSIM") + 1) in got
