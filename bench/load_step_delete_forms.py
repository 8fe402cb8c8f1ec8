"""The delta's relationship deletes in three forms, each run in a transaction rolled back, timed (CPU, wall):
    python bench/load_step_delete_forms.py STORE_COPY DELTA.pkl   (a copy: it is opened for writing)"""
import os, pickle, sys, time
from paperkg.graph import schema, store_ladybug
work, dpath = sys.argv[1:3]
delta = pickle.load(open(dpath, "rb"))
s = store_ladybug.LadybugStore(work)
FORMS = {
 "one pattern": "UNWIND $rows AS r MATCH (a:`{S}` {{`{sk}`: r.src}})-[e:`{T}`]->(b:`{D}` {{`{dk}`: r.dst}}) DELETE e RETURN count(*)",
 "from a":      "UNWIND $rows AS r MATCH (a:`{S}` {{`{sk}`: r.src}}) MATCH (a)-[e:`{T}`]->(b:`{D}`) WHERE b.`{dk}` = r.dst DELETE e RETURN count(*)",
 "optional":    "UNWIND $rows AS r MATCH (a:`{S}` {{`{sk}`: r.src}}) OPTIONAL MATCH (a)-[e:`{T}`]->(b:`{D}`) WITH r, e, b WHERE b.`{dk}` = r.dst DELETE e RETURN count(*)",
}
for rnd in range(2):
    for name, form in FORMS.items():
        tot_w = tot_c = 0.0; n = 0
        s._exec("BEGIN TRANSACTION")
        for rt in schema.REL_TYPES:
            pairs = delta.delete_rels.get((rt.type, rt.source, rt.target))
            if not pairs: continue
            q = form.format(S=rt.source, T=rt.type, D=rt.target, sk=schema.NODE_BY_LABEL[rt.source].key, dk=schema.NODE_BY_LABEL[rt.target].key)
            t, c = time.perf_counter(), time.process_time()
            done = s._scalar(q, {"rows": [{"src": a, "dst": b} for a, b in pairs]})
            tot_w += time.perf_counter() - t; tot_c += time.process_time() - c
            assert done == len(pairs), (name, rt, done, len(pairs)); n += done
        s._exec("ROLLBACK")
        print(f"{name:12s} {n} rows deleted: wall {tot_w:.3f} cpu {tot_c:.3f} load {os.getloadavg()[0]:.1f}")
s.close()
