"""Shared by the unit and Neo4j tests of building a store in parts (graph/incremental.py)."""

import json
import math
from pathlib import Path

from paperkg.graph import schema
from paperkg.graph.terms import logical

# Made-up papers (not from any gold file). The acronym FroGD is defined in part one and used bare in part two;
# "Zorblax" is called a dataset in part one and named without a cue in part two.
PART_ONE = [
    {"id": "p1", "title": "Frobnicated descent", "year": 2019, "venue": "nips",
     "abstract": "We propose Frobnicated Gradient Descent (FroGD), a new optimizer. We evaluate FroGD on the Zorblax "
                 "dataset and on CIFAR-10, where FroGD outperforms Adam."},
    {"id": "p2", "title": "Quux nets", "year": 2020, "venue": "iclr",
     "abstract": "We introduce QuuxNet, a convolutional network. Experiments on the Zorblax dataset show that "
                 "QuuxNet improves accuracy over ResNet-50."},
]
PART_TWO = [
    {"id": "p3", "title": "Faster frobnication", "year": 2021, "venue": "icml",
     "abstract": "FroGD converges slowly on large batches. We study FroGD with warm restarts on Zorblax and "
                 "ImageNet and report accuracy gains."},
    {"id": "p4", "title": "Robust optimisers", "year": 2022, "venue": "iclr",
     "abstract": "Adaptive optimizers such as Adam are popular. We train QuuxNet with Adam on Zorblax and "
                 "compare it with SGD."},
]


def write_jsonl(path: Path, rows) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def snapshot(store) -> dict:
    """Every node and relationship of the store with its properties, sorted: what two builds must share."""
    out = {}
    for nt in schema.STORED_NODE_TYPES:
        cols = ", ".join(f"n.`{n}` AS `{n}`" for n, _ in nt.properties)
        df = store.run(f"MATCH (n:{nt.label}) RETURN {cols}")
        if nt == schema.TERM:  # the index the rows stand for: a build in parts keeps new papers in recent rows
            index = logical((k, list(v)) for k, v in zip(df["key"], df["ids"])) if len(df) else {}
            out[nt.label] = sorted(json.dumps({"key": k, "ids": v}) for k, v in index.items())
            continue
        out[nt.label] = sorted(json.dumps(r, sort_keys=True, default=str) for r in df.to_dict("records"))
    for rt in schema.REL_TYPES:
        src, dst = schema.NODE_BY_LABEL[rt.source].key, schema.NODE_BY_LABEL[rt.target].key
        cols = "".join(f", e.`{n}` AS `{n}`" for n, _ in rt.properties)
        df = store.run(f"MATCH (a:{rt.source})-[e:{rt.type}]->(b:{rt.target}) RETURN a.`{src}` AS s, b.`{dst}` AS d{cols}")
        out[f"{rt.type}:{rt.source}:{rt.target}"] = sorted(
            json.dumps(r, sort_keys=True, default=str) for r in df.to_dict("records"))
    return out


# A short form with one sense in the first batch (a method) and another sense, defined by three papers, in
# the second: the bare use in "q2" then no longer means the method, and its old link has to go.
QuEM_FIRST = [
    {"id": "q1", "title": "Entropy models", "year": 2018, "venue": "nips",
     "abstract": "We propose the Quantum Entropy Model (QuEM), a new approach to density estimation with "
                 "quantum circuits. QuEM is trained by contrastive divergence."},
    {"id": "q2", "title": "Mesh simplification", "year": 2019, "venue": "cvpr",
     "abstract": "Mesh simplification with QuEM keeps the surface error of decimated triangles low. We compare "
                 "vertex placement strategies under QuEM on scanned meshes and report the geometric error."},
]
QuEM_SECOND = [
    {"id": f"q{i}", "title": f"Decimation {i}", "year": 2020, "venue": "siggraph",
     "abstract": f"The quadratic error metric (QuEM) measures the surface error of mesh simplification. We "
                 f"collapse edges of triangle meshes by QuEM cost, variant {i}, and keep vertex placement stable."}
    for i in (3, 4, 5)
]


def normalised(snap: dict) -> dict:
    """Store answers with values compared across stores: NaN and None alike, floats rounded."""
    def norm(line: str) -> str:
        row = json.loads(line)
        return json.dumps({k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()},
                          sort_keys=True)
    return {k: sorted(norm(x) for x in v) for k, v in snap.items()}
