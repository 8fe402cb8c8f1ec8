"""Session 25 round three's result rules (PAPERKG_RESULTS28, from blind24 and the same classes in other parts) and the
CoNLL F1 metric of the lexicon, on invented sentences; each part also checked switched off."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.results import RESULTS_RULES28, canonical_metric
from paperkg.extract.switches import OUTPUT_SWITCHES


def _datasets(text: str, title: str | None = None) -> dict[float, str | None]:
    (p,) = extract_papers([Paper("p", title, text)])
    return {r.value: r.dataset for r in p.results}


def test_the_switch_is_an_output_switch():
    assert "PAPERKG_RESULTS28" in OUTPUT_SWITCHES
    assert RESULTS_RULES28 == ("paper-dataset-named-later", "glued-label", "dataset-in-metric-name")


def test_a_dataset_named_only_after_the_value_is_not_its_dataset(monkeypatch):
    # paper-dataset-named-later: the only dataset comes in a later sentence, as another evaluation
    text = ("We describe our system for the tweet stance task. We reach a macro F1 score of 61.4% and an accuracy of 70.2% "
            "on the test set. The system was also evaluated on the Zorbic Forum Commentary dataset, where it beats prior work.")
    assert _datasets(text) == {61.4: None, 70.2: None}
    monkeypatch.setenv("PAPERKG_RESULTS28", "paper-dataset-named-later")
    assert _datasets(text) == {61.4: "Zorbic Forum Commentary", 70.2: "Zorbic Forum Commentary"}


def test_a_dataset_named_before_the_value_or_in_the_title_stays():
    before = ("We present a tagger for stance detection in tweets on the Zorbic Forum Commentary dataset. It reaches an "
              "accuracy of 88.3% on the test set.")
    assert _datasets(before)[88.3] == "Zorbic Forum Commentary"
    later = "We present a tagger for stance detection in tweets. It reaches an accuracy of 88.3% on the test set. We release the Zorbic Forum Commentary dataset."
    assert _datasets(later, title="Stance detection on the Zorbic Forum Commentary dataset")[88.3] == "Zorbic Forum Commentary"


def test_a_sub_task_label_glued_to_its_number_is_no_dataset(monkeypatch):
    # glued-label: "in Subtask2" is read as "in Subtask 2" is: a label, so the value keeps the shared task
    text = ("This paper describes our submission to the FooEval-2031 Task 7 on claim detection. Our model achieved an F1 "
            "score of 0.6810 in Subtask2 and ranked 5th.")
    spaced = text.replace("Subtask2", "Subtask 2")
    assert _datasets(text)[0.681] == _datasets(spaced)[0.681] == "FooEval-2031 Task 7"
    assert _datasets(text.replace("Subtask2", "subtaskB"))[0.681] == "FooEval-2031 Task 7"
    monkeypatch.setenv("PAPERKG_RESULTS28", "glued-label")
    # session 32's split-not-dataset (results37) also gives a label's value the shared task: off too, to see this part
    monkeypatch.setenv("PAPERKG_RESULTS37", "split-not-dataset")
    assert _datasets(text)[0.681] == "Subtask2"


def test_conll_f1_is_a_metric_of_its_own():
    # the coreference metric (the mean of MUC, B3 and CEAF F1), written either way round
    assert canonical_metric("F1 CoNLL").name == canonical_metric("CoNLL F1").name == "CoNLL F1"
    # "CoNLL score" is left out: on the 73k corpus its values got the dataset "CoNLL" from the metric's own word
    assert canonical_metric("CoNLL score") is None
    assert canonical_metric("F1").name == "F1"
    (p,) = extract_papers([Paper("p", None, "Our cross-lingual resolver obtains better results (41.5 F1 CoNLL) than the "
                                            "monolingual one.")])
    assert [(r.value, r.metric) for r in p.results] == [(41.5, "CoNLL F1")]


def test_a_dataset_named_only_by_the_metric_is_no_dataset(monkeypatch):
    # dataset-in-metric-name: the entity step links "CoNLL" inside "F1 CoNLL"; the scorer's name is no data
    text = "We test our resolver on the Zorbic corpus, where we get 63.1 F1 CoNLL."
    assert _datasets(text)[63.1] != "CoNLL"
    monkeypatch.setenv("PAPERKG_RESULTS28", "dataset-in-metric-name")
    assert _datasets(text)[63.1] == "CoNLL"
