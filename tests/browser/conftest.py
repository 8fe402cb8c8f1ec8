"""Real headless Chromium (Debian's /usr/bin/chromium) driven by Playwright; no browser mocks.

A missing Chromium is a test failure that says how to install it, never a skip.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("PAPERKG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"headless Chromium not found at {CHROMIUM}: install it with `apt-get install -y chromium` "
                    "(or set PAPERKG_CHROMIUM to its path)")
    return CHROMIUM


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture
def context(playwright_instance, chromium_path, tmp_path):
    """A fresh browser with an empty profile; every request it makes is recorded, off-machine ones aborted."""
    profile = tmp_path / "profile"
    profile.mkdir()
    ctx = playwright_instance.chromium.launch_persistent_context(
        str(profile), executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 800},
    )
    ctx.requests = []  # every URL the pages asked for
    ctx.route("**/*", _local_only)
    ctx.on("request", lambda req: ctx.requests.append(req.url))
    try:
        yield ctx
    finally:
        ctx.close()


def is_local(url: str) -> bool:
    return url.startswith(("file://", "http://127.0.0.1:", "data:", "about:", "blob:"))


def _local_only(route):
    if is_local(route.request.url):
        route.continue_()
    else:
        route.abort()


@pytest.fixture
def local_server(tmp_path):
    """Serve tmp_path/site on 127.0.0.1 (a random free port); yields (site_dir, base_url)."""
    site = tmp_path / "site"
    site.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass
