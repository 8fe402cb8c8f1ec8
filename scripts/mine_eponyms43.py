"""Mine recall43's eponym evidence from the 73k corpus (session 38).

    python scripts/mine_eponyms43.py ../shared/corpus/abstracts-73k.jsonl.gz -o extract/data/eponyms43.tsv

Every paper of every gold set is left out (mine_corpus_names.unseen_abstracts). For each eponym (first word of an
eponym row of data/corpus_names42.tsv), counted per paper:
- T: papers writing it mid-sentence before a theory word (recall43.THEORY43: "Turing test", "Rademacher
  complexity"); H: papers writing one of its listed phrases as recall42 finds them ("Turing machines"). A "theory"
  row when T >= 3 and T >= 2 * H.
- for each lower-case word p before it (not a function word): papers writing "p E" (lc) and papers writing "P E"
  with p capitalised mid-sentence (cc). A "prefix" row when lc >= 3 and cc >= 1 ("empirical Bayes", "Empirical
  Bayes").
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from mine_corpus_names import unseen_abstracts  # noqa: E402

from paperkg.extract.recall42 import STOP42, _mid_sentence, candidates42, shipped42  # noqa: E402
from paperkg.extract.recall43 import THEORY43  # noqa: E402

FUNCTION43 = frozenset("""the a an of in on for and or to with by from at as we our this that these its is are be
via using use uses used than such both each their which where when while into over under between also not can""".split())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args()
    eps = sorted({p.split(" ")[0] for p, s in shipped42().items() if s == "eponym"}, key=len, reverse=True)
    names = shipped42()
    pat = re.compile(r"(?:(?<![\w\-])([A-Za-z][a-z\-]*) )?(?<![\w\-])(%s) ([A-Za-z][a-z\-]*)" % "|".join(map(re.escape, eps)))
    t: Counter = Counter()
    h: Counter = Counter()
    lc: dict = defaultdict(Counter)
    cc: dict = defaultdict(Counter)
    for abstract in unseen_abstracts(a.corpus):
        seen_t, seen_h, seen_lc, seen_cc = set(), set(), set(), set()
        for m in pat.finditer(abstract):
            p, e, nxt = m.group(1), m.group(2), m.group(3).lower()
            if nxt in THEORY43 and _mid_sentence(abstract, m.start(2)):
                seen_t.add(e)
            if p and p.lower() not in FUNCTION43 and p.lower() not in STOP42:
                if p[0].islower():
                    seen_lc.add((e, p))
                elif p[1:].islower() and _mid_sentence(abstract, m.start(1)):
                    seen_cc.add((e, p.lower()))
        for c in candidates42(abstract):
            if names.get(c[2]) == "eponym" == c[3]:
                seen_h.add(c[2].split(" ")[0])
        for e in seen_t:
            t[e] += 1
        for e in seen_h:
            h[e] += 1
        for e, p in seen_lc:
            lc[e][p] += 1
        for e, p in seen_cc:
            cc[e][p] += 1
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write("# Eponym evidence for recall43 (scripts/mine_eponyms43.py; every gold set left out).\n")
        fh.write("# theory\teponym\tT papers before a theory word\tH papers before a technique head\n")
        fh.write("# prefix\teponym\tmodifier\tpapers in lower case\tpapers capitalised mid-sentence\n")
        for e in sorted(eps):
            if t[e] >= 3 and t[e] >= 2 * h[e]:
                fh.write(f"theory\t{e}\t{t[e]}\t{h[e]}\n")
        for e in sorted(eps):
            for p, n in sorted(lc[e].items()):
                if n >= 3 and cc[e][p] >= 1:
                    fh.write(f"prefix\t{e}\t{p}\t{n}\t{cc[e][p]}\n")
    for e in sorted(eps):
        print(e, "T", t[e], "H", h[e], file=sys.stderr)


if __name__ == "__main__":
    main()
