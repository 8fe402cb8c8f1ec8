"""Train the per-candidate name classifier (extract/candidates.py) and score it leave-one-set-out.

    python scripts/train_candidate_classifier.py --papers /tmp/s10/m73k-papers.jsonl            # writes the weights
    python scripts/train_candidate_classifier.py --papers P --folds [--thresholds 0.5,0.6,...]   # ablation table

Labels:
- gold: every candidate (a name-shaped span the extractor, classifier off, leaves out) of the dev, held-out 1,
  dev3, dev4 and dev5 abstracts; its type when a normalised form matches a core gold entity, "none" when it
  matches none, skipped when it matches an optional one. **Held-out 2 is never read.**
- silver: candidates of a seeded sample of a 73k build's papers (``--papers``, every paper of a gold set left
  out as in mine_corpus_names.py): positive with the corpus's majority type when the corpus's extraction makes
  that surface an entity in >= 3 papers (type share >= 0.7); "none" when it is a candidate in >= 5 papers and an
  entity in none, or a listed non-entity; else unlabelled.
The known-word list (lower-case words seen >= 50 times lower-case in the corpus) ships with the weights.

Model: softmax regression over 5 classes (none, method, model, dataset, benchmark), numpy, L2, full-batch
Adam with a fixed number of steps from zero weights: deterministic. --folds trains on four gold sets (+ silver)
and scores the whole extractor on the fifth: configurations without classifier / gold only / silver only / both.
"""

from __future__ import annotations

import argparse
import copy
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

os.environ["PAPERKG_CANDIDATE_CLASSIFIER"] = "off"  # the extractor's own output is what candidates are made from

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from mine_corpus_names import gold_keys, is_gold  # noqa: E402  (scripts/)

from paperkg.extract import candidates as C  # noqa: E402
from paperkg.extract.lexicon import non_entity_kind  # noqa: E402
from paperkg.extract.records import Paper  # noqa: E402
from paperkg.extract.text import normalise_surface  # noqa: E402

DATA = HERE.parent / "tests" / "data"
SETS = {"dev": (None, "gold-dev.jsonl"), "held-out 1": ("heldout-corpus.jsonl", "gold-heldout.jsonl"),
        "dev3": ("dev3-corpus.jsonl", "gold-dev3.jsonl"), "dev4": ("dev4-corpus.jsonl", "gold-dev4.jsonl"),
        "dev5": ("dev5-corpus.jsonl", "gold-dev5.jsonl")}
OUT = HERE.parent / "extract" / "data" / "candidate_classifier.json"
WORD = re.compile(r"[a-z][a-z\-]+")


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def gold_sets(sets: dict | None = None, progress: bool = False):
    """name -> (LocalResults with the learned parts off, gold rows by abstract), for ``sets`` (default SETS)."""
    from paperkg.extract import pipeline
    from paperkg.extract.readers import read_corpus, sample_corpus_paths

    out = {}
    for name, (corpus, gold) in (SETS if sets is None else sets).items():
        paths = [str(p) for p in sample_corpus_paths()] if corpus is None else [str(DATA / corpus)]
        papers = read_corpus(paths).papers
        local = pipeline.extract_local_all(papers)
        rows = {_key(json.loads(l)["abstract"]): json.loads(l) for l in open(DATA / gold, encoding="utf-8") if l.strip()}
        out[name] = (local, rows)
        if progress:
            print(f"extracted {name}: {len(local)} papers", file=sys.stderr)
    return out


def gold_examples(local, rows, known):
    X, y = [], []
    for r in local:
        g = rows.get(_key(r.paper.abstract))
        if g is None:
            continue
        forms = {}
        for e in g["entities"]:
            for f in [e["name"], *(e.get("aliases") or [])]:
                if normalise_surface(f):
                    forms[normalise_surface(f)] = "optional" if e.get("optional") else e["type"]
        cands, ent_spans = C.paper_candidates(r.paper.title, r.paper.abstract, r.entities, r.definitions)
        for c in cands:
            lab = forms.get(normalise_surface(c.surface), "none")
            if lab == "optional" or lab not in C.CLASSES:
                continue
            X.append(C.features(c, r.paper.abstract, r.paper.title or "", known, ent_spans, r.sentences))
            y.append(C.CLASSES.index(lab))
    return X, y


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text):
        out.append((start, m.end()))
        start = m.end()
    return out + [(start, len(text))]


def silver(papers_path: str, n_sample: int, seed: int):
    """Known words, and silver (features, label) from a 73k build's papers JSONL."""
    keys = gold_keys()
    rows = []
    lower = Counter()
    ent_papers: dict[str, Counter] = defaultdict(Counter)
    for line in open(papers_path, encoding="utf-8"):
        d = json.loads(line)
        if is_gold(Paper(id=d["id"], title=d.get("title"), abstract=d["abstract"]), keys):
            continue
        rows.append(d)
        lower.update(set(WORD.findall(d["abstract"])))
        seen = set()
        for e in d["entities"]:
            if e["type"] not in C.CLASSES:
                continue
            for f in {e["name"], *e["aliases"], *(m["text"] for m in e["mentions"])}:
                n = normalise_surface(f)
                if n and (n, e["type"]) not in seen:
                    seen.add((n, e["type"]))
                    ent_papers[n][e["type"]] += 1
    known = frozenset(w for w, k in lower.items() if k >= 50)
    cand_papers = Counter()
    per_paper = []
    for d in rows:
        cands, spans = C.paper_candidates(d.get("title"), d["abstract"], d["entities"])
        per_paper.append((cands, spans))
        cand_papers.update({normalise_surface(c.surface) for c in cands})
    idx = sorted(random.Random(seed).sample(range(len(rows)), min(n_sample, len(rows))))
    X, y = [], []
    for i in idx:
        d = rows[i]
        cands, spans = per_paper[i]
        sents = _sentences(d["abstract"])
        for c in cands:
            n = normalise_surface(c.surface)
            votes = ent_papers.get(n)
            if votes and sum(votes.values()) >= 3:
                typ, k = votes.most_common(1)[0]
                if k / sum(votes.values()) < 0.7:
                    continue
                lab = typ
            elif (not votes and cand_papers[n] >= 5) or non_entity_kind(c.surface):
                lab = "none"
            else:
                continue
            X.append(C.features(c, d["abstract"], d.get("title") or "", known, spans, sents))
            y.append(C.CLASSES.index(lab))
    print(f"silver: {len(rows)} papers (gold left out), {len(idx)} sampled, {len(y)} labelled candidates, "
          f"{sum(v != 0 for v in y)} positive; {len(known)} known words", file=sys.stderr)
    return known, X, y


def train(X, y, w_sample=None, steps: int = 400, l2: float = 1e-3, lr: float = 0.05) -> np.ndarray:
    """Softmax regression, full-batch Adam from zero weights (deterministic)."""
    X = np.asarray(X, dtype=np.float64)
    Y = np.eye(len(C.CLASSES))[np.asarray(y)]
    w_s = np.ones(len(y)) if w_sample is None else np.asarray(w_sample, dtype=np.float64)
    w_s = w_s / w_s.sum()
    W = np.zeros((len(C.CLASSES), X.shape[1]))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    for t in range(1, steps + 1):
        Z = X @ W.T
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = ((P - Y) * w_s[:, None]).T @ X + l2 * W
        m = 0.9 * m + 0.1 * G
        v = 0.999 * v + 0.001 * G * G
        W -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return W


def fit(gold_xy, silver_xy, gold_weight: float = 5.0) -> np.ndarray:
    X, y, w = [], [], []
    for xs, ys, wt in ((gold_xy[0], gold_xy[1], gold_weight), (silver_xy[0], silver_xy[1], 1.0)):
        X += xs
        y += ys
        w += [wt] * len(ys)
    return train(X, y, w)


def dump(W: np.ndarray, threshold: float, known, path, note: dict) -> None:
    d = {"features": list(C.FEATURES), "classes": list(C.CLASSES), "threshold": threshold,
         "weights": [[round(float(v), 5) for v in row] for row in W], "note": note, "known_words": sorted(known)}
    Path(path).write_text(json.dumps(d, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def score(local, gold_file: Path, model) -> tuple:
    """Typed P/R/F1 (tp, fp, fn) of the whole extractor on a set, the classifier's hook applied as extract_local does."""
    local = copy.deepcopy(local)
    if model is not None:
        C.model.cache_clear()
        os.environ["PAPERKG_CANDIDATE_CLASSIFIER"] = model
        for r in local:
            r.entities.extend(C.candidate_entities(r.paper.title, r.paper.abstract, r.entities, r.sentences, r.definitions))
        os.environ["PAPERKG_CANDIDATE_CLASSIFIER"] = "off"
        C.model.cache_clear()
    return typed_counts(local, gold_file)


def typed_counts(local, gold_file: Path) -> tuple[int, int, int]:
    """Typed (tp, fp, fn) of these local results, canonicalised with their results attached as extraction does."""
    from paperkg.extract.canonical import canonicalise
    from paperkg.extract.evaluate import evaluate
    from paperkg.extract.results import attach_results

    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for p in attach_results(canonicalise(local)):
            fh.write(json.dumps(p.to_dict()) + "\n")
    rep = evaluate(gold_file, fh.name)
    os.unlink(fh.name)
    return rep.typed.tp, rep.typed.fp, rep.typed.fn


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--papers", required=True, help="a 73k build's papers JSONL (paperkg build -o)")
    ap.add_argument("--sample", type=int, default=12000, help="papers of it to take silver candidates from")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--threshold", type=float, default=0.7, help="shipped threshold (pick it with --folds)")
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--folds", action="store_true", help="leave-one-set-out table instead of writing weights")
    ap.add_argument("-o", default=str(OUT))
    ap.add_argument("--cache", help="a pickle of the silver and gold candidates, made once and reused (for trials)")
    args = ap.parse_args()
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as fh:
            known, sx, sy, sets = pickle.load(fh)
    else:
        known, sx, sy = silver(args.papers, args.sample, args.seed)
        sets = gold_sets()
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump((known, sx, sy, sets), fh)
    gold_xy = {name: gold_examples(local, rows, known) for name, (local, rows) in sets.items()}
    for name, (_, ys) in gold_xy.items():
        print(f"gold {name}: {len(ys)} candidates, {sum(v != 0 for v in ys)} positive", file=sys.stderr)
    if not args.folds:
        gx = [x for xs, _ in gold_xy.values() for x in xs]
        gy = [v for _, ys in gold_xy.values() for v in ys]
        W = fit((gx, gy), (sx, sy))
        note = {"gold_candidates": len(gy), "silver_candidates": len(sy), "silver_sample": args.sample,
                "seed": args.seed, "made_by": "scripts/train_candidate_classifier.py"}
        dump(W, args.threshold, known, args.o, note)
        print(f"wrote {args.o}", file=sys.stderr)
        return 0
    thresholds = [float(t) for t in args.thresholds.split(",")]
    tmp = tempfile.mkdtemp(prefix="cand-folds-")
    configs = {"gold only": (True, False), "silver only": (False, True), "both": (True, True)}
    totals: dict[tuple, list[int]] = defaultdict(lambda: [0, 0, 0])
    cells: dict[tuple, str] = {}
    for held, (local, rows) in sets.items():
        gold_file = DATA / SETS[held][1]
        base = score(local, gold_file, None)
        cells[("without classifier", held)] = "%.3f / %.3f / %.3f" % _prf(*base)
        for i, v in enumerate(base):
            totals[("without classifier",)][i] += v
        gx = [x for n, (xs, _) in gold_xy.items() if n != held for x in xs]
        gy = [v for n, (_, ys) in gold_xy.items() if n != held for v in ys]
        for cname, (use_gold, use_silver) in configs.items():
            W = fit((gx, gy) if use_gold else ([], []), (sx, sy) if use_silver else ([], []))
            for t in thresholds:
                path = os.path.join(tmp, f"{held}-{cname}-{t}.json".replace(" ", "_"))
                dump(W, t, known, path, {})
                counts = score(local, gold_file, path)
                cells[(f"{cname} @{t}", held)] = "%.3f / %.3f / %.3f" % _prf(*counts)
                for i, v in enumerate(counts):
                    totals[(f"{cname} @{t}",)][i] += v
        print(f"fold {held} done", file=sys.stderr)
    names = list(SETS)
    print("| configuration | " + " | ".join(names) + " | pooled P / R / F1 |")
    print("| --- |" + " --- |" * (len(names) + 1))
    for conf in ["without classifier"] + [f"{c} @{t}" for c in configs for t in thresholds]:
        print(f"| {conf} | " + " | ".join(cells[(conf, n)] for n in names) + " | %.3f / %.3f / %.3f |" % _prf(*totals[(conf,)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
