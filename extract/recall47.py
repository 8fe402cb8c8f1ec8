"""Session 40 (issue 10): recall45's lower-case cue names, kept to names the corpus graph already has, behind
``PAPERKG_RECALL47``.

recall45's ``cue-name`` (a listed lower-case technique phrase written bare after a cue becomes a method) is off: on the
73k corpus its added (paper, method) pairs were 85 % right but its 27 new nodes only 67 % (sparse regularization,
matrix decomposition, sensitivity analysis, kernel machines, convex programming). Those wrong nodes are phrases no
other rule ever types as a method anywhere in the corpus. ``scripts/mine_known_names47.py`` counts, in the corpus
graph (every gold paper left out), the papers whose extraction already has a method named by each recall45 row;
data/known_names47.tsv keeps the rows 3+ papers have ("negative sampling", "importance sampling", "beam search").

- ``cue-known``: recall45's ``cue-name`` with its guards, for the kept rows only (no new node: a link to a node
  other rules make elsewhere). Runs when ``cue-name`` itself is off; with ``cue-name`` on every row is used anyway.

``PAPERKG_RECALL47``: "off" or a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

RECALL_RULES47 = ("cue-known",)
# on since the lead's session-40 check: the whole study pool +1 tp, 0 fp (dev3); 38/40 added 73k pairs right
DEFAULT_OFF47: frozenset[str] = frozenset()


def _off47() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL47", RECALL_RULES47, DEFAULT_OFF47)


def on47(part: str) -> bool:
    return part not in _off47()


@lru_cache(maxsize=1)
def known_names47() -> frozenset[str]:
    """The kept rows and their other number ("negative sampling", "negative samplings")."""
    text = resources.files("paperkg.extract").joinpath("data/known_names47.tsv").read_text(encoding="utf-8")
    names = [ln.split("\t")[0] for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(names + [n[:-1] if n.endswith("s") else n + "s" for n in names])


def _least_known47() -> tuple[str, ...]:
    """speed43: known_names47() less every name that holds another as a substring ("negative samplings" holds
    "negative sampling"): where the longer is in a text, so is the shorter, so ``any`` over the rest is the same
    (half the substring tests). Kept per names set (a test may replace known_names47)."""
    return _least47(known_names47())


@lru_cache(maxsize=8)
def _least47(names: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(n for n in names if not any(o != n and o in n for o in names)))


def writes_known47(text: str) -> bool:
    """Some kept row is in ``text`` (a plain substring): else recall45's lexicon search can return none of the rows,
    and is skipped (speed: that search is a per-word loop over every abstract)."""
    return any(n in text for n in _least_known47())
