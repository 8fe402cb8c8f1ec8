"""Session 28 (issue 10): span rules behind ``PAPERKG_RECALL30`` where a listed name is found but its span is short.

Classified from the false negatives of the study pool (held-out 1, 2, 11-17, dev3-dev10; docs/history/recall30.md):
of the ~53 "span differs" misses, the two shapes that recur are

- ``variant-modifier``: a lower-case variant adjective before a listed technique name ("sparse PCA", "localized
  Lasso", "fused graphical lasso", "conditional variational autoencoder", "incomplete Cholesky decomposition",
  "optimistic policy iteration", "natural actor-critic"). The gazetteer finds the bare name; the adjective makes a
  named variant of it (the gold names the variant). Only adjectives that form variants, never evaluative or
  descriptive ones ("standard", "vanilla", "deep", "novel", "linear"): a closed list, VARIANT_MODIFIERS30.
- ``data-version``: a listed dataset or benchmark name followed by a release number ("MultiWOZ 2.1",
  "Universal Dependencies 1.2", "MIMIC-III v1.4"): the fullest surface form keeps the version.

Each function returns rule matches (start, end, type, rule) as the context rules do; the hook is
``rules.ContextRules`` (abstracts only). ``PAPERKG_RECALL30`` ("off", or a comma list of these part names)
switches parts off, for ablations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import recall_rules, rules  # modules: rules.py imports this module while it loads
from .speed35 import gazetteer_anchors  # session 32: the gazetteer's matches read once a doc
from .precision49 import drop_variant_spans49  # session 40 round 2 (precision49)

RECALL_RULES30 = ("variant-modifier", "data-version")


def _off30() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RECALL30", RECALL_RULES30)


# -- variant-modifier -----------------------------------------------------------------------------------------
# Adjectives that make a named variant of the technique they precede ("sparse PCA", "kernel PCA", "group lasso",
# "conditional GAN"). Not here: evaluative or descriptive words ("standard", "vanilla", "classical", "novel"),
# "deep"/"linear"/"neural" (the gold leaves "deep LSTM", "linear SVM" at the bare name as often as not).
VARIANT_MODIFIERS30 = frozenset(
    "sparse robust kernel kernelized conditional localized fused group incomplete natural optimistic regularized "
    "generalized generalised hierarchical multinomial incremental distributed weighted truncated randomized "
    "randomised penalized penalised constrained accelerated proximal nested dependent higher-order "
    "overlapping structured".split())
# Title words before a variant adjective that do not continue its name ("A", "For", "Via", ...).
TITLE_SMALL30 = frozenset("a an the for with via and of on in using through to by from towards toward beyond "
                          "is are as at under into revisiting learning".split())
# Listed names that name a problem class more than a technique: "sparse/robust/conditional linear regression" are
# settings (73k corpus: "the sparse linear regression problem"); the bare name is not annotated in the gold either.
PROBLEM_BASES30 = frozenset({"linear regression"})
# Adjectives that start a chain but never continue one leftwards ("a natural sparse PCA": "natural" is evaluative).
CHAIN_STOP30 = frozenset({"natural", "dependent", "structured"})


@lru_cache(maxsize=1)
def _known_methods30() -> dict[str, frozenset[str]]:
    """Lower-cased method forms of the shipped lists -> the forms as written. A one-word form counts only when it
    is not a plain lower-case word, or its entry has another form that is not ("PCA", "Lasso"/"lasso",
    "actor-critic"; not "regularization", "attention")."""
    from .gazetteer import load_entries  # here: gazetteer is not imported by rules.py
    out: dict[str, set[str]] = {}
    for e in load_entries():
        if e.type != "method":
            continue
        plain = [len(f.split()) == 1 and f.isalpha() and f.islower() for f in e.forms]
        for form, is_plain in zip(e.forms, plain):
            if not form.split() or len(form.split()) > 4:
                continue
            if is_plain and all(plain):
                continue  # "regularization": a plain word; "lasso" counts as a spelling of "Lasso"
            out.setdefault(form.lower(), set()).add(form)
    return {k: frozenset(v) for k, v in out.items()}


def _is_known30(words: list[str], known: dict[str, frozenset[str]]) -> bool:
    forms = known.get(" ".join(words).lower())
    if not forms:
        return False
    if len(words) == 1:  # one token: as listed ("PCA", "Lasso"/"lasso"); "Svd" or "Pca" is not the name
        return words[0] in forms or words[0].lower() in forms
    return True


def _modifier_chain_start30(low: str, i: int) -> int:
    """ "sparse overlapping group lasso": the start of up to two more variant adjectives right before ``i``."""
    for _ in range(2):
        j = low.rfind(" ", 0, i - 1)
        word = low[j + 1 : i - 1]
        if i < 2 or low[i - 1] != " " or word not in VARIANT_MODIFIERS30 or word in CHAIN_STOP30:
            break
        i = j + 1
    return i


def variant_modifier_spans30(text: str, anchors: list[tuple[int, int, str]],
                             is_title: bool = False) -> list[tuple[int, int, str, str]]:
    """ "sparse PCA", "natural actor-critic": variant adjectives and a listed technique name, typed method.

    ``anchors`` are the gazetteer's matches (start char, end char, type): the rule reads the word before each method
    match, so it costs nothing on a paper without one (no scan of the text)."""
    known: dict[str, frozenset[str]] | None = None
    out: list[tuple[int, int, str, str]] = []
    for start, end, typ in anchors:
        if typ != "method" or start < 4 or text[start - 1] != " ":
            continue
        j = text.rfind(" ", max(0, start - 20), start - 1)
        i = j + 1 if j >= 0 else 0
        word = text[i : start - 1]
        if word[:1] in "(\"\u201c[":
            word, i = word[1:], i + 1  # "(sparse PCA)"
        low_word = word.lower()
        if low_word not in VARIANT_MODIFIERS30:
            continue
        if word[0].isupper() and i > 0 and not is_title and not text[:i].rstrip().endswith((".", "(", ":")):
            continue  # "Sparse PCA" in mid-sentence: a capitalised title phrase, the capitals rules' own
        if is_title and i > 1 and text[i - 2] != ":":
            prev = text[text.rfind(" ", 0, i - 1) + 1 : i - 1]
            if prev[:1].isupper() and prev.lower() not in TITLE_SMALL30 and prev.lower() not in VARIANT_MODIFIERS30:
                continue  # "Latent Group Dropout", "Distributionally Robust Kalman Filtering": a longer name
        name = text[start:end]
        if known is None:
            known = _known_methods30()
        if not _is_known30(name.split(), known) or name.lower() in PROBLEM_BASES30:
            continue  # "regularization": a plain word; "linear regression": a problem class
        if name.endswith(("'", "\u2019")) or text[end : end + 1] == "-":
            continue  # "sparse PCA-Net": a longer name goes on with a hyphen
        nxt = text[end + 1 : end + 2] if text[end : end + 1] == " " else ""
        if nxt.isupper() and not is_title:
            continue  # "group Lasso Regression Tree": a longer capitalised name
        span = (_modifier_chain_start30(text[:i].lower(), i), end, "method", "rule:variant-modifier")
        if span not in out:  # two entries (or both matchers) may match the same name
            out.append(span)
    return out


# -- data-version ---------------------------------------------------------------------------------------------
# A release number after a name: "2.1", "v1.4", "V2", "v0.2" (not a bare integer: "MultiWOZ 2" reads as a count).
# Major number at most 19 and a minor of one or two digits: "NCBI-disease 92.28" is a score, not a release.
VERSION30 = re.compile(r"\s(?:[vV]\s?1?\d(?:\.\d{1,2}){0,2}|1?\d\.\d{1,2}(?:\.\d{1,2})?)(?![\w\-%]|\.\d)")
# A number a metric or "points" follows is a value ("WMT14 2.1 BLEU above the baseline"), not a release.
METRIC_AFTER30 = re.compile(r"\s+(?:BLEU|ROUGE|METEOR|CIDEr|SPICE|chrF|TER|F1|F-?scores?|F-?measure|accuracy|mAP|AP|AUC|"
                            r"IoU|mIoU|EM|WER|CER|MRR|NDCG|PSNR|SSIM|FID|dB|perplexity|points?|pp)\b",
                            re.IGNORECASE)


def data_version_spans30(text: str, anchors: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """ "MultiWOZ 2.1", "MIMIC-III v1.4": a listed data name (a gazetteer match in ``anchors``) and its release
    number right after it."""
    out: list[tuple[int, int, str, str]] = []
    for start, end, typ in anchors:
        if typ == "method" or text[end : end + 1] != " ":
            continue
        m = VERSION30.match(text, end)
        if m is None or METRIC_AFTER30.match(text, m.end()) is not None:
            continue
        if (start, m.end(), typ, "rule:data-version") not in out:
            out.append((start, m.end(), typ, "rule:data-version"))
    return out


def gazetteer_anchors30(doc) -> list[tuple[int, int, str]]:
    """(start char, end char, type) of the gazetteer's matches in ``doc`` (paperkg_gazetteer's doc.spans)."""
    # (session 32: the tuples kept in the doc, no Span objects made again; speed35.py)
    return gazetteer_anchors(doc)


def rule_spans30(text: str, doc, is_title: bool) -> list[tuple[int, int, str, str]]:
    """Session 28's rule spans of an abstract or a title (hook: rules.ContextRules)."""
    off = _off30()
    out: list[tuple[int, int, str, str]] = []
    if len(off) == len(RECALL_RULES30):
        return out
    anchors = gazetteer_anchors30(doc)
    if "variant-modifier" not in off:
        # precision49: a praise word's coordination or a title's longer phrase ("Effective and Robust Data
        # Augmentation", "A Robust Self-Learning Method") is no variant (session 40 round 2).
        out += drop_variant_spans49(text, variant_modifier_spans30(text, anchors, is_title), is_title)
    if "data-version" not in off and not is_title:
        out += data_version_spans30(text, anchors)
    return out
