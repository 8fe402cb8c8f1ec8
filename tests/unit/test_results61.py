"""results61 (issue 12, session 48 round 2): a metric right before its value that the left rule refused for one word:
a bound or range word in the gap (bound-words), or a unit or verb after "METRIC of VALUE" (of-follower). Sentences
invented."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_papers
from extract.records import Paper


def _results(monkeypatch, text, off=None):
    if off is None:
        monkeypatch.delenv("PAPERKG_RESULTS61", raising=False)
    else:
        monkeypatch.setenv("PAPERKG_RESULTS61", off)
    out = extract_papers([Paper(id="t", title="A Study", abstract=text)])[0]
    return sorted((r.value, r.metric, r.qualifier) for r in out.results)


BOUND = [
    ("Current taggers reach F1-scores near 97% on the task of chunking.", (97.0, "F1")),
    ("Our tracker reaches a joint goal accuracy beyond 61% on the test split.", (61.0, "joint goal accuracy")),
    ("The filter keeps a high precision (>93%) on all the noisy inputs.", (93.0, "precision")),
    ("The parser attains an accuracy of slightly over 88%, improving on earlier parsers.", (88.0, "accuracy")),
    ("Our recogniser achieves error rates between 12.5% and 19.75% on the test set.", (19.75, "error rate")),
    ("Reading experiments remain inconclusive, with accuracy in the range 40-57%.", (57.0, "accuracy")),
    ("Our system obtains an F1 score close to 0.71 on the held-out questions.", (0.71, "F1")),
]


@pytest.mark.parametrize("text,expected", BOUND)
def test_bound_words_bind_the_metric_before(monkeypatch, text, expected):
    got = _results(monkeypatch, text)
    assert expected in [(v, m) for v, m, _ in got]
    assert _results(monkeypatch, text, "bound-words") == []  # the switch restores the old output: nothing read


OF_FOLLOWER = [
    ("The overall precision of 84% can be considered good for such noisy data.", (84.0, "precision")),
    ("Our radio tracker achieves an accuracy of 1.7 cm compared to camera systems.", (1.7, "accuracy")),
    ("The model predicts the delay with a mean absolute error of 350 milliseconds.", (350.0, "MAE")),
    ("Our best accuracy score of 0.79 ranked second among all submissions.", (0.79, "accuracy")),
]


@pytest.mark.parametrize("text,expected", OF_FOLLOWER)
def test_of_follower_binds_a_unit_or_verb_after_the_value(monkeypatch, text, expected):
    got = _results(monkeypatch, text)
    assert expected in [(v, m) for v, m, _ in got]
    assert _results(monkeypatch, text, "of-follower") == []


@pytest.mark.parametrize("off", ["off", "0", "bound-words,of-follower"])
def test_switch_off_restores(monkeypatch, off):
    assert _results(monkeypatch, BOUND[0][0], off) == []
    assert _results(monkeypatch, OF_FOLLOWER[0][0], off) == []


@pytest.mark.parametrize("text", [
    # a count after "of": a noun, not a unit or a verb
    "We train with a numeric precision of 16 bits throughout.",
    # a metric after the value: which one the value is in is unsure
    "The edits reach an accuracy of 0.62 cosine similarity to the targets.",
    # a bare error read as the error rate cannot be in meters
    "Our localiser reaches an average error of 7 meters on the city routes.",
    # the metric opens a bracket with a comparator: a condition, not a result
    "Even with noisy transcripts (WER>35%), the summaries stay readable.",
    # a bound of a change, not a level
    "The method improves the F-measure by > 0.14 compared to the baselines.",
])
def test_left_alone(monkeypatch, text):
    assert _results(monkeypatch, text) == []


def test_a_value_bound_before_is_not_touched(monkeypatch):
    text = "Our model reaches 91.2% accuracy on the test set, and an F1 of 88.4 on the dev set."
    assert _results(monkeypatch, text) == _results(monkeypatch, text, "off")


LISTS = [
    ("Our tagger obtains an accuracy of ~91% for nouns, ~84% for verbs, and ~77% for adverbs.", [91.0, 84.0, 77.0]),
    ("The parser reaches an F-score of 81.35% for full trees, 76.20% with partial heads, and 70.05% with gold heads.",
     [81.35, 76.2, 70.05]),
    ("Our system obtains a BLEU score of 31.4 (German to English) and 28.9 (English to German) in the main track.",
     [31.4, 28.9]),
]


@pytest.mark.parametrize("text,values", LISTS)
def test_list_goes_on_keeps_the_metric_of_the_item_before(monkeypatch, text, values):
    got = _results(monkeypatch, text)
    assert sorted(values) == sorted(v for v, _, _ in got)
    assert len({m for _, m, _ in got}) == 1
    assert len(_results(monkeypatch, text, "list-goes-on")) == 1  # only the first item, as before


@pytest.mark.parametrize("text", [
    # each item's phrase names its own measure
    "Our ranker beats the baselines by 0.07 in precision, and 0.12 in novelty on the user study.",
    # a metric's name where a dataset stands passes nothing on
    "We gain 2.1% mAP on COCO, 1.4% on ADE and 1.2% on VG with the same detector.",
])
def test_list_goes_on_left_alone(monkeypatch, text):
    assert _results(monkeypatch, text) == _results(monkeypatch, text, "list-goes-on")
