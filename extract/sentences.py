"""Sentence boundaries as character offsets, read from the Doc's arrays.

Iterating ``doc.sents`` or the tokens builds a Python object per token; on 73k abstracts that cost more
than the whole tokenizer. One ``to_array`` call gives the same answer.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_ENDS = (".", "!", "?", "。", "？", "！")  # not "...": an ellipsis rarely ends a sentence in an abstract
CLOSERS = (")", "]", "}", '"', "'", "”", "’", "»")


@Language.factory("paperkg_sentences", default_config={})
def make_sentences(nlp: Language, name: str):
    return SentenceSplitter(nlp)


class SentenceSplitter:
    """Sentence boundaries after ".", "!" or "?" (and any closing brackets or quotes that follow).

    The same rule as spaCy's rule-based sentencizer for abstracts, computed on the token hash array
    instead of token objects: the built-in one took as long as the tokenizer here.
    """

    def __init__(self, nlp: Language):
        self.ends = {nlp.vocab.strings.add(p) for p in SENTENCE_ENDS}
        self.closers = {nlp.vocab.strings.add(p) for p in CLOSERS}

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        orth = doc.to_array(ORTH).tolist()
        # SENT_START: 1 starts a sentence, -1 does not (as uint64, the dtype Doc arrays use).
        flags = numpy.full((n, 1), numpy.iinfo(numpy.uint64).max, dtype=numpy.uint64)
        flags[0, 0] = 1
        seen_end = False
        for i, h in enumerate(orth):
            if seen_end and h not in self.ends and h not in self.closers:
                flags[i, 0] = 1
                seen_end = False
            elif h in self.ends:
                seen_end = True
        doc.from_array([SENT_START], flags)
        return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: the property joins every token's text on each access."""
    text = doc.user_data.get("paperkg_text")
    if text is None:
        text = doc.user_data["paperkg_text"] = doc.text
    return text


def span_text(span) -> str:
    """``span.text``, cut from the doc's text: the property builds a Token object for each of its tokens."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start char, end char) of every sentence; the whole text when nothing split it."""
    cached = doc.user_data.get("paperkg_sentences")
    if cached is not None:
        return cached
    text = doc_text(doc)
    if not len(doc):
        bounds = [(0, 0)]
    else:
        arr = doc.to_array([SENT_START, IDX])
        starts = arr[arr[:, 0] == 1, 1].tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        ends = starts[1:] + [len(text)]
        # Trailing white space belongs to no sentence.
        bounds = [(s, s + len(text[s:e].rstrip())) for s, e in zip(starts, ends)]
    doc.user_data["paperkg_sentences"] = bounds
    return bounds


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token."""
    return [int(x) for x in doc.to_array(IDX).tolist()] if len(doc) else []
