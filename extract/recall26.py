"""Session 25 (issue 10): recall rules behind ``PAPERKG_RECALL26``.

``defined-head``: a lower-case long form the paper defines with its own short form, whose last word is a technique
or architecture head ("a kernel prediction network (KPN)", "probabilistic soft logic (PSL)", "coupled generative
adversarial networks (CoGAN)", "the dependent hierarchical beta process (dHBP)"), is a method even when the paper
only uses it (no proposal verb, no naming cue, one use): the resolver had no type for it and dropped it. Classes
stay untyped: every word but the head generic ("deep neural networks (DNNs)", "large language models (LLMs)",
"vision-language models (VLMs)"), a generic short form, or a "... model" with fewer than two words of its own
("reward model (RM)", "latent variable model (LVM)"; "active appearance model (AAM)" is a name). The short form must be spelt by the long form's word initials, so an unrelated bracket
("(see Section 2)") never names it. Hook: resolve.PaperResolver._entity, before the "no-type" drop.
"""

from __future__ import annotations

import re

from .lexicon import GENERIC_ACRONYMS, GENERIC_WORDS, TASK_HEADS
from .recall_rules import CLASS_WORDS, FIELD_OR_DEVICE, _parts_off

RECALL_RULES26 = ("defined-head",)


def _recall_off26() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL26", RECALL_RULES26)


# Heads that make a defined lower-case phrase a technique or an architecture. "system" (speech recognition
# system, human visual system), "learning" and "planning" (fields), "analysis" and "equations" (problems and
# objects more often than a paper's tool) are left out.
DEFINED_HEADS = frozenset("""network networks net nets machine machines process processes logic filter filters
autoencoder autoencoders auto-encoder auto-encoders blockmodel blockmodels model models""".split())
MODEL_KIND_HEADS = frozenset(("model", "models"))  # "... model" names a technique with two words of its own, a class with one
LOWER_WORDS = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
INITIAL_STOP = frozenset("of for and the in on with to a an".split())


# Modifiers that make a head a class or a formalism, besides lexicon.GENERIC_WORDS and recall_rules.CLASS_WORDS:
# "undirected graphical models", "Markov decision process", "the data-generating process".
CLASS_MODIFIERS = frozenset("graphical undirected directed variable decision generating data-generating".split())
ACTIVITY_ENDINGS = ("tion", "sion", "ing", "al")  # "classification", "super-resolution", "focusing", "emotional"
_CLASS = GENERIC_WORDS | CLASS_WORDS | CLASS_MODIFIERS


def _generic(word: str) -> bool:
    """A class word, whole ("pre-trained") or in every hyphen part ("vision-language")."""
    return word in _CLASS or all(p in _CLASS for p in word.split("-") if p)


def _spelt(long_form_words: list[str], short: str) -> bool:
    """The short form's capitals (or all its letters) are the initials of the long form's words, hyphen parts
    counted as words: KPN, CoGAN (C-G-A-N), dHBP, LTNs (plural s dropped)."""
    letters = short[:-1] if short.endswith("s") and len(short) > 2 and short[-2].isupper() else short
    initials = "".join(w[0] for w in long_form_words)
    caps = "".join(ch for ch in letters if ch.isupper()).lower()
    return len(caps) >= 2 and (caps == initials or letters.lower() == initials)


def defined_head_type(long_form: str, short_forms: list[str]) -> str | None:
    """ "method" for a lower-case long form with a technique head, defined with a short form spelt by its
    initials, that is not a class of generic words; else None (the resolver's decision stands)."""
    if "defined-head" in _recall_off26() or not short_forms:
        return None
    words = long_form.split()
    if not 2 <= len(words) <= 6 or not all(LOWER_WORDS.fullmatch(w) for w in words):
        return None
    head = words[-1]
    if head not in DEFINED_HEADS:
        return None
    parts = [p for w in words for p in w.split("-") if p and p not in INITIAL_STOP]
    own = [w for w in words[:-1] if w not in INITIAL_STOP and not _generic(w)]
    if not own or (head in MODEL_KIND_HEADS and len(own) < 2):
        return None  # "deep neural networks (DNNs)", "pre-trained language models (PLMs)", "latent variable model (LVM)": a class
    if len(own) == 1 and (own[0] in TASK_HEADS or own[0].endswith(ACTIVITY_ENDINGS)):
        return None  # "a segmentation network (SN)", "the attention network (AN)": a role, not a name
    for short in short_forms:
        if short in GENERIC_ACRONYMS or short.rstrip("s") in GENERIC_ACRONYMS or short in FIELD_OR_DEVICE:
            return None
        if not _spelt(parts, short):
            return None
    return "method"
