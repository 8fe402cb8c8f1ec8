"""Session 27 (issue 10 items 2-3: acronym senses and one node per thing at corpus scale).

Switched off with ``PAPERKG_SENSES27`` ("off" or a comma list of these part names), for ablations only. Parts:

- ``listed-acronym``: in grouping a short form's long forms into senses (``corpus.CorpusIndex._group_long_forms``),
  a list entry's form that is only the short form itself ("CTC loss" of the Connectionist Temporal Classification
  entry: its words are "ctc") spells every definition of the short form, since an acronym aligns with any words
  that spell its letters. So "contrastive temporal coding (CTC)", "cross-task consistency (CTC)" and "Chinese text
  correction (CTC)" all sat in the listed sense, and every bare "CTC" of their papers with it. When the entry has
  a long form of its own (two words or more: "Connectionist Temporal Classification"), such a form joins no
  definition by its letters; a definition joins the entry only by spelling one of its long forms. An entry that
  is only a name ("KITTI") keeps the old way: a corpus definition is the only meaning anyone gives it.
- ``proposal-coiners``: a paper that introduces a one-word name with "we propose/introduce/present X"
  (``rule:proposal``) coins it as one with a naming cue does (``canonical._coins``), so two papers that each coin
  "STTN" for unrelated things get two nodes (``canonical._part_coined_names``'s grouping by shared words, the
  earliest keeps the key; established names keep their coiners).
- ``shape-coiners``, ``title-coiners``: likewise a proposer whose mention is a coined shape (``rule:name-shape``:
  "StateNet" in two papers proposing two dialogue and suicide-ideation models) or stands in its title.

All parts read only what the papers and a stored part's index give (a short form's long form ids and the list), so the
output is the same for any worker count and in parts.
"""

from __future__ import annotations

from .recall_rules import _parts_off

SENSES27 = ("listed-acronym", "proposal-coiners", "shape-coiners", "title-coiners")


def _senses_off27() -> frozenset[str]:
    return _parts_off("PAPERKG_SENSES27", SENSES27)


def coining_mention27(rule: str, field: str | None) -> bool:
    """Does a proposer's mention found by this rule (in this field) count as a naming cue for a coined name?
    ``proposal-coiners``: "we propose X" (``rule:proposal``); ``shape-coiners``: a coined shape ("StateNet",
    ``rule:name-shape``) of a name the paper proposes; ``title-coiners``: the name in the paper's title ("Deep
    Tensor ADMM-Net for ...")."""
    if rule == "rule:proposal":
        return "proposal-coiners" not in _senses_off27()
    if rule == "rule:name-shape" and "shape-coiners" not in _senses_off27():
        return True
    return field == "title" and "title-coiners" not in _senses_off27()


def _core(words, head_tail) -> list[str]:
    return [w for w in words if w not in head_tail]


def letters_only27(short: str, words, head_tail) -> bool:
    """Are these long-form words only the short form itself, with at most generic head words ("CTC loss",
    "CTC")? Such words align with every definition of the short form."""
    return _core(words, head_tail) == [short]


def vacuous_forms27(short: str, ids, words: dict, entries: dict, head_tail) -> dict[str, tuple[str, ...]]:
    """The long form ids of ``short`` that must not join a definition by spelling its letters (part
    ``listed-acronym``): list entries' forms that are only the short form, of entries holding a long form of two
    words or more; each with those long forms as the entry writes them (a definition that loosely spells one,
    "connectionist temporal classifier", still joins)."""
    if "listed-acronym" in _senses_off27():
        return {}
    from .corpus import entry_of, is_short_form, long_form_words

    out = {}
    for i in ids:
        if i not in entries or not letters_only27(short, words[i], head_tail):
            continue
        longs = tuple(f for f in entry_of(entries[i]).forms
                      if not is_short_form(f) and len(_core(long_form_words(f), head_tail)) >= 2)
        if longs:
            out[i] = longs
    return out


def joins_vacuous27(surface: str, longs: tuple[str, ...]) -> bool:
    """Does a definition (as written) join a vacuous listed form: is it loosely one of its entry's long forms?"""
    from .corpus import loosely_same_long_form

    return bool(surface) and any(loosely_same_long_form(surface, lf) for lf in longs)
