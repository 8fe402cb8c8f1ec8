"""The pipeline's prefix and suffix searches (extract/affixes.py) find what spaCy's plain searches find."""

import re

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from paperkg.extract.affixes import PrefixSearch, SuffixSearch, split_alternatives
from paperkg.extract.pipeline import build_nlp

PLAIN = spacy.blank("en").tokenizer.suffix_search.__self__
FAST = SuffixSearch(PLAIN)
PLAIN_PREFIX = spacy.blank("en").tokenizer.prefix_search.__self__
FAST_PREFIX = PrefixSearch(PLAIN_PREFIX)
# Characters the suffixes are about (units, currency, quotes, brackets, dots, letters of several scripts),
# a newline and a space.
ALPHABET = "aAzZsmkgtKMGB0159.,;:!?'’\"”)(]}%$€£°²-+/_…#*&\n ékм"


def _span(m):
    return None if m is None else m.span()


def test_split_alternatives_keeps_classes_groups_and_escapes():
    source = r"a|(?:b|c)|[|\]]|\||[]|x]|[^]|y]$"
    assert split_alternatives(source) == ["a", "(?:b|c)", r"[|\]]", r"\|", "[]|x]", "[^]|y]$"]
    assert split_alternatives(PLAIN.pattern) == [a.source for a in FAST.alternatives]
    assert "|".join(split_alternatives(PLAIN.pattern)) == PLAIN.pattern


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=14))
def test_same_span_as_the_plain_search(text):
    assert _span(FAST.search(text)) == _span(PLAIN.search(text))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET + "([{<“‘«$#@~", max_size=10))
def test_same_prefix_as_the_plain_search(text):
    fast, plain = FAST_PREFIX.search(text), PLAIN_PREFIX.search(text)
    assert _span(fast) == _span(plain)


def test_same_span_on_tricky_chunks():
    chunks = ["hello", "representations,", "10km", "5m/s", "a....", "abc.......", "x.", "U.S.", "it's", "It’S", "3%",
              "20$", "US$", "5°C.", "hello\n", "ab.\n", "", "。", "abc)", "”", "²", "km²", "30km/h", "https://a.b/c",
              "5kg)", "Ph.D.", "e.g.,", "GPT-4o.", "……", "x…", "'s", "10MB", "a.b..c...", "\n\n"]
    for chunk in chunks:
        assert _span(FAST.search(chunk)) == _span(PLAIN.search(chunk)), chunk
        assert _span(FAST_PREFIX.search(chunk)) == _span(PLAIN_PREFIX.search(chunk)), chunk
    for chunk in ["(hello", "((a", "$5", "+1", "+x", "“quoted", "...", "..x", "#tag", "@user", "-5", "¿qué", "\n"]:
        assert _span(FAST_PREFIX.search(chunk)) == _span(PLAIN_PREFIX.search(chunk)), chunk


def test_the_pipeline_uses_it_and_saves_the_plain_pattern():
    nlp = build_nlp()
    assert isinstance(nlp.tokenizer.suffix_search.__self__, SuffixSearch)
    assert isinstance(nlp.tokenizer.prefix_search.__self__, PrefixSearch)
    # spaCy writes suffix_search.__self__.pattern; loaded, the tokenizer has the plain search again
    loaded = spacy.blank("en")
    loaded.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert loaded.tokenizer.suffix_search.__self__.pattern == PLAIN.pattern
    assert loaded.tokenizer.prefix_search.__self__.pattern == PLAIN_PREFIX.pattern


def test_an_unread_pattern_is_refused():
    for fast, source in [(SuffixSearch, s) for s in (r"(a)$", r"a$|b", r"a(?=b)$", r"a?$")] + [
            (PrefixSearch, s) for s in (r"^a|b", r"^(?=a)a", r"^a?b", r"(?i)^a")]:
        try:
            fast(re.compile(source))
        except ValueError:
            continue
        raise AssertionError(f"{source!r} was accepted")


def test_the_special_cases_are_loaded_once_with_the_same_rules_and_tokens():
    """Setting each search made spaCy load its special cases again: now once for both, the same ones."""
    from spacy.tokenizer import Tokenizer

    from paperkg.extract.affixes import fast_affix_search

    class Counted(Tokenizer):
        added = 0

        def add_special_case(self, string, substrings):
            Counted.added += 1
            return super().add_special_case(string, substrings)

    plain = spacy.blank("en").tokenizer
    counted = Counted(plain.vocab, rules=plain.rules, prefix_search=plain.prefix_search,
                      suffix_search=plain.suffix_search, infix_finditer=plain.infix_finditer,
                      token_match=plain.token_match, url_match=plain.url_match)
    Counted.added = 0
    fast_affix_search(counted)
    assert isinstance(counted.suffix_search.__self__, SuffixSearch)
    assert isinstance(counted.prefix_search.__self__, PrefixSearch)
    assert Counted.added == len(plain.rules)  # once each, not once per search set
    assert counted.rules == plain.rules
    text = "We don't use (e.g. U.S. data) :) a 5km-long run; it's ok... (BERT-7B)."
    assert [t.text for t in counted(text)] == [t.text for t in plain(text)]
