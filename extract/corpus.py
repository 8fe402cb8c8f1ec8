"""Corpus-wide resolution: one node per real thing, and every acronym in its own sense.

The reduce step of extraction (DESIGN.md, "Corpus-level resolution"). Per-paper extraction cannot know that
"EM" is expectation-maximization in one paper and exact match in another, nor that "UCF-101" here and
"UCF101" there are one dataset. From every paper's local result this module builds a ``CorpusIndex``:

1. senses: every abbreviation definition of the corpus, "expectation-maximization (EM)", "exact match (EM)",
   grouped into the senses of its short form (spellings of one long form are one sense: case, hyphens,
   plurals, British spellings, a misspelt word). List entries with an acronym are senses too;
2. keys: each local entity gets the key of what it names: its paper's own definition, a list entry, a bare
   short form resolved to one sense (the only sense; else the sense whose context words fit the paper;
   else a list entry nobody else defines much; else the dominant sense; else it stays apart), or its own
   spelling;
3. identity: keys that share a spelling are one thing (union-find), never through an ambiguous short form
   and never across type classes (a method never joins a metric; a dataset and a benchmark are one class:
   a data resource is one node whatever a paper calls it);
4. each thing gets one name, one type (votes over papers) and its aliases: definitions, list forms and
   exact spelling variants only, never free phrases.

Everything is a function of the *set* of papers (counts, sorted tie-breaks), so one process, a pool, Dask,
or a corpus loaded in parts give the same graph.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .gazetteer import GazetteerEntry, entry_by_id, load_entries
from .lexicon import GENERIC_WORDS
from .text import ends_word, fold, variant_key

# Type classes: identity never crosses them. A data resource is a dataset or a benchmark depending on use.
TYPE_CLASS = {"dataset": "data", "benchmark": "data", "method": "technique", "model": "technique",
              "task": "task", "metric": "metric"}
# Classes one written-out name may be counted in by different papers: a learning paradigm or an algorithm family
# is a method to some and a task to others ("Bayesian optimisation", "active learning", "named entity
# recognition" as a method's name). A paper's cue for one of them does not rule out a sense typed the other.
PARADIGM_CLASSES = ("task", "technique")
# Lists written by hand (not derived): a sense one of them holds is the well-known meaning of its short form.
HAND_LISTS = frozenset(("curated", "classical"))
ACRONYM = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-+&]{0,11}")
CONTEXT_WORD = re.compile(r"[a-z][a-z\-]{3,}")

# Bare short forms with several senses: how sure the context must be, and when one sense is the default.
CONTEXT_MARGIN = math.log(8.0)  # the best sense's log-likelihood beats the next by this much
MIN_CONTEXT_WORDS = 2  # informative words the paper shares with the winning sense's papers
SMOOTHING = 2.0  # pseudo-papers of the background word rates added to each sense
MIN_SENSE_PAPERS = 3  # defining papers a sense needs before its context words count
DOMINANT_SHARE = 0.9  # a sense with this share of a short form's definitions ...
DOMINANT_SHARE_UNRIVALLED = 0.75  # ... or this share when every other sense is defined in under three papers
DOMINANT_MIN = 5  # ... and at least this many is what a bare use means, unless the context says otherwise
DOMINANT_SHARE_LISTED = 0.8  # the share that does when a curated list holds the sense
SPELLINGS_LOOKED_FOR = 4  # a sense's most frequent long forms looked for in a paper that uses the short form bare


@lru_cache(maxsize=262144)
def is_short_form(form: str) -> bool:
    """An acronym-like form: "EM", "SVMs", "GPT-4", "HMDB51"; no spaces, at least two capitals."""
    return bool(ACRONYM.fullmatch(form)) and sum(c.isupper() for c in form) >= 2 and not form.isdigit()


# "EM algorithm", "SVM method": a short form and a word that says it is a technique. Folded to the bare short
# form by variant_key; kept apart from that form's senses until the resolution below, which reads the word as the
# paper's cue (a technique, so not "exact match").
TECHNIQUE_TAIL = re.compile(r"(?P<short>\S+)\s+(?:algorithms?|methods?|approach|technique)")


def technique_tailed(form: str) -> bool:
    m = TECHNIQUE_TAIL.fullmatch(form)
    return bool(m) and is_short_form(m.group("short"))


def long_form_words(text: str) -> list[str]:
    """Words of a long form for comparing spellings: "Expectation-Maximisation" -> ["expectation", "maximization"]."""
    return [variant_key(w) for w in fold(text).replace("-", " ").split() if variant_key(w)]


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= 3 and len(shorter) <= 4 and longer.startswith(shorter[:3]):
        from .senses26 import prefix_word26  # session 26: "off" is no clipped "offline"
        return not prefix_word26(shorter)  # "nets" / "networks", "conv" / "convolutional"
    return len(shorter) >= 6 and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.8  # a misspelling


# Words that may follow a long form without making it another thing: "long short-term memory (network)".
HEAD_TAIL = frozenset(variant_key(w) for w in (
    "network networks net nets model models unit units layer layers architecture approach method algorithm "
    "framework system based recurrent neural"
).split())


def same_long_form(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two long forms (as words) spell one thing: same words, up to plural, abbreviation, a misspelling or a
    generic head noun after them ("long short-term memory" / "long short-term memory networks"), a word split
    at a hyphen ("bi-directional" / "bidirectional") or an acronym inside one of them spelt out in the other
    ("bidirectional LSTM" / "bidirectional long short-term memory")."""
    shorter, longer = sorted((a, b), key=len)
    if not shorter:
        return False
    if all(w in HEAD_TAIL for w in longer[len(shorter):]) and all(_same_word(x, y) for x, y in zip(shorter, longer)):
        return True
    return _aligned(tuple(a), tuple(b))


def neural_optional(a: Sequence[str], b: Sequence[str]) -> bool:
    """Session 14: two definitions of one short form that differ only by "neural" ("Convolutional Networks
    (ConvNets)" / "Convolutional Neural Networks (ConvNets)") spell one thing. Only among one short form's
    definitions: as names on their own, "Bayesian network" and "Bayesian neural network" stay two things."""
    if ("neural" in a) == ("neural" in b):
        return False
    return same_long_form([w for w in a if w != "neural"], [w for w in b if w != "neural"])


_MINOR_WORDS = frozenset("a an the of for in on to with by from and via as".split())


def stems(text: str) -> tuple[str, ...]:
    return tuple(w[:4] for w in fold(text).lower().replace("-", " ").split() if w.isalpha() and w not in _MINOR_WORDS)


_HEAD_STEMS = frozenset(w[:4] for w in HEAD_TAIL)


def heads_off(stemmed: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in stemmed if w not in _HEAD_STEMS)


def loosely_same_long_form(a: str, b: str) -> bool:
    """Two long forms (as written) that are spellings of one name even where words do not align: the same
    word stems in another order ("Monte Carlo Markov Chain"), a misspelt or extra word after the same first
    word ("Hidden Marlcov Models", "Robustly optimized BERT approach"), or nearly the same letters ("Visual
    Transformer"). Not a different first word with the rest shared ("Gated Neural Networks" is not "Graph
    Neural Network"): the first word carries the acronym's first letter, the name's own word."""
    if same_long_form(long_form_words(a), long_form_words(b)):
        return True
    sa, sb = stems(a), stems(b)
    if not sa or not sb:
        return False
    if set(sa) == set(sb) or (heads_off(sa) and heads_off(sa) == heads_off(sb)):
        return True  # "Gated Recurrent Neural Network" / "gated recurrent unit": the same words before the head
    if sa[0][:3] != sb[0][:3]:
        return False
    jaccard = len(set(sa) & set(sb)) / len(set(sa) | set(sb))
    return jaccard >= 0.5 or SequenceMatcher(None, fold(a).lower(), fold(b).lower()).ratio() >= 0.8


@lru_cache(maxsize=65536)
def _aligned(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Word-by-word alignment of two long forms, where one word may stand for several of the other: the
    two halves of a hyphenated word, or an acronym for the words it spells (two to six initials)."""
    if not a or not b:
        return all(w in HEAD_TAIL for w in a + b)
    x, y = a[0], b[0]
    if _same_word(x, y) and _aligned(a[1:], b[1:]):
        return True
    for one, other, swap in ((x, b, False), (y, a, True)):
        rest_one = (a if not swap else b)[1:]
        for k in (2, 3):  # "bi" + "directional" -> "bidirectional"
            if len(other) >= k and "".join(other[:k]) == one and _aligned_pair(rest_one, other[k:], swap):
                return True
        k = len(one)
        if 2 <= k <= 6 and len(other) >= k and "".join(w[0] for w in other[:k]) == one and _aligned_pair(
                rest_one, other[k:], swap):
            return True
    return False


def _aligned_pair(rest_one: tuple[str, ...], rest_other: tuple[str, ...], swap: bool) -> bool:
    return _aligned(rest_other, rest_one) if swap else _aligned(rest_one, rest_other)


@lru_cache(maxsize=256)  # a paper's words are asked for once per short form it uses or defines
def context_words(text: str) -> frozenset[str]:
    """Content words of an abstract, for telling senses apart."""
    return frozenset(w for w in CONTEXT_WORD.findall(text.lower()) if w not in STOP_WORDS)


@dataclass
class Sense:
    """One meaning of a short form: its long forms (as written, with counts) and the papers defining it."""

    key: str  # "sense:<identity of the long form>" or "entry:<id>" for a list entry nobody defines
    long_forms: Counter = field(default_factory=Counter)
    papers: set = field(default_factory=set)  # ids of papers that define it
    typed: int = 0  # definitions the paper kept as an entity
    untyped: int = 0  # definitions the paper dropped as a generic phrase ("deep neural network (DNN)")
    entry: str | None = None  # the list entry with this meaning, if any
    types: Counter = field(default_factory=Counter)  # types papers gave the defined long form
    context: Counter = field(default_factory=Counter)  # context word -> defining papers using it

    @property
    def generic(self) -> bool:
        """Papers mostly drop this long form as a generic phrase ("deep neural network (DNN)"); one paper's
        evidence against two papers' silence is not enough to call it generic."""
        if self.entry is not None or self.typed and self.untyped < 3 * self.typed:
            return False
        if self.typed == 0:
            return True
        top = sorted(self.long_forms.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if self.long_forms else ""
        return all(w.lower() in GENERIC_WORDS for w in re.findall(r"[A-Za-z]+", top))

    def spelled_in(self, low_text: str) -> bool:
        """Does a lower-cased text hold one of this sense's most frequent long forms?"""
        return any(lf.lower() in low_text for lf, _ in self.long_forms.most_common(SPELLINGS_LOOKED_FOR))

    @property
    def type_classes(self) -> set[str]:
        """Type classes a good share (a fifth) of the defining papers give it: Gaussian process is typed a
        method by some papers and a task by others; a use of either kind may be it."""
        total = sum(self.types.values())
        by_class: Counter = Counter()
        for typ, n in self.types.items():
            by_class[TYPE_CLASS.get(typ, typ)] += n
        return {c for c, n in by_class.items() if n >= 0.2 * total}


def sense_top(sense: "Sense") -> str:
    """A sense's most frequent long form as written."""
    return sorted(sense.long_forms.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if sense.long_forms else ""


@dataclass
class Decision:
    """How a bare short form in one paper was resolved, and why (for reading and testing)."""

    key: str | None
    reason: str


def entry_key(entry_ref) -> str:
    return f"entry:{entry_ref}"


def entry_ref_of_key(key: str):
    """The entry reference in an "entry:..." key (an index in older local results, else the entry id)."""
    ref = key[len("entry:") :]
    return int(ref) if ref.isdigit() else ref


def entry_of(entry_ref) -> GazetteerEntry:
    """The list entry a local entity points at (its id; an index in older local results)."""
    if isinstance(entry_ref, int):
        return load_entries()[entry_ref]
    return entry_by_id(entry_ref)  # speed39: imported with the module (a local import cost ~2 us a call)


def entry_refs() -> Iterable[tuple[object, GazetteerEntry]]:
    from . import gazetteer

    entries = load_entries()
    if hasattr(gazetteer, "entry_by_id") and getattr(entries[0], "id", None) is not None:
        return ((e.id, e) for e in entries)
    return enumerate(entries)


def _bare_candidate(e) -> str | None:
    if e.long_form:
        return None
    texts = {m.text for m in e.mentions} or {e.name}
    if not all(is_short_form(t) or technique_tailed(t) for t in texts):
        return None
    forms = {variant_key(t) for t in texts}
    return next(iter(forms)) if len(forms) == 1 else None


@lru_cache(maxsize=1)
def _entry_longs() -> dict[str, dict[str, object]]:
    """Short form identity -> long form identity (or "entry:<ref>" for an entry with no long form) -> the list
    entry giving it (the first)."""
    entry_longs: dict[str, dict[str, object]] = defaultdict(dict)
    for ref, entry in entry_refs():
        shorts = [f for f in entry.forms if is_short_form(f)]
        longs = [f for f in entry.forms if not is_short_form(f)]
        for sf in shorts:
            s = variant_key(sf)
            if not longs:
                entry_longs[s].setdefault("entry:" + str(ref), ref)
            for lf in longs:
                entry_longs[s].setdefault(variant_key(lf), ref)
    return dict(entry_longs)


def _listed_senses(longs: dict[str, object]) -> list[Sense]:
    """The senses of a short form only lists know, if its entries have different names (two senses, neither by
    default); none otherwise (entries whose names are spellings of one name, "THUMOS14", "THUMOS'14", are one)."""
    by_name: dict[str, str] = {}
    for ref in sorted({str(ref) for ref in longs.values()}):
        by_name.setdefault(variant_key(entry_of(entry_ref_of_key(entry_key(ref))).name), ref)
    refs = sorted(by_name.values())
    return [Sense(key=entry_key(ref), entry=ref) for ref in refs] if len(refs) > 1 else []


def _one_sense_view(x: "Sense") -> tuple:
    """What local_key reads of a short form's only sense (CorpusIndex._keys_changed)."""
    return (x.key, x.entry, x.generic, bool(x.types), sorted(x.type_classes), bool(x.papers),
            sorted(lf for lf, _ in x.long_forms.most_common(SPELLINGS_LOOKED_FOR)))


def fits_class(local_class: str, classes: set[str]) -> bool:
    """A use the paper's cues put in local_class may be a sense of these classes (task and technique are one
    here: "AL" cued as a method is active learning, which most papers call a task)."""
    if local_class in classes:
        return True
    return local_class in PARADIGM_CLASSES and bool(classes & set(PARADIGM_CLASSES))


class CorpusIndex:
    """What the whole corpus says about names: senses of short forms and the evidence for each."""

    def __init__(self) -> None:
        self.senses: dict[str, list[Sense]] = {}  # short form identity -> its senses
        self.bare_papers: Counter = Counter()  # short form identity -> papers using it bare
        self.short_spellings: dict[str, Counter] = defaultdict(Counter)  # identity -> spellings defined
        self._sense_of_long: dict[tuple[str, str], Sense] = {}  # (short, long identity) -> sense
        self.sense_by_key: dict[str, Sense] = {}
        self._bare: dict[int, str | None] = {}  # id(local entity) -> bare_form, computed once
        self._cand: dict[int, str | None] = {}  # id(local entity) -> bare_candidate, computed once
        self._clusters: dict[str, tuple] = {}  # short form -> (long ids, first spellings, groups)
        self._tops: dict[str, str] = {}  # a sense's top long form -> its identity (variant_key, kept: cold ones cost)
        self.parts: dict = {}  # what build() summed, to store for the next build
        self.changed: set[str] | None = None  # short forms whose senses may differ from the stored part's

    # -- building ----------------------------------------------------------------------------------
    @classmethod
    def build(cls, results: Sequence, stored: dict | None = None) -> "CorpusIndex":
        """The index of these papers. ``stored``: the ``parts`` of an earlier build over some of them (its
        "covered" papers, unchanged since: the caller's to check); their definitions, spellings, bare uses and
        context counts are taken from it and only the other papers are read (the sums are additive). A part
        covering a paper that is not here cannot be taken out: then every paper is read. ``index.parts`` is
        what to store for the next build."""
        index = cls()
        ids = [r.paper.id for r in results]
        covered = set(stored["covered"]) if stored else set()
        if stored and not covered <= set(ids):
            stored, covered = None, set()
        defs: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))  # short -> long id -> [(paper, surface, typed)]
        bare: Counter = Counter()  # bare-use candidate identity -> papers
        if stored:
            for s, longs in stored["defs"].items():
                defs[s].update(longs)
            for s, spellings in stored["spellings"].items():
                index.short_spellings[s].update(spellings)
            bare.update(stored["bare"])
        defined_new: set[str] = set()  # short forms the papers not covered define ...
        bare_new: set[str] = set()  # ... or use bare
        for r in results:
            if r.paper.id in covered:
                continue
            if stored:
                defined_new |= {variant_key(short) for short, _ in r.definitions}
                bare_new |= {c for c in map(index.bare_candidate, r.entities) if c}
            typed_longs = {e.long_form: e.type for e in r.entities if e.long_form}
            for short, long in r.definitions:
                s = variant_key(short)
                if s and variant_key(long):
                    defs[s][variant_key(long)].append((r.paper.id, long, typed_longs.get(long)))
                    index.short_spellings[s][short] += 1
            bare.update({c for c in map(index.bare_candidate, r.entities) if c})
        if covered:  # each list in the papers' order, as one pass over them makes it
            pos = {pid: i for i, pid in enumerate(ids)}
            for longs in defs.values():
                for entries in longs.values():
                    if len(entries) > 1:
                        entries.sort(key=lambda d: pos[d[0]])
        entry_longs = _entry_longs()
        clusters = stored["clusters"] if stored else {}
        index._tops = dict(stored["tops"]) if stored else {}
        for s in sorted(defs):
            index.senses[s] = index._cluster(s, defs[s], entry_longs.get(s, {}), clusters.get(s))
        # Short forms that only lists know ("COCO" the dataset): one sense each, the entry.
        for s, longs in entry_longs.items():
            if s in index.senses:
                continue
            listed = _listed_senses(longs)
            if listed:
                index.senses[s] = listed
                for sense in listed:
                    index.sense_by_key.setdefault(sense.key, sense)
        index.bare_papers = bare  # read only for short forms with senses
        context = index._count_context(results, defs, covered, stored["context"] if stored else {})
        # Short forms whose senses may differ from the stored part's (the papers keyed with them are keyed again)
        index.changed = index._keys_changed(defined_new, bare_new, stored, entry_longs) if stored else None
        index.parts = {"covered": ids, "defs": {s: dict(v) for s, v in defs.items()},
                       "spellings": {s: dict(v) for s, v in index.short_spellings.items()}, "bare": dict(bare),
                       "context": context, "clusters": index._clusters, "tops": index._tops}
        return index

    def _keys_changed(self, defined_new: set[str], bare_new: set[str], stored: dict, entry_longs: dict) -> set[str]:
        """Of the short forms the added papers define or use bare, those whose senses may key a stored paper
        otherwise than the stored part's index did (session 14). What local_key reads of a short form: whether it
        has senses; each sense's key, long forms (which ids map to which sense, the most frequent spellings),
        type classes, generic-ness and paper counts; its context counts; its bare-use count (only in
        resolve_bare's list-entry rule). Proven unchanged, else changed:
        - used bare only (no new definition): its senses are the stored ones (same definitions, same context);
          only the bare count grew, which can flip only the list-entry rule's threshold;
        - defined anew: no senses before or after, or one sense before and after with the same long-form ids
          and the same key, entry, generic-ness, type classes and most frequent spellings (one sense: no
          context or count rule is reached).
        Any sense field local_key comes to read must be compared here too."""
        changed = set()
        for s in sorted(defined_new | bare_new):
            if s in defined_new:
                if not self._one_sense_as_stored(s, stored, entry_longs):
                    changed.add(s)
            elif self._bare_count_matters(s, stored["bare"].get(s, 0)):
                changed.add(s)
        return changed

    def _bare_count_matters(self, short: str, stored_bare: int) -> bool:
        """Can the larger bare count flip resolve_bare's list-entry rule (unlisted <= max(3, 5 % of bare uses))
        for some subset of this short form's senses? Only if the threshold moved past a reachable count."""
        senses = self.senses.get(short, ())
        if len(senses) < 2 or not any(x.entry is not None for x in senses):
            return False
        before, now = max(3, 0.05 * stored_bare), max(3, 0.05 * self.bare_papers[short])
        return before != now and sum(len(x.papers) for x in senses if x.entry is None) > before

    def _one_sense_as_stored(self, short: str, stored: dict, entry_longs: dict) -> bool:
        now = self.senses.get(short)
        old_index = CorpusIndex()
        longs = stored["defs"].get(short)
        old: list[Sense] | None
        if longs:
            old = old_index._cluster(short, longs, entry_longs.get(short, {}), stored["clusters"].get(short))
        else:
            old = _listed_senses(entry_longs[short]) if short in entry_longs else None
        if not now and not old:
            return True
        if not now or not old or len(now) != 1 or len(old) != 1:
            return False
        if self._clusters.get(short, (None,))[0] != old_index._clusters.get(short, (None,))[0]:
            return False  # other long forms: a stored paper's definition may map to a sense now
        return _one_sense_view(now[0]) == _one_sense_view(old[0])

    def _cluster(self, short: str, longs: dict[str, list], entries: dict[str, object], stored=None) -> list[Sense]:
        """Group the long forms of one short form into senses (spellings of one name are one sense).
        ``stored``: (long ids, their first spellings, groups) of an earlier build; the same ids and spellings
        give the same groups (they depend on nothing else), which are not compared again."""
        ids = sorted(set(longs) | set(entries))
        firsts = [longs[i][0][1] if i in longs else None for i in ids]
        if stored is not None and stored[0] == ids and stored[1] == firsts:
            grouped = stored[2]
        else:
            grouped = self._group_long_forms(ids, longs, entries, short)
        self._clusters[short] = (ids, firsts, grouped)
        senses = []
        for members in grouped:
            sense = Sense(key="")
            for i in members:
                for paper, surface, typ in longs.get(i, ()):
                    sense.long_forms[surface] += 1
                    sense.papers.add(paper)
                    sense.typed += typ is not None
                    sense.untyped += typ is None
                    if typ is not None:
                        sense.types[typ] += 1
                if i in entries and sense.entry is None:
                    sense.entry = str(entries[i])
            if sense.long_forms:
                top = sorted(sense.long_forms.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                if top not in self._tops:
                    self._tops[top] = variant_key(top)
                sense.key = "sense:" + self._tops[top]
            else:
                sense.key = entry_key(sense.entry)
            for i in members:
                self._sense_of_long[(short, i)] = sense
            self.sense_by_key.setdefault(sense.key, sense)
            senses.append(sense)
        return sorted(senses, key=lambda s: (-len(s.papers), s.key))

    def _group_long_forms(self, ids: list[str], longs: dict[str, list], entries: dict[str, object],
                          short: str = "") -> list[list[str]]:
        """The long form ids of one short form in groups that spell one name, each group sorted, the groups in
        the order of their first id."""
        words = {i: long_form_words(longs[i][0][1]) if i in longs else self._entry_words(i, entries[i]) for i in ids}
        from .senses27 import joins_vacuous27, vacuous_forms27  # session 27: a listed "CTC" spells no other CTC
        vacuous = vacuous_forms27(short, ids, words, entries, HEAD_TAIL)
        parent = {i: i for i in ids}

        def find(x: str) -> str:
            while parent[x] != x:
                x = parent[x]
            return x

        for a_i, a in enumerate(ids):
            for b in ids[a_i + 1 :]:
                if find(a) == find(b):
                    continue
                if a in vacuous or b in vacuous:  # session 27: only a loose spelling of the entry's long forms
                    one, other = (a, b) if a in vacuous else (b, a)
                    if other not in vacuous and other in longs and joins_vacuous27(longs[other][0][1], vacuous[one]):
                        parent[max(find(a), find(b))] = min(find(a), find(b))
                elif same_long_form(words[a], words[b]) or neural_optional(words[a], words[b]):
                    parent[max(find(a), find(b))] = min(find(a), find(b))
        # Long forms one list entry gives for one thing are one sense ("Microsoft COCO", "Microsoft Common Objects
        # in Context"), else a bare short form would find two senses of one dataset and stay apart.
        first_of_entry: dict[str, str] = {}
        for i in ids:
            if i in entries:
                ref = str(entries[i])
                j = first_of_entry.setdefault(ref, i)
                if find(i) != find(j):
                    parent[max(find(i), find(j))] = min(find(i), find(j))
        groups: dict[str, list[str]] = defaultdict(list)
        for i in ids:
            groups[find(i)].append(i)
        return list(groups.values())

    @staticmethod
    def _entry_words(long_id: str, ref) -> list[str]:
        """The words of a list entry's long form, for comparing it with the corpus's definitions."""
        if not long_id.startswith("entry:"):
            for form in entry_of(ref).forms:
                if variant_key(form) == long_id:
                    return long_form_words(form)
        return [long_id]

    def _count_context(self, results: Sequence, defs, covered: set, stored: dict) -> dict:
        """Context words of the papers defining each sense of an ambiguous short form, counted per (short form,
        long form id) (additive over papers: ``stored`` holds those of the covered papers for the short forms
        ambiguous then); returns the counts of the short forms ambiguous now, for the next build."""
        abstracts: dict[str, str] = {}
        out = {}
        for s in sorted(s for s, senses in self.senses.items() if len(senses) > 1 and s in defs):
            old = stored.get(s)
            counts = {}
            for long_id, entries in defs[s].items():
                c = Counter(old.get(long_id, {})) if old is not None else Counter()
                for pid, _, _ in entries:
                    if old is None or pid not in covered:
                        if not abstracts:
                            abstracts.update((r.paper.id, r.paper.abstract) for r in results)
                        c.update(STEPS.context_words(abstracts[pid]))
                self._sense_of_long[(s, long_id)].context.update(c)
                counts[long_id] = dict(c)
            out[s] = counts
        return out

    # -- using ---------------------------------------------------------------------------------------
    def bare_form(self, e) -> str | None:
        """The short form identity when a local entity is only a short form the paper does not define."""
        key = id(e)
        if key not in self._bare:
            s = self.bare_candidate(e)
            self._bare[key] = s if s in self.senses else None
        return self._bare[key]

    def bare_candidate(self, e) -> str | None:
        """The identity of the one short form a local entity is written as, with no long form (whatever the
        corpus defines): a bare use when the corpus gives it senses."""
        key = id(e)
        if key not in self._cand:
            self._cand[key] = _bare_candidate(e)
        return self._cand[key]

    def tail_class(self, e) -> str | None:
        """"technique" when the paper writes its bare short form with a technique word ("EM algorithm"): that
        word is the paper's cue for the sense, as "the UCF datasets" is for data."""
        if self.bare_form(e) is not None and any(technique_tailed(m.text) for m in e.mentions):
            return "technique"
        return None

    def sense_of_definition(self, short: str, long: str) -> Sense | None:
        return self._sense_of_long.get((variant_key(short), variant_key(long)))

    def definition_joins_entry(self, entry_ref, short_forms: Sequence[str], long_form: str) -> Decision:
        """Does a paper's definition ("Bayesian Additive Regression Trees (BART)") name the list entry that
        shares its short form ("BART" the model)? The paper's resolver joined them when the entry's forms
        include the long form or when the entry is only the acronym; only the corpus can tell whether such
        an acronym-only entry means this long form: it does when the corpus gives the short form this one
        meaning, or this meaning dominates its definitions; otherwise the definition is its own sense."""
        entry = entry_of(entry_ref)
        long_id = variant_key(long_form)
        if any(not is_short_form(f) or variant_key(f) == long_id for f in entry.forms):
            # "FrameNet (FN)": the long form is the entry's own name, whatever else FN means
            return Decision(entry_key(entry_ref), "the entry's long form is the paper's (resolve aligned them)")
        for short in short_forms:
            s = variant_key(short)
            sense = self._sense_of_long.get((s, long_id))
            if sense is None:
                continue
            defined = [x for x in self.senses.get(s, ()) if x.papers and not x.generic]
            # Senses the word alignment kept apart may still spell one name ("Robustly optimized BERT
            # approach" / "... BERT Pretraining Approach"): those count as this meaning.
            mine = [x for x in defined if x is sense or loosely_same_long_form(sense_top(x), sense_top(sense))]
            rivals = [x for x in defined if x not in mine]
            if not rivals:
                return Decision(entry_key(entry_ref), "the only meaning the corpus gives this short form")
            papers = sum(len(x.papers) for x in mine)
            total = papers + sum(len(x.papers) for x in rivals)
            if papers >= DOMINANT_MIN and papers >= DOMINANT_SHARE * total and all(
                    len(x.papers) < papers for x in rivals):
                return Decision(entry_key(entry_ref), "the dominant meaning of this short form in the corpus")
            return Decision(sense.key, "the short form has several meanings in the corpus: the paper's own sense")
        return Decision(entry_key(entry_ref), "no sense of the short form is known: the paper's resolver decides")

    def ambiguous(self, short_identity: str) -> bool:
        return len(self.senses.get(short_identity, ())) > 1

    def resolve_bare(self, short: str, abstract: str, local_class: str | None = None) -> Decision:
        """The sense a bare short form has in a paper (DESIGN.md: the only sense, else the one whose context
        fits, else leave it apart), with the reason. ``local_class`` is the type class the paper's own cues
        give the use ("UCF datasets": data); senses of another class are out."""
        every = self.senses[short]
        senses = [s for s in every if local_class is None or not s.types or fits_class(local_class, s.type_classes)]
        if not senses:
            return Decision("apart:" + short, "the paper's cues give a type no sense of this short form has")
        if len(senses) == 1:
            only = senses[0]
            if only.generic:
                return Decision(None, "the only sense in the corpus is a generic phrase")
            return Decision(only.key, "the only sense in the corpus" + (" of this type" if len(every) > 1 else ""))
        # The paper spells one sense out without defining the short form ("imitation learning ... IL
        # algorithms"): that is what it means there.
        low = abstract.lower()
        spelled = [x for x in senses if x.spelled_in(low)]
        if len(spelled) == 1:
            if spelled[0].generic:
                return Decision(None, "the paper spells out a generic sense")
            return Decision(spelled[0].key, "the paper spells out this sense")
        scored = self._context_scores(senses, STEPS.context_words(abstract))
        if scored:
            (best, best_ll, shared), second_ll = scored[0], (scored[1][1] if len(scored) > 1 else -math.inf)
            if best_ll - second_ll >= CONTEXT_MARGIN and shared >= MIN_CONTEXT_WORDS:
                if best.generic:
                    return Decision(None, "context fits a generic sense")
                return Decision(best.key, "context fits this sense")
        defined = sum(len(s.papers) for s in senses)
        # A list entry most papers name bare ("BART" the model, spelt out in one paper) is what a bare use
        # means when every other sense is defined in only a few papers.
        listed = {s.entry for s in senses if s.entry is not None}
        unlisted = sum(len(s.papers) for s in senses if s.entry is None)
        if len(listed) == 1 and unlisted <= max(3, 0.05 * self.bare_papers[short]):
            return Decision(entry_key(next(iter(listed))), "a list entry; other senses are rare in the corpus")
        top = senses[0]
        # With no rival defined in a few papers, a smaller share makes a sense the default.
        rivals = any(len(s.papers) >= MIN_SENSE_PAPERS for s in senses[1:])
        share = DOMINANT_SHARE if rivals else DOMINANT_SHARE_UNRIVALLED
        if defined and len(top.papers) >= DOMINANT_MIN and len(top.papers) >= share * defined:
            if top.generic:
                return Decision(None, "the dominant sense is a generic phrase")
            return Decision(top.key, "the dominant sense in the corpus")
        # A sense a curated list holds (the well-known meaning: "SFT" is supervised fine-tuning) is the default
        # at a smaller share of the definitions.
        if (defined and top.entry is not None and len(top.papers) >= DOMINANT_MIN
                and len(top.papers) >= DOMINANT_SHARE_LISTED * defined and not top.generic
                and entry_of(entry_ref_of_key(entry_key(top.entry))).source in HAND_LISTS):
            return Decision(top.key, "the dominant sense in the corpus")
        established = self._dominant_among_established(every, senses, scored)
        if established is not None:
            return Decision(established.key, "the dominant sense of those defined in more than one paper")
        return Decision("apart:" + short, "ambiguous short form, context undecided: kept apart")

    @staticmethod
    def _dominant_among_established(every: list[Sense], senses: list[Sense], scored: list) -> Sense | None:
        """The sense a bare use means when the rivals that keep it from dominating are each one paper's own
        coinage ("Stroke Feature Transform (SFT)", defined once): counted without those, it holds DOMINANT_SHARE
        of the definitions, and the paper's words do not fit another sense clearly better. A rival defined in two or
        more papers still counts, whatever its type ("CAD models" are computer-aided design, not the diagnosis
        sense), so a short form with two real meanings stays apart."""
        established = [s for s in every if len(s.papers) >= 2]
        if not established or len(established) == len(every):
            return None
        top = max(established, key=lambda s: (len(s.papers), s.key))
        if top not in senses:
            return None  # the dominant sense is of another type than the paper's cue gives
        total = sum(len(s.papers) for s in established)
        if top.generic or len(top.papers) < DOMINANT_MIN or len(top.papers) < DOMINANT_SHARE * total:
            return None
        top_ll = next((ll for sense, ll, _ in scored if sense is top), None)
        if scored and top_ll is not None and scored[0][1] - top_ll >= CONTEXT_MARGIN:
            return None  # the paper's words fit another sense clearly better
        return top

    @staticmethod
    def _context_scores(senses: list[Sense], words: frozenset[str]) -> list[tuple[Sense, float, int]]:
        """Bernoulli naive Bayes over the words a paper shares with each sense's defining papers."""
        # Senses defined in a handful of papers have too little context to judge by (one paper's words
        # would win on everything it happens to share); they are reached by the other rules.
        with_context = [s for s in senses if len(s.papers) >= MIN_SENSE_PAPERS]
        if len(with_context) < 2:
            return []
        vocab = set().union(*(s.context.keys() for s in with_context)) & words
        total = sum(len(s.papers) for s in with_context)
        # Each word's rate among all senses' papers is the prior a small sense is smoothed towards: a sense
        # known from four papers must not win on words it merely never saw.
        background = {w: (sum(s.context.get(w, 0) for s in with_context) + 0.5) / (total + 1.0) for w in vocab}
        out = []
        for s in with_context:
            n = len(s.papers)
            ll = math.log(n / total)
            shared = 0
            for w in sorted(vocab):  # one order of the sum, however the counts were put together
                c = s.context.get(w, 0)
                shared += c > 0
                ll += math.log((c + SMOOTHING * background[w]) / (n + SMOOTHING))
            out.append((s, ll, shared))
        # A listed sense nobody defines has no context of its own: it competes through the prior rule only.
        return sorted(out, key=lambda t: (-t[1], t[0].key))


# -- the second look: names the corpus confirmed, found again where a paper names them without a cue ------

# Rules whose match is strong evidence that a span is a name of its type ("the X dataset", "X, a benchmark
# for", "called X", a definition): a name confirmed so in one paper is a name wherever else it appears.
STRONG_RULES = frozenset((
    "abbreviation", "rule:data-noun", "rule:followed-by-type", "rule:preceded-by-type", "rule:appositive",
    "rule:named", "rule:listed", "rule:name-year", "rule:benchmark-shape", "rule:title-name", "rule:model-size",
    "rule:model-variant",
))
CONFIRMED_RULE = "corpus:confirmed"
RESCANNED_TYPES = frozenset(("method", "model", "dataset", "benchmark"))
NAME_START = re.compile(r"[A-Z0-9][\w\-.+]*")
_NOT_BEFORE = set("-+/@._#")


def _first_token(surface: str) -> str | None:
    m = NAME_START.match(surface)
    return m.group().rstrip(".") if m else None


def _name_at(text: str, p: int, named: list, taken: list[tuple[int, int]],
             starts: list[int]) -> tuple[int, int, str, str] | None:
    """The first of ``named`` ((surface, key), longest first) that stands whole at ``p``, outside the ``taken`` spans
    (sorted, ``starts`` their starts), as (start, end, surface, key); None when none does or it overlaps a taken span."""
    if p and (text[p - 1].isalnum() or text[p - 1] in _NOT_BEFORE):
        return None
    for surface, key in named:
        end = p + len(surface)
        if not text.startswith(surface, p) or not ends_word(text, end):
            continue
        i = bisect_right(starts, end - 1)
        if i and taken[i - 1][1] > p:
            return None  # overlaps what the paper already found: that reading stands
        return (p, end, surface, key)
    return None


class ConfirmedNames:
    """Spellings of things the corpus confirmed by strong evidence, looked up at capitalised word starts."""

    def __init__(self, names: dict[str, str]):
        self.by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for surface, key in sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0])):
            first = _first_token(surface)
            if first:
                self.by_first[first].append((surface, key))

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_first.values())

    def find(self, text: str, taken: Sequence[tuple[int, int]], keep: list[tuple[int, str]] | None = None,
             keep_firsts: dict | None = None) -> list[tuple[int, int, str, str]]:
        """(start, end, surface, key) of every confirmed name in text outside the taken spans.

        ``keep``: a list that gets (start, first token) of each word start of this scan whose token is a key of
        ``keep_firsts`` (another finder's ``by_first``), in text order; ``find_at`` of that finder on them finds
        what its own ``find`` of the text would (canonical's second look: one scan of each abstract, not two)."""
        taken = sorted(taken)
        starts = [s for s, _ in taken]
        out = []
        by_first = self.by_first
        for m in NAME_START.finditer(text):
            first = m.group().rstrip(".")
            if keep is not None and first in keep_firsts:
                keep.append((m.start(), first))
            # The lookup first: most capitalised words start no confirmed name (same finds, fewer checks).
            named = by_first.get(first)
            if named:
                found = _name_at(text, m.start(), named, taken, starts)
                if found is not None:
                    out.append(found)
        return out

    def find_at(self, text: str, taken: Sequence[tuple[int, int]],
                word_starts: list[tuple[int, str]]) -> list[tuple[int, int, str, str]]:
        """``find(text, taken)`` read from the word starts another finder's scan of the text kept for this one
        (``find``'s ``keep``, with this finder's ``by_first`` as ``keep_firsts``): the same finds, no scan. The
        scan skips every word start whose token is no key of ``by_first``; the kept ones are exactly the others."""
        taken = sorted(taken)
        starts = [s for s, _ in taken]
        out = []
        by_first = self.by_first
        for p, first in word_starts:
            named = by_first.get(first)
            if named:
                found = _name_at(text, p, named, taken, starts)
                if found is not None:
                    out.append(found)
        return out


class Steps:
    """What tests count: ``monkeypatch.setattr(corpus.STEPS, "context_words", counted)``. Compiled code
    (setup.py) calls the module's own functions directly, past a replaced module attribute."""

    def __init__(self) -> None:
        self.context_words = context_words


STEPS = Steps()
