"""A lexicon of names mined from the corpus and kept by a small learned classifier, looked up in any abstract.

``data/mined_names.tsv`` holds names that paperkg's own extraction confirmed by strong evidence (a definition,
"the X dataset", "we propose X", a naming verb) in papers of the 73k corpus, kept by a logistic regression
over their shape and corpus counts (``scripts/mine_corpus_names.py``, ``scripts/train_name_classifier.py``;
provenance in SOURCES.md). A paper that names one without a cue still gets it: one abstract alone, unlike the
corpus pass (``corpus:confirmed``), confirms little.

Lookup is cheap: names are indexed by their first word; matches are case-sensitive whole words, never inside
or overlapping what the paper's extraction already found. ``PAPERKG_MINED_NAMES`` names another list ("off"
turns the lexicon off; for ablations).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .recall_rules import data_acronyms_on
from .records import Mention
from .sentences import sentence_index
from .rules import name_word_spans
from .memo import env
from .text import ends_word

RULE = "lexicon:mined"
SHAPE_GUESSES = frozenset(("rule:repeated-name", "rule:name-shape"))  # rules that type a name by its shape alone
TYPE_CLASS = {"method": "technique", "model": "technique", "dataset": "data", "benchmark": "data"}
WORD = re.compile(r"[A-Za-z0-9][\w\-.+]*")
NAME_START = re.compile(r"(?<![\w\-+/@.#'])[A-Z0-9][\w\-.+]*")  # every kept name starts so: fewer words to try
NAME_AT = re.compile(r"[A-Z0-9][\w\-.+]*")  # NAME_START without its look-behind, matched where it may start
_CAPITAL_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def name_starts(text: str):
    """(start, word) of each match of NAME_START in text, read from the context rules' scan of the same text
    (``rules.name_word_spans``, cached: no second scan of the text). Every match of NAME_START starts where one
    of NAME_WORD does: its look-behind forbids all NAME_WORD's does and more, and no NAME_WORD match can cover its
    start (each character of one is in NAME_START's forbidden class). So the matches are those NAME_WORD starts
    at a capital or digit with none of "+/@.#'" before (session 13; tests/unit/test_memo13.py)."""
    for p, _ in name_word_spans(text):
        if text[p] in _CAPITAL_OR_DIGIT and not (p and text[p - 1] in "+/@.#'"):
            yield p, NAME_AT.match(text, p).group()


class MinedLexicon:
    def __init__(self, names: dict[str, str]):
        self.types = dict(names)
        self.by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
        # Longest first: "Foo Net v2" before "Foo Net".
        for surface, typ in sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            m = WORD.match(surface)
            if m:
                self.by_first[m.group().rstrip(".")].append((surface, typ))
        self.size = sum(len(v) for v in self.by_first.values())  # asked once per paper: counted once
        # The first two characters of each first word of more than one character, and the first words of one: a
        # word that opens none of them has no entry (a first word is the key of ``by_first``: the word matched at
        # the name's start without its final dots, so it opens that word; session 29).
        self.starts2: frozenset[str] = frozenset(k[:2] for k in self.by_first if len(k) >= 2)
        self.starts1: frozenset[str] = frozenset(k for k in self.by_first if len(k) == 1)

    def __len__(self) -> int:
        return self.size

    def find(self, text: str, taken: Sequence[tuple[int, int]], title: bool = False) -> list[tuple[int, int, str, str]]:
        """(start, end, surface, type) of each listed name in text that overlaps no taken span. In a title,
        where every word is capitalised, a capitalised neighbour says nothing.

        The words are those of ``name_starts``, read inline; a word whose first two characters (one, for a one-
        character first word) open no listed first word is passed over before its word is matched (session 29:
        most capitalised words, "We", "The", open none, and such a word finds nothing and moves nothing)."""
        out: list[tuple[int, int, str, str]] = []
        if not self.by_first:
            return out
        starts2, starts1 = self.starts2, self.starts1
        taken = sorted(taken)
        starts = [s for s, _ in taken]
        last_end = 0
        for p, _ in name_word_spans(text):  # the words NAME_START finds, from the rules' scan of the text
            if p < last_end or text[p] not in _CAPITAL_OR_DIGIT or (p and text[p - 1] in "+/@.#'"):
                continue
            if text[p : p + 2] not in starts2 and text[p] not in starts1:
                continue
            word = NAME_AT.match(text, p).group()
            for surface, typ in self.by_first.get(word.rstrip("."), ()):
                end = p + len(surface)
                if not text.startswith(surface, p) or not ends_word(text, end, "+_'$\\"):
                    continue
                i = bisect_right(starts, end - 1)
                if i and taken[i - 1][1] > p:
                    break  # the paper's own reading of this stretch stands
                last_end = end
                if title and surface.isalpha() and surface[1:].islower():
                    break  # a plain word in a title: capitalised as every word there ("Go for the Holidays")
                if (title or not _in_longer_name(text, p, end)) and not PARADIGM_AFTER.match(text, end):
                    out.append((p, end, surface, typ))
                break
        return out


# A name used as the modifier of a paradigm or a tool is not named there ("the PAC setting", "an AutoML library").
PARADIGM_AFTER = re.compile(r"\s+(?:setting|settings|framework|frameworks|paradigm|learning|learnability|library|"
                            r"libraries|toolkit|toolbox|package|system|systems|guarantees?|bounds?|problem|problems)\b")
NEXT_CAPITAL = re.compile(r"\s+[A-Z][\w\-]*")
PREV_CAPITAL = re.compile(r"(?:^|[^.!?:;]\s)[A-Z][\w\-]*\s+$")


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right before (not opening a sentence) or after: the name is part of a longer one
    the paper's extraction did not take ("Darting Monte Carlo", "UCI Letters")."""
    return bool(NEXT_CAPITAL.match(text, end) or PREV_CAPITAL.search(text[max(0, start - 40) : start]))


def read_names(text: str) -> dict[str, str]:
    """name -> type from the TSV text (name, type, then columns for reading)."""
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, typ = line.split("\t")[:2]
            out[name] = typ
    return out


def lexicon() -> MinedLexicon:
    # read once per paper: memo.env reads the batch's copy of the environment (session 29; "" is unset)
    path = env("PAPERKG_MINED_NAMES") or None
    return _lexicon(path, not path and data_acronyms_on())


@lru_cache(maxsize=4)
def _lexicon(path: str | None, with_data_acronyms: bool) -> MinedLexicon:
    """The shipped list (``path`` unset), none ("off") or another list; with session 18's data acronyms
    (``data/mined_data_acronyms.tsv``, added to the shipped list only: PAPERKG_RECALL18)."""
    if path == "off":
        return MinedLexicon({})
    if path:
        with open(path, encoding="utf-8") as fh:
            return MinedLexicon(read_names(fh.read()))
    data = resources.files("paperkg.extract").joinpath("data")
    names = read_names(data.joinpath("mined_names.tsv").read_text(encoding="utf-8"))
    if with_data_acronyms:
        for name, typ in _data_acronym_types().items():
            names.setdefault(name, typ)
    return MinedLexicon(names)


def mined_entities(title: str | None, abstract: str, entities: list, sentences: Sequence[tuple[int, int]],
                   definitions: Sequence[tuple[str, str]] = ()) -> list:
    """Local entities for the lexicon's names a paper names where its extraction found nothing.

    A name the paper already has (any case) or defines as a short form is not added; its role is "uses"
    (a paper that proposes a name says so with a cue the rules read). A name the paper's rules typed by its
    shape alone takes the lexicon's type class (modifies ``entities``).
    """
    from .resolve import LocalEntity

    lex = STEPS.lexicon()
    if not len(lex):
        return []
    for e in entities:
        # A shape guess ("PDTB" repeated, so a method) yields to the type the corpus confirmed for the name.
        typ = lex.types.get(e.name)
        if (typ and e.entry is None and not e.long_form and TYPE_CLASS.get(typ) != TYPE_CLASS.get(e.type)
                and e.type in TYPE_CLASS and all(m.rule in SHAPE_GUESSES for m in e.mentions)):
            e.type = typ
    # The names the paper has, made at the first hit (session 29: most papers have none; the set is the same).
    have: set[str] | None = None
    new: dict[str, LocalEntity] = {}
    for field, text in (("abstract", abstract), ("title", title or "")):
        taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == field]
        for start, end, surface, typ in lex.find(text, taken, title=field == "title"):
            if have is None:
                have = {n.lower() for e in entities for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
                # A short form the paper defines means what the paper says, also where typing dropped it ("PAC"); a
                # long form it defines is the name the corpus confirmed ("Sparse Subspace Clustering (SSC)").
                have.update(short.lower() for short, _ in definitions)
            if surface.lower() in have or _modified_data_acronym(surface, text, end):
                continue
            sent = sentence_index(sentences, start) if field == "abstract" else 0
            mention = Mention(surface, start, end, sent, RULE, field)
            if surface in new:
                new[surface].mentions.append(mention)
            else:
                new[surface] = LocalEntity(surface, typ, "uses", [], None, [mention])
    return list(new.values())


# Session 18 (data acronyms, PAPERKG_RECALL18): an acronym before one of these nouns names a thing of another
# kind that shares its letters, not the data resource ("the LOD cloud", "the PRW distance", "a NOCS representation").
ACRONYM_MODIFIED = re.compile(r"\s+(?:cloud|distances?|representations?|protocols?|formalism|initiative|metric|"
                              r"scores?|test|statistics?|space|loss)\b")


@lru_cache(maxsize=1)
def _data_acronym_types() -> dict[str, str]:
    """data/mined_data_acronyms.tsv, read once: name -> dataset or benchmark."""
    data = resources.files("paperkg.extract").joinpath("data/mined_data_acronyms.tsv")
    return read_names(data.read_text(encoding="utf-8"))


def _modified_data_acronym(surface: str, text: str, end: int) -> bool:
    return surface in _data_acronym_types() and bool(ACRONYM_MODIFIED.match(text, end))


class Steps:
    """What tests replace: ``monkeypatch.setattr(lexicon_mined.STEPS, "lexicon", lambda: MinedLexicon(...))``.
    Compiled code (setup.py) calls the module's own functions directly, past a replaced module attribute."""

    def __init__(self) -> None:
        self.lexicon = lexicon


STEPS = Steps()
