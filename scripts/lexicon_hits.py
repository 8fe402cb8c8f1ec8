"""What a mined name list would add to a built corpus: its hits outside what extraction found, and a sample to read.

    python scripts/lexicon_hits.py PAPERS.jsonl [LIST.tsv] [--n 40 --seed 20261201]

PAPERS.jsonl is `paperkg build -o` output of a build without the lexicon (e.g. main); LIST.tsv defaults to the
shipped extract/data/mined_names.tsv. A form the paper writes in brackets ("(SVMs)") counts as defined there and is
skipped, as the pipeline skips short forms the paper defines. Counts hits (abstracts only) and papers, the most frequent names, and
prints --n hits drawn with random.Random(seed).sample, each with its sentence, for judging by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from importlib import resources

from paperkg.extract.lexicon_mined import SHAPE_GUESSES, TYPE_CLASS as CLASS, MinedLexicon, read_names
from paperkg.extract.text import variant_key


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("papers")
    ap.add_argument("names", nargs="?")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=20261201)
    args = ap.parse_args()
    if args.names:
        text = open(args.names, encoding="utf-8").read()
    else:
        text = resources.files("paperkg.extract").joinpath("data/mined_names.tsv").read_text(encoding="utf-8")
    names = read_names(text)
    lex = MinedLexicon(names)
    hits = []
    nodes: set[str] = set()  # spellings (folded) of every node of the build
    retyped = Counter()  # names a shape rule typed in another class than the list's
    for line in open(args.papers, encoding="utf-8"):
        d = json.loads(line)
        for e in d["entities"]:
            nodes.update(variant_key(n) for n in (e["name"], *e["aliases"]))
            typ = names.get(e["name"])
            if (typ and e["type"] in CLASS and CLASS[typ] != CLASS[e["type"]]
                    and all(m["rule"] in SHAPE_GUESSES for m in e["mentions"])):
                retyped[e["name"]] += 1
        have = {n.lower() for e in d["entities"] for n in (e["name"], *e["aliases"])}
        taken = [(m["start"], m["end"]) for e in d["entities"] for m in e["mentions"] if m.get("field", "abstract") == "abstract"]
        seen = set()
        for start, end, surface, typ in lex.find(d["abstract"], taken):
            if surface.lower() in have or surface in seen or re.search(r"\(\s*" + re.escape(surface) + r"\b", d["abstract"]):
                # the last: a form the paper defines ("... (SVMs)"), as the pipeline's definitions would say
                continue
            seen.add(surface)
            a = d["abstract"]
            left = a.rfind(". ", 0, start) + 2 if a.rfind(". ", 0, start) >= 0 else 0
            right = a.find(". ", end)
            hits.append((d["id"], surface, typ, re.sub(r"\s+", " ", a[left : right + 1 if right >= 0 else len(a)])[:300]))
    names_hit = Counter(h[1] for h in hits)
    print(f"{len(names)} names; {len(hits)} paper-name hits in {len({h[0] for h in hits})} papers; "
          f"{len(names_hit)} names hit")
    new = {h[1] for h in hits if variant_key(h[1]) not in nodes}
    print(f"names hit that the build has no node for: {len(new)} ({sum(h[1] in new for h in hits)} hits); "
          f"paper entities a shape rule typed in the other class, retyped: {sum(retyped.values())} "
          f"({', '.join(f'{n} {c}' for n, c in retyped.most_common(8))})")
    print("most frequent:", ", ".join(f"{n} {c}" for n, c in names_hit.most_common(25)))
    for pid, surface, typ, sent in random.Random(args.seed).sample(hits, min(args.n, len(hits))):
        print(f"\n{surface} [{typ}] {pid}\n    {sent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
