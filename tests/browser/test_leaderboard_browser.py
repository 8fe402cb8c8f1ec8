"""The interactive state-of-the-art chart in real headless Chromium: draws offline, markup from the data stays
text, a click on a point shows its evidence."""

from __future__ import annotations

from paperkg.extract.records import Entity, ExtractedPaper, Mention, Result
from paperkg.graph.build import build_graph
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables
from paperkg.graph.viz.leaderboard import leaderboard_points, write_leaderboard

EVIL = '<img src=x onerror="window.__pwned=1"><script>alert(1)</script>$x^2$'


def evil_papers() -> list[ExtractedPaper]:
    """Two papers whose method name, title and evidence hold markup (the same as the unit test's, inlined)."""
    out = []
    for i, (year, value) in enumerate([(2020, 50.0), (2021, 40.0)]):
        text = f"We propose {EVIL}{i}. It reaches {value}% error rate on Foo-Bench."
        s, b, v = text.index(EVIL), text.index("Foo-Bench"), text.index(f"{value}%")
        ents = [Entity(f"method:evil{i}", f"{EVIL}{i}", "method", "proposes",
                       mentions=[Mention(f"{EVIL}{i}", s, s + len(EVIL) + 1, 0, "r")]),
                Entity("benchmark:foo-bench", "Foo-Bench", "benchmark", "evaluates_on",
                       mentions=[Mention("Foo-Bench", b, b + 9, 1, "r")])]
        res = [Result(value, f"{value}%", "%", "error rate", "error rate", "lower", "exact", False,
                      "benchmark:foo-bench", "Foo-Bench", None, f"method:evil{i}", f"{EVIL}{i}", 1, v,
                      v + len(f"{value}%"), "test")]
        out.append(ExtractedPaper(f"e{i}", f"Title {EVIL}", text, ents, year=year, results=res))
    return out


def test_chart_draws_offline_and_shows_evidence_as_text(context, tmp_path):
    with open_store() as store:
        store.load(graph_tables(build_graph(evil_papers())))
        out = write_leaderboard(leaderboard_points(store, "Foo-Bench"), tmp_path / "sota.html")
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append(d.message), d.dismiss()))
    page.goto(out.as_uri())
    assert page.locator("svg circle").count() == 2
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.locator(".ev:not([hidden])").count() == 0
    page.locator("svg circle").nth(1).click()
    shown = page.locator(".ev:not([hidden])")
    assert shown.count() == 1 and EVIL in shown.inner_text() and "40.0%" in shown.inner_text()
    assert EVIL in page.locator("svg circle title").nth(0).text_content()
    assert page.evaluate("window.__pwned === undefined") and problems == []
    assert all(u.startswith("file://") for u in context.requests), context.requests
