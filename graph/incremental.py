"""Building a store in parts: any split, any order, the same graph as one build of everything.

Corpus-wide resolution (extract/canonical.py) decides names, senses and types from all papers at once: an
acronym defined in this week's papers changes what a bare use in last month's means. So a store keeps every
paper's map-step result (schema.EXTRACTION, "the lexicon"), and each `paperkg build` into it:

1. reads the stored papers and their stored extraction; a paper whose content and extractor version are
   unchanged is not extracted again (a re-run of the same corpus extracts nothing and writes nothing);
2. extracts only new papers (and stored ones an older extractor read);
3. resolves the whole corpus again (canonicalise over stored + new) and writes the store back with a
   replacing load (graph/store.py), so the result equals a build of everything at once.

A paper id that the store holds with other content is refused (which version is right is the user's call).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd

from paperkg.errors import InputError
from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.records import ExtractedPaper, Mention, Paper
from paperkg.extract.results import attach_results
from paperkg.extract.resolve import LocalEntity
from paperkg.graph import schema
from paperkg.graph.tables import GraphTables, tables_from_papers


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A fingerprint of the extractor: its code and name lists. Stored extractions of another version are
    redone, so a store never mixes what two extractors saw."""
    h = hashlib.sha256()
    root = resources.files("paperkg.extract")
    for item in sorted(_files(root), key=lambda t: t[0]):
        h.update(item[0].encode())
        h.update(item[1].read_bytes())
    return h.hexdigest()[:16]


def _files(folder, prefix: str = ""):
    for item in folder.iterdir():
        name = prefix + item.name
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _files(item, name + "/")
        elif item.name.endswith((".py", ".jsonl", ".tsv", ".json")):
            yield name, item


def content_hash(paper: Paper) -> str:
    """What makes a paper the same paper: its id, title, abstract, year and venue (not the file it came from)."""
    text = json.dumps([paper.id, paper.title, paper.abstract, paper.year, paper.venue], ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


# -- the stored extraction -------------------------------------------------------------------------------


def encode(r: LocalResult) -> str:
    """A map-step result as compact, compressed text for the Extraction table."""
    entities = []
    for e in r.entities:
        d = {f.name: getattr(e, f.name) for f in dataclasses.fields(e)}
        d["mentions"] = [dataclasses.astuple(m) for m in e.mentions]
        entities.append(d)
    data = {"entities": entities, "urls": r.urls, "definitions": r.definitions, "sentences": r.sentences}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.b64encode(zlib.compress(raw, 6)).decode("ascii")


def decode(paper: Paper, text: str) -> LocalResult:
    data = json.loads(zlib.decompress(base64.b64decode(text)))
    entities = []
    for d in data["entities"]:
        d["mentions"] = [Mention(*m) for m in d["mentions"]]
        entities.append(LocalEntity(**d))
    return LocalResult(
        paper, entities, data["urls"], [tuple(x) for x in data["definitions"]], [tuple(x) for x in data["sentences"]]
    )


def extraction_table(results: Sequence[LocalResult]) -> pd.DataFrame:
    version = extractor_version()
    rows = [{"id": r.paper.id, "hash": content_hash(r.paper) + ":" + version, "data": encode(r)} for r in results]
    return pd.DataFrame(rows, columns=["id", "hash", "data"]).sort_values("id", kind="stable").reset_index(drop=True)


def stored_papers(store) -> tuple[list[Paper], dict[str, tuple[str, str]]]:
    """The papers a store holds, and their stored extraction (id -> (hash, data))."""
    df = store.run("MATCH (p:Paper) RETURN p.id AS id, p.title AS title, p.abstract AS abstract, "
                   "p.year AS year, p.venue AS venue, p.source AS source")
    papers = [
        Paper(str(r["id"]), _str(r["title"]), r["abstract"] or "", _int(r["year"]), _str(r["venue"]), _str(r["source"]))
        for r in df.to_dict("records")
    ]
    ex = store.run("MATCH (x:Extraction) RETURN x.id AS id, x.hash AS hash, x.data AS data")
    return papers, {r["id"]: (r["hash"], r["data"]) for r in ex.to_dict("records")}


def _str(v):
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _int(v):
    return None if v is None or pd.isna(v) else int(v)


# -- one build ---------------------------------------------------------------------------------------------


@dataclass
class BuildPlan:
    new: list[Paper]  # not in the store: extract
    redo: list[Paper]  # in the store, read by another extractor version: extract again
    kept: list[tuple[Paper, str]]  # in the store and current: the paper and its stored extraction (decoded when needed)
    unchanged_inputs: int  # inputs the store already holds as they are

    @property
    def changes(self) -> bool:
        return bool(self.new or self.redo)


def plan_build(inputs: Sequence[Paper], stored: list[Paper], extractions: dict[str, tuple[str, str]]) -> BuildPlan:
    version = extractor_version()
    by_id = {p.id: p for p in stored}
    new, unchanged = [], 0
    for p in inputs:
        old = by_id.get(p.id)
        if old is None:
            new.append(p)
        elif content_hash(old) == content_hash(p):
            unchanged += 1
        else:
            where = p.source or p.id
            path, _, line = where.rpartition(":")
            raise InputError(
                f"paper {p.id!r} is already in the store with another title, abstract, year or venue; a paper id "
                "names one paper: give the new version another id, or build into a new store",
                path or where, int(line) if line.isdigit() else None,
            )
    redo, kept = [], []
    for p in stored:
        x = extractions.get(p.id)
        if x is not None and x[0] == content_hash(p) + ":" + version:
            kept.append((p, x[1]))
        else:
            redo.append(p)
    return BuildPlan(new=new, redo=redo, kept=kept, unchanged_inputs=unchanged)


def resolve_all(plan: BuildPlan, extracted: Sequence[LocalResult]) -> tuple[list[ExtractedPaper], GraphTables]:
    """Resolve stored and newly extracted papers as one corpus; the final papers and the store's tables."""
    results = sorted([*(decode(p, data) for p, data in plan.kept), *extracted], key=lambda r: r.paper.id)
    papers = attach_results(canonicalise(results))
    tables = tables_from_papers(papers)
    tables.nodes[schema.EXTRACTION.label] = extraction_table(results)
    return papers, tables
