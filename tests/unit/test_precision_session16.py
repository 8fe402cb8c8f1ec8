"""Issue 10, session 16: what the paper says a name is, not-entities and spans, on invented sentences."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _types(*abstracts: str) -> list[dict[str, str]]:
    """Per abstract: mention text -> the type of its entity."""
    out = extract_papers([Paper(f"p{i}", None, a) for i, a in enumerate(abstracts)])
    return [{m.text: e.type for e in p.entities for m in e.mentions} for p in out]


# --- the description decides ---------------------------------------------------------------------------------------

def test_an_appositive_lexicon_with_many_listed_adjectives_is_data():
    (t,) = _types("We introduce the Quillet, a free, accurate and wide-coverage morphological and syntactic "
                  "lexicon for Breton, used by several parsers.")
    assert t.get("Quillet") == "dataset"


def test_names_counted_as_datasets_after_the_list_are_data():
    (t,) = _types("We compare the annotators against baselines on CIFAR-7Q and PetNet-21H, two large-scale "
                  "crowdsourced datasets.")
    assert t.get("PetNet-21H") == "dataset"


def test_a_counted_appositive_of_methods_is_not_data():
    (t,) = _types("We compare against FooNet-3 and BarNet-7, two strong baselines on the Cityscapes datasets.")
    assert t.get("BarNet-7") in ("method", "model")


def test_an_intro_phrase_before_counted_data_is_no_list_of_them():
    (t,) = _types("To verify the effectiveness of QTM and Gaussian-QTM, three benchmark corpora are used in our "
                  "experiments.")
    assert t.get("Gaussian-QTM") in ("method", "model")


def test_a_translation_direction_in_language_codes_is_data():
    (t,) = _types("We took part in two tasks, KORPA.en-ko and KORPA.ko-en, with one system.")
    assert t.get("KORPA.en-ko") == "dataset" and t.get("KORPA.ko-en") == "dataset"


def test_software_notations_postulates_and_fields_the_paper_names_so_are_no_entities():
    t = _types(
        "We model routers with SimNetX, a discrete-event network simulator.",
        "Signs are coded in the Hamburg Notation System or HamNoSys and in the QPLA notation.",
        "The ZIPPO postulate has led to several new causal discovery algorithms.",
        "We deploy our detectors on NebulaWare, a lightweight middleware for sensor grids.",
    )
    assert "SimNetX" not in t[0] and "QPLA" not in t[1]
    assert "ZIPPO" not in t[2] and "NebulaWare" not in t[3]


def test_a_chatbot_or_a_game_the_paper_names_is_kept():
    # a released chatbot is a model (GUIDELINE: "released system"); a game is an agent benchmark's environment
    t = _types("This paper presents QALBOT, the first Levantine dialect chatbot.",
               "We introduce Zorkhack, a roguelike video game for testing agents.")
    assert t[0].get("QALBOT") == "model"
    assert "Zorkhack" in t[1]


def test_a_chatbot_framework_is_still_a_method():
    (t,) = _types("We propose QALBOT, a chatbot framework that answers questions about timetables.")
    assert t.get("QALBOT") in ("method", "model")


def test_a_name_before_problem_names_a_task():
    (t,) = _types("The QuuxCover problem for fair sensor placement asks for the fewest sensors that cover every "
                  "street. We present two approximation algorithms for the QuuxCover problem.")
    assert t.get("QuuxCover") == "task"


def test_a_problem_the_paper_coins_is_a_task():
    (t,) = _types("This paper studies a curve matching problem which we coin second-order smooth matching (SSM): "
                  "given two sequences, when can a smooth function fit both?")
    assert t.get("second-order smooth matching") == "task"


def test_a_proposed_method_whose_objective_is_called_a_problem_stays_a_method():
    (t,) = _types("We propose the Noisy Robust Quuxencoder (NRQ) that removes outliers while it reduces "
                  "dimension. The NRQ problem is solved by alternating minimisation.")
    assert t.get("NRQ") in ("method", "model")


def test_a_problem_solver_named_so_stays_a_method():
    (t,) = _types("We run the QuuxSolve problem solver on every instance of the benchmark.")
    assert t.get("QuuxSolve") in ("method", "model")


# --- not entities --------------------------------------------------------------------------------------------------

def test_language_pairs_are_no_entities():
    (t,) = _types("We train models on two dissimilar language pairs (English/Arabic and English/Chinese) and on "
                  "the pairs L1-L2 and L1-L3 of our lexicons; NepaliEnglish and Sinhala-English systems are ranked.")
    assert not {"English/Arabic", "English/Chinese", "L1-L2", "L1-L3", "NepaliEnglish"} & set(t)


def test_a_pair_of_norms_is_no_language_pair():
    (t,) = _types("In this paper, we propose a hybrid L1-L0 decomposition model to remove halo artifacts.")
    assert "L1-L0" in t


def test_a_venue_where_a_work_was_presented_is_no_entity():
    (t,) = _types("This case study extends an approach that was first presented at GESTIX 2019 in Vienna.")
    assert "GESTIX 2019" not in t


def test_a_campaign_with_a_year_the_paper_takes_part_in_stays():
    (t,) = _types("We evaluate our tagger on GESTIX 2019, where it ranks first.")
    assert "GESTIX 2019" in t


# --- spans ---------------------------------------------------------------------------------------------------------

def test_a_modifier_ending_in_an_en_dash_compound_is_no_name():
    (t,) = _types("We study the stability of a likelihood ratio\u2013based (LR-based) forensic text comparison system.")
    assert "likelihood ratio\u2013based" not in t and "LR-based" not in t


def test_two_authors_eponym_keeps_both_names():
    (t,) = _types("One can observe that Harlow and Quist's algorithm converges to the desired solution.")
    assert "Harlow and Quist's algorithm" in t and "Quist's algorithm" not in t


# --- one node where the papers mean the same thing (canonical._part_coined_names) ---------------------------------

def _papers(*papers: tuple[str | None, str, int]):
    return extract_papers([Paper(f"p{i}", t, a, year=y) for i, (t, a, y) in enumerate(papers)])


def _ids(paper, text: str) -> set[str]:
    return {e.id for e in paper.entities if any(m.text == text for m in e.mentions)}


def test_a_coined_name_in_capitals_and_in_camel_case_is_one_name():
    a, b, c = _papers(
        ("WEBHARVESTQA: Crossing Format Boundaries with One Reader",
         "We build one pre-trained reader, WEBHARVESTQA, that answers questions of many formats well.", 2020),
        (None, "We generate multiple-choice questions from raw sentences and show that WebHarvestQA gains from "
               "them on a physics benchmark.", 2022),
        (None, "We collect causal questions from existing datasets; as a first baseline, the reader "
               "WebHarvestQA reaches a ROUGE-L of 0.48 on our corpus.", 2022),
    )
    assert _ids(a, "WEBHARVESTQA") and _ids(a, "WEBHARVESTQA") == _ids(b, "WebHarvestQA") == _ids(c, "WebHarvestQA")


def test_capitals_that_spell_an_acronym_still_make_another_name():
    a, b = _papers(
        ("COLLAGE: Adaptive Fusion-based Retrieval for Policy Learning",
         "We propose COLLAGE, a retrieval method that fuses demonstrations for imitation learning of robot "
         "policies.", 2025),
        (None, "We compare our grammar descriptions of typologically diverse languages with the CoLLAGE "
               "method.", 2014),
    )
    assert _ids(a, "COLLAGE") and _ids(b, "CoLLAGE") and not _ids(a, "COLLAGE") & _ids(b, "CoLLAGE")


def test_bare_uses_in_one_other_case_are_one_node_apart_from_the_coinage():
    a, b, c, d = _papers(
        ("QuARc: Shape and Appearance Recognition for Persons in the Wild",
         "We propose QuARc, a network that recognises people from their body shape and clothing in videos.", 2024),
        (None, "Our entailment tracker weighs token distributions by sentence scores and sets a new state of the "
               "art on the QuARC benchmark.", 2020),
        (None, "Spurious patterns let neural readers shortcut; we catalogue four of them on the QuARC benchmark.",
         2020),
        (None, "A single encoder-decoder asks follow-up questions and leads on the QuARC benchmark.", 2022),
    )
    assert _ids(a, "QuARc") and not _ids(a, "QuARc") & _ids(b, "QuARC")
    assert _ids(b, "QuARC") == _ids(c, "QuARC") == _ids(d, "QuARC")


def test_which_case_pairs_are_title_typography():
    from paperkg.extract.canonical import _title_typography

    assert _title_typography("UNIFIEDQA", "UnifiedQA") and _title_typography("EmoBank", "EMOBANK")
    assert not _title_typography("SIMPLE", "SimplE") and not _title_typography("AWESOME", "AWESoME")
    assert not _title_typography("COLLAGE", "CoLLAGE") and not _title_typography("SPIN", "SpIn")
