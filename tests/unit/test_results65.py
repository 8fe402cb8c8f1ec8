"""results65 (issue 12, session 50): plural and long spellings of lexicon metrics ("word error rates",
"Spearman's rank-order correlation"). Sentences invented."""

from __future__ import annotations

import pytest

from extract import results as R
from extract import results65
from extract.pipeline import extract_papers
from extract.records import Paper


@pytest.fixture
def switch(monkeypatch):
    def set_(value):
        if value is None:
            monkeypatch.delenv("PAPERKG_RESULTS65", raising=False)
        else:
            monkeypatch.setenv("PAPERKG_RESULTS65", value)
        R.metric_lexicon.cache_clear()
    yield set_
    monkeypatch.delenv("PAPERKG_RESULTS65", raising=False)
    R.metric_lexicon.cache_clear()


def _results(text):
    out = extract_papers([Paper(id="t", title="A Study", abstract=text)])[0]
    return sorted((r.value, r.metric, r.qualifier) for r in out.results)


SPELLINGS = [
    ("Our ranker reaches a Spearman's rank-order correlation of 0.71 with the human ratings on the test set.", 0.71,
     "Spearman correlation"),
    ("The learned score has a Pearson's correlation of 0.93 with human judgements of fluency.", 0.93, "Pearson correlation"),
    ("Our system obtains a Pearson product-moment correlation of 0.812 on the sentence similarity test data.", 0.812,
     "Pearson correlation"),
]


@pytest.mark.parametrize("text,value,metric", SPELLINGS)
def test_long_spellings_name_the_lexicon_metric(switch, text, value, metric):
    switch(None)
    assert (value, metric, "exact") in _results(text)


def test_spellings_canonical_metric(switch):
    switch(None)
    assert R.canonical_metric("Spearman's ranking correlation").name == "Spearman correlation"
    assert R.canonical_metric("Spearman rank-order correlation coefficient").name == "Spearman correlation"
    assert R.canonical_metric("top-5 accuracies").name == "top-5 accuracy"
    assert R.canonical_metric("top-5 acc").name == "top-5 accuracy"


PLURALS = [
    ("The recogniser yields word error rates of 12.4% on the noisy test recordings.", 12.4, "word error rate"),
    ("Our attack achieves 87% attack success rates against the defended classifiers.", 87.0, "attack success rate"),
    ("The verifier reaches equal error rates of 3.1% on the spoofing test data.", 3.1, "equal error rate"),
]


@pytest.mark.parametrize("text,value,metric", PLURALS)
def test_plural_forms_when_switched_on(switch, text, value, metric):
    switch("on:plural-metrics")
    assert (value, metric) in [(v, m) for v, m, _ in _results(text)]


def test_plural_part_ships_off(switch):
    switch(None)
    assert R.canonical_metric("attack success rates") is None
    # "word error rates": the shorter lexicon form inside it, the generic error rate, as before
    assert (12.4, "word error rate") not in [(v, m) for v, m, _ in _results(PLURALS[0][0])]


def test_plural_rows(monkeypatch):
    monkeypatch.setenv("PAPERKG_RESULTS65", "on:plural-metrics")
    rows = results65.more_metric_rows65("x\thigher\tsuccess rate;rate;errors;Kendall correlation;F1;win rates;win rate\n")
    plural = [line for line in rows.splitlines() if line.startswith("x\t")]
    assert plural == ["x\thigher\tsuccess rates;Kendall correlations"]  # not "rate" alone, not one already listed


def test_left_alone(switch):
    switch("on:plural-metrics")
    # one-word forms get no plural ("rates", "errors": counts); a known plural keeps its own metric
    assert R.canonical_metric("rates") is None
    assert R.canonical_metric("errors") is None
    assert R.canonical_metric("error rates").name == "error rate"
    # a plural of a name that is not a lexicon form stays unknown
    assert R.canonical_metric("parse success rates") is None


def test_switch_off(switch):
    switch("off")
    assert R.canonical_metric("Spearman's rank-order correlation") is None
    assert R.canonical_metric("attack success rates") is None
    assert (0.71, "Spearman correlation", "exact") not in _results(SPELLINGS[0][0])


ABBR_CHANGES = [
    ("Our decoder yields a 0.6% absolute character error rate (CER) reduction compared to the baseline.", 0.6,
     "character error rate"),
    ("The new acoustic model gives a 1.2% absolute word error rate (WER) improvement over the hybrid baseline.", 1.2, "word error rate"),
    ("Pre-training brings a 3.4 point mean average precision (mAP) gain on the detection benchmark.", 3.4, "mAP"),
]


@pytest.mark.parametrize("text,value,metric", ABBR_CHANGES)
def test_change_noun_after_a_bracketed_abbreviation_is_a_difference(switch, text, value, metric):
    switch("on:abbr-change")
    assert (value, metric, "relative") in _results(text)


@pytest.mark.parametrize("text,value,metric", ABBR_CHANGES[:2])
def test_abbr_change_switched_off(switch, text, value, metric):
    switch("abbr-change")
    assert (value, metric, "relative") not in _results(text)
    switch(None)  # off by default: it also read "18 BLEU (around 30%) improvement" as a difference (test_results42)
    assert (value, metric, "relative") not in _results(text)


def test_abbr_change_left_alone(switch):
    switch("on:abbr-change")
    # a level with a bracket after its metric and a change noun later in another phrase
    assert results65.abbr_change65(" word error rate (WER) on the test set, an improvement") is False
    # a long bracket is not an abbreviation
    assert results65.abbr_change65(" accuracy (on the held-out and the test split) improvement") is False
    got = _results("Our recogniser reaches a 7.9% word error rate (WER) on the test set, a clear improvement over prior work.")
    assert (7.9, "word error rate", "exact") in got
