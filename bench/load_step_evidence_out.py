"""What the load step would gain with the evidence text out of the relationship tables (measuring only):
    python bench/load_step_evidence_out.py strip STORE DELTA.pkl OUT          # OUT, OUT.pkl: the stripped layout
    python bench/load_step_evidence_out.py apply STORE DELTA.pkl WORK         # time the apply on a fresh copy

`strip` copies STORE to OUT with every evidence relationship's `sentences` set to NULL and the first sentence's
text (`sentences[1]`) kept instead in a node table `EvidenceText` (key "paper#sentence_index", text): the layout
where links hold only offsets. The delta is stripped the same way (OUT.pkl), its texts written as new
EvidenceText rows in the same transaction as the delta. `apply` applies a delta to a fresh copy of a store (the
original's or the stripped pair) and prints the wall and CPU of the apply and of the copy's CHECKPOINT. No query
reads this layout: it only bounds what the change could save. (Session 14's `strip-first`, only the first
sentence's second copy `sentence` dropped, was built in session 15: stores no longer have that column.)"""
import os
import pickle
import shutil
import sys
import time

from common import PartTimes, checkpoint_labels, fresh_store_copy  # bench/
from paperkg.graph import schema, store_ladybug

EVIDENCE_RELS = [rt for rt in schema.REL_TYPES if rt.properties == schema.EVIDENCE_PROPS]


def _rows(df) -> list[dict]:
    """EvidenceText rows of relationship rows: the first sentence's text keyed "paper#sentence_index"."""
    return [{"k": f"{s}#{i}", "t": sentences[0]} for s, i, sentences in
            zip(df["src"], df["sentence_index"], df["sentences"]) if sentences is not None and len(sentences)]


def strip(base: str, dpath: str, out: str) -> None:
    shutil.copyfile(base, out)
    s = store_ladybug.LadybugStore(out)
    s._exec("CREATE NODE TABLE IF NOT EXISTS EvidenceText(key STRING, text STRING, PRIMARY KEY (key))")
    seen = set()
    for rt in EVIDENCE_RELS:
        df = s.run(f"MATCH (a:{rt.source})-[r:{rt.type}]->(b:{rt.target}) RETURN a.id AS src, "
                   "r.sentence_index AS sentence_index, r.sentences AS sentences")
        rows = list({r["k"]: r for r in _rows(df) if r["k"] not in seen}.values())
        seen.update(r["k"] for r in rows)
        for k in range(0, len(rows), 20000):
            s._exec("UNWIND $rows AS r CREATE (:EvidenceText {key: r.k, text: r.t})", {"rows": rows[k:k + 20000]})
        s._exec(f"MATCH (:{rt.source})-[r:{rt.type}]->(:{rt.target}) SET r.sentences = NULL")
    s._exec("CHECKPOINT")
    s.close()
    delta = pickle.load(open(dpath, "rb"))
    texts = []
    for key, df in delta.tables.rels.items():
        if "sentences" in df.columns:
            texts += [r for r in _rows(df) if r["k"] not in seen]
            df["sentences"] = None
    delta.evidence_texts = list({r["k"]: r for r in texts}.values())
    with open(out + ".pkl", "wb") as fh:
        pickle.dump(delta, fh)
    print(f"{len(seen)} texts moved; the delta brings {len(delta.evidence_texts)}; file {os.path.getsize(out) >> 20} MB")


def apply(base: str, dpath: str, work: str) -> None:
    delta = pickle.load(open(dpath, "rb"))
    fresh_store_copy(base, work)
    times = PartTimes()
    times.wrap_exec(checkpoint_labels("CHECKPOINT "))
    texts = getattr(delta, "evidence_texts", None)
    if texts:
        orig_apply = store_ladybug.LadybugStore._apply

        def _apply(self, d, before):
            self._exec("UNWIND $rows AS r CREATE (:EvidenceText {key: r.k, text: r.t})", {"rows": texts})
            return orig_apply(self, d, before)
        store_ladybug.LadybugStore._apply = _apply
    size0 = os.path.getsize(work)
    s = store_ladybug.LadybugStore(work)
    t, c = time.perf_counter(), time.process_time()
    s.apply(delta)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    s.close()
    ck_wall, ck_cpu, _ = times.parts["CHECKPOINT copy"]
    print(f"apply wall {wall:.2f} s cpu {cpu:.2f} s; copy's CHECKPOINT wall {ck_wall:.2f} s cpu {ck_cpu:.2f} s; "
          f"file {size0 >> 20} -> {os.path.getsize(work) >> 20} MB; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    {"strip": strip, "apply": apply}[sys.argv[1]](*sys.argv[2:5])
