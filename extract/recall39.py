"""Session 34 (issue 10: extraction recall): the nodes of recall36's ``modified-name`` part, behind
``PAPERKG_RECALL39`` ("off" or a comma list of parts to switch off).

- ``modified-key``: in the corpus identity step (``canonical._canonicalise``, beside senses29's ``variant-base``),
  a key whose member is a mined modified name ("linear SVM": modifier + a listed method's form) also counts as the
  modifier + that entry's name, spelt out ("linear support vector machine"), so the spellings of one thing are one
  node: session 33's merged 73k build had ``method:linear-svm`` (52 papers) beside
  ``method:linear-support-vector-machine``, and ``method:mini-batch-sgd`` beside
  ``method:mini-batch-stochastic-gradient-descent``. A modified spelling that is known as another listed method
  (``LISTED_READINGS39``: "variational Bayesian inference" is variational inference, not a kind of Bayesian
  inference) counts as that method's name instead: the listed reading wins over the modifier reading. The same
  part holds the own-definition guard (``own_definition39``, called from ``recall36.modified_name_spans36``): a
  modified spelling is not taken where the abstract defines its acronym base with a long form no list holds
  ("bidirectional LSTM (Long and short term memory)"), so the paper's bare uses keep its definition.

- ``modified-link`` (lead, session 34 merge): a modified-name node names its listed base's node in ``family``, as
  senses29's ``variant-link`` does for variant adjectives ("sparse PCA"), so the graph keeps the link the keying
  cuts: VARIANT_OF (Linear Support Vector Machine -> Support Vector Machine; 60 "linear SVM" papers that counted as
  SVM before the part). Not for a listed reading (the same node as its base).

Acts only when recall36's ``modified-name`` is on (``PAPERKG_RECALL36=on:modified-name`` or the default): with
it off, the output is unchanged. Corpus-step code (pure function of a key's member names and the shipped lists),
so the output is the same for any worker count; not in setup.py's ``COMPILED``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .recall_rules import _parts_off

RECALL_RULES39 = ("modified-key", "modified-link")

# Modified spellings that name another listed thing, not the modifier's kind of the base they end in
# ("variational Bayesian inference" is variational inference / variational Bayes applied to a Bayesian model), or
# the base itself under its maker's name ("OpenAI GPT" is GPT: an organisation is no modifier).
# Spelling (any case) -> the other name: a listed entry's spelt-out name when the list holds it
# (canonical._entry_of_form), else the name as written here (it joins the key the corpus spells so).
LISTED_READINGS39 = {
    "variational bayesian inference": "variational inference",
    "openai gpt": "GPT",
    # A modifier that restates what the base is: PCA is linear ("linear PCA" against kernel or non-linear PCA),
    # label propagation is semi-supervised.
    "linear pca": "PCA",
    "semi-supervised label propagation": "label propagation",
    # Another name of one method (softmax regression), the one the corpus writes more (10 papers against 4).
    "multiclass logistic regression": "multinomial logistic regression",
    # Other spellings of one method that a paper defines with an acronym ("averaged stochastic gradient method
    # (ASGD)", "Key-value Memory Neural Networks (KV-MemNNs)"): read at 73k as nodes beside the modified names.
    "averaged stochastic gradient descent": "averaged stochastic gradient method",
    "key-value memory network": "key-value memory neural network",
}


def _off39() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL39", RECALL_RULES39)


def _modified_on() -> bool:
    from .recall36 import _off36

    return "modified-name" not in _off36()


@lru_cache(maxsize=1)
def modified_bases39() -> dict[str, tuple[str, str]]:
    """Each loaded modified spelling (recall36.modified_names36, title-cased forms too) -> (modifier, listed base
    as written in it)."""
    from .recall36 import modified_names36, title_cased36

    loaded = modified_names36()
    text = resources.files("paperkg.extract").joinpath("data/modified_names36.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) < 4 or cells[0] not in loaded or not cells[0].endswith(" " + cells[3]):
            continue
        modifier, base = cells[0][: -len(cells[3])].strip(), cells[3]
        out.setdefault(cells[0], (modifier, base))
        titled = title_cased36(cells[0])
        if titled in loaded:
            out.setdefault(titled, (title_cased36(modifier), title_cased36(base)))
    return out


def modified_spelling39(name: str) -> str | None:
    """The identity spelling (text.variant_key) a modified name also counts as: a listed reading's method name
    ("variational Bayesian inference" -> "variationalinference"), else the modifier + its base entry's name
    ("linear SVM" -> "linearsupportvectormachine"); None for other names, a base no single listed method holds,
    or a spelling that is already the spelt-out form."""
    from .canonical import _entry_of_form
    from .senses29 import _method_entries29
    from .text import variant_key

    got = modified_bases39().get(name)
    if got is None:
        return None
    reading = LISTED_READINGS39.get(name.lower())
    if reading is not None:
        entry = _entry_of_form().get(variant_key(reading))
        return variant_key(spelt_out39(entry.name, entry.forms) if entry is not None else reading)
    entries = _method_entries29()
    modifier, base = got
    listed = entries.get(variant_key(base))
    if listed is None:
        return None
    spelt = variant_key(f"{modifier} {spelt_out39(listed[1], _entry_forms39(listed[0]))}")
    return spelt if spelt and spelt != variant_key(name) else None


def _entry_forms39(ref) -> tuple[str, ...]:
    from .corpus import entry_of

    return tuple(entry_of(ref).forms)


def spelt_out39(name: str, forms) -> str:
    """A list entry's name spelt out: the name, or when it is an acronym ("GPT") the entry's first form in words
    ("Generative Pre-trained Transformer"): an acronym is no safe spelling to join on when the corpus gives it
    several senses (canonical._safe_forms)."""
    from .canonical import _acronym

    if not _acronym(name):
        return name
    return next((f for f in forms if " " in f and not _acronym(f)), name)


def modified_spellings39(key: str, names: list[str]) -> list[str]:
    """Part ``modified-key``: the spellings a key's member names add for identity (see modified_spelling39). Keys
    kept apart from their spelling ("apart:", "coined:") add none; none while recall36's modified-name is off."""
    if "modified-key" in _off39() or key.startswith(("apart:", "coined:")) or not _modified_on():
        return []
    out: list[str] = []
    for name in sorted(set(names)):
        spelt = modified_spelling39(name)
        if spelt and spelt not in out:
            out.append(spelt)
    return out


def modified_base39(names) -> tuple[object, str] | None:
    """Part ``modified-link``: the listed base entry (ref, name) of a node whose member names include a mined
    modified spelling ("linear SVM" -> the SVM entry), or None (the part or modified-name off, a listed reading, a
    base no single listed method holds)."""
    if "modified-link" in _off39() or not _modified_on():
        return None
    from .senses29 import _method_entries29
    from .text import variant_key

    bases, entries = modified_bases39(), _method_entries29()
    for name in sorted(set(names)):
        got = bases.get(name)
        if got is None or name.lower() in LISTED_READINGS39:
            continue
        listed = entries.get(variant_key(got[1]))
        if listed is not None:
            return listed
    return None


__all__ = ["LISTED_READINGS39", "RECALL_RULES39", "modified_base39", "modified_bases39", "modified_spelling39",
           "modified_spellings39",
           "own_definition39"]


# ---- own-definition guard (session 34) ---------------------------------------------------------------------------
_WORDS39 = re.compile(r"[\w\-]+")


def own_definition39(text: str, base: str) -> bool:
    """Does the abstract define the modified name's acronym base its own way ("bidirectional LSTM (Long and short
    term memory)", "Long and short term memory (LSTM)"), with a long form no list entry holds for it? Then the
    paper's bare uses of the acronym carry its definition: a modified name must not swallow them (at 73k one paper's
    definition was left alone and became a node of its own beside LSTM). A listed long form ("support vector
    machines (SVMs)") is no own definition."""
    if "modified-key" in _off39() or not base.isupper() or f"({base}" not in text and f"{base} (" not in text:
        return False
    from .canonical import _entry_of_form
    from .text import variant_key

    entry = _entry_of_form().get(variant_key(base))
    forms = {variant_key(f) for f in entry.forms} | {variant_key(entry.name)} if entry is not None else set()
    b = re.escape(base)
    for m in re.finditer(b + r"s? \(([^()]{3,80})\)", text):  # "LSTM (long form)"
        long = m.group(1)
        if len(long.split()) >= 2 and variant_key(long) not in forms:
            return True
    for m in re.finditer(r"\(" + b + r"s?\)", text):  # "long form (LSTM)"
        words = _WORDS39.findall(text[max(0, m.start() - 120):m.start()])[-8:]
        if len(words) >= 2 and not any(variant_key(" ".join(words[i:])) in forms for i in range(len(words) - 1)):
            return True
    return False
