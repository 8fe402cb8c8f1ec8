"""The explorer's entity page shows a method variant's base and a base's variants (VARIANT_OF,
docs/history/family30.md): data.method_variants through the canned queries entity-card and method-variants,
on a real LadybugDB store built from made-up papers (no gold text), and the page through Flask's test client."""

from __future__ import annotations

import pytest

from paperkg.extract.records import ExtractedPaper
from paperkg.graph.build import build_graph
from paperkg.graph.store import open_store
from paperkg.graph.tables import graph_tables
from paperkg.web import create_app, data

DROP = "method:dropout"
VDROP = "method:variational-dropout"
SDROP = "method:spatial-dropout"
EVIL = "method:evil-dropout"
ADAM = "method:adam"
CIFAR = "dataset:cifar-10"
EVIL_NAME = "<img src=x onerror=\"window.__pwned=1\">dropout"


def _ent(abstract: str, key: str, name: str, role: str = "uses", family: str | None = None) -> dict:
    start = abstract.index(name)
    return {"id": key, "name": name, "type": key.split(":")[0], "aliases": [], "role": role, "family": family,
            "mentions": [{"text": name, "start": start, "end": start + len(name), "sentence": 0, "rule": "test"}]}


def _paper(pid: str, abstract: str, ents: list[tuple]) -> dict:
    return {"id": pid, "title": f"Paper {pid}", "abstract": abstract,
            "entities": [_ent(abstract, *e) for e in ents], "code": [], "results": [], "year": 2020,
            "venue": "testconf", "source": "test"}


A1 = "We regularise a network with dropout and train it with Adam on CIFAR-10."
A2 = "We propose variational dropout for recurrent networks on CIFAR-10."
A3 = "We compare variational dropout with spatial dropout and dropout."
A4 = "We study variational dropout as Bayesian inference."
A5 = f"We propose {EVIL_NAME} for convolutions."
PAPERS = [
    _paper("w1", A1, [(DROP, "dropout"), (ADAM, "Adam"), (CIFAR, "CIFAR-10", "evaluates_on")]),
    _paper("w2", A2, [(VDROP, "variational dropout", "proposes", DROP), (CIFAR, "CIFAR-10", "evaluates_on")]),
    # dropout named again next to two variants: the family counts this paper once.
    _paper("w3", A3, [(VDROP, "variational dropout", "uses", DROP), (SDROP, "spatial dropout", "uses", DROP),
                      (DROP, "dropout", "compares_with")]),
    _paper("w4", A4, [(VDROP, "variational dropout", "uses", DROP)]),
    _paper("w5", A5, [(EVIL, EVIL_NAME, "proposes", DROP)]),
]


@pytest.fixture(scope="module")
def store():
    s = open_store()
    s.load(graph_tables(build_graph([ExtractedPaper.from_dict(p) for p in PAPERS])))
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    return create_app(store, where="memory").test_client()


def test_a_base_lists_its_variants_with_their_papers_and_the_family_total(store):
    page = data.entity(store, DROP)
    assert page["variant_of"] is None
    assert page["variants"] == [
        {"name": "variational dropout", "key": VDROP, "papers": 3},  # most named first
        {"name": EVIL_NAME, "key": EVIL, "papers": 1},
        {"name": "spatial dropout", "key": SDROP, "papers": 1},
    ]
    assert page["variants_total"] == 3
    assert page["entity"]["papers"] == 2  # its own papers (w1, w3): no variant folded in
    assert page["family_papers"] == 5  # w1..w5, w3 once


def test_a_variant_names_its_base_and_lists_no_variants(store):
    page = data.entity(store, VDROP)
    assert page["variant_of"] == {"name": "dropout", "key": DROP}
    assert page["variants"] == [] and page["variants_total"] == 0 and page["family_papers"] is None


@pytest.mark.parametrize("key", [ADAM, CIFAR])
def test_unlinked_method_and_other_types_have_neither(store, key):
    page = data.entity(store, key)
    assert page["variant_of"] is None and page["variants"] == [] and page["family_papers"] is None


def test_a_long_variant_list_is_cut_and_says_so(store, client, monkeypatch):
    monkeypatch.setattr(data, "VARIANTS", 1)
    page = data.entity(store, DROP)
    assert [v["key"] for v in page["variants"]] == [VDROP]
    assert page["variants_total"] == 3 and page["family_papers"] == 5
    assert "The 1 most named of 3 variants." in client.get(f"/entity/{DROP}").get_data(as_text=True)


def test_pages_link_variant_and_base_and_escape_names(client):
    base = client.get(f"/entity/{DROP}").get_data(as_text=True)
    table = base[base.index('id="variants"'):base.index("</table>", base.index('id="variants"'))]
    assert f'href="/entity/{VDROP}">variational dropout</a></td><td class="num">3</td>' in table
    assert f'href="/entity/{SDROP}"' in table and f'href="/entity/{EVIL}"' in table
    assert "3 variants of dropout; the family (it and its variants) is named by 5 papers, 2 of them" in base
    assert "<img src=x" not in base and "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;dropout" in base
    assert 'id="variant-of"' not in base

    variant = client.get(f"/entity/{EVIL}").get_data(as_text=True)
    assert f'<dd id="variant-of"><a class="ent t-method" href="/entity/{DROP}">dropout</a></dd>' in variant
    assert 'id="variants"' not in variant
    plain = client.get(f"/entity/{ADAM}").get_data(as_text=True)
    assert 'id="variant-of"' not in plain and 'id="variants"' not in plain
