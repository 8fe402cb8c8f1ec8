"""The lexeme attributes spaCy computes for every new word: only the ones the pipeline reads.

A blank English vocab runs 23 Python functions on each word it has not seen (``is_stop``, ``like_num``,
``shape``, ``prefix``, ...) and stores their strings. The extraction code reads one of them, ``LOWER``
(the gazetteer's ``PhraseMatcher(attr="LOWER")`` and ``Token.lower_``), besides the text and offsets every
token has. Measured: the other getters were 8-12 % of tokenizing an abstract and half of tokenizing the
gazetteer's patterns at start-up.

A new token attribute in the code (``token.like_num``, ``token.shape_``, a matcher on ``NORM``) must be
listed in ``READ``: a word first seen after start-up would otherwise read 0 / False / "".
``tests/unit/test_lexemes.py`` fails when the extraction code reads a lexeme attribute that is not listed.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.vocab import Vocab

READ = frozenset({LOWER})


def keep_read_attrs(vocab: Vocab) -> Vocab:
    """Drop the getters of every lexeme attribute not in ``READ``; words already in the vocab keep theirs."""
    vocab.lex_attr_getters = {attr: get for attr, get in vocab.lex_attr_getters.items() if attr in READ}
    return vocab
