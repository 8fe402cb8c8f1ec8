"""Session 40 round 2 (issue 10, node precision): a variant adjective that praises or describes, not a variant.

Switched with ``PAPERKG_PRECISION49`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts).

recall30's ``variant-modifier`` rule reads "sparse PCA", "group lasso", "robust PCA": a variant adjective before a
listed technique name is part of the name. The 73k graph's node-precision files (sessions 32-40) judge four of its
nodes wrong where the adjective is the paper's praise or a piece of a longer description: "FlipDA: Effective and
[Robust Data Augmentation]", "a novel efficient and [robust Expectation Propagation] algorithm", "Scalable and
[Robust Self-Learning] for Skill Routing", "A [Robust Self-Learning] Method for ...", "based on PoS [weighted
Word2Vec] word embeddings". The parts drop such a rule match (one call, in ``recall30.rule_spans30``); the listed
name the gazetteer found ("Data Augmentation", "Expectation Propagation", "Word2Vec") stays.

- ``praise-coordinated``: the adjective is coordinated with a word of praise before it ("effective and robust",
  "efficient and robust", "scalable and robust", "private and robust"): a quality the paper claims, not a variant.
  Not a list of variants ("linear and kernel SVMs", "marginal and conditional MCMC", "Optimistic and Incremental
  Q-Learning", "parallel and distributed GBDT"): the word before must be a praise word (``PRAISE49``).
- ``title-robust-noun``: in a title, "Robust X" followed by a capitalised noun that X modifies ("A Robust
  Self-Learning Method for", "Robust Transformer Modeling", "Robust LSTM Training", "Robust StyleGAN Inversion"):
  "Robust" qualifies the whole phrase, the paper's goal. Only "robust", the one adjective of the list that is also
  praise: "Randomized PCA Algorithms" is a variant. A function word after ("Robust Lasso with", "Robust PCA and
  Its") leaves the match.
- ``caps-before`` (default off): in an abstract, the adjective follows a capitalised word inside the sentence
  ("PoS weighted Word2Vec", "Importance weighted variational inference"): a longer name or description the rule
  cut. Off: on the 73k corpus it also meets "Gaussian kernel perceptron", "NP-hard kernel k-means".
"""

from __future__ import annotations

import re

PRECISION_RULES49 = ("praise-coordinated", "title-robust-noun", "caps-before")
DEFAULT_OFF49: frozenset[str] = frozenset({"caps-before"})


def _precision_off49() -> frozenset[str]:
    from .recall_rules import parts_off_by_default  # here: recall30 (imported by rules.py) imports this module

    return parts_off_by_default("PAPERKG_PRECISION49", PRECISION_RULES49, DEFAULT_OFF49)


def part_on49(part: str) -> bool:
    return part not in _precision_off49()


# Words of praise a paper coordinates with "robust" to say what its method achieves (not variant adjectives).
PRAISE49 = frozenset(
    "effective efficient scalable private accurate fast faster practical stable reliable flexible fair safe "
    "secure interpretable lightweight novel general generic unified principled powerful provable cheap "
    "explainable adaptive versatile compact economical expressive trustworthy".split())
# "Effective and ", "efficient, ", "fast, scalable and ": the word before the coordination.
_COORD49 = re.compile(r"(?:^|[\s(\"\u201c])([A-Za-z][\w\-]*)(?:\s*,\s*(?:and|or)?|\s+(?:and|or))\s+$")
# Words after "Robust X" in a title that end the phrase rather than carry it on.
_TITLE_STOP49 = frozenset(
    "a an the for with via and of on in using through to by from towards toward beyond is are as at under into "
    "over against without within versus vs or its their".split())
_CAPS_WORD49 = re.compile(r"(?:^|\s)([A-Z][\w\-]*)\s+$")
_FUNCTION49 = frozenset("The A An We Our In On For To Of And Or With By From As At It Its Is Are This That These Those "
                        "Their Using Use Both Then Here Also Each Such All Compared Based Unlike When While Where "
                        "Which Like Thus Hence Since Although Most Many Several Some Other Only Even".split())


def praise_coordinated49(text: str, start: int) -> bool:
    """Is the match starting at ``start`` coordinated with a praise word before it ("efficient and robust X")?"""
    m = _COORD49.search(text[max(0, start - 40):start])
    return m is not None and m.group(1).lower() in PRAISE49


def title_robust_noun49(text: str, start: int, end: int) -> bool:
    """In a title, does "Robust X" go on with a capitalised noun X modifies ("Robust LSTM Training")?"""
    if not text[start:end].lower().startswith("robust "):
        return False
    nxt = re.match(r"\s+([A-Za-z][\w\-]*)", text[end:])
    if nxt is None:
        return False
    word = nxt.group(1)
    return word[0].isupper() and word.lower() not in _TITLE_STOP49


def caps_before49(text: str, start: int) -> bool:
    """In an abstract, does a capitalised word inside the sentence come right before the match ("PoS weighted")?"""
    before = text[max(0, start - 40):start]
    m = _CAPS_WORD49.search(before)
    if m is None or m.group(1) in _FUNCTION49:
        return False
    lead = before[:m.start(1)].rstrip()
    return bool(lead) and not lead.endswith((".", "!", "?", ":", ";"))


def variant_part49(text: str, span: tuple[int, int, str, str], is_title: bool) -> str | None:
    """The part that drops the variant-modifier match ``span``, or None (switches not read)."""
    start, end = span[0], span[1]
    if praise_coordinated49(text, start):
        return "praise-coordinated"
    if is_title and title_robust_noun49(text, start, end):
        return "title-robust-noun"
    if not is_title and caps_before49(text, start):
        return "caps-before"
    return None


def drop_variant_spans49(text: str, spans: list[tuple[int, int, str, str]],
                         is_title: bool) -> list[tuple[int, int, str, str]]:
    """recall30's variant-modifier matches without those the parts on find praise or description."""
    if not spans:
        return spans
    off = _precision_off49()
    if len(off) == len(PRECISION_RULES49):
        return spans
    out = []
    for span in spans:
        part = variant_part49(text, span, is_title)
        if part is not None and part not in off:
            continue
        out.append(span)
    return out
