"""`paperkg load --replace` at scale: a new extraction of 1,000 stored papers replacing their facts in a 20,000-paper
LadybugDB store, against loading the same 1,000 papers fresh into the store without them, and against loading
all 20,000 again into a new store (the rebuild a user had before). Then the replaced store against that rebuild.

    python bench/bench_replace.py P20K.jsonl NEW1K.jsonl WORK

P20K.jsonl: 20,000 extracted papers (`paperkg extract` of the corpus's first 20,000 abstracts); NEW1K.jsonl: 1,000 of
them extracted again on their own (another corpus-wide resolution: facts differ, texts are the same). Each step
runs `paperkg load` under /usr/bin/time -v on a fresh copy of its base store: CPU (user + sys) and max RSS.
Writes bench/results/replace.json."""
import json
import subprocess
import sys
from pathlib import Path

from common import REPO, fresh_store_copy, log, machine, save  # bench/

PAPERKG = str(Path(sys.executable).with_name("paperkg"))


def timed(*args: str) -> dict:
    """`paperkg ARGS` under /usr/bin/time -v: exit code, wall, CPU (user + sys) and max RSS."""
    proc = subprocess.run(["/usr/bin/time", "-v", PAPERKG, *args], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=REPO)
    if proc.returncode != 0:
        raise SystemExit(f"paperkg {' '.join(args)} failed: {proc.stderr[-2000:]}")
    stats = dict(line.strip().rsplit(": ", 1) for line in proc.stderr.splitlines() if ": " in line and line.startswith("\t"))
    wall = stats["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
    return {"cpu_s": round(float(stats["User time (seconds)"]) + float(stats["System time (seconds)"]), 2),
            "wall_s": round(sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall))), 2),
            "max_rss_mb": round(int(stats["Maximum resident set size (kbytes)"]) / 1024, 1)}


def write_lines(path: Path, lines) -> str:
    path.write_text("".join(lines))
    return str(path)


def compare(a: str, b: str) -> dict:
    """Tables whose digests differ, the word index as its rows stand for it, and the entity nodes that differ."""
    from paperkg.graph import check, schema
    from paperkg.graph.store import open_store
    from paperkg.graph.terms import logical

    def read(path):
        with open_store("ladybug", path, read_only=True) as s:
            t = s.run("MATCH (t:Term) RETURN t.key AS k, t.ids AS ids")
            nodes = {}
            for label in schema.ENTITY_LABELS:
                df = s.run(f"MATCH (n:{label}) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, n.papers AS papers")
                nodes.update({(label, r["key"]): (r["name"], sorted(r["aliases"]), r["papers"]) for r in df.to_dict("records")})
            return (check.table_digests(s), logical((k, list(v)) for k, v in zip(t["k"], t["ids"])), nodes, s.counts())

    (da, ta, na, ca), (db, tb, nb, cb) = read(a), read(b)
    differ = [k for k in sorted(set(da) | set(db)) if da.get(k) != db.get(k)]
    nodes = [k for k in sorted(set(na) | set(nb)) if na.get(k) != nb.get(k)]
    return {"tables_differing": differ, "tables": len(da), "word_index_equal": ta == tb,
            "counts_differing": {k: (ca[k], cb.get(k)) for k in ca if ca[k] != cb.get(k)},
            "entity_nodes_differing": len(nodes), "examples": [[*k, na.get(k), nb.get(k)] for k in nodes[:5]]}


def main() -> None:
    p20k, new1k, work = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    new_ids = {json.loads(line)["id"] for line in new1k.open()}
    lines = p20k.read_text().splitlines(keepends=True)
    rest = [line for line in lines if json.loads(line)["id"] not in new_ids]
    p19k = write_lines(work / "p19k.jsonl", rest)
    once = write_lines(work / "once.jsonl", rest + new1k.read_text().splitlines(keepends=True))
    log(f"{len(lines)} papers, {len(new_ids)} extracted again, {len(rest)} kept")
    base20, base19 = str(work / "base20k.lbdb"), str(work / "base19k.lbdb")
    for base, src in ((base20, str(p20k)), (base19, p19k)):
        if not Path(base).exists():
            log(f"building {base}")
            timed("load", src, "--db", base)
    out = {"machine": machine(), "papers": len(lines), "replaced": len(new_ids)}
    runs = []
    for i in range(int(sys.argv[4]) if len(sys.argv) > 4 else 2):
        copy20, copy19, rebuilt = str(work / "r20k.lbdb"), str(work / "f19k.lbdb"), str(work / "once.lbdb")
        fresh_store_copy(base20, copy20)
        fresh_store_copy(base19, copy19)
        for path in (rebuilt, rebuilt + ".wal"):
            Path(path).unlink(missing_ok=True)
        run = {"replace": timed("load", str(new1k), "--db", copy20, "--replace"),
               "fresh": timed("load", str(new1k), "--db", copy19),
               "rebuild": timed("load", once, "--db", rebuilt)}
        log(f"run {i + 1}: {run}")
        runs.append(run)
    out["runs"] = runs
    out["check"] = subprocess.run([PAPERKG, "check", "--db", str(work / "r20k.lbdb")], stdout=subprocess.PIPE,
                                  text=True).stdout.strip()
    out["replaced_vs_rebuild"] = compare(str(work / "r20k.lbdb"), str(work / "once.lbdb"))
    log(json.dumps(out["replaced_vs_rebuild"])[:2000])
    print(json.dumps(out, indent=1))
    save("replace", out)


if __name__ == "__main__":
    main()
