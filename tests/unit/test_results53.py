"""results53 (issue 12, session 43): decimal commas, French result connectives, a "metric" word before a bracketed value,
"and a" between listed metrics, BD-rate as a difference, metric names the lexicon lacked."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract import results53
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

# written for the tests, in the shapes of the released parts and the 73k abstracts
FR_TAIL = " Nous décrivons les données et les systèmes pour cette tâche avec des exemples."
FR_LIST = "Notre analyseur atteint une précision et un rappel de 91,4 % et 97,2 %, respectivement." + FR_TAIL
FR_ORDER = "Nous avons obtenu un taux d'erreur de l'ordre de 8,7% en employant un modèle simple." + FR_TAIL
FR_MEAN = "Le système identifie les relations avec un F-score moyen de 71,25 %." + FR_TAIL
FR_OVER = "Notre approche obtient une précision supérieure à 80% sur les relations." + FR_TAIL
EN_PCT_COMMA = "On FooBank, FooNet reaches an accuracy of 85,5% and BarNet 80.1%."
FR_POINTS = "Le système obtient une F-mesure de 11,86 points sur les données." + FR_TAIL
LAS_WORD = "On FooBank, FooNet ranked 3rd by Labeled Attachment Score metric (71.40%) among the teams."
IN_BRACKET = "FooNet brings large improvements in Frechet Inception Distance (FID, up to 21.5%) on FooBank."
ARTICLE_LIST = "On FooBank, FooNet reaches a precision and a recall of 90.2% and 95.6%, respectively."
BD_RATE = "On FooBank, our FooNet codec reaches -21.4% BD-rate against the anchor."
NEW_METRICS = "On FooBank, FooNet reaches a CRR of 98.5% and a collision rate of 2.5%."
# must not change
THOUSANDS = "On FooBank, FooNet is trained on 1,250 sentences and reaches 91.2% accuracy."
EN_LIST = "On FooBank, FooNet is trained on 1,25 million words and reaches 91.2% accuracy."
NO_WORD = "On FooBank, FooNet gets an accuracy for next-word prediction (47%) that is low."
SIGNED = "On FooBank, FooNet reaches 83.1 F1 (+3.5) over BarNet."
DATA = {"FooBank": "dataset", "FooNet": "method", "BarNet": "method"}


def _results(text: str) -> dict[float, tuple[str, str | None, str, str]]:
    paper = _paper(text, {k: v for k, v in DATA.items() if k in text})
    R.attach_results([paper])
    return {r.value: (r.metric, r.text, r.qualifier, r.rule) for r in paper.results}


@pytest.fixture(autouse=True)
def _fresh_lexicon():
    R.metric_lexicon.cache_clear()
    yield
    R.metric_lexicon.cache_clear()


def test_decimal_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS53", raising=False)
    assert _results(FR_POINTS)[11.86][:2] == ("F1", "11,86")
    got = _results(FR_MEAN)
    assert got[71.25][:2] == ("F1", "71,25 %")
    # a thousands separator stays one, a comma with no percent sign in an English abstract is not a decimal
    assert 1.25 not in _results(THOUSANDS) and 1.25 not in _results(EN_LIST)
    assert _results(EN_LIST)[91.2][0] == "accuracy"
    assert not results53._decimal_commas53(EN_LIST)
    monkeypatch.setenv("PAPERKG_RESULTS53", "decimal-comma")
    assert 11.86 not in _results(FR_POINTS)


def test_french_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS53", raising=False)
    got = _results(FR_LIST)
    assert got[91.4][0] == "precision" and got[97.2][0] == "recall" and got[97.2][1] == "97,2 %"
    assert _results(FR_ORDER)[8.7][0] == "error rate"
    assert _results(FR_OVER)[80.0][:3] == ("precision", "80%", "over")
    assert not results53.is_french53(EN_PCT_COMMA)
    monkeypatch.setenv("PAPERKG_RESULTS53", "french-words")
    assert 8.7 not in _results(FR_ORDER)
    assert _results(FR_LIST).get(91.4, ("recall",))[0] != "precision"


def test_metric_bracket(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS53", raising=False)
    assert _results(LAS_WORD)[71.4][:3] == ("LAS", "71.40%", "exact")
    assert _results(IN_BRACKET)[21.5][:3] == ("FID", "21.5%", "relative")
    assert 47.0 not in _results(NO_WORD)  # words between the metric and the bracket
    got = _results(SIGNED)  # results49's gain bracket, as before
    assert got[83.1][0] == "F1" and got[3.5][2] == "relative"
    monkeypatch.setenv("PAPERKG_RESULTS53", "metric-bracket")
    assert 71.4 not in _results(LAS_WORD)


def test_metric_list_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS53", raising=False)
    got = _results(ARTICLE_LIST)
    assert got[90.2][0] == "precision" and got[95.6][0] == "recall"
    monkeypatch.setenv("PAPERKG_RESULTS53", "metric-list-article")
    assert _results(ARTICLE_LIST)[90.2][0] == "recall"  # the nearest metric, as before


def test_more_metrics_and_bd_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS53", raising=False)
    got = _results(NEW_METRICS)
    assert got[98.5][0] == "correct recognition rate" and got[2.5][0] == "collision rate"
    assert R.canonical_metric("collision rate").direction == "lower"
    got = _results(BD_RATE)
    assert got[21.4][:3] == ("BD-rate", "-21.4%", "relative")
    monkeypatch.setenv("PAPERKG_RESULTS53", "bd-rate-relative")
    assert _results(BD_RATE)[-21.4][2] == "exact"
    monkeypatch.setenv("PAPERKG_RESULTS53", "more-metrics")
    R.metric_lexicon.cache_clear()
    assert R.canonical_metric("collision rate") is None
    assert 98.5 not in _results(NEW_METRICS)


def test_all_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERKG_RESULTS53", "off")
    assert results53.rewrite53(FR_LIST, R._metric_spans) == FR_LIST
    assert 11.86 not in _results(FR_POINTS) and 71.4 not in _results(LAS_WORD)


def test_french_change(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS53", raising=False)
    gain = "Notre modèle apporte des améliorations en score BLEU de 2,41 et 4,2 sur les deux corpus." + FR_TAIL
    got = _results(gain)
    assert got[2.41][:3] == ("BLEU", "2,41", "relative") and got[4.2][2] == "relative"
    # a score after a change said of something else stays a score
    level = "Un gain relatif de 11,2% est obtenu, avec une précision globale de 70,4% sur les données." + FR_TAIL
    assert _results(level)[70.4][:3] == ("precision", "70,4%", "exact")
    level = "Une nette amélioration des scores (F-mesure = 77,5%) est obtenue." + FR_TAIL
    assert _results(level)[77.5][2] == "exact"
    monkeypatch.setenv("PAPERKG_RESULTS53", "french-words")
    assert _results(gain).get(2.41, (None, None, "exact"))[2] != "relative"
