"""Parts of session 22 (issue 10): a listed name with a word or two in front that the corpus defines as a longer
name (extract/recall_rules.py, section "session 22"). Sentences written for these tests (invented), not taken from
any gold file or corpus abstract; the end-to-end cases are checked to fail with the part switched off
(PAPERKG_RECALL22).
"""

from __future__ import annotations

from extract_cases import entity_types as _entities  # tests/extract_cases.py

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.recall_rules import extended_name_spans
from paperkg.extract.records import Paper

WHOLE = "Our walking robot is trained with the natural policy gradient on a toy maze of ten rooms."


def test_a_mined_extension_of_a_listed_name_is_found_whole():
    found = _entities(WHOLE)
    assert found.get("natural policy gradient") == "method"
    assert "policy gradient" not in found


def test_the_extended_name_part_off(monkeypatch):
    # session 28's variant-modifier part (recall30: a variant adjective before a listed method) finds this name
    # too, so both are off here to see what extended-name alone adds
    monkeypatch.setenv("PAPERKG_RECALL22", "extended-name")
    monkeypatch.setenv("PAPERKG_RECALL30", "variant-modifier")
    found = _entities(WHOLE)
    assert "natural policy gradient" not in found


def test_either_part_alone_finds_the_name(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL22", "extended-name")
    assert _entities(WHOLE).get("natural policy gradient") == "method"
    monkeypatch.setenv("PAPERKG_RECALL22", "")
    monkeypatch.setenv("PAPERKG_RECALL30", "variant-modifier")
    assert _entities(WHOLE).get("natural policy gradient") == "method"


def test_spans_hyphens_case_and_word_edges():
    text = "We compare Black Box Variational Inference with black-box variational inference and a pre-natural policy gradient."
    spans = [(text[s:e], t) for s, e, t, _ in extended_name_spans(text)]
    # any case, a hyphen or a space between words; not inside a longer hyphenated word
    assert spans == [("Black Box Variational Inference", "method"), ("black-box variational inference", "method")]
    # the listed part alone is no extension
    assert extended_name_spans("We run the policy gradient method.") == []
    # two spaces or a line break between the words: not the name written whole
    assert extended_name_spans("the natural,  policy gradient") == []


def test_switched_off_by_name(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL22", "off")
    assert extended_name_spans("the natural policy gradient") == []


STACK = ("Our shift-reduce parser reads the top of the stack and the next word of the buffer. We also pre-train "
         "a small code model on The Stack.")


def _stack_mentions() -> list[str]:
    [paper] = extract_papers([Paper("p", None, STACK)])
    return [m.text for e in paper.entities if e.name == "The Stack" for m in e.mentions]


def test_an_article_name_matches_only_with_its_word_capitalised():
    assert _stack_mentions() == ["The Stack"]


def test_the_article_name_part_off(monkeypatch):
    from paperkg.extract import pipeline

    monkeypatch.setenv("PAPERKG_RECALL22", "article-name")
    pipeline._worker_state.cache_clear()  # the gazetteer's patterns are built with the pipeline
    try:
        assert "the stack" in _stack_mentions()
    finally:
        monkeypatch.delenv("PAPERKG_RECALL22")
        pipeline._worker_state.cache_clear()


def test_article_name_shape(monkeypatch):
    from paperkg.extract.recall_rules import article_name

    assert article_name("The Stack") and article_name("the Pile")
    assert not article_name("The ARRAU Corpus") and not article_name("The COLOSSEUM") and not article_name("Stack")
    monkeypatch.setenv("PAPERKG_RECALL22", "article-name")
    assert not article_name("The Stack")
