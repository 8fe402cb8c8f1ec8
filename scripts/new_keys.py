"""Entity keys one build has and another has not, with a random sample to read (for judging what a change adds).

    python scripts/new_keys.py BASE-papers.jsonl NEW-papers.jsonl [--n 40 --seed 20261201 --rule lexicon:mined]

Both files are `paperkg build -o` / `paperkg extract -o` output over the same corpus. Prints node counts per type,
the method/model/dataset/benchmark keys that are new and gone, how many new keys first came from each rule,
links made by --rule, and --n new keys drawn with random.Random(seed).sample over the sorted new keys, each with
the sentence of its first mention (in the paper with the smallest id).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter

SCORED = ("method", "model", "dataset", "benchmark")


def read(path: str):
    keys: dict[str, tuple] = {}
    types: dict[str, str] = {}
    links = Counter()
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        for e in d["entities"]:
            types[e["id"]] = e["type"]
            for m in e["mentions"]:
                links[m["rule"]] += 1
            m = e["mentions"][0] if e["mentions"] else None
            if m and (e["id"] not in keys or d["id"] < keys[e["id"]][0]):
                text = d["abstract"] if m.get("field", "abstract") == "abstract" else d["title"] or ""
                keys[e["id"]] = (d["id"], m["rule"], _sentence(text, m["start"], m["end"]), e["name"])
    return keys, types, links


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start) + 2, 0)
    right = text.find(". ", end)
    s = text[left : right + 1 if right >= 0 else len(text)]
    return re.sub(r"\s+", " ", s)[:400]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--rule", default="lexicon:mined")
    args = ap.parse_args()
    base, base_types, base_links = read(args.base)
    new, new_types, new_links = read(args.new)
    for t in ("method", "model", "dataset", "benchmark", "task", "metric"):
        print(f"{t}: {sum(v == t for v in base_types.values())} -> {sum(v == t for v in new_types.values())}")
    added = sorted(k for k in new if k not in base and new_types[k] in SCORED)
    gone = sorted(k for k in base if k not in new and base_types[k] in SCORED)
    print(f"new keys {len(added)}, gone {len(gone)}; links by {args.rule}: {base_links[args.rule]} -> {new_links[args.rule]}")
    print("new keys by first rule:", Counter(new[k][1] for k in added).most_common(8))
    for k in random.Random(args.seed).sample(added, min(args.n, len(added))):
        pid, rule, sent, name = new[k]
        print(f"\n{k}\t{name!r}\t{rule}\t{pid}\n    {sent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
