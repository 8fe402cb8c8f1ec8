"""The pipeline's vocab computes only the lexeme attributes the extraction code reads (extract/lexemes.py)."""

import re
from pathlib import Path

from spacy import attrs

from paperkg.extract.lexemes import READ
from paperkg.extract.pipeline import build_nlp

EXTRACT = Path(__file__).resolve().parents[2] / "extract"

# Token/Lexeme properties computed by a vocab getter, and the attribute each reads.
LEXICAL = {
    "lower_": attrs.LOWER, "norm_": attrs.NORM, "shape_": attrs.SHAPE, "prefix_": attrs.PREFIX,
    "suffix_": attrs.SUFFIX, "lang_": attrs.LANG, "is_alpha": attrs.IS_ALPHA, "is_ascii": attrs.IS_ASCII,
    "is_digit": attrs.IS_DIGIT, "is_lower": attrs.IS_LOWER, "is_upper": attrs.IS_UPPER, "is_title": attrs.IS_TITLE,
    "is_punct": attrs.IS_PUNCT, "is_left_punct": attrs.IS_LEFT_PUNCT, "is_right_punct": attrs.IS_RIGHT_PUNCT,
    "is_space": attrs.IS_SPACE, "is_bracket": attrs.IS_BRACKET, "is_quote": attrs.IS_QUOTE,
    "is_currency": attrs.IS_CURRENCY, "is_stop": attrs.IS_STOP, "like_url": attrs.LIKE_URL, "like_num": attrs.LIKE_NUM,
    "like_email": attrs.LIKE_EMAIL,
}
# The same attributes by their names in spacy.attrs, as a matcher's attr= or a to_array argument takes them.
BY_NAME = {name: getattr(attrs, name) for name in ("LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LANG", "IS_ALPHA",
           "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP",
           "LIKE_URL", "LIKE_NUM", "LIKE_EMAIL", "IS_BRACKET", "IS_QUOTE", "IS_CURRENCY")}


def read_attrs(source: str) -> set[int]:
    found = {LEXICAL[m] for m in re.findall(r"\.(" + "|".join(LEXICAL) + r")\b", source)}
    found |= {BY_NAME[m] for m in re.findall(r"\b(" + "|".join(BY_NAME) + r")\b", source)}
    return found


def test_the_scan_sees_a_lexeme_attribute():
    assert read_attrs("if tok.like_num and doc[0].shape_ == 'Xx':") == {attrs.LIKE_NUM, attrs.SHAPE}
    assert read_attrs('PhraseMatcher(vocab, attr="NORM")') == {attrs.NORM}
    assert read_attrs("name.lower() + text.isupper()") == set()


def test_the_extraction_code_reads_only_listed_lexeme_attributes():
    unlisted = {
        path.name: read_attrs(path.read_text(encoding="utf-8")) - READ
        for path in sorted(EXTRACT.glob("*.py")) if path.name != "lexemes.py"  # which names them in its doc
    }
    assert {name: got for name, got in unlisted.items() if got} == {}


def test_the_pipeline_vocab_computes_only_the_read_attributes():
    nlp = build_nlp()
    assert set(nlp.vocab.lex_attr_getters) == set(READ)
    doc = nlp.make_doc("Qwxzyformer-XL beats QWXZYNET")  # words no vocab has seen
    assert [t.lower_ for t in doc] == ["qwxzyformer", "-", "xl", "beats", "qwxzynet"]


def test_the_gazetteer_matches_lower_case_forms_of_new_words():
    nlp = build_nlp()
    # A listed several-word name in an unseen spelling: the LOWER matcher still finds it.
    doc = nlp("We train a LONG SHORT-TERM MEMORY network.")
    assert any(s.text.lower() == "long short-term memory" for s in doc.spans["gazetteer"])
