"""A store built in parts (A) against the one-shot build of the same corpus (B), at corpus scale.

    python bench/parts_check.py A.lbdb B.lbdb

Digests of every table (check.table_digests), the Paper rows without `source`, the Extraction data and
resolution fingerprints, the word index as the rows stand for it (terms.logical), and the row counts."""
import sys
from paperkg.graph.store import open_store
from paperkg.graph import check
from paperkg.graph.terms import logical
def load(path):
    with open_store("ladybug", path, read_only=True) as s:
        d = check.table_digests(s)
        p = s.run("MATCH (p:Paper) RETURN p.id AS id, p.title AS t, p.abstract AS a, p.year AS y, p.venue AS v")
        prow = sorted(repr(r) for r in p.astype(object).where(p.notna(), None).itertuples(index=False, name=None))
        x = s.run("MATCH (x:Extraction) RETURN x.id AS id, x.data AS d, x.resolved AS r")
        xrow = dict(zip(x["id"], zip(x["d"], x["r"])))
        t = s.run("MATCH (t:Term) RETURN t.key AS k, t.ids AS ids")
        terms = logical((k, list(v)) for k, v in zip(t["k"], t["ids"]))
        counts = s.counts()
    return d, prow, xrow, terms, counts, len(t)
A, B = load(sys.argv[1]), load(sys.argv[2])
eq = [k for k in A[0] if A[0][k] == B[0].get(k)]
print("digested tables equal", len(eq), "of", len(A[0]), "; differing:", sorted(set(A[0]) ^ set(eq)))
print("Paper rows without source equal:", A[1] == B[1], len(A[1]))
same_data = sum(A[2][i][0] == B[2].get(i, (None,))[0] for i in A[2]); same_fp = sum(A[2][i][1] == B[2].get(i, (None, None))[1] for i in A[2])
print("Extraction rows", len(A[2]), len(B[2]), "data equal", same_data, "fingerprints equal", same_fp)
print("word index equal:", A[3] == B[3], len(A[3]), "words; Term rows", A[5], B[5])
print("counts differing:", {k: (A[4][k], B[4].get(k)) for k in A[4] if A[4][k] != B[4].get(k)})
