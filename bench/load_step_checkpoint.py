"""How much of the checkpoint is each direction / the evidence columns (ADDRESSES copied to test tables):
    python bench/load_step_checkpoint.py BASE DELTA.pkl WORK"""
import os, pickle, sys, time
from common import fresh_store_copy  # bench/
import ladybug
from paperkg.graph import schema
from paperkg.graph.store_ladybug import _copy_frame, _q
base, dpath, work = sys.argv[1:4]
delta = pickle.load(open(dpath, "rb"))
fresh_store_copy(base, work)
db = ladybug.Database(work)
c = ladybug.Connection(db, num_threads=1)
x = lambda q, p=None: c.execute(q, p or {})
x("CALL auto_checkpoint=false")
def ckpt(what):
    t, cpu = time.perf_counter(), time.process_time()
    x("CHECKPOINT")
    print(f"{what}: checkpoint wall {time.perf_counter()-t:.2f} s cpu {time.process_time()-cpu:.2f} s, file {os.path.getsize(work)/2**20:.0f} MB, load {os.getloadavg()[0]:.1f}", flush=True)
props = next(rt for rt in schema.REL_TYPES if rt.type == "ADDRESSES").properties
cols = ", ".join(f"{_q(n)} {t}" for n, t in props)
x(f"CREATE REL TABLE A_both(FROM Paper TO Task, {cols})")
x(f"CREATE REL TABLE A_fwd(FROM Paper TO Task, {cols}) WITH (storage_direction='fwd')")
x(f"CREATE REL TABLE A_bare(FROM Paper TO Task)")
ret = ", ".join(f"r.{_q(n)} AS {_q(n)}" for n, _ in props)
old = x(f"MATCH (a:Paper)-[r:ADDRESSES]->(b:Task) RETURN a.id AS src, b.key AS dst, {ret}").get_as_df()
for t in ("A_both", "A_fwd"):
    x(f"COPY {t} FROM $df", {"df": old})
x("COPY A_bare FROM $df", {"df": old[["src", "dst"]]})
ckpt(f"setup ({len(old)} rows each)")
papers = delta.tables.nodes["Paper"]
frame = _copy_frame(papers, schema.PAPER.properties)
x("COPY Paper FROM $df", {"df": frame})
ckpt(f"{len(frame)} Paper rows")
new = delta.tables.rels[("ADDRESSES", "Paper", "Task")]
tasks = set(x("MATCH (t:Task) RETURN t.key AS k").get_as_df()["k"])
new = new[new["src"].isin(set(papers["id"])) & new["dst"].isin(tasks)]
newf = _copy_frame(new, (("src", "STRING"), ("dst", "STRING")) + props)
for t in ("A_both", "A_fwd", "ADDRESSES"):
    x(f"COPY {t} FROM $df", {"df": newf})
    ckpt(f"{len(newf)} new papers' rows into {t}")
x("COPY A_bare FROM $df", {"df": newf[["src", "dst"]]})
ckpt(f"{len(newf)} rows into A_bare (no properties)")
t = time.perf_counter()
n = x("MATCH (a:Paper)-[r:A_fwd]->(b:Task {key: $k}) RETURN count(*)", {"k": newf["dst"].iloc[0]}).get_as_df()
print("a bwd-direction query on the fwd-only table:", n.iloc[0, 0], f"{time.perf_counter()-t:.2f} s")
