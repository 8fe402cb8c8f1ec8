"""Forms of a scoped relationship read (the load step's digest and known-pair reads) on a store, read-only:
    python bench/scoped_rel_read.py STORE"""
import sys, time
from paperkg.graph import schema
from paperkg.graph.store import open_store
s = open_store("ladybug", sys.argv[1], read_only=True)
ids = s.run("MATCH (p:Paper) RETURN p.id AS id")["id"].tolist()
cols = "a.id, b.key, " + ", ".join(f"r.`{name}`" for name, _ in schema.EVIDENCE_PROPS)  # the store's layout
forms = {
    "one pattern": "UNWIND $keys AS k MATCH (a:Paper {id: k})-[r:ADDRESSES]->(b:Task) RETURN " + cols,
    "optional from a": "UNWIND $keys AS k MATCH (a:Paper {id: k}) OPTIONAL MATCH (a)-[r:ADDRESSES]->(b:Task) "
                       "WITH a, r, b WHERE b IS NOT NULL RETURN " + cols,
    "one pattern, keys": "UNWIND $keys AS k MATCH (a:Paper {id: k})-[r:ADDRESSES]->(b:Task) RETURN a.id, b.key",
    "optional, keys": "UNWIND $keys AS k MATCH (a:Paper {id: k}) OPTIONAL MATCH (a)-[r:ADDRESSES]->(b:Task) "
                      "WITH a, b WHERE b IS NOT NULL RETURN a.id, b.key",
}
for n in (10, 1195, 5000):
    keys = ids[:: max(1, len(ids) // n)][:n]  # spread over the store; all of a smaller one
    for name, q in forms.items():
        s.run(q, {"keys": keys})
        t, c = time.perf_counter(), time.process_time()
        for _ in range(3):
            df = s.run(q, {"keys": keys})
        print(f"{len(keys):5d} papers  {name:18s} rows {len(df):5d}  wall {(time.perf_counter()-t)/3*1000:7.1f} ms  "
              f"cpu {(time.process_time()-c)/3*1000:7.1f} ms", flush=True)
