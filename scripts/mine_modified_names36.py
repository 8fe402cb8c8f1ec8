"""Mine "modifier + known name" spellings written the same way in several papers of a 73k build (issue 10,
session 32, recall36): "structural SVM", "MMD GANs", "group lasso".

    python scripts/mine_modified_names36.py /tmp/lead/start32/papers.jsonl -o extract/data/modified_names36.tsv

PAPERS is `paperkg build -o` output. Every paper of every gold set is left out (mine_corpus_names.gold_keys). For each
abstract mention of a method or model that the lists found (a `gazetteer:` or `lexicon:` rule), the one or two words
right before it (one space apart, no other entity's mention among them) make a longer spelling. A spelling is kept
when, written exactly so (same words, same case), it stands before the listed name in >= --min-papers papers, and
every modifier word is a plain word (recall27.plain_modifier27, recall36.plain_modifier36).
Writes name<TAB>type<TAB>papers<TAB>listed name, most papers first.
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

from paperkg.extract.recall36 import modifier_ok36  # noqa: E402

TYPES = ("method", "model")
BEFORE = re.compile(r"(?:(?<![\w\-+/@.#'])([A-Za-z][\w\-]*) )?(?<![\w\-+/@.#'])([A-Za-z][\w\-]*) $")

WORD_NEXT = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*)(?= (the|a|an|our|their|its|this|these|those|it|them|we|to|that|which)\b)?")
VERB_SHARE = 0.045  # of a word's uses in the corpus, before an article, a pronoun or "to"
VERB_SHARE_ING = 0.02  # the same for an "-ing" word ("pre-training BERT")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("papers")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--min-papers", type=int, default=3)
    args = ap.parse_args()
    keys = gold_keys()
    papers: dict[str, set[str]] = defaultdict(set)
    types: dict[str, Counter] = defaultdict(Counter)
    base: dict[str, str] = {}
    with open(args.papers, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            p = PaperRow(d)
            if is_gold(p, keys):
                continue
            text = p.abstract
            spans = [(m["start"], m["end"]) for e in d["entities"] for m in e["mentions"]
                     if m.get("field", "abstract") == "abstract"]
            for e in d["entities"]:
                if e["type"] not in TYPES:
                    continue
                for m in e["mentions"]:
                    if m.get("field", "abstract") != "abstract" or not (m.get("rule") or "").startswith(
                            ("gazetteer:", "lexicon:")):
                        continue
                    start = m["start"]
                    mm = BEFORE.search(text, max(0, start - 60), start)
                    if mm is None:
                        continue
                    for g in (2, 1):
                        q = mm.start(g) if mm.group(g) is not None else None
                        if q is None:
                            continue
                        if any(s < start and q < e2 for s, e2 in spans):
                            break  # another mention among the modifier words
                        words = text[q:start].split()
                        if not all(modifier_ok36(w) for w in words):
                            break
                        spelling = text[q:m["end"]]
                        papers[spelling].add(d["id"])
                        types[spelling][e["type"]] += 1
                        base[spelling] = m["text"]
    kept = {s: ps for s, ps in papers.items() if len(ps) >= args.min_papers}
    # A modifier the corpus often writes right before an article, a pronoun or "to" is a verb or a preposition
    # ("like BERT", "fine-tuning BERT", "outperforms BERT"), not part of a name.
    words = {w.lower() for s in kept for w in s[: -len(base[s])].split()}
    total, before = Counter(), Counter()
    with open(args.papers, encoding="utf-8") as fh:
        for line in fh:
            for m in WORD_NEXT.finditer(json.loads(line).get("abstract") or ""):
                w = m.group(1).lower()
                if w in words:
                    total[w] += 1
                    before[w] += m.group(2) is not None
    verbs = {w for w in words if before[w] >= VERB_SHARE * total[w] or (w.endswith("ing") and before[w] >= VERB_SHARE_ING * total[w])}
    rows = [(s, types[s].most_common(1)[0][0], len(ps), base[s]) for s, ps in kept.items()
            if not any(w.lower() in verbs for w in s[: -len(base[s])].split())]
    rows.sort(key=lambda r: (-r[2], r[0].lower()))
    with open(args.out, "w", encoding="utf-8") as out:
        for r in rows:
            out.write("\t".join(map(str, r)) + "\n")
    print(f"{len(rows)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
