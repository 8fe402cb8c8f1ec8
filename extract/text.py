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


_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9\-]*[A-Z0-9]s")
_BRITISH = ((re.compile(r"is(ation|ations|ed|er|ers|ing|e|es)$"), r"iz\1"), (re.compile(r"ll(ing|ed|er)$"), r"l\1"))


def _fold_word(word: str, last: bool) -> str:
    """One word of a name for identity: British spellings folded ("optimisation" -> "optimization",
    "modelling" -> "modeling"), and in the name's last word a plural ("machines" -> "machine", "memories" ->
    "memory"); an all-capital word ("THUMOS") keeps its S."""
    low = word.lower()
    if len(low) > 4 and low.isalpha():
        for pattern, repl in _BRITISH:
            low = pattern.sub(repl, low)
        if last and not word.isupper():
            if low.endswith("ies"):
                low = low[:-3] + "y"
            elif low.endswith(("sses", "xes", "ches", "shes")):
                low = low[:-2]  # "processes", "boxes", "patches"
            elif low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")):
                low = low[:-1]
    return low


@lru_cache(maxsize=262144)
def variant_key(text: str) -> str:
    """The identity form of a name: what two spellings of one thing share.

    normalise_surface (case, hyphens, spaces, punctuation, a generic tail such as "dataset") plus British
    spellings and a plural last word: "Support Vector Machines" == "support-vector machine";
    "CIFAR-10" == "cifar10"; "THUMOS-14" == "THUMOS14"; versions stay apart ("Kinetics-400" != "Kinetics-600").
    """
    words = [w[:-1] if _PLURAL_ACRONYM.fullmatch(w) else w for w in fold(text).split()]  # "GANs" -> "GAN"
    words = " ".join(words).replace("-", " ").split()
    while len(words) > 1 and words[-1].lower().strip(".,;:") in GENERIC_TAIL:
        words.pop()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return _NON_ALNUM.sub("", "".join(_fold_word(w, i == len(words) - 1) for i, w in enumerate(words)))
