"""Session 30 (issue 10: one thing, one node): spellings of one variant, and broken spellings kept as aliases.

Switched off with ``PAPERKG_SENSES30`` ("off" or a comma list of these part names), for ablations only. Corpus
step code (``canonical._canonicalise``), not per paper: not in setup.py's ``COMPILED``. Parts:

- ``variant-fold``: senses29's ``variant-base`` spells a method variant as its variant adjectives + the listed
  base entry's name. Two spellings of one variant still made two nodes where the adjective has two spellings
  ("kernelized SVM" / "kernel SVM", "generalised" / "generalized") or the base has two list entries whose names
  differ by a plural ("Principal Components Analysis" / "Principal Component Analysis"). In the identity step a
  variant key also counts as the folded spelling: the adjective's one spelling (``ADJECTIVE_FOLD30``) + the base
  name with each word's plural "s" off.
- ``alias-tidy``: an alias that is a line-end hyphen leftover of the name or of another alias ("Differential An-
  gular Imaging Network", "sup- port vector machines") carries nothing and is dropped; a typographic ligature
  ("identiﬁcation") in a name or alias is written out in letters ("identification").

- ``bare-coinage``: a bare short form whose every sense in the corpus is a generic phrase of at most two papers
  was dropped (``resolve_bare``: "the only sense in the corpus is a generic phrase"), even in the paper that
  names it as its own: "Our framework (called DyGIE++)" lost DyGIE to one paper's "dynamic graph-based in-
  formation extraction (DyGIE)", "Multi-modal Multi-task Masked Autoencoders (MultiMAE)" its own name. A paper
  that proposes the name with a naming cue (called/named, apposition, a title lead, its own bracket) keeps it
  apart ("apart:" + the short form), when the name is not an all-capital acronym of four letters or fewer (those
  were mostly other things on the 73k corpus: MBTI, RKHS, PICO elements, MS/HS, CH), and the paper does not spell
  it out itself ("... Networks (SymNets)", a title "D3TW: Discriminative ..."): there its long form is already
  the paper's own node, and the bare form would be a second node of one thing.

The parts are pure functions of a key's member names and the shipped lists (variant-fold) or of one record's
name and aliases (alias-tidy), so the output is the same for any worker count and in parts.
"""

from __future__ import annotations

import re

from .recall_rules import _parts_off

SENSES30 = ("variant-fold", "alias-tidy", "bare-coinage")


def _senses_off30() -> frozenset[str]:
    return _parts_off("PAPERKG_SENSES30", SENSES30)


# ---- variant-fold -------------------------------------------------------------------------------------------------

# One spelling per variant adjective of recall30's closed list: "kernelized X" is the kernel X (kernel SVM, kernel
# PCA, kernel ridge regression, ... read on the 73k corpus), and the British spellings are the American ones.
ADJECTIVE_FOLD30 = {
    "kernelized": "kernel", "kernelised": "kernel", "generalised": "generalized", "randomised": "randomized",
    "penalised": "penalized", "regularised": "regularized", "localised": "localized",
}


def _singular_words(name: str) -> str:
    """Each word's plural "s" off ("Principal Components Analysis" -> "principal component analysis"); words of
    four letters or fewer and words in "ss" keep theirs."""
    words = name.lower().replace("-", " ").split()
    return " ".join(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")) else w
                    for w in words)


def folded_variant30(name: str) -> str | None:
    """The folded spelling of a method variant's name ("Kernelized Support Vector Machines" ->
    "kernelsupportvectormachine"), None for a name that is no variant of a listed method."""
    from .senses29 import variant_base29
    from .text import variant_key

    got = variant_base29(name)
    if got is None:
        return None
    adjectives = " ".join(ADJECTIVE_FOLD30.get(w.lower(), w.lower()) for w in got[0].split())
    return variant_key(f"{adjectives} {_singular_words(got[2])}") or None


def variant_spellings30(key: str, names: list[str]) -> list[str]:
    """Part ``variant-fold``: the folded spellings a key's member names add for identity. Keys kept apart from
    their spelling ("apart:", "coined:") add none, as in senses29. It extends senses29's ``variant-base``: off with
    it."""
    from .senses29 import _senses_off29

    if "variant-fold" in _senses_off30() or "variant-base" in _senses_off29() or key.startswith(("apart:", "coined:")):
        return []
    out: list[str] = []
    for name in sorted(set(names)):
        spelt = folded_variant30(name)
        if spelt and spelt not in out:
            out.append(spelt)
    return out


# ---- alias-tidy ---------------------------------------------------------------------------------------------------

_LINE_END_HYPHEN = re.compile(r"(?<=[A-Za-z])- (?=[a-z])")  # "An- gular"; also a suspended "Coarse- and", kept below
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
_LIGATURE = re.compile("[\ufb00-\ufb06]")


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _fold(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def without_ligatures30(text: str) -> str:
    """Typographic ligatures written out ("identiﬁcation" -> "identification"); other text unchanged."""
    if not _LIGATURE.search(text) or "alias-tidy" in _senses_off30():  # speed36: the switch read after the search
        return text
    return _LIGATURE.sub(lambda m: _LIGATURES[m.group(0)], text)


def tidy_aliases30(aliases, name: str) -> list[str]:
    """Part ``alias-tidy``: a record's aliases without line-end hyphen leftovers of its name or of another of its
    aliases, ligatures written out, sorted, without the name itself. An alias whose repaired spelling is not
    already there stays (it may be a suspended hyphen: "Coarse- and Fine-grained ...")."""
    if "alias-tidy" in _senses_off30():
        return sorted(aliases)
    written = {without_ligatures30(a) for a in aliases} - {name}
    plain = {a for a in written if not _LINE_END_HYPHEN.search(a)}
    if len(plain) == len(written):  # speed36: no hyphen leftover (nearly every record), nothing to fold
        return sorted(plain)
    known = {_fold(name)} | {_fold(a) for a in plain}
    kept = set(plain)
    for a in written - plain:
        if _fold(_LINE_END_HYPHEN.sub("", a)) not in known:
            kept.add(a)
    return sorted(kept)


# ---- bare-coinage -------------------------------------------------------------------------------------------------

NAMING_RULES30 = frozenset(("rule:named", "rule:appositive", "rule:title-name", "abbreviation"))
THIN_GENERIC30 = 2  # papers defining a generic sense: a coinage's words, not a phrase many papers drop


def _named_shape30(short: str) -> bool:
    """Not a bare all-capital acronym of four letters or fewer ("MBTI", "MS"): mixed case, a digit, a hyphen, or
    five characters or more ("DyGIE", "P3O", "Warping-GAN", "LPMRF")."""
    return len(short) >= 5 or any(c.islower() or c.isdigit() or c == "-" for c in short)


def _defined_here30(texts: set[str], abstract: str, title: str | None) -> bool:
    """The paper spells the short form out itself: "... Networks (SymNets)" in the abstract, or a title "D3TW:
    Discriminative ..." (its long form is then the paper's own node; the bare form would be a second one)."""
    lead = title.split(":", 1)[0].strip() if title and ":" in title else None
    return any(t == lead or re.search(r"\(\s*" + re.escape(t) + r"s?\s*[,;)]", abstract) for t in texts)


def bare_coinage30(e, short: str, senses, abstract: str = "", title: str | None = None) -> str | None:
    """Part ``bare-coinage``: the key ("apart:" + short) of a bare short form its paper coins, where the corpus's
    senses of it are all generic phrases of few papers (the bare use would be dropped) and the paper does not spell
    it out itself; None otherwise."""
    if "bare-coinage" in _senses_off30() or e.role != "proposes" or e.type not in ("method", "model"):
        return None
    if _defined_here30({m.text for m in e.mentions}, abstract, title):
        return None
    if not senses or not all(s.generic and len(s.papers) <= THIN_GENERIC30 for s in senses):
        return None
    if not all(_named_shape30(m.text) for m in e.mentions) or not any(m.rule in NAMING_RULES30 for m in e.mentions):
        return None
    return "apart:" + short
