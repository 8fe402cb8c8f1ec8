"""results63 (issue 12, session 49): two scores written with an arrow ("(81%→93% accuracy)") are two levels of one
metric, the first the baseline's, as "from A to B" (arrow-pair). Sentences invented."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_papers
from extract.records import Paper


def _results(monkeypatch, text, off=None):
    if off is None:
        monkeypatch.delenv("PAPERKG_RESULTS63", raising=False)
    else:
        monkeypatch.setenv("PAPERKG_RESULTS63", off)
    out = extract_papers([Paper(id="t", title="A Study", abstract=text)])[0]
    return sorted((r.value, r.metric, r.qualifier, r.is_baseline) for r in out.results)


PAIRS = [
    # the metric after the second value
    ("Our tagger clearly beats the 2019 submissions (71%→88% accuracy on the shared task test set).", "accuracy", 71.0, 88.0),
    ("On SCAN our parser improves compositional generalization: from 52.0 → 79.5 average accuracy.", "accuracy", 52.0, 79.5),
    ("We evaluate BarNet on CoNLL-2003, where it lifts the previous best result (61% -> 66%) on the F1 score.", "F1", 61.0, 66.0),
    # the metric before the first value
    ("We evaluate on SQuAD, where fine-tuning gave large accuracy improvements (40% → 72%) on SQuAD.", "accuracy", 40.0, 72.0),
    ("Our method raises the pass@1 accuracy (3.1\\% $\\to$ 8.4\\%) on MiniF2F.", "pass@1", 3.1, 8.4),
    ("Our method raises the F1 score from 0.58 -> 0.64 on CoNLL-2003.", "F1", 0.58, 0.64),
    ("On WikiSQL, the execution accuracy (70.2% \\rightarrow 74.9%) improves with our decoder.", "execution accuracy", 70.2, 74.9),
]


@pytest.mark.parametrize("text,metric,first,second", PAIRS)
def test_both_values_of_an_arrow_pair_are_levels_of_its_metric(monkeypatch, text, metric, first, second):
    got = _results(monkeypatch, text)
    assert (first, metric, "exact", True) in got  # the first level: the baseline's
    assert (second, metric, "exact", False) in got


@pytest.mark.parametrize("off", ["off", "0", "arrow-pair"])
def test_switch_off_restores(monkeypatch, off):
    text = "We evaluate on SQuAD, where fine-tuning gave large accuracy improvements (40% → 72%) on SQuAD."
    got = _results(monkeypatch, text, off)
    assert (40.0, "accuracy", "relative", False) in got  # the old reading: a 40% gain
    assert 72.0 not in [v for v, _, _, _ in got]
    text = "Our tagger clearly beats the 2019 submissions (71%→88% accuracy on the shared task test set)."
    assert 71.0 not in [v for v, _, _, _ in _results(monkeypatch, text, off)]


LEFT_ALONE = [
    # a chain of three is no pair
    ("The batch size grows 1 → 4 → 16 while FooNet keeps 85% accuracy on CIFAR-10.", [(85.0, "accuracy", "exact", False)]),
    # no metric next to the pair
    ("We find zero-shot improvements on GSM8K (5.9%→10.9%) after continued pretraining.", []),
    # another value between the metric and the pair
    ("The model improves the accuracy by an absolute 27% (0.43 -> 0.70) on our test set.", None),
    # signed values: differences
    ("Each added layer moves the gain +1.2 → +2.5 BLEU on WMT14 English-German.", None),
    # values of two units
    ("Scaling from 2 → 85% of the data does not change the F1 on CoNLL-2003.", None),
]


@pytest.mark.parametrize("text,expected", LEFT_ALONE)
def test_left_alone(monkeypatch, text, expected):
    got = _results(monkeypatch, text)
    assert got == _results(monkeypatch, text, "off")
    if expected is not None:
        assert got == expected


def test_a_plain_from_to_is_unchanged(monkeypatch):
    text = "Our method raises the F1 score from 0.58 to 0.64 on CoNLL-2003."
    assert _results(monkeypatch, text) == _results(monkeypatch, text, "off")
