"""Extraction on a dask.distributed cluster, with the same output as one process.

The pipeline is already map/reduce: ``extract_local`` (per paper, pure) runs on the workers, one task per
shard of papers; the results come back in input order and ``canonicalise`` (corpus-wide, deterministic given
that order) runs once on the client. So the JSONL is byte-identical to ``extract_papers(..., n_process=1)``.

    papers = extract_papers_dask(read_corpus(paths).papers, scheduler="tcp://10.0.0.5:8786")
    papers = extract_papers_dask(papers, scheduler="local")       # a LocalCluster on this machine
    papers, read = extract_files_dask(["part-000.jsonl.gz", ...], scheduler="local")  # workers read files

``scheduler`` is an address, ``"local"``, or an existing ``distributed.Client`` (which is left open).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from typing import Any

from paperkg.errors import InputError, MissingDependency

from .canonical import LocalResult, canonicalise
from .records import ExtractedPaper, Paper
from .results import attach_results

DEFAULT_SHARD_SIZE = 1000  # papers per task: big enough to amortise task overhead, small enough to balance
CONNECT_TIMEOUT = "20s"  # how long to keep retrying a scheduler address before giving up


def _distributed():
    try:
        import distributed
    except ImportError:  # dask[distributed] is the optional `dask` extra
        raise MissingDependency("dask", "dask") from None
    return distributed


@contextlib.contextmanager
def dask_client(scheduler: Any, *, n_workers: int | None = None, memory_limit: str | int = "auto") -> Iterator[Any]:
    """A connected Client: ``"local"`` starts (and afterwards stops) a LocalCluster of single-threaded
    worker processes, one per core; an address connects to a running scheduler; a Client is used as is."""
    distributed = _distributed()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    if scheduler == "local":
        # Processes, one thread each: the spaCy pipeline is CPU-bound Python, threads would share the GIL.
        cluster = distributed.LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            processes=True,
            threads_per_worker=1,
            memory_limit=memory_limit,
            host="127.0.0.1",
            dashboard_address=None,
            # No dashboard; its plain HTTP server (health routes) still starts: on a free port, not 8787.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=40,
        )
        try:
            with distributed.Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler: {exc}", str(scheduler)) from None
    try:
        yield client
    finally:
        client.close()


# -- work done on the workers (module-level functions so they pickle by reference) ---------------------


def _extract_shard(papers: Sequence[Paper]) -> list[tuple]:
    """The map step for one shard; the papers themselves stay on the client, only results travel back."""
    from .pipeline import extract_local

    return [tuple(r[1:]) for r in extract_local(papers)]


def _read_and_extract(path: str, strict: bool) -> tuple[Any, list[tuple]]:
    """Read one file on a worker (its own duplicates dropped) and extract it."""
    from .readers import read_corpus

    read = read_corpus([path], strict=strict)
    return read, _extract_shard(read.papers) if read.papers else []


# -- client side -------------------------------------------------------------------------------------


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _gather_in_order(client: Any, futures: list, sizes: list[int], progress: bool) -> list:
    """Results in submission order; a progress bar (in papers) advances as tasks finish in any order."""
    if progress and sum(sizes) >= 200:
        from distributed import as_completed
        from tqdm import tqdm

        index = {f.key: i for i, f in enumerate(futures)}
        with tqdm(total=sum(sizes), unit="abstract", desc="extracting (dask)") as bar:
            for fut in as_completed(futures):
                bar.update(sizes[index[fut.key]])
    return client.gather(futures)


def extract_papers_dask(
    papers: Sequence[Paper],
    *,
    scheduler: Any,
    progress: bool = False,
    shard_size: int = DEFAULT_SHARD_SIZE,
    n_workers: int | None = None,
    memory_limit: str | int = "auto",
) -> list[ExtractedPaper]:
    """Extract papers read on the client: shards are extracted on the cluster, canonicalised here.

    Output order = input order, and equal to ``extract_papers(papers, n_process=1)``.
    ``n_workers``/``memory_limit`` apply only to ``scheduler="local"``.
    """
    _distributed()
    papers = list(papers)
    if not papers:
        return []
    if shard_size < 1:
        raise ValueError("shard_size must be at least 1")
    shards = _chunks(papers, shard_size)
    with dask_client(scheduler, n_workers=n_workers, memory_limit=memory_limit) as client:
        # Shards go straight to the workers (not inside the task graph through the scheduler);
        # hash=False/pure=False: no hashing of the whole corpus to build keys.
        data = client.scatter(list(shards), hash=False)
        futures = client.map(_extract_shard, data, pure=False)
        parts = _gather_in_order(client, futures, [len(s) for s in shards], progress)
    results = [LocalResult(paper, *rest) for shard, part in zip(shards, parts) for paper, rest in zip(shard, part)]
    return attach_results(canonicalise(results))


def extract_files_dask(
    paths: Sequence[str | os.PathLike],
    *,
    scheduler: Any,
    strict: bool = False,
    progress: bool = False,
    n_workers: int | None = None,
    memory_limit: str | int = "auto",
):
    """Sharded input: each worker reads and extracts whole files (one task per file; the paths must be
    readable on the workers). Returns ``(papers, read)`` where ``read`` is the merged ``CorpusRead``
    (without its ``papers``): duplicates across files are dropped as ``read_corpus`` drops them, the first
    kept, so the papers equal ``extract_papers(read_corpus(paths).papers)``."""
    from . import readers

    _distributed()
    paths = [os.fspath(p) for p in paths]
    if "-" in paths:
        raise InputError("standard input cannot be read on Dask workers; give files", "-")
    with dask_client(scheduler, n_workers=n_workers, memory_limit=memory_limit) as client:
        futures = client.map(_read_and_extract, paths, [strict] * len(paths), pure=False)
        parts = _gather_in_order(client, futures, [1] * len(paths), progress=False)
    merged = readers.CorpusRead()
    seen = readers._Seen()  # the readers' own cross-file duplicate rule, so both paths agree
    results = []
    for part_read, part in parts:
        merged.skipped.extend(part_read.skipped)
        merged.duplicates += part_read.duplicates
        merged.formats.update(part_read.formats)
        for paper, rest in zip(part_read.papers, part):
            dup = readers._duplicate(paper, seen)
            if dup is True:
                merged.duplicates += 1
            elif dup:
                path, _, line = (paper.source or "").rpartition(":")
                if strict:
                    raise InputError(dup, path or paper.source, int(line) if line.isdigit() else None)
                merged.skipped.append(readers.Skip(path or str(paper.source), int(line) if line.isdigit() else None, dup))
            else:
                results.append(LocalResult(paper, *rest))
    return attach_results(canonicalise(results)), merged
