"""Why true result tuples are missed: rank the decisions of extract/results.py that drop them.

Re-runs the result step on already extracted papers with the drop trace on (PAPERKG_RESULTS_TRACE=1, see
``extract.results.TRACE``), scores them against the results gold, and gives each missed gold tuple the reason its
number did not become a matching result: a drop decision of the trace ("no-metric-bound", "gate:no-dataset-bound",
"not-a-value", ...), or "emitted:<field>" when a result was reported at that number but its metric, dataset or
difference flag differs from the gold. Counts per reason and part, then examples.

    paperkg extract tests/data/results-corpus.jsonl -o /tmp/pred.jsonl
    python scripts/results_trace.py tests/data/gold-results.jsonl /tmp/pred.jsonl --parts blind7,blind8,blind9
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys

os.environ["PAPERKG_RESULTS_TRACE"] = "1"  # before the import: the switch is read once

from paperkg.extract import results as R  # noqa: E402
from paperkg.extract.evaluate_results import _abstract_key, _match, _metric_key, _gold_datasets, _pred_datasets  # noqa: E402
from paperkg.extract.records import ExtractedPaper  # noqa: E402


def _why_wrong(g: dict, p: dict, entities: dict) -> str:
    if _metric_key(g.get("metric")) != _metric_key(p.get("metric")):
        return "metric"
    if (g.get("qualifier") == "relative") != (p.get("qualifier") == "relative"):
        return "relative"
    gd, pd = _gold_datasets(g), _pred_datasets(p, entities)
    if not pd:
        return "dataset-missing"
    if not gd:
        return "dataset-extra"
    return "dataset-other"


def _positions(abstract: str, text: str) -> list[int]:
    out, i = [], abstract.find(text)
    while i >= 0:
        before = abstract[i - 1 : i]
        after = abstract[i + len(text) : i + len(text) + 1]
        if not (before.isdigit() or before == ".") and not (after.isdigit() or (after == "." and abstract[i + len(text) + 1 : i + len(text) + 2].isdigit())):
            out.append(i)
        i = abstract.find(text, i + 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred", help="papers extracted from the gold abstracts (paperkg extract ... -o)")
    ap.add_argument("--parts", default="", help="comma-separated parts (default: all)")
    ap.add_argument("--examples", type=int, default=4, help="examples shown per reason")
    ap.add_argument("--spurious", action="store_true", help="also list the false positives by rule")
    args = ap.parse_args(argv)
    parts = set(filter(None, args.parts.split(",")))
    pred_of = {}
    for line in open(args.pred, encoding="utf-8"):
        d = json.loads(line)
        pred_of[_abstract_key(d.get("abstract") or "")] = d
    by_reason: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, list[str]] = collections.defaultdict(list)
    spurious: collections.Counter = collections.Counter()
    spurious_ex: dict[str, list[str]] = collections.defaultdict(list)
    for line in open(args.gold, encoding="utf-8"):
        g = json.loads(line)
        if parts and g.get("part") not in parts:
            continue
        d = pred_of.get(_abstract_key(g["abstract"]))
        if d is None:
            continue
        paper = ExtractedPaper.from_dict(d)
        R.TRACE.clear()
        R.attach_results([paper])
        trace = list(R.TRACE)
        pred = [r.to_dict() for r in paper.results]
        entities = {e["id"]: e for e in d.get("entities") or []}
        gold = [r for r in g["results"] if r.get("metric")]
        _, missed, extra = _match(gold, pred, entities, with_entity=False)
        text = paper.abstract
        for m in missed:
            reason = "number-not-found"
            for pos in _positions(text, m["text"]):
                at = [p for p in pred if p["start"] <= pos < p["end"]]
                if at:
                    reason = "emitted:" + _why_wrong(m, at[0], entities)
                    break
                hit = [t for t in trace if t["start"] <= pos < t["end"]]
                if hit:
                    reason = hit[0]["reason"]
                    break
            by_reason[reason][g["part"]] += 1
            start = max(0, (_positions(text, m["text"]) or [0])[0] - 90)
            examples[reason].append(f"{g['id']}: {m['value']} {m['metric']} on {m['dataset']} | ...{text[start:start + 160]}...")
        for p in extra:
            spurious[p["rule"]] += 1
            spurious_ex[p["rule"]].append(f"{g['id']}: {p['value']} {p['metric']} on {p['dataset']} ({p['qualifier']})")
    all_parts = sorted({p for c in by_reason.values() for p in c})
    print(f"{'reason':34} {'all':>5} " + " ".join(f"{p:>8}" for p in all_parts))
    for reason, c in sorted(by_reason.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{reason:34} {sum(c.values()):5d} " + " ".join(f"{c[p]:8d}" for p in all_parts))
    for reason, c in sorted(by_reason.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"\n== {reason}")
        for e in examples[reason][: args.examples]:
            print("  " + e)
    if args.spurious:
        print("\nfalse positives by rule:")
        for rule, n in spurious.most_common():
            print(f"  {n:3d} {rule}: " + "; ".join(spurious_ex[rule][:3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
