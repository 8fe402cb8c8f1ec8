"""Session 29 (extract/senses29.py): a coiner of an established name stays with its earlier users; method variants
of one listed base are one node whatever spelling of the base they use, and carry the base's node id. Names and
sentences are invented; none comes from a gold file."""

from __future__ import annotations

import pytest

from paperkg.extract import senses29
from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


@pytest.fixture(autouse=True)
def on(monkeypatch):
    for v in ("PAPERKG_SENSES29", "PAPERKG_SENSES28", "PAPERKG_SENSES27"):
        monkeypatch.delenv(v, raising=False)


def _at(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


def _paper(pid: str, name: str, text: str, year: int = 2020, role: str = "uses", rule: str = "rule:name-shape",
           title: str | None = None, typ: str = "method") -> LocalResult:
    start, end = _at(text, name)
    e = LocalEntity(name=name, type=typ, role=role, aliases=[], family=None,
                    mentions=[Mention(name, start, end, 0, rule)])
    return LocalResult(Paper(id=pid, title=title, abstract=text, year=year), [e], [])


def _ids(results) -> dict[str, str]:
    return {p.id: p.entities[0].id for p in canonicalise(results)}


def _families(results) -> dict[str, str | None]:
    return {p.id: p.entities[0].family for p in canonicalise(results)}


# -- variant-base, variant-link ------------------------------------------------------------------------------------


def test_variant_base_reads_variant_adjectives_before_a_listed_method():
    assert senses29.variant_base29("distributed SGD")[2] == senses29.variant_base29(
        "distributed stochastic gradient descent")[2]
    assert senses29.variant_base29("Kernel support vector machines")[0] == "Kernel"
    assert senses29.variant_base29("sparse overlapping PCA")[0] == "sparse overlapping"
    assert senses29.variant_base29("deep SVM") is None  # "deep" makes no variant (recall30's closed list)
    assert senses29.variant_base29("sparse quillwork") is None  # no listed base
    assert senses29.variant_base29("SVM") is None  # the base itself
    assert senses29.variant_spellings29("coined:x@2020", ["kernel SVM"]) == []  # kept apart from its spelling
    assert senses29.variant_spellings29("form:kernelsvm", ["kernel SVM", "kernel SVMs"]) == \
        senses29.variant_spellings29("form:x", ["kernel support vector machine"])


def test_spellings_of_one_variant_are_one_node(monkeypatch):
    a = _paper("v1", "distributed SGD", "Workers run distributed SGD over sharded parameters.")
    b = _paper("v2", "distributed stochastic gradient descent",
               "We analyse distributed stochastic gradient descent with stale gradients.")
    ids = _ids([a, b])
    assert ids["v1"] == ids["v2"], ids
    assert _ids([b, a]) == ids  # any order
    monkeypatch.setenv("PAPERKG_SENSES29", "variant-base")
    ids = _ids([a, b])
    assert ids["v1"] != ids["v2"], ids


def test_two_variants_of_one_base_stay_two_nodes():
    a = _paper("w1", "kernel SVM", "A kernel SVM separates the classes of leaves.")
    b = _paper("w2", "structured SVM", "A structured SVM predicts the parse of a leaf.")
    ids = _ids([a, b])
    assert ids["w1"] != ids["w2"], ids


def test_a_variant_links_its_base_node(monkeypatch):
    base = _paper("b1", "SVM", "An SVM classifies the leaves of the orchard.")
    variant = _paper("b2", "kernel SVM", "A kernel SVM separates the classes of leaves.")
    got = {p.id: (p.entities[0].id, p.entities[0].family) for p in canonicalise([base, variant])}
    assert got["b2"][1] == got["b1"][0] and got["b1"][1] is None, got
    alone = _families([variant])  # no paper names the base: no node to link to
    assert alone["b2"] is None, alone
    monkeypatch.setenv("PAPERKG_SENSES29", "variant-link")
    assert _families([base, variant])["b2"] is None


def test_a_variant_link_is_the_same_for_a_corpus_built_in_parts():
    """The link is a function of the final nodes: resolving the papers in another order, or the variant's paper
    alone with the base's, gives the same records."""
    base = _paper("p1", "PCA", "We reduce dimensions with PCA before clustering.")
    v1 = _paper("p2", "sparse PCA", "Loadings of sparse PCA are read as gene modules.")
    v2 = _paper("p3", "sparse principal component analysis",
                "We solve sparse principal component analysis with a semidefinite relaxation.")
    one = {p.id: (p.entities[0].id, p.entities[0].family) for p in canonicalise([base, v1, v2])}
    other = {p.id: (p.entities[0].id, p.entities[0].family) for p in canonicalise([v2, base, v1])}
    assert one == other
    assert one["p2"] == one["p3"] and one["p2"][1] == one["p1"][0], one
