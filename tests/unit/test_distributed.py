"""Dask extraction gives exactly the one-process output (a real LocalCluster of worker processes)."""

import json
import random
import sys

import pytest

from paperkg.cli import main
from paperkg.errors import MissingDependency
from paperkg.extract.distributed import dask_client, extract_files_dask, extract_papers_dask
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.readers import read_corpus, sample_corpus_paths
from paperkg.extract.records import Paper


def as_json(papers) -> list[str]:
    return [json.dumps(p.to_dict(), ensure_ascii=False, sort_keys=True) for p in papers]


@pytest.fixture(scope="module")
def client():
    # Two single-threaded worker processes with a small memory limit, as a small cluster would have.
    with dask_client("local", n_workers=2, memory_limit="1GiB") as c:
        yield c


@pytest.fixture(scope="module")
def sample():
    return read_corpus(sample_corpus_paths()).papers


def generated_slice(sample, n=2000, seed=7):
    """n abstracts recombined from the sample's sentences: the same names (and acronym definitions)
    recur in papers far apart, so canonicalisation has to join results from different shards."""
    rng = random.Random(seed)
    sentences = [s.strip() + "." for p in sample for s in p.abstract.split(". ") if len(s.split()) > 3]
    papers = []
    for i in range(n):
        text = " ".join(rng.sample(sentences, rng.randint(3, 6)))
        title = rng.choice(sample).title if i % 3 == 0 else None
        papers.append(Paper(id=f"gen-{i:05d}", title=title, abstract=text, year=2020 + i % 5))
    return papers


def test_sample_corpus_identical(client, sample):
    one = extract_papers(sample, n_process=1)
    dask = extract_papers_dask(sample, scheduler=client, shard_size=7)
    assert as_json(dask) == as_json(one)
    assert sum(len(p.entities) for p in one) > 100  # the comparison is not between two empty outputs


def test_generated_slice_identical(client, sample):
    papers = generated_slice(sample)
    one = extract_papers(papers, n_process=1)
    dask = extract_papers_dask(papers, scheduler=client, shard_size=250)
    assert len(dask) == 2000
    assert as_json(dask) == as_json(one)
    # The shards ran on both workers.
    assert len(client.scheduler_info()["workers"]) == 2


def test_files_read_on_workers_identical(client, sample, tmp_path):
    papers = generated_slice(sample, n=300, seed=11)
    paths = []
    for k, part in enumerate((papers[:120], papers[100:220], papers[220:])):  # 20 cross-file duplicates
        path = tmp_path / f"part-{k}.jsonl"
        path.write_text("".join(json.dumps({"id": p.id, "title": p.title, "abstract": p.abstract}) + "\n"
                                for p in part), encoding="utf-8")
        paths.append(path)
    read = read_corpus(paths)
    out, merged = extract_files_dask(paths, scheduler=client)
    assert as_json(out) == as_json(extract_papers(read.papers))
    assert merged.duplicates == read.duplicates == 20
    assert len(out) == 300


def test_cli_extract_dask_local_writes_the_same_file(tmp_path):
    plain, dask = tmp_path / "plain.jsonl", tmp_path / "dask.jsonl"
    assert main(["extract", "-o", str(plain)]) == 0
    assert main(["extract", "--dask", "local", "-o", str(dask)]) == 0
    assert dask.read_bytes() == plain.read_bytes()
    assert len(plain.read_text(encoding="utf-8").splitlines()) == 55


def test_missing_dask_names_the_extra(monkeypatch, sample):
    monkeypatch.setitem(sys.modules, "distributed", None)  # what `import distributed` sees when not installed
    with pytest.raises(MissingDependency, match=r"paperkg\[dask\]"):
        extract_papers_dask(sample, scheduler="local")


def test_unreachable_scheduler_is_an_input_error(sample, monkeypatch):
    from paperkg.errors import PaperkgError
    from paperkg.extract import distributed

    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "2s")

    with pytest.raises(PaperkgError, match="Dask scheduler"):
        extract_papers_dask(sample[:2], scheduler="tcp://127.0.0.1:9")
