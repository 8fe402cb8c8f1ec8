"""speed52 (session 48, docs/history/speed52.md): the result pass's faster forms give the old answers."""

from __future__ import annotations

import copy
import re

import pytest

from paperkg.extract import memo, results53
from paperkg.extract import results as R
from result_cases import paper_with_entities as _paper  # tests/result_cases.py

_OLD_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9\"'(\[])")


def _old_sentence_spans(text: str) -> list[tuple[int, int]]:
    """results.sentence_spans before speed52."""
    spans, start = [], 0
    for m in _OLD_SENTENCE_END.finditer(text):
        spans.append((start, m.start() + 1))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _old_is_french(text: str) -> bool:
    return len(re.findall(r"\b(?:les|des|une|est|avec|pour|dans|nous|cette|sont|sur|aux|du|notre|nos|qui)\b",
                          text)) >= 5


# written for the tests
FR = ("Nous décrivons les données et les systèmes pour cette tâche avec des exemples. Notre modèle atteint une "
      "précision de 91,4 % sur les relations.")
EN = "On FooBank, FooNet reaches an accuracy of 85,5% and BarNet 80.1%. We describe the data (see Sec. 2). Done!"
TEXTS = [FR, EN, "", "No digits here at all.", "Les des une est avec", "les des une est avec pour",
         "Dimension x² only.", "Arabic-Indic digit \u0663 only.", "Fullwidth \uff13 only.", "Café au lait.",
         "A one-sentence text", "First one. Second one! Third? 4 more. (Bracket) starts. \"Quoted\" too.",
         "e.g. this. And vs. 71.2 there. \u00c9t\u00e9 . Fin."]


@pytest.mark.parametrize("text", TEXTS)
def test_has_digit_agrees_with_the_old_loop(text: str) -> None:
    assert results53._has_digit53(text) == any(ch.isdigit() for ch in text)


def test_has_digit_sees_digits_beyond_ascii() -> None:
    assert results53._has_digit53("x\u00b2") is True  # a superscript is isdigit
    assert results53._has_digit53("\u0663") is True
    assert results53._has_digit53("caf\u00e9") is False
    assert results53._has_digit53("abc") is False


def test_is_french_agrees_with_the_old_search_when_asked_again_and_past_the_cache() -> None:
    texts = TEXTS + [FR + " " * i for i in range(12)] + [EN + " " * i for i in range(12)]
    for _ in range(3):  # asked again: cached answers; more than 8 texts: the cache is emptied on the way
        for text in texts:
            assert results53.is_french53(text) == _old_is_french(text), text
    assert results53.is_french53(FR) is True and results53.is_french53(EN) is False
    assert len(results53._FRENCH_SEEN53) <= 8


def test_sentence_spans_agree_with_the_old_scan_and_each_caller_gets_its_own_list() -> None:
    for _ in range(3):
        for text in TEXTS + [t + " Another one." for t in TEXTS]:
            assert R.sentence_spans(text) == _old_sentence_spans(text), text
    text = TEXTS[-2]
    first = R.sentence_spans(text)
    first.append((0, 0))
    first[0] = (99, 99)
    assert R.sentence_spans(text) == _old_sentence_spans(text)  # a caller's change stays its own
    assert len(R._SENTENCES_SEEN) <= 8


PAPERS = [
    ("On FooBank, FooNet reaches an accuracy of 91.2% and BarNet 88.0%.", {"FooBank": "dataset", "FooNet": "method",
                                                                          "BarNet": "method"}),
    ("Le système obtient une F-mesure de 11,86 points sur les données." + " Nous décrivons les données et les "
     "systèmes pour cette tâche avec des exemples.", {}),
    ("FooNet brings large improvements in Frechet Inception Distance (FID, up to 21.5%) on FooBank.",
     {"FooBank": "dataset", "FooNet": "method"}),
    ("We study parsing without any numbers.", {}),
]


def _dicts(papers) -> list[dict]:
    return [p.to_dict() for p in papers]


def test_attach_results_gives_the_old_loops_results() -> None:
    papers = [_paper(text, ents) for text, ents in PAPERS]
    old = copy.deepcopy(papers)
    R._attach_results(old)  # the loop as it ran before speed52 (no fixed environment)
    assert memo._state.__dict__.get("fixed") is None
    assert _dicts(R.attach_results(papers)) == _dicts(old)
    assert any(p.results for p in papers)
    assert memo._state.__dict__.get("fixed") is None  # the copy is dropped after the pass


def test_attach_results_reads_a_switch_set_before_the_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    text, ents = PAPERS[1]
    monkeypatch.delenv("PAPERKG_RESULTS53", raising=False)
    assert 11.86 in {r.value for r in R.attach_results([_paper(text, ents)])[0].results}
    monkeypatch.setenv("PAPERKG_RESULTS53", "decimal-comma")
    assert 11.86 not in {r.value for r in R.attach_results([_paper(text, ents)])[0].results}


@pytest.mark.parametrize("text", ["BERT-X_L) beats BERT on SQuAD.", "We fine-tune BERT-L. on SQuAD_X and compare with BERT.",
                                  "", "No listed name here."])
def test_gazetteer_reads_the_kept_text_as_it_read_doc_text(text: str) -> None:
    from paperkg.extract.pipeline import _worker_state

    nlp, _ = _worker_state()
    gazetteer = nlp.get_pipe("paperkg_gazetteer")
    old = gazetteer(nlp.make_doc(text))  # no kept text: doc.text, as before speed52
    doc = nlp.make_doc(text)
    doc.user_data["paperkg_text"] = text  # as extract_local keeps it
    new = gazetteer(doc)
    assert [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in new.spans["gazetteer"]] == [
        (s.start_char, s.end_char, s.label_, s.kb_id_) for s in old.spans["gazetteer"]]
    if text.startswith("BERT-X_L)"):  # precision55 drops the head of the joined name, and keeps the later BERT
        assert [s.start_char for s in new.spans["gazetteer"] if s.text == "BERT"] == [16]
