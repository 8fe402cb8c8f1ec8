"""Session 43's case parts (extract/recall53.py, switch PAPERKG_RECALL53). Cases written for these tests."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall53
from paperkg.extract.gazetteer import GazetteerEntry


def _e(eid, name, typ="dataset", aliases=(), source="pwc-world-snapshot"):
    return GazetteerEntry(eid, name, typ, tuple(aliases), None, source)


DATA = (
    _e("dataset:zork-vqs", "ZORK VQS"),
    _e("dataset:quill-set", "Quill-Set"),
    _e("dataset:social-feeds", "Social Feeds"),  # no naming token, no hyphen head: never read in another case
    _e("dataset:3d-hand-shapes", "3D Hand Shapes"),  # "3D" names a modality, not a data set
    _e("dataset:kitti-flow-estimation", "KITTI Flow Estimation"),  # a task-shaped name
    _e("dataset:curated-thing", "CURATED Thing", source="curated"),  # curated names match in any case already
)


def test_data_case_forms():
    forms = {f for _, f in recall53.data_case_forms53(DATA)}
    assert forms == {"ZORK VQS", "Quill-Set"}


def test_keep_data_case():
    text = "We test on Zork VQS and on the Quill-set, as the quill-set paper did. Quill-set data is small."
    forms = ("ZORK VQS",)
    s = text.index("Zork VQS")
    assert recall53.keep_data_case53(text, s, s + len("Zork VQS"), forms, False)
    s = text.index("Quill-set")
    assert recall53.keep_data_case53(text, s, s + len("Quill-set"), ("Quill-Set",), False)
    # must not fire: the hyphen head in lower case, at a sentence's start, in a title, or the listed spelling itself
    s = text.index("quill-set")
    assert not recall53.keep_data_case53(text, s, s + len("quill-set"), ("Quill-Set",), False)
    s = text.index("Quill-set data")
    assert not recall53.keep_data_case53(text, s, s + len("Quill-set"), ("Quill-Set",), False)
    s = text.index("Quill-set")
    assert not recall53.keep_data_case53(text, s, s + len("Quill-set"), ("Quill-Set",), True)
    listed = "on ZORK VQS"
    assert not recall53.keep_data_case53(listed, 3, len(listed), ("ZORK VQS",), False)
    # the naming token itself in another case: "zork vqs" keeps nothing as listed
    low = "on zork vqs"
    assert not recall53.keep_data_case53(low, 3, len(low), ("ZORK VQS",), False)


def test_data_case_guards():
    # must not fire: an edition after the name, a technique noun or a plural data noun after it, an amount token
    for text, written, form in (("on Zork VQS 2011 and", "Zork VQS", "ZORK VQS"),
                                ("the 'Quill-set' approach", "Quill-set", "Quill-Set"),
                                ("several Quill-set dialogue datasets", "Quill-set", "Quill-Set")):
        s = text.index(written)
        assert not recall53.keep_data_case53(text, s, s + len(written), (form,), False), text
    text = "the Zork VQS, and more"
    s = text.index("Zork VQS")
    assert recall53.keep_data_case53(text, s, s + len("Zork VQS"), ("ZORK VQS",), False)
    assert recall53.naming_tokens53("1B Words") == []
    assert recall53.naming_tokens53("WMT14 Words") == ["WMT14"]


def test_acronym_spans():
    variants = {"ransac": ("RANSAC", "method:ransac"), "bert": ("BERT", "model:bert")}
    forms = frozenset(("RANSAC", "BERT"))
    text = "We use Ransac schemes and Bert-based models."
    assert [text[s:e] for s, e, _ in recall53.acronym_spans53(text, variants, forms)] == ["Ransac", "Bert"]
    text = "In Bert, the layers differ."  # a capitalised word opening the sentence is no name before it
    assert [text[s:e] for s, e, _ in recall53.acronym_spans53(text, variants, forms)] == ["Bert"]
    # must not fire: a first name before a surname, other capitals, the listed spelling, the paper's own definition
    for text in ("As Bert Kappen showed, it helps.", "We use RanSaC here.", "We use RANSAC here.",
                 "We propose Ransac (a new sampler) here.", "We propose Ransac-Mix for fitting.",
                 "We thank Adam Ransac for it.", "As in Bert et al., it helps.", "We run Claude 3 Bert here."):
        assert recall53.acronym_spans53(text, variants, forms) == [], text


def test_data_word_variants():
    entries = (_e("dataset:imagenet", "ImageNet", source="curated"), _e("dataset:zqmnist", "ZQMNIST"),
               _e("dataset:cellset", "cellset"),  # all lower case: matched in any case already
               _e("method:ransac", "RANSAC", "method", source="classical"))
    got = recall53.acronym_variants53(entries, "data-word-case", mined=False)
    assert set(got) == {"imagenet", "zqmnist"}
    assert "zqmnist" not in recall53.acronym_variants53(entries, "data-word-case")  # no mined row


def test_data_word_spans():
    variants = {"synthia": ("SYNTHIA", "dataset:synthia"), "luna": ("LUNA", "dataset:luna")}
    forms = frozenset(("SYNTHIA", "LUNA"))
    text = "We adapt from Synthia, Carla and Kitti."
    assert [text[s:e] for s, e, _ in recall53.acronym_spans53(text, variants, forms)] == ["Synthia"]
    text = "Results on the Synthia dataset improve."
    assert [text[s:e] for s, e, _ in recall53.acronym_spans53(text, variants, forms)] == ["Synthia"]
    # must not fire: no data use in the sentence, a citation, a technique noun before it, a longer name after it
    for text in ("Men are from Synthia and women are not.", "Churn costs money (Luna, 1998).",
                 "Results of a new algorithm Synthia are tested.", "Results on Synthia VID 2015 are good.",
                 "Results on Synthia 1M are good.", "Results on Synthia-stuff are good.", "We design a new algorithm Synthia. Synthia is tested on data."):
        assert recall53.acronym_spans53(text, variants, forms) == [], text


def test_acronym_variants_need_the_mined_row():
    entries = (_e("method:ransac", "RANSAC", "method", source="classical"),
               _e("method:zzqx", "ZZQX", "method", source="classical"))  # listed, but no mined row
    assert set(recall53.acronym_variants53(entries)) == {"ransac"}


def test_switch(monkeypatch):
    abstract = ("We evaluate robust fitting within Ransac schemes and report results on Pascal VOC, where the new "
                "estimator halves the error.")
    on = names_under_switch(monkeypatch, "PAPERKG_RECALL53", None, abstract, "Robust fitting for estimation")
    assert {"RANSAC", "PASCAL VOC"} <= on
    off = names_under_switch(monkeypatch, "PAPERKG_RECALL53", "off", abstract, "Robust fitting for estimation")
    assert not {"RANSAC", "PASCAL VOC"} & off
    one = names_under_switch(monkeypatch, "PAPERKG_RECALL53", "acronym-case", abstract, "Robust fitting for estimation")
    assert "PASCAL VOC" in one and "RANSAC" not in one
