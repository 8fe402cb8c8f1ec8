"""Regenerate every picture in docs/ (16:9, light and dark) from the bundled sample corpus.

    .venv/bin/python scripts/docs_pictures.py [--db STORE] [--out docs]

Builds the sample store (`paperkg build`, 55 abstracts) in a temporary folder unless --db is given, then
draws each view with `paperkg viz` as a user would, and screenshots the interactive page in headless Chromium
(/usr/bin/chromium or $PAPERKG_CHROMIUM) at 1600 x 900.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VIEWS = {
    "neighbourhood": ["--focus", "DPO", "--depth", "2"],
    "bipartite": ["--bipartite"],
    "query": ["--query", "methods-on-benchmark", "--param", "benchmark=AlpacaEval"],
    "top": ["--top", "40"],
    "heatmap": ["--heatmap"],
}


def main() -> int:
    from paperkg.cli import main as paperkg

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db")
    ap.add_argument("--out", default=str(REPO / "docs"))
    args = ap.parse_args()
    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="paperkg-docs-") as tmp:
        db = args.db or str(Path(tmp) / "sample.lbdb")
        if not args.db and paperkg(["build", "--db", db]) != 0:
            return 1
        for name, view in VIEWS.items():
            for theme, suffix in (("light", ""), ("dark", "-dark")):
                if paperkg(["viz", "--db", db, *view, "--theme", theme, "-o", str(out / f"{name}{suffix}.png")]):
                    return 1
        page = Path(tmp) / "interactive.html"
        if paperkg(["viz", "--db", db, "--focus", "DPO", "-o", str(page)]):
            return 1
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=os.environ.get("PAPERKG_CHROMIUM", "/usr/bin/chromium"),
                                         args=["--headless", "--no-sandbox", "--disable-gpu"])
            tab = browser.new_page(viewport={"width": 1600, "height": 900})
            tab.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
            tab.goto(page.as_uri())
            tab.wait_for_selector("body[data-stabilized=true]", state="attached", timeout=60_000)
            tab.screenshot(path=out / "interactive.png")
            browser.close()
    print(f"wrote {len(VIEWS) * 2 + 1} pictures to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
