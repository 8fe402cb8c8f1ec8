"""Session 27's gains whose metric is named after them (PAPERKG_RESULTS31, extract/results31.py), on invented
sentences; the part also checked switched off."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.results31 import RESULTS_RULES31
from paperkg.extract.switches import OUTPUT_SWITCHES


def _results(text: str) -> dict[float, tuple[str, str, str | None, str]]:
    (p,) = extract_papers([Paper("p", None, text)])
    return {r.value: (r.metric, r.qualifier, r.dataset, r.rule) for r in p.results}


def test_the_switch_is_an_output_switch():
    assert "PAPERKG_RESULTS31" in OUTPUT_SWITCHES
    assert RESULTS_RULES31 == ("gain-metric-after", "gain-noun-in-metric")


ONE = ("We present Zorbnet, a graph model for ranking recipes. Experiments on three public collections show that Zorbnet "
       "reaches up to 17% improvement based on the standard NDCG score.")


def test_a_gain_measured_after_it_is_a_difference_in_that_metric(monkeypatch):
    found = _results(ONE)
    assert found[17.0][:3] == ("NDCG", "relative", None)
    assert found[17.0][3].startswith("result:gain-metric-after")
    monkeypatch.setenv("PAPERKG_RESULTS31", "off")
    assert 17.0 not in _results(ONE)
    monkeypatch.setenv("PAPERKG_RESULTS31", "gain-metric-after")
    assert 17.0 not in _results(ONE)


def test_a_run_of_gains_and_as_many_metrics_pair_in_order():
    text = ("We propose Quxformer for session search. Quxformer surpasses the strongest baseline by 4.12% and 7.35% in "
            "terms of MRR and NDCG, respectively.")
    found = _results(text)
    assert (found[4.12][0], found[7.35][0]) == ("MRR", "NDCG")
    assert found[4.12][1] == found[7.35][1] == "relative"


def test_other_counts_or_unknown_names_in_the_list_give_nothing():
    # two values, three metrics: which is which is unknown
    three = ("We propose Quxformer for session search. Quxformer surpasses the strongest baseline by 4.12% and 7.35% in "
             "terms of MRR, MAP and NDCG.")
    assert not any("gain-metric-after" in r[3] for r in _results(three).values())
    # the list goes on with a name the lexicon does not know: NDCG is not the second value's metric
    unknown = ("We propose Quxformer for session search. Quxformer improves on the strongest baseline by 4.12% and "
               "7.35% in terms of NDCG and Blorpness.")
    assert not any("gain-metric-after" in r[3] for r in _results(unknown).values())


def test_no_gain_word_or_a_cost_gives_nothing():
    plain = ("We study Zorbnet on recipe ranking. In our study 17% of the users were new, measured by the NDCG of their "
             "queries.")
    assert not any("gain-metric-after" in r[3] for r in _results(plain).values())
    cost = ("We propose Zorbnet for recipe ranking. It is only 12% slower than the baseline in terms of MRR computation "
            "time.")
    assert not any("gain-metric-after" in r[3] for r in _results(cost).values())


def test_the_dataset_is_the_one_the_sentence_names_or_none():
    text = ("We propose Zorbnet for answer selection. Results on the WikiQA benchmark show that Zorbnet outperforms "
            "earlier systems by a 3.9% absolute gain under F1 measure.")
    found = _results(text)
    assert found[3.9][:2] == ("F1", "relative")
    assert found[3.9][2] in ("WikiQA", None)
    # an untyped capitalised name in the sentence: the gain's dataset is unknown, nothing is read
    untyped = ("We propose Zorbnet for answer selection. On Qwobble, Zorbnet outperforms earlier systems by a 3.9% "
               "absolute gain under F1 measure.")
    found = _results(untyped)
    assert 3.9 not in found or "gain-metric-after" not in found[3.9][3]


def test_a_metric_of_something_else_gives_nothing():
    from paperkg.extract import results as R
    from paperkg.extract.results31 import _metrics_after

    for phrase, expected in (("in terms of recall at top-1% of the ranking.", []),
                             ("in terms of F1 of the minority class.", []),
                             ("in terms of MRR and NDCG, respectively.", ["MRR", "NDCG"]),
                             ("in terms of F1, while using less data.", ["F1"])):
        text = "Zorbnet gains 4.2% " + phrase
        at = text.index(" in terms of ") + len(" in terms of ")
        found = _metrics_after(text, R._metric_spans(text, 0), at, len(text))
        assert [m[2].name for m in found] == expected, phrase


def test_a_gain_noun_next_to_the_values_then_in_metric(monkeypatch):
    # the paper names two datasets and the sentence none: the result step's gate drops the value, the part reads it as a
    # gain on no dataset (never a leaderboard row)
    text = ("We propose Blipseg for aerial segmentation. We evaluate it on two satellite datasets: UC Merced Land Use and "
            "DeepGlobe Land Cover. We report a 31% improvement in mIoU with as little as 5% labeled data.")
    found = _results(text)
    assert found[31.0] == ("mIoU", "relative", None, "result:gain-noun-in-metric+dataset:none")
    assert 5.0 not in found
    monkeypatch.setenv("PAPERKG_RESULTS31", "gain-noun-in-metric")
    assert 31.0 not in _results(text)


def test_a_gain_the_gate_dropped_is_read_when_its_metric_comes_after(monkeypatch):
    text = ("We propose Blipseg for aerial segmentation and evaluate it on the DeepGlobe and ISPRS Potsdam datasets. "
            "Blipseg achieves up to 14% improvement based on the standard mIoU score.")
    assert _results(text)[14.0] == ("mIoU", "relative", None, "result:gain-metric-after+dataset:none")
    monkeypatch.setenv("PAPERKG_RESULTS31", "gain-metric-after")
    assert 14.0 not in _results(text)


def test_a_gain_in_cost_is_not_read():
    text = ("We propose Blipseg for aerial segmentation. Blipseg comes with a 12% increase in inference time and a 3% "
            "increase in memory.")
    assert not any("gain-" in r[3] for r in _results(text).values())
