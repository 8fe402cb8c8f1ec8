"""Session 25, round two (issue 10): recall rules behind ``PAPERKG_RECALL27``.

A modifier in front of a known name ("conditional variational autoencoder", "Gaussian belief propagation"): the
paper's extraction takes the short name, while the longer spelling is a name of its own that the corpus confirms.
Where the corpus confirms the longer spelling, the longer span replaces the shorter one(s) it contains:

- ``longer-confirmed``: the longer spelling is one the corpus's second look claims for one group (canonical
  ``_confirmed_names``: named with a strong cue, by two papers or more, trusted for its share);
- ``longer-lower``: the longer spelling is a lower-case name recall25's ``lower-confirmed`` trusts.

Guards: one or two modifier words, none a stop word, an opener ("novel", "standard": recall25), a use or a size
("pretrained BERT", "fine-tuned BERT", "large LSTM", "deep CNN"); the longer spelling belongs to another group than
the short one; a task grows into a task only; no other span crosses its edges. Computed in canonical's reduce step
from corpus-wide claims, so the output is the same for any worker count; not memoised (recomputed each run, like
recall25).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from .recall25 import NOT_LOWER_LEAD25
from .recall_rules import _parts_off

RECALL_RULES27 = ("longer-confirmed", "longer-lower")
LONGER_MIN_PAPERS27 = 2  # papers naming the longer spelling with a strong cue
# Modifiers that say how a paper uses a model, or its size, not which model it is.
USE_MODIFIERS27 = frozenset(
    "pretrained pre-trained fine-tuned finetuned trained learned learnt tuned large larger small smaller big tiny "
    "base deep deeper shallow wide narrow full lightweight light-weight modified customized extended adapted "
    "baseline strong weak single multiple two three four five many best whole entire same state-of-the-art sota "
    "off-the-shelf".split())
# One or two words right before a span, joined to it by one space each.
MODIFIERS_BEFORE27 = re.compile(r"(?:([A-Za-z][\w\-]*) )?([A-Za-z][\w\-]*) $")


def _word_char27(ch: str) -> bool:
    r"""re's [\w\-]: \w is str.isalnum() or "_"."""
    return ch.isalnum() or ch == "_" or ch == "-"


def _ascii_letter27(ch: str) -> bool:
    return "a" <= ch <= "z" or "A" <= ch <= "Z"


def modifier_starts27(text: str, start: int) -> tuple[int | None, int] | None:
    r"""(start of group 1 or None, start of group 2) of ``MODIFIERS_BEFORE27.search(text, max(0, start - 60),
    start)``, or None when it finds nothing. re tries every start in the window and backtracks from each (~11 us
    a call, once for every span of every abstract in the corpus pass); read backwards instead: the window must
    end with a space, group 2 is the run of [\w\-] before it (from its leftmost ASCII letter inside the window),
    and group 1, when the run is whole and starts with a letter, the run before the one space before it."""
    lo = max(0, start - 60)
    if start - lo < 2 or text[start - 1] != " ":
        if start > lo and text[start - 1] == "\n":
            m = MODIFIERS_BEFORE27.search(text, lo, start)  # $ also matches before a final line break: re decides
            return (m.start(1) if m.group(1) is not None else None, m.start(2)) if m else None
        return None
    r2 = start - 1  # the run of group 2 is text[r2:start - 1]
    while r2 > lo and _word_char27(text[r2 - 1]):
        r2 -= 1
    # Group 1 can take part only when group 2 starts at the run's first character, a letter after one space.
    if r2 - 2 >= lo and text[r2 - 1] == " " and _ascii_letter27(text[r2]) and _word_char27(text[r2 - 2]):
        r1 = r2 - 2
        while r1 > lo and _word_char27(text[r1 - 1]):
            r1 -= 1
        for p in range(r1, r2 - 1):  # the leftmost letter of the run: re tries starts from the left
            if _ascii_letter27(text[p]):
                return p, r2
    for p in range(r2, start - 1):
        if _ascii_letter27(text[p]):
            return None, p
    return None


def _recall_off27() -> frozenset[str]:
    return _parts_off("PAPERKG_RECALL27", RECALL_RULES27)


def plain_modifier27(word: str) -> bool:
    """A word that may open a longer name: not a function word, an opener, a use or a size, nor a number."""
    w = word.lower()
    return not (w in STOP_WORDS or w in NOT_LOWER_LEAD25 or w in USE_MODIFIERS27 or any(c.isdigit() for c in w))


def longer_names27(confirmed: dict, lower: dict[str, str], trusted: set[str]) -> dict[str, str]:
    """Spelling -> group root of the longer spellings a span may grow into: the second look's confirmed spellings
    (``confirmed``: spelling -> (root, papers cueing it)) named by LONGER_MIN_PAPERS27 papers, and recall25's lower-case
    claims (``lower``: spelling -> root); only those the corpus trusts (``trusted``), per part switched on."""
    off = _recall_off27()
    out: dict[str, str] = {}
    if "longer-confirmed" not in off:
        out.update({s: root for s, (root, strong) in confirmed.items()
                    if s in trusted and strong >= LONGER_MIN_PAPERS27 and " " in s})
    if "longer-lower" not in off:
        out.update({s: root for s, root in lower.items() if s in trusted and s not in out})
    return out


Growth27 = tuple[int, int, str, str, list[tuple[int, int]]]  # start, end, spelling, root, spans replaced


def grown_tails27(names) -> frozenset[str]:
    """Session 31 (speed34): every part of a listed spelling that follows a space or a line break in it. A span
    grows only into ``text[p:end]`` with ``text[p:start]`` one or two modifier words, each followed by one space
    (or, at a line end, a space and a line break: MODIFIERS_BEFORE27's ``$``), so its own text is one of these."""
    return frozenset(s[i + 1:] for s in names for i, ch in enumerate(s) if ch == " " or ch == "\n")


def longer_spans27(text: str, spans: Sequence[tuple[int, int, str]], names: dict[str, str],
                   tasks: frozenset[str] | set[str] = frozenset(), tails: frozenset[str] | None = None) -> list[Growth27]:
    """In one abstract, the spans (start, end, group root) that grow into a longer listed spelling by one or two
    modifier words in front: (start, end, spelling, root, the spans it replaces), left to right, no overlaps.
    A span of a task group (roots in ``tasks``) grows into a task only: a modified task is mostly a task
    ("human pose estimation", "multi-source domain adaptation") whatever type the longer group was given.
    ``tails``: ``grown_tails27(names)``, made once by a caller that passes the same names for every abstract; a
    span whose text is none of them cannot grow, and is skipped before the look backwards (nearly all are)."""
    if tails is None:
        tails = grown_tails27(names)
    out: list[Growth27] = []
    for start, end, root in sorted(spans):
        if text[start:end] not in tails:
            continue
        found = modifier_starts27(text, start)  # MODIFIERS_BEFORE27's search, read backwards
        if found is None:
            continue
        # The shortest growth first ("conditional VAE" before "deep conditional VAE").
        for q in (found[1], found[0]):
            if q is None:
                continue
            p = q
            if p and (text[p - 1].isalnum() or text[p - 1] in "-+/@._#"):
                continue  # glued to the word before: not a word start
            surface = text[p:end]
            words = text[p:start].split()
            if surface not in names or names[surface] == root or not all(plain_modifier27(w) for w in words):
                continue
            if root in tasks and names[surface] not in tasks:
                break
            inside = [(s, e) for s, e, _ in spans if p <= s and e <= end]
            if any(s < end and p < e and not (p <= s and e <= end) for s, e, _ in spans) or (p, end) in inside:
                break  # another span crosses an edge, or the paper has the longer span already
            if out and out[-1][1] > p:
                break
            out.append((p, end, surface, names[surface], inside))
            break
    return out


__all__ = ["RECALL_RULES27", "grown_tails27", "longer_names27", "longer_spans27", "plain_modifier27"]
