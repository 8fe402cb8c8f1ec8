"""Small text helpers shared by extraction, canonicalisation and evaluation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[^0-9a-z+]+")
# Generic trailing words folded when comparing names ("MME benchmark" == "MME").
GENERIC_TAIL = {
    "benchmark", "benchmarks", "dataset", "datasets", "corpus", "data", "suite", "leaderboard",
    "framework", "method", "methods", "algorithm", "approach", "model", "models", "technique",
}


def fold(text: str) -> str:
    """Unicode-fold: NFKC, typographic dashes and quotes to ASCII."""
    text = unicodedata.normalize("NFKC", text)
    return text.translate(str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                                         "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))


@lru_cache(maxsize=65536)
def normalise_surface(text: str) -> str:
    """The comparison form of a name: case, hyphens, spaces and punctuation folded, generic tail dropped.

    "MT-Bench" == "MT Bench" == "mt-bench"; "MME benchmark" == "MME"; "HumanEval+" keeps its plus.
    """
    words = fold(text).lower().split()
    while len(words) > 1 and words[-1].strip(".,;:") in GENERIC_TAIL:
        words.pop()
    if words and words[0] in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    return _NON_ALNUM.sub("", " ".join(words))


def singular(word: str) -> str:
    """Crude plural folding for names: 'LLMs' -> 'LLM', 'Transformers' -> 'Transformer'."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def slug(text: str) -> str:
    """A readable, stable key part: 'Direct Preference Optimization' -> 'direct-preference-optimization'."""
    s = fold(text).lower().replace("+", "-plus")
    s = re.sub(r"[^0-9a-z.]+", "-", s).strip("-.")
    return s or "x"
