"""Session 13's speed-ups give what the plain code gave (extract/memo.py and its users): each fast form is checked
against a copy of the code it replaced, on generated texts."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from paperkg.extract import memo, recall_rules

# --- spelt_acronym_fragment: the acronyms of a text found once, the runs of capitals cut from one string ------------


def _plain_spelt(name, mentions, texts):
    """recall_rules.spelt_acronym_fragment as it was at 0be4d4f (the switch left out: it is read the same way)."""
    WORD = recall_rules.WORD
    if not any(recall_rules.SPELLING_CAPS.search(p) for w in name.split() for p in w.split("-")):
        return False
    size = len(WORD.findall(name))
    for field, start, end in mentions:
        text = texts.get(field, "")
        words = [(m.start(), m.group()) for m in WORD.finditer(text, max(0, start - 80), min(len(text), end + 80))]
        first = next((k for k, (s, _) in enumerate(words) if s == start), None)
        if first is None:
            continue
        last = first + size - 1
        own = "".join(ch for _, w in words[first : last + 1] for ch in w if ch.isupper())
        acronyms = set(re.findall(r"\b[A-Z]{3,}\b", text)) - {name.upper(), text[start:end].upper()}
        for i in range(max(0, first - 6), first + 1):
            for j in range(last, min(len(words), last + 7)):
                caps = "".join(ch for _, w in words[i : j + 1] for ch in w if ch.isupper())
                if len(caps) >= 3 and caps != own and caps in acronyms:
                    return True
    return False


# Words shaped like spelt-out long forms: capitals at odd places, a few acronyms that some of them spell.
_word = st.sampled_from(["SElf", "RefinEmenT", "MArine", "Robust", "TIde", "estimaTOR", "pseudo", "label", "of", "the",
                         "SECRET", "MARTIT", "SRT", "REF", "Consistent", "a", "method", "-", "termed", "as", "UniDEC",
                         "UNIDEC", "DEC", "Uni", "SE", "CRET", "x2", "(", ")", ",", "İ", "Ä"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_word, min_size=1, max_size=40), st.data())
@example(["a", "SElf", "Consistent", "pseudo", "label", "RefinEmenT", "method", ",", "termed", "as", "SECRET"], None)
def test_spelt_acronym_fragment_is_the_plain_loop(words, data):
    text = " ".join(words)
    # a name: a run of the text's words, at its offset (or at an offset that starts no word)
    if data is None:
        i, j = 1, 2
    else:
        i = data.draw(st.integers(0, len(words) - 1))
        j = data.draw(st.integers(i + 1, min(len(words), i + 4)))
    start = len(" ".join(words[:i])) + (1 if i else 0)
    name = " ".join(words[i:j])
    mentions = [("abstract", start, start + len(name))]
    if data is not None and data.draw(st.booleans()):
        mentions.append(("title", 0, len(name)))
    texts = {"abstract": text, "title": name + " : " + text[: len(text) // 2]}
    assert recall_rules.spelt_acronym_fragment(name, mentions, texts) == _plain_spelt(name, mentions, texts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ABCDEabcde-", min_size=1, max_size=6), min_size=1, max_size=20), st.data())
def test_spells_acronym_is_the_loop_of_joins(words, data):
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) + 2))
    acronyms = set(data.draw(st.lists(st.text(alphabet="ABCDE", min_size=3, max_size=6), max_size=6)))
    own = "".join(ch for w in words[first : last + 1] for ch in w if ch.isupper())
    plain = any(len(caps) >= 3 and caps != own and caps in acronyms
                for i in range(max(0, first - 6), first + 1) for j in range(last, min(len(words), last + 7))
                for caps in ["".join(ch for w in words[i : j + 1] for ch in w if ch.isupper())])
    assert memo.spells_acronym(words, first, last, own, acronyms) == plain


def test_caps_words_are_the_findall():
    text = "We use SECRET, ÄBC and MARTIT-2 (SRT) with UniDEC; AB, ABCD_E, X3YZ."
    assert memo.caps_words(text) == set(re.findall(r"\b[A-Z]{3,}\b", text))


# --- the mined lexicon reads the capitalised words from the rules' scan of the text --------------------------------

from paperkg.extract import lexicon_mined, rules  # noqa: E402


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="aZ9 _-+/@.#'(İé\n", max_size=40))
@example("x-ABC a.B ab+Cd 'Xy #Q7 @Me O'Neil B.2 e/F9 _A3")
def test_name_starts_are_the_matches_of_name_start(text):
    plain = [(m.start(), m.group()) for m in lexicon_mined.NAME_START.finditer(text)]
    assert list(lexicon_mined.name_starts(text)) == plain
    rules.name_word_spans.cache_clear()  # also when the rules scanned another text last
    assert list(lexicon_mined.name_starts(text)) == plain


def test_name_starts_finds_names():
    assert [w for _, w in lexicon_mined.name_starts("We use BERT-base, x.Y and GPT-4o (T5).")] == ["We", "BERT-base", "GPT-4o", "T5"]


# --- short-form-first definitions: the pattern tried at each " (" only ---------------------------------------------

from paperkg.extract import abbreviations  # noqa: E402

_piece = st.sampled_from(["SAGE", "CLASP", "Ab", "x", "A", "ABCDEFGHIJKL", "ABCDEFGHIJKLM", "Q-2", "é", "_", "-", " ",
                          " (", "(", ")", "Sampled Hedge", "Common Lisp", ", ", "&", "a", "Stochastic Accelerated GradiEnt"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_piece, max_size=25).map("".join))
@example("SAGE (Stochastic Accelerated GradiEnt) and CLASP (Common Lisp) xAB (Sampled Hedge) ABCDEFGHIJKLM (Sampled Hedge)")
@example("VeryLongNameX (Sampled Hedge), é-AB (Sampled Hedge) AB (AB (Sampled Hedge))")
@example("A twelve-long ABCDEFGHIJKL (Sampled Hedge) and Ab (Common Lisp)")
def test_short_first_matches_are_the_plain_finditer(text):
    plain = [m.span() + m.groups() for m in abbreviations.SHORT_FIRST.finditer(text)]
    assert [m.span() + m.groups() for m in abbreviations.short_first_matches(text)] == plain


def test_short_first_matches_find_definitions():
    text = "We use SAGE (Stochastic Accelerated GradiEnt) and CLASP (Common Lisp Analytical Statistics Package)."
    assert [m.group(1) for m in abbreviations.short_first_matches(text)] == ["SAGE", "CLASP"]
