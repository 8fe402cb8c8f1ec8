"""What a build into a store must do: which papers are new, which stored ones must be extracted again, which
are kept as they are (graph/incremental.py does the rest).

Light on purpose (no spaCy, no resolution code): a re-run of a corpus the store holds already stops here.
It reads the stored papers' ids and their extraction stamps (content hash + version), not their texts: a
Paper row never changes once written (build and load refuse another title or abstract under a stored id,
and merges set a paper's properties only when they create it), so the stamp written with a paper's
extraction vouches for the stored paper. The texts are read only when something is to be done, or for an
input whose stamp does not match (then the paper itself is compared).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from paperkg.errors import InputError
from paperkg.extract.records import Paper
from paperkg.extract.switches import OUTPUT_SWITCHES

# Part of every extraction stamp's version: a new content hash makes stamps of the old one stale, so their
# papers are extracted again once (stamps never compare across two hash functions).
CONTENT_HASH_SCHEME = "fields-v2"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A fingerprint of the extractor (its code and name lists) and of the content hash. Stored extractions
    of another version are redone, so a store never mixes what two extractors saw."""
    h = hashlib.sha256(CONTENT_HASH_SCHEME.encode())
    root = resources.files("paperkg.extract")
    for item in sorted(_files(root), key=lambda t: t[0]):
        h.update(item[0].encode())
        h.update(item[1].read_bytes())
    for name, value in _switches_set():
        h.update(f"\0{name}={value}".encode())
    return h.hexdigest()[:16]


def _switches_set() -> list[tuple[str, str]]:
    """The extraction switches set in this process's environment (read once, like the code), with the content
    of a weights or list file a switch names, so that other weights at the same path are another version.
    None set (the default) leaves the version as the code alone gives it."""
    found = []
    for name in OUTPUT_SWITCHES:
        value = os.environ.get(name)
        if value is None:
            continue
        path = Path(value)
        if value not in ("on", "off") and path.is_file():
            value += ":" + hashlib.sha256(path.read_bytes()).hexdigest()
        found.append((name, value))
    return found


def _files(folder, prefix: str = ""):
    for item in folder.iterdir():
        name = prefix + item.name
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _files(item, name + "/")
        elif item.name.endswith((".py", ".jsonl", ".tsv", ".json")):
            yield name, item


def content_hash(paper: Paper) -> str:
    """What makes a paper the same paper: its id, title, abstract, year and venue (not the file it came from).
    The fields are hashed as they are, their lengths first so that no two papers' fields run together into
    one text (a JSON text of every paper was a fifth of a re-run of the 73k corpus)."""
    title, venue = paper.title, paper.venue
    text = (f"{paper.year}|{len(paper.id)}|{-1 if title is None else len(title)}|{-1 if venue is None else len(venue)}|"
            f"{paper.id}{title or ''}{venue or ''}{paper.abstract}")
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def stamp(paper: Paper) -> str:
    """The Extraction row's hash of a paper extracted by this extractor."""
    return content_hash(paper) + ":" + extractor_version()


# -- the stored papers --------------------------------------------------------------------------------------


def stored_papers(store, ids: Sequence[str] | None = None) -> tuple[list[Paper], dict[str, tuple[str, str]]]:
    """The papers a store holds (those with these ids), and their stored extraction (id -> (hash, data))."""
    where, params = ("WHERE p.id IN $ids ", {"ids": list(ids)}) if ids is not None else ("", {})
    df = store.run(f"MATCH (p:Paper) {where}RETURN p.id AS id, p.title AS title, p.abstract AS abstract, "
                   "p.year AS year, p.venue AS venue, p.source AS source", params)
    # Whole columns as lists (iterating the frame's rows as dicts was 2 of the 3 s of reading 71,870 papers).
    cols = [df[c].tolist() if len(df) else [] for c in ("id", "title", "abstract", "year", "venue", "source")]
    papers = [Paper(str(i), _str(t), _str(a) or "", _int(y), _str(v), _str(s)) for i, t, a, y, v, s in zip(*cols)]
    if ids is not None:
        return papers, {}
    ex = store.run("MATCH (x:Extraction) RETURN x.id AS id, x.hash AS hash, x.data AS data")
    if not len(ex):
        return papers, {}
    return papers, dict(zip(ex["id"].tolist(), zip(ex["hash"].tolist(), ex["data"].tolist())))


def stored_stamps(store) -> tuple[set[str], dict[str, str]]:
    """The ids of the stored papers, and each stored extraction's stamp (no texts: cheap)."""
    ids = store.run("MATCH (p:Paper) RETURN p.id AS id")
    ex = store.run("MATCH (x:Extraction) RETURN x.id AS id, x.hash AS hash")
    return (set(map(str, ids["id"])) if len(ids) else set(),
            {i: h for i, h in zip(ex["id"], ex["hash"]) if isinstance(h, str)} if len(ex) else {})


def _str(v):
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)


def _int(v):
    return None if v is None or pd.isna(v) else int(v)


# -- the plan ---------------------------------------------------------------------------------------------


@dataclass
class BuildPlan:
    new: list[Paper]  # not in the store: extract
    redo: list[Paper]  # in the store, read by another extractor version: extract again
    kept: list[tuple[Paper, str]]  # in the store and current: the paper and its stored extraction (decoded when needed)
    unchanged_inputs: int  # inputs the store already holds as they are
    # The kept papers' stamps (checked against their texts by plan_build): not hashed again downstream.
    stamps: dict[str, str] = field(default_factory=dict)

    @property
    def changes(self) -> bool:
        return bool(self.new or self.redo)

    def kept_data(self, ids: set[str] | None = None) -> Iterator[tuple[str, tuple[str, str]]]:
        """(id, (stored hash, stored data)) of the kept papers (of those with these ids)."""
        for p, data in self.kept:
            if ids is None or p.id in ids:
                yield p.id, (self.stamp_of(p), data)

    def stamp_of(self, p: Paper) -> str:
        return self.stamps.get(p.id) or stamp(p)


def plan_build(inputs: Sequence[Paper], store) -> BuildPlan:
    """What a build of these papers into this store (None: no store yet) must do. Nothing to do (a re-run):
    no stored text is read. Otherwise every stored paper is read, its stamp checked against its text, and
    the current ones kept with their stored extraction."""
    if store is None:
        return BuildPlan(new=list(inputs), redo=[], kept=[], unchanged_inputs=0)
    ids, stamps = stored_stamps(store)
    version = ":" + extractor_version()
    new, unsure, unchanged = [], [], 0
    for p in inputs:
        if p.id not in ids:
            new.append(p)
        elif stamps.get(p.id) == stamp(p):
            unchanged += 1
        else:
            unsure.append(p)
    if unsure:  # no stamp vouches for them (none, another version): compare with the stored paper itself
        old = {p.id: p for p in stored_papers(store, [p.id for p in unsure])[0]}
        for p in unsure:
            if content_hash(old[p.id]) != content_hash(p):
                _refuse(p)
            unchanged += 1
    if not new and not unsure and all(stamps.get(i, "").endswith(version) for i in ids):
        return BuildPlan(new=[], redo=[], kept=[], unchanged_inputs=unchanged)
    stored, extractions = stored_papers(store)
    redo, kept, stamps = [], [], {}
    for p in stored:
        x = extractions.get(p.id)
        if x is not None and x[0] == stamp(p):
            kept.append((p, x[1]))
            stamps[p.id] = x[0]
        else:
            redo.append(p)
    return BuildPlan(new=new, redo=redo, kept=kept, unchanged_inputs=unchanged, stamps=stamps)


def _refuse(p: Paper) -> None:
    where = p.source or p.id
    path, _, line = where.rpartition(":")
    raise InputError(
        f"paper {p.id!r} is already in the store with another title, abstract, year or venue; a paper id "
        "names one paper: give the new version another id, or build into a new store",
        path or where, int(line) if line.isdigit() else None,
    )
