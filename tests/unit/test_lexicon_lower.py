"""Lower-case technique names the corpus confirms (issue 10, session 15): lookup, switch, the shipped list's guards.
Invented names and sentences."""

from __future__ import annotations

from paperkg.extract import lexicon_lower
from paperkg.extract.lexicon import non_entity_kind
from paperkg.extract.lexicon_lower import PHRASE, RULE, TECHNIQUE_HEADS, LowerLexicon, lower_entities, read_names
from paperkg.extract.pipeline import extract_local
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity

LEX = LowerLexicon(["wombat descent", "stochastic wombat descent", "follow the quokka leader"])


def test_finds_lower_case_word_sequences_only():
    text = "We run wombat descent, Wombat Descent and follow the quokka leader."
    assert [h[2] for h in LEX.find(text, [])] == ["wombat descent", "follow the quokka leader"]


def test_whole_words_only():
    text = "A wombat descent-based rule, non-wombat descent, wombat descents and xwombat descent."
    assert LEX.find(text, []) == []


def test_longest_name_first():
    assert [h[2] for h in LEX.find("With stochastic wombat descent.", [])] == ["stochastic wombat descent"]


def test_what_the_paper_found_stands():
    text = "the stochastic wombat descent method"
    assert LEX.find(text, [(4, 36)]) == []


def test_entities_are_methods_the_paper_uses_and_skip_names_it_has(monkeypatch):
    monkeypatch.setattr(lexicon_lower, "lexicon", lambda: LEX)
    text = "Wombat Descent (WD) is slow; wombat descent again, and follow the quokka leader: follow the quokka leader."
    found = Mention("Wombat Descent", 0, 14, 0, "abbreviation")
    have = [LocalEntity("Wombat Descent", "method", "uses", ["WD"], None, [found])]
    new = lower_entities(text, have, [(0, len(text))])
    assert [(e.name, e.type, e.role, e.mentions[0].rule, len(e.mentions)) for e in new] == [
        ("follow the quokka leader", "method", "uses", RULE, 2)]


def test_off_by_default_and_on_by_switch(monkeypatch):
    lexicon_lower.lexicon.cache_clear()
    try:
        monkeypatch.delenv("PAPERKG_LOWER_LEXICON", raising=False)
        assert len(lexicon_lower.lexicon()) == 0
        lexicon_lower.lexicon.cache_clear()
        monkeypatch.setenv("PAPERKG_LOWER_LEXICON", "on")
        assert len(lexicon_lower.lexicon()) > 100
    finally:
        lexicon_lower.lexicon.cache_clear()


def test_extraction_finds_a_listed_name_without_a_cue(monkeypatch):
    paper = Paper("x1", "Counting wombats", "Counts are fitted by stochastic wombat descent on night images.")
    monkeypatch.setattr(lexicon_lower, "lexicon", lambda: LowerLexicon(()))
    before = extract_local([paper])[0].entities
    monkeypatch.setattr(lexicon_lower, "lexicon", lambda: LEX)
    after = extract_local([paper])[0].entities
    assert "stochastic wombat descent" not in {e.name for e in before}
    assert ("stochastic wombat descent", "method") in {(e.name, e.type) for e in after}


def test_shipped_list_keeps_its_guards():
    path = lexicon_lower.__file__.replace("lexicon_lower.py", "data/lower_names.tsv")
    names = read_names(open(path, encoding="utf-8").read())
    assert len(names) > 100
    for name in names:
        assert PHRASE.fullmatch(name), name
        assert name.split()[-1] in TECHNIQUE_HEADS, name
        assert not non_entity_kind(name), name
