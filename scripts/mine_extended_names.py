"""Mine names that extend a listed name by one or two words in front, defined in several papers of a 73k build
(issue 10, session 22): "natural policy gradient (NPG)", "stochastic gradient MCMC (SG-MCMC)", "Basque WordNet".

    python scripts/mine_extended_names.py /tmp/lead/start22/papers.jsonl -o extract/data/extended_names.tsv

PAPERS is `paperkg build -o` output. Every paper of every gold set is left out (mine_corpus_names.gold_keys). A
spelling is kept when, lower-cased with hyphens read as spaces:
- it is the long form of an `abbreviation` mention of a scored type in >= --min-papers papers;
- one type has >= 90 % of those mentions;
- its first one or two words, as most often spelt, are plain words of three letters or more;
- dropping its first one or two words leaves a name the lists found (a `gazetteer:` or `lexicon:` mention) in
  >= 2 papers, of the same type class (method/model or dataset/benchmark).
Writes name<TAB>type<TAB>papers<TAB>listed suffix, most papers first.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mine_corpus_names import PaperRow, gold_keys, is_gold  # noqa: E402

SCORED = ("method", "model", "dataset", "benchmark")
# A word in front: a plain word of three letters or more, capitalised at most ("Natural", not "SG" or "DEtection").
PLAIN_WORD = re.compile(r"[A-Za-z][a-z]{2,}")
CLASS = {"method": "m", "model": "m", "dataset": "d", "benchmark": "d"}


def norm(s: str) -> str:
    return " ".join(s.lower().replace("-", " ").split())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("papers")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--min-papers", type=int, default=2)
    args = ap.parse_args()
    keys = gold_keys()
    defined: dict[str, set[str]] = defaultdict(set)
    types: dict[str, Counter] = defaultdict(Counter)
    spellings: dict[str, Counter] = defaultdict(Counter)
    listed: dict[str, set[str]] = defaultdict(set)
    listed_class: dict[str, Counter] = defaultdict(Counter)
    with open(args.papers, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if is_gold(PaperRow(d), keys):
                continue
            for e in d["entities"]:
                if e["type"] not in SCORED:
                    continue
                for m in e["mentions"]:
                    k, rule = norm(m["text"]), m.get("rule") or ""
                    if rule.startswith(("gazetteer:", "lexicon:")):
                        listed[k].add(d["id"])
                        listed_class[k][CLASS[e["type"]]] += 1
                    if rule == "abbreviation":
                        defined[k].add(d["id"])
                        types[k][e["type"]] += 1
                        spellings[k][m["text"]] += 1
    rows = []
    for k, papers in defined.items():
        if len(papers) < args.min_papers:
            continue
        typ, n = types[k].most_common(1)[0]
        if n < 0.9 * sum(types[k].values()):
            continue
        words = k.split()
        for i in (1, 2):
            tail = " ".join(words[i:])
            spelling = spellings[k].most_common(1)[0][0]
            lead = spelling.replace("-", " ").split()[:i]
            if not all(PLAIN_WORD.fullmatch(w) for w in lead):
                break  # "SG-MCMC", "ST-GAN", "3D ...": a short form or a fragment, often of several names
            if len(words) > i and len(listed.get(tail, ())) >= 2 and listed_class[tail].most_common(1)[0][0] == CLASS[typ]:
                rows.append((spelling, typ, len(papers), tail))
                break
    rows.sort(key=lambda r: (-r[2], r[0].lower()))
    with open(args.out, "w", encoding="utf-8") as out:
        for r in rows:
            out.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
