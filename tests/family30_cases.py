"""Shared by the unit and Neo4j tests of the variant link (schema.VARIANT_OF, docs/history/family30.md).

Made-up extracted papers (papers.jsonl lines, not from any gold file): a base method (PCA), two variants that
senses29's variant link gives PCA as ``family`` (robust PCA, sparse PCA), another base (SVD), and changes of
them for `paperkg load --replace`.
"""

import copy
import json
from pathlib import Path

PCA, SVD = "method:principal-component-analysis", "method:singular-value-decomposition"
RPCA, SPCA = "method:robust-pca", "method:sparse-pca"


def entity(abstract: str, key: str, name: str, role: str = "uses", family: str | None = None,
           aliases: tuple[str, ...] = ()) -> dict:
    start = abstract.index(name)
    return {"id": key, "name": name, "type": key.split(":")[0], "aliases": list(aliases), "role": role,
            "family": family, "mentions": [{"text": name, "start": start, "end": start + len(name),
                                            "sentence": 0, "rule": "test"}]}


def paper(pid: str, year: int, abstract: str, entities: list[dict]) -> dict:
    return {"id": pid, "title": f"Paper {pid}", "abstract": abstract, "entities": entities, "code": [],
            "results": [], "year": year, "venue": "testconf", "source": "test"}


F1 = "We apply principal component analysis to gene data and evaluate on MMLU."
F2 = "We propose robust PCA for corrupted matrices and evaluate on MMLU."
F3 = "We compare sparse PCA with robust PCA on text."
F4 = "We use singular value decomposition for compression."
PAPERS = [
    paper("f1", 2019, F1, [entity(F1, PCA, "principal component analysis", aliases=("PCA",)),
                           entity(F1, "benchmark:mmlu", "MMLU", "evaluates_on")]),
    paper("f2", 2020, F2, [entity(F2, RPCA, "robust PCA", "proposes", PCA),
                           entity(F2, "benchmark:mmlu", "MMLU", "evaluates_on")]),
    paper("f3", 2021, F3, [entity(F3, SPCA, "sparse PCA", family=PCA), entity(F3, RPCA, "robust PCA", family=PCA)]),
    paper("f4", 2021, F4, [entity(F4, SVD, "singular value decomposition")]),
]
BY_ID = {p["id"]: p for p in PAPERS}


def changed(ids: list[str], edit) -> list[dict]:
    """Copies of these papers with edit(entity) applied to each entity (None drops it)."""
    out = []
    for pid in ids:
        p = copy.deepcopy(BY_ID[pid])
        p["entities"] = [e for e in (edit(e) for e in p["entities"]) if e is not None]
        out.append(p)
    return out


def _rebased(e: dict) -> dict:
    if e["id"] == RPCA:
        e["family"] = SVD
    return e


# robust PCA's base changes (in every paper naming it): its link to PCA goes, one to SVD comes.
REBASED = changed(["f2", "f3"], _rebased)
# robust PCA no longer extracted: its node and its link go.
NO_VARIANT = changed(["f2", "f3"], lambda e: None if e["id"] == RPCA else e)
# PCA no longer extracted: the base node goes, and with it every link to it (the variants stay).
NO_BASE = changed(["f1"], lambda e: None if e["id"] == PCA else e)


def replaced(rows: list[dict], new: list[dict]) -> list[dict]:
    """The papers after a replacing load of ``new``: one-shot input to compare with."""
    ids = {p["id"] for p in new}
    return [p for p in rows if p["id"] not in ids] + new


# Raw abstracts (a corpus for `paperkg build`): v3's sparse PCA is a variant of the PCA only v1 names.
RAW = [
    {"id": "v1", "title": "Dimensionality reduction", "year": 2018, "venue": "nips",
     "abstract": "We apply principal component analysis (PCA) to gene expression data and compare PCA with "
                 "independent component analysis."},
    {"id": "v3", "title": "Sparse loadings", "year": 2020, "venue": "icml",
     "abstract": "Sparse PCA finds sparse loading vectors. We give a convex relaxation of sparse PCA for text data."},
]


def write_jsonl(path: Path, rows) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def variant_pairs(store) -> list[tuple[str, str]]:
    df = store.run("MATCH (a:Method)-[:VARIANT_OF]->(b:Method) RETURN a.key AS a, b.key AS b")
    return sorted(zip(df["a"], df["b"])) if len(df) else []
