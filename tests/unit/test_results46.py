"""results46 (issue 12, session 39): "respectively" runs of values paired in order with a list of as many metrics, the one
metric after "in terms of", and "micro and macro F1"."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import switches
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the study abstracts
BEFORE = ("On the FooGEC test set, the precision, recall and F1 of our submitted system are 0.8123, 0.6234 and 0.7011 "
          "respectively.")
COMPARED = ("On the FooRetrieval benchmark, our approach achieves Recall@10 and MRR of 41% and 0.35, compared to baseline "
            "values of 12% and 0.08, respectively.")
IN_TERMS = ("Our model outperforms prior systems, achieving 81.5% and 77.9% on FooNER and BarNER datasets, respectively, "
            "in terms of F1.")
ELIDED = ("On the FooSent corpus, adding the features improves the model by 3.5% and 9.4% in terms of micro and macro F1 "
          "scores, respectively.")
# must not change: a known metric list shorter than the run (an unknown name in it), names the values may be on
UNKNOWN_NAME = ("On the FooBid dataset, our method beats the best baseline by 5.1%, 6.2% and 2.3% in terms of the total "
                "revenue, ROI, and test accuracy, respectively.")
NAMES_IN_GAP = ("The precision and recall on FooA and FooB are 81% and 64%, respectively.")
FEWER = ("Our model needs 40% and 55% fewer parameters on FooA and FooB, respectively, in terms of accuracy.")
DATA = {"FooGEC": "dataset", "FooRetrieval": "benchmark", "FooNER": "dataset", "BarNER": "dataset", "FooSent": "dataset",
        "FooBid": "dataset", "FooA": "dataset", "FooB": "dataset"}


def _results(text: str) -> dict[float, tuple[str, str | None, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.dataset, r.rule) for r in paper.results}


@pytest.mark.parametrize("text, part, want", [
    (BEFORE, "metric-list-respective", {0.8123: "precision", 0.6234: "recall", 0.7011: "F1"}),
    (COMPARED, "metric-list-respective", {12.0: "recall@10", 0.08: "MRR"}),
    (IN_TERMS, "one-metric-in-terms-of", {81.5: "F1", 77.9: "F1"}),
    (ELIDED, "elided-qualifier", {3.5: "micro F1", 9.4: "macro F1"}),
])
def test_on_and_off(monkeypatch: pytest.MonkeyPatch, text: str, part: str, want: dict) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS46", raising=False)
    got = _results(text)
    assert {v: got[v][0] for v in want if v in got} == want
    assert all(part in got[v][2] for v in want)
    for off in (part, "off"):
        monkeypatch.setenv("PAPERKG_RESULTS46", off)
        got = _results(text)
        assert not any(part in got[v][2] for v in want if v in got)


def test_datasets_pair_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS46", raising=False)
    got = _results(IN_TERMS)
    assert (got[81.5][1], got[77.9][1]) == ("FooNER", "BarNER")


@pytest.mark.parametrize("text", [UNKNOWN_NAME, NAMES_IN_GAP, FEWER])
def test_cases_that_do_not_change(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS46", raising=False)
    on = _results(text)
    monkeypatch.setenv("PAPERKG_RESULTS46", "off")
    assert on == _results(text)
    assert not any("results46" in r or "respective" in r and "metric-list" in r for _, _, r in on.values())


def test_switch_registered() -> None:
    assert "PAPERKG_RESULTS46" in switches.OUTPUT_SWITCHES
