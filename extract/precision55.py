"""Session 42 (issue 10, precision): a listed name is not matched inside a longer hyphen- or underscore-joined name.

Switched with ``PAPERKG_PRECISION55`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``continued_spans55`` in ``gazetteer.Gazetteer.__call__`` on the list's matches
before they are stored in ``doc.spans["gazetteer"]`` (every later step reads them from there).

- ``hyphen-tail``: spaCy splits a hyphen between letters ("XLM-R" is ``XLM`` ``-`` ``R``) but keeps a full stop on a
  single capital ("XLM-R." is ``XLM`` ``-`` ``R.``) and an underscore inside a token ("XLM-R_L" is ``XLM`` ``-``
  ``R_L``). The list's one-token pattern ``XLM`` then matches the head of "XLM-R" wherever the list's own "XLM-R"
  pattern cannot (a sentence end, a subscript), and the list hit covers the span a rule would have found ("ERNIE
  and XLM-R." gave model:xlm, not model:xlm-r). A list match whose text goes on with "-" and a piece that starts
  with a capital ("XLM-R", "BERT-MRC", "GPT-J", "CoNLL-U"), or with "_" and a letter or digit ("XLM_R", "BERT_L"),
  is no mention of the listed name: it is dropped (a digit after the hyphen is not: "CIFAR-100-20", "ResNet-50"). Not dropped: a lower-case piece ("BERT-based", "XLM-like",
  "BERT-base": a modifier, or a size the model-variant rule reads with its family), a capitalised word of lower-case
  letters ("Transformer-Based", "Swin-Transformer-Guided": a title's cased modifier), a size code ("ViT-B/16",
  "Swin-T", "ViT-L", "T5-XL": the family's size, as "BERT-base"), and a piece that is itself a
  list match ("LSTM-CRF", "CNN-LSTM": two listed names joined).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

PRECISION_RULES55 = ("hyphen-tail",)
DEFAULT_OFF55: frozenset[str] = frozenset()

# What follows the match: "-" and a piece starting with a capital, or "_" and a letter or digit. Not "-" and a digit:
# "CIFAR-100-20" is CIFAR-100's 20-superclass split and "ResNet-50" a size of its family, whose listed name then
# carries the mention (dropping it lost CIFAR-100 and bound the paper's score to its next dataset; the lead, at the
# merge).
_TAIL55 = re.compile(r"-([A-Z])[A-Za-z0-9]*|_([A-Za-z0-9])[A-Za-z0-9]*")
# A capitalised word of lower-case letters after the hyphen ("-Based", "-Guided", "-Free") is a title-cased word.
_TITLE_WORD55 = re.compile(r"-[A-Z][a-z]{2,}")
# The one- and two-letter model size codes ("ViT-B/16", "Swin-T", "DeiT-S", "ViT-H", "ViT-Ti", "T5-XL"): a size.
_SIZE55 = re.compile(r"-(?:B|L|H|S|T|G|M|Ti|XL|XXL)(?:/\d+)?(?![\w\-])")


def _precision_off55() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION55", PRECISION_RULES55, DEFAULT_OFF55)


def on55(part: str) -> bool:
    return part not in _precision_off55()


def continued55(text: str, end: int, listed_starts: frozenset[int] | set[int]) -> bool:
    """Does ``text`` go on at ``end`` (a list match's end) with a name piece joined by "-" or "_" that is not itself
    the start of a list match (``listed_starts``: the start chars of the doc's list matches)?"""
    m = _TAIL55.match(text, end)
    if m is None:
        return False
    if _TITLE_WORD55.fullmatch(m.group()):
        return False  # "Transformer-Based", "BERT-Like" in a title: a title-cased modifier word
    if _SIZE55.match(text, end):
        return False  # "ViT-B/16", "Swin-T", "ViT-L": a size of the family, which the family's node takes
    return (end + 1) not in listed_starts


def continued_spans55(text: str, spans: list) -> list:
    """``spans`` (spaCy Spans of the list's matches in a doc whose text is ``text``) without those ``continued55``
    says are the head of a longer joined name; all of them with the part off."""
    if not spans or not on55("hyphen-tail"):
        return spans
    starts = {sp.start_char for sp in spans}
    return [sp for sp in spans if not continued55(text, sp.end_char, starts)]
