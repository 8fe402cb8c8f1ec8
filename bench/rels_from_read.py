"""Time graph/incremental.py's rels_from as an addition calls it (the stored papers a pickled delta rewrites, their
results, IN_FAMILY whole), CPU and wall, 5 runs:   python bench/rels_from_read.py STORE DELTA.pkl"""
import os, pickle, sys, time
from paperkg.graph import incremental, schema
from paperkg.graph.store import open_store
db, dpath = sys.argv[1:3]
delta = pickle.load(open(dpath, "rb"))
ids = sorted({p if isinstance(p, str) else p.id for p in delta.papers})
with open_store("ladybug", db, read_only=True) as s:
    old_ids = sorted(s.run("UNWIND $k AS k MATCH (p:Paper {id: k}) RETURN p.id AS id", {"k": ids})["id"])
    for i in range(5):
        t, c = time.perf_counter(), time.process_time()
        rels = incremental.rels_from(s, schema.PAPER.label, old_ids)
        res = sorted({d for (r, _, _), v in rels.items() if r == schema.REPORTS_RESULT for _, d in v})
        rels.update(incremental.rels_from(s, schema.RESULT.label, res))
        incremental.rels_from(s, schema.MODEL.label, None, only=(schema.IN_FAMILY, schema.MODEL.label, schema.MODEL_FAMILY.label))
        print(f"{len(old_ids)} papers, {len(res)} results, {sum(map(len, rels.values()))} rows: "
              f"wall {time.perf_counter()-t:.3f} s cpu {time.process_time()-c:.3f} s load {os.getloadavg()[0]:.1f}")
