"""Issue 10, session 24 round two (node precision), on invented sentences: spans glued across a sentence end or cut
at a hyphen, mathematical objects, number formats, lab technologies and adverb-adjective properties
(PAPERKG_PRECISION25, extract/precision25.py)."""

from __future__ import annotations

import pytest

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.precision25 import (
    PRECISION_RULES25, adverb_adjective25, cut_hit25, cut_mentions25, hyphen_cut25, lab_technology25, math_head25,
    sentence_glue25,
)
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _names(abstract: str) -> dict[str, str]:
    [paper] = extract_papers([Paper("p", None, abstract)])
    return {e.name: e.type for e in paper.entities}


def _at(text: str, word: str) -> tuple[str, int, int]:
    i = text.index(word)
    return text, i, i + len(word)


def _entity(text: str, words: list[str], typ: str = "method", long_form: str | None = None) -> LocalEntity:
    mentions, at = [], 0
    for w in words:
        i = text.index(w, at)
        mentions.append(Mention(w, i, i + len(w), 0, "rule:named"))
        at = i + len(w)
    return LocalEntity(words[0], typ, "uses", [], None, mentions, long_form=long_form)


# -- sentence-glue ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("span, text", [
    ("GLT.However", "signer-independent GLT.However, most methods"),
    ("NLP.They", "predominant in NLP.They outperform"),
    ("BERT.To", "models, e.g., BERT.To achieve the goal"),
    ("management.Post-hoc", "for risk management.Post-hoc calibrations"),
    ("ERE.Additionally", "best on ERE.Additionally, our model"),
])
def test_a_span_glued_across_a_sentence_end_is_cut(span, text):
    _, start, end = _at(text, span)
    assert sentence_glue25(span, text, end)


@pytest.mark.parametrize("span, text", [
    ("E.T.Track", "E.T.Track, our visual tracker"),  # one letter before the stop
    ("C.Elegans", "the C.Elegans roundworms"),
    ("c.z.AdaNormalGP", "referred to as c.z.AdaNormalGP, obtains"),  # a mixed-case word after the stop
    ("WN.Pr", "Princeton WordNet (WN.Pr) lexical database"),  # closed by a bracket
    ("ResNet-50", "we train ResNet-50. The model"),
    ("Node2Vec", "with Node2Vec. Then"),
])
def test_other_stops_leave_the_name(span, text):
    _, start, end = _at(text, span)
    assert not sentence_glue25(span, text, end)


def test_a_glued_name_is_no_node_and_the_part_can_be_switched_off(monkeypatch):
    text = ("Gloss translation (GLT) turns signs into text. Robustness is essential for signer-independent "
            "GLT.However, most methods need labels. We propose Zorblax, a new network for GLT.")
    assert "GLT.However" not in _names(text) and "Zorblax" in _names(text)
    monkeypatch.setenv("PAPERKG_PRECISION25", "sentence-glue")
    assert "GLT.However" in _names(text)


# -- hyphen-cut -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("span, text", [
    ("Quillby-", "the Proximal Quillby-\\Lorimer (QL) inequality"),  # a span ending in a glued hyphen
    ("Tarrant", "the so-called Tarrant\u2013Kelso expectation threshold"),
    ("Tarrant", "the Tarrant-Kelso estimator is used"),
    ("Quillby", "the Quillby\u2013{\u0141}orimer inequality"),
])
def test_a_name_cut_at_a_hyphen_before_a_capitalised_word_is_cut(span, text):
    _, start, end = _at(text, span)
    assert hyphen_cut25(span, text, end, "rule:named", "abstract")


@pytest.mark.parametrize("span, text, rule, field", [
    ("Tarrant", "the Tarrant-Kelso estimator is used", "gazetteer:curated", "abstract"),  # a listed name
    ("Tarrant", "A Tarrant-Based Parser", "rule:named", "title"),  # title case
    ("BERT", "we fine-tune BERT-Large on it", "rule:named", "abstract"),  # an acronym, a size
    ("Quillby", "the Quillby-style sampler", "rule:named", "abstract"),  # lower case after the hyphen
    ("PropBank-", "both PropBank- and FrameNet-annotated corpora", "rule:named", "abstract"),  # hyphen, space
    ("MV-Datalog+/-", "MV-Datalog+/-: Effective Reasoning", "rule:title-name", "abstract"),  # a name's end
])
def test_other_hyphens_keep_the_name(span, text, rule, field):
    _, start, end = _at(text, span)
    assert not hyphen_cut25(span, text, end, rule, field)


# -- math-object ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("completions of Vorlen matrices. In", "Vorlen"),
    ("the Vorlen matrix is", "Vorlen"),
    ("the Proximal Tarrant-Kelso (TK) inequality, which", "Tarrant-Kelso"),
    ("the classical TK condition holds", "TK"),
    ("the TK) inequality, which", "TK"),
    ("the classical Morrow theorem can", "Morrow"),
    ("a so-called Karmic property, and", "Karmic"),
])
def test_a_mathematical_object_noun_follows(text, word):
    assert math_head25(*_at(text, word)[::2])


@pytest.mark.parametrize("text, word", [
    ("we apply Vorlen to the counts", "Vorlen"),
    ("the Vorlen model of matrices", "Vorlen"),
    ("the Vorlen matrixnet", "Vorlen"),
    ("a kernelized Vorlen tensor factorization technique", "Vorlen"),  # a method on tensors
    ("with Vorlen matrix completion", "Vorlen"),
])
def test_no_mathematical_object_noun_follows(text, word):
    assert not math_head25(*_at(text, word)[::2])


def test_a_name_mostly_before_matrix_is_no_entity_of_the_paper(monkeypatch):
    text = "We complete Vorlen matrices. The Vorlen matrix is low rank, and Vorlen helps."
    kept = cut_mentions25(None, text, [_entity(text, ["Vorlen", "Vorlen", "Vorlen"])])
    assert kept == []  # two of three mentions name the matrix
    text2 = "We apply Vorlen to counts. The Vorlen matrix is low rank, and Vorlen helps."
    assert len(cut_mentions25(None, text2, [_entity(text2, ["Vorlen", "Vorlen", "Vorlen"])])) == 1
    monkeypatch.setenv("PAPERKG_PRECISION25", "math-object")
    assert len(cut_mentions25(None, text, [_entity(text, ["Vorlen", "Vorlen", "Vorlen"])])) == 1


def test_a_listed_name_before_matrix_stays():
    text = "We approximate the Hessian with the Vorlen matrix. The Vorlen matrix is cheap."
    e = _entity(text, ["Vorlen", "Vorlen"])
    e.mentions[0] = Mention("Vorlen", e.mentions[0].start, e.mentions[0].end, 0, "gazetteer:classical")
    assert len(cut_mentions25(None, text, [e])) == 1
    e = _entity(text, ["Vorlen", "Vorlen"])
    e.entry = "method:vorlen"
    assert len(cut_mentions25(None, text, [e])) == 1


def test_a_metric_before_matrix_stays():
    text = "we compute a cosine similarity matrix between the maps"
    assert len(cut_mentions25(None, text, [_entity(text, ["cosine similarity"], typ="metric")])) == 1


# -- data-type --------------------------------------------------------------------------------------------------------

def test_a_number_format_is_no_node_and_the_part_can_be_switched_off(monkeypatch):
    text = ("Our kernels take two pairs of INT16 operands and accumulate into an INT32 output. INT16 training reaches "
            "the FP32 accuracy of ResNet-50 on ImageNet.")
    got = _names(text)
    assert "INT16" not in got and "ResNet-50" in got and "ImageNet" in got
    monkeypatch.setenv("PAPERKG_PRECISION25", "data-type")
    assert "INT16" in _names(text)


def test_number_formats_by_mention():
    text = "we train in BF16 and FP8 but not with FPN or INT"
    for word in ("BF16", "FP8"):
        kept = cut_mentions25(None, text, [_entity(text, [word], typ="model")])
        assert kept == []
    for word in ("FPN", "INT"):
        assert len(cut_mentions25(None, text, [_entity(text, [word], typ="model")])) == 1


# -- lab-technology ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["single-cell RNA sequencing", "Adaptive Optics", "cryo-electron microscopy",
                                  "mass spectrometry", "optical coherence tomography"])
def test_a_lab_technology_name(name):
    assert lab_technology25(name)


@pytest.mark.parametrize("name", ["sequence labelling", "Optical Flow", "RNA-seq Transformer", "TomoNet"])
def test_not_a_lab_technology_name(name):
    assert not lab_technology25(name)


def test_a_lab_technology_is_no_node_with_its_short_form(monkeypatch):
    text = ("Single-cell RNA sequencing (scRNA-seq) measures gene expression. We propose CellFormer, a transformer "
            "for scRNA-seq data, and test it on three atlases.")
    got = _names(text)
    assert "CellFormer" in got and not any("sequencing" in n.lower() or n == "scRNA-seq" for n in got)
    monkeypatch.setenv("PAPERKG_PRECISION25", "lab-technology")
    assert any("sequencing" in n.lower() for n in _names(text))


def test_a_lab_technology_task_stays():
    text = "A hidden Markov model for de novo peptide sequencing"
    e = _entity(text, ["de novo peptide sequencing"], typ="task")
    assert len(cut_mentions25(None, text, [e])) == 1


# -- adverb-adjective -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("span", ["differentially private", "Differentially Private", "Strongly Adaptive",
                                  "Predominantly CAD", "fully-connected", "locally smooth"])
def test_an_adverb_and_an_adjective_is_no_name(span):
    assert adverb_adjective25(span)


@pytest.mark.parametrize("span", ["Early Stopping", "Daily Dialogue", "Deeply AggreVaTeD", "doubly robust",
                                  "Recursively Thinking-Ahead", "Friendly Training", "locally differentially private",
                                  "Assembly Calculus"])
def test_other_ly_words_stay(span):
    assert not adverb_adjective25(span)


def test_an_adverb_adjective_defined_with_a_short_form_is_no_node(monkeypatch):
    text = ("We study differentially private (DP) algorithms for histograms. DP algorithms add noise to counts, and "
            "we give a new DP mechanism, ZetaHist.")
    got = _names(text)
    assert "ZetaHist" in got and "differentially private" not in {n.lower() for n in got}
    monkeypatch.setenv("PAPERKG_PRECISION25", "adverb-adjective")
    assert "differentially private" in {n.lower() for n in _names(text)}


# -- the second look --------------------------------------------------------------------------------------------------

def test_a_second_look_hit_is_cut_by_part(monkeypatch):
    text = "completions of Vorlen matrices and signer-independent GLT.However, the INT16 path of Vorlen"
    matrix, glued, dtype, plain = (_at(text, "Vorlen")[1:], _at(text, "GLT.However")[1:], _at(text, "INT16")[1:],
                                   (text.rindex("Vorlen"), len(text)))
    assert cut_hit25(text, *matrix, "method", "Vorlen") and cut_hit25(text, *glued, "method", "GLT.However")
    assert cut_hit25(text, *dtype, "method", "INT16") and not cut_hit25(text, *plain, "method", "Vorlen")
    assert cut_hit25(text, *plain, "method", "single-cell RNA sequencing")  # the name says lab technology
    assert not cut_hit25(text, *matrix, "metric", "Vorlen")
    monkeypatch.setenv("PAPERKG_PRECISION25", "off")
    assert not any(cut_hit25(text, *span, "method", "Vorlen") for span in (matrix, glued, dtype))
    assert len(PRECISION_RULES25) == 6
