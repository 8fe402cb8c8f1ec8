#!/usr/bin/env python3
"""Inter-annotator agreement of two entity gold files of the same abstracts (issue 10).

Usage: python scripts/agreement_entities.py GOLD_A GOLD_B [--with-optional] [--errors]

Each annotation is scored as a prediction against the other with `paperkg evaluate`'s own matching
(extract/evaluate.py): B's core entities become predicted entities (name and aliases as surface forms, type,
role "proposes" where B marks them proposed) and are scored against A as gold, then the other way round.
Optional entities of the gold side are neither required nor penalised, as in every score; optional entities of
the predicting side are not predictions. A prediction-side `alt_type` counts as the gold side's `alt_type` does:
the predicted entity takes its other type where only that type agrees with the gold.

With --with-optional, every entity of both files counts as core: agreement on what is a name at all, the
band the optional flag otherwise absorbs. With --errors, every core entity one annotator has and the other
lacks is listed per abstract, with a hint at what the other annotator has for it: the same name as optional,
the same name with another type, or an overlapping span.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from paperkg.extract.evaluate import SCORED, Report, _forms_gold, _key, _load_jsonl, _settle_alt_types, evaluate


def as_prediction(rows: list[dict], other: list[dict]) -> list[dict]:
    """ROWS' core entities as a prediction file, alt_type settled against OTHER's entities of the same abstract."""
    by_abstract = {_key(r["abstract"]): r for r in other}
    out = []
    for r in rows:
        ref = [e for e in by_abstract.get(_key(r["abstract"]), {}).get("entities", []) if e.get("type") in SCORED]
        core = [e for e in r.get("entities", []) if not e.get("optional") and e.get("type") in SCORED]
        core = _settle_alt_types(core, ref)
        ents = [{"name": e["name"], "aliases": list(e.get("aliases") or []), "type": e["type"],
                 "role": "proposes" if e.get("proposed") else "uses"} for e in core]
        out.append({"title": r.get("title"), "abstract": r["abstract"], "entities": ents, "code": list(r.get("code") or [])})
    return out


def _write(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def score(gold_rows: list[dict], pred_rows: list[dict]) -> Report:
    """evaluate() of GOLD_ROWS against PRED_ROWS (through temporary files: evaluate reads paths)."""
    with tempfile.TemporaryDirectory() as tmp:
        return evaluate(_write(Path(tmp) / "gold.jsonl", gold_rows), _write(Path(tmp) / "pred.jsonl", pred_rows))


def load(path: str | Path, with_optional: bool = False) -> list[dict]:
    """A gold file; with_optional makes every entity core (agreement on what is listed at all)."""
    rows = _load_jsonl(path)
    if with_optional:
        rows = [{**r, "entities": [{**e, "optional": False} for e in r.get("entities", [])]} for r in rows]
    return rows


def agreement(path_a: str | Path, path_b: str | Path, with_optional: bool = False) -> tuple[Report, Report]:
    """(B scored against A as gold, A scored against B as gold)."""
    rows_a, rows_b = load(path_a, with_optional), load(path_b, with_optional)
    return score(rows_a, as_prediction(rows_b, rows_a)), score(rows_b, as_prediction(rows_a, rows_b))


def _entity(row: dict, label: str) -> dict:
    """The entity an evaluate() error label ("name [type]") names; the type may be its alt_type."""
    name, typ = label.rsplit(" [", 1)
    typ = typ.rstrip("]")
    return next(e for e in row["entities"] if e["name"] == name and typ in (e["type"], e.get("alt_type")))


def hint(e: dict, others: list[dict]) -> str:
    """What the other annotator has for entity E: optional, another type, an overlapping span, or nothing."""
    forms = _forms_gold(e)
    same = [o for o in others if forms & _forms_gold(o)]
    if any(o.get("optional") for o in same):
        return "other: optional"
    if same:
        return "other: type " + "/".join(sorted({o["type"] for o in same}))
    overlap = [o["name"] for o in others if any(f in g or g in f for f in forms for g in _forms_gold(o))]
    if overlap:
        return "other: span " + "; ".join(overlap)
    return "other: -"


def disagreements(path_a: str | Path, path_b: str | Path, with_optional: bool = False) -> list[dict]:
    """Per abstract, A's core entities B does not match and B's core entities A does not match, with hints."""
    b_vs_a, a_vs_b = agreement(path_a, path_b, with_optional)
    rows = {"A": load(path_a, with_optional), "B": load(path_b, with_optional)}
    by_start = {side: {r["abstract"][:60]: r for r in rs} for side, rs in rows.items()}
    out: dict[str, dict] = {}
    for side, other, report in (("A", "B", b_vs_a), ("B", "A", a_vs_b)):
        for err in report.errors:
            row = by_start[side][err["abstract_start"]]
            other_ents = by_start[other].get(err["abstract_start"], {}).get("entities", [])
            item = out.setdefault(err["abstract_start"], {"n": row.get("n"), "title": row.get("title"), "A only": [], "B only": []})
            for label in err["missed"]:
                item[f"{side} only"].append((label, hint(_entity(row, label), other_ents)))
    return sorted(out.values(), key=lambda d: (d["n"] is None, d["n"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_a")
    ap.add_argument("gold_b")
    ap.add_argument("--errors", action="store_true", help="list the disagreements per abstract")
    ap.add_argument("--with-optional", action="store_true",
                    help="treat every entity of both files as core: agreement on what is listed at all")
    args = ap.parse_args(argv)
    b_vs_a, a_vs_b = agreement(args.gold_a, args.gold_b, args.with_optional)
    print(f"== B ({args.gold_b}) scored against A ({args.gold_a}) as gold")
    print(b_vs_a.table())
    print(f"\n== A ({args.gold_a}) scored against B ({args.gold_b}) as gold")
    print(a_vs_b.table())
    if args.errors:
        items = disagreements(args.gold_a, args.gold_b, args.with_optional)
        print(f"\n== disagreements on core entities ({sum(len(d['A only']) + len(d['B only']) for d in items)} in {len(items)} abstracts)")
        for d in items:
            print(f"\nn={d['n']} {d['title']}")
            for side in ("A only", "B only"):
                for label, h in d[side]:
                    print(f"  {side}: {label}  ({h})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
