"""A learned check of the names of one abstract, trained on the hand-annotated gold sets (issue 10, session 15).

Two logistic decisions over spans, each with the shape and context features of ``candidates.features``:

- **drop**: every method/model/dataset/benchmark entity the rules, lists and mined lexicon gave gets, besides,
  its type, the rules that found it (their names as one-hot columns), its role, a gazetteer entry, a defined long
  form and its mention count; p(right) below the drop threshold removes it (a generic concept, a non-name).
- **add**: every name-shaped span no entity covers (``candidates.find_candidates``) gets p(none / method / model
  / dataset / benchmark); p(entity) at or above the add threshold adds it, role "uses", rule ``learned:tagger``.

Weights, rule vocabulary and thresholds are ``data/name_tagger.json``, written by ``scripts/train_name_tagger.py``.
Session 23 retrained it on all 13 study sets (gold-dev, held-out 1, dev3-dev10, held-out 11-13; 698 abstracts; never
the blind held-out 2-10 and 14) and ships the add part alone (add threshold 0.8, drop off), on by default.
Leave-one-set-out it lifted 3 of the 13 sets and lowered none (pooled typed F1 0.843 -> 0.845, +3 true and +1 false
positive); at 0.6 it lifted 8 sets (0.848) but about 1 in 4 of the names it added to the 70k corpus was wrong, at
0.8 about 1 in 6. ``add_allowed`` and ``list_neighbour_type`` guard the adds (metrics, tasks, venues, languages,
language pairs, notation; the type of a name listed beside a scored entity). ``PAPERKG_NAME_TAGGER``: "on" (default:
the shipped weights), "off", or a path to other weights (the script's folds). Session 15 shipped it off: trained on 8
sets with its drop part, it moved pooled F1 by 0.002 (docs/history/extraction-quality.md).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .candidates import CLASSES, FEATURES, Candidate, word_after, words_before, as_entity, features, paper_candidates
from .memo import env

RULE = "learned:tagger"
SCORED = ("method", "model", "dataset", "benchmark")
# Columns after the candidate features for an entity; then one per rule of the vocabulary (the rules' names).
ENTITY_FEATURES = ("type_method", "type_model", "type_dataset", "type_benchmark", "proposes", "has_entry",
                   "has_long_form", "has_short_form", "title_only", "mentions2", "mentions3+")


def rule_family(rule: str) -> str:
    """A rule name without list or part details past its second field ("gazetteer:curated:x" -> "gazetteer:curated")."""
    return ":".join(rule.split(":")[:2])


def entity_features(e, text: str, title: str, known: frozenset[str], ent_spans: Sequence[tuple[int, int, str]],
                    sentences: Sequence[tuple[int, int]], rules: dict[str, int], words: dict[str, int]) -> list[float]:
    """Features of an entity the extractor gave: the candidate features of its surface, then ENTITY_FEATURES, rules
    and words (``lexical``)."""
    spans = [(m.start, m.end) for m in e.mentions if m.field == "abstract"]
    own = set(spans)
    others = [s for s in ent_spans if (s[0], s[1]) not in own]
    x = features(Candidate(e.name, spans, bool(e.long_form)), text, title, known, others, sentences)
    extra = [0.0] * (len(ENTITY_FEATURES) + len(rules))
    extra[SCORED.index(e.type)] = 1.0
    extra[4] = float(e.role == "proposes")
    extra[5] = float(e.entry is not None)
    extra[6] = float(bool(e.long_form))
    extra[7] = float(bool(e.short_forms))
    extra[8] = float(not spans)
    extra[9] = float(len(spans) == 2)
    extra[10] = float(len(spans) >= 3)
    for m in e.mentions:
        i = rules.get(rule_family(m.rule))
        if i is not None:
            extra[len(ENTITY_FEATURES) + i] = 1.0
    return x + extra + lexical(e.name, text, spans, words)


def lexical_keys(surface: str, text: str, spans: Sequence[tuple[int, int]]) -> set[str]:
    """"w:" each word of the span, "p:"/"n:" the word before/after each mention."""
    keys = {"w:" + w.lower() for w in surface.split()}
    for s, e in spans:
        before = words_before(text, s, 1)
        keys.add("p:" + (before[-1] if before else ""))
        keys.add("n:" + word_after(text, e))
    return keys


def lexical(surface: str, text: str, spans: Sequence[tuple[int, int]], words: dict[str, int]) -> list[float]:
    """One column per vocabulary item (``lexical_keys`` seen in training)."""
    x = [0.0] * len(words)
    if words:
        for k in lexical_keys(surface, text, spans):
            i = words.get(k)
            if i is not None:
                x[i] = 1.0
    return x


def _dot(row: Sequence[float], x: Sequence[float]) -> float:
    return sum(w * v for w, v in zip(row, x) if v)


@dataclass(frozen=True)
class Tagger:
    add_weights: tuple[tuple[float, ...], ...]  # softmax rows over CLASSES
    drop_weights: tuple[float, ...]  # logistic: p(the entity is right)
    rules: dict[str, int]
    words: dict[str, int]  # lexical columns, after the others in both models
    known: frozenset[str]
    add_threshold: float  # > 1 adds nothing
    drop_threshold: float  # <= 0 drops nothing

    def add_proba(self, x: Sequence[float]) -> list[float]:
        # Most features are 0: the non-zero ones once for all rows, added in column order as ``_dot`` adds them.
        nz = [(i, v) for i, v in enumerate(x) if v]
        z = [sum([row[i] * v for i, v in nz]) for row in self.add_weights]
        top = max(z)
        ex = [math.exp(v - top) for v in z]
        return [v / sum(ex) for v in ex]

    def keep_proba(self, x: Sequence[float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, _dot(self.drop_weights, x)))))


def load_tagger(text: str) -> Tagger:
    d = json.loads(text)
    n_add = len(FEATURES) + len(d["words"])
    if (tuple(d["classes"]) != CLASSES or d["features"] != list(FEATURES)
            or len(d["add_weights"][0]) != n_add
            or len(d["drop_weights"]) != n_add + len(ENTITY_FEATURES) + len(d["rules"])):
        raise ValueError("name tagger weights were trained on other features; retrain them (scripts/train_name_tagger.py)")
    return Tagger(tuple(tuple(r) for r in d["add_weights"]), tuple(d["drop_weights"]),
                  {r: i for i, r in enumerate(d["rules"])}, {w: i for i, w in enumerate(d["words"])}, frozenset(d["known_words"]),
                  float(d["add_threshold"]), float(d["drop_threshold"]))


@lru_cache(maxsize=4)
def _load(path: str) -> Tagger | None:
    if path == "off":
        return None
    if path == "on":
        return load_tagger(resources.files("paperkg.extract").joinpath("data/name_tagger.json").read_text(encoding="utf-8"))
    with open(path, encoding="utf-8") as fh:
        return load_tagger(fh.read())


def tagger() -> Tagger | None:
    return _load(env("PAPERKG_NAME_TAGGER", "on"))


# Session 23: what the add part may never add, whatever its probability. Read on a 3,000-abstract corpus sample and
# then on 60 new keys of the 70k corpus, the retrained tagger's wrong adds were metrics ("TER", "MRR", "NSS",
# "Human-mediated Translation Edit Rate"), tasks ("Elementary Discourse Unit Segmentation"), venues ("LREC"),
# languages and language pairs ("EN-DE", "Hong Kong Cantonese"), parts of a shared task ("Subtask A"), two-letter
# words ("Dr" of "Dr. Spider") and pieces of bracketed or math notation ("[SF]$^2$M"); rules never type these as names.
LANGUAGE_PAIR = re.compile(r"[A-Za-z]{2}[-\u2013>][A-Za-z]{2}")
NOTATION = frozenset("[]$^_{}\\")
METRIC_HEADS = frozenset("rate rates score scores error errors accuracy metric metrics measure measures index distance "
                         "similarity ratio".split())
TASK_HEADS = frozenset("segmentation grounding detection recognition classification parsing summarization answering "
                       "retrieval tracking extraction labeling labelling tagging identification".split())
SHAPE_ONLY = re.compile(r"\d-?[dD]|[A-Z]-[A-Z]|[A-Z]{2,3}-[A-Z]{2,3}")  # "2-D", "E-E", "ON-OFF"
TASK_PART = re.compile(r"(?i)(?:sub-?)?(?:task|track)\s*[A-Z0-9]{1,2}")


@lru_cache(maxsize=1)
def _not_name_forms() -> frozenset[str]:
    """Lower-cased forms of the gazetteer's metric and task entries."""
    from .gazetteer import load_entries

    return frozenset(f.lower() for e in load_entries() if e.type in ("metric", "task") for f in e.forms)


def add_allowed(surface: str, abstract: str, spans: Sequence[tuple[int, int]], short: str | None = None) -> bool:
    """False when a candidate is a metric, a task, a venue, a language, a language pair, a shared task's part, a
    two-letter word, a listed non-entity (``non_entities.tsv``: a sensor, software, a platform, ...) or a piece of
    notation (``NOTATION`` right before or after one of its mentions). A name ending in a task word is a task unless
    it is defined with a short form ("... Segmentation (CDTS)")."""
    from .lexicon import VENUES, WORKSHOPS, non_entity_kind
    from .results import canonical_metric
    from .rules import _names_language

    words = surface.split()
    last = words[-1].lower()
    if canonical_metric(surface) is not None or surface.lower() in _not_name_forms() or last in METRIC_HEADS:
        return False
    if non_entity_kind(surface) is not None:  # the rules' candidates meet this list in the resolver; adds come later
        return False
    if (last in TASK_HEADS and not short) or TASK_PART.fullmatch(surface) or _names_language(words[-1]):
        return False
    if surface in VENUES or words[0] in VENUES or surface in WORKSHOPS or LANGUAGE_PAIR.fullmatch(surface):
        return False
    if (len(surface) <= 2 and not surface.isupper()) or SHAPE_ONLY.fullmatch(surface):
        return False
    return not any((s > 0 and abstract[s - 1] in NOTATION) or (e < len(abstract) and abstract[e] in NOTATION)
                   for s, e in spans)


def tagger_junk24(surface: str, typ: str, title: str, abstract: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Session 24 (``tagger-junk``, precision24.py): does an add fail the junk filters the resolver runs on the rules'
    candidates (software, organisations, venues, hardware, projects, glued names)? The filters that judge a name's
    shape (a spelt-out fragment, a description, a title clause) are skipped, as for a defined long form."""
    from .junk import glued_data_reason, junk_reason, project_reason
    from .precision24 import precision24_on

    if not precision24_on("tagger-junk"):
        return False
    mentions = [("abstract", s, e) for s, e in spans]
    texts = {"abstract": abstract, "title": title}
    # A system named in its title "X at SemEval-2017 Task 2:" is the team's approach in the gold sets ("Sew-Embed,
    # our language-independent approach", dev9): the team filter is not run on adds.
    reason = junk_reason(surface, mentions, texts, long_form=surface)
    return bool((reason and not reason.startswith("team"))
                or (typ in TECHNIQUE and project_reason(surface, mentions, texts))
                or (typ in DATA and glued_data_reason(surface)))


LIST_GAP = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)")  # "LFW (x), Y"
TECHNIQUE, DATA = frozenset(("method", "model")), frozenset(("dataset", "benchmark"))


def list_neighbour_type(abstract: str, spans: Sequence[tuple[int, int]],
                        ent_spans: Sequence[tuple[int, int, str]]) -> str | None:
    """The type of a scored entity listed right beside one of the candidate's mentions ("XGBoost, lightGBM and random
    forest": a comma, "and" or "or" between them), the nearest first; None when no scored entity is listed so."""
    for s, e in spans:
        for a, b, typ in sorted(ent_spans, key=lambda x: min(abs(x[0] - e), abs(s - x[1]))):
            if typ not in SCORED:
                continue
            gap = abstract[e:a] if a >= e else abstract[b:s] if b <= s else None
            if gap is not None and LIST_GAP.fullmatch(gap):
                return typ
    return None


def tag(title: str | None, abstract: str, entities: list, sentences: Sequence[tuple[int, int]],
        definitions: Sequence[tuple[str, str]] = (), model: Tagger | None = None) -> list:
    """The paper's entities with those the tagger doubts dropped and the candidates it keeps added."""
    mdl = model or tagger()
    if mdl is None:
        return entities
    ent_spans = [(m.start, m.end, e.type) for e in entities for m in e.mentions if m.field == "abstract"]
    kept = []
    for e in entities:
        if e.type in SCORED and mdl.drop_threshold > 0:
            x = entity_features(e, abstract, title or "", mdl.known, ent_spans, sentences, mdl.rules, mdl.words)
            if mdl.keep_proba(x) < mdl.drop_threshold:
                continue
        kept.append(e)
    if mdl.add_threshold > 1:
        return kept
    cands, spans = paper_candidates(title, abstract, entities, definitions)
    for c in cands:
        p = mdl.add_proba(features(c, abstract, title or "", mdl.known, spans, sentences)
                          + lexical(c.surface, abstract, c.spans, mdl.words))
        if 1.0 - p[0] < mdl.add_threshold or not add_allowed(c.surface, abstract, c.spans, c.short):
            continue
        typ = CLASSES[max(range(1, len(CLASSES)), key=lambda i: p[i])]
        # a list holds one kind of thing: a name listed beside a technique is no dataset, and the other way round
        beside = list_neighbour_type(abstract, c.spans, ent_spans)
        if beside is not None and (typ in TECHNIQUE) != (beside in TECHNIQUE):
            typ = beside
        if tagger_junk24(c.surface, typ, title or "", abstract, c.spans):
            continue
        kept.append(as_entity(c, typ, abstract, sentences, RULE))
    return kept
