"""results41 (issue 12, session 35): a lower-case score name of its own; no "relative" carried past "exceeds"."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from result_cases import paper_with_entities as _paper  # tests/result_cases.py


def _by_value(text: str, entities: dict | None = None) -> dict[float, tuple[str, str | None, str]]:
    return {r.value: (r.metric, r.dataset, r.qualifier) for r in R.find_results(_paper(text, entities or {}))}


_EMPATHY = ("The experiments showed success of our chatbot in generating responses with a perplexity of 38.6, an empathy "
            "score of 3.7, and a fluency score of 3.92.")


def test_a_score_named_by_a_word_of_its_own_is_not_the_sentences_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    got = _by_value(_EMPATHY)
    assert got[38.6][0] == "perplexity"
    assert 3.7 not in got and 3.92 not in got
    for off in ("other-score-named", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS41", off)
        got = _by_value(_EMPATHY)
        assert got[3.7][0] == "perplexity"  # the step's score-is reading, as before


@pytest.mark.parametrize("text, value", [
    ("We report a BLEU of 31.2 on the test set, and our best score of 33.5 after tuning.", 33.5),
    ("The system reaches an accuracy of 81.2%, while the final scores were 79.0% on the hidden set.", 79.0),
])
def test_a_plain_score_stays_the_metrics(monkeypatch: pytest.MonkeyPatch, text: str, value: float) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    on = _by_value(text)
    monkeypatch.setenv("PAPERKG_RESULTS41", "off")
    assert on == _by_value(text)
    assert value in on


_WSC = ("Our method improves F1 performance on the full FooWSC by 0.21 over the previous best and represents the first "
        "system to exceed 0.5 F1.")


def test_no_relative_carried_past_exceed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    got = _by_value(_WSC)
    assert got[0.21][2] == "relative"
    assert got[0.5][0] == "F1" and got[0.5][2] != "relative"
    for off in ("relative-stop", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS41", off)
        assert _by_value(_WSC)[0.5][2] == "relative"  # the step's carry-over, as before


def test_relative_still_carried_in_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    got = _by_value("Our model yields improvements of 3.10 in ROUGE-1, 2.84 in ROUGE-2 over the baseline.")
    assert got[3.10][2] == "relative" and got[2.84][2] == "relative"


def test_helpers_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    from paperkg.extract import results41
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    t = "an empathy score of 3.7"
    assert results41.other_score_named(t, t.index("score"), R.canonical_metric)
    t = "a 75th percentile score of 0.6351"
    assert not results41.other_score_named(t, t.index("score"), R.canonical_metric)  # a statistic of the metric
    t = "the F1 score of 0.8"
    assert not results41.other_score_named(t, t.index("score"), R.canonical_metric)
    t = "the results of 0.8"
    assert not results41.other_score_named(t, t.index("results"), R.canonical_metric)
    assert results41.relative_stop("by 2 and sets a new state-of-the-art of ", 0, 40)
    assert not results41.relative_stop("by 2 and 3 on B", 0, 15)


_LEX = ("We present FooLex, a large subcategorization lexicon for French verbs. When evaluated on a set of 20 test verbs "
        "against a gold standard dictionary, it shows 0.79 precision, 0.55 recall and 0.65 F-measure.")


def test_no_paper_dataset_where_the_sentence_describes_its_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    monkeypatch.setenv("PAPERKG_RESULTS41", "paper-data-described")
    before = {r.value: r for r in R.find_results(_paper(_LEX, {"FooLex": "dataset"}))}
    assert before[0.79].dataset == "FooLex" and "+dataset:paper" in before[0.79].rule  # the step's fallback
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    got = {r.value: r for r in R.find_results(_paper(_LEX, {"FooLex": "dataset"}))}
    assert {got[v].metric for v in (0.79, 0.55, 0.65)} == {"precision", "recall", "F1"}
    assert all(got[v].dataset is None and "paper-data-described" in got[v].rule for v in (0.79, 0.55, 0.65))


@pytest.mark.parametrize("text, described", [
    ("Compared to a baseline, it reduces the error by 24 on a held-out set of relations.", True),
    ("It reaches 81% accuracy on a random sample of 500 sentences.", True),
    ("It agrees with a manually annotated lexicon in 90% of the cases.", True),
    ("Our model achieves an accuracy of 81% on the test set.", False),
    ("It reaches 81% accuracy on a set of experiments.", False),
])
def test_described_data(monkeypatch: pytest.MonkeyPatch, text: str, described: bool) -> None:
    from paperkg.extract import results41
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    assert results41.described_data(text, 0, len(text)) is described


def test_a_named_paper_dataset_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS41", raising=False)
    text = "We release ZorbaSet, a corpus of recipe questions. Our reader obtains a token recall of 61.2% on the test set."
    on = {r.value: (r.dataset, r.rule) for r in R.find_results(_paper(text, {"ZorbaSet": "dataset"}))}
    monkeypatch.setenv("PAPERKG_RESULTS41", "off")
    assert on == {r.value: (r.dataset, r.rule) for r in R.find_results(_paper(text, {"ZorbaSet": "dataset"}))}
