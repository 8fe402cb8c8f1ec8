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


@pytest.mark.parametrize("off", ["off", "0", "metric-modifier"])
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

    assert results62.RESULTS_RULES62 == ("metric-modifier",)
    assert results62.DEFAULT_OFF62 == frozenset()
