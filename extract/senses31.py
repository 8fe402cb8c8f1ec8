"""Session 32 (issue 10: one thing, one node): homonyms a bare short form brings into another paper's sense.

Switched off with ``PAPERKG_SENSES31`` ("off" or a comma list of these part names), for ablations only. Corpus
step code (``canonical._part_coined_names``), not per paper: not in setup.py's ``COMPILED``. Parts:

- ``spelt-gaps``: session 22's ``spelt_by_other_words`` keeps a bare user apart from a thin sense when its own
  title or abstract spells the short form's letters with capitalised words that are no spelling of the sense's
  long form. The run had to be capitalised words only, so a long form with a function word inside ("AIDE, the
  Assistant for Intelligent Data Exploration") was not read, and two papers' AIDE (a planning system, 1995 and
  1997) joined the one paper's "auxiliary inference divergence estimator (AIDE)". A run may now hold one
  lower-case function word between two capitalised words (``GAP_WORDS31``: "for", "of", "and", ...; never first
  or last, never two in a row).
- ``hyphen-case``: session 15's ``_spelt_otherwise`` (a bare use written only in another case than every
  founder's short form, one of them with a capital after a lower-case letter: "mTOR" beside "MTOR") compared the
  spellings letter for letter, so a hyphen in one of them hid the other case: the bare attention module "REFER"
  joined "Remember and Forget Experience Replay (ReF-ER)". Hyphens are now left out of both sides before the
  comparison ("ReF-ER" -> "ReFER", another case than "REFER"); a spelling that differs only by a hyphen
  ("Bi-LSTM" / "BiLSTM") is no other case, and the capital after a lower-case letter that makes a case part of
  the name is looked for in the spellings as written ("path-SGD" beside "Path-SGD", "k-SVD" beside "K-SVD":
  no such capital, one name; a first version that looked in the spellings without hyphens split both at 73k).

- ``title-word``: session 12 keeps a title-led short form apart ("FPNN: Field Probing ..." is the paper's own name,
  not another paper's sense of the letters), but only a spelling the corpus knows as a short form reaches that
  branch: a title lead in title case ("Plato: A Selective Context Model for Entity Resolution", "Corex: ...",
  "Halo: ...") got the plain key of its spelling, and the identity step then joined it with another paper's
  sense of the same letters ("PLATO: Predicting Latent Affordances Through Object-Centric Play", CorEx,
  HALO). Such a one-word title lead in title case, typed method or model, whose spelling is a short form with
  senses in the corpus, none of which the title spells, is kept apart the same way.

The parts read one paper's text and the founders' spellings of one key, as the code they extend does, so the
output is the same for any worker count and in parts.
"""

from __future__ import annotations

import re

from .recall_rules import _parts_off
from .text import variant_key

SENSES31 = ("spelt-gaps", "hyphen-case", "title-word")


def _senses_off31() -> frozenset[str]:
    return _parts_off("PAPERKG_SENSES31", SENSES31)


# ---- spelt-gaps ---------------------------------------------------------------------------------------------------

# Lower-case words a long form holds between its capitalised words ("Assistant for Intelligent Data Exploration",
# "Remember and Forget Experience Replay", "Learning to Rank", "Graph of Thoughts").
GAP_WORDS31 = frozenset(("for", "of", "and", "in", "on", "with", "to", "via", "from", "by", "the", "at"))
_CAPITALISED31 = re.compile(r"[A-Z][A-Za-z'-]*")


def phrases_spelling_gaps31(words: list[str], letters: str) -> list[str]:
    """Runs of capitalised words whose first letters spell ``letters`` with one function word allowed between two
    of them ("Assistant for Intelligent Data Exploration" for AIDE); only runs holding such a word (the plain runs
    are the caller's). ``words`` is the text split as ``canonical._phrases_spelling`` splits it."""
    if "spelt-gaps" in _senses_off31():
        return []
    out = []
    n = len(letters)
    for i, w in enumerate(words):
        if not (_CAPITALISED31.fullmatch(w) and w[0] == letters[0]):
            continue
        run, j, k, gaps = [w], i + 1, 1, 0
        while k < n and j < len(words):
            nxt = words[j]
            if _CAPITALISED31.fullmatch(nxt) and nxt[0] == letters[k]:
                run.append(nxt)
                k += 1
                j += 1
            elif nxt in GAP_WORDS31 and run and run[-1] not in GAP_WORDS31:
                run.append(nxt)
                gaps += 1
                j += 1
            else:
                break
        if k == n and gaps:
            out.append(" ".join(run))
    return out


# ---- hyphen-case --------------------------------------------------------------------------------------------------

def other_case_unhyphenated31(text: str, own: set[str], camel: re.Pattern, typography) -> bool:
    """A bare use written in another case than a founder's short form once hyphens are left out ("REFER" beside
    "ReF-ER"), where the case is part of the name: one of the two as written has a capital after a lower-case
    letter (``camel``; a hyphen between them is no such capital: "path-SGD" beside "Path-SGD" is typography).
    Spellings that differ only by hyphens ("Bi-LSTM" / "BiLSTM") are one. False when the part is off: the caller
    then keeps session 15's letter-for-letter comparison alone."""
    if "hyphen-case" in _senses_off31():
        return False
    flat = text.replace("-", "")
    same = [s for s in own if s.replace("-", "").lower() == flat.lower()]
    if not same or any(s.replace("-", "") == flat for s in same):
        return False
    return (any(camel.search(x) for x in (text, *same))
            and not any(typography(flat, s.replace("-", "")) for s in same))


# ---- title-word ---------------------------------------------------------------------------------------------------

def title_word_identity31(e, bare_candidate: str | None) -> str | None:
    """The short-form identity a one-word title lead in another spelling than a short form may share with the
    corpus's senses ("Plato" -> "plato"): the entity has no definition, list entry or short-form spelling of its
    own, one spelling, and a title-name mention. None when the part is off or any of that fails."""
    if "title-word" in _senses_off31() or e.long_form or e.entry is not None or bare_candidate is not None:
        return None
    texts = {m.text for m in e.mentions}
    if len(texts) != 1 or not any(m.rule == "rule:title-name" for m in e.mentions):
        return None
    text = next(iter(texts))
    if e.type not in ("method", "model") or not _TITLE_CASE_WORD31.fullmatch(text):
        return None
    return variant_key(text)


# One word in title case: "Plato", "Corex", "Halo". Not "DS*", "S2", "TL;DR" (a first version took any one-word
# lead and joined "DS*" with another paper's "DS method"), and no data name: a first version kept the dialogue
# corpus "Frames: ..." apart from its own node, which lost 12 papers' confirmed "Frames" uses.
_TITLE_CASE_WORD31 = re.compile(r"[A-Z][a-z]{2,}")
