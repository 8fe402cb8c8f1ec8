"""Session 30 (issue 10): rules behind ``PAPERKG_RECALL32`` for lower-case names that no rule proposed.

Read from the "no candidate" misses of the study pool (held-out 1, 2, 11-17, dev3-dev10; docs/history/recall32.md):

- ``kind-list``: a lower-case list right after a plural kind noun and an opener ("models such as the infinite
  relational model and the Mondrian process", "techniques such as forward stepwise regression"). The rules.LIST_INTRO and
  recall_rules.intro_list readers take only name-shaped (capitalised) items. A lower-case item is taken only with
  strong evidence, since such lists carry generic phrases ("approaches such as data augmentation"):
  its last word is a singular technique class head (``KIND_HEADS32``: "model", "network", "process", ...) and it
  has two words or more, the first not a generic word nor a gerund; plural heads name classes ("topic models",
  "sliding window classifiers": 10 of 18 plural corpus additions were right, 17 of 22 singular); never a class the
  guideline calls generic ("recurrent neural networks", "large language models"). A second way in, another member of the
  list being a known method and the item ending in any technique head (lexicon.METHOD_HEADS), was tried and
  dropped: 3 of its 10 corpus additions were right ("greedy search", "cost-sensitive learning").

The function returns rule matches (start, end, type, rule) as the context rules do; the hook is
``rules.ContextRules`` (after recall31's). ``PAPERKG_RECALL32`` ("off", or a comma list of these part names)
switches parts off, for ablations.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import recall30, recall_rules

RECALL_RULES32 = ("kind-list",)


def _off32() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RECALL32", RECALL_RULES32)


# -- kind-list ------------------------------------------------------------------------------------------------
# Openers, searched with str.find (no regex scan of the text): a list starts right after one.
KIND_OPENERS32 = (" such as ", " including ", " e.g. ", " e.g., ", " namely ", " like ")
# Plural kind nouns right before the opener (a comma or "(" between allowed): the list's items are techniques.
KIND_NOUNS32 = frozenset("approaches methods algorithms techniques models architectures frameworks estimators "
                         "classifiers baselines designs schemes strategies methodologies variants".split())
# Heads that name a class of techniques on their own ("infinite relational model", "sparse auto-encoders").
# Not "learning", "training", "augmentation", "method": those heads make generic phrases ("data augmentation"); not
# "search" ("greedy search", "beam search": generic); not "algorithm" ("dense visual odometry algorithm": a
# description, 4 of 6 wrong in the corpus sample).
KIND_HEADS32 = frozenset("""model network autoencoder auto-encoder machine process regression classifier estimator
    forest field filter transformer sampler descent propagation""".split())
# First words that make a phrase generic ("neural network models", "deep learning models", "existing models").
GENERIC32 = frozenset("""data deep neural machine learning based existing traditional standard conventional classical
    popular recent various other several many different new novel simple basic general generic modern current
    typical common state-of-the-art art large small language generative discriminative statistical vanilla naive
    plain any each
    probabilistic supervised unsupervised linear nonlinear non-linear""".split())
DETERMINERS32 = ("the ", "a ", "an ")
# Words that make the item a kind of things ("variants of gradient descent", "ensembles of X").
KIND_WORDS32 = frozenset("variant variants version versions kind kinds type types family families class classes "
                         "ensemble ensembles previous prior".split())
# Class names the guideline calls generic (optional at most): an item ending so is no name.
CLASS_ENDS32 = ("neural network", "neural networks", "language model", "language models", "learning model",
                "learning models")
ITEM_STOP32 = ",;:()[].?!\"\u201c\u201d"
CONJUNCTIONS32 = ("and ", "or ")
# Words that start a clause or a phrase after the last item ("X and Y are limited", "X for segmentation"): the
# item ends before them and the list ends.
CLAUSE_WORDS32 = frozenset("""are is was were have has had can could may might will would which that who whose
    to for in on with by from as at into than been being do does did not also both but while yet these this
    those our their its such achieving using""".split())


def _kind_before(text: str, i: int) -> bool:
    """Does a plural kind noun end right before position ``i`` (past spaces and one "," or "(")?"""
    j = i
    while j and text[j - 1] == " ":
        j -= 1
    if j and text[j - 1] in ",(":
        j -= 1
        while j and text[j - 1] == " ":
            j -= 1
    k = text.rfind(" ", max(0, j - 20), j)
    return text[k + 1 : j].lower() in KIND_NOUNS32


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back past spaces ("the variational autoencoder (VAE)": the item ends before the space)."""
    while end > start and text[end - 1] == " ":
        end -= 1
    return end


def _list_items(text: str, pos: int) -> list[tuple[int, int]]:
    """(start, end) of the items of a list that starts at ``pos``: separated by ",", "and", "or"; the list ends at
    other punctuation, or at an item of more than five words (a clause)."""
    items: list[tuple[int, int]] = []
    limit = min(len(text), pos + 240)
    while pos < limit and len(items) < 8:
        for c in CONJUNCTIONS32:
            if text.startswith(c, pos):
                pos += len(c)
        start = pos
        end = pos
        words = 0
        stop = False
        while end < limit:
            if text[end] in ITEM_STOP32:
                stop = text[end] != ","
                break
            if text[end] == " " and text.startswith(CONJUNCTIONS32, end + 1):
                break
            if text[end] == " " and end > start:
                k = text.find(" ", end + 1, end + 14)
                nxt = text[end + 1 : k if k > 0 else end + 14]
                if nxt in CLAUSE_WORDS32 or nxt.endswith("ed") and nxt.islower():
                    stop = True  # "X and Y are limited", "X combined with Y"
                    break
            if text[end] == " ":
                words += 1
            end += 1
        first = text[start : text.find(" ", start, end) if " " in text[start:end] else end]
        if end == start or words >= 5 or first in CLAUSE_WORDS32:
            break  # ", but these models": the list has ended
        items.append((start, _trim_end(text, start, end)))
        if stop or end >= limit:
            break
        if text[end] == ",":
            pos = end + 1
            while pos < limit and text[pos] == " ":
                pos += 1
        else:
            pos = end + 1  # the space before "and"/"or"
    return items


def _lower_item(text: str, start: int, end: int) -> tuple[int, list[str]]:
    """The item's start past a determiner and its words, when they are lower-case words (hyphens inside) or a
    capitalised word before lower-case ones ("the Mondrian process"); no words otherwise."""
    for d in DETERMINERS32:
        if text.startswith(d, start):
            start += len(d)
            break
    words = text[start:end].split()
    if any(w in ("the", "a", "an") for w in words):
        return start, []  # "choosing the single best model": a clause, not a name
    if not words or not all(w.replace("-", "").isalpha() and (w.islower() or k == 0 and w[1:].islower())
                            for k, w in enumerate(words)):
        return start, []
    return start, words


def kind_list_spans32(text: str, found: list[tuple[int, int, str, str]],
                      anchors: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """Lower-case technique names in a list after a plural kind noun and an opener (see the module's notes)."""
    out: list[tuple[int, int, str, str]] = []
    for opener in KIND_OPENERS32:
        i = text.find(opener)
        while i != -1:
            if _kind_before(text, i):
                items = _list_items(text, i + len(opener))
                known = [(s, e) for s, e, t, _ in found if t in ("method", "model")]
                known += [(s, e) for s, e, t in anchors if t == "method"]
                for s, e in items:
                    start, words = _lower_item(text, s, e)
                    if len(words) < 2 or any(p in GENERIC32 for p in words[0].lower().split("-")):
                        continue
                    head = words[-1]
                    if head not in KIND_HEADS32 or words[0].endswith("ing") or any(w in KIND_WORDS32 for w in words) \
                            or " ".join(words[-3:]).endswith(CLASS_ENDS32):
                        continue  # "topic models", "training process", "variants of X": classes
                    if words[0][0].isupper() and len(words) > 2:
                        continue  # "the Mondrian process": an eponym before a class head, nothing else
                    if any(ks < e and start < ke for ks, ke in known):
                        continue  # a name or part of one ("principal component analysis combined")
                    span = (start, e, "method", "rule:kind-list")
                    if span not in out:
                        out.append(span)
            i = text.find(opener, i + len(opener))
    return out


def rule_spans32(text: str, doc: Doc, is_title: bool,
                 found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Session 30's rule spans of an abstract or a title (hook: rules.ContextRules, after recall31's)."""
    off = _off32()
    out: list[tuple[int, int, str, str]] = []
    if len(off) == len(RECALL_RULES32):
        return out
    if "kind-list" not in off and not is_title and (" such as " in text or " including " in text
                                                      or " e.g." in text or " namely " in text or " like " in text):
        out += kind_list_spans32(text, found, recall30.gazetteer_anchors30(doc))
    return out
