"""Session 35 (issue 10): a one-word listed name written with other capitals, behind ``PAPERKG_RECALL40``.

Read from the study pool's misses (docs/history/recall40.md): "a set of fasttext word-vectors", "different from
CVAE, we present": the lists hold "fastText" and "cVAE", and a one-word form is matched only as written
(gazetteer.py: the exact matcher; only all-lower-case forms are matched in any case).

- ``case-variant``: a word whose lower case is the lower case of a one-word listed method or model form whose own
  spelling joins parts by their capitals: a word part and a capitalised word part ("fastText", "AdaBoost",
  "ResNet", "HyperNetwork"), a digit inside ("Word2Vec", "Seq2Seq") or a capital run of 3+ after a prefix
  ("BiLSTM", "cVAE"), is that entry, when the word is written another way ("fasttext", "FastText", "Word2vec",
  "CVAE", "biLSTM"). Not when the form's capitals spell a short acronym inside a word ("ReST", "TuckER", "STaR",
  "SLiC", "RotatE": the other spellings are English words or other names), not for words the corpus writes in lower
  case as words (data/corpus_words.txt), not for a spelling another list entry has, and not under 4 letters.

Hooks: ``gazetteer.Gazetteer.__call__`` (its matches, kb_id and all) and ``canonical._other_case`` (``same_name40``:
such a spelling is no homonym of a coiner's listed spelling; without it the 73k run keyed "Catboost", "Overfeat",
"cVAE" apart from their listed nodes). ``PAPERKG_RECALL40``: "off" or a comma list
of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

RECALL_RULES40 = ("case-variant",)
DEFAULT_OFF40: frozenset[str] = frozenset()


def _off40() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL40", RECALL_RULES40, DEFAULT_OFF40)


def on40(part: str) -> bool:
    return part not in _off40()


# A listed spelling whose capitals join word parts: "fastText", "AdaBoost", "GoogLeNet" is not (a 2-letter part),
# "Word2Vec" (a digit), "BiLSTM" / "cVAE" (a capital run of 3+ after a prefix).
_JOINED40 = re.compile(r"[A-Z]?[a-z]{2,}(?:[A-Z][a-z]{2,})+|[A-Za-z]+\d[A-Za-z\d]*|[A-Z]?[a-z]{1,3}[A-Z]{3,}")
_WORD40 = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def joined_form40(form: str) -> bool:
    """Is ``form`` (one listed word) spelt with capitals that join parts ("fastText", "Seq2Seq", "cVAE")?"""
    return (len(form) >= 4 and _WORD40.fullmatch(form) is not None and not form.islower() and not form.isupper()
            and _JOINED40.fullmatch(form) is not None)


@lru_cache(maxsize=1)
def _corpus_words40() -> frozenset[str]:
    text = resources.files("paperkg.extract").joinpath("data/corpus_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split() if w)


@lru_cache(maxsize=1)
def _nouns40() -> frozenset[str]:
    """Lower-case spellings the corpus writes as common nouns ("autoencoders", "a hypernetwork"):
    data/case_variants40.tsv, written by scripts/mine_case_variants40.py."""
    text = resources.files("paperkg.extract").joinpath("data/case_variants40.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def case_variants40(entries, nouns: frozenset[str] | None = None) -> dict[str, tuple[str, str]]:
    """lower-case spelling -> (listed form, entry id) for the one-word method/model forms of ``entries`` the part
    reads in any case; a lower-case spelling two entries (or two forms) claim is left out, and so is a common noun
    (``nouns``, default data/case_variants40.tsv)."""
    if nouns is None:
        nouns = _nouns40()
    spelt: dict[str, set[str]] = {}
    for e in entries:
        for f in e.forms:
            spelt.setdefault(f.lower(), set()).add(e.id)
    words = _corpus_words40()
    out: dict[str, tuple[str, str]] = {}
    clash: set[str] = set()
    for e in entries:
        if e.type not in ("method", "model"):
            continue
        for f in e.forms:
            low = f.lower()
            if not joined_form40(f) or low in words or low in nouns or len(spelt.get(low, ())) > 1:
                continue
            if low in out and out[low][1] != e.id:
                clash.add(low)
            out.setdefault(low, (f, e.id))
    for low in clash:
        del out[low]
    return out


_TITLE_LEAD40 = re.compile(r"\s*([^\s:]+)\s*:")


def _own_spellings40(text: str, title: str | None, found: list[tuple[int, int, str, str]]) -> set[str]:
    """Spellings the paper makes its own: defined with a bracket in ``text``, or the lead name of ``title``
    ("RELiC: Retrieving Evidence for Literary Claims")."""
    own = set()
    for _, _, w, _ in found:
        # the spelling, or its singular ("GCANs" after "... Network (GCAN)"), defined with a bracket
        for stem in {w, w[:-1]} if w.endswith("s") else {w}:
            if re.search(r"\(\s*" + re.escape(stem) + r"\s*\)|(?<![\w\-])" + re.escape(stem) + r"\s*\(\s*[A-Za-z]", text):
                own.add(w)
    lead = _TITLE_LEAD40.match(title or "")
    if lead:
        own.add(lead.group(1))
    return own


def variant_spans40(text: str, variants: dict[str, tuple[str, str]], forms: frozenset[str],
                    title: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, entry id) of each word of ``text`` that is a listed joined form written with other capitals;
    not a spelling the paper defines its own way or leads its ``title`` with."""
    if not variants:
        return []
    found = []
    for m in _WORD40.finditer(text):
        w = m.group()
        hit = variants.get(w.lower()) if len(w) >= 4 else None
        if hit is None or w in forms:
            continue
        s, e = m.start(), m.end()
        if (s and (text[s - 1].isalnum() or text[s - 1] in "-_")) or (e < len(text) and (text[e].isalnum() or text[e] in "_")):
            continue  # part of a longer token
        found.append((s, e, w, hit[1]))
    if not found:
        return []
    own = _own_spellings40(text, title, found)
    return [(s, e, eid) for s, e, w, eid in found if w not in own]


@lru_cache(maxsize=1)
def _shipped_variants40() -> dict[str, tuple[str, str]]:
    from .gazetteer import load_entries

    return case_variants40(load_entries())


def same_name40(text: str, listed: list[str]) -> bool:
    """canonical's homonym split: are ``text`` ("Catboost") and ``listed`` (founders' spellings in another case,
    "CatBoost") one listed joined name this part reads in any case, either side the listed spelling? Then no other
    thing. Only while the part is on."""
    hit = _shipped_variants40().get(text.lower())
    return hit is not None and (hit[0] in listed or hit[0] == text) and on40("case-variant")
