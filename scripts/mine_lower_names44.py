"""Mine lower-case multi-word technique names the 73k corpus defines with an acronym (session 38, recall44).

    python scripts/mine_lower_names44.py ../shared/corpus/abstracts-73k.jsonl.gz -o extract/data/lower_names44.tsv

Every paper of every gold set is left out (mine_corpus_names.unseen_abstracts). A phrase of 2-4 lower-case words is
counted in a paper when the paper defines it with a bracket holding its initials ("model predictive control (MPC)",
"long short-term memory (LSTM)"): acr = papers doing so. lc = papers writing the phrase in lower case at all. Rows
kept by recall44.keep_row44 (acr >= 2, a technique head, lc <= 8 acr and <= 300); columns: phrase, acr, lc.
"""
from __future__ import annotations

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from mine_corpus_names import count_lower_phrases  # noqa: E402

from paperkg.extract.recall44 import defined_phrases44, keep_row44  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args()
    acr, lc = count_lower_phrases(a.corpus, defined_phrases44)
    cands = set(acr)
    rows = sorted((p for p in cands if keep_row44(p, acr[p], lc[p])), key=lambda p: (-acr[p], p))
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write("# lower-case technique names defined with an acronym in 2+ corpus papers (scripts/mine_lower_names44.py)\n")
        fh.write("# phrase\tacr\tlc\n")
        for p in rows:
            fh.write(f"{p}\t{acr[p]}\t{lc[p]}\n")
    print(len(rows), "rows", file=sys.stderr)


if __name__ == "__main__":
    main()
