"""Screenshots of `paperkg serve` for the README (docs/serve-*.png), taken in headless Chromium.

    .venv/bin/python scripts/serve_screenshots.py --db STORE [--out docs] [--entity KEY] [--paper ID]

Starts `paperkg serve --db STORE --port 0`, opens its pages in Chromium (/usr/bin/chromium, or
$PAPERKG_CHROMIUM), types into the search box, and saves one PNG per page. Requests that would leave this
machine are aborted (there are none: the pages ask only their own server).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", default=str(REPO / "docs"))
    ap.add_argument("--entity", default="method:direct-preference-optimization")
    ap.add_argument("--paper", default=None, help="a paper id (default: the newest paper naming --entity)")
    ap.add_argument("--search", default="preference opt")
    ap.add_argument("--query", default="methods-on-benchmark?benchmark=AlpacaEval")
    args = ap.parse_args()
    out = Path(args.out)
    proc = subprocess.Popen([sys.executable, "-m", "paperkg", "serve", "--db", args.db, "--port", "0"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            raise SystemExit(f"paperkg serve did not start: {line}")
        base = f"http://127.0.0.1:{m.group(1)}"
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=os.environ.get("PAPERKG_CHROMIUM", "/usr/bin/chromium"),
                                         args=["--headless", "--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith((base, "data:")) else r.abort())

            page.goto(base + "/")
            page.locator("#q").press_sequentially(args.search, delay=40)
            page.locator("#suggestions li a").first.wait_for(state="visible")
            page.wait_for_timeout(300)
            page.screenshot(path=out / "serve-search.png")

            page.goto(base + "/entity/" + quote(args.entity, safe=":"))
            page.wait_for_selector("#graph[data-stabilized=true]", timeout=60_000)
            page.set_viewport_size({"width": 1280, "height": 1500})  # the top: facts, chart, tables, graph
            page.screenshot(path=out / "serve-entity.png")
            page.set_viewport_size({"width": 1280, "height": 860})
            paper = args.paper or page.locator("#evidence a.paper").first.get_attribute("href").rsplit("/", 1)[1]

            page.goto(base + "/paper/" + quote(paper, safe=":"))
            page.screenshot(path=out / "serve-paper.png", full_page=True)

            page.goto(base + "/query/" + args.query)
            page.wait_for_selector("#results")
            page.locator("#results thead th", has_text="papers").click()  # sorted by a click
            page.screenshot(path=out / "serve-query.png")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    for name in ("search", "entity", "paper", "query"):
        print(f"wrote {out / f'serve-{name}.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
