"""results44 (issue 12, session 38): a second "from A to B" pair goes on with the metric of the bound pair before it."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import switches
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the study abstracts
FAR = ("Our descriptor raises the mean average precision (mAP) from 21.4% to 30.9% for the FooVid Test 14 dataset "
       "and from 28.0% to 39.5% for the FooVid Test 13 dataset.")
NEAR = ("Specifically, it reduces the error rate of the small CNN from 15.80% to 11.30% on CIFAR-10 with 2k labels and "
        "from 33.20% to 30.45% on CIFAR-100 with 8k labels.")
OWN_METRIC = ("Our method improves accuracy on CIFAR-10 from 91.2% to 93.0% on the small split and from 20.1 to 25.3 "
              "BLEU on the large split.")
METRIC_IN_GAP = ("Our method improves the accuracy on CIFAR-10 from 91.2% to 93.0% and the recall from 40.1% to "
                 "52.3% on the large split.")
OTHER_UNIT = ("Our method improves the accuracy on CIFAR-10 from 91.2% to 93.0% on the small split and from 120 to "
              "140 on the large split.")


def _results(text: str, entities: dict) -> dict[float, tuple[str, str | None, str]]:
    paper = _paper(text, entities)
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.rule) for r in paper.results}


@pytest.mark.parametrize("text, entities, values, metric", [
    (FAR, {"FooVid Test 14": "dataset", "FooVid Test 13": "dataset"}, (28.0, 39.5), "mAP"),
    (NEAR, {"CIFAR-10": "dataset", "CIFAR-100": "dataset"}, (33.2, 30.45), "error rate"),
])
def test_second_pair_takes_the_metric(monkeypatch: pytest.MonkeyPatch, text: str, entities: dict, values: tuple,
                                      metric: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS44", raising=False)
    got = _results(text, entities)
    assert all(got[value][0] == metric for value in values)
    assert "from-to-continues" in got[values[-1]][2]
    for off in ("from-to-continues", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS44", off)
        got = _results(text, entities)
        assert all(value not in got for value in values)


@pytest.mark.parametrize("text", [OWN_METRIC, METRIC_IN_GAP, OTHER_UNIT])
def test_cases_that_do_not_go_on(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS44", raising=False)
    on = _results(text, {"CIFAR-10": "dataset"})
    monkeypatch.setenv("PAPERKG_RESULTS44", "off")
    off = _results(text, {"CIFAR-10": "dataset"})
    assert on == off
    assert not any("from-to-continues" in r for _, _, r in on.values())


def test_switch_registered() -> None:
    assert "PAPERKG_RESULTS44" in switches.OUTPUT_SWITCHES


BY_OBJECT = ("On the FooKB-15 dataset, our model outperforms the original model by 12.5% on the Hits@10 metric, and the "
             "best path-based method by 3.5% (absolute).")
BY_AGAIN = ("Our method improves perplexity on the Penn Treebank dataset by up to 1.6 points and by up to 2.1 points on "
            "the WikiText-2 dataset.")
BOUND_BY = "The models are bound by 65% accuracy on FooMath, achieved by a large model, and by 81% on FooText."
OWN_MEASURE = "Our model outperforms the baselines by 2% in F1 score on FooNER and by 4.5% in average score of FooBench."
OTHER_CHANGE = "On FooNER, our model outperforms the baseline by 3% accuracy and reduces its memory by 50%."


@pytest.mark.parametrize("text, entities, value, metric, dataset", [
    (BY_OBJECT, {"FooKB-15": "dataset"}, 3.5, "Hits@10", "FooKB-15"),
    (BY_AGAIN, {"Penn Treebank": "dataset", "WikiText-2": "dataset"}, 2.1, "perplexity", "WikiText-2"),
])
def test_margin_by_goes_on(monkeypatch: pytest.MonkeyPatch, text: str, entities: dict, value: float, metric: str,
                           dataset: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS44", raising=False)
    got = _results(text, entities)
    assert got[value][:2] == (metric, dataset) and "by-continues" in got[value][2]
    for off in ("by-continues", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS44", off)
        assert value not in _results(text, entities)
    monkeypatch.setenv("PAPERKG_RESULTS44", "from-to-continues")  # the other part off: this one still works
    assert value in _results(text, entities)


@pytest.mark.parametrize("text, entities, value", [
    (BOUND_BY, {"FooMath": "dataset", "FooText": "dataset"}, 81.0),  # a level reached, not a margin
    (OWN_MEASURE, {"FooNER": "dataset", "FooBench": "dataset"}, 4.5),  # a measure of its own
    (OTHER_CHANGE, {"FooNER": "dataset"}, 50.0),  # another change of another measure
])
def test_margins_that_do_not_go_on(monkeypatch: pytest.MonkeyPatch, text: str, entities: dict, value: float) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS44", raising=False)
    assert value not in _results(text, entities)
