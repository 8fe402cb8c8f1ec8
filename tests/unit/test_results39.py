"""results39 (issue 12, session 33): fronted data names without a comma, finer metric names after a value."""

from __future__ import annotations

import dataclasses

import pytest

from paperkg.extract import results as R
from paperkg.extract.records import ExtractedPaper
from result_cases import paper_with_entities as _paper  # tests/result_cases.py


def _by_value(paper: ExtractedPaper) -> dict[float, tuple[str, str | None]]:
    return {r.value: (r.metric, r.dataset) for r in R.find_results(paper)}


# -- fronted-name-bare ----------------------------------------------------------------------------------------


def test_fronted_name_after_an_adverb_without_a_comma(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS39", raising=False)
    text = ("We propose QuuxAMR. In detail, on FOO2020T07 we have achieved 70.45%, 71.76%, and 70.80% in Smatch F1 for "
            "parsing of German, Spanish, and Italian, respectively, while for generation of the languages, we have "
            "obtained 25.69, 31.36, and 28.42 in BLEU respectively.")
    p = _paper(text, {"QuuxAMR": "method"})
    got = _by_value(p)
    assert got[25.69] == ("BLEU", "FOO2020T07") and got[28.42] == ("BLEU", "FOO2020T07")
    for off in ("fronted-name-bare", "off"):
        monkeypatch.setenv("PAPERKG_RESULTS39", off)
        assert _by_value(p)[25.69] == ("BLEU", None)


def test_fronted_name_without_a_comma_and_a_data_noun(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS39", raising=False)
    p = _paper("We propose QuuxAMR. On the FooBench dataset we achieve 70.45% accuracy.", {"QuuxAMR": "method"})
    assert _by_value(p)[70.45] == ("accuracy", "FooBench")
    monkeypatch.setenv("PAPERKG_RESULTS39", "off")
    assert _by_value(p)[70.45] == ("accuracy", None)


def test_fronted_hardware_models_and_other_data_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS39", raising=False)
    hardware = _paper("We propose QuuxWalk. On QuuxBot-D hardware we show a 14.5% gain in accuracy.", {"QuuxWalk": "method"})
    assert all(d is None for _, d in _by_value(hardware).values())
    model = _paper("We propose QuuxPrune. For QuuxNet-16 our network improves accuracy by 0.7% compared to the baseline.",
                   {"QuuxPrune": "method", "QuuxNet-16": "model"})
    assert all(d != "QuuxNet-16" for _, d in _by_value(model).values())
    from paperkg.extract import results39

    text = "We propose QuuxAMR. Similarly, on FooBench we achieve 70.45% accuracy and improve on BarSet too."
    s0, s1 = R.sentence_spans(text)[1]
    assert results39.fronted_name(_paper(text, {"QuuxAMR": "method"}), text, s0, s1) is None  # names other data
    text = "We propose QuuxAMR. Similarly, on FooBench we achieve 70.45% in Smatch F1 for German."
    s0, s1 = R.sentence_spans(text)[1]
    assert results39.fronted_name(_paper(text, {"QuuxAMR": "method"}), text, s0, s1)[0] == "FooBench"  # a metric, a language


def test_fronted_name_over_the_papers_one_dataset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS39", raising=False)
    p = _paper("We propose QuuxGait. On FooGait-B, we achieve rank-1 accuracy of 98.7%. On QU-MVLP, we achieve rank-1 "
               "accuracy of 92.4%.", {"QuuxGait": "method", "FooGait-B": "dataset"})
    step = [r for r in R.find_results(p) if r.value == 92.4]
    assert step and step[0].dataset == "QU-MVLP" and "fronted-name-bare" in step[0].rule
    monkeypatch.setenv("PAPERKG_RESULTS39", "fronted-name-bare")
    assert _by_value(p)[92.4][1] == "FooGait-B"  # the step's paper-level fallback


def test_a_default_off_part_turns_on_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from paperkg.extract import results39

    monkeypatch.setattr(results39, "DEFAULT_OFF39", frozenset(("fronted-name-bare",)))
    monkeypatch.delenv("PAPERKG_RESULTS39", raising=False)
    assert "fronted-name-bare" in results39._results_off39()
    monkeypatch.setenv("PAPERKG_RESULTS39", "on:fronted-name-bare")
    assert "fronted-name-bare" not in results39._results_off39()


# -- finer-metric-after-value ---------------------------------------------------------------------------------


def test_finer_metric_names_stay_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS39", raising=False)
    cases = {
        "QuuxNet achieves 23.3% novel word translation accuracy on FooSet.": "novel word translation accuracy",
        "QuuxNet achieves 95.1% question matching accuracy on FooSet.": "question matching accuracy",
        "QuuxNet achieves 95.1% token F-score on FooSet.": "token F-score",
        "QuuxNet reaches 18.86% phone recognition error on FooSet.": "phone recognition error",
        "QuuxNet improves reordering by around 1.2 monolingual BLEU points on FooSet.": "monolingual BLEU",
        "QuuxNet achieves 67.87% official averaged macro F1 score on FooSet.": "official macro F1",
        # a whole name the lexicon knows, plural too, is its metric (one node, not "attack success rates")
        "QuuxNet lowers it to 57% attack success rates on FooSet.": "attack success rate",
    }
    for sentence, metric in cases.items():
        p = _paper("We propose QuuxNet. " + sentence, {"QuuxNet": "method", "FooSet": "dataset"})
        got = [r for r in R.find_results(p)]
        assert [r.metric for r in got] == [metric], sentence
        assert got[0].dataset == "FooSet" and got[0].rule.startswith("result:value-finer-metric")
        monkeypatch.setenv("PAPERKG_RESULTS39", "finer-metric-after-value")
        assert not R.find_results(p), sentence
        monkeypatch.setenv("PAPERKG_RESULTS39", "off")
        assert not R.find_results(p), sentence
        monkeypatch.delenv("PAPERKG_RESULTS39")


def test_finer_metric_leaves_the_steps_own_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS39", raising=False)
    p = _paper("We propose QuuxNet. QuuxNet achieves 95.1% classification accuracy and 71% slot F1 on FooSet.",
               {"QuuxNet": "method", "FooSet": "dataset"})
    on = R.find_results(p)
    monkeypatch.setenv("PAPERKG_RESULTS39", "off")
    assert [dataclasses.astuple(r) for r in on] == [dataclasses.astuple(r) for r in R.find_results(p)]


@pytest.mark.parametrize("sentence", [
    "QuuxNet achieves a 28% faster perplexity reduction than baselines on FooSet.",
    "QuuxNet reaches 5.6 degrees cross-subject prediction error on FooSet.",
    "FooSet holds the 0.25 degree resolution grid map of the region.",
    "QuuxNet achieves nearly 4% superior Recall@1 on FooSet.",
    "QuuxNet achieves ~18.86% additional precision improvement on FooSet.",
    "QuuxNet keeps 10% training data accuracy on FooSet.",
    "QuuxNet obtient 4% du taux d'erreurs sur FooSet.",
    "QuuxNet reaches 85% of the accuracy on FooSet.",
    "QuuxNet uses 3 layer accuracy on FooSet.",
])
def test_finer_metric_refusals(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS39", raising=False)
    p = _paper("We propose QuuxNet. " + sentence, {"QuuxNet": "method", "FooSet": "dataset"})
    assert not any(r.rule.startswith("result:value-finer-metric") for r in R.find_results(p))
