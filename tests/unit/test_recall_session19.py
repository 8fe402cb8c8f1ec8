"""Parts of session 19 (issue 10): names the abstract itself calls data (extract/recall_rules.py, section "session
19"). Sentences written for these tests (invented), not taken from any gold file or corpus abstract; each
end-to-end case is checked to fail with its part switched off (PAPERKG_RECALL19).
"""

from __future__ import annotations

from extract_cases import entity_types as _entities  # tests/extract_cases.py

FRAGMENT = ("Tracking small objects from a moving car is hard. We add a depth prior to a two-stage tracker and "
            "report a gain of four points on the RoVista dataset over the best earlier tracker.")
LISTED = ("We build a sentence aligner for parallel drug leaflets. Trained on the EMEA corpus, it aligns "
          "twice as many pairs as a length-based aligner.")


def test_a_fragment_shaped_name_before_a_data_noun_is_data():
    assert _entities(FRAGMENT).get("RoVista") == "dataset"


def test_the_fragment_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL19", "data-noun-fragment")
    monkeypatch.setenv("PAPERKG_RESULTS58", "0")  # results58's data-phrase part finds "the RoVista dataset" too
    assert "RoVista" not in _entities(FRAGMENT)


def test_a_spelt_fragment_inside_a_long_form_stays_out():
    text = ("We release Urban Night VisTa, a collection of street scenes. The Night VisTa dataset has ten "
            "thousand frames.")
    assert "VisTa" not in _entities(text)


def test_a_listed_technique_the_paper_calls_a_corpus_is_data():
    assert _entities(LISTED).get("EMEA") == "dataset"


def test_the_listed_part_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL19", "listed-data-noun")
    monkeypatch.setenv("PAPERKG_TYPES50", "off")  # session 43: types50 reads "the EMEA corpus" as data on its own
    assert _entities(LISTED).get("EMEA") in (None, "method")


def test_whole_switch_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL19", "off")
    monkeypatch.setenv("PAPERKG_RESULTS58", "0")  # results58's data-phrase part finds "the RoVista dataset" too
    assert "RoVista" not in _entities(FRAGMENT)


CORPUS_OF = ("We annotate argument structure in the Tartan Corpus of Student Writing (TCSW) and train a tagger on "
             "it. The tagger finds claims with an F1 of 71.")
COMMA = ("A known solver, FOOSOLVE, needs ten hours on a graph of a thousand nodes, while our proposed algorithm, "
         "Split and Merge BLIP (SM-BLIP) needs one hour on the same graph.")
MIXUP = ("Style shifts hurt segmentation on unseen cities. Overfitting to the source style is reduced by Balanced "
         "Patch Mixup (BPM) during training, which keeps the content of each patch.")


def test_a_capitalised_corpus_of_long_form_is_a_dataset(monkeypatch):
    assert _entities(CORPUS_OF).get("Tartan Corpus of Student Writing") == "dataset"
    monkeypatch.setenv("PAPERKG_RECALL19", "data-head-of")
    assert "Tartan Corpus of Student Writing" not in _entities(CORPUS_OF)


def test_the_type_comma_rule_types_a_defined_long_form(monkeypatch):
    assert _entities(COMMA).get("Split and Merge BLIP") == "method"
    monkeypatch.setenv("PAPERKG_RECALL19", "type-comma-definition")
    assert "Split and Merge BLIP" not in _entities(COMMA)


def test_an_augmentation_head_makes_a_defined_long_form_a_method(monkeypatch):
    assert _entities(MIXUP).get("Balanced Patch Mixup") == "method"
    monkeypatch.setenv("PAPERKG_RECALL19", "augmentation-head")
    assert "Balanced Patch Mixup" not in _entities(MIXUP)


def test_a_class_with_its_usual_acronym_after_the_type_comma_rule_stays_untyped():
    text = ("In our method, Convolutional Neural Network (CNN) and a gradient boosting regressor vote on each "
            "frame. The vote cuts false alarms by half.")
    assert "Convolutional Neural Network" not in _entities(text)
