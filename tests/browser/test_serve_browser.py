"""`paperkg serve` in real headless Chromium: a researcher's path through the pages (search as you type ->
entity -> paper -> related paper), a query form with a sortable table and a CSV download, markup in titles,
abstracts and names staying inert, and every request the pages make going to this server on loopback."""

from __future__ import annotations

import csv
import io

import pytest
from web_fixtures import EVIL_BENCH, EVIL_METHOD, EVIL_PAPER, PAYLOADS, serving, web_tables

from paperkg.graph.store import open_store

DPO = "method:direct-preference-optimization"


@pytest.fixture(scope="module")
def base():
    store = open_store()
    store.load(web_tables())
    with serving(store) as url:
        yield url
    store.close()


def _page(context, url: str):
    page = context.new_page()
    page.problems = []  # console errors, page errors, dialogs: none may happen
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"pageerror: {e}"))

    def on_dialog(dialog):
        page.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(url)
    return page


def _only_this_server(context, base: str) -> None:
    assert context.requests, "no request recorded"
    off = [u for u in context.requests if not (u.startswith(base + "/") or u.startswith("data:"))]
    assert off == [], off


def test_search_entity_paper_related_path(context, base):
    page = _page(context, base + "/")
    page.locator("#q").press_sequentially("direct pref", delay=30)
    first = page.locator("#suggestions li a").first
    first.wait_for(state="visible", timeout=10_000)
    assert "Direct Preference Optimization" in first.inner_text()
    first.click()
    page.wait_for_url(f"{base}/entity/{DPO}")
    assert page.locator("#entity-name").inner_text().startswith("Direct Preference Optimization")
    assert page.locator("#years rect").count() >= 2  # 2023 and 2024 (the gap years are empty bars)
    assert page.locator("#evaluated-on tbody tr").count() >= 3
    assert page.locator("#evidence mark").first.inner_text() in ("DPO", "Direct Preference Optimization")
    # The neighbourhood draws (vis-network served by the explorer) and settles.
    page.wait_for_selector("#graph[data-stabilized=true]", timeout=30_000)
    assert page.locator("#graph canvas").count() == 1

    # Evidence -> the paper that proposes it; its abstract links each mention back to its entity.
    page.locator("#evidence a.paper", has_text="Your Language Model is Secretly a Reward Model").click()
    page.wait_for_url(f"{base}/paper/2305.18290")
    mentions = page.locator("#abstract a.mention")
    assert mentions.count() >= 6
    assert page.locator(f'#abstract a.mention[href="/entity/{DPO}"]').count() >= 3
    assert page.locator("#code a").first.get_attribute("href") == "https://github.com/example/dpo"

    # Related papers, each with the shared entities that explain it.
    related = page.locator("#related tbody tr")
    assert related.count() >= 2
    row = related.filter(has_text="A Study of RLHF")
    assert "Direct Preference Optimization" in row.inner_text()
    row.locator("a.paper").click()
    page.wait_for_url(f"{base}/paper/2310.00001")
    assert page.locator("#paper-title").inner_text() == "A Study of RLHF"
    assert page.problems == []
    _only_this_server(context, base)


def test_query_form_sortable_table_and_csv_download(context, base, tmp_path):
    page = _page(context, base + "/queries")
    page.locator("#query-list a", has_text="methods-on-benchmark").click()
    page.locator("input[name=benchmark]").fill("MT-Bench")
    page.locator("#query-form button[type=submit]").click()
    page.wait_for_selector("#results")
    assert "benchmark=MT-Bench" in page.url
    names = lambda: page.locator("#results tbody tr td:nth-child(2)").all_inner_texts()  # noqa: E731
    shown = names()
    # methods and models evaluated on MT-Bench (issue 11: model-usage answers include models)
    assert set(shown) == {"Direct Preference Optimization", "PPO", "Reinforcement Learning from Human Feedback",
                          "Llama-2-7B", "Mistral-7B"}
    head = page.locator("#results thead th", has_text="method").first
    head.click()
    assert names() == sorted(shown, key=str.lower, reverse=True)
    head.click()
    assert names() == sorted(shown, key=str.lower)

    with page.expect_download() as info:
        page.locator("#csv").click()
    download = info.value
    assert download.suggested_filename == "methods-on-benchmark.csv"
    path = tmp_path / "out.csv"
    download.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert {r["method"] for r in rows} == set(shown)
    assert {r["benchmark"] for r in rows} == {"MT-Bench"}
    assert page.problems == []
    _only_this_server(context, base)


def test_payloads_in_titles_abstracts_and_names_stay_inert(context, base):
    urls = [f"/paper/{EVIL_PAPER}", f"/entity/{EVIL_METHOD}", f"/entity/{EVIL_BENCH}", "/search?q=script",
            "/query/paper-proposals", f"/query/related-papers?paper={EVIL_PAPER}"]
    for url in urls:
        page = _page(context, base + url)
        page.wait_for_load_state("load")
        if "/entity/" in url:
            page.wait_for_selector("#graph[data-stabilized=true]", timeout=30_000)
        page.wait_for_timeout(200)
        dom = page.evaluate(
            """() => ({
                pwned: window.__pwned === undefined ? null : window.__pwned,
                injected: document.querySelectorAll('main img, main iframe, main object, main embed, main svg:not(#years)').length,
                scripts: Array.from(document.scripts, s => s.src ? new URL(s.src).pathname : s.type),
                jsLinks: Array.from(document.querySelectorAll('a[href^="javascript:"], [src^="javascript:"]')).length,
            })"""
        )
        assert dom["pwned"] is None and dom["injected"] == 0 and dom["jsLinks"] == 0, (url, dom)
        assert set(dom["scripts"]) <= {"/static/app.js", "/static/vendor/vis-network.min.js", "/static/graph.js",
                                       "application/json"}, (url, dom)
        assert page.problems == [], (url, page.problems)
        page.close()
    page = _page(context, base + f"/paper/{EVIL_PAPER}")
    assert PAYLOADS[3] in page.locator("#paper-title").inner_text()  # shown as text
    assert PAYLOADS[1] in page.locator("main .meta").first.inner_text()  # the venue, as text
    abstract = page.locator("#abstract").inner_text()
    assert PAYLOADS[0] in abstract and PAYLOADS[4] in abstract
    # The search box shows suggestions made of payload names as text, not markup.
    page.locator("#q").press_sequentially("script", delay=20)
    page.locator("#suggestions li a").first.wait_for(state="visible", timeout=10_000)
    labels = page.locator("#suggestions").inner_text()
    assert PAYLOADS[0] in labels
    assert page.locator("#suggestions img, #suggestions script, #suggestions iframe, #suggestions svg").count() == 0
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned === undefined")
    assert page.problems == []
    _only_this_server(context, base)


def test_missing_pages_and_picture_buttons(context, base):
    page = _page(context, base + "/entity/method:no-such-thing")
    assert page.locator(".error-title").inner_text() == "Not found"
    assert "no entity with key 'method:no-such-thing'" in page.locator("p.error").inner_text()
    page.problems = [p for p in page.problems if "404" not in p]  # the browser logs the 404 status itself
    page.goto(base + f"/entity/{DPO}")
    page.wait_for_selector("#graph[data-stabilized=true]", timeout=30_000)
    with page.expect_download() as info:
        page.locator("#save-png").click()
    png = info.value
    assert png.suggested_filename == "paperkg-neighbourhood.png"
    assert open(png.path(), "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    with page.expect_download() as info:
        page.locator("a.button", has_text="SVG, dark").click()
    svg = open(info.value.path(), encoding="utf-8").read()
    assert "<svg" in svg and "Direct Preference" in svg
    assert page.problems == []
    _only_this_server(context, base)
