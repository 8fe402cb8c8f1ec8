"""Sentence boundaries as character offsets, read from the Doc's arrays.

Iterating ``doc.sents`` or the tokens builds a Python object per token; on 73k abstracts that cost more
than the whole tokenizer. One ``to_array`` call gives the same answer.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import numpy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_ENDS = (".", "!", "?", "。", "？", "！")  # not "...": an ellipsis rarely ends a sentence in an abstract
CLOSERS = (")", "]", "}", '"', "'", "”", "’", "»")
_NOT_START = numpy.iinfo(numpy.uint64).max  # SENT_START -1 as uint64, the dtype Doc arrays use
# A doc's user_data key: when true, the splitter writes the character bounds only (user_data "paperkg_sentences"),
# not the tokens' SENT_START flags; ``sentence_bounds`` then reads the bounds, never the flags.
BOUNDS_ONLY = "paperkg_bounds_only"


@Language.factory("paperkg_sentences", default_config={})
def make_sentences(nlp: Language, name: str):
    return SentenceSplitter(nlp)


class SentenceSplitter:
    """Sentence boundaries after ".", "!" or "?" (and any closing brackets or quotes that follow).

    The same rule as spaCy's rule-based sentencizer for abstracts, computed on the token hash array
    instead of token objects: the built-in one took as long as the tokenizer here.
    """

    def __init__(self, nlp: Language):
        self.end_hashes = [(p, nlp.vocab.strings.add(p)) for p in SENTENCE_ENDS]
        self.ends = {h for _, h in self.end_hashes}
        self.closers = {nlp.vocab.strings.add(p) for p in CLOSERS}

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        text = doc_text(doc)
        present = [h for end, h in self.end_hashes if end in text]  # the ends the text holds (mostly ".")
        # Extraction (pipeline.extract_local) reads only the character bounds; the tokens' sentence flags are for
        # the doc's own readers (doc.sents), so a doc marked BOUNDS_ONLY skips writing them (session 28).
        flagged = not doc.user_data.get(BOUNDS_ONLY)
        if not present:
            # One sentence (most titles): no token can end one, so no need to read the arrays.
            if flagged:
                _flag_starts(doc, n, [0])
            doc.user_data["paperkg_sentences"] = _bounds(text, [0])
            return doc
        arr = doc.to_array([ORTH, IDX])
        orth = arr[:, 0]
        ends, closers = self.ends, self.closers
        starts = [0]
        run_end = 0
        # Only an end token can be followed by a start: find them with numpy, then step over the ends and
        # closers after each (a loop testing every token took twice as long as a list of them; numpy, half).
        hits = orth == present[0]
        for h in present[1:]:
            hits |= orth == h
        for i in numpy.flatnonzero(hits).tolist():
            if i < run_end:
                continue  # part of the run after an earlier end: "?!", ".)."
            j = i + 1
            while j < n and ((h := int(orth[j])) in ends or h in closers):
                j += 1
            run_end = j
            if j < n:
                starts.append(j)
        if flagged:
            _flag_starts(doc, n, starts)
        # The character bounds while the offsets are at hand: sentence_bounds would read the arrays again.
        doc.user_data["paperkg_sentences"] = _bounds(text, arr[starts, 1].tolist())
        return doc


def _flag_starts(doc: Doc, n: int, starts: list[int]) -> None:
    """The tokens' SENT_START flags: 1 at each of ``starts``, -1 elsewhere (as uint64, the dtype Doc arrays use)."""
    flags = numpy.full((n, 1), _NOT_START, dtype=numpy.uint64)
    flags[starts, 0] = 1
    doc.from_array([SENT_START], flags)


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
        bounds = _bounds(text, arr[arr[:, 0] == 1, 1].tolist())
    doc.user_data["paperkg_sentences"] = bounds
    return bounds


def sentence_index(sentences: Sequence[tuple[int, int]] | None, start: int) -> int:
    """Index of the sentence (``sentence_bounds``) holding character ``start``; 0 before the first or without any."""
    if not sentences:
        return 0
    return max(0, bisect_right(sentences, (start, 1 << 62)) - 1)


def _bounds(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each sentence from the character offsets of the tokens that start one."""
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [len(text)]
    # Trailing white space belongs to no sentence.
    return [(s, s + len(text[s:e].rstrip())) for s, e in zip(starts, ends)]


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token."""
    return [int(x) for x in doc.to_array(IDX).tolist()] if len(doc) else []
