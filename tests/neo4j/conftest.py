"""A real Neo4j for the tests in this folder (no mocks, no skips).

The session server is NEO4J_URI when set (`.ci/run` starts one with scripts/neo4j-server), else one started
here with `scripts/neo4j-server start --home <tmp>` and stopped at the end. Each test gets a clean database.
Tests that need a server of their own (faults, offline import) use ``ServerHandle``.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from paperkg.extract.records import ExtractedPaper
from paperkg.graph.store_neo4j import Neo4jStore
from paperkg.graph.tables import tables_from_papers

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "neo4j-server"
FIXTURE = REPO / "tests" / "data" / "small_papers.jsonl"
HOW = (
    "Neo4j tests need Java 17 and Maven (apt-get install -y openjdk-17-jre-headless maven); the server is "
    "fetched and started by `scripts/neo4j-server start` (or export NEO4J_URI of a running test server)."
)
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def _alive(pid: int, home: Path) -> bool:
    """Is pid still the Neo4j server of this home?"""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return f"--home-dir={home}" in args


@dataclass
class ServerHandle:
    """A throwaway server of our own, started with scripts/neo4j-server under its own --home."""

    home: Path
    uri: str = ""

    def _script(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        try:
            return subprocess.run(
                [str(SCRIPT), *args, "--home", str(self.home)],
                capture_output=True, text=True, timeout=timeout, cwd=REPO,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            pytest.fail(f"scripts/neo4j-server {args[0]} failed: {exc}. {HOW}")

    def start(self) -> str:
        # --owner-pid: if this pytest dies without its teardown, the server stops by itself.
        res = self._script("start", "--owner-pid", str(os.getpid()))
        m = re.search(r"NEO4J_URI=(\S+)", res.stdout)
        if res.returncode != 0 or not m:
            pytest.fail(
                f"could not start a Neo4j test server (exit {res.returncode}).\n{res.stderr[-3000:]}\n{HOW}"
            )
        self.uri = m.group(1)
        return self.uri

    def stop(self) -> None:
        try:
            pid = self.pid()
        except (OSError, ValueError):
            pid = None
        res = self._script("stop", timeout=120)
        if pid is not None and _alive(pid, self.home):  # never leave a JVM behind, whatever the script said
            os.kill(pid, signal.SIGKILL)
            pytest.fail(f"scripts/neo4j-server stop left pid {pid} running: {res.stderr[-1000:]}")

    def pid(self) -> int:
        return int((self.home / "run" / "paperkg-neo4j.pid").read_text().strip())

    def crash(self) -> None:
        """SIGKILL the server (no clean shutdown) and wait until it is gone."""
        pid = self.pid()
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if not _alive(pid, self.home):
                return
            time.sleep(0.05)
        pytest.fail(f"Neo4j pid {pid} still alive 30 s after SIGKILL")


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory):
    """The URI of the session's Neo4j server (NEO4J_URI, or one started here)."""
    given = os.environ.get("NEO4J_URI")
    if given:
        host = urlsplit(given).hostname or ""
        if host not in _LOCAL_HOSTS and os.environ.get("PAPERKG_NEO4J_TESTS_MAY_WIPE") != "1":
            pytest.fail(
                f"NEO4J_URI points at {host}, not this machine; the tests delete everything in that database. "
                "Use a throwaway server (scripts/neo4j-server start) or set PAPERKG_NEO4J_TESTS_MAY_WIPE=1."
            )
        yield given
        return
    server = ServerHandle(tmp_path_factory.mktemp("neo4j-session"))
    t0 = time.monotonic()
    server.start()
    print(f"\n[neo4j] session server {server.uri} started in {time.monotonic() - t0:.1f}s")
    try:
        yield server.uri
    finally:
        server.stop()


@pytest.fixture
def store(neo4j_uri):
    """A Neo4jStore on an empty database with the schema's constraints in place."""
    try:
        s = Neo4jStore(uri=neo4j_uri, batch_size=4)
    except Exception as exc:  # a paperkg StoreUnavailable: say how to get a server
        pytest.fail(f"cannot reach the Neo4j test server at {neo4j_uri}: {exc}\n{HOW}")
    s.clear()
    s.ensure_schema()
    yield s
    s.close()


@pytest.fixture
def own_server(tmp_path):
    """Factory for extra servers (each its own --home); all stopped at the end of the test."""
    servers: list[ServerHandle] = []

    def make(name: str) -> ServerHandle:
        handle = ServerHandle(tmp_path / name)
        servers.append(handle)
        return handle

    yield make
    for handle in servers:
        handle.stop()


def read_papers(path: Path = FIXTURE) -> list[ExtractedPaper]:
    with open(path, encoding="utf-8") as fh:
        return [ExtractedPaper.from_dict(json.loads(line)) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def papers() -> list[ExtractedPaper]:
    return read_papers()


@pytest.fixture(scope="session")
def tables(papers):
    return tables_from_papers(papers)
