"""Why does the extractor miss a gold name? Classify each false negative of a gold set by cause (issue 10, session 12).

    PAPERKG_TRACE_DROPS=1 python scripts/trace_misses.py tests/data/dev7-corpus.jsonl tests/data/gold-dev7.jsonl PRED.jsonl

PRED is `paperkg extract CORPUS -o PRED` of the same code. Each paper is extracted again alone (the map step) with the
resolver's trace on (resolve.PaperResolver._drop), and each missed gold entity is put in one class:
  wrong type       the name was found with another type class
  dropped: REASON  the resolver had a candidate group with one of its forms and a filter dropped it
  lost to X        a candidate with the exact span lost the overlap to a longer/more trusted one (X)
  wrong span       a candidate or an entity overlaps a form of the name, none has its exact span
  local only       the map step had it, the corpus pass did not keep it
  no candidate     nothing at all
Prints one line per miss, then the counts per class. Never run it on held-out 2.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PAPERKG_TRACE_DROPS", "1")

from paperkg.extract import pipeline  # noqa: E402
from paperkg.extract.evaluate import _forms_gold, _forms_pred, _key, _match, _settle_alt_types, SCORED  # noqa: E402
from paperkg.extract.records import Paper  # noqa: E402
from paperkg.extract.text import normalise_surface  # noqa: E402


def _load(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _class(t: str) -> str:
    return "data" if t in ("dataset", "benchmark") else t


def classify(g: dict, paper: dict, pred_ents: list[dict], local, resolver) -> str:
    forms = _forms_gold(g)
    for p in pred_ents:
        if _forms_pred(p) & forms:
            return f"wrong type ({p['type']})"
    for reason, surfaces in resolver.dropped:
        if {normalise_surface(s) for s in surfaces} & forms:
            return f"dropped: {reason}"
    if any(normalise_surface(e.name) in forms or forms & {normalise_surface(a) for a in e.aliases} for e in local.entities):
        return "local only"
    texts = {"abstract": paper["abstract"], "title": paper.get("title") or ""}
    occurrences = []
    for f in [g["name"], *g.get("aliases", [])]:
        for field, text in texts.items():
            occurrences += [(field, m.start(), m.end()) for m in re.finditer(re.escape(f), text)]
    exact = [c for c in resolver.candidates if (c[0], c[1], c[2]) in set(occurrences)]
    if exact:
        if all(not c[4] for c in exact):
            winner = next((texts[c[0]][c[1]:c[2]] for c in resolver.candidates if c[4] and any(
                c[0] == f and c[1] < e and s < c[2] for f, s, e in occurrences)), "?")
            return f"lost to {winner!r}"
        return "kept, then no entity"
    overlapping = [texts[c[0]][c[1]:c[2]] for c in resolver.candidates if any(
        c[0] == f and c[1] < e and s < c[2] for f, s, e in occurrences)]
    if overlapping:
        return f"wrong span ({', '.join(sorted(set(overlapping))[:3])})"
    return "no candidate"


def main() -> None:
    corpus_path, gold_path, pred_path = sys.argv[1:4]
    corpus = {_key(r["abstract"]): r for r in _load(corpus_path)}
    preds = {_key(r["abstract"]): r for r in _load(pred_path)}
    _, resolver = pipeline._worker_state()
    one_class = lambda t: "dataset+benchmark" if t in ("dataset", "benchmark") else t  # noqa: E731
    counts: Counter = Counter()
    for g_row in _load(gold_path):
        k = _key(g_row["abstract"])
        paper, pred = corpus[k], preds.get(k, {"entities": []})
        gold_ents = [e for e in g_row["entities"] if e["type"] in SCORED]
        pred_ents = [e for e in pred["entities"] if e["type"] in SCORED]
        _, _, missed, spurious = _match(_settle_alt_types(gold_ents, pred_ents), pred_ents, one_class)
        if not missed and not spurious:
            continue
        local = pipeline.extract_local([Paper(id=paper["id"], title=paper.get("title"), abstract=paper["abstract"])])[0]
        for g in missed:
            cause = classify(g, paper, pred_ents, local, resolver)
            counts[cause.split(" (")[0].split(" '")[0]] += 1
            print(f"FN  {g['name']!r} [{g['type']}]: {cause}")
        for p in spurious:
            rules = sorted({m.get("rule", "?") for m in p.get("mentions", [])})
            print(f"FP  {p['name']!r} [{p['type']}]: {', '.join(rules)}")
    print()
    for cause, n in counts.most_common():
        print(f"{n:3d}  {cause}")


if __name__ == "__main__":
    main()
