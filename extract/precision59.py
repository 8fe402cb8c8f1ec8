"""Session 45 (issue 10, node precision): a name matched as the tail of a hyphen compound ("Pre-ResNet" read as
ResNet, "mini-ImageNet" as ImageNet, "non-BERT models" as BERT).

Switched with ``PAPERKG_PRECISION59`` ("off" or "0", a comma list of these part names to switch off, or "on:" and a
comma list of default-off parts). One call, ``cut_heads59`` in pipeline.py right after precision58's
``cut_spans58`` (and in scripts/train_name_tagger.py's ``after_tag``).

The list, the lexicon and the shape rules match a known name wherever its letters stand, and spaCy splits a hyphen
between letters, so a name written as the tail of a longer hyphen compound becomes a mention of the short name:
"Pre-ResNet" a mention of ResNet (the study pool's false positive "Residual Network" where the gold has
Pre-ResNet), "mini-ImageNet" of ImageNet, "DP-SGD" of SGD, "Span-Extraction" of the task word, "Neural-DrugNet" of
DrugNet (judged span errors of the 73k draws). precision55's ``hyphen-tail`` handles the mirror case (a list name
followed by "-R": "XLM-R").

- ``hyphen-head``: a mention of a method/dataset/benchmark/model that starts right after a hyphen glued to a word
  (the head) is the compound's mention: it grows to the whole compound ("Pre-ResNet", "mini-ImageNet", "DP-SGD",
  "Bayes-by-Backprop") and becomes an entity of that name (the rest of the entity's mentions keep the short name).
  The head must be name-shaped -- a capital or a digit in it ("Pre", "DP", "3D", "Office"), a lower-case letter or
  two ("e-SNLI", "k-SVD", "bi-LSTM"), or one of a few variant prefixes ("mini", "tiered", "permuted", "stack",
  "group", "semi", "meta", "clipped", "blocked"): a lower-case word ("shared-LSTM", "cross-GAN generalization",
  "annotated-Penn Treebank", "datasets-CIFAR-10" with a space lost) is a modifier or a typo, left alone. Not when
  the head is a listed name itself (a pair or a hybrid of two names: "SVHN-MNIST", "ALBERT-LSTM"); for data, not
  two words of capitals with a head of four or more ("VKITTI-KITTI", "XLIFF-OASIS"); not an acronym head that
  spells the tail's words ("REO-Relevance, Extraness, Omission": precision58's acronym-lead); not when the chain
  holds "to", "and", "or", "vs", "in", "the", "then", "based" ... ("GTA-to-Cityscapes", "in-the-Wild Speech",
  "Plan-then-Retrieval"), nor when the compound goes on after the mention with another hyphen
  ("ALBERT-LSTM-softmax"), nor inside a longer capitalised name -- a capitalised word (not an article or a
  sentence's first word) right before the head: "Sparse Convolution-Transformer Network", "Naive Bayes-SVM",
  "Collaborative Domain-Prefix Tuning" stay as they were. A hybrid whose head is not listed grows ("CNN-LSTM",
  "BLSTM-HMM": one architecture).
- ``non-head``: a mention after "non-" ("non-BERT features", "non-ReLU activations", "non-Gaussian processes")
  names what the paper does not use: the mention is dropped, and the entity when no mention is left.

The grown entities join a same-named entity of the paper (precision47's ``_join_kept47``).

73k check (the 327 abstracts where the start graph has a method/dataset/benchmark/model mention right after "X-",
extracted with the switch on and off, every change read; tests/data/corpus-checks/precision59-73k-changes.tsv):
hyphen-head 192 changes, 187 right ("mini-ImageNet", "DP-SGD", "K-SVD", "e-SNLI", "MS-COCO 2014", "CNN-LSTM",
"Bayes-by-Backprop"); wrong: "Gamma-Phi" (losses), "Audio-Visual Attention" (a generic title phrase), "Simplex-Latent
Dirichlet Allocation" (cut), "plWordNet-Princeton WordNet" (a pair), "TTI-COIN" (a team). non-head 3, 3 right.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .precision36 import _listed_forms36
from .precision47 import _join_kept47
from .precision58 import _initials_match58
from .recall_rules import parts_off_by_default

PRECISION_RULES59 = ("hyphen-head", "non-head")
DEFAULT_OFF59: frozenset[str] = frozenset()

SCORED59 = ("method", "dataset", "benchmark", "model")

# lower-case heads that make a variant of the name they prefix ("mini-ImageNet", "permuted-MNIST", "stack-LSTM")
_PREFIXES59 = frozenset("mini tiered permuted stack group semi meta clipped blocked".split())
# a chain with one of these pieces is a pair or a phrase, no name ("GTA-to-Cityscapes", "in-the-Wild ...",
# "Plan-then-Retrieval")
_PAIRING59 = frozenset("to and or vs versus in the then a an on for with from based".split())
# the head chain: hyphen-joined pieces right before the mention's hyphen ("Bayes-by" of "Bayes-by-Backprop")
# the word right before the head chain, one space between, and whether a sentence ends before it
_WORD_BEFORE59 = re.compile(r"([A-Za-z][\w'-]*)\s$")
_ARTICLES59 = frozenset("A An The Our This These We Its In On For With Of Via".split())
_CHAIN59 = re.compile(r"(?:^|(?<=[\s(\[{\"'/,;:]))([A-Za-z0-9][A-Za-z0-9+&]*(?:-[A-Za-z0-9+&]+)*)-$")


def _precision_off59() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION59", PRECISION_RULES59, DEFAULT_OFF59)


def hyphen_head59(text: str, start: int, end: int) -> str | None:
    """The head chain glued before ``text[start:end]`` by a hyphen ("Pre" of "Pre-ResNet"), or None."""
    if start < 2 or text[start - 1] != "-" or not text[start - 2].isalnum():
        return None
    m = _CHAIN59.search(text[max(0, start - 60):start])
    return m.group(1) if m else None


def _is_non59(head: str) -> bool:
    return head.lower() == "non"


def _inside_name59(text: str, start: int) -> bool:
    """Is a capitalised word of a longer name right before ``text[start:]`` (one space between; not an article and
    not a sentence's first word)?"""
    left = text[:start]
    m = _WORD_BEFORE59.search(left[-60:])
    if m is None:
        return False
    word = m.group(1)
    if not word[0].isupper() or word in _ARTICLES59:
        return False
    pre = left[:len(left) - len(left[-60:]) + m.start(1)].rstrip()
    return bool(pre) and pre[-1] not in ".!?"


def _head_ok59(head: str, text: str, start: int, end: int, text_of: str = "", typ: str = "method") -> bool:
    """May the mention grow over ``head``?"""
    if text[end:end + 1] == "-" and text[end + 1:end + 2].isalnum():
        return False  # the compound goes on: "ALBERT-LSTM-softmax"
    pieces = head.split("-")
    if any(p in _PAIRING59 for p in pieces):
        return False  # "GTA-to-Cityscapes": a pair, no name
    if not any(c.isalpha() for c in head):
        return False
    if _inside_name59(text, start):
        return False  # inside a longer capitalised name: "Sparse Convolution-Transformer Network", "Naive Bayes-SVM"
    first = pieces[0]
    if first.isalpha() and first.islower() and len(first) > 2 and first not in _PREFIXES59:
        return False  # a lower-case word: "shared-LSTM", "cross-GAN", "annotated-Penn Treebank"
    if head.isupper() and len(head) >= 2 and _initials_match58(head, text_of):
        return False  # its own acronym before a long form ("REO-Relevance, Extraness, Omission"): acronym-lead's
    if typ in ("dataset", "benchmark") and head.isupper() and len(head) >= 4 and text_of.isupper():
        return False  # two data names of capitals, a pair or a standard and its body: "VKITTI-KITTI", "XLIFF-OASIS"
    listed = _listed_forms36()
    if head in listed or first in listed:
        return False  # a hybrid or a pair of two names: "CNN-LSTM", "SVHN-MNIST"
    return True


def cut_heads59(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with mentions that are tails of a hyphen compound grown to the compound
    (``hyphen-head``) or dropped after "non-" (``non-head``)."""
    off = _precision_off59()
    if all(p in off for p in PRECISION_RULES59):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    if "-" not in texts["abstract"] and "-" not in texts["title"]:
        return entities
    out: list = []
    changed: set[int] = set()
    for e in entities:
        if e.type not in SCORED59 or not e.mentions:
            out.append(e)
            continue
        # annotated: mypyc types an unannotated empty container by its first use (speed47, speed48)
        keep: list = []
        grown: dict[str, list] = {}
        dropped = False
        for m in e.mentions:
            t = texts.get(m.field or "abstract", "")
            head = hyphen_head59(t, m.start, m.end) if t[m.start:m.end] == m.text else None
            if head is None:
                keep.append(m)
            elif _is_non59(head) and "non-head" not in off:
                dropped = True
            elif not _is_non59(head) and "hyphen-head" not in off and _head_ok59(head, t, m.start - len(head) - 1, m.end, m.text, e.type):
                start = m.start - len(head) - 1
                name = t[start:m.end]
                grown.setdefault(name, []).append(replace(m, text=name, start=start))
            else:
                keep.append(m)
        if not grown and not dropped:
            out.append(e)
            continue
        if keep:
            e.mentions = keep
            out.append(e)
        for name, ms in grown.items():
            new = replace(e, name=name, aliases=[], family=None, mentions=ms)
            for attr, value in (("entry", None), ("long_form", None), ("short_forms", [])):
                if hasattr(new, attr):
                    setattr(new, attr, value)  # the short name's list entry and definition are not the compound's
            out.append(new)
            changed.add(id(new))
    return _join_kept47(out, changed) if changed else out
