"""results62 (issue 12, session 49): a metric word right after a value that only qualifies a longer measure named after
it ("error identification F1-score") is no measure of that value (metric-modifier). Sentences invented."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_papers
from extract.records import Paper


def _results(monkeypatch, text, off=None):
    if off is None:
        monkeypatch.delenv("PAPERKG_RESULTS62", raising=False)
    else:
        monkeypatch.setenv("PAPERKG_RESULTS62", off)
    out = extract_papers([Paper(id="t", title="A Study", abstract=text)])[0]
    return sorted((r.value, r.metric, r.qualifier) for r in out.results)


MODIFIER = [
    ("Our critic gives a 14.5% relative improvement in error localisation F1-score on the three benchmarks.", 14.5),
    ("The robot reaches 71% error recovery success rate across the assembly tasks.", 71.0),
]


@pytest.mark.parametrize("text,value", MODIFIER)
def test_a_metric_word_qualifying_a_later_metric_is_left_out(monkeypatch, text, value):
    assert value not in [v for v, _, _ in _results(monkeypatch, text)]


@pytest.mark.parametrize("off", ["off", "0", "metric-modifier", "human-score,metric-modifier"])
@pytest.mark.parametrize("text,value", MODIFIER)
def test_switch_off_restores(monkeypatch, off, text, value):
    got = _results(monkeypatch, text, off)
    assert (value, "error rate") in [(v, m) for v, m, _ in got]  # the old reading: the value as an error rate


LEFT_ALONE = [
    ("Our parser reaches 85.2% accuracy and 80.1% recall on the test set.", [(80.1, "recall"), (85.2, "accuracy")]),
    ("The detector obtains 92% precision at high recall on the held-out images.", [(92.0, "precision")]),
    ("Our tagger obtains 97.1% accuracy with only 40 labelled examples.", [(97.1, "accuracy")]),
    ("Our model reaches 74.3% top-1 accuracy on the validation images.", [(74.3, "top-1 accuracy")]),
    ("The recogniser achieves a 12% error reduction rate compared to the baseline.", [(12.0, "error rate")]),
    ("We obtain a 2.1 BLEU score gain over the baseline.", [(2.1, "BLEU")]),
]


@pytest.mark.parametrize("text,expected", LEFT_ALONE)
def test_left_alone(monkeypatch, text, expected):
    got = [(v, m) for v, m, _ in _results(monkeypatch, text)]
    assert got == sorted(expected)
    assert got == [(v, m) for v, m, _ in _results(monkeypatch, text, "off")]


def test_the_part_list_names_only_known_parts():
    from extract import results62

    assert results62.RESULTS_RULES62 == ("metric-modifier", "human-score", "share-of")
    assert results62.DEFAULT_OFF62 == frozenset()


HUMAN = [
    ("Our study shows that while humans find the puzzles easy (over 93% accuracy), current models struggle.", 93.0),
    ("We release a test set on which human can solve the riddles with an accuracy of 91.5% on the open questions.", 91.5),
    ("Our tagger reaches an F1 of 80.2%, approaching human agreement on the task (88.4 F1).", 88.4),
    ("Human annotators identify the ironic posts with 87% accuracy, while our model reaches 70% accuracy.", 87.0),
    ("Humans solve these puzzles with 96% accuracy.", 96.0),  # the people open the abstract
]


@pytest.mark.parametrize("text,value", HUMAN)
def test_a_score_of_people_is_left_out(monkeypatch, text, value):
    assert value not in [v for v, _, _ in _results(monkeypatch, text)]
    for off in ("off", "0", "human-score"):
        assert value in [v for v, _, _ in _results(monkeypatch, text, off)]  # the old output: read as a result


HUMAN_LEFT_ALONE = [
    ("Unlike humans, our classifier reaches 84% accuracy on the test set.", [(84.0, "accuracy")]),
    ("We find that our model performs close to humans, reaching an accuracy of 86% on the test set.", [(86.0, "accuracy")]),
    ("With human annotators in the loop, our system reaches an F1 of 0.81.", [(0.81, "F1")]),
    ("Our detector finds human activities with 30.8% mAP on the benchmark.", [(30.8, "mAP")]),
    ("Human annotators labeled the data and our model achieves 85% accuracy on it.", [(85.0, "accuracy")]),
    ("People find our summaries more fluent, and the model obtains a ROUGE-L of 41.2.", [(41.2, "ROUGE-L")]),
    ("Human annotators identify the ironic posts with 87% accuracy, while our model reaches 70% accuracy.", [(70.0, "accuracy")]),
]


@pytest.mark.parametrize("text,expected", HUMAN_LEFT_ALONE)
def test_human_score_left_alone(monkeypatch, text, expected):
    assert [(v, m) for v, m, _ in _results(monkeypatch, text)] == expected


SHARES = [
    ("Our codec improves SSIM by 40.2% with 31% of the original model size.", 31.0),
    ("The pruned network reaches a top-1 accuracy of 74.1% with only 45% of the original model's FLOPs.", 45.0),
    ("Our estimator keeps the error below 5% at 90% of confidence on the benchmark.", 90.0),
    ("On long clips our tracker raises mAP to 130% of previous SOTA performance.", 130.0),
    ("The hashing scheme saves 80% of query time while preserving at least 98% of retrieval accuracy.", 98.0),
    ("Our pruned tagger keeps 97% of accuracy on the benchmark.", 97.0),
]


@pytest.mark.parametrize("text,value", SHARES)
def test_a_share_is_left_out(monkeypatch, text, value):
    assert value not in [v for v, _, _ in _results(monkeypatch, text)]
    for off in ("off", "0", "share-of"):
        assert value in [v for v, _, _ in _results(monkeypatch, text, off)]  # the old output: read as a result


SHARES_LEFT_ALONE = [
    ("The method returns up to 84% of classification accuracy on the held-out tweets.", [(84.0, "accuracy")]),
    ("We obtain a new record: 21.7% of mAP on the detection benchmark.", [(21.7, "mAP")]),
    ("Our model enjoys an F1 score of 82.4% compared with 80.1% of the existing method.", [(80.1, "F1"), (82.4, "F1")]),
    ("Our reader transcribes the pages with fair accuracy (72% of letters correctly transcribed).", [(72.0, "accuracy")]),
]


@pytest.mark.parametrize("text,expected", SHARES_LEFT_ALONE)
def test_shares_left_alone(monkeypatch, text, expected):
    assert [(v, m) for v, m, _ in _results(monkeypatch, text)] == expected
