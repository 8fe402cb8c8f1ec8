"""Inter-annotator agreement on result tuples: score one results-gold annotation against another.

Both files are in the gold format of tests/data/gold-results.jsonl (GOLD-RESULTS.md). B's tuples are read as
predictions and matched with ``extract/evaluate_results.py``'s own matching (value, metric through the metric
lexicon, dataset by name or alias, difference or not; then also the entity), so agreement is measured by the
same yardstick as the extractor. Both ways are reported: B scored against A and A scored against B (the greedy
one-to-one matching can make them differ by a tuple).

    python scripts/agreement_results.py tests/data/gold-results.jsonl \\
        tests/data/agreement/gold-results-blind11-b.jsonl --part blind11 [--errors] [--skip-ids FILE]
"""

from __future__ import annotations

import argparse
import json
import sys

from paperkg.extract.evaluate_results import _abstract_key, _match, _metric_key, _same, _show
from paperkg.extract.scores import Counts


def load(path: str, part: str | None) -> dict[str, dict]:
    rows = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            if part is None or d.get("part") == part:
                rows[d["id"]] = d
    return rows


def as_prediction(tuples: list[dict]) -> tuple[list[dict], dict[str, dict]]:
    """An annotation's tuples in the shape of extracted results: dataset and entity become entities with
    the annotation's aliases, so the scorer's alias matching works in both directions."""
    preds, entities = [], {}
    for i, t in enumerate(tuples):
        p = dict(t)
        if t.get("dataset"):
            p["dataset_id"] = f"ds{i}"
            entities[f"ds{i}"] = {"id": f"ds{i}", "name": t["dataset"], "aliases": t.get("dataset_aliases") or []}
        if t.get("entity"):
            p["entity_id"] = f"en{i}"
            entities[f"en{i}"] = {"id": f"en{i}", "name": t["entity"], "aliases": []}
        preds.append(p)
    return preds, entities


def compare(gold: list[dict], other: list[dict], with_entity: bool):
    preds, entities = as_prediction(other)
    return _match(gold, preds, entities, with_entity)


def why(a: dict, b: dict) -> str:
    """The first field two tuples of the same value disagree on (a hint for reading, not a class)."""
    if _metric_key(a.get("metric")) != _metric_key(b.get("metric")):
        return "metric"
    if (a.get("qualifier") == "relative") != (b.get("qualifier") == "relative"):
        return "difference-or-not"
    if bool(a.get("dataset")) != bool(b.get("dataset")):
        return "dataset-missing-one-side"
    return "dataset-name"


def detail(t: dict) -> str:
    base = " baseline" if t.get("is_baseline") else ""
    return f"{_show(t)} [{t.get('qualifier')}{base}; split: {t.get('split')}]"


def agreement(a_rows: dict[str, dict], b_rows: dict[str, dict], all_tuples: bool = False) -> dict:
    """Counts of B scored against A (tuples, with entity) and of A against B, plus the matched tuples'
    qualifier/baseline agreement and per-abstract disagreements."""
    out = {k: Counts() for k in ("b_vs_a", "b_vs_a_entity", "a_vs_b", "a_vs_b_entity")}
    out.update(matched=0, same_qualifier=0, same_baseline=0, papers=0, results_papers_agree=0, errors=[],
               entity_errors=[])
    for pid, a in a_rows.items():
        b = b_rows.get(pid)
        if b is None:
            raise SystemExit(f"{pid} is in A but not in B")
        if _abstract_key(a["abstract"]) != _abstract_key(b["abstract"]):
            raise SystemExit(f"{pid}: the two files hold different abstracts")
        keep = (lambda r: True) if all_tuples else (lambda r: bool(r.get("metric")))
        ta, tb = [r for r in a["results"] if keep(r)], [r for r in b["results"] if keep(r)]
        out["papers"] += 1
        out["results_papers_agree"] += int(bool(a["results"]) == bool(b["results"]))
        for key, gold, other, ent in (("b_vs_a", ta, tb, False), ("b_vs_a_entity", ta, tb, True),
                                      ("a_vs_b", tb, ta, False), ("a_vs_b_entity", tb, ta, True)):
            pairs, missed, spurious = compare(gold, other, ent)
            c = out[key]
            c.tp, c.fn, c.fp = c.tp + len(pairs), c.fn + len(missed), c.fp + len(spurious)
            if key == "b_vs_a":
                out["matched"] += len(pairs)
                out["same_qualifier"] += sum(g.get("qualifier") == p.get("qualifier") for g, p in pairs)
                out["same_baseline"] += sum(bool(g.get("is_baseline")) == bool(p.get("is_baseline")) for g, p in pairs)
                _, ents = as_prediction(tb)
                out["entity_errors"] += [(pid, g, p) for g, p in pairs if not _same(g, p, ents, True)]
                if missed or spurious:
                    hints = []
                    for g in missed:
                        twin = next((p for p in spurious if abs(float(p["value"]) - float(g["value"])) < 1e-9), None)
                        hints.append(why(g, twin) if twin else "only-in-A")
                    hints += ["only-in-B" for p in spurious
                              if not any(abs(float(p["value"]) - float(g["value"])) < 1e-9 for g in missed)]
                    out["errors"].append({"id": pid, "title": a.get("title"), "only_a": [detail(g) for g in missed],
                                          "only_b": [detail(p) for p in spurious], "hints": hints})
    return out


def table(res: dict) -> str:
    lines = [f"{res['papers']} abstracts; both sides agree whether an abstract states a result: "
             f"{res['results_papers_agree']}/{res['papers']}",
             f"{'':36} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for key, label in (("b_vs_a", "B against A: value+metric+dataset"), ("b_vs_a_entity", "B against A: + entity"),
                       ("a_vs_b", "A against B: value+metric+dataset"), ("a_vs_b_entity", "A against B: + entity")):
        c = res[key]
        lines.append(f"{label:36} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:4d} {c.fp:4d} {c.fn:4d}")
    if res["matched"]:
        lines.append(f"matched tuples (B against A) with the same qualifier: {res['same_qualifier']}/{res['matched']}, "
                     f"same baseline flag: {res['same_baseline']}/{res['matched']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_a")
    ap.add_argument("gold_b")
    ap.add_argument("--part", help="only this part of both files (e.g. blind11)")
    ap.add_argument("--skip-ids", help="a file of abstract ids (one a line) to leave out")
    ap.add_argument("--all-tuples", action="store_true", help="also tuples that name no metric")
    ap.add_argument("--errors", action="store_true", help="print the disagreements per abstract")
    args = ap.parse_args(argv)
    a_rows, b_rows = load(args.gold_a, args.part), load(args.gold_b, args.part)
    if args.skip_ids:
        skip = {x.split()[0] for x in open(args.skip_ids) if x.strip() and not x.startswith("#")}
        a_rows = {k: v for k, v in a_rows.items() if k not in skip}
    if not a_rows:
        print("no abstracts to compare", file=sys.stderr)
        return 1
    res = agreement(a_rows, b_rows, all_tuples=args.all_tuples)
    print(table(res))
    if args.errors:
        for e in res["errors"]:
            print(f"\n## {e['id']}  {e['title']}")
            for t in e["only_a"]:
                print(f"  A only: {t}")
            for t in e["only_b"]:
                print(f"  B only: {t}")
            print(f"  hints: {', '.join(e['hints'])}")
        print("\n## tuples that agree but for the entity (A | B)")
        for pid, g, p in res["entity_errors"]:
            print(f"  {pid}: {g.get('value')} {g.get('metric')}: {g.get('entity')} | {p.get('entity')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
