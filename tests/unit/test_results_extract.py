"""Result statements from abstract text: values, metrics, qualifiers, baselines, and links to the paper's entities."""

from __future__ import annotations

import json

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import ExtractedPaper, Paper, Result
from paperkg.extract.results import canonical_metric, find_results


@pytest.fixture(scope="module")
def run():
    cache: dict[str, ExtractedPaper] = {}

    def go(text: str) -> list[Result]:
        if text not in cache:
            cache[text] = extract_papers([Paper("p", None, text)])[0]
        return cache[text].results

    return go


def facts(results: list[Result]) -> list[tuple]:
    return [(r.value, r.metric, r.qualifier, r.is_baseline, r.dataset) for r in results]


def test_from_to_gives_a_baseline_and_a_result(run):
    got = run("We propose FooNet. FooNet improves one-shot accuracy on ImageNet from 87.6% to 93.2%.")
    assert facts(got) == [(87.6, "accuracy", "exact", True, "ImageNet"), (93.2, "accuracy", "exact", False, "ImageNet")]
    assert got[1].entity == "FooNet" and got[1].entity_id == "method:foonet" and got[0].entity is None


def test_value_metric_on_dataset_with_offsets_and_sentence(run):
    text = "We study translation. Our model reaches 28.4 BLEU on the WMT 2014 English-German task."
    (r,) = run(text)
    assert (r.value, r.unit, r.metric, r.direction, r.qualifier, r.dataset) == (28.4, None, "BLEU", "higher", "exact", "WMT 2014")
    assert text[r.start : r.end] == "28.4" and r.sentence == 1 and r.rule.startswith("result:")


@pytest.mark.parametrize("text, value, qualifier", [
    ("Our method obtains +2.1 BLEU on WMT 2014.", 2.1, "relative"),
    ("We achieve a 15% relative reduction in WER on LibriSpeech.", 15.0, "relative"),
    ("It improves mAP by 9.0% on the nuScenes test set.", 9.0, "relative"),
    ("The model reaches 0.7 BLEU improvement over the Transformer.", 0.7, "relative"),
    ("The detector reaches up to 95% accuracy on COCO.", 95.0, "up_to"),
    ("The tagger reaches an accuracy of over 97% on the Penn Treebank.", 97.0, "over"),
    ("Our errors stay at less than 5% error rate on MNIST.", 5.0, "up_to"),
    ("It reduces the error rate to 3.1% on CIFAR-10.", 3.1, "exact"),
])
def test_qualifiers(run, text, value, qualifier):
    got = [r for r in run(text) if r.value == value]
    assert [r.qualifier for r in got] == [qualifier]


def test_lists_and_respectively(run):
    got = run("Results improve on MR, SST-1 and SST-2, with 82.28%, 51.50% and 89.95% accuracy, respectively.")
    assert [(r.value, r.metric) for r in got] == [(82.28, "accuracy"), (51.5, "accuracy"), (89.95, "accuracy")]
    got = run("Our systems reached F1-scores of 87.16%, 83.33% and 91.75% on the three tracks.")
    assert [r.value for r in got] == [87.16, 83.33, 91.75]
    assert all(r.metric == "F1" for r in got)


def test_numbers_that_are_not_results(run):
    assert run("We train on 10,000 images in 2019 with a 4-bit ResNet-50, 3.9x faster, for 16 epochs.") == []
    assert run("We annotate 900 translation pairs; 84% of the words are rare.") == []
    assert run("The segmentation reaches high accuracy at 4 pixels displacement.") == []
    assert run("Performance drops when 10% of the labels are noisy.") == []


def test_a_year_or_a_name_is_not_a_value(run):
    assert [r.value for r in run("On SemEval-2018 Task 10 we reach an F1 of 75.1.")] == [75.1]


def test_baseline_in_comparison(run):
    got = run("We achieve 63.2% mAP on PASCAL VOC 2007 using Fast R-CNN (compare to 67.3% with ImageNet pre-training).")
    assert [(r.value, r.is_baseline, r.metric) for r in got] == [(63.2, False, "mAP"), (67.3, True, "mAP")]


def test_metric_lexicon_folds_surface_forms():
    assert canonical_metric("F1-score").name == canonical_metric("F-measure").name == "F1"
    assert canonical_metric("WER").direction == "lower"
    assert canonical_metric("top-1 accuracy").name == "top-1 accuracy"
    assert canonical_metric("AP").name == "AP" and canonical_metric("ap") is None  # short capitals match as written
    assert canonical_metric("happiness") is None


def test_no_digits_no_results(run):
    assert run("We propose a method that is better than every baseline on ImageNet.") == []


def test_results_round_trip_through_jsonl(run):
    run("We propose FooNet. FooNet improves one-shot accuracy on ImageNet from 87.6% to 93.2%.")
    p = extract_papers([Paper("p", None, "We propose FooNet. FooNet improves one-shot accuracy on ImageNet from 87.6% to 93.2%.")])[0]
    row = json.loads(json.dumps(p.to_dict()))
    assert row["results"][1]["value"] == 93.2 and row["results"][1]["entity_id"] == "method:foonet"
    assert ExtractedPaper.from_dict(row).to_dict() == row
    with pytest.raises(KeyError):
        Result.from_dict({"value": 1.0})


def test_find_results_reads_only_the_final_paper():
    # A pure function of the final record: entities given by hand, linked by their ids.
    from paperkg.extract.records import Entity, Mention

    text = "Our TinyNet reaches 91.2% accuracy on CIFAR-10."
    paper = ExtractedPaper("x", None, text, entities=[
        Entity("method:tinynet", "TinyNet", "method", "proposes", mentions=[Mention("TinyNet", 4, 11, 0, "r")]),
        Entity("dataset:cifar-10", "CIFAR-10", "dataset", "evaluates_on", mentions=[Mention("CIFAR-10", 38, 46, 0, "r")]),
    ])
    (r,) = find_results(paper)
    assert (r.entity_id, r.dataset_id, r.value) == ("method:tinynet", "dataset:cifar-10", 91.2)


def test_same_results_for_any_worker_count():
    papers = [Paper(str(i), None, f"We propose Net{i}. Net{i} reaches {90 + i / 10:.1f}% accuracy on CIFAR-10.") for i in range(30)]
    one = [p.to_dict() for p in extract_papers(papers, n_process=1)]
    two = [p.to_dict() for p in extract_papers(papers, n_process=2, chunk_size=10)]
    assert one == two and all(len(p["results"]) == 1 for p in one)
