"""`paperkg serve` in real headless Chromium: from a method variant's page ("variant of <base>") to its base,
whose page lists its variants (each with its papers, and the family's paper total), and back to a variant.
Made-up papers (no gold text); every request stays on this server."""

from __future__ import annotations

import pytest
from web_fixtures import serving

from paperkg.extract.records import ExtractedPaper
from paperkg.graph.build import build_graph
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables

BEAM = "method:beam-search"
DIVERSE = "method:diverse-beam-search"
CONSTRAINED = "method:constrained-beam-search"


def _ent(abstract: str, key: str, name: str, family: str | None = None) -> dict:
    start = abstract.index(name)
    return {"id": key, "name": name, "type": "method", "aliases": [], "role": "uses", "family": family,
            "mentions": [{"text": name, "start": start, "end": start + len(name), "sentence": 0, "rule": "test"}]}


def _paper(pid: str, year: int, abstract: str, ents: list[tuple]) -> ExtractedPaper:
    return ExtractedPaper.from_dict({
        "id": pid, "title": f"Decoding {pid}", "abstract": abstract, "entities": [_ent(abstract, *e) for e in ents],
        "code": [], "results": [], "year": year, "venue": "testconf", "source": "test"})


B1 = "We decode with beam search."
B2 = "We propose diverse beam search and compare it with beam search."
B3 = "Diverse beam search and constrained beam search both help."
PAPERS = [
    _paper("b1", 2018, B1, [(BEAM, "beam search")]),
    _paper("b2", 2019, B2, [(DIVERSE, "diverse beam search", BEAM), (BEAM, "beam search")]),
    _paper("b3", 2020, B3, [(DIVERSE, "Diverse beam search", BEAM), (CONSTRAINED, "constrained beam search", BEAM)]),
]


@pytest.fixture(scope="module")
def base():
    store = open_store()
    store.load(graph_tables(build_graph(PAPERS)))
    with serving(store) as url:
        yield url
    store.close()


def test_variant_links_to_its_base_which_lists_its_variants(context, base):
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.goto(f"{base}/entity/{DIVERSE}")
    assert page.locator("#variants").count() == 0  # a variant lists no variants
    link = page.locator("#variant-of a")
    assert link.inner_text() == "beam search"
    link.click()
    page.wait_for_url(f"{base}/entity/{BEAM}")
    assert page.locator("#entity-name").inner_text().startswith("beam search")
    assert page.locator("#variant-of").count() == 0
    rows = page.locator("#variants tbody tr")
    assert rows.all_inner_texts() == ["diverse beam search\t2", "constrained beam search\t1"]
    total = page.locator("#variants-total").inner_text()
    assert total.startswith("2 variants of beam search; the family (it and its variants) is named by 3 papers, 2 of")
    rows.filter(has_text="constrained beam search").locator("a").click()
    page.wait_for_url(f"{base}/entity/{CONSTRAINED}")
    assert page.locator("#variant-of a").get_attribute("href") == f"/entity/{BEAM}"
    page.wait_for_selector("#graph[data-stabilized=true]", timeout=30_000)
    assert problems == []
    off = [u for u in context.requests if not (u.startswith(base + "/") or u.startswith("data:"))]
    assert context.requests and off == [], off
