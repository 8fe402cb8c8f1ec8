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
- ``shape-coiners``: likewise a proposer whose mention is a coined shape (``rule:name-shape``: "StateNet" in two
  papers proposing two dialogue and suicide-ideation models).
- ``wide-spelling``: the two weak cues above coin nothing for a spelling that 8 or more papers of the corpus
  write (a paper proposing "a seq2seq model" or "SAM-DA" coins no Seq2Seq or SAM of its own).

All parts read only what the papers and a stored part's index give (a short form's long form ids and the list), so the
output is the same for any worker count and in parts.
"""

from __future__ import annotations

from collections import Counter

from .recall_rules import _parts_off

SENSES27 = ("listed-acronym", "proposal-coiners", "shape-coiners", "wide-spelling")
# A spelling written in this many papers of the corpus is no coinage of a paper that only "proposes" it
# (``wide-spelling``; read off the judged 73k diff: seq2seq, SAM, MPC, VideoQA, DensePose were taken for coinages).
WIDE_SPELLING27 = 8


def _senses_off27() -> frozenset[str]:
    return _parts_off("PAPERKG_SENSES27", SENSES27)


def coining_mention27(rule: str) -> bool:
    """Does a proposer's mention found by this rule count as a naming cue for a coined name? ``proposal-coiners``:
    "we propose X" (``rule:proposal``); ``shape-coiners``: a coined shape ("StateNet", ``rule:name-shape``) of a
    name the paper proposes. Weak cues: ``canonical._coins`` takes them only for a spelling few papers write
    (``wide_spelling27``)."""
    if rule == "rule:proposal":
        return "proposal-coiners" not in _senses_off27()
    return rule == "rule:name-shape" and "shape-coiners" not in _senses_off27()


def spelling_papers27(results) -> Counter:
    """Papers writing each spelling (lower-cased mention text) anywhere: a pure function of the set of papers."""
    out: Counter = Counter()
    for r in results:
        out.update({m.text.lower() for e in r.entities for m in e.mentions})
    return out


def wide_spelling27(texts, counts: Counter) -> bool:
    """Is one of these spellings written in WIDE_SPELLING27 papers or more (part ``wide-spelling``)? A paper that
    "proposes" a seq2seq model or a SAM adapter coins no new Seq2Seq or SAM."""
    return "wide-spelling" not in _senses_off27() and any(counts[t.lower()] >= WIDE_SPELLING27 for t in texts)


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
