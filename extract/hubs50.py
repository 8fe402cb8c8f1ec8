"""Session 48 round 2 (issue 10, hubs50): four kinds of foreign alias that check-graph found on the 73k build.

Switched with ``PAPERKG_HUBS50`` ("off" or "0", or a comma list of these part names to switch off).

- ``case-coiner`` (``later_case_coiners50``, read by canonical.py's ``_part_coined_names``): a paper that coins a
  name in mixed case ("We propose TReCS, a sequential model") after many papers used a name that differs only in
  case ("TREC") shared their key: precision60 keys the coinage "apart:trec", the key the corpus gives undecided
  bare uses of TREC, and ``_established`` then keeps the coiner with the users. A coiner whose every spelling has
  mixed inner case, that no user of the key writes, and that is later than the key's first user is a homonym: it
  gets its own coined key. The year decides: VaTeX's coining paper comes first and its users write "VATEX".
- ``kind-tail-key`` (``tail_form_key50``, read by canonical.py's ``local_key``): "WordNet Embeddings" (a method,
  a paper's title) folds to "wordnet" (variant_key drops the kind word) and got the key "form:wordnet"; as a key
  with no list entry or definition behind it, it followed the data class most papers give that spelling: the
  embeddings of WordNet became an alias of WordNet. A method or model named as a listed dataset or benchmark
  plus a technique kind word (embeddings, classifier, optimizer, loss, network) keys on its own words with the
  kind word. "GloVe embeddings" is untouched (GloVe is listed as a method).
- ``tail-letters`` (``tail_letters50``, read by canonical.py's ``_canonical``): "Bayesian Network Classifiers
  (BCs)" folds to "Bayesian network" (kind word dropped) and joins Bayesian networks; its short form spells the
  kind word ("C" of Classifiers), so it names the classifiers, not the node: no alias of a node whose name it does
  not spell. The long form stays (the check accepts it).
- ``gloss-bracket`` (``gloss_not_long_form50``, read by abbreviations.py's short-first definitions): "fusion ViT
  (ViT with an extra fusion token)": a bracket that starts with the short form itself glosses a variant; it is no
  long form of it ("ViT with an extra fusion token" became an alias of Vision Transformer).
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

HUBS_RULES50 = ("case-coiner", "kind-tail-key", "tail-letters", "gloss-bracket")
DEFAULT_OFF50: frozenset[str] = frozenset()


def _off50() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_HUBS50", HUBS_RULES50, DEFAULT_OFF50)


def on50(part: str) -> bool:
    return part not in _off50()


# -- case-coiner -----------------------------------------------------------------------------------------------------
MIN_USERS50 = 3  # users of the key (bare, no naming cue) before a mixed-case coiner is read as a homonym


def _singular50(text: str) -> str:
    return text[:-1] if len(text) > 3 and text[-1] == "s" and text[-2].isupper() else text


def mixed_case50(text: str) -> bool:
    """A spelling with a capital after its first letter and a lower-case letter ("TReCS", "TIGEr", "VaTeX"); not
    all capitals ("TREC", "TRECs"), not capitalised ("Trec"), not lower case."""
    t = _singular50(text.strip())
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 3 and any(c.isupper() for c in letters[1:]) and any(c.islower() for c in letters)


def later_case_coiners50(found, users, coined_as, used_as, key: str) -> set:
    """The coiners (``(year, id, index)`` tuples of ``found``) of a key that coin it in a mixed case no user of the
    key writes, later than the key's first user: each is a homonym of the users' name. ``users``: the key's bare
    users (same tuples); ``coined_as`` / ``used_as``: (key, index) -> the spellings as written."""
    if not on50("case-coiner") or len(users) < MIN_USERS50:
        return set()
    first_use = min((u[0] for u in users if u[0]), default=0)
    if not first_use:
        return set()
    written = {_singular50(t) for u in users for t in used_as.get((key, u[2]), ())}
    out = set()
    for c in found:
        spellings = coined_as.get((key, c[2]), set())
        if not spellings or not c[0] or c[0] <= first_use:
            continue
        if all(mixed_case50(s) for s in spellings) and not any(_singular50(s) in written for s in spellings):
            out.add(c)
    return out


# -- kind-tail-key ---------------------------------------------------------------------------------------------------
TECHNIQUE_TAILS50 = frozenset((
    "embedding", "embeddings", "classifier", "classifiers", "optimizer", "optimiser", "loss", "network", "networks",
))
TECHNIQUE_TYPES50 = frozenset(("method", "model"))
DATA_TYPES50 = frozenset(("dataset", "benchmark"))


def tail_form_key50(name: str, typ: str, entry_of_form: dict, variant_key) -> str | None:
    """The key of a method or model named as a listed data resource plus a technique kind word ("WordNet
    Embeddings", "ImageNet classifier"): its own spelling with the kind word ("form:wordnetembedding"), not the data
    name's ("form:wordnet", which variant_key gives it and which joins WordNet). None where the rule does not apply
    ("GloVe embeddings": GloVe is listed as a method, the embeddings are GloVe's)."""
    if not on50("kind-tail-key") or typ not in TECHNIQUE_TYPES50:
        return None
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in TECHNIQUE_TAILS50:
        return None
    ident = variant_key(name)
    if ident != variant_key(" ".join(words[:-1])):
        return None
    entry = entry_of_form.get(ident)
    if entry is None or entry.type not in DATA_TYPES50:
        return None
    return "form:" + ident + variant_key(words[-1])


# -- tail-letters ----------------------------------------------------------------------------------------------------
# Not "network(s)": a Spatial Transformer Network (STN) is the Spatial Transformer node itself (read at 73k: STN
# lost from Spatial Transformer in 7 papers when networks counted).
LETTER_TAILS50 = frozenset(("classifier", "classifiers", "embedding", "embeddings", "optimizer", "optimiser", "loss"))


def tail_letters50(short: str, long_form: str, name: str, capitals_fit, variant_key) -> bool:
    """Does a definition's short form spell the kind word its long form loses in the node's name? "BCs" of
    "Bayesian Network Classifiers", in the node "Bayesian networks": the letters fit the long form only with
    "Classifiers", which variant_key drops, and they do not fit the node's name."""
    if not on50("tail-letters"):
        return False
    words = long_form.split()
    if len(words) < 2 or words[-1].lower() not in LETTER_TAILS50:
        return False
    if variant_key(long_form) != variant_key(" ".join(words[:-1])):
        return False  # the kind word is part of the name's identity here
    return capitals_fit(short, long_form) and not capitals_fit(short, " ".join(words[:-1])) and not capitals_fit(
        short, name)


# -- gloss-bracket ---------------------------------------------------------------------------------------------------
def gloss_not_long_form50(short: str, long: str) -> bool:
    """"ViT (ViT with an extra fusion token)": the bracket opens with the short form itself and goes on in lower-case
    words: a gloss of a variant. "R-CNN (RP R-CNN)" or "MMD (MMD GAN)" are left to the other rules (a name in the
    bracket; read at 73k, cutting them lost a right pair or added a piece of the longer name)."""
    if not on50("gloss-bracket"):
        return False
    return re.match(re.escape(short) + r" [a-z]", long) is not None
