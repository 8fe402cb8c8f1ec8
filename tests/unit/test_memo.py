"""Session 12's speed-ups skip work only where the plain code finds nothing (extract/memo.py and its users)."""

import os
import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from paperkg.extract import junk, memo, recall_rules, rules


# --- the ablation switches, read once a batch ------------------------------------------------------------------

def test_env_reads_the_environment_outside_a_batch(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL11", "shared-task")
    assert memo.env("PAPERKG_RECALL11") == "shared-task"
    assert "shared-task" in recall_rules._off11()
    monkeypatch.setenv("PAPERKG_RECALL11", "")
    assert recall_rules._off11() == frozenset()  # a change is seen at once: nothing is kept between calls


def test_env_reads_a_copy_inside_a_batch(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL11", "off")
    with memo.fixed_environment():
        assert recall_rules._off11() == frozenset(recall_rules.RULES11)
        os.environ["PAPERKG_RECALL11"] = ""  # nothing sets one while extracting; a copy does not see it
        assert recall_rules._off11() == frozenset(recall_rules.RULES11)
        with memo.fixed_environment():  # nested: its own copy, then the outer one again
            assert recall_rules._off11() == frozenset()
        assert recall_rules._off11() == frozenset(recall_rules.RULES11)
    assert recall_rules._off11() == frozenset()


def test_each_thread_has_its_own_copy(monkeypatch):
    import threading

    monkeypatch.setenv("PAPERKG_RECALL11", "off")
    seen = []
    with memo.fixed_environment():
        worker = threading.Thread(target=lambda: seen.append(memo.env("PAPERKG_RECALL11")))
        os.environ["PAPERKG_RECALL11"] = "shared-task"
        worker.start()
        worker.join()
        assert memo.env("PAPERKG_RECALL11") == "off"
    assert seen == ["shared-task"]  # another thread outside a batch reads the environment itself


def test_extract_local_reads_the_switches_of_its_call(monkeypatch):
    from paperkg.extract.pipeline import extract_local
    from paperkg.extract.records import Paper

    paper = Paper(id="p1", title="A Study", abstract="We compare with classic approaches such as QRST and PBOX on all tasks.")
    names = lambda: {e.name for r in extract_local([paper]) for e in r.entities}  # noqa: E731
    assert "QRST" in names()
    monkeypatch.setenv("PAPERKG_RECALL9", "off")
    assert "QRST" not in names()
    monkeypatch.delenv("PAPERKG_RECALL9")
    assert "QRST" in names() and getattr(memo._state, "fixed", None) is None


# --- lower-cased text stands for (?i) matching ----------------------------------------------------------------

def test_lowered_finds_what_ignorecase_finds_for_every_character():
    # Every character (?i) matches to an ASCII letter either lowers to that letter alone or is one lowered() refuses.
    every = "".join(map(chr, range(0x80, sys.maxunicode + 1)))
    for ch in set(re.findall("(?i)[a-z]", every)):
        assert ch in memo._FOLD_APART or (len(ch.lower()) == 1 and re.fullmatch(f"(?i){ch.lower()}", ch)), hex(ord(ch))
    assert memo.lowered("a \u017fensor") is None and memo.lowered("\u0130nput") is None
    assert memo.lowered("A Robot") == "a robot"


# --- kind_reason's gate: never False where a kind phrase is -----------------------------------------------------

KIND_ANY = re.compile(rf"(?i:{junk.NOT_ENTITY_KINDS})")
KIND_PIECES = ["robot", "Robots", "HARDWARE", "device", "sensors", "Camera", "radar", "headset", "drones", "chip",
               "processors", "microcontroller", "markup", "Modeling", "modelling", "programming", "query", "language",
               "Languages", "annotation", "schemes", "schema", "style", "standards", "guidelines", "tag", "set",
               "Tagset", "workshop", "Symposium", "symposia", "quadruped", "domain-specific", "stage", "K", "\u017f",
               "\u0130", "\u0131", "the", "X", "\t", "\n", " ", "  ", ",", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(KIND_PIECES), max_size=8).map(" ".join))
@example("an annotation  scheme")
@example("the Tag\tSet of X")
@example("a programming\nlanguage")
@example("a \u017fen\u017for")  # long s: (?i) reads it as "s"
@example("hardwar\u0130 device")
def test_kind_gate_passes_every_text_with_a_kind_phrase(text):
    if KIND_ANY.search(text):
        assert junk.may_name_kind(text)


def test_kind_gate_skips_plain_text_and_keeps_the_reason():
    assert not junk.may_name_kind("We propose GraphFlow, a method for parsing.")
    text = "We run it on an ANYmal-D quadruped robot. ANYmal-D walks."
    start = text.index("ANYmal-D")
    assert junk.kind_reason("ANYmal-D", [("abstract", start, start + 8)], {"abstract": text})


# --- the naming-verb rule's anchor ----------------------------------------------------------------------------

NAMING_PIECES = ["we", "We", "which we", "that we", "will", "henceforth", "call", "term", "dub", "name", "named",
                 "refer", "referred", "to", "as", "denoted", "it", "this", "a", "new", "method", "X-Net", "GraphFlow",
                 "\t", "\n", " ", "  ", ",", '"']


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NAMING_PIECES), max_size=10).map(" ".join))
@example("which we\tcall\nGraphFlow")
@example("we name it X-Net")
@example("We will term it GraphFlow")
@example("we dub this new method X-Net")
@example("referred to as GraphFlow")
@example("denoted as X-Net")
def test_naming_verb_anchor_is_in_every_match(text):
    if rules.NAMING_VERB.search(text):
        assert rules.NAMING_VERB_ANCHOR.search(text)


def test_naming_verb_rule_still_names():
    assert rules.naming_verb_spans("A parser, which we call GraphFlow, wins.") == [(24, 33, "unknown", "rule:named")]
    assert rules.naming_verb_spans("A parser which we\tcall GraphFlow wins.") == [(23, 32, "unknown", "rule:named")]
    assert rules.naming_verb_spans("A callable name for terms.") == []


# --- results: the apostrophe fold only where there is one to fold -------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ’‘′`'\u2032x", max_size=30))
def test_straight_is_the_plain_translate(text):
    from paperkg.extract import results

    assert results._straight(text) == text.translate(results._APOSTROPHES)


# --- window gates: a window search runs wherever its pattern can match -----------------------------------------

SOFTWARE_PIECES = ["the", "a", "Toolkit", "TOOLS", "library", "app", "approach", "plug-in", "Plate-forme", "called",
                   "named", "such as", "standard", "X", "GraphFlow", "\u017fchema", "\u0130", "K", "\t", "\n", " ", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SOFTWARE_PIECES), max_size=8).map(" ".join))
@example("the NLTK toolkit called GraphFlow")
@example("a Software Library such as X")
def test_software_before_gate_passes_every_window_it_matches_in(text):
    for start in range(len(text) + 1):
        if junk.SOFTWARE_BEFORE.search(text, max(0, start - 30), start):
            assert memo.may_hold(text, start - 30, start, junk.SOFTWARE_BEFORE_NOUNS), (text, start)


LIST_PIECES = ["datasets", "data sets", "data\tsets", "datasets:", "corpora", "benchmarks", "metrics", "measures",
               "scores", "evaluations", "such as", "including", "e.g.,", "FooQA", "BarQA", "Chi3D", "and", "or", ",", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LIST_PIECES), max_size=8).map(" ".join))
@example("human interaction datasets Interhuman and ")
@example("metrics such as SelfBLEU, ")
def test_list_gates_pass_every_window_their_patterns_match_in(text):
    from paperkg.extract import self_typing as st_

    for start in range(len(text) + 1):
        window = text[max(0, start - 120) : start]
        if st_.METRIC_LIST_BEFORE.search(text, max(0, start - 120), start):
            assert any(w in window for w in st_.METRIC_LIST_WORDS)
        if st_.DATA_LIST_BEFORE.search(text, max(0, start - 120), start):
            assert st_._data_list_words(window)


def test_list_rule_still_types():
    from paperkg.extract import self_typing as st_

    text = "We test on human interaction datasets Interhuman and Chi3D."
    start = text.index("Chi3D")
    assert st_.listed_data_type([("abstract", start, start + 5)], {"abstract": text}) == "dataset"
    text = "We report metrics such as SelfBLEU and Fooscore."
    start = text.index("Fooscore")
    assert st_.listed_data_type([("abstract", start, start + 8)], {"abstract": text}) == "metric"


NAMING_BEFORE_PIECES = ["which", "that", "we", "We", "and", "CALL", "Name", "term", "dub", "called", "Named", "dubbed",
                        "termed", "coined", "it", "this", "them", "as", "the", '"', "\u201c", "X", "\t", " ", "\u0130"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAMING_BEFORE_PIECES), max_size=8).map(" ".join))
@example("a new dataset, which we call ")
@example("a corpus Dubbed ")
def test_naming_before_gate_passes_every_window_it_matches_in(text):
    from paperkg.extract import self_typing as st_

    for start in range(len(text) + 1):
        if st_.NAMING_BEFORE.search(text, max(0, start - 30), start):
            assert memo.may_hold(text, start - 30, start, st_.NAMING_BEFORE_WORDS), (text, start)


def test_affiliation_still_read():
    from paperkg.extract import self_typing as st_

    text = "LIRMM, Universit\u00e9 de Montpellier, CNRS, 34095 Montpellier, France. We study parsing."
    assert st_.affiliation_reason([("abstract", 0, 5)], {"abstract": text})
    assert st_.affiliation_reason([("abstract", 0, 5)], {"abstract": "LIRMM and the University of Porto, a team."}) is None


# --- recall rules: the intro-list window and the hyphen compound -------------------------------------------------

INTRO_PIECES = ["methods", "approaches", "baselines", "models", "datasets", "(", ",", "such as", "like", "including",
                "e.g.", "namely", "SPOS", "FairNAS", "and", "the", "\t", "\n", " ", "  "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(INTRO_PIECES), max_size=8).map("".join), st.lists(st.sampled_from(INTRO_PIECES), max_size=8).map(" ".join))
@example("", "NAS approaches ( e.g. SPOS")
@example("", "methods, \tsuch as X")
def test_intro_gate_passes_every_position_the_pattern_matches_at(glued, spaced):
    for text in (glued, spaced):
        for i in range(len(text) + 1):
            if recall_rules.INTRO_BEFORE.search(text, max(0, i - 40), i):
                assert recall_rules._noun_ends_at(text, i), (text, i)


HYPHEN_PIECES = ["Draw", "and", "Tell", "Wizard", "of", "Oz", "state", "the", "art", "a", "n", "-", ",", " ", "dataset",
                 "method", "an", "X"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(HYPHEN_PIECES), max_size=12).map("".join), st.lists(st.sampled_from(HYPHEN_PIECES), max_size=12).map(" ".join))
@example("", "We describe Draw-and-Tell, a dataset of drawings")
@example("", "Wizard-of-Oz, a method")
@example("", "Bag-n-Tag, the benchmark")
def test_hyphen_gate_is_in_every_hyphen_appositive(glued, spaced):
    for text in (glued, spaced):
        if recall_rules.HYPHEN_APPOSITIVE.search(text):
            assert recall_rules.HYPHEN_JOIN.search(text), text


def test_recall_rules_still_find():
    assert recall_rules.hyphen_appositive_spans("We describe Draw-and-Tell, a dataset of drawings.") == [
        (12, 25, "dataset", "rule:hyphen-appositive")]
    text = "NAS approaches (e.g. SPOS, FairNAS and PDARTS) win."
    assert [text[s:e] for s, e, *_ in recall_rules.intro_list_spans(text)] == ["SPOS", "FairNAS", "PDARTS"]
