"""Faults on a real server: a server killed in the middle of a load, and secrets kept out of every message."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import traceback

import pytest
from conftest import FIXTURE, REPO

from paperkg.errors import StoreError, StoreUnavailable
from paperkg.graph.store_neo4j import Neo4jStore

pytestmark = pytest.mark.neo4j

SECRET = "pw-Zq8!secret-7f9c2e"


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    full_env.update(env)
    return subprocess.run([sys.executable, "-m", "paperkg", *args], capture_output=True, text=True,
                          env=full_env, cwd=REPO, timeout=120)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_server_killed_mid_load_then_rerun_completes(own_server, tables):
    server = own_server("fault")
    uri = server.start()
    batches: list[str] = []

    def crash_after_first_batch(what: str, rows: int) -> None:
        batches.append(what)
        if len(batches) == 1:
            server.crash()

    store = Neo4jStore(uri=uri, batch_size=2, retry_seconds=1, on_batch=crash_after_first_batch)
    with pytest.raises(StoreError) as info:
        store.load(tables)
    store.close()
    message = str(info.value)
    assert isinstance(info.value, StoreUnavailable)
    assert "unreachable" in message and uri in message and "scripts/neo4j-server" in message
    assert "\n" not in message
    assert batches == ["Paper"]  # the kill came after the first batch, the second one failed

    # The CLI says it in one line and exits non-zero.
    res = _cli("load", str(FIXTURE), "--neo4j", env={"NEO4J_URI": uri})
    assert res.returncode != 0
    assert "unreachable" in res.stderr and len(res.stderr.strip().splitlines()) == 1, res.stderr

    # Restart on the same home: the committed first batch survived recovery; a re-run completes it.
    uri = server.start()
    store = Neo4jStore(uri=uri, batch_size=2)
    try:
        assert store.counts()["Paper"] == 2
        store.load(tables)
        assert store.counts() == tables.counts()
    finally:
        store.close()
    res = _cli("load", str(FIXTURE), "--neo4j", env={"NEO4J_URI": uri})
    assert res.returncode == 0, res.stderr


def _assert_clean(exc: BaseException, *texts: str) -> None:
    rendered = "".join(traceback.format_exception(exc))
    for text in (str(exc), rendered, *texts):
        assert SECRET not in text


def test_unreachable_server_never_shows_the_password(monkeypatch, caplog):
    port = _closed_port()
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{port}")
    monkeypatch.setenv("NEO4J_USERNAME", "paperkg-user")
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreUnavailable) as info:
        Neo4jStore(connection_timeout=2)
    assert "unreachable" in str(info.value) and str(port) in str(info.value)
    _assert_clean(info.value, caplog.text)


def test_password_in_the_uri_is_redacted(caplog):
    port = _closed_port()
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreError) as info:
        Neo4jStore(uri=f"bolt://paperkg-user:{SECRET}@127.0.0.1:{port}", connection_timeout=2)
    _assert_clean(info.value, caplog.text)
    res = _cli("--trace", "query", "top-methods", "--neo4j",
               env={"NEO4J_URI": f"bolt://paperkg-user:{SECRET}@127.0.0.1:{port}"})
    assert res.returncode != 0
    assert SECRET not in res.stdout + res.stderr


class _NotBolt:
    """A local TCP server that answers every connection with an HTTP error (a wrong or broken server)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        for _ in range(200):  # bounded: at most 200 connections / 40 s
            if self.stop.is_set():
                break
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                try:
                    conn.recv(64)
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    pass

    def close(self):
        self.stop.set()
        self.thread.join(5)
        self.sock.close()


def test_bad_server_never_shows_the_password(monkeypatch, caplog):
    bad = _NotBolt()
    try:
        monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{bad.port}")
        monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
        caplog.set_level(logging.DEBUG)
        with pytest.raises(StoreUnavailable) as info:
            Neo4jStore(connection_timeout=2)
        _assert_clean(info.value, caplog.text)
        res = _cli("--trace", "query", "top-methods", "--neo4j",
                   env={"NEO4J_URI": f"bolt://127.0.0.1:{bad.port}", "NEO4J_PASSWORD": SECRET})
        assert res.returncode != 0 and "Neo4j" in res.stderr
        assert SECRET not in res.stdout + res.stderr
    finally:
        bad.close()


def test_driver_debug_log_of_a_real_login_has_no_password(neo4j_uri, caplog):
    # The session server has auth disabled, so it accepts these credentials: the driver really sends them.
    caplog.set_level(logging.DEBUG, logger="neo4j")
    store = Neo4jStore(uri=neo4j_uri, username="paperkg-user", password=SECRET)
    try:
        assert store.run("RETURN 1 AS one")["one"].tolist() == [1]
    finally:
        store.close()
    logged = caplog.text
    assert "HELLO" in logged or "LOGON" in logged  # the login was logged, so the check below means something
    assert SECRET not in logged
