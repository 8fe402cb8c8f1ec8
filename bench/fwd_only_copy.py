"""A copy of a LadybugDB store with its paper -> entity relationship tables (schema.PAPER_ENTITY_RELS) rebuilt
`WITH (storage_direction='fwd')`, rows unchanged, timed; then `paperkg check` of the copy (same counts, digests):
    python bench/fwd_only_copy.py BASE OUT
(The store code keeps both directions: the copy is for measuring queries, bench/fwd_only_queries.py. The code
that also loads into such a copy is on branch load6-fwd-trial.)"""
import os, resource, sys, time
from common import fresh_store_copy  # bench/
from paperkg.graph import check, schema
from paperkg.graph.store_ladybug import LadybugStore, _copy_frame, _q
base, out = sys.argv[1:3]
fresh_store_copy(base, out)
t, c = time.perf_counter(), time.process_time()
s = LadybugStore(out)
for rel in dict.fromkeys(schema.PAPER_ENTITY_RELS):
    rts = [rt for rt in schema.REL_TYPES if rt.type == rel]
    tmp = f"{rel}_fwd_only"
    pairs = [f"FROM {_q(r.source)} TO {_q(r.target)}" for r in rts]
    props = [f"{_q(n)} {t}" for n, t in rts[0].properties]
    s._exec(f"CREATE REL TABLE {_q(tmp)}({', '.join(pairs + props)}) WITH (storage_direction='fwd')")
    for rt in rts:
        sk, dk = schema.NODE_BY_LABEL[rt.source].key, schema.NODE_BY_LABEL[rt.target].key
        cols = "".join(f", r.{_q(n)} AS {_q(n)}" for n, _ in rt.properties)
        rows = s.run(f"MATCH (a:{_q(rt.source)})-[r:{_q(rel)}]->(b:{_q(rt.target)}) RETURN a.{_q(sk)} AS src, b.{_q(dk)} AS dst{cols}")
        if len(rows):
            frame = _copy_frame(rows, (("src", schema.STRING), ("dst", schema.STRING)) + rt.properties)
            s._exec(f"COPY {_q(tmp)} FROM $df (from='{rt.source}', to='{rt.target}')", {"df": frame})
    had, has = (s._scalar(f"MATCH ()-[r:{_q(x)}]->() RETURN count(r)") for x in (rel, tmp))
    assert had == has, (rel, had, has)
    s._exec(f"DROP TABLE {_q(rel)}")
    s._exec(f"ALTER TABLE {_q(tmp)} RENAME TO {_q(rel)}")
s._exec("CHECKPOINT")
print(f"rebuilt in wall {time.perf_counter()-t:.1f} s cpu {time.process_time()-c:.1f} s; file {os.path.getsize(base)/2**20:.0f}"
      f" -> {os.path.getsize(out)/2**20:.0f} MB; peak rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB;"
      f" load {os.getloadavg()[0]:.1f}", flush=True)
t = time.perf_counter()
print("check:", check.check_store(s).problems or "OK", f"({time.perf_counter()-t:.1f} s)")
s.close()
