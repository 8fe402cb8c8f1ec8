"""Session 29 (issue 10): span rules behind ``PAPERKG_RECALL31`` where a found name comes out too short.

Read from the false negatives and false positives of the study pool (held-out 1, 2, 11-17, dev3-dev10;
docs/history/recall31.md). Two shapes that recall30's ``variant-modifier`` leaves short:

- ``eponym-variant``: a variant adjective before an eponymous technique that no list holds but the eponym rules
  find ("incomplete Cholesky decomposition", "regularized Newton's method", "randomized Kaczmarz algorithm"):
  recall30 reads only the gazetteer's matches, so the bare eponym stays an entity (a false positive) and the
  variant is missed. The same closed adjective list (recall30.VARIANT_MODIFIERS30).
- ``data-variant``: a benchmark-forming participle before a listed dataset ("permuted MNIST", "split CIFAR-100",
  "rotated MNIST", "sequential MNIST"): the continual-learning and robustness benchmarks built from a dataset.
  Only after a determiner, a preposition, a conjunction or punctuation ("we split CIFAR-10 into ..." is a verb).

Each function returns rule matches (start, end, type, rule) as the context rules do; the hook is
``rules.ContextRules`` (after recall30's). ``PAPERKG_RECALL31`` ("off", or a comma list of these part names)
switches parts off, for ablations.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import recall30, recall_rules

RECALL_RULES31 = ("eponym-variant", "data-variant")


def _off31() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RECALL31", RECALL_RULES31)


# -- eponym-variant -------------------------------------------------------------------------------------------
EPONYM_RULES31 = frozenset({"rule:eponym", "rule:possessive-eponym"})
# The eponym rule ends "the Newton method" before its noun; the variant's name keeps it ("regularized Newton method").
EPONYM_NOUNS31 = (" method", " algorithm")
# Before the adjective, a coordination makes it a description ("an efficient and robust Expectation Propagation").
EPONYM_COORDINATED31 = frozenset({"and", "or", "and/or"})


def eponym_variant_spans31(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """ "incomplete Cholesky decomposition", "regularized Newton's method": a lower-case variant adjective (and up
    to two more before it) right before a method match of the eponym rules in ``found``."""
    out: list[tuple[int, int, str, str]] = []
    listed = [(s, e) for s, e, _, r in found if r == "rule:variant-modifier"]
    for start, end, typ, rule in found:
        if rule not in EPONYM_RULES31 or typ != "method" or start < 4 or text[start - 1] != " ":
            continue
        if any(s < end and start < e for s, e in listed):
            continue  # a listed name ("Gibbs sampler", "Lasso"): recall30's variant-modifier has it
        j = text.rfind(" ", max(0, start - 20), start - 1)
        i = j + 1 if j >= 0 else 0
        word = text[i : start - 1]
        if word[:1] in "(\"\u201c[":
            word, i = word[1:], i + 1
        if word not in recall30.VARIANT_MODIFIERS30:  # lower case only: "Sparse Cholesky" is a title phrase
            continue
        if text[end : end + 1] == "-":
            continue  # "regularized Newton-CG": a longer name goes on with a hyphen
        first = recall30._modifier_chain_start30(text[:i].lower(), i)
        before = text[max(0, first - 30) : first].split()
        if before and (before[-1] in EPONYM_COORDINATED31 or "-" in before[-1] and before[-1].islower()):
            continue  # "efficient and robust X": a description; "inverse-free truncated X": a longer name
        for noun in EPONYM_NOUNS31:  # only where the eponym rule stopped at the person ("the Newton method")
            if text[end - 1 : end].isalpha() and text[max(start, text.rfind(" ", start, end) + 1) : end][:1].isupper() \
                    and text.startswith(noun, end) and not text[end + len(noun) : end + len(noun) + 1].isalnum():
                end += len(noun)
                break
        span = (first, end, "method", "rule:eponym-variant")
        if span not in out:
            out.append(span)
    return out


# -- data-variant ---------------------------------------------------------------------------------------------
# Participles that make a benchmark of a dataset: "permuted MNIST", "split CIFAR-100", "rotated MNIST",
# "sequential MNIST", "colored MNIST", "corrupted CIFAR-10". Not "noisy"/"imbalanced"/"long-tailed" (a setting).
DATA_VARIANTS31 = frozenset("permuted split rotated sequential colored coloured corrupted".split())
# A cheap test (C substring searches) before the gazetteer's matches are read: most abstracts have none of them.
DATA_VARIANT_STEMS31 = ("ermuted ", "plit ", "otated ", "equential ", "olored ", "oloured ", "orrupted ")
# Words after which the participle is an adjective, not a verb ("on split CIFAR-100", not "we split CIFAR-10").
DATA_VARIANT_AFTER31 = frozenset("the a an on in of and or with to from for as including like both namely "
                                 "e.g. i.e. such".split())


def data_variant_spans31(text: str, anchors: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """ "permuted MNIST", "Split CIFAR-100": a variant participle before a listed data name (a gazetteer match in
    ``anchors``), typed as the entry."""
    out: list[tuple[int, int, str, str]] = []
    for start, end, typ in anchors:
        if typ == "method" or start < 4 or text[start - 1] != " ":
            continue
        j = text.rfind(" ", max(0, start - 20), start - 1)
        i = j + 1 if j >= 0 else 0
        word = text[i : start - 1]
        if word[:1] in "(\"\u201c[":
            word, i = word[1:], i + 1
        elif i > 0:
            before = text[: i - 1].rstrip()
            prev = before[before.rfind(" ") + 1 :].lower()
            if before and before[-1] not in ",;:(.!?" and prev not in DATA_VARIANT_AFTER31:
                continue  # "we split CIFAR-10 into", "images are rotated MNIST-style"
        if word.lower() not in DATA_VARIANTS31 or (word[0].isupper() and word[1:].lower() != word[1:]):
            continue
        if text[end : end + 1] == "-" or text[end : end + 2].strip()[:1].isupper():
            continue  # "split CIFAR-100-LT", "rotated MNIST Digits": a longer name goes on
        span = (i, end, typ, "rule:data-variant")
        if span not in out:
            out.append(span)
    return out


def rule_spans31(text: str, doc: Doc, is_title: bool,
                 found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Session 29's rule spans of an abstract or a title (hook: rules.ContextRules, after recall30's); ``found``
    holds the rule matches so far (the eponym rules' among them)."""
    off = _off31()
    out: list[tuple[int, int, str, str]] = []
    if len(off) == len(RECALL_RULES31):
        return out
    if "eponym-variant" not in off:
        out += eponym_variant_spans31(text, found)
    if "data-variant" not in off and not is_title and any(w in text for w in DATA_VARIANT_STEMS31):
        out += data_variant_spans31(text, recall30.gazetteer_anchors30(doc))
    return out
