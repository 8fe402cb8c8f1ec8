"""Session 35's case-variant part (extract/recall40.py, switch PAPERKG_RECALL40). Cases written for these tests."""

from __future__ import annotations

from extract_cases import names_under_switch  # tests/extract_cases.py

from paperkg.extract import recall40
from paperkg.extract.gazetteer import GazetteerEntry


def _e(eid, name, typ="method", aliases=()):
    return GazetteerEntry(eid, name, typ, tuple(aliases), None, "test")


ENTRIES = (
    _e("method:blurnet", "BlurNet"),
    _e("method:vec2mesh", "Vec2Mesh"),
    _e("method:qlstm", "qLSTM"),
    _e("method:rest", "ReST"),  # capitals spell a short acronym: "rest" is a word
    _e("method:tucker", "TuckER"),
    _e("dataset:foldset", "FoldSet", "dataset"),  # data names are not read in any case
    _e("method:mixnorm", "MixNorm"),
    _e("model:mixnorm", "MIXNORM", "model"),  # two entries claim one spelling: left out
    _e("method:drawnet", "DrawNet"),
)


def _spans(text, nouns=frozenset()):
    variants = recall40.case_variants40(ENTRIES, nouns=nouns)
    forms = frozenset(f for e in ENTRIES for f in e.forms)
    return [(text[s:e], eid) for s, e, eid in recall40.variant_spans40(text, variants, forms)]


def test_joined_forms():
    for form in ("BlurNet", "AdaBoost", "Vec2Mesh", "qLSTM", "BiLSTM", "HyperNetwork", "YOLOv3"):
        assert recall40.joined_form40(form), form
    for form in ("ReST", "TuckER", "STaR", "SLiC", "RotatE", "CLIP", "dropout", "GoT", "Adam"):
        assert not recall40.joined_form40(form), form


def test_other_capitals_are_the_listed_name():
    text = "We compare Blurnet, blurnet and BLURNET with vec2mesh and a QLSTM; the Vec2mesh-based variant wins."
    assert _spans(text) == [("Blurnet", "method:blurnet"), ("blurnet", "method:blurnet"),
                            ("BLURNET", "method:blurnet"), ("vec2mesh", "method:vec2mesh"),
                            ("QLSTM", "method:qlstm"), ("Vec2mesh", "method:vec2mesh")]


def test_not_read():
    # the listed spelling itself (the exact matcher has it), acronym-inside-word forms, data, clashes, longer tokens
    text = "BlurNet and rest and Tucker decomposition on a foldset with mixnorm; pre-blurnet and blurnet2 and blurnet_x."
    assert _spans(text) == []
    # a common noun by corpus count (data/case_variants40.tsv) is left out
    assert _spans("a drawnet and two drawnets", nouns=frozenset({"drawnet"})) == []
    assert _spans("a drawnet and two drawnets") == [("drawnet", "method:drawnet")]


def test_shipped_nouns_left_out():
    from paperkg.extract.gazetteer import load_entries

    variants = recall40.case_variants40(load_entries())
    assert "autoencoder" not in variants and "hypernetwork" not in variants
    assert variants["adaboost"][1] == "method:adaboost"


def test_whole_paper_and_switch(monkeypatch):
    abstract = ("We boost weak learners with Adaboost and compare it to gradient boosting. "
                "Adaboost wins on most of the tabular sets we try.")
    title = "Boosting tabular learners"
    assert "AdaBoost" in names_under_switch(monkeypatch, "PAPERKG_RECALL40", None, abstract, title)
    assert "AdaBoost" not in names_under_switch(monkeypatch, "PAPERKG_RECALL40", "off", abstract, title)
    assert "AdaBoost" not in names_under_switch(monkeypatch, "PAPERKG_RECALL40", "case-variant", abstract, title)


def test_own_spellings_left_out():
    # the paper defines the spelling its own way, or leads its title with it
    assert _spans("We propose a blurred unit network (BLURNET). BLURNET is fast.") == []
    assert _spans("BLURNET (blurred unit network) is fast; BLURNET wins.") == []
    text = "Blurnet improves on prior work."
    variants = recall40.case_variants40(ENTRIES, nouns=frozenset())
    forms = frozenset(f for e in ENTRIES for f in e.forms)
    assert recall40.variant_spans40(text, variants, forms, "Blurnet: Sharp Images from Blur") == []
    assert recall40.variant_spans40(text, variants, forms, "Sharp images with Blurnet") == [(0, 7, "method:blurnet")]
    # a bracketed citation-like number after the name is no definition
    assert _spans("We use Blurnet [12] here.") == [("Blurnet", "method:blurnet")]


def test_plural_of_an_own_definition_left_out():
    entries = ENTRIES + (_e("method:brams", "bRAMS"),)
    variants = recall40.case_variants40(entries, nouns=frozenset())
    forms = frozenset(f for e in entries for f in e.forms)
    text = "We add a Bank Rank Attention Module (BRAM). Stacked BRAMs are slow."
    assert recall40.variant_spans40(text, variants, forms) == []  # the plural of the paper's own BRAM
    text = "We stack BRAMs and compare them with other rankers."
    assert recall40.variant_spans40(text, variants, forms) == [(9, 14, "method:brams")]


def test_case_variant_is_no_homonym(monkeypatch):
    from paperkg.extract import canonical

    monkeypatch.delenv("PAPERKG_RECALL40", raising=False)
    assert not canonical._other_case("Catboost", {"CatBoost"})  # the listed spelling on either side
    assert not canonical._other_case("cVAE", {"CVAE"})
    assert canonical._other_case("mTOR", {"MTOR"})  # no listed joined name: another thing, as before
    monkeypatch.setenv("PAPERKG_RECALL40", "off")
    assert canonical._other_case("Catboost", {"CatBoost"})
