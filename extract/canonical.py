"""Corpus-wide canonicalisation: the final id, name, type and aliases of every entity of every paper.

``canonicalise(results)`` is the reduce step after the per-paper map step: it builds the corpus index
(extract/corpus.py: senses of short forms), gives each local entity the key of what it names, joins keys that
spell one thing, and writes the JSONL records. A pure function of the set of papers: one process, a pool,
Dask, or a corpus built in parts give the same output (papers keep their input order).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from .corpus import (
    is_short_form,
    CONFIRMED_RULE, DOMINANT_SHARE_LISTED, HAND_LISTS, fits_class, PARADIGM_CLASSES, RESCANNED_TYPES, STRONG_RULES, TYPE_CLASS, ConfirmedNames, CorpusIndex,
    entry_key, entry_of,
    entry_ref_of_key, entry_refs, long_form_words, same_long_form,
)
from .corpus import heads_off, loosely_same_long_form, sense_top, stems
from . import recall_rules
from .abbreviations import capitals_fit
from .eras import in_their_time
from .speed45 import bracketed45
from .precision24 import cut_hit24
from .precision25 import cut_hit25
from .precision26 import cut_hit26
from .precision28 import cut_hit28
from .hubs47 import event_year_aliases47, event_year_hit47  # session 46 (hubs47)
from .hubs48 import shared_id_names48  # session 47 (hubs48)
from .hubs50 import later_case_coiners50, tail_form_key50, tail_letters50  # session 48 (hubs50)
from .precision33 import title_listed_use33
from .recall33 import coordinated_only33
from .precision34 import retype_cued34
from .precision37 import retype_slots37  # session 33 (precision37)
from .precision39 import retype_data39, retype_settings39  # session 34 (precision39)
from .types42 import join_kind_named42  # session 37 (types42)
from .precision43 import unconfirmed43  # session 38 (precision43)
from .precision45 import voted45  # session 39 (precision45)
from .types45 import break_tie45  # session 39 (types45)
from .hubs45 import _listed_shapes45, case_coinage_on45, clean_latex_aliases45, other_case45  # session 44 (hubs45)
from .precision60 import bare_head60, other_capitals60  # session 45 (precision60)
from .precision40 import retype_variants40  # session 35 (precision40)
from .precision35 import retype_listed35
from .senses27 import coining_mention27, spelling_papers27, wide_spelling27
from .senses28 import earlier_users28, identity_spellings28, join_task_data28, weak_cue_holds28
from .senses29 import keeps_earlier_users29, variant_link29, variant_spellings29
from .senses30 import bare_coinage30, tidy_aliases30, variant_spellings30, without_ligatures30
from .recall39 import modified_base39, modified_spellings39  # session 34 (recall39)
from . import recall40  # session 35 (recall40): case variants of listed joined names are no homonyms
from .senses31 import other_case_unhyphenated31, phrases_spelling_gaps31, title_word_identity31
from .senses26 import OWN_KEY26, bare_otherwise26, one_name_entry26, own_definition26, own_key26, sense_spellings26
from .recall25 import lower_confirmed25
from .recall27 import grown_tails27, longer_names27, longer_spans27
from .recall28 import data_longer28
from .memo import fixed_environment
from .lexicon import COMPARE_CUES, EVAL_CUES, GENERIC_ACRONYMS, GENERIC_WORDS, LANGUAGE_NAMES, VENUES, non_entity_kind
from .records import Entity, ExtractedPaper, Mention, Paper
from .sentences import sentence_index
from .resolve import LocalEntity, bare_of_version, type_from_long_form
from .text import slug, variant_key


class LocalResult(NamedTuple):
    """The map step's output for one paper: what it names, as seen in that paper alone."""

    paper: Paper
    entities: list[LocalEntity]
    urls: list[str]
    definitions: list[tuple[str, str]] = []  # (short form, long form) of every abbreviation the abstract defines
    sentences: list[tuple[int, int]] = []  # sentence bounds of the abstract


def _as_local_result(r) -> LocalResult:
    return r if isinstance(r, LocalResult) else LocalResult(*r)


class _Keys:
    """Union-find over entity keys: keys that spell one thing become one."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        parent = self.parent
        p = parent.get(k)
        if p is None:
            parent[k] = k
            return k
        if p == k:  # a root (most keys): nothing to halve
            return k
        while p != k:  # path halving, as before: each visited key skips to its grandparent
            gp = parent[p]
            parent[k] = gp
            k = gp
            p = parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key is the root: the result does not depend on the order of unions.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


# Spans no paper means as a name: markup, two sentences glued at a missing space ("KGs.For").
JUNK_NAME = re.compile(r"[\\{}$]|[a-z0-9]\.(?:[A-Z][a-z]+|[a-z]+)$")
_JUNK_CHARS = frozenset("\\{}$.")  # every match of JUNK_NAME holds one of these (the search is skipped without)


# Session 19 (issue 10): "state of the art (SotA)", "SOTA method", "State of the Art" are praise, not a thing: one
# node with 13 papers on the session-18 graph, spelt in six ways the rules each took for a name.
PRAISE_NOT_A_NAME = frozenset(("stateoftheart", "sota"))


def local_key(e: LocalEntity, index: CorpusIndex, abstract: str, title: str | None = None) -> str | None:
    """The key of what a local entity names; None when it resolves to a generic phrase or is no name
    (dropped)."""
    if not (e.long_form or e.entry) and not _JUNK_CHARS.isdisjoint(e.name) and JUNK_NAME.search(e.name):
        return None
    if variant_key(e.long_form or e.name) in PRAISE_NOT_A_NAME:
        return None
    if e.long_form and e.entry is not None:
        # The paper's definition agrees with a list entry (resolve checked the forms), or the entry is only the
        # acronym and the corpus decides which of the short form's meanings it is.
        return index.definition_joins_entry(e.entry, e.short_forms or [], e.long_form).key
    if e.long_form:
        for sf in e.short_forms or []:
            sense = index.sense_of_definition(sf, e.long_form)
            if sense is not None:
                return _own_definition26(e, sense)
        return "sense:" + variant_key(e.long_form)
    short = index.bare_form(e)
    if short is not None and e.role == "proposes" and other_capitals60(
            [m.text for m in e.mentions], [*index.short_spellings.get(short, ()), *_listed_shapes45().get(short, ())]):
        return "apart:" + short  # precision60 other-capitals: "we propose TReCS" is no use of the defined TREC
    if short is not None and recall_rules.title_led_short_form({m.text for m in e.mentions}, title) and not any(
            sense.spelled_in(title.lower()) for sense in index.senses[short]):
        if _title_led_listed_data(e, title) or title_listed_use33(e, title, abstract):  # precision33: "convergence of SGD"
            return entry_key(e.entry)
        return "apart:" + short  # session 12: the title's lead name is the paper's own, not another paper's sense
    t_ident = title_word_identity31(e, index.bare_candidate(e)) if short is None else None
    if t_ident is not None and t_ident in index.senses and recall_rules.title_led_short_form(
            {m.text for m in e.mentions}, title) and not any(
            sense.spelled_in(title.lower()) for sense in index.senses[t_ident]):
        return "apart:" + t_ident  # senses31 title-word: "Plato: ..." is not another paper's PLATO
    if short is not None:
        cued = any(m.rule in STRONG_RULES and m.rule != "abbreviation" for m in e.mentions)
        cue = TYPE_CLASS[e.type] if _listed_mixed_case(e) else index.tail_class(e)
        sense = _only_sense_of_class(index.senses[short], cue) if cue else None
        if sense is not None:
            return _own_sense26(e, short, sense.key, index, abstract, title)
        key = index.resolve_bare(short, abstract, TYPE_CLASS.get(e.type) if cued else index.tail_class(e)).key
        if key is not None and key.startswith("apart:") and coordinated_only33(e.mentions):
            return None  # recall33: a list member the corpus gives several meanings and the paper none ("... or LDA")
        if key is None:
            key = bare_coinage30(e, short, index.senses[short], abstract, title)  # senses30: a coinage kept
        if key is not None and e.entry is None and own_other_definition(e, index.sense_by_key.get(key), abstract):
            listed = own_bracket_entry(e, abstract)
            if listed is not None:
                return entry_key(listed)  # session 19: "variational inference (VI)" names a list entry
            return "apart:" + short  # session 18: the paper's own bracket defines another thing
        return _own_sense26(e, short, key, index, abstract, title)
    if e.entry is not None:
        return entry_key(e.entry)
    tailed = tail_form_key50(e.name, e.type, _entry_of_form(), variant_key)  # hubs50: "WordNet Embeddings" (a method)
    return tailed if tailed is not None else "form:" + variant_key(e.name)


def _own_sense26(e: LocalEntity, short: str, key: str | None, index: CorpusIndex, abstract: str,
                 title: str | None) -> str | None:
    """Session 26 (extract/senses26.py): a bare use sent to a sense whose words the paper spells otherwise is the
    paper's own thing: the list entry its own bracket names, else the sense of its own words."""
    if key is None or not key.startswith(("sense:", "entry:")):
        return key
    sense = index.sense_by_key.get(key)
    ref = entry_ref_of_key(key) if key.startswith("entry:") else sense.entry if sense is not None else None
    entry = entry_of(ref) if ref is not None else None
    spellings = sense_spellings26(sense, entry.forms if entry is not None else ())
    hand = entry is not None and entry.source.split(":")[0] in HAND_LISTS
    own = bare_otherwise26({m.text for m in e.mentions}, spellings, title, abstract, hand)
    if own is None:
        return key
    listed = own_bracket_entry(e, abstract)
    return entry_key(listed) if listed is not None and entry_key(listed) != key else own_key26(own, variant_key(own))


def _own_definition26(e: LocalEntity, sense) -> str:
    """Session 26 round two (senses26 ``own-definition``): a definition the corpus grouped into a listed sense it
    does not spell keeps its own sense."""
    if sense.entry is None:
        return sense.key
    if own_definition26(e.long_form, sense_spellings26(sense, entry_of(sense.entry).forms)):
        return OWN_KEY26 + e.long_form  # its short form is no identity: it would join the listed sense again
    return sense.key


# Session 18 (issue 10): a paper that writes "a parametric human body model (SMPL)", "a domain adaptive dialog
# generation method based on meta-learning (DAML)" or "variational inference (VI)" defines the short form itself,
# though the definition finder did not keep that long form (a description, a generic phrase). Its bare uses were
# sent to the corpus's only sense, one or two papers' coinage ("Supervised Mixture Prototypical Learning (SMPL)",
# "deep adversarial metric learning (DAML)", "Amortized variational inference (VI)"): a wrong node with a hub of
# foreign papers. When the words before the paper's own bracket do not spell that thin sense, the use stays apart.
_OWN_BRACKET = "(?<=[\\w\\-])\\s*\\(\\s*{}\\s*\\)"
_BEFORE_BRACKET = re.compile(r"((?:[\w\-]+\s+){0,7}[\w\-]+)\s*$")


def own_other_definition(e: LocalEntity, sense, abstract: str) -> bool:
    """The paper defines the bare short form in brackets with words that are not the thin sense it was sent to."""
    if sense is None or len(sense.papers) > THIN_SENSE:
        return False
    shorts = {m.text for m in e.mentions}
    top = sense_top(sense)
    if not top:
        return False
    want = set(heads_off(stems(top))) or set(stems(top))
    seen = False
    for sf in shorts:
        if sf.isupper() and len(sf) > 7:
            continue  # "(CITATION)": a placeholder word in capitals, not an acronym
        if not bracketed45(abstract, sf):
            continue  # speed45: no "( SF" in the abstract, the pattern (compiled per short form) cannot match
        for m in re.finditer(_OWN_BRACKET.format(re.escape(sf)), abstract):
            before = _BEFORE_BRACKET.search(abstract, max(0, m.start() - 120), m.start())
            if before is None:
                continue
            words = before.group(1)
            if want <= set(stems(words)) or any(
                    loosely_same_long_form(" ".join(words.split()[-k:]), top) for k in range(1, 9)):
                return False  # the paper spells the sense itself ("question generation over knowledge bases (KBQG)")
            seen = True
    return seen


# Session 19 (issue 10): the own bracket kept apart above is often a name the lists hold, too generic for the
# definition finder to keep as a long form: ten papers' "variational inference (VI)" made one node "VI" (named by
# the short form, one of them value iteration) instead of joining Variational Inference, which the same papers
# also name in full. When the last words before the paper's own bracket are exactly one list entry's form and
# the short form's capitals fit them, the bare uses name that entry.
def own_bracket_entry(e: LocalEntity, abstract: str):
    """The list entry (its ref) the paper's own "words (SF)" bracket spells for a bare short form; None if none."""
    longs = _entry_by_long_form()
    for sf in sorted({m.text for m in e.mentions}):
        if not bracketed45(abstract, sf):
            continue  # speed45: no "( SF" in the abstract
        for m in re.finditer(_OWN_BRACKET.format(re.escape(sf)), abstract):
            before = _BEFORE_BRACKET.search(abstract, max(0, m.start() - 120), m.start())
            if before is None:
                continue
            words = before.group(1).split()
            for k in range(2, len(words) + 1):  # the shortest run first: "such as variational inference"
                run = " ".join(words[-k:])
                ref = longs.get(variant_key(run))
                if ref is not None and capitals_fit(sf, run):
                    return ref
    return None


@lru_cache(maxsize=1)
def _entry_by_long_form() -> dict[str, object]:
    """variant_key of a list entry's multi-word form -> the entry's ref, for forms only one entry holds."""
    seen: dict[str, object] = {}
    shared: set[str] = set()
    for ref, entry in entry_refs():
        for form in entry.forms:
            if len(form.split()) < 2 or is_short_form(form):
                continue
            k = variant_key(form)
            if k in seen and seen[k] != ref:
                shared.add(k)
            seen.setdefault(k, ref)
    return {k: ref for k, ref in seen.items() if k not in shared}


def _listed_mixed_case(e: LocalEntity) -> bool:
    """Session 14: a bare short form written exactly as a hand list spells it in mixed case ("mAP" of mean average
    precision) says the list entry's type: the bare use means the one sense of that type ("MAP" is also maximum a
    posteriori, which no paper keeps as a metric). Only the type: with two senses of that type it stays apart as
    before (session 9 sent such forms to the entry itself, which joined "PoT", products of Student-t, to Program
    of Thoughts). All-capital forms ("SFT") say nothing."""
    if e.entry is None or e.type not in TYPE_CLASS:
        return False
    entry = entry_of(e.entry)
    if entry.source.split(":")[0] not in HAND_LISTS:
        return False
    forms = set(entry.forms) | {entry.name}
    texts = {m.text for m in e.mentions}
    return bool(texts) and all(t in forms and any(c.islower() for c in t) and sum(c.isupper() for c in t) >= 2
                               for t in texts)


def _only_sense_of_class(senses, cls: str):
    """Session 14: the sense a cue of type class ``cls`` picks ("mAP" as a hand list spells it; "the EM algorithm"):
    the one non-generic sense papers type in that class (task and technique count as one, as in resolve_bare),
    when every other sense defined in two or more papers is typed otherwise or is a phrase no paper kept as a name
    ("electron microscopy (EM)", "entity matching (EM)") and rare beside it; else None, and resolve_bare decides as
    before."""
    classes = {s.key: _sense_classes(s) for s in senses}
    # one paper's coinage ("mapped neighborhood distance (MAP)") does not count, as in _dominant_among_established
    senses = [s for s in senses if len(s.papers) >= 2 or (s.entry is not None and not s.papers)]
    fitting = [s for s in senses if classes[s.key] and fits_class(cls, classes[s.key]) and not s.generic]
    rest = [s for s in senses if s not in fitting]
    if len(fitting) != 1 or not all(s.generic or (classes[s.key] and not fits_class(cls, classes[s.key])) for s in rest):
        return None
    if cls not in classes[fitting[0].key]:
        return None  # "the GPS algorithm" is no geometry problem solving: a paradigm task is not what the cue names
    # A phrase no paper keeps as a name is still a meaning ("quantified logic terms (QLT)" in two papers against six
    # of the technique): the cue rules it out only when it is rare beside the typed sense (EM: 108 against 10).
    generic = sum(len(s.papers) for s in rest if s.generic)
    mine = len(fitting[0].papers)
    return fitting[0] if mine >= DOMINANT_SHARE_LISTED * (mine + generic) else None


def _sense_classes(sense) -> set[str]:
    """The type classes papers give a sense; for a list entry no paper defines, the entry's."""
    if sense.types or sense.entry is None:
        return sense.type_classes
    typ = entry_of(entry_ref_of_key(entry_key(sense.entry))).type
    return {TYPE_CLASS.get(typ, typ)}


# A data noun after a title's lead name: "MSR-VTT: A Large Video Description Dataset for ...".
_TITLE_DATA_NOUN = re.compile(r"\b(?:datasets?|corpus|corpora|benchmarks?|treebanks?|data sets?)\b", re.I)


def _stored_entity_keys(stored, n: int):
    """A stored paper's (keys, bare positions, detached positions) for keying it entity by entity (session 14):
    an entity's local key reads the corpus only through the short forms it names (_short_forms_named), so an
    entity naming none that changed keeps its stored key. None without stored keys for these n entities."""
    if stored is None or len(stored[1]) != n:
        return None
    return stored[1], set(stored[2]), set(stored[3])


def _title_led_listed_data(e: LocalEntity, title: str | None) -> bool:
    """Session 13: a title-led short form that is a listed data resource the title calls data ("MSR-VTT: A Large
    Video Description Dataset") is the list's thing, not a paper's own coinage. Only data: reading the abstract's
    context instead joined "SGD: Street View Synthesis ..." to stochastic gradient descent and "SAT: Dynamic
    Spatial Aptitude Training" to satisfiability at 73k; "SVD: A ... Video Dataset" (SVD listed as a method) stays
    apart."""
    return (e.entry is not None and TYPE_CLASS.get(e.type) == "data"
            and _TITLE_DATA_NOUN.search(title.split(":", 1)[1]) is not None)


def _short_forms_named(e: LocalEntity, index: CorpusIndex) -> set[str]:
    """The short forms whose senses local_key reads for this entity: its definition's, or the one it is written as."""
    if e.long_form:
        return {variant_key(s) for s in e.short_forms or []}
    s = index.bare_candidate(e)
    t = title_word_identity31(e, s)  # senses31 title-word: local_key reads this spelling's senses too
    return {s} if s else {t} if t else set()


def detached(e: LocalEntity) -> LocalEntity:
    """A paper's definition that the corpus says is not the list entry it shares an acronym with: the entity
    as the paper defines it, named by its long form; a list entry of that long form ("Bayesian additive
    regression trees", a method, not the model BART) gives its type, else the long form's own type where it
    is of another class than the entry's."""
    other = _entry_of_form().get(variant_key(e.long_form))
    if other is not None:
        return replace(e, name=e.long_form, type=other.type, entry=other.id,
                       family=other.family if other.type == "model" else None)
    own = type_from_long_form(e.long_form, None, True)
    typ = own if own and TYPE_CLASS.get(own) != TYPE_CLASS.get(e.type) else e.type
    return replace(e, name=e.long_form, type=typ, entry=None, family=e.family if typ == "model" else None)


@lru_cache(maxsize=1)
def _entry_of_form() -> dict:
    """Spelling identity -> the list entry holding it (the first, as in the resolver)."""
    out: dict = {}
    for _, entry in entry_refs():
        for f in entry.forms:
            out.setdefault(variant_key(f), entry)
    return out


def short_forms_of(e: LocalEntity) -> list[str]:
    """A definition's short forms that can name its long form: not "S3VM" for "Support Vector Machines" (a
    digit the long form lacks says the short form names something more)."""
    shorts = e.short_forms
    if not shorts:
        return []
    if any(map(str.isdigit, e.long_form or "")):  # map, not a generator: called for every entity of every paper
        return list(shorts)
    return [sf for sf in shorts if not any(map(str.isdigit, sf))]


def _key_forms(key: str, index: CorpusIndex, members: list[LocalEntity]) -> set[str]:
    """The spellings (identities) through which a key may join others: never an ambiguous short form. A word
    spelt like an ambiguous acronym is no acronym: "Adam" and "Adam optimizer" join the list's Adam although
    "ADAM" has two senses in the corpus."""
    words, shorts = _key_spellings(key, members)
    return _safe_forms(words, shorts, index)


def _safe_forms(words, shorts, index: CorpusIndex) -> set[str]:
    return set(words) | {f for f in shorts if not index.ambiguous(f)}


def _key_spellings(key: str, members: list[LocalEntity]) -> tuple[list[str], list[str]]:
    """A key's spellings as words and as short forms (sorted, empty ones out): what _key_forms makes of its
    members before the corpus says which short forms are ambiguous."""
    if key.startswith(("apart:", "coined:")):  # kept apart from its spelling's node
        return [], []
    words: set[str] = set()
    shorts: set[str] = set()
    coinage45 = case_coinage_on45()  # hubs45: a coinage in other capitals than a listed name is no identity with it
    if key.startswith("entry:"):
        for f in entry_of(entry_ref_of_key(key)).forms:
            (shorts if _acronym(f) else words).add(variant_key(f))
    elif key.startswith("form:"):
        ident = key.split(":", 1)[1]
        if not (coinage45 and members and all(e.role == "proposes" and other_case45(e.name) for e in members)):
            (words if any(not _acronym(e.name) for e in members) else shorts).add(ident)
    elif key.startswith(OWN_KEY26):  # a moved use's own words (senses26 own-name)
        words.add(variant_key(key[len(OWN_KEY26):]))
    else:
        words.add(key.split(":", 1)[1])
    for e in members:
        if e.long_form:
            words.add(variant_key(e.long_form))
            if not key.startswith(OWN_KEY26):
                shorts |= {variant_key(s) for s in short_forms_of(e) if not (coinage45 and other_case45(s))}
    return sorted(f for f in words if f), sorted(f for f in shorts if f)


def _acronym(spelling: str) -> bool:
    """A short form made of initials ("ADAM", "SVMs", "mAP"), not a coined word with lower-case runs ("GloVe")."""
    return is_short_form(spelling) and not LOWER_RUN.search(spelling)


# A lower-case data noun after a name is no part of it ("the Zorblax dataset" names Zorblax); capitalised
# it may be ("Open LLM Leaderboard", "Penn Treebank").
_DATA_TAIL = re.compile(r"\s+(?:dataset|datasets|data set|data sets|corpus|corpora|benchmark|benchmarks)$")


def without_data_tail(name: str) -> str:
    bare = _DATA_TAIL.sub("", name)
    return bare if len(bare) >= 2 else name


def _pick(counter: Counter) -> str:
    """Most frequent; ties to the one with more capitals, then the longer, then alphabetical."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], -sum(c.isupper() for c in kv[0]), -len(kv[0]), kv[0]))[0][0]


def canonicalise(results: Sequence, *, senses: bool = True, second_look: bool = True) -> list[ExtractedPaper]:
    """Give every local entity its corpus-wide id, name and type; return the JSONL records.

    ``senses`` and ``second_look`` switch off sense resolution of bare short forms and the second look for
    confirmed names, for the ablation in scripts/ablation.py; the product always runs with both.
    """
    with fixed_environment():  # the switches read once for the pass, not ~10 times a paper (memo.py)
        return _canonicalise(results, senses, second_look, None)[0]


def canonicalise_with_memo(results: Sequence, memo: "ScanMemo | None") -> tuple[list[ExtractedPaper], "ScanMemo"]:
    """canonicalise (the product's settings), reusing what an earlier run's scans found in the papers ``memo``
    holds (their text and extraction unchanged since: the caller's to check); also the memo of this run."""
    with fixed_environment():
        return _canonicalise(results, True, True, memo)


def _canonicalise(results: Sequence, senses: bool, second_look: bool, memo) -> tuple[list[ExtractedPaper], "ScanMemo"]:
    results = [_as_local_result(r) for r in results]
    index = CorpusIndex.build(results, memo.index if memo is not None else None)
    if not senses:
        index.senses.clear()  # no short form has senses: bare uses keep their list entry or own spelling
        index._bare.clear()

    # 1. each local entity's own key (a stored paper's as the memo has them, unless it names a short form whose
    # state the added papers changed: a local key depends on nothing else of the corpus)
    keyed: list[list[tuple[LocalEntity, str]]] = []
    members: dict[str, list[LocalEntity]] = defaultdict(list)
    bare: set[int] = set()  # ids of local entities that are only a short form (their list entry may be wrong)
    reuse = memo.keys if memo is not None and index.changed is not None and senses else {}
    local_keys = {}
    same_keys: set[str] = set()  # stored papers keyed as in the stored run (their rows are the stored run's)
    # Keys whose members may differ from the stored run's (the groups holding none keep their canonical form).
    dirty: set[str] | None = set() if reuse and memo.groups is not None and all(
        pid in reuse for pid in memo.index["covered"]) else None
    for r in results:
        row = []
        stored = reuse.get(r.paper.id)
        if stored is not None and not index.changed.intersection(stored[0]):
            _, ks, bare_at, detach_at = local_keys[r.paper.id] = stored
            same_keys.add(r.paper.id)
            for i, (e, k) in enumerate(zip(r.entities, ks)):
                if k is None:
                    continue
                if i in detach_at:
                    e = detached(e)
                row.append((e, k))
                members[k].append(e)
                if i in bare_at:
                    bare.add(id(e))
            keyed.append(row)
            continue
        deps, ks, bare_at, detach_at = set(), [], [], []
        same = _stored_entity_keys(stored, len(r.entities))
        for i, e in enumerate(r.entities):
            named = _short_forms_named(e, index)
            deps |= named
            if same is not None and index.changed.isdisjoint(named):
                k = same[0][i]  # this entity names no changed short form: its stored key holds
                if i in same[2]:
                    e = detached(e)
                    detach_at.append(i)
                ks.append(k)
                if k is None:
                    continue
                row.append((e, k))
                members[k].append(e)
                if i in same[1]:
                    bare.add(id(e))
                    bare_at.append(i)
                continue
            k = STEPS.local_key(e, index, r.paper.abstract, r.paper.title)
            if k is not None and e.long_form and e.entry is not None and not k.startswith("entry:"):
                e = detached(e)
                detach_at.append(i)
                if e.entry is not None:
                    k = entry_key(e.entry)  # the long form is another list entry's ("Bayesian additive regression trees")
            ks.append(k)
            if k is None:
                continue
            row.append((e, k))
            members[k].append(e)
            if index.bare_form(e) is not None:
                bare.add(id(e))
                bare_at.append(i)
        local_keys[r.paper.id] = (sorted(deps), ks, bare_at, detach_at)
        keyed.append(row)
        if stored is not None and stored[1:] == (ks, bare_at, detach_at):
            same_keys.add(r.paper.id)
        if dirty is not None and (stored is None or stored[1:] != (ks, bare_at, detach_at)):
            dirty.update(k for k in ks if k)  # a new paper, or a stored one keyed otherwise now: both keys' groups
            dirty.update(k for k in (stored[1] if stored is not None else ()) if k)
    coined = _part_coined_names(results, keyed, members)
    if dirty is not None:
        dirty.update(coined)  # their members move between keys after the loop: never reuse those groups

    # 2. identity: keys sharing a safe spelling, within one type class
    # A key none of whose members changed has the class and spellings it had (kept in the memo).
    stored_forms = memo.forms if dirty is not None and memo.forms is not None else {}
    class_of, spellings = {}, {}
    for k, es in members.items():
        got = stored_forms.get(k) if stored_forms and k not in dirty else None
        class_of[k], spellings[k] = got if got is not None else (_majority_class(es), _key_spellings(k, es))
    keys = _Keys()
    by_form: dict[str, list[str]] = defaultdict(list)
    for k in sorted(members):
        keys.find(k)
        spelt_words, spelt_shorts = spellings[k]
        spelt_words = spelt_words + variant_spellings29(k, [e.name for e in members[k]])  # senses29 variant-base
        spelt_words = spelt_words + variant_spellings30(k, [e.name for e in members[k]])  # senses30 variant-fold
        spelt_words = spelt_words + modified_spellings39(k, [e.name for e in members[k]])  # recall39 modified-key
        for f in _safe_forms(identity_spellings28(spelt_words, len(members[k])), spelt_shorts, index):  # senses28 folds
            by_form[f].append(k)
    for f, ks in sorted(by_form.items()):
        by_class: dict[str, list[str]] = defaultdict(list)
        for k in ks:
            by_class[class_of[k]].append(k)
        # A key with no definition or list entry behind it ("form:") follows the class most papers give
        # that spelling: "BERT" typed dataset by one paper is the model.
        weights = {c: sum(len(members[k]) for k in cks) for c, cks in by_class.items()}
        top = sorted(weights, key=lambda c: (-weights[c], c))[0]
        for c, cks in by_class.items():
            if c != top and weights[top] >= 2 * weights[c]:
                weak = [k for k in cks if k.startswith("form:")]
                by_class[top] += weak
                by_class[c] = [k for k in cks if k not in weak]
        _join_paradigms(f, by_class, weights, members, index)
        join_task_data28(f, by_class, weights, members, index.senses)  # senses28: a task's name typed data
        for cks in by_class.values():
            for k in cks[1:]:
                keys.union(cks[0], k)

    # A sense that is a list entry's meaning ("bidirectional long short-term memory (BiLSTM)" and the list's
    # "Bidirectional LSTM") is that entry: its definitions and the entry's hits are one thing.
    for senses_of_short in index.senses.values():
        for sense in senses_of_short:
            ek = entry_key(sense.entry) if sense.entry is not None else None
            if ek and ek != sense.key and ek in members and sense.key in members and class_of[ek] == class_of[sense.key]:
                keys.union(ek, sense.key)

    # 3. one name, type and family per thing
    stored_groups = _unchanged_stored_groups(memo.groups, dirty, index) if dirty is not None else None
    group_members, group_keys, canon = STEPS.groups(members, keys, index, bare, stored_groups)
    # A data resource is one node whatever a paper calls it: two groups that come out as the same data name
    # ("COCO" the listed dataset, and a bare "COCO" kept apart from the acronym's other senses and typed
    # benchmark by its paper) are one thing.
    if STEPS.join_same_data_names(canon, keys):
        group_members, group_keys, canon = STEPS.groups(members, keys, index, bare, (group_members, group_keys, canon))
    # types42: a data node named as another data node plus a kind word ("Universal Dependencies Treebank")
    if join_kind_named42(canon, keys):
        group_members, group_keys, canon = STEPS.groups(members, keys, index, bare, (group_members, group_keys, canon))
    _retype_task_cued(results, keyed, group_members, canon)
    retype_cued34(results, keyed, group_members, canon)  # precision34: data-cued and task-defined technique groups
    retype_listed35(results, keyed, group_members, canon)  # precision35: methods listed among datasets or tasks
    retype_data39(results, keyed, group_members, canon)  # precision39: results on a name, lists of databases
    retype_variants40(results, keyed, group_members, canon)  # precision40: a dataset's variant (RACE-H, ShapeNet-55)

    # 4. the second look: names the corpus confirmed, wherever a paper names them without a cue
    # The groups reused whole from the memo (same keys as stored, none changed) claim what they claimed then.
    same = {root for root, ks in group_keys.items() if stored_groups[1].get(root) == ks} if (
        stored_groups and memo.claims is not None) else set()
    group_claims: dict = {}
    confirmed = _confirmed_names(group_members, canon, index, keys, memo.claims if same else None, same, group_claims)
    names = {surface: root for surface, (root, _) in confirmed.items()}
    finder = ConfirmedNames(names)
    ids = [r.paper.id for r in results]
    abstracts = [r.paper.abstract for r in results]
    spans = [[(m.start, m.end) for e in r.entities for m in e.mentions if m.field == "abstract"] for r in results]
    old = memo or ScanMemo()
    joined = _Joined(abstracts)
    again = _holding(abstracts, set(old.names) ^ set(names), joined) if old.first else set()
    # Short forms the corpus defines, looked for bare below (they depend on the index alone): the first scan of
    # an abstract keeps the word starts where one may begin, and the second look reads those, not the text again.
    short_names = _bare_short_forms(index) if second_look else {}
    shorts = ConfirmedNames(short_names)
    short_starts: dict[int, list[tuple[int, str]]] = {}
    found = []
    for i, (pid, text, taken) in enumerate(zip(ids, abstracts, spans)):
        raw = old.first.get(pid)
        if raw is None or i in again:
            kept: list[tuple[int, str]] = []
            found.append(STEPS.find_names(finder, text, taken, kept, shorts.by_first))
            short_starts[i] = kept
        else:  # no spelling that changed is in this abstract: the scan finds what it found then
            found.append([(start, end, surface, names[surface]) for start, end, surface in raw])
    new_memo = ScanMemo(names=sorted(names), first={pid: [h[:3] for h in hits] for pid, hits in zip(ids, found)},
                        index=index.parts, keys=local_keys, groups=_groups_to_store(group_keys, canon, index),
                        forms={k: (class_of[k], spellings[k]) for k in members}, claims=group_claims)
    hit_papers = Counter(surface for hits in found for surface in {h[2] for h in hits})
    # A spelling named with a cue in only a sliver of the papers that use it is mostly a plain word there
    # ("Gaussian", "Web"): only spellings confirmed often enough, for how often they appear, are taken.
    trusted = {surface for surface, (_, strong) in confirmed.items()
               if second_look and strong >= CONFIRMED_SHARE[_shape(surface)] * (strong + hit_papers[surface])}
    # Short forms the corpus defines, used bare where the paper's extraction did not take them: each use
    # goes to the sense its paper's context gives it (the only sense, the fitting one, the dominant one),
    # never to an undecided one.
    again = _holding(abstracts, set(old.shorts) ^ set(short_names), joined) if old.second else set()
    new_memo.shorts = sorted(short_names)
    for i, (r, hits, taken) in enumerate(zip(results, found, spans)):
        extra = [(h[0], h[1]) for h in hits if h[2] in trusted]
        before = old.second.get(r.paper.id)
        if before is not None and i not in again and before[0] == extra:
            raw = before[1]  # the same spellings looked for, around the same spans: the same finds
        else:
            kept_starts = short_starts.pop(i, None)
            raw = [h[:3] for h in (STEPS.find_names(shorts, r.paper.abstract, taken + extra) if kept_starts is None
                                   else STEPS.find_names_at(shorts, r.paper.abstract, taken + extra, kept_starts))]
        new_memo.second[r.paper.id] = (extra, raw)
        for start, end, surface in raw:
            short = short_names[surface]
            if _defined_here(r, surface):
                continue  # the paper defines it (perhaps in a form the definition finder missed)
            decision = index.resolve_bare(short, r.paper.abstract)
            bare_sense = index.sense_by_key.get(decision.key) if decision.key is not None else None
            # Only a well-established sense is looked for bare ("HITs" on Mechanical Turk is not the one
            # paper's "Holistic Interaction Transformer (HIT)").
            if (decision.key in members and bare_sense is not None
                    and len(bare_sense.papers) >= SECOND_LOOK_MIN_DEFINITIONS
                    and decision.reason in SECOND_LOOK_REASONS):
                hits.append((start, end, surface, keys.find(decision.key)))
                trusted.add(surface)
    # Session 24, round two (PAPERKG_RECALL25 lower-confirmed): lower-case names the corpus defines, found bare.
    lower_claimed: dict[str, str] = {}
    if second_look:
        trusted |= lower_confirmed25(results, keyed, group_members, canon, spans, found, set(trusted), lower_claimed)
    # Session 25, round two (PAPERKG_RECALL27): a longer spelling the corpus confirms replaces the span it contains.
    replaced = _longer_spans(results, keyed, keys, canon, found, confirmed, lower_claimed, trusted) if second_look else []
    # Session 26 (PAPERKG_RECALL28 data-longer): a data span the corpus knows in a longer spelling to its right.
    grown, grown_names = data_longer28(results, keyed, keys, canon, found, trusted) if second_look else ([], set())
    if grown:
        trusted |= grown_names
        replaced = [a | b for a, b in zip(replaced or [set()] * len(results), grown)]
    # Session 33 (PAPERKG_PRECISION37): method groups written in a task's slot, counted with the second look's finds.
    retype_slots37(results, keyed, keys, canon, found, trusted)
    # Session 34 (PAPERKG_PRECISION39 setting-noun): "the X setting" makes a task; after the second look, which a
    # task type would otherwise lose the bare finds of ("multi-view photometric stereo" in two more papers).
    retype_settings39(results, keyed, group_members, canon)
    shared_id_names48(canon, group_members)  # session 47 (hubs48): one name per id ("METEOR", not a coinage "MeTeoR")

    # 5. the records
    papers = []
    variant_of: dict[str, str | None] = {}  # senses29 variant-link: a method variant's root -> its base's node id

    def variant_family(name: str, typ: str, root: str, eid: str) -> str | None:
        """senses29 variant-link: the base node a (non-model) variant's ``family`` names, looked up once per root."""
        if root not in variant_of:
            base = _variant_base_id29(name, typ, canon, keys, members, by_form)
            if base is None and typ == "method":  # recall39 modified-link: "linear SVM" -> the SVM node
                listed = modified_base39([e.name for e in group_members.get(root, ())])
                base = None if listed is None else _listed_node_id(listed[0], listed[1], canon, keys, members, by_form)
            variant_of[root] = base
        base = variant_of[root]
        return base if base != eid else None

    stored_forms = _stored_forms(memo, stored_groups)
    new_memo.aliases = {}
    for r, row, hits, gone in zip(results, keyed, found, replaced or [set()] * len(results)):
        merged: dict[str, Entity] = {}
        old_aliases = _stored_aliases(memo, stored_forms, same_keys, r.paper.id, len(row))
        row_aliases = new_memo.aliases[r.paper.id] = []
        for j, (e, k) in enumerate(row):
            root = keys.find(k)
            eid, name, family, accepted = form = canon[root]
            typ = eid.split(":", 1)[0]
            if old_aliases is not None and stored_forms.get(root) is form:
                aliases = set(old_aliases[j])  # same entity, same canonical form: the stored run's aliases
            else:
                aliases = STEPS.aliases(e, accepted, name) - {name}
            row_aliases.append(sorted(aliases))
            mentions = [x for x in e.mentions if x.field != "abstract" or (x.start, x.end) not in gone] if gone else (
                e.mentions)
            if not mentions:
                continue  # every mention grew into a longer name (recall27)
            if eid in merged:  # two local entities that the corpus knows are one
                m = merged[eid]
                m.mentions = sorted(m.mentions + mentions, key=lambda x: (x.field != "title", x.start))
                m.aliases = sorted(set(m.aliases) | aliases)
                if e.role == "proposes":
                    m.role = "proposes"
                continue
            merged[eid] = Entity(
                id=eid, name=name, type=typ, role=e.role, aliases=sorted(aliases),
                family=family if typ == "model" else variant_family(name, typ, root, eid),
                mentions=list(mentions),
            )
        local_names = [n for e, _ in row for n in (e.name, *e.aliases)]
        for start, end, surface, root in sorted(hits):
            if surface not in trusted:
                continue
            eid, name, family, _ = canon[root]
            if event_year_hit47(r.paper.abstract, start, end, surface, name, local_names):
                continue  # session 46 (hubs47): "SemEval 2020" found again beside the paper's "SemEval-2020 Task 8"
            typ = eid.split(":", 1)[0]
            if cut_hit24(r.paper.abstract, start, end, typ):
                continue  # session 24: "Brown et al." names an author, "non-linear regression" is no linear regression
            if cut_hit25(r.paper.abstract, start, end, typ, name):
                continue  # session 24, round two: "Hankel matrices", "SLT.However", "INT16" (precision25.py)
            if cut_hit26(r.paper.abstract, start, end, typ, name):
                continue  # session 25: "statistical/ML", "NLG/NLU", "the X group to" (precision26.py)
            if cut_hit28(r.paper.abstract, start, end, typ, name):
                continue  # session 26: "X, a web-based system", "the X project" (precision28.py)
            sent = sentence_index(r.sentences, start)
            mention = Mention(r.paper.abstract[start:end], start, end, sent, CONFIRMED_RULE)
            if eid in merged:
                merged[eid].mentions = sorted(merged[eid].mentions + [mention], key=lambda x: (x.field != "title", x.start))
                continue
            s_start, s_end = r.sentences[sent] if r.sentences else (0, len(r.paper.abstract))
            merged[eid] = Entity(
                id=eid, name=name, type=typ, role=_role_in(typ, r.paper.abstract[s_start:s_end]),
                aliases=[mention.text] if mention.text != name else [],
                family=family if typ == "model" else variant_family(name, typ, root, eid),
                mentions=[mention],
            )
        for ent in merged.values():  # senses30 alias-tidy: no line-end hyphen leftovers, ligatures written out
            ent.name = without_ligatures30(ent.name)
            ent.aliases = tidy_aliases30(clean_latex_aliases45(ent.aliases, ent.name), ent.name)  # hubs45 latex-alias
            ent.aliases = event_year_aliases47(ent.aliases, ent.name)  # session 46 (hubs47): no "SemEval-2020" on a task
        paper = r.paper
        papers.append(
            ExtractedPaper(
                id=paper.id, title=paper.title, abstract=paper.abstract,
                entities=in_their_time(list(merged.values()), paper.year),
                code=r.urls, year=paper.year, venue=paper.venue, source=paper.source,
            )
        )
    return papers, new_memo


def _longer_spans(results, keyed, keys, canon, found, confirmed, lower_claimed, trusted) -> list[set[tuple[int, int]]]:
    """recall27: each paper's spans that grow into a longer spelling the corpus confirms. The longer span is added
    to the paper's second-look hits (``found``) in place of the second-look hits it covers; returned per paper:
    the (start, end) of the abstract mentions it replaces."""
    names = longer_names27(confirmed, lower_claimed, trusted)
    if not names:
        return []
    tasks = {root for root, form in canon.items() if form[0].startswith("task:")}
    tails = grown_tails27(names)  # session 31 (speed34): made once, not once an abstract
    out = []
    for r, row, hits in zip(results, keyed, found):
        spans = []
        for e, k in row:  # each entity's root once, not once per mention (find only halves paths)
            root = keys.find(k)
            spans += [(m.start, m.end, root) for m in e.mentions if m.field == "abstract"]
        spans += [(h[0], h[1], h[3]) for h in hits if h[2] in trusted]
        gone: set[tuple[int, int]] = set()
        for start, end, surface, root, inside in longer_spans27(r.paper.abstract, spans, names, tasks, tails):
            gone.update(inside)
            hits[:] = [h for h in hits if not (start <= h[0] and h[1] <= end)]
            hits.append((start, end, surface, root))
        out.append(gone)
    return out


# Session 19 (issue 10): a task the rules typed method because nothing said otherwise ("Quality Estimation (QE)" in
# 56 papers, "Recognizing Textual Entailment", "emotion cause analysis"): the papers that write "the X task",
# "the X (QE) shared task" or "the task of X" say what it is. Read on the 73k graph: method nodes of which two
# papers and a seventh of all write so (QE 18 of 56, RTE 11 of 28), or half the papers (a node of one or two
# papers), are tasks nearly always; a method some papers use "for X tasks" (GAN 3 of 921, linear regression 11
# of 309, data augmentation 8 of 765) stays below the share.
_TASK_AFTER = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:shared\s+)?(?:sub)?tasks?(?![\w\-])", re.I)
_TASK_BEFORE = re.compile(r"\btasks?\s+of\s+(?:the\s+)?$", re.I)
TASK_CUE_SHARE = 0.15  # of a group's papers, when two or more write the cue
TASK_CUE_ALONE = 0.5  # of a group's papers, when one does


def task_cued(e: LocalEntity, paper: Paper) -> bool:
    """Does the paper write a mention of ``e`` as a task ("the X task", "the task of X")?"""
    for m in e.mentions:
        text = paper.title if m.field == "title" else paper.abstract
        if text and (_TASK_AFTER.match(text, m.end) or _task_before(text[max(0, m.start - 25):m.start])):
            return True
    return False


def _task_before(window: str) -> bool:
    """``_TASK_BEFORE.search(window)``: every match holds "task" and ends with "of" or "the" and white space, in
    any case; only a window that lower-cased holds "ta" and, stripped of its trailing white space, ends with
    "of" or "the" is searched. (re's IGNORECASE matches only T/t, A/a, O/o, F/f, H/h, E/e to these letters, and
    ``str.lower`` gives them; ``rstrip()`` strips the characters re's white space class matches.)"""
    if not window or not window[-1].isspace():
        return False
    low = window.rstrip().lower()
    if "ta" not in low or not low.endswith(("of", "the")):
        return False
    return _TASK_BEFORE.search(window) is not None


def _retype_task_cued(results, keyed, group_members, canon) -> None:
    """Method groups that enough of their papers write as a task become task nodes (canon changed in place)."""
    cued: set[int] = set()
    paper_of: dict[int, str] = {}
    for r, row in zip(results, keyed):
        for e, _ in row:
            paper_of[id(e)] = r.paper.id
            if (e.type == "method" or voted45(e, r.paper)) and task_cued(e, r.paper):  # precision45: typed by p44
                cued.add(id(e))
    for root, es in group_members.items():
        eid, name, family, accepted = canon[root]
        if not eid.startswith("method:") or not cued.intersection(map(id, es)):
            continue
        papers = {paper_of.get(id(e)) for e in es}
        hits = {paper_of.get(id(e)) for e in es if id(e) in cued}
        if len(hits) >= TASK_CUE_ALONE * len(papers) or (len(hits) >= 2 and len(hits) >= TASK_CUE_SHARE * len(papers)):
            canon[root] = ("task:" + eid.split(":", 1)[1], name, family, accepted)


def _stored_forms(memo, stored_groups) -> dict:
    """Root -> the stored canonical form of each stored group (the very object _groups reuses for a group whose
    keys are the stored ones: an identity test says the form was reused); empty without stored groups and
    aliases."""
    if stored_groups is None or memo is None or memo.aliases is None or memo.groups is None:
        return {}
    return {root: g[2] for root, g in memo.groups.items()}


def _stored_aliases(memo, stored_forms: dict, same_keys: set[str], pid: str, n: int):
    """A stored paper's aliases per record row as the stored run made them (session 14), if its rows are the
    stored run's (keyed as then): each row's aliases are _aliases of the same local entity and canonical form,
    so they hold for every row whose group kept its stored form. None otherwise."""
    if not stored_forms or pid not in same_keys:
        return None
    old = memo.aliases.get(pid)
    return old if old is not None and len(old) == n else None


@dataclass
class ScanMemo:
    """What the second look's two scans found in each paper (by paper id: (start, end, spelling) of each find;
    for the second, also the spans of trusted finds it was run around), and the spellings each scan looked for.
    A scan's finds in a text change only if the text holds a spelling added to or dropped from those it looks
    for (unchanged spellings match, or not, where they did), so a later run scans again only such texts."""

    names: list = field(default_factory=list)  # the spellings of the confirmed-name scan
    shorts: list = field(default_factory=list)  # the spellings of the bare-short-form scan
    first: dict = field(default_factory=dict)
    second: dict = field(default_factory=dict)
    # The corpus index's sums over the papers of that run (CorpusIndex.build's ``parts``): one whole, usable only
    # while every paper it covers is unchanged.
    index: dict | None = None
    # Each paper's local keys: (short forms they depend on, key per entity, entities bare, entities detached).
    keys: dict = field(default_factory=dict)
    # Each group's canonical form (_groups_to_store), each key's class and spellings (_key_spellings): bound to
    # the index (the same papers).
    groups: dict | None = None
    forms: dict | None = None
    claims: dict | None = None  # each group's claims for the second look (_group_claims), by root
    # Each paper's aliases per record row (sorted lists), reused where its rows and their groups' forms are the
    # stored run's; bound to the groups (the same run).
    aliases: dict | None = None

    def restrict(self, ids) -> "ScanMemo":
        """The memo of these papers only (the others' finds may not hold for them any more; the index only if
        it covers none of the others)."""
        ids = set(ids)
        index = self.index if self.index and set(self.index["covered"]) <= ids else None
        return ScanMemo(self.names, self.shorts, {k: v for k, v in self.first.items() if k in ids},
                        {k: v for k, v in self.second.items() if k in ids}, index,
                        {k: v for k, v in self.keys.items() if k in ids}, self.groups if index is not None else None,
                        self.forms if index is not None else None, self.claims if index is not None else None,
                        {k: v for k, v in self.aliases.items() if k in ids}
                        if index is not None and self.aliases is not None else None)


# Changed spellings looked for at most (beyond, every text is scanned again).
MAX_SEARCHED = 5000


def _holding(texts: list[str], spellings: set[str], joined: "_Joined | None" = None) -> set[int]:
    """Indices of the texts that hold any of these spellings (as substrings): one regular expression (the
    spellings as a trie) searched through all texts joined (0.8 s of CPU for 208 spellings in 72k abstracts;
    searching each spelling alone took 70 ms apiece). ``joined``: the texts joined already (_Joined)."""
    if not spellings:
        return set()
    if len(spellings) > MAX_SEARCHED or any("\x00" in s for s in spellings):
        return set(range(len(texts)))  # scanning every text again costs less
    together, starts = (joined or _Joined(texts)).get()
    pattern = _trie_pattern(spellings)
    out: set[int] = set()
    m = pattern.search(together)
    while m:
        k = bisect_right(starts, m.start()) - 1
        out.add(k)
        if k + 1 == len(starts):
            break
        m = pattern.search(together, starts[k + 1])  # one find per text is enough
    return out


class _Joined:
    """The texts joined by NULs and where each starts, made once for both scans' searches."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.value: tuple[str, list[int]] | None = None

    def get(self) -> tuple[str, list[int]]:
        if self.value is None:
            starts, at = [], 0
            for t in self.texts:
                starts.append(at)
                at += len(t) + 1
            self.value = ("\x00".join(self.texts), starts)
        return self.value


def _trie_pattern(spellings) -> re.Pattern:
    """A regular expression matching any of the spellings, shared prefixes written once."""
    trie: dict = {}
    for s in spellings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def rx(node: dict) -> str:
        alts = [re.escape(ch) + rx(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(rx(trie))


def _groups(members: dict[str, list[LocalEntity]], keys: _Keys, index: CorpusIndex, bare: set[int], before=None):
    """The local entities and keys of each thing (by root key), and each thing's (id, name, family, accepted).

    ``before``: what an earlier call returned; a group with the same keys as then gets the same canonical form,
    which is not computed again (after a few joins, most groups are unchanged).
    """
    group_members: dict[str, list[LocalEntity]] = defaultdict(list)
    group_keys: dict[str, list[str]] = defaultdict(list)
    for k in sorted(members):
        root = keys.find(k)
        group_members[root] += members[k]
        group_keys[root].append(k)
    old_keys, old_canon = (before[1], before[2]) if before else ({}, {})
    canon = {root: old_canon[root] if old_keys.get(root) == group_keys[root] else
             STEPS.canonical(group_keys[root], es, index, bare) for root, es in group_members.items()}
    return group_members, group_keys, canon


def _sense_inputs(keys: list[str], index: CorpusIndex) -> list:
    """What _canonical reads of the corpus index for a group: its sense keys' long forms."""
    return [(k, sorted(index.sense_by_key[k].long_forms.items())) for k in keys if k in index.sense_by_key]


def _groups_to_store(group_keys: dict[str, list[str]], canon: dict[str, tuple], index: CorpusIndex) -> dict:
    """Each group's keys, the index's part in its canonical form, and that form: for the next build."""
    return {root: (ks, _sense_inputs(ks, index), canon[root]) for root, ks in group_keys.items()}


def _unchanged_stored_groups(stored: dict, dirty: set[str], index: CorpusIndex):
    """The stored groups whose canonical form holds now (as ``before`` for _groups): none of their keys has a
    member that changed (``dirty``: keys of new papers and of stored papers keyed otherwise), and their senses'
    long forms are as they were. _groups reuses one only if its keys are still exactly these (same members:
    the papers behind the keys are the ones the stored run had, as the stored index vouches)."""
    keys_of, canon = {}, {}
    for root, (ks, sense_inputs, form) in stored.items():
        if dirty.isdisjoint(ks) and sense_inputs == _sense_inputs(ks, index):
            keys_of[root], canon[root] = ks, form
    return None, keys_of, canon


def _join_same_data_names(canon: dict[str, tuple], keys: _Keys) -> bool:
    """Join the groups whose final ids name one data resource under dataset and benchmark (same slug); True if
    any were joined."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for root in sorted(canon):
        typ, _, name_slug = canon[root][0].partition(":")
        if TYPE_CLASS.get(typ) == "data":
            by_slug[name_slug].append(root)
    joined = False
    for roots in by_slug.values():
        for other in roots[1:]:
            keys.union(roots[0], other)
            joined = True
    return joined


# One spelling of a long form counted as a method by some papers and as a task by others (PARADIGM_CLASSES:
# "Bayesian optimisation", "normalizing flows") is one thing; its type is then the papers' majority vote.


def _join_paradigms(form: str, by_class: dict[str, list[str]], weights: dict[str, int], members,
                    index: CorpusIndex) -> None:
    """Move the keys of the lighter of task/technique into the heavier when the shared spelling is a long form,
    never a short form (an acronym means what its paper defines: "QA" the method and "QA" the task stay apart)."""
    a, b = PARADIGM_CLASSES
    if not by_class.get(a) or not by_class.get(b) or form in index.senses:
        return
    keys = by_class[a] + by_class[b]
    if not any(variant_key(e.name) == form and not is_short_form(e.name) for k in keys for e in members[k]):
        return
    heavy, light = sorted(PARADIGM_CLASSES, key=lambda c: (-weights[c], c))
    by_class[heavy] += by_class.pop(light)


# Rules that type what they find ("the X dataset", "X, a benchmark for", a list entry): a paper typing a name
# with one of them outvotes papers that typed it by default ("EmotionPush" as a bare name-shaped word is a
# method by default; "the EmotionPush dataset" says what it is).
TYPING_RULES = frozenset((
    "rule:data-noun", "rule:followed-by-type", "rule:preceded-by-type", "rule:appositive", "rule:listed",
    "rule:name-year", "rule:benchmark-shape", "rule:shared-task", "rule:model-size", "rule:model-variant",
))
TYPED_VOTE = 3


def _type_vote(e: LocalEntity) -> int:
    """Method is the type a name gets when nothing says otherwise; any other type, a list entry, a definition
    or a typing rule is evidence."""
    if e.type != "method" or e.entry is not None or e.long_form or any(
            m.rule in TYPING_RULES or m.rule.startswith("gazetteer:") for m in e.mentions):
        return TYPED_VOTE
    return 1


def _majority_class(es: list[LocalEntity]) -> str:
    votes: Counter = Counter()
    for e in es:
        votes[TYPE_CLASS.get(e.type, e.type)] += _type_vote(e)
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _canonical(keys: list[str], es: list[LocalEntity], index: CorpusIndex, bare: set[int]):
    """(id, name, family, accepted spellings) of one thing from all its local entities."""
    entry_keys = [k for k in keys if k.startswith("entry:")]
    names: Counter = Counter()
    if entry_keys:
        counts = Counter(entry_key(e.entry) for e in es if e.entry is not None)
        best = sorted(entry_keys, key=lambda k: (-counts.get(k, 0), k))[0]
        name = entry_of(entry_ref_of_key(best)).name
    else:
        longs = Counter(e.long_form for e in es if e.long_form)
        senses = [index.sense_by_key[k] for k in keys if k in index.sense_by_key]
        if longs:
            name = _pick(longs)
        elif senses:  # only bare uses of a short form here: the sense's own long form names it
            name = _pick(sum((s.long_forms for s in senses), Counter()))
        elif any(k.startswith(OWN_KEY26) for k in keys):  # a moved use: the paper's own words name it
            name = min(k[len(OWN_KEY26):] for k in keys if k.startswith(OWN_KEY26))
        elif all(k.startswith(("apart:", "coined:")) for k in keys):  # kept apart from its spelling's node: as written
            name = _pick(Counter(m.text for e in es for m in e.mentions))
        else:
            name = _pick(Counter(e.name for e in es))
    # A bare short form's type came from whatever list entry its spelling matched ("EM" the metric); the
    # papers that name the thing in full decide its type when there are any.
    named = [e for e in es if id(e) not in bare] or es
    types: Counter = Counter()
    for e in named:
        types[e.type] += _type_vote(e)
    typ = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    typ = break_tie45(typ, types, named, lambda: {entry_of(e.entry).type for e in named if e.entry is not None}
                      | {entry_of(entry_ref_of_key(k)).type for k in entry_keys}, _type_vote, name)  # session 39 (types45)
    if TYPE_CLASS.get(typ) == "data" and not entry_keys:
        name = without_data_tail(name)
    families = Counter(e.family for e in es if e.family)
    family = _pick(families) if families else None
    # Spellings that may be aliases: the name, definitions' long and short forms, list forms.
    accepted = {variant_key(name)}
    entries = {e.entry for e in es if e.entry is not None and id(e) not in bare}
    listed_forms = [f for ref in entries | {entry_ref_of_key(k) for k in entry_keys} for f in entry_of(ref).forms]
    entry_forms = {variant_key(f) for f in listed_forms}
    listed_short = any(is_short_form(f) for f in listed_forms)
    listed_words = [long_form_words(f) for f in listed_forms if not is_short_form(f)]
    defined = set()
    refused = set()  # definitions' spellings that name another thing or do not spell this one
    for e in es:
        if e.long_form:
            own = _definition_spellings(e, entry_forms, listed_short, listed_words) if _letters_fit(e) else set()
            own -= {variant_key(s) for s in short_forms_of(e)  # hubs50 tail-letters: "BCs" is no alias of Bayesian networks
                    if tail_letters50(s, e.long_form, name, capitals_fit, variant_key)}
            defined |= own
            refused |= {variant_key(e.long_form), *(variant_key(s) for s in short_forms_of(e))} - own
    accepted |= defined - _listed_elsewhere(defined, entries | {entry_ref_of_key(k) for k in entry_keys})
    for entry in sorted(entries):  # each entry's forms once, not once per paper naming it
        accepted |= {variant_key(f) for f in entry_of(entry).forms}
    for k in keys:
        if k.startswith(("form:", "sense:")):
            spelling = k.split(":", 1)[1]
            if not (entry_forms and spelling in refused - defined):
                accepted.add(spelling)  # not "generative neural networks (GAN)" into the listed GAN
        elif k.startswith("apart:"):
            accepted.add(k[6:])
        elif k.startswith(OWN_KEY26):
            accepted.add(variant_key(k[len(OWN_KEY26):]))
    coined = {k for k in keys if k.startswith("coined:")}
    if coined:  # another paper's thing of this name keeps the plain id
        spelling, _, suffix = min(coined)[7:].rpartition("@")
        accepted.add(spelling)
        return f"{typ}:{slug(name)}-{suffix}", name, family, accepted
    return f"{typ}:{slug(name)}", name, family, accepted


# Session 13, issue 10: a coined name that several papers propose. "SParse" (a parser) and "SPARSE" (structured
# prediction), "MINER" (NER) and "MINER" (news recommendation) were one node because a paper that coins a name
# bare (no long form, no list entry) is keyed by its spelling alone. Read on the session-12 73k graph: of such
# names with two or more coining papers, the ones that were one thing are follow-ups of one group ("MMPE: A
# Multi-Modal Interface ...", "PRover" / "multiPRover", "META-SHARE: One year after"), whose abstracts share much
# of their vocabulary; different things sharing a name share little (word-set overlap 0.02-0.11 against 0.12-0.65).
COINING_RULES = frozenset(("rule:named", "rule:title-name", "rule:appositive"))
# Keys a paper's own bare coinage may sit under (session 15: also a title-led name kept apart, and a sense).
COINABLE_KEYS = ("form:", "apart:", "sense:", OWN_KEY26)
THIN_SENSE = 2  # a sense defined by at most this many papers is a coinage: other papers' coinages of it may differ
SAME_THING_OVERLAP = 0.12  # Jaccard overlap of two abstracts' content words (title included)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_CAMEL = re.compile(r"[a-z][A-Z]")


def _coins(e: LocalEntity, key: str, title: str | None, spelt_in: Counter | None = None,
           abstract: str | None = None) -> bool:
    """The paper introduces this one-word name itself, with a naming cue or as its title's lead ("PatchStorm: ..."),
    and nothing else is behind the key: its spelling, a title-led name kept apart ("VIP: ..." in two papers), or
    another paper's one-off definition it was resolved to (session 15)."""
    # speed39: the role first: most uses propose nothing, and the list look-up of _one_name_entry26 is the dear test
    if not (e.role == "proposes" and not e.long_form and " " not in e.name.strip()
            and (key.startswith(COINABLE_KEYS) and e.entry is None or _one_name_entry26(e, key))):
        return False
    if any(m.rule in COINING_RULES for m in e.mentions):
        return True
    if spelt_in is not None and any(coining_mention27(m.rule) for m in e.mentions) and not wide_spelling27(
            {m.text for m in e.mentions}, spelt_in) and weak_cue_holds28(e.mentions, abstract):
        return True  # session 27: "we propose X", a coined shape, for a spelling few papers write (senses28: in context)
    return bool(
        title and ":" in title and title.split(":", 1)[0].strip() in {m.text for m in e.mentions})


def _one_name_entry26(e: LocalEntity, key: str) -> bool:
    """Session 26 (senses26 ``listed-coiners``): the paper's name is a list entry that is only that name ("PAWS",
    "ScaleNet" of a Papers-with-Code list): the list says nothing of what it means, so papers coining it may coin
    another thing."""
    return (e.entry is not None and key == entry_key(e.entry)
            and one_name_entry26(entry_of(e.entry).forms))


def _variant_base_id29(name: str, typ: str, canon: dict, keys: "_Keys", members: dict,
                       by_form: dict[str, list[str]]) -> str | None:
    """senses29 ``variant-link``: the node id of a method variant's listed base in this corpus ("sparse PCA" -> the
    PCA node: the base entry's key, or the first key spelt like one of the entry's forms), or None."""
    got = variant_link29(name, typ)
    if got is None:
        return None
    return _listed_node_id(got[0], got[1], canon, keys, members, by_form)


def _listed_node_id(ref, base_name: str, canon: dict, keys: "_Keys", members: dict,
                    by_form: dict[str, list[str]]) -> str | None:
    """The node id of a list entry in this corpus: the entry's key, or the first key spelt like one of its forms."""
    if entry_key(ref) in members:
        return canon[keys.find(entry_key(ref))][0]
    for form in [base_name, *sorted(entry_of(ref).forms)]:
        found = by_form.get(variant_key(form))
        if found:
            return canon[keys.find(found[0])][0]
    return None


def _content_words(paper: Paper) -> frozenset:
    return frozenset(w for w in _CONTENT_WORD.findall(f"{paper.title or ''} {paper.abstract or ''}".lower())
                     if w not in STOP_WORDS)


def _same_thing(a: frozenset, b: frozenset) -> bool:
    return bool(a and b) and len(a & b) >= SAME_THING_OVERLAP * len(a | b)


ESTABLISHED_BARE_USES = 10


def _established(bare: int, coiners: int) -> bool:
    """A spelling many papers use bare (no naming cue), at least twice as many as coin it, is an established name
    whose later "proposals" are variants of it, not homonyms (session 14: 16 bare Sinkhorn papers, 4 coining;
    the coined homonyms PRIME, OPTIMUS, FLAT have no bare use at all)."""
    return bare >= ESTABLISHED_BARE_USES and bare >= 2 * coiners


def _part_coined_names(results: list[LocalResult], keyed: list[list[tuple[LocalEntity, str]]],
                       members: dict[str, list[LocalEntity]]) -> set[str]:
    """Give a coined name's papers that describe another thing their own key ("coined:<spelling>@<suffix>");
    the keys whose members it may move (every key with two or more founding papers, and the new keys).

    The founders of a key are the papers that coin its spelling (``_coins``) and, for a sense defined in at most
    THIN_SENSE papers, its definers (one group, first: they define the same long form) and the papers that write
    it only in another case ("mTOR" beside one paper's "MTOR", session 15). The founders, earliest first, are
    grouped by single link over ``_same_thing``; the first group keeps the key, each later group gets its own key
    and id. A paper using the name bare stays with the first group unless it shares a later group's subject
    (_same_thing) and not the first's (a later paper that coins an existing name anew is the homonym). Depends on
    the set of papers only (sorted by year and id), so a corpus built in parts gives the same keys."""
    coiners: dict[str, set[tuple[int, str, int]]] = defaultdict(set)
    definers: dict[str, set[tuple[int, str, int]]] = defaultdict(set)
    users: dict[str, set[tuple[int, str, int]]] = defaultdict(set)
    spelt: dict[str, set[str]] = defaultdict(set)  # key -> the short forms as its founders write them
    used_as: dict[tuple[str, int], set[str]] = defaultdict(set)  # (key, paper) -> a bare user's spellings
    coined_as: dict[tuple[str, int], set[str]] = defaultdict(set)  # (key, paper) -> a coiner's spellings
    spelt_in = spelling_papers27(results)  # session 27 (senses27): papers writing each spelling
    for i, (r, row) in enumerate(zip(results, keyed)):
        at = (r.paper.year or 0, r.paper.id, i)
        for e, k in row:
            if _coins(e, k, r.paper.title, spelt_in, r.paper.abstract):
                coiners[k].add(at)
                spelt[k] |= {m.text for m in e.mentions}
                coined_as[k, i] |= {m.text for m in e.mentions}
            elif k.startswith(("sense:", OWN_KEY26)) and e.long_form:
                definers[k].add(at)
                spelt[k] |= set(e.short_forms or ())
            else:
                users[k].add(at)
                used_as[k, i] |= {m.text for m in e.mentions}
    touched: set[str] = set()
    for k in sorted(set(coiners) | set(definers)):
        first = definers[k]
        split = later_case_coiners50(coiners[k] - first, users[k] - first - coiners[k], coined_as, used_as, k)
        if split:  # hubs50 case-coiner: "we propose TReCS" (2021) beside 40 earlier papers' TREC
            coiners[k] -= split
            _own_coined_keys50(k, split, results, keyed, members, touched)
            if k not in members:
                continue
        if len(first) > THIN_SENSE:
            continue
        found = coiners[k] - first
        bare = users[k] - first - found
        odd = {u for u in bare if _spelt_otherwise(used_as[k, u[2]], spelt[k])}
        # session 22: a bare user whose own words spell the short form otherwise ("Natural Actor-Critic" beside
        # the definer's "Normalized Actor-Critic (NAC)") is another thing, and never joins the definers' group
        defined = {e.long_form for e in members[k] if e.long_form and e.short_forms} if first else set()
        apart = {u for u in bare - odd if spelt_by_other_words(results[u[2]].paper, used_as[k, u[2]], defined)}
        apart_at = {i for _, _, i in apart}
        early = earlier_users28(first, found, odd, bare)  # senses28: users of the name before its only coiner
        if early and keeps_earlier_users29(results[min(found)[2]].paper, coined_as[k, min(found)[2]], [
                _content_words(results[i].paper) for _, _, i in sorted(early)], _content_words(results[min(found)[2]].paper)):
            early = frozenset()  # senses29 established-name: a coiner on the established name's subject stays
        if not (found or odd or apart) or (not first and not early and len(found) + len(odd) < 2):
            continue
        touched.add(k)
        if _established(len(members[k]) - len(found) - len(first), len(found) + len(first)):
            continue  # session 14: papers on Sinkhorn's algorithm that "propose" it are one thing
        words = {i: _content_words(results[i].paper) for _, _, i in first | found | bare}
        # Another case is another thing only where no founder writes that case too: the paper defining "DIALOGPT"
        # also writes "DialoGPT", as its users do; the paper defining "MTOR" never writes the protein's "mTOR".
        founders = [results[i].paper for _, _, i in first | found]
        odd = {u for u in odd if not any(_writes(p, t) for p in founders for t in used_as[k, u[2]])} | apart
        groups: list[list[int]] = [[i for _, _, i in sorted(first or early)]] if first or early else []
        odd_at = {i for _, _, i in odd}
        # session 22: two coiners whose own words spell the name differently ("PPT: ... Poisoned Prompt Tuning" and
        # "PPT: Pre-Trained Prompt Tuning") coin two things, however close their subjects
        own_words = {i: own_spellings(results[i].paper, coined_as[k, i]) for _, _, i in found}
        for _, _, i in sorted(found | odd):
            for g in (groups[1:] if first and i in apart_at else groups):
                if any(_spelt_apart(own_words.get(i), own_words.get(j)) for j in g):
                    continue
                # session 16: bare uses written in the same other case are one thing, as their case says
                if any(_same_thing(words[i], words[j]) or (
                        i in odd_at and j in odd_at and used_as[k, i] == used_as[k, j]) for j in g):
                    g.append(i)
                    break
            else:
                groups.append([i])
        if len(groups) < 2:
            continue
        for _, _, i in sorted(bare - odd - early):  # a bare use leaves the first group only for a later one it is about
            later = [g for g in groups[1:] if any(_same_thing(words[i], words[j]) for j in g)]
            if later and not any(_same_thing(words[i], words[j]) for j in groups[0]):
                max(later, key=lambda g: max(_overlap(words[i], words[j]) for j in g)).append(i)
        used: set[str] = set()
        for g in groups[1:]:
            paper = results[g[0]].paper
            suffix = str(paper.year) if paper.year and str(paper.year) not in used else slug(paper.id)
            used.add(suffix)
            new = f"coined:{_coined_spelling(k, members[k])}@{suffix}"
            touched.add(new)
            moved: set[int] = set()
            for i in g:
                row = keyed[i]
                for j, (e, old) in enumerate(row):
                    if old == k:
                        row[j] = (e, new)
                        moved.add(id(e))
                        members[new].append(e)
            members[k] = [e for e in members[k] if id(e) not in moved]
        if not members[k]:
            del members[k]
    return touched


def _own_coined_keys50(k: str, split: set, results: list[LocalResult], keyed: list[list[tuple[LocalEntity, str]]],
                       members: dict[str, list[LocalEntity]], touched: set[str]) -> None:
    """hubs50 case-coiner: each of ``split`` (coiners of key ``k``) gets a coined key of its own, as a later group of
    _part_coined_names does."""
    spelling = _coined_spelling(k, members[k])
    for _, _, i in sorted(split):
        paper = results[i].paper
        new = f"coined:{spelling}@{paper.year if paper.year else slug(paper.id)}"
        if new in members:
            new = f"coined:{spelling}@{slug(paper.id)}"
        touched.update((k, new))
        row = keyed[i]
        moved: set[int] = set()
        for j, (e, old) in enumerate(row):
            if old == k:
                row[j] = (e, new)
                moved.add(id(e))
                members[new].append(e)
        members[k] = [e for e in members[k] if id(e) not in moved]
    if not members[k]:
        del members[k]


_CAPITALISED_WORD = re.compile(r"[A-Z][A-Za-z'-]*")
_WORD_OR_BREAK = re.compile(r"[A-Za-z][A-Za-z']*|[^\sA-Za-z-]+")
_HYPHENATED_OR_BREAK = re.compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z-]+")
SPELT_LETTERS = 3  # "NAC", not "PC": two capitals are spelt by chance by many title word pairs


def spelt_by_other_words(paper: Paper, texts: set[str], long_forms: set[str]) -> bool:
    """Session 22 (issue 10 item 2): a paper that uses a short form bare while its own title or abstract spells
    the short form's letters with capitalised words that are no spelling of any founder's long form ("A
    Generalized Natural Actor-Critic Algorithm" ... "NAC", beside another paper's "Normalized Actor-Critic
    (NAC)") means its own thing. Letters only (three or more, no digit); the words are consecutive, each
    capitalised (a hyphen splits words), and are not the long form loosely ("Hidden Marlcov Models", "Monte Carlo
    Markov Chain"), nor its words with some left out or added ("Deep Belief Nets" beside "Deep Belief Network")."""
    return bool(long_forms) and any(not _one_spelling(phrase, long_forms) for phrase in own_spellings(paper, texts))


def own_spellings(paper: Paper, texts: set[str]) -> set[str]:
    """The runs of capitalised words in the paper's title and abstract that spell one of these short forms
    (letters only, three or more, no digit)."""
    out: set[str] = set()
    for letters in {_singular_acronym(w) for text in texts for w in text.split()}:  # "NAC" of "NAC algorithm"
        if len(letters) >= SPELT_LETTERS and letters.isalpha() and letters.isupper():
            out.update(_phrases_spelling(f"{paper.title or ''} . {paper.abstract}", letters))
    return out


def _one_spelling(phrase: str, long_forms) -> bool:
    return any(loosely_same_long_form(phrase, lf) or _word_starts_nested(phrase, lf) for lf in long_forms)


def _spelt_apart(a: set[str] | None, b: set[str] | None) -> bool:
    """Both papers spell the short form out, and no spelling of one is a spelling of the other's."""
    return bool(a and b) and not any(_one_spelling(x, b) for x in a)


def _phrases_spelling(text: str, letters: str) -> list[str]:
    """Hyphenated words read both as one word ("Pre-trained Prompt Tuning") and as two ("Natural Actor-Critic")."""
    n = len(letters)
    out = []
    for words in (_WORD_OR_BREAK.findall(text.replace("-", " ")), _HYPHENATED_OR_BREAK.findall(text)):
        out += [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)
                if all(_CAPITALISED_WORD.fullmatch(w) and w[0] == c for w, c in zip(words[i:i + n], letters))]
        out += phrases_spelling_gaps31(words, letters)  # senses31 spelt-gaps: "Assistant for Intelligent ..."
    return out


def _word_starts_nested(a: str, b: str) -> bool:
    sa, sb = ({w.lower()[:4] for w in x.replace("-", " ").split()} for x in (a, b))
    return sa <= sb or sb <= sa


def _writes(paper: Paper, spelling: str) -> bool:
    """Does the paper's title or abstract hold this spelling as a word of its own (case as given)?"""
    pattern = re.compile(r"(?<![\w-])" + re.escape(spelling) + r"(?![\w-])")
    return any(pattern.search(text) for text in (paper.title or "", paper.abstract))


def _overlap(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _spelt_otherwise(texts: set[str], spellings: set[str]) -> bool:
    """A bare use written only in another case than every founder's short form, where one of the two has a capital
    after a lower-case letter ("mTOR", "SPiN", "PoMo" beside "MTOR", "SPIN", "POMO"): such a case is part of the
    coined name, so this is another thing. "Yolo" beside "YOLO" is only typography, and a plural ("SPINs") is no
    other case."""
    own = {_singular_acronym(s) for s in spellings}
    return bool(texts) and all(_other_case(_singular_acronym(t), own) for t in texts)


# Session 16: a coined name written all in capitals in one paper and in plain camel case in another ("UNIFIEDQA" /
# "UnifiedQA", "EMOBANK" / "EmoBank") is one name in title typography: each part of the camel case is a word of
# three letters or more, the last may be an acronym. Capitals placed to spell an acronym ("CoLLAGE", "AWESoME",
# "SimplE" beside "COLLAGE", "AWESOME", "SIMPLE"; "CoReNet" beside "CoreNet") still make another name. Read at 73k.
PLAIN_CAMEL = re.compile(r"(?:[A-Z][a-z]{2,}|\d+)+(?:[A-Z]{2,5})?")
TYPOGRAPHY_LETTERS = 6


def _other_case(text: str, own: set[str]) -> bool:
    same = [s for s in own if s.lower() == text.lower()]
    if not same:  # senses31 hyphen-case: "REFER" beside "ReF-ER"
        return other_case_unhyphenated31(text, own, _CAMEL, _title_typography)
    if recall40.same_name40(text, same):  # session 35: "Catboost" beside a coiner's listed "CatBoost"
        return False
    return (bool(same) and text not in own and any(_CAMEL.search(x) for x in (text, *same))
            and not any(_title_typography(text, s) for s in same))


def _title_typography(a: str, b: str) -> bool:
    upper, camel = (a, b) if a.isupper() else (b, a)
    return upper.isupper() and len(upper) >= TYPOGRAPHY_LETTERS and bool(PLAIN_CAMEL.fullmatch(camel))


def _singular_acronym(text: str) -> str:
    return text[:-1] if len(text) > 2 and text.endswith("s") and text[-2].isupper() else text


def _coined_spelling(key: str, es: list[LocalEntity]) -> str:
    """The spelling part of a coined key: a form's or kept-apart name's own, a sense's short form, an entry's name."""
    if key.startswith("entry:"):
        return variant_key(entry_of(entry_ref_of_key(key)).name)
    if key.startswith("sense:"):
        shorts = Counter(variant_key(s) for e in es for s in short_forms_of(e))
        return _pick(shorts) if shorts else key.split(":", 1)[1]
    if key.startswith(OWN_KEY26):
        return variant_key(key[len(OWN_KEY26):])
    return key.split(":", 1)[1]


def _definition_spellings(e: LocalEntity, entry_forms: set[str], listed_short: bool, listed_words=()) -> set[str]:
    """The spellings a paper's definition adds to a listed thing's aliases (issue 10, session 9). A definition
    whose short form is no form of the list entry names another thing the paper merged in ("Neural Fields (NFs)"
    beside NeRF) or the paper's own variant ("a persistent memory network (MemNet)"): its short form is no alias,
    and its long form only when it spells a list form (up to plural, misspelling, a generic head noun). An entry with no short form among its forms
    takes a fitting definition's short form ("backpropagation (BP)")."""
    long_id = variant_key(e.long_form)
    shorts = {variant_key(s) for s in short_forms_of(e)}
    if not entry_forms or shorts & entry_forms or not shorts:
        return {long_id} | shorts
    words = long_form_words(e.long_form)
    if long_id in entry_forms or any(same_long_form(words, w) for w in listed_words):
        # the list's spelling, or a variant of it ("domain adaption", "independent components analysis")
        return {long_id} if listed_short else {long_id} | shorts
    return set()


def _letters_fit(e: LocalEntity) -> bool:
    """Does a definition's long form hold a word start for each capital of one of its short forms? "generative
    networks (GANs)" and "neural fields (NeRFs)" lack the A and the R: the paper means the listed thing, but its
    words are no spelling of it, so neither they nor the short form become aliases through this definition."""
    shorts = e.short_forms or []
    return not shorts or any(capitals_fit(sf, e.long_form) for sf in shorts)


def _listed_elsewhere(spellings: set[str], entries: set) -> set[str]:
    """Spellings from one paper's definition that a list gives another thing: "a pointer network (PointNet)"
    does not make PointNet an alias of Pointer Network, nor "Generative Pre-Training (GPT-2)" GPT's long form
    an alias of GPT-2. The paper's mention still goes to its own sense; only the node's aliases leave them out."""
    own = {entry_of(ref).id for ref in entries}
    out = set()
    for s in spellings:
        other = _entry_of_form().get(s)
        if other is not None and other.id not in own:
            out.add(s)
    return out


def _aliases(e: LocalEntity, accepted: set[str], name: str) -> set[str]:
    """A local entity's spellings that are aliases of its thing: exact variants of accepted spellings, and
    a name-shaped first word of the name ("SparQ" for "SparQ Attention"); never a free phrase."""
    out = set()
    # Each spelling once (the test reads only the spelling, ``accepted`` and ``name``; most mentions repeat one).
    for s in {e.name, *e.aliases, *(m.text for m in e.mentions), *([e.long_form] if e.long_form else []),
              *short_forms_of(e)}:
        if s and not bare_of_version(s, name) and not bare_head60(s, name) and (  # session 14: "MultiLing" is no alias of "MultiLing 2017"
                variant_key(s) in accepted or (name.startswith(s + " ") and _NAME_SHAPED.fullmatch(s)
                                               and variant_key(s) not in _entry_of_form())):
            out.add(s)
    return out


_NAME_SHAPED = re.compile(r"[A-Za-z0-9]+(?:[A-Z0-9][A-Za-z0-9]*)+|[A-Z][a-z]*[A-Z0-9][A-Za-z0-9\-]*")


SECOND_LOOK_MIN_DEFINITIONS = 5
SECOND_LOOK_REASONS = frozenset(("the only sense in the corpus", "context fits this sense", "the dominant sense in the corpus"))


def _bare_short_forms(index: CorpusIndex) -> dict[str, str]:
    """Spelling -> short form identity, for short forms of three or more letters the corpus defines."""
    out = {}
    for short, spellings in index.short_spellings.items():
        spelling = sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if sum(c.isalpha() for c in spelling) >= 3 and spelling not in GENERIC_ACRONYMS and is_short_form(spelling):
            out[spelling] = short
    return out


def _defined_here(r: LocalResult, short: str) -> bool:
    """Does the paper define this short form, or put it in brackets as a definition would?"""
    if any(s == short for s, _ in r.definitions):
        return True
    i = r.paper.abstract.find(short)
    while i != -1:
        if "(" in r.paper.abstract[max(0, i - 12) : i]:
            return True
        i = r.paper.abstract.find(short, i + 1)
    return False


def _role_in(typ: str, sentence: str) -> str:
    """The role of a name found by the second look, from its sentence's cue words (as per-paper roles)."""
    low = sentence.lower()
    if TYPE_CLASS.get(typ) == "data":
        return "evaluates_on" if typ == "benchmark" or any(c in low for c in EVAL_CUES) else "uses"
    return "compares_with" if any(c in low for c in COMPARE_CUES) else "uses"


def _name_like(surface: str) -> bool:
    """A spelling specific enough to look for without a cue: capitalised, not a generic or common word, not
    an acronym (a short form means what each paper defines it as: the senses decide those), not markup."""
    words = surface.split()
    if len(surface) < 3 or not surface[0].isupper() and not surface[0].isdigit():
        return False
    if is_short_form(surface) and not LOWER_RUN.search(surface):
        return False  # "VCA", "SSRL", "POI": acronyms, left to the senses of short forms
    if surface in GENERIC_ACRONYMS or surface in VENUES or surface.isdigit() or NOT_A_NAME.search(surface):
        return False
    if any(part in LANGUAGE_NAMES for part in re.split(r"[\s\-]+", surface)):
        return False  # "Hindi-English", "English Wikipedia" name a language or a slice of a resource
    if all(w in LANGUAGE_NAMES or w.lower() in GENERIC_WORDS or w.lower() in STOP_WORDS for w in words):
        return False
    return any(ch.isalpha() for ch in surface)


LOWER_RUN = re.compile(r"[a-z]{2,}")
NOT_A_NAME = re.compile(r"[_$\\{}]|\bet al\b|-based$|-like$")  # markup, citations, modifiers


# The share of its papers in which a spelling must be named with a cue (of all papers naming it) before it is
# looked for everywhere: a capitalised plain word needs more than a made-up name ("QuuxNet", "Penn Treebank").
CONFIRMED_SHARE = {"word": 0.1, "name": 0.02}


def _shape(surface: str) -> str:
    """"word": a capitalised plain word or compound of plain words ("Gaussian", "Multi-scale"); "name":
    anything made up (inner capitals, digits, several words)."""
    parts = surface.split("-")
    plain = " " not in surface and all(p.isalpha() and p[1:].islower() for p in parts if p)
    return "word" if plain else "name"


def _confirmed_names(group_members, canon, index: CorpusIndex, keys: _Keys, stored: dict | None = None,
                     same: set[str] | frozenset[str] = frozenset(), out: dict | None = None) -> dict[str, tuple[str, int]]:
    """Spelling -> (thing, papers naming it with a cue), for things some paper names with strong evidence.
    ``stored``: each group's claims of an earlier run (_group_claims), used for the groups in ``same`` (their
    members and canonical form unchanged since); ``out`` gets every group's claims, to store."""
    claims: dict[str, set[str]] = defaultdict(set)
    strength: Counter = Counter()
    for root, es in group_members.items():
        if root.startswith("coined:"):
            continue  # a later paper's coinage of a name: the name's bare uses are the earliest coiner's
        cands = stored.get(root, []) if root in same else _group_claims(canon[root], es)
        if out is not None and cands:
            out[root] = cands
        for surface, ident, support in cands:
            if index.ambiguous(ident):
                continue
            if unconfirmed43(surface):
                continue  # session 38 (precision43): a city or country is not confirmed bare ("the city of Paris")
            claims[surface].add(root)
            strength[surface] = max(strength[surface], support)
    return {s: (next(iter(roots)), strength[s]) for s, roots in claims.items() if len(roots) == 1}


def _group_claims(form: tuple, es: list[LocalEntity]) -> list[tuple[str, str, int]]:
    """The spellings one group may claim for the second look, with their support: (spelling, identity, papers
    naming it with a cue), sorted; _confirmed_names drops those whose identity is an ambiguous short form."""
    eid, name, _, accepted = form
    if eid.split(":", 1)[0] not in RESCANNED_TYPES:
        return []
    strong = [e for e in es if any(m.rule in STRONG_RULES and (m.rule != "abbreviation" or e.long_form)
                                   for m in e.mentions)]
    if not strong:
        return []
    listed = {f for e in es if e.entry is not None for f in entry_of(e.entry).forms}  # the gazetteer finds those
    support: Counter = Counter()  # spelling -> papers that name it with a cue
    for e in strong:
        cued = {m.text for m in e.mentions if m.rule in STRONG_RULES}
        support.update(cued | {without_data_tail(x) for x in cued})
    out = []
    for surface in set(support) | {name, without_data_tail(name)}:
        if surface in listed or not _name_like(surface) or variant_key(surface) not in accepted:
            continue
        if non_entity_kind(surface):
            continue  # "the Friends dataset", "a Twitter corpus": data only with the noun, never bare
        if _shape(surface) == "word" and support[surface] < 2:
            continue  # "Omniglot" needs two papers that call it a dataset; one might be a slip
        out.append((surface, variant_key(surface), support[surface] or len(strong)))
    return sorted(out)


class Steps:
    """The steps tests count or replace: ``monkeypatch.setattr(canonical.STEPS, "local_key", counted)``. This
    module runs compiled where setup.py could build it, and compiled code calls the module's own functions
    directly, past a module attribute a test replaced; so these calls go through this object."""

    def __init__(self) -> None:
        self.local_key = local_key
        self.groups = _groups
        self.canonical = _canonical
        self.join_same_data_names = _join_same_data_names
        self.aliases = _aliases
        self.find_names = ConfirmedNames.find  # a scan of one abstract
        self.find_names_at = ConfirmedNames.find_at  # the second look at the word starts the first scan kept


STEPS = Steps()
