"""Leave-one-part-out folds for a learned dataset-fallback decision (issue 12, session 50, results64).

Each result whose dataset came from a fallback (the paper's only dataset, "none named", the one dataset of the
sentence) is described by the step's decision classes and results56's cheap features (``decision_classes`` |
``features56``, single classes only). A numpy logistic regression is trained on every study part but one and drops
the held-out part's fallback results whose probability of being right is under ``--threshold``; the dropped results
are counted right (the tuple was false) or wrong (a true tuple lost), summed over the folds, beside the rule baselines
named by ``--rule`` (a class or a "&" pair of classes: drop every fallback result that has it).

    paperkg extract CORPUS-STUDY -o pred.jsonl
    python scripts/results64_folds.py GOLD-STUDY pred.jsonl [--threshold 0.3] [--rule ds:none-named&task-word]

Reads only the gold file and the predictions it is given: pass a copy of the study parts (no blind41-48 rows).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import results_confidence as RC  # noqa: E402

from paperkg.extract import results as R  # noqa: E402
from paperkg.extract.evaluate_results import _abstract_key  # noqa: E402
from paperkg.extract.records import ExtractedPaper  # noqa: E402

FALLBACK = ("ds:paper", "ds:none-named", "ds:one-in-sentence")


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 600, lr: float = 0.5) -> np.ndarray:
    """Weights (bias last) of an L2 logistic regression, full-batch gradient descent."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-xb @ w))
        g = xb.T @ (p - y) / len(y) + l2 * np.r_[w[:-1], 0] / len(y)
        w -= lr * g
    return w


def prob(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w)))


def _matrix(rows, feats: list[str]) -> np.ndarray:
    index = {c: i for i, c in enumerate(feats)}
    x = np.zeros((len(rows), len(feats)))
    for i, r in enumerate(rows):
        for c in r[1]:
            if c in index:
                x[i, index[c]] = 1
    return x


def fold_drops(rows, thresholds, min_support: int = 5, l2: float = 1.0) -> dict[float, list[int]]:
    """Per threshold, [false, true] results dropped over the leave-one-part-out folds; ``rows`` are (part, classes, ok)
    (more fields allowed): each part's results scored by a model trained on the other parts only."""
    folds = {t: [0, 0] for t in thresholds}
    for part in sorted({r[0] for r in rows}):
        train = [r for r in rows if r[0] != part]
        test = [r for r in rows if r[0] == part]
        count = collections.Counter(c for r in train for c in r[1])
        feats = sorted(c for c, n in count.items() if n >= min_support)
        w = fit(_matrix(train, feats), np.array([float(r[2]) for r in train]), l2)
        p = prob(_matrix(test, feats), w)
        for t in thresholds:
            for r, q in zip(test, p):
                if q < t:
                    folds[t][0 if not r[2] else 1] += 1
    return folds


def rule_fold_drops(rows, min_support: int = 5, under: float = 0.5) -> list[int]:
    """[false, true] results dropped over the leave-one-part-out folds by the rule baseline: drop a part's results that
    have a class (or a pair of classes) whose precision on the other parts is under ``under`` with ``min_support`` or
    more results there."""
    dropped = [0, 0]
    for part in sorted({r[0] for r in rows}):
        count = collections.defaultdict(lambda: [0, 0])
        for r in rows:
            if r[0] != part:
                for c in _pairs(r[1]):
                    count[c][int(r[2])] += 1
        gate = {c for c, (f, t) in count.items() if f + t >= min_support and t / (f + t) < under}
        for r in rows:
            if r[0] == part and _pairs(r[1]) & gate:
                dropped[0 if not r[2] else 1] += 1
    return dropped


def _pairs(classes) -> set[str]:
    return set(classes) | {f"{a}&{b}" for a in classes for b in classes if a < b}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--threshold", type=float, action="append", default=[])
    ap.add_argument("--rule", action="append", default=[])
    ap.add_argument("--min-support", type=int, default=5, help="a feature needs this many fallback results in training")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--out", help="write the model trained on every part (json: features, weights)")
    args = ap.parse_args(argv)
    RC.FEATURES56 = True
    gold_rows = [g for g in (json.loads(line) for line in open(args.gold, encoding="utf-8")) if "results" in g]
    papers = {}
    for line in open(args.pred, encoding="utf-8"):
        d = json.loads(line)
        papers[_abstract_key(d.get("abstract") or "")] = ExtractedPaper.from_dict(d)
    rows, _ = RC._label(gold_rows, papers, lambda p: R.attach_results([p])[0].results)
    rows = [(part, frozenset(c for c in classes if "&" not in c), ok, d) for part, classes, ok, _, d, _ in rows
            if classes & set(FALLBACK)]
    print(f"fallback results: {len(rows)}, right {sum(r[2] for r in rows)}, false {sum(not r[2] for r in rows)}")
    for src in FALLBACK:
        got = [r for r in rows if src in r[1]]
        print(f"  {src:20} right {sum(r[2] for r in got):4d} false {sum(not r[2] for r in got):4d}")
    thresholds = args.threshold or [0.3, 0.4, 0.5]
    folds = fold_drops(rows, thresholds, args.min_support, args.l2)
    print("leave-one-part-out, dropped results (false = right to drop / true = wrong to drop):")
    for t in thresholds:
        f, tr = folds[t]
        print(f"  threshold {t}: dropped {f + tr}, false {f}, true {tr}, {f / (f + tr) if f + tr else 0:.2f} right")
    f, tr = rule_fold_drops(rows, args.min_support)
    print(f"  rule baseline (classes and pairs under 0.5 on the other parts): dropped {f + tr}, false {f}, true {tr}")
    for rule in args.rule:
        need = set(rule.split("&"))
        got = [r for r in rows if need <= r[1]]
        print(f"  rule {rule}: dropped {len(got)}, false {sum(not r[2] for r in got)}, true {sum(r[2] for r in got)}")
    if args.out:
        count = collections.Counter(c for r in rows for c in r[1])
        feats = sorted(c for c, n in count.items() if n >= args.min_support)
        x = _matrix(rows, feats)
        w = fit(x, np.array([float(r[2]) for r in rows]), args.l2)
        Path(args.out).write_text(json.dumps({"features": feats, "weights": [round(v, 5) for v in w[:-1]],
                                              "bias": round(float(w[-1]), 5)}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
