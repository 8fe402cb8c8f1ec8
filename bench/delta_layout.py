"""A pickled delta (bench/load_step_delta.py) in the other evidence layout, to apply the same delta with the
code of either layout (the load_step_*.py scripts):
    python bench/delta_layout.py old|new IN.pkl OUT.pkl
old: every evidence table gets schema.OLD_EVIDENCE_PROPS back (`sentence`, the first of `sentences`, as
paperkg wrote it before session 15); new: those columns dropped."""
import pickle, sys
from paperkg.graph import schema
to, src, out = sys.argv[1:4]
delta = pickle.load(open(src, "rb"))
old = [name for name, _ in schema.OLD_EVIDENCE_PROPS]
n = 0
for key, df in list(delta.tables.rels.items()):
    if "sentences" not in df.columns:
        continue
    df = df.drop(columns=[c for c in old if c in df.columns])
    if to == "old":
        df.insert(2, "sentence",
                  [s[0] if s is not None and len(s) else None for s in df["sentences"]])
    delta.tables.rels[key] = df
    n += 1
pickle.dump(delta, open(out, "wb"))
print(f"{n} evidence tables in the {to} layout")
