"""Recall rules of session 6 (issue 10): technique heads after capitalised runs and acronyms.

Sentences written for these tests, not taken from the gold files.
"""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.rules import find_rule_spans
from extract_cases import entity_types as _entities, rule_span_texts as _rule_spans  # tests/extract_cases.py


def test_capitalised_run_ending_in_models_or_pursuit_is_a_method():
    text = ("We combine the well known Shape Context Models with the greedy Basis Ranking Pursuit "
            "and report gains.")
    assert _rule_spans(text, "rule:caps-head") == {"Shape Context Models", "Basis Ranking Pursuit"}


def test_generic_capitalised_models_stay_out():
    text = "Most recent work fine-tunes Large Language Models and Vision-Language Models on chat data."
    assert not _rule_spans(text, "rule:caps-head")


def test_three_word_eponym_before_method():
    text = "The sampler discretises the dynamics with the Stormer Verlet Yoshida method at each step."
    assert "Stormer Verlet Yoshida" in _rule_spans(text, "rule:eponym")


def test_acronym_before_algorithm_keeps_the_noun():
    text = "The parameters are fitted with an QLTS algorithm, and the BXMM method solves the dual."
    assert _rule_spans(text, "rule:eponym") >= {"QLTS algorithm", "BXMM method"}
    assert _entities(text).get("QLTS algorithm") == "method"


def test_acronym_rule_needs_a_determiner():
    # "KL divergence method"-like noun stacks without an article are not read as names
    assert not _rule_spans("Results of PCA method comparisons are shown.", "rule:eponym")


def test_a_short_form_after_a_based_suffix_names_the_phrase_before_it():
    ents = _entities("Earlier work relied on a Tree of Rationales-based (ToR) prompting scheme for hard questions.")
    assert ents.get("Tree of Rationales") == "method"
    assert not any(name.endswith("-based") for name in ents)


def test_a_version_between_a_name_and_its_type_noun_stays_in_the_name():
    text = "Scores are reported on the QRX-NLI 2.1 dataset and the KOBE v3 benchmark."
    spans = _rule_spans(text, "rule:followed-by-type")
    assert {"QRX-NLI 2.1", "KOBE v3"} <= spans
    assert "QRX-NLI" not in spans


def test_the_last_item_of_a_list_ends_where_plain_words_begin():
    text = "We release two datasets: KITE-RX and PONDS-RX built to stress detectors with cluttered scenes."
    spans = _rule_spans(text, "rule:listed")
    assert "PONDS-RX" in spans
    assert not any("built" in s for s in spans)


def test_a_name_shaped_subject_of_is_a_type_noun_takes_its_type():
    text = "Results are mixed. LUSO-SPEAK II is a European Portuguese read speech corpus of 40 hours."
    assert ("LUSO-SPEAK II", "dataset") in {(text[s:e], t) for s, e, t, r in find_rule_spans(text) if r == "rule:appositive"}


def test_a_plain_subject_of_is_a_type_noun_is_not_a_name():
    assert not _rule_spans("This is a new speech corpus. The result is a strong model.", "rule:appositive")


def test_words_before_a_connector_are_no_part_of_the_subject_name():
    text = "Central to DOTSYS is a graph database of toponyms."
    assert _rule_spans(text, "rule:appositive") == {"DOTSYS"}


def test_a_name_shaped_measure_is_a_metric():
    text = "We minimise the JS-Divergence and report the Char-Error-Rate and the XY-Distance."
    typed = {text[s:e]: t for s, e, t, r in find_rule_spans(text) if r == "rule:name-shape"}
    assert set(typed.values()) == {"metric"} and "JS-Divergence" in typed


def test_a_listed_name_and_its_number_run_together_match_the_list():
    # "Atari 2600" is a curated list alias; abstracts also write it as one word
    [paper] = extract_papers([Paper("p", None, "Agents were trained on eleven Atari2600 games with sparse rewards.")])
    assert [(e.type, "Atari2600" in (e.name, *e.aliases)) for e in paper.entities] == [("benchmark", True)]


def test_controller_and_resource_after_a_name_type_it():
    ents = _entities("We compare against an MPC-X controller and annotate data with the TIMBRA-DB resource.")
    assert ents.get("MPC-X") == "method" and ents.get("TIMBRA-DB") == "dataset"


def test_a_capitalised_word_coordinated_with_a_coined_name_is_a_name():
    text = "Overall Brightflow and Q-Flow work best, while DeepKite or Kestrel lag behind."
    assert _rule_spans(text, "rule:coordinated") == {"Brightflow", "Kestrel"}


def test_coordination_inside_a_capitalised_run_or_after_a_sentence_start_is_no_name():
    text = "We study Named Entity Recognition and Relation-X tasks. Results and GPT-X follow."
    assert not _rule_spans(text, "rule:coordinated")


def test_kinds_before_algorithm_or_model_are_no_names():
    text = ("For the CNN method we add a layer; the SSL method follows, and the Acoustic Model improves. "
            "Tests cover KITTI and IKEA for 2D localization.")
    assert not _rule_spans(text, "rule:eponym") and not _rule_spans(text, "rule:caps-head")
    assert "IKEA for 2D" not in _rule_spans(text, "rule:listed")


def test_a_list_tail_keeps_connected_capitalised_words_only():
    from paperkg.extract.rules import LIST_TAIL_NAME
    assert LIST_TAIL_NAME.match("IKEA for 2D keypoints").group(0) == "IKEA"
    assert LIST_TAIL_NAME.match("100 Days of Hands to train").group(0) == "100 Days of Hands"


def test_a_generic_acronym_with_a_year_is_a_campaign_only_before_a_campaign_noun():
    from paperkg.extract.rules import year_named_spans
    text = "Our runs in the ASR-2019 evaluation ranked third; ASR 2019 models were also compared."
    spans = {text[s:e] for s, e, _, _ in year_named_spans(text)}
    assert spans == {"ASR-2019"}


def test_a_listed_acronym_before_algorithm_is_that_entry():
    text = "We present an MCMC algorithm and a QZX algorithm for sparse counts."
    assert _rule_spans(text, "rule:eponym") == {"MCMC", "QZX algorithm"}


def test_the_tail_of_a_longer_capitalised_name_is_no_caps_head_name():
    text = "It has two modules (Aspect and Opinion Propagation, Game-value Alignment through Action Distillation)."
    assert not _rule_spans(text, "rule:caps-head")
