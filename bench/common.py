"""Shared helpers for the benchmark scripts: machine info, steps in their own process, peak memory, JSON,
fresh store copies and the parts of a step timed in one process."""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RESULTS_DIR = Path(os.environ.get("PAPERKG_BENCH_RESULTS", BENCH / "results"))  # raw JSON per script
DEFAULT_CORPUS = "/work/shared/corpus/abstracts-73k.jsonl.gz"
DEFAULT_WORKDIR = os.environ.get("PAPERKG_BENCH_WORKDIR", "/tmp/paperkg-bench")
PY = sys.executable


def mb(kb: int) -> float:
    """ru_maxrss is in KiB on Linux."""
    return round(kb / 1024, 1)


def peak_self_mb() -> float:
    return mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def peak_children_mb() -> float:
    """Largest peak RSS of any waited-for child process (pool or Dask workers), 0 if none."""
    return mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


class TreeMemory:
    """Samples the memory of a process and all its descendants (extraction workers, the build's child stage)
    every `interval` seconds: the peak of the summed RSS (counts pages shared by forked workers once per
    process, so it errs high) and of the summed PSS (shared pages split between sharers: the memory the
    tree really took). Sampling can miss a spike shorter than the interval; ru_maxrss cannot, per process."""

    def __init__(self, pid: int, interval: float = 0.1):
        import threading

        self.pid, self.interval = pid, interval
        self.peak_rss_mb = self.peak_pss_mb = 0.0
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = open(f"/proc/{entry}/stat").read()
                except OSError:
                    continue
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
        tree, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(children.get(pid, []))
        return tree

    @staticmethod
    def _rss_pss_kb(pid: int) -> tuple[int, int]:
        rss = pss = 0
        try:
            for line in open(f"/proc/{pid}/smaps_rollup"):
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
        except OSError:  # the process ended between listing and reading
            pass
        return rss, pss

    def _run(self) -> None:
        while not self._stop.is_set():
            tree = self._tree()
            sizes = [self._rss_pss_kb(pid) for pid in tree]
            self.peak_rss_mb = max(self.peak_rss_mb, mb(sum(r for r, _ in sizes)))
            self.peak_pss_mb = max(self.peak_pss_mb, mb(sum(p for _, p in sizes)))
            self.peak_processes = max(self.peak_processes, len(tree))
            self._stop.wait(self.interval)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        return {"tree_peak_rss_mb": self.peak_rss_mb, "tree_peak_pss_mb": self.peak_pss_mb,
                "tree_peak_processes": self.peak_processes}


def machine() -> dict:
    info = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    try:
        info["cpu_model"] = next(
            line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    try:
        kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
        info["memory_gb"] = round(kb / 1024 / 1024, 1)
    except (OSError, StopIteration):
        pass
    info["code"] = os.environ.get("PAPERKG_BENCH_CODE") or "working tree " + subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=REPO, stdout=subprocess.PIPE, text=True).stdout.strip()
    try:
        import paperkg

        info["paperkg_from"] = str(Path(paperkg.__file__).parent)
    except ImportError:
        pass
    info["load_avg_at_start"] = [round(x, 2) for x in os.getloadavg()]
    try:
        import spacy

        info["spacy"] = spacy.__version__
    except ImportError:
        pass
    return info


def run_step(script: Path, step: str, *args: str, timeout: float | None = None) -> dict:
    """Run ``script --step STEP ARGS`` in a fresh process (so its peak RSS is its own); the step prints
    one JSON object on its last stdout line. Adds the load average seen while it ran."""
    cmd = [PY, str(script), "--step", step, *args]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, timeout=timeout, cwd=REPO)
    if proc.returncode != 0:
        raise SystemExit(f"step {step} of {script.name} failed with exit {proc.returncode}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["process_seconds"] = round(time.perf_counter() - t0, 2)
    out["load_avg_after"] = round(os.getloadavg()[0], 2)
    return out


def emit(result: dict) -> None:
    """A step's result: one JSON line on stdout (the last line is what run_step reads)."""
    result.setdefault("peak_rss_mb", peak_self_mb())
    result.setdefault("peak_child_rss_mb", peak_children_mb())
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


def verdict(payload: dict) -> str:
    """The end of a benchmark's printed target line: "met" or "MISSED", as its saved payload records it."""
    return "met" if payload["target"]["met"] else "MISSED"


def percentiles(samples: list[float]) -> dict:
    ms = sorted(s * 1000 for s in samples)
    if len(ms) == 1:
        return {"p50_ms": round(ms[0], 2), "p95_ms": round(ms[0], 2), "n": 1}
    q = statistics.quantiles(ms, n=100, method="inclusive")
    return {"p50_ms": round(q[49], 2), "p95_ms": round(q[94], 2), "max_ms": round(ms[-1], 2), "n": len(ms)}


def save(name: str, payload: dict) -> Path:
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    return path


def read_papers(corpus: str, limit: int | None):
    from paperkg.extract.readers import read_corpus

    papers = read_corpus([corpus]).papers
    return papers[:limit] if limit else papers


def neo4j_server(home: Path):
    """Context manager: NEO4J_URI from the environment, else a throwaway server in `home` (stopped after)."""
    import contextlib

    @contextlib.contextmanager
    def cm():
        if os.environ.get("NEO4J_URI"):
            yield os.environ["NEO4J_URI"], False
            return
        home.mkdir(parents=True, exist_ok=True)
        script = REPO / "scripts" / "neo4j-server"
        heap = os.environ.get("NEO4J_HEAP", "2g")
        out = subprocess.run([str(script), "start", "--home", str(home), "--heap", heap],
                             stdout=subprocess.PIPE, text=True, check=True).stdout
        uri = next(line.split("=", 1)[1].strip() for line in out.splitlines() if "NEO4J_URI=" in line)
        try:
            yield uri, True
        finally:
            subprocess.run([str(script), "stop", "--home", str(home)], check=False)

    return cm()


def log(msg: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {msg}\n")
    sys.stderr.flush()


def fresh_store_copy(base: str, work: str) -> None:
    """``work`` becomes a copy of the LadybugDB store ``base`` and of its scan memo (``.scans``, read by an
    addition's resolution) if it has one, with no file, log or memo left from an earlier run."""
    for path in (work, work + ".wal", work + ".scans"):
        if os.path.exists(path):
            os.unlink(path)
    shutil.copyfile(base, work)
    if os.path.exists(base + ".scans"):
        shutil.copyfile(base + ".scans", work + ".scans")


def transaction_on_fresh_copy(base: str, work: str):
    """A LadybugStore on a fresh copy of ``base`` with automatic checkpoints off and a transaction begun, and its
    counts: a delta's ``_apply`` alone, as a load runs it in its copy, for the scripts that time or profile it."""
    from paperkg.graph import store_ladybug

    fresh_store_copy(base, work)
    store = store_ladybug.LadybugStore(work)
    before = store.counts()
    store._exec("CALL auto_checkpoint=false")
    store._exec("BEGIN TRANSACTION")
    return store, before


class PartTimes:
    """Wall and CPU seconds and calls per named part of one step, timed in this process (the load step and
    add scripts): `part` times a block, `wrap` every call of a function, `wrap_exec` the store's statements.
    `parts` maps a label to [wall s, CPU s (process_time), calls], in the order the parts first ended."""

    def __init__(self) -> None:
        self.parts: dict[str, list] = collections.defaultdict(lambda: [0.0, 0.0, 0])

    @contextlib.contextmanager
    def part(self, label: str, calls: int = 1):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            entry = self.parts[label]
            entry[0] += time.perf_counter() - wall
            entry[1] += time.process_time() - cpu
            entry[2] += calls

    def wrap(self, owner, name: str, label: str | None = None) -> None:
        """Time every call of ``owner.name`` (a function a commit lacks is skipped: scripts compare commits)."""
        function = getattr(owner, name, None)
        if function is None:
            return

        @functools.wraps(function)
        def timed(*args, **kwargs):
            with self.part(label or name):
                return function(*args, **kwargs)

        setattr(owner, name, timed)

    def wrap_exec(self, label_of) -> None:
        """Time each ``LadybugStore._exec`` statement under ``label_of(store, cypher)``; None: not timed."""
        from paperkg.graph import store_ladybug

        real_exec = store_ladybug.LadybugStore._exec

        def timed_exec(store, cypher, params=None):
            label = label_of(store, cypher)
            if label is None:
                return real_exec(store, cypher, params)
            with self.part(label):
                return real_exec(store, cypher, params)

        store_ladybug.LadybugStore._exec = timed_exec


def checkpoint_labels(prefix: str):
    """A labeller for `PartTimes.wrap_exec` that times only CHECKPOINT statements, as PREFIX + "copy" or
    PREFIX + "original" (a load checkpoints its copy, ``*.loading-*``, then the original store)."""

    def label_of(store, cypher: str) -> str | None:
        if cypher.strip() != "CHECKPOINT":
            return None
        return prefix + ("copy" if ".loading-" in str(store.path) else "original")

    return label_of
