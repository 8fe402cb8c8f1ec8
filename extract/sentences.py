"""Sentence boundaries as character offsets, read from the Doc's arrays.

Iterating ``doc.sents`` or the tokens builds a Python object per token; on 73k abstracts that cost more
than the whole tokenizer. One ``to_array`` call gives the same answer.
"""

from __future__ import annotations

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: the property joins every token's text on each access."""
    text = doc.user_data.get("paperkg_text")
    if text is None:
        text = doc.user_data["paperkg_text"] = doc.text
    return text


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
