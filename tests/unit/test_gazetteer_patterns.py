"""The gazetteer's patterns: token hashes from batched tokenizing, the same as tokenizing each name alone."""

import spacy

from paperkg.extract.gazetteer import load_entries, token_hashes
from paperkg.extract.lexemes import keep_read_attrs


def _alone(tokenizer, text):
    doc = tokenizer(text)
    return tuple(t.orth for t in doc), tuple(t.lower for t in doc)


def _tokenizer():
    tokenizer = spacy.blank("en").tokenizer
    keep_read_attrs(tokenizer.vocab)
    return tokenizer


def test_batched_tokens_are_those_of_each_text_alone():
    tokenizer = _tokenizer()
    texts = ["Swin-Transformer", "don't", "U.S.", "e.g.", "a.m.", "GANs", "Llama 2 (7B)", ":)", "", "x\ny",
             " leading", "trailing ", "two  spaces", "C++", "https://example.org/x", "\n", "Atari2600"]
    want = [_alone(tokenizer, t) for t in texts]
    for batch in (1, 3, 1000):
        assert token_hashes(tokenizer, texts, batch=batch) == want


def test_batched_tokens_of_the_shipped_list():
    tokenizer = _tokenizer()
    forms = [f for e in load_entries() for f in e.forms]
    fresh = _tokenizer()
    assert token_hashes(tokenizer, forms) == [_alone(fresh, f) for f in forms]


def test_hashes_are_orth_and_lower():
    tokenizer = _tokenizer()
    (orth, low), = token_hashes(tokenizer, ["BERT-Large"])
    strings = tokenizer.vocab.strings
    assert [strings[h] for h in orth] == ["BERT", "-", "Large"]
    assert [strings[h] for h in low] == ["bert", "-", "large"]
