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


# -- established-name ----------------------------------------------------------------------------------------------

EARLY1 = ("Sparse codes for noisy photographs", "We learn an overcomplete dictionary with GLIMSVD and denoise "
          "photographs through sparse coding of overlapping patches; atoms adapt to texture and noise levels vary "
          "across scenes.")
EARLY2 = ("Faster dictionary updates", "Dictionary updates of GLIMSVD dominate the cost of sparse coding; we cache "
          "residuals of patches so atoms update faster on large photographs with texture.")
ON_SUBJECT = ("Photograph denoising via GLIMSVD with pruned updates",
              "Sparse coding with a learned dictionary removes noise from photographs. In this paper we use an atom "
              "pruning rule inside a sparse solver named GLIMSVD to speed the dictionary stage. Harbour cranes, "
              "weather stations, railway timetables, shipping manifests, bakery schedules, violin lessons, tulip "
              "gardens, kettle whistles, marble quarries and lantern festivals are unrelated vocabulary here.")


def _early_users() -> list[LocalResult]:
    return [_paper("u1", "GLIMSVD", EARLY1[1], 2014, title=EARLY1[0]),
            _paper("u2", "GLIMSVD", EARLY2[1], 2016, title=EARLY2[0])]


def test_a_coiner_on_an_established_names_subject_stays_with_its_users(monkeypatch):
    """Two papers used the name before; a later paper on their subject names it with a cue ("a sparse solver named
    X"): one thing, one node. Session 28's earlier-users reading split it off."""
    coiner = _paper("c1", "GLIMSVD", ON_SUBJECT[1], 2020, role="proposes", rule="rule:named", title=ON_SUBJECT[0])
    ids = _ids([*_early_users(), coiner])
    assert ids["c1"] == ids["u1"] == ids["u2"], ids
    assert _ids([coiner, *_early_users()]) == ids  # any order of the papers
    monkeypatch.setenv("PAPERKG_SENSES29", "established-name")
    ids = _ids([*_early_users(), coiner])
    assert ids["c1"] != ids["u1"] and ids["u1"] == ids["u2"], ids


def test_an_appositive_introduction_or_a_title_lead_still_splits():
    """The same paper presenting the name as its own ("We present X, a ...") or leading its title with it is the
    homonym session 28 splits off, however close its words."""
    own = ON_SUBJECT[1].replace("we use an atom pruning rule inside a sparse solver named GLIMSVD to speed",
                                "we present GLIMSVD, an atom pruning rule inside a sparse solver, to speed")
    coiner = _paper("c2", "GLIMSVD", own, 2020, role="proposes", rule="rule:named", title=ON_SUBJECT[0])
    ids = _ids([*_early_users(), coiner])
    assert ids["c2"] != ids["u1"], ids
    titled = _paper("c3", "GLIMSVD", ON_SUBJECT[1], 2020, role="proposes", rule="rule:named",
                    title="GLIMSVD: pruned updates for photograph denoising")
    ids = _ids([*_early_users(), titled])
    assert ids["c3"] != ids["u1"], ids


def test_one_earlier_user_is_no_established_name():
    coiner = _paper("c4", "GLIMSVD", ON_SUBJECT[1], 2020, role="proposes", rule="rule:named", title=ON_SUBJECT[0])
    ids = _ids([_early_users()[0], coiner])
    assert ids["c4"] != ids["u1"], ids


def test_keeps_earlier_users_reads_overlap_and_count():
    from paperkg.extract.records import Paper as P
    p = P(id="x", title="Some title", abstract="Photographs are denoised with GLIMSVD here.", year=2020)
    near, far = frozenset({"photograph", "denoise", "dictionary"}), frozenset({"sonnet", "rhyme", "meter"})
    words = frozenset({"photograph", "denoise", "dictionary", "atoms"})
    assert senses29.keeps_earlier_users29(p, {"GLIMSVD"}, [near, far], words)
    assert not senses29.keeps_earlier_users29(p, {"GLIMSVD"}, [far, far], words)  # other subject: a homonym
    assert not senses29.keeps_earlier_users29(p, {"GLIMSVD"}, [near], words)  # one earlier user
