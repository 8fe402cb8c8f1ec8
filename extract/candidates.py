"""A learned decision over name-shaped spans the rules left out of one abstract (issue 10, session 11).

The rules and lists find names they were written for; what they miss on unseen abstracts is mostly coinages,
plain capitalised dataset names in lists ("using Omniglot, ImageNet") and name shapes no rule reads. Here every
name-shaped span of an abstract that no entity covers becomes a candidate: capitalised runs, CamelCase, acronyms,
hyphen/digit names, and the long forms of definitions typing dropped. Each candidate gets shape and context
features (``features``) and a small softmax regression (``data/candidate_classifier.json``, trained by
``scripts/train_candidate_classifier.py`` on gold of the dev sets plus silver from the 73k corpus) gives
p(none / method / model / dataset / benchmark). A candidate with p(entity) >= the shipped threshold is added
as an entity of its most likely type, role "uses", rule ``learned:candidate``.

Off by default: at the threshold its leave-one-set-out folds chose it changed no score (held-out 2 included)
and cost ~10 % of per-paper CPU (docs/history/extraction-quality.md). ``PAPERKG_CANDIDATE_CLASSIFIER=on`` turns it on with the shipped
weights; a path there loads other weights (for ablations and folds).
"""

from __future__ import annotations

import json
import math
import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .lexicon import BENCHMARK_HEADS, DATASET_HEADS, GENERIC_ACRONYMS, GENERIC_WORDS, non_entity_kind
from .records import Mention
from .sentences import sentence_index

RULE = "learned:candidate"
CLASSES = ("none", "method", "model", "dataset", "benchmark")
# A word: letters/digits with inner hyphens, dots and pluses ("ResNet-50", "v1.5", "C++"), no trailing dot.
TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-+.]*[A-Za-z0-9+])?")
CAPITALS = re.compile(r"[A-Z]+")
WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-+.")
ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def cap_tokens(text: str) -> list[tuple[int, int, str]]:
    """The words of ``TOKEN.finditer(text)`` that hold a capital letter, as (start, end, word), in text order.

    Session 24: a word without a capital is never a candidate word (``_is_cap``), and these are ~90 % of the words;
    this finds the capitals (one scan in C) and reads only their words. A word of TOKEN is the stretch of a run of
    WORD_CHARS from its first letter or digit to its last letter, digit or plus, one word a run: the word of a
    capital starts at the first letter or digit of the capital's run, and TOKEN read from there gives its end.
    """
    out: list[tuple[int, int, str]] = []
    end = 0
    for m in CAPITALS.finditer(text):
        p = m.start()
        if p < end:
            continue  # a capital of the word just read
        s = p
        while s > end and text[s - 1] in WORD_CHARS:
            s -= 1
        while text[s] not in ALNUM:
            s += 1
        w = TOKEN.match(text, s)
        if w is None:  # cannot be: text[s] is a letter or digit
            continue
        end = w.end()
        out.append((s, end, w.group()))
    return out


CAMEL = re.compile(r"[a-z][A-Z]")
SENT_END = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")
MAX_WORDS = 6
# Sizes, counts and units read as shapes ("3D", "7B", "851K", "10x", "2048x1024", "2017b"), never names alone.
MEASURE = re.compile(r"\d[\d.,]*(?:[A-Za-z]{1,2}|x\d+)?")

USE_CUES = frozenset("using use uses used with via by from on over apply applying adopt adopting employ employing "
                     "train trained evaluate evaluated test tested".split())
PROPOSE_CUES = frozenset("propose proposes proposed introduce introduces present presents develop develops called "
                         "named dubbed termed call name coin".split())
EXAMPLE_CUES = frozenset("e.g such including like as namely i.e".split())
METHOD_AFTER = frozenset("algorithm algorithms method methods model models network networks framework frameworks "
                         "architecture architectures approach approaches technique techniques module loss layer "
                         "encoder decoder classifier estimator".split())
DATA_AFTER = frozenset(w for w in DATASET_HEADS | BENCHMARK_HEADS) | {"datasets", "benchmarks", "corpora", "data"}
COMPARE_CUES = ("outperform", "than", "compared", "baseline", "state-of-the-art", "surpass")
NAME_SUFFIX = re.compile(r"(?:Net|GAN|BERT|former|NN|LSTM|RNN|CNN|GPT|VAE|Former|Nets|Bench|QA|KG|DB|\+\+|[vV]\d+)$")
METHOD_TAIL = frozenset("network networks algorithm model models learning regression optimization method machine "
                        "machines transformer encoder attention sampling search descent embedding embeddings "
                        "filter filters process analysis".split())
DATA_TAIL = frozenset("dataset datasets corpus benchmark bank treebank database challenge collection".split())


@dataclass
class Candidate:
    """One surface in one abstract that no entity covers, with where it occurs."""

    surface: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    defined: bool = False  # the long form of a definition of the paper (typing dropped it)
    short: str | None = None  # its short form, whose mentions are the candidate's too


TWO_CAPS = re.compile(r"[A-Z].*[A-Z]")
DIGIT = re.compile(r"\d")
LETTER = re.compile(r"[A-Za-z]")


def _is_shaped(tok: str) -> bool:
    """A word whose shape alone looks like a name: an acronym, CamelCase, letters with digits."""
    return bool(TWO_CAPS.search(tok) or CAMEL.search(tok) or (DIGIT.search(tok) and LETTER.search(tok)))


def _is_cap(tok: str) -> bool:
    # most words are lower case: one C call says no (a lower-case word with digits, "word2vec", is no candidate)
    return not tok.islower() and (tok[0].isupper() or _is_shaped(tok))


# Session 28: find_candidates asks _is_shaped of each capitalised word up to three times (is it a candidate word,
# may it open a sentence, how many of a run's words are shaped); the answer depends on the word only, and the same
# words ("The", "We", "BERT") come back in every abstract: four regex searches became one cache look-up.
@lru_cache(maxsize=16384)
def _shaped_word(tok: str) -> bool:
    return _is_shaped(tok)


@lru_cache(maxsize=16384)
def _cap_word(tok: str) -> bool:
    return _is_cap(tok)


def find_candidates(text: str, taken: Sequence[tuple[int, int]], have: set[str],
                    definitions: Sequence[tuple[str, str]] = ()) -> list[Candidate]:
    """Name-shaped runs of ``text`` overlapping no taken span and not a name the paper has (``have``, lower case).

    A run is up to six capitalised or name-shaped words joined by single spaces; a plain capitalised word that
    opens a sentence is left off it ("Experiments on Omniglot" -> nothing; "ResNet-50 is" stays).
    """
    taken = sorted(taken)
    starts = [s for s, _ in taken]

    def free(s: int, e: int) -> bool:
        i = bisect_right(starts, e - 1)
        return not (i and taken[i - 1][1] > s)

    # Only the words holding a capital can be candidate words (``cap_tokens``); a word between two of them that is
    # none breaks a run as before, since the gap between the two is then more than one space.
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for w in cap_tokens(text):
        if _cap_word(w[2]):
            if cur and text[cur[-1][1] : w[0]] == " ":
                cur.append(w)
                continue
            if cur:
                runs.append(cur)
            cur = [w]
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out: dict[str, Candidate] = {}
    for run in runs:
        if SENT_END.search(text[max(0, run[0][0] - 3) : run[0][0]]) and not _shaped_word(run[0][2]):
            run = run[1:]  # sentence-initial capital says nothing
        if not run or len(run) > MAX_WORDS or sum(_shaped_word(w[2]) for w in run) >= 2:
            continue  # two name-shaped words side by side: a list that lost its commas ("CIFAR10 CIFAR100 ImageNet")
        s, e = run[0][0], run[-1][1]
        surface = text[s:e]
        if (len(surface) < 2 or MEASURE.fullmatch(surface) or surface.lower() in have or not free(s, e)
                or surface in GENERIC_ACRONYMS or surface.rstrip("s") in GENERIC_ACRONYMS):
            continue
        out.setdefault(surface, Candidate(surface)).spans.append((s, e))
    for short, long in definitions:
        if long.lower() in have or short.lower() in have or len(long) < 4:
            continue
        p = text.find(long)
        if p >= 0 and free(p, p + len(long)):
            c = out.setdefault(long, Candidate(long))
            c.defined, c.short = True, short
            if (p, p + len(long)) not in c.spans:
                c.spans.insert(0, (p, p + len(long)))
            if short in out:  # "spectral graph pruning (SGP)": one thing, named twice
                c.spans += out.pop(short).spans
    for c in out.values():
        c.spans.sort()
    return list(out.values())


# The patterns of the context features, compiled once (session 24: ``re.findall(str, ...)`` looked each up in re's
# cache, per mention of every candidate).
WORD_OR_MARK = re.compile(r"[A-Za-z][A-Za-z.\-]*|[,;(]")
NEXT_WORD = re.compile(r"\s*([A-Za-z]+|[,;:.()])")
SHORT_DEF_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Za-z0-9\-]*\s*\)")
LIST_JOIN = re.compile(r"\s*(?:,|and|or|, and)\s*")


def words_before(text: str, pos: int, n: int) -> list[str]:
    # (session 28: the window as pos/endpos, not a slice, and only the last n lowered; neither pattern reads
    # past its window's ends, so the same words)
    return [w.lower() for w in WORD_OR_MARK.findall(text, max(0, pos - 60), pos)[-n:]]


def word_after(text: str, pos: int) -> str:
    m = NEXT_WORD.match(text, pos, pos + 30)
    return m.group(1).lower() if m else ""


FEATURES = (
    "bias", "w1", "w2", "w3", "w4+", "log_len", "acronym", "camel", "digit", "hyphen", "all_caps_word",
    "plain_cap_single", "lower", "known_ratio", "first_known", "last_known", "name_suffix", "method_tail",
    "data_tail", "generic_word", "generic_acronym", "defined", "paren_after", "short_def_after",
    "prev_det", "prev_use", "prev_propose", "prev_example", "prev_list", "next_list", "next_data", "next_method",
    "next_verb", "near_entity", "near_data_entity", "in_title", "count2", "count3+", "sent_first",
    "compare_sent", "plural_s", "non_entity",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


def features(c: Candidate, text: str, title: str, known: frozenset[str], entity_spans: Sequence[tuple[int, int, str]],
             sentences: Sequence[tuple[int, int]] = ()) -> list[float]:
    """The feature vector of a candidate (names in ``FEATURES``): its shape, then the context of its mentions."""
    x = [0.0] * len(FEATURES)

    def on(name: str, v: float = 1.0) -> None:
        x[INDEX[name]] = v

    s = c.surface
    words = s.split()
    n = len(words)
    on("bias")
    on("w1" if n == 1 else "w2" if n == 2 else "w3" if n == 3 else "w4+")
    on("log_len", math.log(len(s)) / 3)
    acronym, camel, digit = _shape_flags(s)
    if acronym:
        on("acronym")
    if camel:
        on("camel")
    if digit:
        on("digit")
    if "-" in s:
        on("hyphen")
    if n == 1 and s.isupper():
        on("all_caps_word")
    if n == 1 and s[:1].isupper() and s[1:].islower():
        on("plain_cap_single")
    if s.islower():
        on("lower")
    lw = [w.lower() for w in words]
    on("known_ratio", sum(w in known for w in lw) / n)
    on("first_known", float(lw[0] in known))
    on("last_known", float(lw[-1] in known))
    if NAME_SUFFIX.search(words[-1]):
        on("name_suffix")
    last = lw[-1].rstrip("s") if lw[-1] not in METHOD_TAIL else lw[-1]
    if lw[-1] in METHOD_TAIL or last in METHOD_TAIL:
        on("method_tail")
    if lw[-1] in DATA_TAIL:
        on("data_tail")
    if all(w in GENERIC_WORDS for w in lw):
        on("generic_word")
    if s in GENERIC_ACRONYMS or s.rstrip("s") in GENERIC_ACRONYMS:
        on("generic_acronym")
    if c.defined:
        on("defined")
    if n == 1 and s.endswith("s") and s[:-1].isupper() and len(s) > 2:
        on("plural_s")
    if non_entity_kind(s):
        on("non_entity")
    if title and s in title:
        on("in_title")
    k = len(c.spans)
    if k == 2:
        on("count2")
    elif k >= 3:
        on("count3+")
    for start, end in c.spans:
        before = words_before(text, start, 4)
        after = word_after(text, end)
        prev = before[-1] if before else ""
        if prev in ("the", "a", "an"):
            on("prev_det")
        if prev in USE_CUES or (prev in ("the", "a", "an") and len(before) > 1 and before[-2] in USE_CUES):
            on("prev_use")
        if any(w in PROPOSE_CUES for w in before):
            on("prev_propose")
        if any(w.rstrip(".") in EXAMPLE_CUES for w in before[-2:]):
            on("prev_example")
        if prev in (",", "and", "or"):
            on("prev_list")
        if after in (",", "and", "or"):
            on("next_list")
        if after in DATA_AFTER:
            on("next_data")
        if after in METHOD_AFTER:
            on("next_method")
        if after in ("is", "achieves", "outperforms", "consists", "contains", "uses", "improves"):
            on("next_verb")
        if after == "(":
            on("paren_after")
            if SHORT_DEF_AFTER.match(text[end : end + 20]):
                on("short_def_after")
        # An entity the rules found a comma or "and" away: a list of names of one kind. (The spans in their given
        # order: the flags do not depend on it; session 29, they were sorted for each candidate.)
        for es, ee, typ in entity_spans:
            if (0 <= start - ee <= 6 and LIST_JOIN.fullmatch(text[ee:start])) or (
                    0 <= es - end <= 6 and LIST_JOIN.fullmatch(text[end:es])):
                on("near_entity")
                if typ in ("dataset", "benchmark"):
                    on("near_data_entity")
        if sentences:
            i = sentence_index(sentences, start)
            ss, se = sentences[i]
            if start - ss < 3:
                on("sent_first")
            if _compare_sentence(text, ss, se):
                on("compare_sent")
    return x


# Session 28: what features reads of a surface alone and of a whole sentence, each asked once (the same
# surfaces and sentences come back for many candidates and mentions), with the same expressions as before.
@lru_cache(maxsize=16384)
def _shape_flags(s: str) -> tuple[bool, bool, bool]:
    """(acronym, camel, digit) of a surface: a word of two capitals or more that is no CamelCase, a CamelCase
    word, a digit anywhere."""
    toks = TOKEN.findall(s)
    # TOKEN's words are ASCII: a capital of one is [A-Z], two of them TWO_CAPS (no line break in a word)
    acronym = any(TWO_CAPS.search(t) is not None and not CAMEL.search(t) for t in toks)
    camel = any(CAMEL.search(t) for t in toks)
    digit = any(ch.isdigit() for ch in s)
    return acronym, camel, digit


@lru_cache(maxsize=1024)
def _compare_sentence(text: str, ss: int, se: int) -> bool:
    sent = text[ss:se].lower()
    return any(cue in sent for cue in COMPARE_CUES)


@dataclass(frozen=True)
class Model:
    weights: tuple[tuple[float, ...], ...]  # one row per class, one column per feature
    threshold: float
    known: frozenset[str]

    def proba(self, x: Sequence[float]) -> list[float]:
        z = [sum(w * v for w, v in zip(row, x) if v) for row in self.weights]
        top = max(z)
        ex = [math.exp(v - top) for v in z]
        total = sum(ex)
        return [v / total for v in ex]


def load_model(text: str) -> Model:
    d = json.loads(text)
    if tuple(d["features"]) != FEATURES or tuple(d["classes"]) != CLASSES:
        raise ValueError("candidate classifier weights were trained on other features; retrain them")
    return Model(tuple(tuple(r) for r in d["weights"]), float(d["threshold"]), frozenset(d["known_words"]))


@lru_cache(maxsize=1)
def model() -> Model | None:
    path = os.environ.get("PAPERKG_CANDIDATE_CLASSIFIER", "off")
    if path == "off":
        return None
    if path != "on":
        with open(path, encoding="utf-8") as fh:
            return load_model(fh.read())
    return load_model(resources.files("paperkg.extract").joinpath("data/candidate_classifier.json")
                      .read_text(encoding="utf-8"))


def paper_candidates(title: str | None, abstract: str, entities: list, definitions: Sequence[tuple[str, str]] = ()):
    """The candidates of one abstract given the paper's entities (LocalEntity or dicts of papers JSONL)."""
    taken, have, ent_spans = [], set(), []
    for e in entities:
        if not isinstance(e, dict):  # a LocalEntity (extraction): its attributes read directly (session 28)
            have.add(e.name.lower())
            have.update(a.lower() for a in e.aliases)
            for m in e.mentions:
                mt, ms, me, mf = (m["text"], m["start"], m["end"], m.get("field", "abstract")) if isinstance(m, dict) \
                    else (m.text, m.start, m.end, m.field)
                have.add(mt.lower())
                if mf == "abstract":
                    taken.append((ms, me))
                    ent_spans.append((ms, me, e.type))
            continue
        get = e.get
        have.add(get("name").lower())
        have.update(a.lower() for a in get("aliases"))
        for m in get("mentions"):
            mt, ms, me, mf = (m["text"], m["start"], m["end"], m.get("field", "abstract")) if isinstance(m, dict) \
                else (m.text, m.start, m.end, m.field)
            have.add(mt.lower())
            if mf == "abstract":
                taken.append((ms, me))
                ent_spans.append((ms, me, get("type")))
    return find_candidates(abstract, taken, have, definitions), ent_spans


def candidate_entities(title: str | None, abstract: str, entities: list, sentences: Sequence[tuple[int, int]],
                       definitions: Sequence[tuple[str, str]] = ()) -> list:
    """Entities for the candidates the classifier keeps (none when it is switched off)."""
    mdl = model()
    if mdl is None:
        return []
    cands, ent_spans = paper_candidates(title, abstract, entities, definitions)
    out = []
    for c in cands:
        p = mdl.proba(features(c, abstract, title or "", mdl.known, ent_spans, sentences))
        if 1.0 - p[0] < mdl.threshold:
            continue
        out.append(as_entity(c, CLASSES[max(range(1, len(CLASSES)), key=lambda i: p[i])], abstract, sentences, RULE))
    return out


def as_entity(c: Candidate, typ: str, abstract: str, sentences: Sequence[tuple[int, int]], rule: str):
    """A kept candidate as an entity of the paper, role "uses"; its mentions carry ``rule``."""
    from .resolve import LocalEntity

    mentions = [Mention(abstract[s:e], s, e, sentence_index(sentences, s),
                        rule) for s, e in c.spans]
    return LocalEntity(c.surface, typ, "uses", [c.short] if c.short else [], None, mentions,
                       long_form=c.surface if c.short else None, short_forms=[c.short] if c.short else [])
