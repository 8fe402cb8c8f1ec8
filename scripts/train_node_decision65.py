"""Train the learn65 keep/drop decision (extract/learn65.py) on the hand-judged graph nodes.

    PAPERKG_COMPILED=0 .venv/bin/python scripts/train_node_decision65.py [--out extract/data/node_decision65.json]

Deterministic (full-batch training, crc32 hashing, sorted inputs). Reads every
tests/data/corpus-checks/node-precision*.tsv whose header is ``key label name aliases papers sentence correct reason``,
keeps rows with correct 1/0, deduplicates by key (the newest file wins: its session number; the -merge/-session
files of sessions 40-49 last), and drops every row whose sentence occurs in a blind corpus (held-out 3-10, 18-40,
results parts blind41-blind48): only the count is printed. Validation: a temporal split (train on rows last judged
in files of sessions <= 45, validate on the session 46-49 merge files) and 5 folds by crc32 of the key.
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import re
import subprocess
import sys
import zlib

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from paperkg.extract.learn65 import features65, hashed65, listed_forms65  # noqa: E402

HEADER = ["key", "label", "name", "aliases", "papers", "sentence", "correct", "reason"]
HASH_SIZE = 1 << 15
L2 = 30.0
ITERS = 400
SCORED = ("Method", "Dataset", "Benchmark", "Model", "Task", "Metric")


def _order(path: str) -> tuple[int, int, str]:
    base = os.path.basename(path)
    m = re.search(r"session(\d+)", base)
    session = int(m.group(1)) if m else 0
    merge = 1 if re.search(r"session\d+-(merge|session)", base) else 0
    return (session, merge, base)


def load_rows() -> tuple[list[dict], list[str]]:
    files = sorted(glob.glob(os.path.join(ROOT, "tests/data/corpus-checks/node-precision*.tsv")), key=_order)
    used, by_key = [], {}
    for path in files:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if header != HEADER:
                continue
            used.append(os.path.basename(path))
            for row in reader:
                if len(row) < 7:
                    continue
                d = dict(zip(HEADER, row))
                if d["correct"].strip() not in ("0", "1"):
                    continue
                d["file"] = os.path.basename(path)
                d["session"] = _order(path)[0]
                by_key[d["key"]] = d  # newest file last: it wins
    return [by_key[k] for k in sorted(by_key)], used


def blind_texts() -> list[str]:
    texts = []
    data = os.path.join(ROOT, "tests/data")
    for n in [*range(3, 11), *range(18, 41)]:
        path = os.path.join(data, f"heldout{n}-corpus.jsonl")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    d = json.loads(line)
                    texts.append(f"{d.get('title') or ''}\n{d.get('abstract') or ''}")
    parts = {f"blind{n}" for n in range(41, 49)}
    with open(os.path.join(data, "results-corpus.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d.get("part") in parts:
                texts.append(f"{d.get('title') or ''}\n{d.get('abstract') or ''}")
    return texts


def design(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    listed = listed_forms65()
    idx, offsets = [], [0]
    for r in rows:
        aliases = [a for a in r["aliases"].split("|") if a] if r["aliases"] else []
        h = hashed65(features65(r["label"], r["name"], aliases, r["sentence"], r["name"].lower() in listed), HASH_SIZE)
        idx.extend(h)
        offsets.append(len(idx))
    return np.array(idx, dtype=np.int64), np.array(offsets, dtype=np.int64)


def _scores(w: np.ndarray, idx: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    vals = w[idx]
    csum = np.concatenate([[0.0], np.cumsum(vals)])
    return csum[offsets[1:]] - csum[offsets[:-1]]


def train(idx: np.ndarray, offsets: np.ndarray, y: np.ndarray) -> np.ndarray:
    """L2 logistic regression, full-batch Adagrad (deterministic)."""
    n = len(y)
    rows = np.repeat(np.arange(n), np.diff(offsets))
    w = np.zeros(HASH_SIZE)
    g2 = np.full(HASH_SIZE, 1e-8)
    # the wrong rows are the rarer class: weigh classes equally
    cw = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    for _ in range(ITERS):
        z = np.clip(_scores(w, idx, offsets), -30, 30)
        p = 1 / (1 + np.exp(-z))
        g_row = (p - y) * cw
        grad = np.bincount(idx, weights=g_row[rows], minlength=HASH_SIZE) / n + L2 * w / n
        g2 += grad * grad
        w -= 0.5 * grad / np.sqrt(g2)
    return w


def predict(w, idx, offsets) -> np.ndarray:
    z = np.clip(_scores(w, idx, offsets), -30, 30)
    return 1 / (1 + np.exp(-z))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(p, kind="mergesort")
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    # average ranks of ties
    for v in np.unique(p):
        m = p == v
        if m.sum() > 1:
            ranks[m] = ranks[m].mean()
    pos = y == 1
    npos, nneg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - npos * (npos + 1) / 2) / (npos * nneg))


def subset(idx, offsets, sel: np.ndarray):
    parts, offs = [], [0]
    for i in np.flatnonzero(sel):
        parts.append(idx[offsets[i]:offsets[i + 1]])
        offs.append(offs[-1] + offsets[i + 1] - offsets[i])
    return np.concatenate(parts), np.array(offs, dtype=np.int64)


def table(p: np.ndarray, y: np.ndarray, exempt: np.ndarray, thresholds) -> list[dict]:
    out = []
    for t in thresholds:
        drop = (p < t) & ~exempt
        n = int(drop.sum())
        wrong = int((drop & (y == 0)).sum())
        out.append({"threshold": t, "dropped": n, "wrong": wrong, "wrong_share": round(wrong / n, 3) if n else None})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ROOT, "extract/data/node_decision65.json"))
    ap.add_argument("--threshold", type=float, default=None, help="shipped threshold (default: picked on validation)")
    args = ap.parse_args()

    rows, used = load_rows()
    rows = [r for r in rows if r["label"] in SCORED]
    print(f"judged rows (distinct keys, correct 1/0, scored labels): {len(rows)} from {len(used)} files")
    texts = blind_texts()
    keep = [r for r in rows if not (r["sentence"].strip() and any(r["sentence"].strip() in t for t in texts))]
    leaked = len(rows) - len(keep)
    print(f"dropped as possible blind leakage (sentence in a blind abstract): {leaked}")
    rows = keep
    y = np.array([int(r["correct"]) for r in rows], dtype=float)
    print(f"training rows: {len(rows)}, wrong: {int((y == 0).sum())} ({(y == 0).mean():.3f})")
    idx, offsets = design(rows)
    listed = listed_forms65()
    exempt = np.array([r["name"].lower() in listed for r in rows])
    print(f"listed rows: {int(exempt.sum())}, wrong among them: {int((exempt & (y == 0)).sum())}")
    thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]

    # temporal split
    val = np.array([r["session"] >= 46 and "merge" in r["file"] for r in rows])
    tr_i, tr_o = subset(idx, offsets, ~val)
    va_i, va_o = subset(idx, offsets, val)
    w = train(tr_i, tr_o, y[~val])
    pv = predict(w, va_i, va_o)
    print(f"temporal: train {int((~val).sum())}, validate {int(val.sum())} (wrong {int((y[val] == 0).sum())}), "
          f"AUC {auc(pv, y[val]):.3f}")
    temporal = table(pv, y[val], exempt[val], thresholds)
    for t in temporal:
        print("  temporal", t)

    # 5 folds by crc32 of the key
    fold = np.array([zlib.crc32(r["key"].encode()) % 5 for r in rows])
    pcv = np.zeros(len(rows))
    for k in range(5):
        te = fold == k
        a_i, a_o = subset(idx, offsets, ~te)
        b_i, b_o = subset(idx, offsets, te)
        pcv[te] = predict(train(a_i, a_o, y[~te]), b_i, b_o)
    print(f"5-fold AUC {auc(pcv, y):.3f}")
    folds = table(pcv, y, exempt, thresholds)
    for t in folds:
        print("  5-fold", t)

    if args.threshold is not None:
        threshold = args.threshold
    else:  # the highest threshold whose drops are >= 90 % wrong on both the temporal and the folds' validation
        ok = [a["threshold"] for a, b in zip(temporal, folds)
              if a["wrong_share"] is not None and a["wrong_share"] >= 0.9 and b["wrong_share"] is not None
              and b["wrong_share"] >= 0.9]
        threshold = max(ok) if ok else 0.0
    print(f"threshold: {threshold}")

    wfull = train(idx, offsets, y)
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = ""
    model = {
        "model": "L2 logistic regression over crc32-hashed features (extract/learn65.py features65)",
        "hash_size": HASH_SIZE, "l2": L2, "iterations": ITERS, "threshold": threshold,
        "scored_labels": list(SCORED), "exempt_listed": True,
        "training_rows": len(rows), "training_wrong": int((y == 0).sum()),
        "blind_leakage_dropped": leaked,
        "validation": {"temporal": temporal, "folds5": folds, "temporal_auc": round(auc(pv, y[val]), 4),
                       "folds5_auc": round(auc(pcv, y), 4)},
        "source_files": used, "commit": commit,
        "weights": [round(float(v), 4) for v in wfull],
    }
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(model, fh, separators=(",", ":"))
        fh.write("\n")
    print(f"wrote {args.out} ({os.path.getsize(args.out)} bytes)")


if __name__ == "__main__":
    main()
