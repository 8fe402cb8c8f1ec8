"""The interactive page: self-contained (no CDN), payload text escaped, physics stops, bound enforced."""

from __future__ import annotations

import html
import json
import re

import pytest

from paperkg.errors import TooManyNodes
from paperkg.extract.records import Entity, ExtractedPaper, Mention
from paperkg.graph.build import build_graph
from paperkg.graph.viz import interactive, show, to_html, write_html

PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</script><svg onload=alert(1)>", "<!--")


def payload_graph():
    abstract = (f"We propose {PAYLOADS[0]} Optimizer, a method. "
                f"It beats {PAYLOADS[1]} on the GSM8K benchmark {PAYLOADS[2]} {PAYLOADS[3]}.")
    ents = [
        Entity("method:evil", f"{PAYLOADS[0]} Optimizer", "method", "proposes",
               mentions=[Mention(f"{PAYLOADS[0]} Optimizer", 11, 11 + len(PAYLOADS[0]) + 10, 0, "rule:we-propose")]),
        Entity("method:img", PAYLOADS[1], "method", "compares_with", aliases=[PAYLOADS[2]],
               mentions=[Mention(PAYLOADS[1], abstract.index(PAYLOADS[1]), abstract.index(PAYLOADS[1]) + len(PAYLOADS[1]), 1, "rule:x")]),
        Entity("benchmark:gsm8k", "GSM8K", "benchmark", "evaluates_on",
               mentions=[Mention("GSM8K", abstract.index("GSM8K"), abstract.index("GSM8K") + 5, 1, "gazetteer:benchmarks")]),
    ]
    return build_graph([ExtractedPaper("p1", f"Title {PAYLOADS[1]}", abstract, ents)])


def _data_block(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="paperkg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def _without_vis_js(page: str) -> str:
    return page.replace(interactive._vis_js(), "")


def test_page_references_nothing_on_the_network():
    page = to_html(payload_graph(), "t")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "@import" not in page and "<link" not in page.lower() and "sourceMappingURL" not in page
    assert "bootstrap" not in page.lower()
    # Outside the inlined vis-network bundle (licence comments, the SVG namespace) no URL at all.
    rest = _without_vis_js(page)
    assert "http://" not in rest and "https://" not in rest
    assert "new vis.Network" in page and len(interactive._vis_js()) > 100_000


def test_payload_text_is_escaped_everywhere():
    page = to_html(payload_graph(), title=PAYLOADS[0])
    for p in PAYLOADS:
        assert p not in page
    rest = _without_vis_js(page)
    assert rest.lower().count("<script") == 3  # vis bundle, data block, our start-up code
    assert "<img" not in rest.lower() and "<svg" not in rest.lower() and "<!--" not in rest
    assert html.escape(PAYLOADS[0]) in page  # the visible title, as text


def test_payload_survives_as_text_in_the_data():
    data = _data_block(to_html(payload_graph()))
    labels = " ".join(" ".join(n["label"].split()) for n in data["nodes"])  # labels wrap onto two lines
    titles = " ".join(n["title"] for n in data["nodes"]) + " ".join(e["title"] for e in data["edges"])
    assert PAYLOADS[1] in labels
    assert PAYLOADS[2] in titles  # alias, in the tooltip
    assert "<script>alert(1)</script> Optimizer" in titles  # evidence sentence, verbatim text


def test_nodes_coloured_by_label_sized_by_degree_with_legend():
    G = payload_graph()
    page = to_html(G)
    data = _data_block(page)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id["Method:method:evil"]["color"]["background"] == interactive.style.COLOURS["Method"]
    assert by_id["Paper:p1"]["size"] > by_id["Benchmark:benchmark:gsm8k"]["size"]
    assert 'id="paperkg-legend"' in page and "Method (2)" in page and "Paper (1)" in page


def test_physics_stops_after_stabilisation():
    page = to_html(payload_graph())
    data = _data_block(page)
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert 'once("stabilizationIterationsDone"' in page and "setOptions({physics: false})" in page


def test_write_html_refuses_more_than_the_bound(tmp_path):
    with pytest.raises(TooManyNodes, match="--max-nodes"):
        write_html(payload_graph(), tmp_path / "x.html", max_nodes=2)
    assert not (tmp_path / "x.html").exists()


def test_notebook_view_is_an_escaped_iframe():
    view = show(payload_graph(), "t")
    out = view._repr_html_()
    assert out.startswith("<iframe srcdoc=\"") and out.endswith("</iframe>")
    srcdoc = out[len('<iframe srcdoc="'): out.index('" style=')]
    assert "<" not in srcdoc and '"' not in srcdoc
    assert html.unescape(srcdoc) == view.page


def test_input_graph_not_mutated_by_writer(tmp_path):
    import networkx as nx

    G = payload_graph()
    before = json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, default=str)
    write_html(G, tmp_path / "x.html")
    assert json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, default=str) == before
