"""Session 36's data-suffix part (extract/recall41.py, switch PAPERKG_RECALL41). Cases written for these tests."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall41

DATA = {"FoldSet": "dataset", "QuillBench": "benchmark", "Quill-7": "dataset", "RunCamp": "series"}
OTHER = frozenset({"resnet", "pose estimation"})


def _c(text):
    return [(text[s:e], t) for s, e, t in recall41.suffix_candidates41(text, DATA, OTHER)]


def test_suffix_shapes_read():
    assert _c("We test on FoldSet v2 and QuillBench 2019.") == [("FoldSet v2", "dataset"), ("QuillBench 2019", "benchmark")]
    assert _c("results on FoldSet V1/V2, FoldSet 3.0 and FoldSet II.") == [
        ("FoldSet V1/V2", "dataset"), ("FoldSet 3.0", "dataset"), ("FoldSet II", "dataset")]
    assert _c("on QuillBench+ and Quill-7-Noisy") == [("QuillBench+", "benchmark"), ("Quill-7-Noisy", "dataset")]
    assert _c("on QuillBench HARD and FoldSet Night Drive+.") == [("QuillBench HARD", "benchmark"),
                                                                  ("FoldSet Night Drive+", "dataset")]
    # a caps suffix may carry its own year; the kind word after it ends the name
    assert _c("on FoldSet Night 2020 data") == [("FoldSet Night 2020", "dataset")]
    assert _c("the FoldSet Night Dataset") == [("FoldSet Night", "dataset")]
    assert _c("the FoldSet Night Vision Challenge, then") == [("FoldSet Night Vision", "dataset")]
    # an evaluation series: a roman numeral only
    assert _c("task 3 of RunCamp IV and RunCamp 2019") == [("RunCamp IV", "series")]


def test_suffix_shapes_not_read():
    # kind and function words, languages, other types' names, a name going on, a longer token, no suffix
    assert _c("FoldSet Dataset, QuillBench The, FoldSet English, FoldSet ResNet and FoldSet Pose Estimation") == []
    # a treebank or lexicon is the data's kind, not an edition: "Universal Dependencies Treebank" is the listed node
    assert _c("le FoldSet Treebank et QuillBench Lexicons") == []
    assert _c("the FoldSet Night Vision Challenge Track, FoldSet Night Set Up") == []
    assert _c("on MyFoldSet v2 and FoldSet-Dataset and FoldSet vs and FoldSet I") == []
    assert _c("on FoldSet and QuillBench.") == []
    assert _c("we propose FoldSet-Net, tested on QuillBench NER and Quill-7 GAN") == []


def test_attested_or_repeated(monkeypatch):
    monkeypatch.delenv("PAPERKG_RECALL41", raising=False)
    spans = recall41.data_suffix_spans41("We report on Caltech Pedestrian and on KITTI Night Drive.")
    names = [("We report on Caltech Pedestrian and on KITTI Night Drive."[s:e], t, r) for s, e, t, r in spans]
    assert names == [("Caltech Pedestrian", "dataset", "rule:data-suffix41")] or \
        [n for n, _, _ in names] == ["Caltech Pedestrian"]
    # the paper's own repetition attests an edition, not a capitalised word
    text = "KITTI v7 is hard. Our detector leads on KITTI v7."
    assert [text[s:e] for s, e, _, _ in recall41.data_suffix_spans41(text)] == ["KITTI v7"] * 2
    assert recall41.data_suffix_spans41("KITTI Night Drive is hard. We lead on KITTI Night Drive.") == []
    # a metric after a data name is no part of it; the type of a listed form in other capitals
    assert recall41.data_suffix_spans41("a COCO AP of 33.2, a COCO AP of 34.0") == []
    assert recall41.data_suffix_spans41("on WIDER FACE.")[0][2] == "benchmark"  # listed "WIDER Face"
    assert recall41.attested41()["Caltech Pedestrian"] >= recall41.MIN_PAPERS41
    text2 = "the third track of MediaEval IV."  # a series' roman edition needs no attestation
    assert [(text2[s:e], t) for s, e, t, _ in recall41.data_suffix_spans41(text2)] == [("MediaEval IV", "benchmark")]
    monkeypatch.setenv("PAPERKG_RECALL41", "off")
    assert recall41.data_suffix_spans41(text) == []


def test_unit_forms():
    assert recall41.unit_forms41("KITTI Night Drive 2015") == {"KITTI Night Drive 2015", "KITTI Night Drive"}
    assert recall41.unit_forms41("KITTI 2015") == {"KITTI 2015"}


def test_whole_paper_and_switch(monkeypatch):
    abstract = ("We present a pedestrian detector trained with synthetic crowds. It improves the miss rate on the "
                "Caltech Pedestrian benchmark by a wide margin.")
    title = "Synthetic crowds for pedestrian detection"
    assert "Caltech Pedestrian" in names_under_switch(monkeypatch, "PAPERKG_RECALL41", None, abstract, title)
    assert "Caltech Pedestrian" not in names_under_switch(monkeypatch, "PAPERKG_RECALL41", "off", abstract, title)
    assert "Caltech Pedestrian" not in names_under_switch(monkeypatch, "PAPERKG_RECALL41", "data-suffix", abstract,
                                                          title)


def test_first_word_precheck_skips_nothing_the_full_scan_finds(monkeypatch):
    # the pre-check (a listed form starts with the word, or is the word cut at "-" / "+") against the full scan, on
    # texts written to hit every suffix shape, a cut inside a token, and near misses
    texts = ["Results on PASCAL VOC 2010 and KITTI Scene Flow, BioCreative V and CIFAR-10-Corrupted.",
             "We test on WIDER FACE, EGTEA Gaze+ and MultiWOZ 2.1 (and SQuAD 2.0), then COCO-Stuff.",
             "A pascal voc 2010 run, Zorblax V2 and KITTI-style data, the ImageNet ILSVRC set."]
    full = type("Every", (), {"__contains__": lambda self, key: True})()
    new = [recall41.suffix_candidates41(t) for t in texts]
    monkeypatch.setattr(recall41, "_first_words41", lambda: full)
    assert new == [recall41.suffix_candidates41(t) for t in texts]
    assert sum(map(len, new)) >= 8
    # and a pre-check that skips every word would lose them all
    monkeypatch.setattr(recall41, "_first_words41", lambda: frozenset())
    assert all(recall41.suffix_candidates41(t) == [] for t in texts)
