"""The mined name lexicon (issue 10, session 8): lookup rules and the shipped list's guards. Invented sentences."""

from __future__ import annotations

from pathlib import Path

from paperkg.extract import lexicon_mined
from paperkg.extract.gazetteer import load_entries
from paperkg.extract.lexicon import non_entity_kind
from paperkg.extract.lexicon_mined import RULE, MinedLexicon, mined_entities, read_names
from paperkg.extract.pipeline import extract_local
from paperkg.extract.records import Paper
from paperkg.extract.resolve import LocalEntity
from paperkg.extract.records import Mention

LEX = MinedLexicon({"QuokkaNet": "method", "Quokka Net v2": "method", "Marsupial Faces": "dataset"})


def test_finds_whole_words_in_their_own_case():
    text = "We train QuokkaNet and quokkanet on Marsupial Faces."
    assert [(s, t) for _, _, s, t in LEX.find(text, [])] == [("QuokkaNet", "method"), ("Marsupial Faces", "dataset")]


def test_never_inside_a_longer_word_or_version():
    text = "QuokkaNet-2, QuokkaNets, XQuokkaNet and QuokkaNet+ are other models."
    assert LEX.find(text, []) == []


def test_longest_name_first():
    hits = LEX.find("Quokka Net v2 is fast.", [])
    assert [h[2] for h in hits] == ["Quokka Net v2"]


def test_what_the_paper_found_stands():
    text = "the Marsupial Faces Extended set"
    assert LEX.find(text, [(4, 32)]) == []


def test_mined_entities_skip_names_the_paper_has(monkeypatch):
    text = "QuokkaNet beats the baseline on Marsupial Faces."
    have = [LocalEntity("Marsupial Faces", "benchmark", "uses", [], None, [Mention("Marsupial Faces", 32, 47, 0, "rule:x")])]
    monkeypatch.setattr(lexicon_mined.STEPS, "lexicon", lambda: LEX)
    new = mined_entities("A title", text, have, [(0, len(text))])
    assert [(e.name, e.type, e.role, e.mentions[0].rule) for e in new] == [("QuokkaNet", "method", "uses", RULE)]


def test_extraction_finds_a_mined_name_without_a_cue(monkeypatch):
    paper = Paper("x1", "Counting wombats", "Detectors trained on Marsupial Faces generalise poorly to night images.")
    monkeypatch.setattr(lexicon_mined.STEPS, "lexicon", lambda: MinedLexicon({}))
    before = extract_local([paper])[0].entities
    monkeypatch.setattr(lexicon_mined.STEPS, "lexicon", lambda: LEX)
    after = extract_local([paper])[0].entities
    assert "Marsupial Faces" not in {e.name for e in before}
    assert ("Marsupial Faces", "dataset") in {(e.name, e.type) for e in after}


def test_shipped_list_keeps_its_guards():
    # the data folder next to the module (its __file__ is the .so where it runs compiled)
    names = read_names((Path(lexicon_mined.__file__).parent / "data" / "mined_names.tsv").read_text(encoding="utf-8"))
    listed = {f.lower() for e in load_entries() for f in e.forms}
    for name, typ in names.items():
        assert typ in ("method", "model", "dataset", "benchmark")
        assert name.lower() not in listed, name  # the gazetteer finds those
        assert not non_entity_kind(name), name
        assert name[:1].isupper() or name[:1].isdigit(), name


def test_not_part_of_a_longer_capitalised_name():
    assert LEX.find("We use Giant QuokkaNet here.", []) == []
    assert LEX.find("We use QuokkaNet Plus here.", []) == []
    assert [h[2] for h in LEX.find("It works. QuokkaNet is used.", [])] == ["QuokkaNet"]
    assert [h[2] for h in LEX.find("QuokkaNet is used.", [])] == ["QuokkaNet"]
    assert [h[2] for h in LEX.find("Scalable QuokkaNet by Pruning", [], title=True)] == ["QuokkaNet"]


def test_a_form_the_paper_defines_means_what_the_paper_says(monkeypatch):
    monkeypatch.setattr(lexicon_mined.STEPS, "lexicon", lambda: MinedLexicon({"QNT": "dataset"}))
    text = "We call it quokka noise tolerance (QNT); QNT grows with depth."
    assert mined_entities(None, text, [], [(0, len(text))], [("QNT", "quokka noise tolerance")]) == []
    assert [e.name for e in mined_entities(None, text, [], [(0, len(text))])] == ["QNT"]


def test_a_long_form_the_paper_defines_is_still_found(monkeypatch):
    monkeypatch.setattr(lexicon_mined.STEPS, "lexicon", lambda: MinedLexicon({"Quokka Noise Tolerance": "method"}))
    text = "We use Quokka Noise Tolerance (QNT) for depth."
    hits = mined_entities(None, text, [], [(0, len(text))], [("QNT", "Quokka Noise Tolerance")])
    assert [e.name for e in hits] == ["Quokka Noise Tolerance"]


def test_a_name_as_the_modifier_of_a_paradigm_or_tool_is_not_found():
    lex = MinedLexicon({"QAC": "method", "Wombat": "dataset"})
    assert lex.find("In the QAC setting and with a QAC library we learn.", []) == []
    assert lex.find("We extend Wombat$10$ here.", []) == []
    assert [h[2] for h in lex.find("We learn with QAC on Wombat.", [])] == ["QAC", "Wombat"]


def test_a_shape_guess_takes_the_confirmed_type(monkeypatch):
    monkeypatch.setattr(lexicon_mined.STEPS, "lexicon", lambda: MinedLexicon({"WOMBAT": "dataset"}))
    text = "WOMBAT is hard. We study WOMBAT."
    guess = LocalEntity("WOMBAT", "method", "uses", [], None, [Mention("WOMBAT", 0, 6, 0, "rule:repeated-name")])
    cued = LocalEntity("WOMBAT", "method", "uses", [], None, [Mention("WOMBAT", 0, 6, 0, "rule:named")])
    mined_entities(None, text, [guess], [(0, len(text))])
    mined_entities(None, text, [cued], [(0, len(text))])
    assert (guess.type, cued.type) == ("dataset", "method")


def test_a_plain_word_in_a_title_is_not_taken():
    lex = MinedLexicon({"Burrows": "dataset"})
    assert lex.find("Back to the Burrows: Counting Wombats", [], title=True) == []
    assert [h[2] for h in lex.find("We count wombats on Burrows.", [])] == ["Burrows"]
