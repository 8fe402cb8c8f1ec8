"""Train the name tagger (extract/name_tagger.py) on the hand-annotated gold sets and score it leave-one-set-out.

    python scripts/train_name_tagger.py --folds          # the fold table: rules alone vs. the tagger, per set and pooled
    python scripts/train_name_tagger.py                  # writes extract/data/name_tagger.json (thresholds from --add/--drop)

Sets: gold-dev (sample corpus), held-out 1, dev3-dev10, held-out 2 and 11-17 (session 29: all study sets, 18 sets,
945 abstracts); **the blind held-out 3-10 and 18-20 are never read**. ``--untrained A,B`` scores sets A and B in the folds but trains on them in no
fold (the model before they were studied). Each set's abstracts go
through the extractor with the tagger off (``extract_local_all``). Labels:
- drop examples: each method/model/dataset/benchmark entity; 1 when a normalised form (name, aliases, mentions) matches
  a core gold entity of its type class (method, model, dataset+benchmark; an ``alt_type`` counts), 0 when it matches
  no gold entity or one of another class, skipped when it matches an optional one.
- add examples: each candidate (candidates.find_candidates) labelled with the type of the gold entity it matches,
  "none" when it matches none, skipped when optional.
Models (numpy, L2, full-batch Adam from zero weights, fixed steps: deterministic): a softmax regression for add, a
logistic regression for drop. The known-word list is the candidate classifier's (data/candidate_classifier.json).
--folds trains on all sets but one and scores the whole extractor (canonicalise + ``paperkg evaluate``'s typed counts)
on the one left out, for each (add, drop) threshold pair. Shipped (session 23, 13 sets): ``--add 0.8 --drop off``;
session 25's retraining with held-out 14-15 was not shipped (docs/history/extraction-quality.md).

Silver (session 26): ``--corpus PATH`` (a corpus JSONL, read by path; e.g. the 73k corpus in ../shared) adds silver
examples to the add part: names a cue types in the corpus ("the X dataset", "X benchmark", "the BM25 algorithm"),
taken where they are named without a cue, and "none" candidates the corpus never cues nor makes an entity
(``corpus_silver``, ``silver_labels``, ``silver_examples``; gold-set papers left out; ``--half`` keeps one half of
the corpus, ``--seed`` the "none" sample, ``--silver-weight`` a silver example's weight). The weights' note records
the corpus, half and seed. Read in session 26 and not shipped: the folds and the 73k build both said no.

Session 29: the mined names stay on (they were off in every run before: ``mine_corpus_names``, imported on the way,
switched them off); ``--at-hook`` takes examples and fold scores where ``pipeline._paper_result`` runs the tagger
(the later cut and retype steps after it; the fold scores then equal ``paperkg extract``'s); ``--fixed W`` scores
given weights in every fold; ``--pos-weight`` weighs gold names in the add part; ``--add-data`` scores a separate add
threshold for data names (folds only); ``--json`` writes per-set counts. docs/history/tagger29.md.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import os
import pickle
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

os.environ["PAPERKG_NAME_TAGGER"] = "off"  # examples come from the rules' own output
_MINED = os.environ.get("PAPERKG_MINED_NAMES")  # see below the imports

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from train_candidate_classifier import _key, _prf, train  # noqa: E402  (scripts/)
from train_candidate_classifier import gold_sets as candidate_gold_sets  # noqa: E402

from paperkg.extract import candidates as C  # noqa: E402
from paperkg.extract import name_tagger as T  # noqa: E402
from paperkg.extract.text import normalise_surface  # noqa: E402

# train_candidate_classifier imports mine_corpus_names, which switches the mined names off for its own process (it
# mines what the rules find). The tagger runs after the mined names in the pipeline: its examples and fold scores need
# them as `paperkg extract` runs them (session 29; until then every retraining and fold table ran without them).
if _MINED is None:
    os.environ.pop("PAPERKG_MINED_NAMES", None)
else:
    os.environ["PAPERKG_MINED_NAMES"] = _MINED

DATA = HERE.parent / "tests" / "data"
SETS = {"dev": (None, "gold-dev.jsonl"), "held-out 1": ("heldout-corpus.jsonl", "gold-heldout.jsonl"),
        **{f"dev{i}": (f"dev{i}-corpus.jsonl", f"gold-dev{i}.jsonl") for i in range(3, 11)},
        **{f"held-out {i}": (f"heldout{i}-corpus.jsonl", f"gold-heldout{i}.jsonl") for i in (2, 11, 12, 13, 14, 15, 16, 17)}}
OUT = HERE.parent / "extract" / "data" / "name_tagger.json"
KNOWN = HERE.parent / "extract" / "data" / "candidate_classifier.json"
MIN_RULE = 3  # a rule family enters the vocabulary when it found at least this many training entities
NO_ADD, NO_DROP = 2.0, 0.0


def one_class(t: str) -> str:
    return "dataset+benchmark" if t in ("dataset", "benchmark") else t


# (title, abstract) -> the entities the tagger is given in ``pipeline._paper_result`` (before the cut and retype steps
# after it), recorded while ``gold_sets`` extracts the sets (session 29).
PRETAG: dict[tuple[str, str], list] = {}


def _recording_tag(title, abstract, entities, sentences, definitions=(), model=None):
    PRETAG[(title or "", abstract)] = (copy.deepcopy(entities), list(definitions))
    return T.tag(title, abstract, entities, sentences, definitions, model)


def after_tag(title: str | None, abstract: str, entities: list, definitions: list,
              sentences: list | None = None) -> tuple[list, list]:
    """The steps ``pipeline._paper_result`` runs after the tagger, in its order (``hook_local`` checks the copy)."""
    from paperkg.extract import pipeline as P

    entities = P.cut_mentions24(title, abstract, entities)
    entities = P.cut_mentions25(title, abstract, entities)
    entities = P.cut_mentions26(title, abstract, entities)
    entities = P.retype_mentions27(title, abstract, entities)
    kept = P.cut_entities28(title, abstract, entities)
    definitions, entities = P.cut_definitions28(definitions, entities, kept), kept
    entities = P.retype_mentions29(title, abstract, entities)
    entities = P.retype_mentions30(title, abstract, entities)
    entities = P.retype_mentions31(title, abstract, entities)
    entities = P.retype_mentions32(title, abstract, entities)
    entities = P.retype_mentions36(title, abstract, entities)
    entities = P.drop_title_phrases35(title, abstract, entities)
    entities = P.retype_kinds38(title, abstract, entities)
    entities = P.drop_teams39(title, abstract, entities)
    entities = P.drop_software40(title, abstract, entities)
    entities = P.retype_data41(title, abstract, entities)
    entities = P.retype_techniques43(title, abstract, entities)
    entities = P.retype_kinds44(title, abstract, entities)
    entities = P.retype_kinds47(title, abstract, entities)
    entities = P.retype_named50(title, abstract, entities)
    entities = P.retype_techniques48(title, abstract, entities)
    entities = P.retype_heads49(title, abstract, entities)
    entities = P.retype_resources50(title, abstract, entities)
    entities = P.drop_idioms41(title, abstract, entities)
    entities = P.grow_left_cuts42(title, abstract, entities)
    entities = P.grow_title_heads50(title, abstract, entities)
    entities = P.grow_to_acronyms52(title, abstract, entities)
    entities = P.cut_spans47(title, abstract, entities)
    entities = P.drop_non_entities43(title, abstract, entities)
    entities = P.drop_non_entities46(title, abstract, entities)
    entities = P.drop_non_entities48(title, abstract, entities)
    entities = P.retype_tasks44(title, abstract, entities)
    entities = P.drop_non_entities51(title, abstract, entities)
    entities = P.drop_non_entities52(title, abstract, entities)
    entities = P.drop_non_names53(title, abstract, entities)
    entities = P.drop_non_entities54(title, abstract, entities)
    entities = P.drop_platform_shorts48(title, abstract, entities)
    entities = P.cut_spans56(title, abstract, entities)
    entities = P.drop_task_pieces57(title, abstract, entities)
    entities = P.cut_spans58(title, abstract, entities)
    entities = P.cut_heads59(title, abstract, entities)
    entities = P.strip_quotes60(title, abstract, entities)
    entities = P.drop_spans61(title, abstract, entities)
    entities = P.drop_software62(title, abstract, entities)
    entities = P.drop_words63(title, abstract, entities)
    entities = P.drop_pieces64(title, abstract, entities)
    entities = P.retype_methods51(title, abstract, entities)
    entities = P.retype_evaluation52(title, abstract, entities)
    entities = P.retype_new_tasks53(title, abstract, entities)
    entities = P.retype_roles54(title, abstract, entities)
    entities = P.retype_distant55(title, abstract, entities)
    entities = P.retype_resources56(title, abstract, entities)
    entities = P.retype_variants57(title, abstract, entities)
    entities = P.grow_pairs56(title, abstract, entities)
    entities = P.add_title_names57(title, abstract, entities)
    entities = P.add_scored_data58(title, abstract, entities)
    entities = P.retype_scored60(title, abstract, entities)
    entities = P.add_data_siblings59(title, abstract, entities)
    entities = P.add_agent_heads60(title, abstract, entities)
    entities = P.add_sense_followers62(title, abstract, entities)
    entities = P.add_data_names58(title, abstract, entities)
    entities = P.add_mt_slots59(title, abstract, entities)
    entities = P.drop_doubted65(title, abstract, entities, sentences or [(0, len(abstract))])
    return entities, definitions


def pre_local(local, pretag: dict) -> list:
    """The sets' results as the tagger sees them at its hook: the entities and definitions before the later steps."""
    return [r._replace(entities=pretag[(r.paper.title or "", r.paper.abstract)][0],
                       definitions=pretag[(r.paper.title or "", r.paper.abstract)][1]) for r in local]


def hook_local(local, pretag: dict, tagger) -> list:
    """The sets' results with ``tagger`` run where ``pipeline._paper_result`` runs it, then the steps after it."""
    out = []
    for r in pre_local(copy.deepcopy(local), copy.deepcopy(pretag)):
        ents = r.entities if tagger is None else \
            T.tag(r.paper.title, r.paper.abstract, r.entities, r.sentences, r.definitions, tagger)
        ents, defs = after_tag(r.paper.title, r.paper.abstract, ents, list(r.definitions), r.sentences)
        out.append(r._replace(entities=ents, definitions=defs))
    return out


def check_hook(local, pretag: dict) -> None:
    """``after_tag`` is still the pipeline's tail: with no tagger it gives the extraction's own results."""
    for a, b in zip(hook_local(local, pretag, None), local):
        if a.entities != b.entities or list(a.definitions) != list(b.definitions):
            sys.exit(f"after_tag differs from pipeline._paper_result's steps after the tagger: {b.paper.id}")


def gold_sets() -> dict:
    """name -> (LocalResults with the tagger off, gold rows by abstract); ``PRETAG`` filled on the way."""
    from paperkg.extract import pipeline

    pipeline.tag_names = _recording_tag  # plain-Python runs only (PAPERKG_COMPILED=0): the script's own record
    return candidate_gold_sets(SETS, progress=True)


def gold_forms(g: dict) -> dict[str, set[str]]:
    """Normalised surface -> the labels gold gives it ("optional" or the types, alt_type included)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for e in g["entities"]:
        labels = {"optional"} if e.get("optional") else {e["type"], *([e["alt_type"]] if e.get("alt_type") else [])}
        for f in [e["name"], *(e.get("aliases") or [])]:
            if normalise_surface(f):
                forms[normalise_surface(f)] |= labels
    return forms


def raw_examples(local, rows) -> tuple[list, list]:
    """(entity, paper result, label) for drop and (candidate, paper result, spans, label) for add."""
    drops, adds = [], []
    for r in local:
        g = rows.get(_key(r.paper.abstract))
        if g is None:
            continue
        forms = gold_forms(g)
        for e in r.entities:
            if e.type not in T.SCORED:
                continue
            labels = set().union(*(forms.get(normalise_surface(f), set()) for f in
                                   {e.name, *e.aliases, *(m.text for m in e.mentions)}))
            if "optional" in labels:
                continue
            drops.append((e, r, int(one_class(e.type) in {one_class(t) for t in labels})))
        cands, spans = C.paper_candidates(r.paper.title, r.paper.abstract, r.entities, r.definitions)
        for c in cands:
            labels = forms.get(normalise_surface(c.surface), {"none"})
            if "optional" in labels:
                continue
            lab = sorted(labels & set(C.CLASSES[1:]))[:1] or ["none"]
            adds.append((c, r, spans, C.CLASSES.index(lab[0])))
    return drops, adds


# Silver labels from the corpus (session 26). A cue names a thing's kind right beside it: "the X dataset", "X
# benchmark", "the BM25 algorithm", "a new corpus, X", "a dataset called X". A name cued in >= MIN_CUED papers (or a
# dataset/benchmark entry of the lists) is a silver name of the cued kind; its candidates in papers where no mention
# of it is cued are the silver positives, so the features never see the cue. Candidates in >= MIN_NONE papers that
# the corpus never cues and never makes an entity are silver "none".
NAME_WORD = r"(?:[A-Z0-9][\w\-.+]*[\w+]|[A-Z]|[a-z]+[A-Z][\w\-.+]*[\w+])"
NAME_RUN = rf"({NAME_WORD}(?: {NAME_WORD}){{0,3}})"
CUE_HEADS = {"dataset": "dataset", "datasets": "dataset", "corpus": "dataset", "corpora": "dataset",
             "treebank": "dataset", "database": "dataset", "benchmark": "benchmark", "benchmarks": "benchmark",
             "challenge": "benchmark", "leaderboard": "benchmark",
             "algorithm": "method", "algorithms": "method", "architecture": "method", "optimizer": "method"}
HEAD = "|".join(sorted(CUE_HEADS, key=len, reverse=True))
CUE_AFTER = re.compile(rf"(?<![\w\-]){NAME_RUN} ({HEAD})\b")
CUE_BEFORE = re.compile(rf"\b({HEAD}),? (?:called|named|dubbed|termed) {NAME_RUN}|"
                        rf"\bnew (?:[a-z\-]+ )?({HEAD})[,:] {NAME_RUN}")
LEADING = frozenset("the a an our this these their its on in for from with and using new".split())
MIN_CUED, MIN_NONE = 2, 3


def cued_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, kind, start, end) of each name a cue types in ``text``; leading determiners are no part of a name, and a
    method cue needs a name-shaped word ("the BM25 algorithm", not "the Hungarian algorithm": the name is the phrase)."""
    out = []
    hits = [(m.group(1), m.group(2), m.start(1)) for m in CUE_AFTER.finditer(text)]
    hits += [(m.group(2) or m.group(4), m.group(1) or m.group(3), m.start(2) if m.group(2) else m.start(4))
             for m in CUE_BEFORE.finditer(text)]
    for run, head, start in hits:
        words = run.split(" ")
        while words and words[0].lower() in LEADING:
            start += len(words.pop(0)) + 1
        kind = CUE_HEADS[head.lower()]
        if not words or (kind == "method" and not any(C._is_shaped(w) for w in words)):
            continue
        name = " ".join(words)
        out.append((name, kind, start, start + len(name)))
    return out


def list_data_names() -> dict[str, str]:
    """Dataset/benchmark names of the lists (gazetteer entries, mined data acronyms), as written -> their type."""
    from paperkg.extract.gazetteer import load_entries

    out = {f: e.type for e in load_entries() if e.type in ("dataset", "benchmark") for f in e.forms}
    for line in (HERE.parent / "extract" / "data" / "mined_data_acronyms.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, typ = line.split("\t")[:2]
            out[name] = typ
    return out


def plain_word(surface: str, known: frozenset[str]) -> bool:
    """No silver name, whatever the cue: a single word the corpus writes lower case ("Value", "Drop"), a span
    without a capital (a definition's long form), two letters, a modifier ("HPSG-based")."""
    return ((" " not in surface and surface.lower() in known) or surface.lower() == surface or len(surface) <= 2
            or surface.endswith("-based"))


def corpus_silver(corpus: str, known: frozenset[str], limit: int | None = None) -> list[tuple]:
    """One pass of the extractor (tagger off) over the corpus, gold-set papers left out: per paper (id, the
    (normalised name, kind) pairs cues type there, the normalised names of its scored entities, its candidates as
    (normalised surface, surface, cued here, features))."""
    from mine_corpus_names import gold_keys, is_gold

    from paperkg.extract import pipeline
    from paperkg.extract.readers import read_corpus

    keys = gold_keys()
    papers = [p for p in read_corpus([corpus]).papers if not is_gold(p, keys)][:limit]
    out = []
    for i in range(0, len(papers), 2000):
        for r in pipeline.extract_local_all(papers[i : i + 2000]):
            text = r.paper.abstract
            here = cued_names(text) + [(n, k, -1, -1) for n, k, *_ in cued_names(r.paper.title or "")]
            cue_spans = [(s, e) for _, _, s, e in here if s >= 0]
            cands, spans = C.paper_candidates(r.paper.title, text, r.entities, r.definitions)
            out.append((r.paper.id, {(normalise_surface(n), k) for n, k, *_ in here},
                        {normalise_surface(f) for e in r.entities if e.type in T.SCORED for f in (e.name, *e.aliases)},
                        [(normalise_surface(c.surface), c.surface,
                          any(a < ce and cs < b for a, b in cue_spans for cs, ce in c.spans),
                          np.asarray(C.features(c, text, r.paper.title or "", known, spans, r.sentences),
                                     dtype=np.float32)) for c in cands]))
        print(f"silver pass: {min(i + 2000, len(papers))} of {len(papers)} papers", file=sys.stderr)
    return out


def in_half(paper_id: str, half: int | None) -> bool:
    """The corpus split in two by a hash of the paper id (None: the whole corpus)."""
    import zlib

    return half is None or zlib.crc32(paper_id.encode()) % 2 == half


def silver_labels(rows: list[tuple], known: frozenset[str]) -> dict[str, str]:
    """Candidate surface -> silver class ("none" or a type) by the corpus evidence of ``corpus_silver`` rows. A list
    name needs one data cue in the corpus, a name only cued two; a positive must pass the tagger's ``add_allowed``."""
    lists = list_data_names()
    cued: dict[str, Counter] = defaultdict(Counter)
    entity: Counter = Counter()
    cand_papers: Counter = Counter()
    surfaces = {}
    for _, here, ents, cands in rows:
        for n, kind in here:
            cued[n][kind] += 1
        entity.update(ents)
        cand_papers.update({n for n, *_ in cands})
        surfaces.update({s: n for n, s, *_ in cands})
    out = {}
    for surface, n in surfaces.items():
        votes = cued.get(n, Counter())
        data = votes["dataset"] + votes["benchmark"]
        ok = bool(votes) and not plain_word(surface, known) and T.add_allowed(surface, "", [])
        if ok and data >= (1 if surface in lists else MIN_CUED) and data >= 0.7 * sum(votes.values()):
            out[surface] = lists.get(surface) or ("benchmark" if votes["benchmark"] > votes["dataset"] else "dataset")
        elif ok and votes["method"] >= MIN_CUED and votes["method"] >= 0.7 * sum(votes.values()):
            out[surface] = "method"
        elif not votes and cand_papers[n] >= MIN_NONE and not entity[n]:
            out[surface] = "none"
    return out


def silver_examples(rows: list[tuple], known: frozenset[str], seed: int, n_none: int,
                    classes: tuple[str, ...] = C.CLASSES[1:]) -> tuple[list, list, dict]:
    """(features, class index) of the silver candidates: every positive of ``classes`` not cued in its paper, and a
    seeded sample of ``n_none`` "none" candidates; and counts for the weights' note."""
    labels = {s: v for s, v in silver_labels(rows, known).items() if v == "none" or v in classes}
    pos, none = [], []
    for *_, cands in rows:
        for _, surface, here_cued, x in cands:
            lab = labels.get(surface)
            if lab is None or here_cued:
                continue
            (none if lab == "none" else pos).append((x.tolist(), C.CLASSES.index(lab)))
    none = random.Random(seed).sample(none, min(n_none, len(none)))
    note = {"silver_positive": dict(sorted(Counter(C.CLASSES[y] for _, y in pos).items())), "silver_none": len(none),
            "silver_names": dict(sorted(Counter(labels.values()).items()))}
    return [x for x, _ in pos + none], [y for _, y in pos + none], note


def vectors(drops, adds, known, rules, words) -> tuple:
    dx = [T.entity_features(e, r.paper.abstract, r.paper.title or "",
                            known, [(m.start, m.end, x.type) for x in r.entities for m in x.mentions if m.field == "abstract"],
                            r.sentences, rules, words) for e, r, _ in drops]
    ax = [C.features(c, r.paper.abstract, r.paper.title or "", known, spans, r.sentences)
          + T.lexical(c.surface, r.paper.abstract, c.spans, words) for c, r, spans, _ in adds]
    return dx, [y for *_, y in drops], ax, [y for *_, y in adds]


def vocabulary(raw: list[tuple[list, list]], min_count: int) -> dict[str, int]:
    """Lexical columns: the ``lexical_keys`` at least ``min_count`` training examples have (none for 0)."""
    if min_count <= 0:
        return {}
    seen = Counter()
    for drops, adds in raw:
        seen.update(k for e, r, _ in drops for k in
                    T.lexical_keys(e.name, r.paper.abstract, [(m.start, m.end) for m in e.mentions if m.field == "abstract"]))
        seen.update(k for c, r, _, _ in adds for k in T.lexical_keys(c.surface, r.paper.abstract, c.spans))
    return {k: i for i, k in enumerate(sorted(k for k, n in seen.items() if n >= min_count))}


def fit(raw: list[tuple[list, list]], known, min_word: int = 0, l2: float = 1e-3, silver: tuple | None = None,
        silver_weight: float = 1.0, pos_weight: float = 1.0) -> dict:
    """Weights from the raw examples of some sets (the rule vocabulary from them too); ``silver`` (features, labels)
    joins the add part's examples, each weighing ``silver_weight`` against a gold example's 1; a gold name (add class
    not "none") weighs ``pos_weight`` (class weights, session 29)."""
    count = Counter(T.rule_family(m.rule) for drops, _ in raw for e, _, _ in drops for m in {x.rule: x for x in e.mentions}.values())
    rules = {r: i for i, r in enumerate(sorted(r for r, k in count.items() if k >= MIN_RULE))}
    words = vocabulary(raw, min_word)
    dx, dy, ax, ay = [], [], [], []
    for drops, adds in raw:
        a, b, c, d = vectors(drops, adds, known, rules, words)
        dx += a
        dy += b
        ax += c
        ay += d
    gold_positive = sum(v != 0 for v in ay)
    w_add = [pos_weight if v != 0 else 1.0 for v in ay]
    if silver:
        ax += silver[0]
        ay += silver[1]
        w_add += [silver_weight] * len(silver[1])
    return {"add_weights": train(ax, ay, w_add, l2=l2).tolist(), "drop_weights": logistic(dx, dy, l2=l2).tolist(), "rules": sorted(rules, key=rules.get), "words": sorted(words, key=words.get),
            "add_examples": len(ay), "add_positive": gold_positive, "drop_examples": len(dy), "drop_wrong": dy.count(0)}


def logistic(X, y, steps: int = 400, l2: float = 1e-3, lr: float = 0.05) -> np.ndarray:
    """Binary logistic regression, full-batch Adam from zero weights (deterministic)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.zeros(X.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        g = X.T @ (p - y) / len(y) + l2 * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def dump(weights: dict, add: float, drop: float, known, path, note: dict | None = None) -> None:
    d = {"classes": list(C.CLASSES), "features": list(C.FEATURES), "entity_features": list(T.ENTITY_FEATURES),
         "add_threshold": add, "drop_threshold": drop, "known_words": sorted(known), "note": note or {},
         "rules": weights["rules"], "words": weights["words"], "add_weights": [[round(float(v), 5) for v in row] for row in weights["add_weights"]],
         "drop_weights": [round(float(v), 5) for v in weights["drop_weights"]]}
    Path(path).write_text(json.dumps(d, indent=0, sort_keys=True) + "\n", encoding="utf-8")


COUNTED = ("typed", "dataset", "benchmark", "dataset+benchmark")


class DataThresholdTagger:
    """A tagger whose data names (its top class dataset or benchmark) need p(entity) >= ``data_threshold`` and its
    techniques ``technique_threshold`` (session 29, the folds only: ``name_tagger.tag`` has one add threshold, here
    the lower of the two, and this tagger reports p(none) = 1 for a candidate under its class's own one). No
    dataclass: tests load this script by path, and a dataclass needs its module registered."""

    def __init__(self, model, technique: float, data: float) -> None:
        self.model = model
        self.add_threshold = min(technique, data)
        self.technique_threshold = technique
        self.data_threshold = data

    def __getattr__(self, name: str):
        return getattr(self.model, name)

    def add_proba(self, x):
        p = self.model.add_proba(x)
        top = C.CLASSES[max(range(1, len(C.CLASSES)), key=lambda i: p[i])]
        need = self.data_threshold if top in ("dataset", "benchmark") else self.technique_threshold
        return p if 1.0 - p[0] >= need else [1.0] + [0.0] * (len(p) - 1)


def data_threshold_tagger(model, technique: float, data: float) -> DataThresholdTagger:
    return DataThresholdTagger(model, technique, data)


def score(local, gold_file: Path, tagger, pretag: dict | None = None) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) of the whole extractor on a set: typed, and of dataset and benchmark (strict) and the two as one
    class. With ``pretag`` the tagger runs at its hook and the later steps after it (``hook_local``: what
    ``paperkg extract`` does); without, on the finished results (sessions 15-27)."""
    from paperkg.extract.canonical import canonicalise
    from paperkg.extract.evaluate import evaluate
    from paperkg.extract.results import attach_results

    local = copy.deepcopy(local)
    if pretag is not None:
        local = hook_local(local, pretag, tagger)
    elif tagger is not None:
        local = [r._replace(entities=T.tag(r.paper.title, r.paper.abstract, r.entities, r.sentences, r.definitions, tagger))
                 for r in local]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for p in attach_results(canonicalise(local)):
            fh.write(json.dumps(p.to_dict()) + "\n")
    rep = evaluate(gold_file, fh.name)
    os.unlink(fh.name)
    out = {t: rep.per_type.get(t) for t in COUNTED[1:]} | {"typed": rep.typed}
    return {t: (c.tp, c.fp, c.fn) if c is not None else (0, 0, 0) for t, c in out.items()}


def load_silver(args, known) -> tuple[tuple | None, dict]:
    """The silver examples of ``--corpus`` (its pass cached in ``--silver-cache``), and what made them."""
    if not args.corpus:
        return None, {}
    if args.min_word:
        sys.exit("silver examples have no lexical columns: --min-word needs --corpus ''")
    if args.silver_cache and os.path.exists(args.silver_cache):
        with open(args.silver_cache, "rb") as fh:
            rows = pickle.load(fh)
    else:
        rows = corpus_silver(args.corpus, known)
        if args.silver_cache:
            with open(args.silver_cache, "wb") as fh:
                pickle.dump(rows, fh)
    rows = [r for r in rows if in_half(r[0], args.half)]
    X, y, note = silver_examples(rows, known, args.seed, args.silver_none, tuple(args.silver_classes.split(",")))
    print(f"silver: {len(rows)} papers, {note}", file=sys.stderr)
    return (X, y), {"corpus": os.path.basename(args.corpus), "corpus_papers": len(rows), "half": args.half,
                    "seed": args.seed, "silver_weight": args.silver_weight, "silver_classes": args.silver_classes, **note}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out table instead of writing weights")
    ap.add_argument("--add", default="off,0.5,0.6,0.7,0.8,0.9", help="add thresholds ('off': add nothing)")
    ap.add_argument("--drop", default="off,0.1,0.2,0.3,0.4", help="drop thresholds ('off': drop nothing)")
    ap.add_argument("--min-word", type=int, default=0,
                    help="lexical columns for words seen in at least this many examples (0: none)")
    ap.add_argument("--untrained", default="",
                    help="a comma list of sets scored in the folds but never trained on (the model before they were studied)")
    ap.add_argument("--l2", type=float, default=1e-3, help="the L2 penalty of both models")
    ap.add_argument("--corpus", default="", help="a corpus (JSONL, .gz) for silver add examples ('' : gold only)")
    ap.add_argument("--silver-cache", help="a pickle of the corpus pass, made once and reused")
    ap.add_argument("--half", type=int, choices=(0, 1), help="silver from one half of the corpus only (in_half)")
    ap.add_argument("--seed", type=int, default=2627, help="the seed of the silver 'none' sample")
    ap.add_argument("--silver-none", type=int, default=40000, help="how many silver 'none' candidates to sample")
    ap.add_argument("--silver-classes", default="method,model,dataset,benchmark", help="the silver positives kept")
    ap.add_argument("--silver-weight", type=float, default=1.0, help="a silver example's weight (a gold one's is 1)")
    ap.add_argument("--pos-weight", type=float, default=1.0, help="a gold name's weight in the add part ('none': 1)")
    ap.add_argument("--at-hook", action="store_true",
                    help="examples and fold scores at the tagger's hook in the pipeline (the entities before the later "
                         "cut and retype steps, which then run on its output), as `paperkg extract` runs it")
    ap.add_argument("--fixed", default="",
                    help="weights (a name_tagger.json) also scored in every fold as they are, at each threshold pair")
    ap.add_argument("--add-data", default="",
                    help="--folds: also score each add threshold for techniques with these for data names (a comma list)")
    ap.add_argument("--json", help="--folds: also write each row's typed (tp, fp, fn) per set to this file")
    ap.add_argument("-o", default=str(OUT))
    ap.add_argument("--cache", help="a pickle of the sets' extraction, made once and reused (for trials)")
    args = ap.parse_args()
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as fh:
            sets = pickle.load(fh)
    else:
        sets = gold_sets()
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(sets, fh)
            with open(args.cache + ".pretag", "wb") as fh:
                pickle.dump(PRETAG, fh)
    pretag = None
    if args.at_hook:
        if not PRETAG and args.cache and os.path.exists(args.cache + ".pretag"):
            with open(args.cache + ".pretag", "rb") as fh:
                PRETAG.update(pickle.load(fh))
        if any((r.paper.title or "", r.paper.abstract) not in PRETAG for local, _ in sets.values() for r in local):
            sys.exit("--at-hook: no record of the tagger's input (a compiled pipeline calls its own tagger: run with "
                     "PAPERKG_COMPILED=0, and remake a --cache made without its .pretag)")
        pretag = PRETAG
        for local, _ in sets.values():
            check_hook(local, pretag)
    known = frozenset(json.loads(KNOWN.read_text(encoding="utf-8"))["known_words"])
    silver, silver_note = load_silver(args, known)
    untrained = {n for n in args.untrained.split(",") if n}
    if untrained - set(SETS):
        sys.exit(f"unknown sets: {sorted(untrained - set(SETS))}")
    raw = {name: raw_examples(local if pretag is None else pre_local(local, pretag), rows)
           for name, (local, rows) in sets.items() if name not in untrained}
    adds = [NO_ADD if a == "off" else float(a) for a in args.add.split(",")]
    drops = [NO_DROP if d == "off" else float(d) for d in args.drop.split(",")]
    if not args.folds:
        if len(adds) != 1 or len(drops) != 1:
            sys.exit("give one --add and one --drop threshold to write weights")
        w = fit(list(raw.values()), known, args.min_word, args.l2, silver, args.silver_weight,
                args.pos_weight)  # never an --untrained set
        note = {k: w[k] for k in ("add_examples", "add_positive", "drop_examples", "drop_wrong")} | {"min_word": args.min_word, "l2": args.l2}
        note |= {"pos_weight": args.pos_weight, "at_hook": args.at_hook}
        dump(w, adds[0], drops[0], known, args.o,
             {**note, "sets": list(raw), "silver": silver_note, "made_by": "scripts/train_name_tagger.py"})
        print(f"wrote {args.o}: {note}", file=sys.stderr)
        return 0
    tmp = tempfile.mkdtemp(prefix="tagger-folds-")
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    cells: dict[tuple[str, str], str] = {}
    per_set: dict[str, dict[str, tuple[int, int, int]]] = defaultdict(dict)
    confs = [(a, d) for a in adds for d in drops]
    label = lambda a, d: "rules alone" if (a, d) == (NO_ADD, NO_DROP) else \
        f"add {'off' if a == NO_ADD else a}, drop {'off' if d == NO_DROP else d}"  # noqa: E731
    fixed = T.load_tagger(Path(args.fixed).read_text(encoding="utf-8")) if args.fixed else None
    rows_out = [label(a, d) for a, d in confs] + [f"fixed {label(a, d)}" for a, d in confs if fixed and (a, d) != (NO_ADD, NO_DROP)]
    rows_out += [f"{label(a, d)}, data {t}" for a, d in confs if a != NO_ADD for t in args.add_data.split(",") if t]
    for held, (local, _) in sets.items():
        w = fit([v for n, v in raw.items() if n != held], known, args.min_word, args.l2, silver, args.silver_weight,
                args.pos_weight)
        runs = []
        for a, d in confs:
            path = os.path.join(tmp, "w.json")
            dump(w, a, d, known, path)
            model = None if (a, d) == (NO_ADD, NO_DROP) else T.load_tagger(Path(path).read_text())
            runs.append((label(a, d), model))
            if fixed and (a, d) != (NO_ADD, NO_DROP):
                runs.append((f"fixed {label(a, d)}", dataclasses.replace(fixed, add_threshold=a, drop_threshold=d)))
            if model is not None and a != NO_ADD:
                runs += [(f"{label(a, d)}, data {t}", data_threshold_tagger(model, a, float(t)))
                         for t in args.add_data.split(",") if t]
        for name, model in runs:
            counts = score(local, DATA / SETS[held][1], model, pretag)
            cells[(name, held)] = "%.3f / %.3f / %.3f" % _prf(*counts["typed"])
            per_set[name][held] = counts["typed"]
            for t in COUNTED:
                for i, v in enumerate(counts[t]):
                    totals[(name, t)][i] += v
        print(f"fold {held} done ({w['add_positive']} gold add positives of {w['add_examples']} add examples, "
              f"{w['drop_wrong']} wrong of {w['drop_examples']} entities)", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(per_set, indent=1) + "\n", encoding="utf-8")
    names = list(SETS)
    print("| configuration | " + " | ".join(names) + " | pooled P / R / F1 (tp/fp/fn) |")
    print("| --- |" + " --- |" * (len(names) + 1))
    for row in rows_out:
        t = totals[(row, "typed")]
        print(f"| {row} | " + " | ".join(cells[(row, n)] for n in names)
              + " | %.3f / %.3f / %.3f" % _prf(*t) + f" ({t[0]}/{t[1]}/{t[2]}) |")
    print("\n| configuration | " + " | ".join(f"{t} P / R (tp/fp/fn)" for t in COUNTED) + " |")
    print("| --- |" + " --- |" * len(COUNTED))
    for row in rows_out:
        print(f"| {row} | " + " | ".join(
            "%.3f / %.3f" % _prf(*totals[(row, t)])[:2] + " (%d/%d/%d)" % tuple(totals[(row, t)])
            for t in COUNTED) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
