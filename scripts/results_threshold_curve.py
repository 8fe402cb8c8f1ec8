"""A confidence threshold on results, as a curve: is there one that lifts precision at small recall cost?

A result's confidence is the lowest precision among its decision classes (``extract.results.decision_classes``, single
classes with ``--support`` or more results), measured on every part but ``--held``. Results under a threshold are dropped;
precision and recall are given on the fit parts, on the held part and on all, threshold by threshold.

    paperkg extract tests/data/results-corpus.jsonl -o /tmp/pred.jsonl
    python scripts/results_threshold_curve.py tests/data/gold-results.jsonl /tmp/pred.jsonl --held blind14
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_confidence import _label, _pr, _score  # noqa: E402

from paperkg.extract.evaluate_results import _abstract_key  # noqa: E402
from paperkg.extract.records import ExtractedPaper  # noqa: E402

_LOW = frozenset(["low-confidence"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred", help="papers extracted from the gold abstracts (paperkg extract ... -o)")
    ap.add_argument("--held", required=True, help="the part the class precisions are not measured on")
    ap.add_argument("--support", type=int, default=5, help="fewest results a class needs to be judged")
    args = ap.parse_args(argv)
    gold_rows = [json.loads(line) for line in open(args.gold, encoding="utf-8")]
    papers = {}
    for line in open(args.pred, encoding="utf-8"):
        d = json.loads(line)
        papers[_abstract_key(d.get("abstract") or "")] = ExtractedPaper.from_dict(d)
    rows, gold_n = _label(gold_rows, papers, lambda p: p.results)
    rows = [(part, frozenset(c for c in classes if "&" not in c), *rest) for part, classes, *rest in rows]
    fit = set(gold_n) - {args.held}
    count = collections.defaultdict(lambda: [0, 0])
    for part, classes, ok, *_ in rows:
        if part in fit:
            for c in classes:
                count[c][0 if ok else 1] += 1
    precision = {c: tp / (tp + fp) for c, (tp, fp) in count.items() if tp + fp >= args.support}
    print("lowest classes on the fit parts: " + ", ".join(f"{c} {p:.3f}" for c, p in sorted(precision.items(), key=lambda kv: kv[1])[:6]))
    print(f"{'threshold':>9}  {'fit parts':28} {args.held:28} all")
    for t in (0.0, 0.80, 0.85, 0.88, 0.90, 0.92, 0.94):
        gated = [(part, _LOW if min([precision[c] for c in classes if c in precision] or [1.0]) < t else frozenset(), *rest)
                 for part, classes, *rest in rows]
        scores = [_pr(*_score(gated, gold_n, parts, _LOW)) for parts in (fit, {args.held}, set(gold_n))]
        print(f"{t:9.2f}  {scores[0]:28} {scores[1]:28} {scores[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
