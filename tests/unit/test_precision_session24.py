"""Issue 10, session 24 (node precision), on invented sentences: the learned tagger's adds pass the resolver's junk
filters, software nouns misread, author citations and names cut from a lower-case compound (PAPERKG_PRECISION24)."""

from __future__ import annotations

import re

import pytest

from paperkg.extract import junk
from paperkg.extract.junk import software_reason
from paperkg.extract.name_tagger import tagger_junk24
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.precision24 import compound_cut24, cited_author24, cut_hit24, software_noun_misread24
from paperkg.extract.records import Paper


def _names(title: str | None, abstract: str) -> dict[str, str]:
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: e.type for e in paper.entities}


def _at(text: str, word: str) -> tuple[str, int, int]:
    i = text.index(word)
    return text, i, i + len(word)


# -- citation-author ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("as in the reranker of Harbinson and Plover (2011), we", "Harbinson"),
    ("as in the reranker of Harbinson and Plover (2011), we", "Plover"),
    ("the word clusters of Quillby et al. (1994) help", "Quillby"),
    ("the alignment model (Quillby & al., 1994) helps", "Quillby"),
    ("a tagger (McTavish, 2003; Orr, 2005) is used", "McTavish"),
    ("the scoring of DeWinter (1999) is kept", "DeWinter"),
    ("the Adam files of the corpus (Quillby 1973) are used", "Quillby"),
])
def test_a_word_before_an_author_citation_is_a_person(text, word):
    assert cited_author24(*_at(text, word))


@pytest.mark.parametrize("text, word", [
    ("results on the Quillby corpus and on Plover are", "Quillby"),
    ("we test on ZORBA (2014) and MUC-9 (1997) data", "ZORBA"),  # no lower-case letter: a data name, not a surname
    ("we test on ZORBA (2014) and MUC-9 (1997) data", "MUC-9"),
    ("results on Quillby 2013 and Plover 2014 are", "Quillby 2013"),  # not one word
    ("results on Tarn and KBP 2016 are", "Tarn"),  # "and" a data name with a year, no citation
    ("results on Yelp 2013 and Yelp 2014 are", "Yelp"),  # a year after a space, no bracket before the name
])
def test_other_words_before_years_are_no_person(text, word):
    assert not cited_author24(*_at(text, word))


_QUILLBY = [Paper("a", None, "We parse the Quillby corpus with Stackformer and report F1 on the Quillby corpus."),
            Paper("b", None, "We tag the Quillby corpus with a new tagger, StackTag, and report accuracy."),
            Paper("c", None, "The word clusters of Quillby et al. (1992) help our new parser, Stackformer, on long sentences.")]


def _by_paper(papers) -> dict[str, set[str]]:
    return {p.id: {e.name for e in p.entities} for p in extract_papers(papers)}


def test_a_confirmed_name_is_not_found_in_an_author_citation():
    got = _by_paper(_QUILLBY)
    assert "Quillby" in got["a"] and "Quillby" in got["b"] and "Quillby" not in got["c"]


def test_citation_author_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION24", "citation-author")
    assert "Quillby" in _by_paper(_QUILLBY)["c"]  # the corpus's second look found it in the citation


def test_a_second_look_hit_is_cut_by_part(monkeypatch):
    text = "the clusters of Quillby et al. (1992) and non-linear regression"
    cited, cut = _at(text, "Quillby")[1:], _at(text, "linear regression")[1:]
    assert cut_hit24(text, *cited, "dataset") and cut_hit24(text, *cut, "method")
    assert not cut_hit24(text, *cut, "task")  # a task in a compound is the gazetteer's choice ("multi-object tracking")
    monkeypatch.setenv("PAPERKG_PRECISION24", "citation-author,compound-cut")
    assert not cut_hit24(text, *cited, "dataset") and not cut_hit24(text, *cut, "method")


# -- compound-cut -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("for non-linear regression the model", "linear regression"),
    ("we use global k-max pooling", "max pooling"),
    ("a meta-knowledge distillation strategy", "knowledge distillation"),
    ("End-to-end aspect-based sentiment analysis (EASA)", "end aspect-based sentiment analysis"),
])
def test_a_name_inside_a_lower_case_compound_is_cut(text, word):
    assert compound_cut24(*_at(text, word))


@pytest.mark.parametrize("text, word", [
    ("a CNN-bidirectional LSTM tagger", "bidirectional LSTM"),  # two names joined by a hyphen
    ("the frameworks---autoencoders and", "autoencoders"),  # a dash
    ("we use linear regression here", "linear regression"),
    ("the token-Pruned Pose Transformer", "Pruned Pose Transformer"),  # upper case: left alone
])
def test_other_hyphens_leave_the_name(text, word):
    assert not compound_cut24(*_at(text, word))


_COMPOUND = ("We fit the response with non-linear regression and compare it with gradient boosting. Our estimator "
             "needs no tuning.")


def test_a_cut_gazetteer_name_is_no_node(monkeypatch):
    assert "linear regression" not in {n.lower() for n in _names(None, _COMPOUND)}
    monkeypatch.setenv("PAPERKG_PRECISION24", "compound-cut")
    monkeypatch.setenv("PAPERKG_PRECISION59", "off")  # precision59 drops a name after "non-" too
    assert "linear regression" in {n.lower() for n in _names(None, _COMPOUND)}


_CUT_TASK = ("End-to-end aspect-based sentiment analysis (EASA) has two sub-tasks. We propose ZetaSent, a joint model "
             "for EASA, and report F1 on three review sets.")


def test_a_task_defined_cut_from_a_compound_is_no_node(monkeypatch):
    assert not any("aspect-based" in n.lower() for n in _names(None, _CUT_TASK))
    monkeypatch.setenv("PAPERKG_PRECISION24", "compound-cut")
    assert "end aspect-based sentiment analysis" in {n.lower() for n in _names(None, _CUT_TASK)}


# -- software-cue ------------------------------------------------------------------------------------------------------

def _software(text: str, name: str) -> str | None:
    i = text.index(name)
    return software_reason(name, [("abstract", i, i + len(name))], {"abstract": text})


@pytest.mark.parametrize("text, name", [
    ("Recently, ZetaKernel is an application of tangent kernels to graphs.", "ZetaKernel"),
    ("We introduce ZetaRNN, the first application of a linear RNN to video.", "ZetaRNN"),
    ("ZetaOpt outperforms standard optimisers by far.", "ZetaOpt"),
    ("FedZeta adopts schema-weight decoupling for privacy.", "FedZeta"),
    ("FedZeta uses APP to weigh the clients.", "FedZeta"),
    ("the Zeta Attention model (ZAM) for application to health records", "ZAM"),
    ("We propose ZetaHIN. In ZetaHIN, a network schema sampling method is first proposed.", "ZetaHIN"),
])
def test_a_software_noun_misread_is_no_software(text, name):
    assert _software(text, name) is None


@pytest.mark.parametrize("text, name", [
    ("We present ZetaKit, an open-source toolkit for parsing.", "ZetaKit"),
    ("This paper presents ZetaWeb, a web-based application to browse corpora.", "ZetaWeb"),
    ("the ZetaNLP library is fast", "ZetaNLP"),
    ("ZetaAnno is an annotation tool for dialogue.", "ZetaAnno"),
    ("the ZetaML annotation format is used", "ZetaML"),
    ("This paper describes the efforts made to make ZetaAnno a tool that meets them.", "ZetaAnno"),
    ("We present the Zeta Map of Language Resources and Tools, a new feature.", "Zeta Map of Language Resources"),
])
def test_software_is_still_software(text, name):
    assert _software(text, name)


def test_software_cue_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_PRECISION24", "software-cue")
    assert _software("ZetaOpt outperforms standard optimisers by far.", "ZetaOpt")


def test_misread_helper_reads_the_noun():
    text = "ZetaOpt outperforms standard optimisers"
    m = junk.SOFTWARE_AFTER.match(text, len("ZetaOpt"))
    assert m is not None and software_noun_misread24(text, m, len("ZetaOpt"), True)
    assert not software_noun_misread24("ZetaKit toolkit", re.match(r"\s*toolkit", " toolkit"), 0, False)


# -- tagger-junk -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("surface, typ, text", [
    ("ZetaKit", "method", "We present ZetaKit, an open-source toolkit for building dialogue systems."),
    ("Zeta News Agency", "benchmark", "Corpora of the Mainichi Newspaper and the Zeta News Agency are used."),
    ("ZetaNet+ZetaSet", "benchmark", "Results on ZetaNet, ZetaSet and ZetaNet+ZetaSet are given."),
])
def test_a_tagger_add_meets_the_junk_filters(surface, typ, text, monkeypatch):
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]
    assert tagger_junk24(surface, typ, "", text, spans)
    monkeypatch.setenv("PAPERKG_PRECISION24", "tagger-junk")
    assert not tagger_junk24(surface, typ, "", text, spans)


@pytest.mark.parametrize("surface, typ, text", [
    ("ZetaSports", "benchmark", "We report accuracy on ZetaSports and on UCF101."),  # the shape filters are skipped
    ("ZetaFormer", "method", "ZetaFormer outperforms the baselines on three benchmarks."),
])
def test_a_plain_tagger_add_passes(surface, typ, text):
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]
    assert not tagger_junk24(surface, typ, "", text, spans)
