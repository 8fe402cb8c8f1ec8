"""Static pictures: valid PNG/SVG/PDF files, the two-column method-benchmark layout, label thinning."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from paperkg.errors import InputError, TooManyNodes
from paperkg.graph.viz import static, views, write_static
from test_viz_views import make_graph, snapshot


def test_png_svg_pdf_are_valid_files(tmp_path):
    G = make_graph()
    png = write_static(G, tmp_path / "g.png")
    svg = write_static(G, tmp_path / "g.svg", title="t")
    pdf = write_static(G, tmp_path / "g.PDF")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "MMLU" in svg.read_text()  # labels are drawn as text
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_unknown_suffix_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=r"\.svg, \.png or \.pdf"):
        write_static(make_graph(), tmp_path / "g.jpg")


def test_bound_enforced(tmp_path):
    with pytest.raises(TooManyNodes):
        write_static(make_graph(), tmp_path / "g.png", max_nodes=3)


def test_bipartite_view_gets_methods_left_benchmarks_right():
    H = views.bipartite(make_graph())
    pos = static.layout(H)
    for n, (x, _) in pos.items():
        assert x == (0.0 if H.nodes[n]["label"] == "Method" else 1.0)


def test_layout_is_deterministic_and_keeps_islands_close():
    G = make_graph()
    assert static.layout(G) == static.layout(G)
    pos = static.layout(G)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    # P3's island is packed next to the main component, not flung to a far corner.
    assert max(xs) - min(xs) < 12 and max(ys) - min(ys) < 12


def test_big_view_labels_only_some_nodes_without_overlap():
    G = nx.MultiDiGraph()
    for i in range(120):
        G.add_node(f"Method:m{i}", label="Method", key=f"m{i}", name=f"Some rather long method name {i}")
        if i:
            G.add_edge(f"Method:m{i}", f"Method:m{i // 3}", type="USES")
    fig = static.draw(G)
    texts = [t for t in fig.axes[0].texts]
    assert 0 < len(texts) <= static.MAX_LABELS
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in texts]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_writer_does_not_mutate_input(tmp_path):
    G = make_graph()
    before = snapshot(G)
    write_static(G, tmp_path / "g.svg")
    assert snapshot(G) == before


def test_svg_with_markup_in_names_has_no_markup(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("Method:x", label="Method", key="x", name="--><script>alert(1)</script><!--")
    G.add_node("Method:y", label="Method", key="y", name="<img src=x onerror=alert(1)>")
    out = write_static(G, tmp_path / "g.svg")
    text = out.read_text()
    assert "<script" not in text and "<img" not in text
    tags = {el.tag.split("}")[-1] for el in ET.parse(out).getroot().iter()}
    assert not tags & {"script", "img", "foreignObject"}


def _math_graph() -> nx.MultiDiGraph:
    """Names and titles that matplotlib would read as math text ($...$), one of them unparseable."""
    G = nx.MultiDiGraph()
    G.add_node("Paper:m", label="Paper", id="m", title="Bounds for $O(n^2)$ and $x^$ alike")
    G.add_node("Method:a", label="Method", name="$\\alpha$-DPO", key="a")
    G.add_node("Method:b", label="Method", name="Cost $5 to $10 model", key="b")
    G.add_node("Benchmark:c", label="Benchmark", name="$\\frac{1}{", key="c")
    for n in ("Method:a", "Method:b"):
        G.add_edge("Paper:m", n, type="USES")
    G.add_edge("Paper:m", "Benchmark:c", type="EVALUATES_ON")
    G.add_edge("Method:a", "Benchmark:c", type="EVALUATED_ON", papers=1)
    G.add_edge("Method:b", "Benchmark:c", type="EVALUATED_ON", papers=2)
    return G


def test_dollar_signs_in_labels_are_plain_text(tmp_path):
    from paperkg.graph.viz import write_heatmap

    G = _math_graph()
    for theme in ("light", "dark"):
        svg = write_static(G, tmp_path / f"m-{theme}.svg", title="$x^$ title", theme=theme).read_text()
        assert "$\\alpha$-DPO" in svg and "Cost $5 to $10 model" in svg  # drawn as typed
    write_static(G, tmp_path / "m.png")
    write_static(views.bipartite(G), tmp_path / "b.png")
    heat = write_heatmap(G, tmp_path / "h.svg", title="$x^$").read_text()
    assert "$\\frac{1}{" in heat


def test_pictures_are_16_by_9_and_labels_clear_every_disc(tmp_path):
    from matplotlib import image

    from paperkg.graph.viz import style

    G = make_graph()
    for theme in ("light", "dark"):
        png = write_static(G, tmp_path / f"g-{theme}.png", theme=theme)
        h, w = image.imread(png).shape[:2]
        assert (w, h) == (2000, 1125)
    fig = static.draw(G)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    pos = static.layout(G)
    crowd = min(1.0, 50 / len(G)) ** 0.75
    discs = static._disc_boxes(ax, G, pos, style.scaled_sizes(G, 45 * crowd, 650 * crowd))
    labels = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(labels) == len(G)  # a small view: every node labelled
    for box in labels:
        assert sum(box.overlaps(d) for d in discs.values()) == 0
    for i, a in enumerate(labels):
        assert not any(a.overlaps(b) for b in labels[i + 1:])


def test_focus_label_is_never_cut_and_papers_differ_from_methods():
    from paperkg.graph.viz import style

    G = nx.MultiDiGraph()
    G.add_node("M", label="Method", name="Direct Preference Optimization with a Very Long Name Indeed")
    G.add_node("P", label="Paper", title="Direct Preference Optimization with a Very Long Name Indeed")
    G.add_node("U", label="Paper", id="e3b0c44298fc1c14", venue="NeurIPS", year=2023)
    assert style.node_label(G, "M", full=True).replace("\n", " ") == G.nodes["M"]["name"]
    assert style.node_label(G, "M") != style.node_label(G, "P")
    assert style.node_label(G, "P").startswith("“")
    assert style.node_label(G, "U").replace("\n", " ") == "untitled paper (NeurIPS 2023)"
