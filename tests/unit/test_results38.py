"""results38 (issue 12, session 32): respective lists of dataset names after a list of values."""

from __future__ import annotations

import pytest

from paperkg.extract import results as R
from paperkg.extract.records import ExtractedPaper
from result_cases import paper_with_entities as _paper  # tests/result_cases.py


def _datasets(paper: ExtractedPaper) -> dict[float, str | None]:
    return {r.value: r.dataset for r in R.find_results(paper)}


def test_unknown_names_before_a_plural_data_noun_pair_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    text = ("We propose QuuxSum. QuuxSum achieves 62.9% and 36.13% inception score improvement on the FooGen40 and the "
            "Barviz datasets, which is better than the state of the art.")
    p = _paper(text, {"QuuxSum": "method", "FooGen40": "dataset"})
    got = _datasets(p)
    assert got[62.9] == "FooGen40" and got[36.13] == "Barviz"
    monkeypatch.setenv("PAPERKG_RESULTS38", "name-list-pairs")
    assert _datasets(p)[36.13] != "Barviz"
    monkeypatch.setenv("PAPERKG_RESULTS38", "off")
    assert _datasets(p)[36.13] != "Barviz"


def test_known_names_pair_without_respectively(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    text = ("We propose QuuxCause. Experiments show that QuuxCause achieves state-of-the-art performance on three "
            "benchmark datasets (5.5%, 2.2% and 4.5% F1 gains on FooLine, BAR-ERE and Baz-TimeBank).")
    p = _paper(text, {"QuuxCause": "method", "FooLine": "benchmark", "BAR-ERE": "dataset", "Baz-TimeBank": "dataset"})
    assert _datasets(p) == {5.5: "FooLine", 2.2: "BAR-ERE", 4.5: "Baz-TimeBank"}
    monkeypatch.setenv("PAPERKG_RESULTS38", "off")
    assert _datasets(p) != {5.5: "FooLine", 2.2: "BAR-ERE", 4.5: "Baz-TimeBank"}


def test_unknown_names_need_a_data_noun_or_respectively(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    # no data noun, no "respectively", names unknown: which data the values are on is not said plainly enough
    p = _paper("We propose QuuxSum. QuuxSum achieves 62.9% and 36.13% inception score improvement on FooGen40 and "
               "Barviz.", {"QuuxSum": "method"})
    assert "Barviz" not in _datasets(p).values()


def test_a_list_of_another_count_or_going_on_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    three = _paper("We propose QuuxSum. QuuxSum achieves 62.9% and 36.13% inception score improvement on the Foo, Bar "
                   "and Baz datasets.", {"QuuxSum": "method"})
    assert "Bar" not in _datasets(three).values() and "Baz" not in _datasets(three).values()
    year = _paper("We propose QuuxDet. QuuxDet reaches 53.6% and 50.3% mAP on QUUX VOC 2007 and 2012 datasets "
                  "respectively.", {"QuuxDet": "method"})
    assert "2012" not in _datasets(year).values()


def test_model_names_and_languages_are_no_datasets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    models = _paper("We propose QuuxPrune. QuuxPrune improves top-1 accuracy by 1.3% and 0.9% on QuuxNet-18 and "
                    "QuuxNet-50, respectively.", {"QuuxPrune": "method", "QuuxNet-18": "model", "QuuxNet-50": "model"})
    assert "QuuxNet-50" not in _datasets(models).values()
    langs = _paper("We propose QuuxMT. QuuxMT obtains 14.08 and 26.22 BLEU points in English and German, "
                   "respectively.", {"QuuxMT": "method"})
    assert "German" not in _datasets(langs).values()


def test_languages_named_in_the_abstract_are_no_datasets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    text = ("We present speech corpora for four languages: Quuxic, Barish, Bazzo and Wolq. We have achieved word error "
            "rates (WERs) of 37.65%, 31.03%, 38.02%, 33.89% for Quuxic, Barish, Bazzo and Wolq, respectively.")
    assert "Barish" not in _datasets(_paper(text, {})).values()
    monkeypatch.setenv("PAPERKG_RESULTS38", "off")
    assert "Barish" not in _datasets(_paper(text, {})).values()


def test_a_value_given_the_first_name_takes_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    p = _paper("We propose QuuxNet. QuuxNet achieves accuracies of 91.2%, 88.4% and 79.0% on FooSet, BarSet and BazSet "
               "respectively.", {"QuuxNet": "method"})
    assert _datasets(p) == {91.2: "FooSet", 88.4: "BarSet", 79.0: "BazSet"}
    monkeypatch.setenv("PAPERKG_RESULTS38", "off")
    assert _datasets(p)[79.0] == "FooSet"


def test_language_pairs_and_split_lists_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    p = _paper("We propose QuuxST. QuuxST outperforms the previous state of the art by around +3 and +4 BLEU on the "
               "English-German and English-French test sets of QuuxC.", {"QuuxST": "method"})
    assert set(_datasets(p).values()) <= {None, "QuuxC"}
    p2 = _paper("We propose QuuxST. QuuxST improves by +3 and +4 BLEU on the English-German and Zh-En datasets.",
                {"QuuxST": "method"})
    assert "Zh-En" not in _datasets(p2).values()


def test_bit_width_settings_are_no_datasets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAPERKG_RESULTS38", raising=False)
    p = _paper("We propose QuuxRot. QuuxRot achieves a perplexity improvement of 0.98 and 0.95 on W4A4KV4 and W4A4KV16, "
               "respectively, for QuuxLM-70B.", {"QuuxRot": "method"})
    on = _datasets(p)
    monkeypatch.setenv("PAPERKG_RESULTS38", "off")
    assert on == _datasets(p)  # the step's reading is left as it is
