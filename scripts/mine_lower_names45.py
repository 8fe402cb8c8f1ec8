"""Mine lower-case technique names the 73k corpus uses bare after a technique cue (session 39, recall45).

    python scripts/mine_lower_names45.py ../shared/corpus/abstracts-73k.jsonl.gz -o extract/data/lower_names45.tsv

Every paper of every gold set is left out (mine_corpus_names.unseen_abstracts). A phrase of 2-3 lower-case words is
counted in a paper (cue) when the paper writes it with no article right after a technique cue ("via score matching,",
"using natural gradient to", "with negative sampling and") and closes it there (punctuation or a function word):
the way a technique name is written, not a count noun. lc = papers writing the phrase in lower case at all. Rows
kept by recall45.keep_row45; columns: phrase, cue, lc.
"""
from __future__ import annotations

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from mine_corpus_names import count_lower_phrases  # noqa: E402

from paperkg.extract.recall45 import cued_phrases45, keep_row45  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--all", help="also write every candidate with cue >= 2 here (for reading)")
    a = ap.parse_args()
    cue, lc = count_lower_phrases(a.corpus, cued_phrases45)
    cands = set(cue)
    if a.all:
        with open(a.all, "w", encoding="utf-8") as fh:
            for p in sorted(cands, key=lambda p: (-cue[p], p)):
                fh.write(f"{p}\t{cue[p]}\t{lc[p]}\t{int(keep_row45(p, cue[p], lc[p]))}\n")
    rows = sorted((p for p in cands if keep_row45(p, cue[p], lc[p])), key=lambda p: (-cue[p], p))
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write("# lower-case technique names 3+ corpus papers write bare after a technique cue "
                 "(scripts/mine_lower_names45.py)\n")
        fh.write("# phrase\tcue\tlc\n")
        for p in rows:
            fh.write(f"{p}\t{cue[p]}\t{lc[p]}\n")
    print(len(rows), "rows", file=sys.stderr)


if __name__ == "__main__":
    main()
