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


# Additions that flip a corpus-level decision about papers already in the store (made-up papers): each case is
# (stored part, added part, a query on a stored paper's links, its answer before the addition, after it).
FLIPS = {
    # An acronym the stored paper uses bare is defined only by the added papers: the bare use takes its sense.
    "defined-later": (
        [{"id": "f1", "title": "Tree ensembles", "year": 2019, "venue": "icml",
          "abstract": "We train VQRT on tabular data and compare VQRT with gradient boosting on CIFAR-10."}],
        [{"id": f"f{i}", "title": f"Quantile trees {i}", "year": 2020, "venue": "nips",
          "abstract": "We propose Variational Quantile Regression Trees (VQRT), a method for calibrated "
                      f"uncertainty. VQRT fits leaf quantiles by variational inference, setting {i}."}
         for i in (2, 3)],
        "MATCH (p:Paper {id: 'f1'})-->(m) WHERE 'VQRT' IN m.aliases OR m.name = 'VQRT' RETURN m.name AS n",
        {"VQRT"}, {"Variational Quantile Regression Trees"},
    ),
    # A name the stored paper gives without a cue is confirmed only by the added papers ("the X dataset").
    "confirmed-later": (
        [{"id": "g1", "title": "Sparse parsing", "year": 2019, "venue": "acl",
          "abstract": "We train a parser with dropout and evaluate it on Quillmark and on the Penn Treebank."}],
        [{"id": f"g{i}", "title": f"Quillmark study {i}", "year": 2021, "venue": "emnlp",
          "abstract": f"We release the Quillmark dataset of annotated legal clauses, version {i}, and train "
                      "baselines on the Quillmark dataset."} for i in (2, 3)],
        "MATCH (p:Paper {id: 'g1'})-->(d) WHERE d.name = 'Quillmark' RETURN d.name AS n",
        set(), {"Quillmark"},
    ),
    # The added papers spell a thing the stored paper defined more often otherwise: its one name changes.
    "renamed-later": (
        [{"id": "h1", "title": "Routing", "year": 2019, "venue": "iclr",
          "abstract": "We propose the Sparse Mixture Router (SpMR), a gating method for experts. SpMR halves "
                      "the compute of dense layers."}],
        [{"id": f"h{i}", "title": f"Routers {i}", "year": 2022, "venue": "iclr",
          "abstract": "We study sparse mixture routers (SpMR) for large language models. SpMR routes tokens "
                      f"to experts, configuration {i}."} for i in (2, 3)],
        "MATCH (p:Paper {id: 'h1'})-->(m) WHERE 'SpMR' IN m.aliases RETURN m.name AS n",
        {"Sparse Mixture Router"}, {"sparse mixture routers"},
    ),
}


def logged_statements(monkeypatch) -> list[str]:
    """Every Cypher statement the LadybugDB store runs from now on, whitespace folded (to assert what a load reads)."""
    from paperkg.graph import store_ladybug

    statements: list[str] = []
    real_exec = store_ladybug.LadybugStore._exec

    def logged(self, cypher, params=None):
        statements.append(" ".join(cypher.split()))
        return real_exec(self, cypher, params)

    monkeypatch.setattr(store_ladybug.LadybugStore, "_exec", logged)
    return statements
