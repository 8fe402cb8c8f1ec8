"""Mine multi-word names the 73k corpus writes as names, with their evidence (session 37, recall42).

    python scripts/mine_corpus_names42.py ../shared/corpus/abstracts-73k.jsonl.gz -o extract/data/corpus_names42.tsv

Every paper of every gold set is left out (mine_corpus_names.unseen_abstracts). Candidates are recall42.candidates42
(a capitalised run mid-sentence, or an eponym with a technique head). For each phrase, counted per paper: papers
writing it exactly so mid-sentence (tc), papers writing it all in lower case (lc), papers defining it with a bracket
holding its initials (acr, read only); papers writing the first word in lower case (fl) and capitalised (fc).
Rows kept by recall42.keep_row42; columns: phrase, shape, tc, lc, acr, fl, fc.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from mine_corpus_names import lower_runs, unseen_abstracts  # noqa: E402

from paperkg.extract.recall42 import acronym_of42, candidates42, keep_row42  # noqa: E402

_LOWER = re.compile(r"[a-z][a-z\-]*")
_ACR = re.compile(r"\(\s*([A-Z][A-Za-z\-]{1,9}?)s?\s*[\),;]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args()
    tc: Counter = Counter()
    shape: dict[str, str] = {}
    texts = []
    for abstract in unseen_abstracts(a.corpus):
        for phrase, sh in {(c[2], c[3]) for c in candidates42(abstract)}:
            tc[phrase] += 1
            shape.setdefault(phrase, sh)
        texts.append(abstract)
    cands = {p for p, c in tc.items() if c >= 3}
    lows = {p.lower(): p for p in cands}
    lc: Counter = Counter()  # by lower-case spelling
    acr: Counter = Counter()
    firsts = {p.split(" ")[0] for p in cands}
    fl: Counter = Counter()
    fc: Counter = Counter()
    for abstract in texts:
        ws = set(re.findall(r"[A-Za-z][A-Za-z\-]*", abstract))
        for f in firsts:
            if f in ws:
                fc[f] += 1
            if f.lower() in ws:
                fl[f] += 1
        # all-lower spellings: each run of 2-4 lower-case words (no punctuation between them)
        for p in lower_runs(abstract, lows):
            lc[p] += 1
        found = set()
        for m in _ACR.finditer(abstract):
            before = abstract[max(0, m.start() - 80):m.start()].rstrip()
            words = before.split(" ")
            for k in (2, 3, 4):
                ph = " ".join(words[-k:])
                ph = ph[:-1] if ph.endswith("s") and ph[:-1] in cands else ph
                if ph in cands and acronym_of42(ph).lower() == m.group(1).lower():
                    found.add(ph)
        for p in found:
            acr[p] += 1
    def row(p: str) -> str:
        f = p.split(" ")[0]
        return f"{p}\t{shape[p]}\t{tc[p]}\t{lc[p.lower()]}\t{acr[p]}\t{fl[f]}\t{fc[f]}"

    rows = [row(p) for p in sorted(cands) if keep_row42(p, shape[p], tc[p], lc[p.lower()], fl[p.split(" ")[0]],
                                                        fc[p.split(" ")[0]])]
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(f"# Multi-word names the corpus writes as names (scripts/mine_corpus_names42.py; {len(texts)} papers, "
                 "every gold set left out).\n# phrase\tshape\tpapers writing it so mid-sentence\tpapers in lower case\t"
                 "papers defining its initials\t"
                 "papers with its first word in lower case\tcapitalised\n")
        fh.write("".join(r + "\n" for r in rows))
    with open(a.out + ".all", "w", encoding="utf-8") as fh:  # every candidate, for reading (not shipped)
        fh.write("".join(row(p) + "\n" for p in sorted(cands)))
    print(len(texts), "papers", len(cands), "candidates", len(rows), "kept", file=sys.stderr)


if __name__ == "__main__":
    main()
