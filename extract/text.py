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


_FOLD_TABLE = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                             "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def fold(text: str) -> str:
    """Unicode-fold: NFKC, typographic dashes and quotes to ASCII."""
    if text.isascii():
        return text  # NFKC keeps every ASCII character, and the table maps none (session 27: most names)
    text = unicodedata.normalize("NFKC", text)
    return text.translate(_FOLD_TABLE)  # the table made once, not at each call


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
_BRITISH_NEEDS = ("is", "ll")  # the letters each of _BRITISH's patterns starts with (session 23)


def _fold_word(word: str, last: bool) -> str:
    """One word of a name for identity: British spellings folded ("optimisation" -> "optimization",
    "modelling" -> "modeling"), and in the name's last word a plural ("machines" -> "machine", "memories" ->
    "memory", "U-Nets" -> "U-Net"); an all-capital word ("THUMOS") keeps its S."""
    low = word.lower()
    if len(low) > 4 and low.isalpha():
        for (pattern, repl), needed in zip(_BRITISH, _BRITISH_NEEDS):
            if needed in low:  # every match holds it: most words have neither and skip both regex scans
                low = pattern.sub(repl, low)
    # Four letters only after a consonant stem ("nets", "maps"), not "bias" or "lens"-like stems in a vowel.
    if last and low.isalpha() and not word.isupper() and (len(low) > 4 or len(low) == 4 and low[-2] not in "aeiousyn"):
        if low.endswith("ies") and len(low) > 4:
            low = low[:-3] + "y"
        elif low.endswith(("sses", "xes", "ches", "shes")):
            low = low[:-2]  # "processes", "boxes", "patches"
        elif low.endswith("s") and not low.endswith(("ss", "us", "is", "ics")):
            low = low[:-1]
    return low


# A campaign's or collection's year, written in full or as two digits ("WMT 2014" / "WMT14", "ACE 2005" / "ACE05",
# "CoNLL-2003" / "CoNLL03"): the key keeps two digits. Only a year right after letters; other numbers are versions
# and sizes and stay as written ("Kinetics-400", "ResNet-50", "GPT-3.5").
_YEAR = re.compile(r"(?:19[6-9]|20[0-2])\d")
_GLUED_YEAR = re.compile(r"([A-Za-z][A-Za-z'’]*[A-Za-z'’])((?:19[6-9]|20[0-2])\d)")


def _short_years(words: list[str]) -> list[str]:
    out = []
    for i, w in enumerate(words):
        if _YEAR.fullmatch(w) and i > 0 and words[i - 1][-1:].isalpha():
            w = w[2:]
        else:
            m = _GLUED_YEAR.fullmatch(w)
            if m:
                w = m.group(1) + m.group(2)[2:]
        out.append(w)
    return out


# "Net" heading a long form of three or more words is "network" ("Deep Belief Nets", "Generative Adversarial
# Net"); after one word it is part of a coined name ("U-Net", "VGG net", "Spatial Net" = "SpatialNet").
_NET = frozenset(("net", "nets"))


def _net_head(words: list[str]) -> list[str]:
    if len(words) > 2 and words[-1].lower() in _NET and len(words[-2]) >= 4 and words[-2].isalpha() \
            and not words[-2].isupper():
        return words[:-1] + ["network" + words[-1][3:]]
    return words


# Words naming what kind of thing a name is, dropped after a name: "Adam optimizer" == "Adam", "GloVe embeddings",
# "random forest classifier", "k-means clustering", "CTC loss", "exact match accuracy", "BLEU score", "Spatial
# Transformer Networks", "LSTM network". Each only where what is left still names the thing: not after a plain
# phrase, where the word makes the name ("contrastive loss", "time series clustering", "knowledge graph
# embedding", "value iteration networks", "Inception Score", "Bayesian network").
_COINED, _CAPITALISED, _PHRASE, _ARCHITECTURE = "coined", "capitalised", "phrase", "architecture"
KIND_TAIL = {
    "optimizer": (_COINED, _CAPITALISED), "optimiser": (_COINED, _CAPITALISED),
    "embedding": (_COINED, _CAPITALISED), "embeddings": (_COINED, _CAPITALISED),
    "classifier": (_COINED, _CAPITALISED, _PHRASE), "classifiers": (_COINED, _CAPITALISED, _PHRASE),
    "loss": (_COINED,), "clustering": (_COINED,),
    "accuracy": (_COINED, _PHRASE), "score": (_COINED, _PHRASE), "scores": (_COINED, _PHRASE),
    "network": (_COINED, _ARCHITECTURE), "networks": (_COINED, _ARCHITECTURE),
}
_ARCHITECTURE_HEADS = frozenset(("transformer", "transformers"))


def _coined(word: str) -> bool:
    """A made-up spelling: a capital or digit inside a part ("GloVe", "fastText", "BLEU", "F1", "top-1"), or a
    one-letter part before a hyphen ("k-means", "k-Means"); not title case across hyphens ("Self-Attention",
    "Deep-Q")."""
    parts = word.split("-")
    return any(p.isdigit() or any(c.isupper() or c.isdigit() for c in p[1:]) for p in parts) or bool(
        re.match(r"[A-Za-z]-[A-Za-z]", word))


def _without_kind_tail(words: list[str]) -> list[str]:
    """``words`` split at spaces only (hyphens kept): the name without a trailing kind word where it may go."""
    if len(words) < 2 or words[-1].lower() not in KIND_TAIL:
        return words
    rest, tail = words[:-1], words[-1]
    allowed = KIND_TAIL[tail.lower()]
    if _COINED in allowed and len(rest) == 1 and _coined(rest[0]):
        return rest
    if _CAPITALISED in allowed and len(rest) == 1 and tail.islower() and rest[0][:1].isupper():
        return rest  # "Adam optimizer", "Numberbatch embeddings": a capitalised word, then a lower-case kind word
    if _PHRASE in allowed and len(rest) >= 2:
        return rest
    if _ARCHITECTURE in allowed and (rest[-1].lower() in _ARCHITECTURE_HEADS or _coined(rest[-1]) and len(rest) == 1):
        return rest
    return words


def _unaccented(text: str) -> str:
    """Letters without their accents ("Naïve", "Fréchet", "Gödel"), as papers spell them either way."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# LaTeX left in a span by the abstract's source ("\\emph{maximum a posteriori"): a command and its braces are no
# part of the name.
_LATEX = re.compile(r"\\[A-Za-z]+\*?\s*\{?|[{}]")


@lru_cache(maxsize=262144)
def variant_key(text: str) -> str:
    """The identity form of a name: what two spellings of one thing share.

    normalise_surface (case, hyphens, spaces, punctuation, a generic tail such as "dataset") plus British
    spellings and a plural last word: "Support Vector Machines" == "support-vector machine";
    "CIFAR-10" == "cifar10"; "THUMOS-14" == "THUMOS14"; a year after a name in two digits ("WMT 2014" == "WMT14");
    "net" as a head after a full word ("Deep Belief Nets" == "deep belief network"); accents ("Naïve Bayes" ==
    "Naive Bayes"); a kind word after a name ("Adam optimizer" == "Adam", see KIND_TAIL); a possessive ("LSTM's")
    and LaTeX commands ("\\emph{...") dropped; versions stay apart
    ("Kinetics-400" != "Kinetics-600", "GPT-3" != "GPT-3.5").
    """
    text = _unaccented(fold(text))
    if "\\" in text or "{" in text:
        text = _LATEX.sub("", text)
    words = text.split()
    if words and len(words[-1]) > 3 and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]  # a possessive: "LSTM's" is LSTM, not a plural
    words = [w[:-1] if _PLURAL_ACRONYM.fullmatch(w) else w for w in words]  # "GANs" -> "GAN"
    words = _without_kind_tail(words)
    # an article is a word of its own ("the ImageNet dataset"); glued by a hyphen it is part of the name
    # ("A-OKVQA" is not OK-VQA, "A-Fast-RCNN" not Fast R-CNN, "AN-GAN" not GAN)
    article = len(words) > 1 and words[0].lower() in ("the", "a", "an")
    words = " ".join(words).replace("-", " ").split()
    while len(words) > 1 and words[-1].lower().strip(".,;:") in GENERIC_TAIL:
        words.pop()
    if article and len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    words = _net_head(_short_years(words))
    return _NON_ALNUM.sub("", "".join(_fold_word(w, i == len(words) - 1) for i, w in enumerate(words)))


def ends_word(text: str, end: int, glue: str = "+_") -> bool:
    """No word, version or glue character continues after end ("ImageNet" is not in "ImageNet-1K" or
    "ImageNets")."""
    if end >= len(text):
        return True
    c = text[end]
    if c.isalnum() or c in glue:
        return False
    return not (c in "-./" and end + 1 < len(text) and text[end + 1].isalnum())
