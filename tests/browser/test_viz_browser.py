"""The interactive page in real headless Chromium: draws offline, asks nothing of the network, and
markup in abstracts, names and evidence sentences stays text (no dialog, no injected element)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from matplotlib import image as mpimg

from paperkg.extract.records import Entity, ExtractedPaper, Mention
from paperkg.graph.build import build_graph, read_extracted
from paperkg.graph.viz import write_html


def is_local(url: str) -> bool:
    # Not imported from conftest: another test folder's conftest module may shadow the name.
    return url.startswith(("file://", "http://127.0.0.1:", "data:", "about:", "blob:"))


SMALL = Path(__file__).resolve().parents[1] / "data" / "small_papers.jsonl"
PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '<img src=x onerror="window.__pwned=1">',
    "</script><script>window.__pwned=2</script>",
    "<svg onload=alert(3)>",
    '"><iframe src="javascript:alert(4)">',
)
STABLE = "body[data-stabilized=true]"


def _span(text: str, part: str, sentence: int, rule: str) -> Mention:
    start = text.index(part)
    return Mention(part, start, start + len(part), sentence, rule)


def payload_papers() -> list[ExtractedPaper]:
    evil_method = f"{PAYLOADS[0]}Opt"
    abstract = (f"We propose {evil_method}, a method {PAYLOADS[1]}. "
                f"It beats {PAYLOADS[2]} on the {PAYLOADS[3]} benchmark and GSM8K {PAYLOADS[4]}. "
                f"Code {PAYLOADS[5]}.")
    ents = [
        Entity("method:evil", evil_method, "method", "proposes", aliases=[PAYLOADS[5]],
               mentions=[_span(abstract, evil_method, 0, "rule:we-propose")]),
        Entity("method:img", PAYLOADS[2], "method", "compares_with", mentions=[_span(abstract, PAYLOADS[2], 1, "rule:x")]),
        Entity("benchmark:evil", PAYLOADS[3], "benchmark", "evaluates_on",
               mentions=[_span(abstract, PAYLOADS[3], 1, "rule:benchmark")]),
        Entity("benchmark:gsm8k", "GSM8K", "benchmark", "evaluates_on",
               mentions=[_span(abstract, "GSM8K", 1, "gazetteer:benchmarks")]),
    ]
    return [ExtractedPaper("p1", f"Title {PAYLOADS[4]}", abstract, ents, code=["https://github.com/x/y"])]


def _open(context, url: str):
    page = context.new_page()
    page.problems = []  # console errors, page errors and dialogs
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"pageerror: {e}"))

    def on_dialog(dialog):
        page.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(url)
    page.wait_for_selector(STABLE, state="attached", timeout=30_000)
    return page


def _drawn_pixels(png: bytes) -> int:
    img = mpimg.imread(io.BytesIO(png), format="png")[..., :3]
    return int(np.count_nonzero(np.abs(img - 1.0).sum(axis=2) > 0.08))  # not (near) white


def test_small_graph_draws_offline_from_file(context, tmp_path):
    from paperkg.graph.viz import graph_from_papers

    out = write_html(graph_from_papers(SMALL), tmp_path / "g.html", title="small")
    page = _open(context, out.as_uri())
    canvas = page.locator("#paperkg-graph canvas")
    assert canvas.count() == 1
    assert _drawn_pixels(canvas.screenshot()) > 5_000
    assert page.evaluate("window.paperkgNetwork.physics.physicsEnabled") is False  # it stopped
    assert page.problems == []
    assert context.requests and all(u.startswith("file://") for u in context.requests), context.requests


def test_nothing_leaves_the_machine_over_localhost_http(context, local_server):
    site, base = local_server
    write_html(build_graph(payload_papers()), site / "g.html")
    page = _open(context, base + "g.html")
    page.wait_for_timeout(300)
    assert _drawn_pixels(page.locator("#paperkg-graph canvas").screenshot()) > 2_000
    off = [u for u in context.requests if not is_local(u)]
    assert off == [] and context.requests == [base + "g.html"]
    assert page.problems == []


def test_markup_in_the_data_stays_text_even_in_tooltips(context, tmp_path):
    out = write_html(build_graph(payload_papers()), tmp_path / "evil.html", title=PAYLOADS[0])
    page = _open(context, out.as_uri())
    assert page.title() == PAYLOADS[0]  # the title is shown as text
    dom = page.evaluate(
        """() => ({
            scripts: document.scripts.length,
            injected: document.querySelectorAll('img, svg, iframe, object, embed').length,
            pwned: window.__pwned === undefined ? null : window.__pwned,
        })"""
    )
    # The vis bundle, our JSON data block and our start-up code: nothing else.
    assert dom == {"scripts": 3, "injected": 0, "pwned": None}

    # Hover each entity node: its tooltip must hold the payload as text, with no child elements.
    positions = page.evaluate(
        """() => { const n = window.paperkgNetwork; const pos = n.getPositions();
                   const out = {}; for (const id in pos) out[id] = n.canvasToDOM(pos[id]); return out; }"""
    )
    box = page.locator("#paperkg-graph").bounding_box()
    seen = []
    for node_id in ("Method:method:evil", "Method:method:img", "Benchmark:benchmark:evil"):
        x, y = positions[node_id]["x"] + box["x"], positions[node_id]["y"] + box["y"]
        page.mouse.move(x - 40, y - 40)
        page.mouse.move(x, y, steps=4)
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5_000)
        seen.append(tooltip.inner_text())
        # innerText turns newlines into <br>; anything else would be markup from the data.
        tags = tooltip.evaluate("el => Array.from(el.querySelectorAll('*'), c => c.tagName)")
        assert set(tags) <= {"BR"}, tags
    joined = "\n".join(seen)
    assert PAYLOADS[0] in joined and PAYLOADS[2] in joined and PAYLOADS[3] in joined
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert page.problems == []
    assert all(u.startswith("file://") for u in context.requests), context.requests


@pytest.mark.parametrize("n", [250])
def test_a_few_hundred_nodes_still_stabilise(context, tmp_path, n):
    import networkx as nx

    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"Method:m{i}", label="Method", key=f"m{i}", name=f"method {i}")
        if i:
            G.add_edge(f"Method:m{i}", f"Method:m{(i * 7) % i}", type="USES")
    out = write_html(G, tmp_path / "big.html")
    page = _open(context, out.as_uri())
    assert page.evaluate("window.paperkgNetwork.physics.physicsEnabled") is False
    assert page.problems == []


def test_notebook_iframe_view_draws_and_keeps_markup_as_text(context, tmp_path):
    from paperkg.graph.viz import show

    wrapper = tmp_path / "notebook-cell.html"
    wrapper.write_text("<!DOCTYPE html><html><body>" + show(build_graph(payload_papers()), "cell")._repr_html_()
                       + "</body></html>", encoding="utf-8")
    page = context.new_page()
    problems = []
    page.on("dialog", lambda d: (problems.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(wrapper.as_uri())
    frame = page.frame_locator("iframe")
    frame.locator(STABLE).wait_for(state="attached", timeout=30_000)
    assert _drawn_pixels(frame.locator("#paperkg-graph canvas").screenshot()) > 2_000
    assert page.locator("iframe").evaluate("f => f.contentDocument.querySelectorAll('img, svg, iframe').length") == 0
    assert problems == []
    assert all(is_local(u) for u in context.requests), context.requests


def test_trend_chart_draws_offline_and_names_stay_text(context, tmp_path):
    from paperkg.graph.store import open_store
    from paperkg.graph.tables import graph_tables
    from paperkg.graph.viz import charts

    with open_store() as store:
        store.load(graph_tables(build_graph(read_extracted(SMALL))))
        df = charts.trend_table(store, ["DPO", "Llama-2-7B"])
    df.loc[df["series"] == "Llama-2-7B", "series"] = PAYLOADS[0]
    out = tmp_path / "trend.html"
    out.write_text(charts.trend_html(df, PAYLOADS[0]), encoding="utf-8")
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(out.as_uri())
    page.wait_for_selector("#chart polyline", state="attached", timeout=30_000)
    assert page.locator("#chart polyline").count() == 2
    assert page.title() == PAYLOADS[0]
    # Hover a point: the tooltip holds the name as text.
    page.locator("#chart circle").last.hover()
    assert PAYLOADS[0] in page.locator("#tip").inner_text()
    assert page.evaluate("document.querySelectorAll('#tip *, #legend img, #legend script').length") == 0
    # Switching to shares redraws; a click on a legend entry hides its line.
    page.locator("input[value=share]").check()
    assert page.evaluate("document.querySelector('#chart text').textContent").endswith("%")
    page.locator("#legend span").first.click()
    assert page.locator("#chart polyline").count() == 1
    assert page.evaluate("window.__pwned === undefined") and problems == []
    assert all(u.startswith("file://") for u in context.requests), context.requests
