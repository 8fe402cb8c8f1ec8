"""Session 26's result-dataset rules (PAPERKG_RESULTS30, extract/results30.py: a dataset named away from the value that
the entity step does not type), on invented sentences; each part also checked switched off."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.results30 import RESULTS_RULES30
from paperkg.extract.switches import OUTPUT_SWITCHES


def _results(text: str) -> dict[float, tuple[str | None, str]]:
    (p,) = extract_papers([Paper("p", None, text)])
    return {r.value: (r.dataset, r.rule) for r in p.results}


def _datasets(text: str) -> dict[float, str | None]:
    return {v: d for v, (d, _) in _results(text).items()}


def test_the_switch_is_an_output_switch():
    assert "PAPERKG_RESULTS30" in OUTPUT_SWITCHES
    assert RESULTS_RULES30 == ("task-of-event", "evaluated-with-name", "fronted-described-name")


ACRONYM = ("We describe our approach to the Zorbic Dialect Naming (ZDN) task at the Quxal Evaluation Campaign 2031. "
           "We combined several meta classifiers. Our system ranked third, with a macro averaged F-1 of 61.7%.")


def test_a_task_named_by_its_event_is_the_dataset_of_later_values(monkeypatch):
    found = _results(ACRONYM)
    assert found[61.7][0] == "ZDN"
    assert found[61.7][1].endswith("+task-of-event+dataset:shared-task")
    monkeypatch.setenv("PAPERKG_RESULTS30", "task-of-event")
    assert _datasets(ACRONYM)[61.7] is None


def test_other_event_shapes():
    quoted = ("We organised the shared task “Blorp Lab-Minutes” in FOOCIR 9. Eleven teams took part. Based on the runs, "
              "the best recall was 0.912 and the best precision was 0.874.")
    assert _datasets(quoted) == {0.912: "Blorp Lab-Minutes", 0.874: "Blorp Lab-Minutes"}
    dated = ("We consider a task based on the Zorb Vision 2031 challenge data on poster reading. We fine-tune a text "
             "encoder for it and reach an accuracy of 83.4%.")
    # results58 (session 46) finds the campaign as an entity with its head word; results30 gave the bare name
    assert _datasets(dated)[83.4] in ("Zorb Vision 2031", "Zorb Vision 2031 challenge")
    year_first = ("Results are reported in the Klingon-to-Vulcan 2031 QWSLT task. Our reordering model reaches "
                  "improvements up to 1.9 BLEU over a phrase-based baseline.")
    assert _datasets(year_first)[1.9] == "2031 QWSLT task"


def test_a_task_acronym_or_two_events_give_nothing():
    task = ("We study the Named Entity Recognition (NER) task in the Quxal Evaluation Campaign 2031. Our tagger reaches "
            "an F1 of 88.2%.")
    assert _datasets(task)[88.2] is None
    two = ("We took part in the Zorb Vision 2031 challenge and in the Blip Audio 2030 challenge. Our model reaches an "
           "accuracy of 83.4%.")
    # no dataset; since results58 names both campaigns, the value of a paper with two candidates is not kept at all
    assert _datasets(two).get(83.4) is None
    # the dated name is the tail of a longer one with small words: not cut to "Health 2031"
    cut = ("This paper describes a system built for the Social Media Mining for Health 2031 shared task. Our team ranked "
           "first, with an F-score of 0.53.")
    assert _datasets(cut)[0.53] != "Health 2031"


def test_a_name_after_the_value_is_not_taken():
    # as results28 found for the paper's only dataset: a name only after the value is another evaluation or event
    later = ("We fine-tune a text encoder for poster reading and reach an accuracy of 83.4%. The encoder also took part "
             "in the Zorb Vision 2031 challenge.")
    assert _datasets(later)[83.4] is None


EVALUATED = ("We extend a memory model to question answering over text. Evaluation results on Quibbles fill-in-the-blank "
             "question answering dataset show that both sources help. The model also outperforms the previous best by "
             "4.1 F1 points.")


def test_the_one_evaluation_name_is_the_dataset(monkeypatch):
    found = _results(EVALUATED)
    assert found[4.1][0] == "Quibbles"
    assert found[4.1][1].endswith("+evaluated-with-name+dataset:paper")
    monkeypatch.setenv("PAPERKG_RESULTS30", "evaluated-with-name")
    assert _datasets(EVALUATED)[4.1] is None


def test_no_evaluation_name_in_other_cases():
    language = ("Experiments on Klingonese news corpus show the tagger is robust. It reaches an accuracy of 91.2%.")
    assert _datasets(language)[91.2] is None
    two = EVALUATED.replace("show that", "and on Zorbles cloze dataset show that")
    assert _datasets(two)[4.1] is None
    setting = EVALUATED.replace("The model also outperforms", "In real-world use the model outperforms")
    assert _datasets(setting)[4.1] is None


FRONTED = ("We propose a reader with dynamic pointers. On the Zorble reading comprehension dataset, a single model improves "
           "the previous best from 70.2% F1 to 74.8%, while an ensemble obtains 79.1% F1.")


def test_a_described_name_the_sentence_opens_with(monkeypatch):
    found = _results(FRONTED)
    assert {v: d for v, (d, _) in found.items()} == {70.2: "Zorble reading comprehension dataset",
                                                       74.8: "Zorble reading comprehension dataset",
                                                       79.1: "Zorble reading comprehension dataset"}
    assert found[79.1][1].endswith("+fronted-described-name+dataset:sentence-text")
    # another "on <Name>" later in the sentence: which one is the value's is not known
    other = FRONTED.replace("79.1% F1.", "79.1% F1 on BlorpQA in a second run.")
    assert _datasets(other)[79.1] != "Zorble reading comprehension dataset"
    language = FRONTED.replace("Zorble reading comprehension", "Klingonese reading comprehension")
    assert _datasets(language)[79.1] is None
    monkeypatch.setenv("PAPERKG_RESULTS30", "fronted-described-name")
    assert _datasets(FRONTED)[79.1] is None
