"""Session 29 (issue 10 items 2-3: one node per real thing, one thing per node, at corpus scale).

Switched off with ``PAPERKG_SENSES29`` ("off" or a comma list of these part names), for ablations only. All parts
are corpus-step code (``canonical._canonicalise`` / ``_part_coined_names``), not per paper: not in setup.py's
``COMPILED``. Parts:

- ``established-name``: session 28's ``earlier-users`` splits a name's only coiner off the papers that used the
  name in earlier years. Its judged 73k sample held seven wrong moves, papers that use an established name with
  a naming cue ("Image denoising via K-SVD with ...", "we also introduce YouCookII as a new benchmark for this
  task"). With two or more earlier users, a coiner that leads no title with the name nor introduces it in
  apposition ("We present X, a ...") and shares words with an earlier user stays with them
  (``keeps_earlier_users29``).
- ``variant-base``: a method variant written with a variant adjective before a listed technique ("distributed
  SGD", "distributed stochastic gradient descent"; "kernel SVM", "kernel support vector machine") was one node per
  spelling of the base. In the identity step, a key whose name is variant adjectives + a listed method's form also
  counts as the adjectives + that entry's name: the spellings of one variant are one node.
- ``variant-link``: the variant node's records carry its base's node id in ``family`` ("sparse PCA" ->
  "method:principal-component-analysis"), as a model carries its family, so "what uses PCA" can take its variants
  in. Only in papers.jsonl: the graph stores ``family`` for models alone (graph/build.py), so no store holds the
  link yet (docs/history/senses29.md).

All parts are pure functions of a key's members and the shipped lists (variant parts) or of one name's founders
and users with their years (established-name), so the output is the same for any worker count and in parts.
"""

from __future__ import annotations

from functools import lru_cache

from .recall_rules import _parts_off

SENSES29 = ("established-name", "variant-base", "variant-link")


def _senses_off29() -> frozenset[str]:
    return _parts_off("PAPERKG_SENSES29", SENSES29)


# ---- variant-base / variant-link -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _method_entries29() -> dict[str, tuple[object, str]]:
    """variant_key of a listed method form -> (entry ref, entry name), for forms only one method entry holds."""
    from .corpus import entry_refs
    from .text import variant_key

    seen: dict[str, tuple[object, str]] = {}
    shared: set[str] = set()
    for ref, entry in entry_refs():
        if entry.type != "method":
            continue
        for form in set(entry.forms) | {entry.name}:
            k = variant_key(form)
            if not k:
                continue
            if k in seen and seen[k][0] != ref:
                shared.add(k)
            seen.setdefault(k, (ref, entry.name))
    return {k: v for k, v in seen.items() if k not in shared}


def variant_base29(name: str) -> tuple[str, object, str] | None:
    """ "distributed SGD" -> ("distributed", the SGD entry's ref, its name): variant adjectives (recall30's closed
    list, lower case, one to three) before a form of one listed method. None otherwise."""
    from .recall30 import VARIANT_MODIFIERS30
    from .text import variant_key

    words = name.split()
    n = 0
    while n < len(words) - 1 and n < 3 and words[n].lower() in VARIANT_MODIFIERS30:
        n += 1
    if n == 0:
        return None
    base = _method_entries29().get(variant_key(" ".join(words[n:])))
    if base is None:
        return None
    return " ".join(words[:n]), base[0], base[1]


def variant_spellings29(key: str, names: list[str]) -> list[str]:
    """Part ``variant-base``: the spellings a key's member names add for identity: the variant adjectives with the
    base entry's name ("distributed SGD" -> "distributedstochasticgradientdescent"). Keys kept apart from their
    spelling ("apart:", "coined:") add none."""
    if "variant-base" in _senses_off29() or key.startswith(("apart:", "coined:")):
        return []
    from .text import variant_key

    out: list[str] = []
    for name in sorted(set(names)):
        got = variant_base29(name)
        if got is not None:
            spelt = variant_key(f"{got[0]} {got[2]}")
            if spelt and spelt not in out:
                out.append(spelt)
    return out


def variant_link29(name: str, typ: str) -> tuple[object, str] | None:
    """Part ``variant-link``: the list entry (ref, name) of a method variant's base ("sparse PCA" -> the PCA
    entry); canonical gives its node id. None when the part is off or the name is no method variant of a listed
    base."""
    if typ != "method" or "variant-link" in _senses_off29():
        return None
    got = variant_base29(name)
    return None if got is None else (got[1], got[2])


# ---- established-name -------------------------------------------------------------------------------------------


# Read on senses28's earlier-users splits of the 73k corpus (126 names with one coiner and earlier users): the
# wrong splits were papers writing on the name's established subject (K-SVD denoising, "we also introduce YouCookII
# as a new benchmark", "a French lexical-semantic network named JeuxDeMots", "an autoregressive network named
# WaveNet": word overlap 0.09-0.11 with an earlier user's abstract) after two or more earlier users; the right ones
# with that many earlier users present the name as their own thing in apposition ("We present SICK, a framework",
# "we propose CAD, a ... framework", "we propose a simple method, OWL, to") or lead their title with it ("FAIR:
# ...", "WikiSum: ...", "SIREN: ..."), or share fewer words (0.01-0.08).
ESTABLISHED_USERS = 2
ESTABLISHED_OVERLAP = 0.08  # below canonical.SAME_THING_OVERLAP (0.12): same subject, not necessarily one group


def _appositive_introduction(abstract: str, spellings: set[str]) -> bool:
    """The paper introduces the name in apposition: "we present X, a ...", "a simple method, X, to ..." (the
    introduction senses28 reads, with a comma or colon right after the name)."""
    from .senses28 import introduced_here28

    for text in sorted(spellings):
        start = abstract.find(text) if text else -1
        while start >= 0:
            end = start + len(text)
            if abstract[end:end + 1] in (",", ":") and introduced_here28(abstract, start, end):
                return True
            start = abstract.find(text, end)
    return False


def keeps_earlier_users29(paper, spellings: set[str], earlier_words: list[frozenset], words: frozenset) -> bool:
    """Part ``established-name``: does a name's only coiner (``paper``, writing the name as ``spellings``) stay with
    the papers that used the name before it (session 28's ``earlier-users`` would split it off)? Yes when the name
    is established (ESTABLISHED_USERS earlier users or more), the coiner leads no title with it nor introduces it in
    apposition, and its content words (``words``) overlap an earlier user's (``earlier_words``) by
    ESTABLISHED_OVERLAP or more: a paper on the name's subject that uses it with a naming cue."""
    if "established-name" in _senses_off29() or len(earlier_words) < ESTABLISHED_USERS:
        return False
    title = paper.title or ""
    if ":" in title and title.split(":", 1)[0].strip() in spellings:
        return False
    if _appositive_introduction(paper.abstract or "", spellings):
        return False
    from .canonical import _overlap

    return any(_overlap(words, other) >= ESTABLISHED_OVERLAP for other in earlier_words)
