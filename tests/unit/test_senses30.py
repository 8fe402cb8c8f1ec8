"""Session 30 (extract/senses30.py): spellings of one method variant are one node ("kernelized SVM" / "kernel SVM",
"Principal Components Analysis" / "Principal Component Analysis" as the base); line-end hyphen leftovers of a name
are no aliases, ligatures are written out. Names and sentences are invented; none comes from a gold file."""

from __future__ import annotations

import pytest

from paperkg.extract import senses30
from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


@pytest.fixture(autouse=True)
def on(monkeypatch):
    for v in ("PAPERKG_SENSES30", "PAPERKG_SENSES29", "PAPERKG_SENSES28", "PAPERKG_SENSES27"):
        monkeypatch.delenv(v, raising=False)


def _paper(pid: str, name: str, text: str, year: int = 2020, typ: str = "method", aliases=()) -> LocalResult:
    start = text.index(name)
    e = LocalEntity(name=name, type=typ, role="uses", aliases=list(aliases), family=None,
                    mentions=[Mention(name, start, start + len(name), 0, "rule:name-shape")])
    return LocalResult(Paper(id=pid, title=None, abstract=text, year=year), [e], [])


def _ids(results) -> dict[str, str]:
    return {p.id: p.entities[0].id for p in canonicalise(results)}


# -- variant-fold --------------------------------------------------------------------------------------------------


def test_folded_spelling_of_a_variant():
    f = senses30.folded_variant30
    assert f("Kernelized Support Vector Machines") == f("kernel SVM") == f("kernel support vector machine")
    assert f("Kernel Principal Components Analysis") == f("kernel principal component analysis") == f("kernelized PCA")
    assert f("sparse principal components analysis") == f("sparse PCA")
    assert f("kernel SVM") != f("structured SVM")  # two variants of one base
    assert f("kernel SVM") != f("kernel PCA")  # one adjective, two bases
    assert f("kernelized quillwork") is None  # no listed base
    assert f("SVM") is None  # the base itself
    assert senses30.variant_spellings30("coined:x@2020", ["kernelized SVM"]) == []
    assert senses30.variant_spellings30("apart:KSVM", ["kernelized SVM"]) == []


def test_singular_words_keep_short_words_and_ss():
    assert senses30._singular_words("Principal Components Analysis") == "principal component analysis"
    assert senses30._singular_words("Gaussian Process") == "gaussian process"
    assert senses30._singular_words("SVMs for bus") == "svms for bus"  # four letters or fewer keep their s
    assert senses30._singular_words("Variational Inference") == "variational inference"
    assert senses30._singular_words("Variational Autoencoders") == "variational autoencoder"


def test_kernelized_and_kernel_variant_are_one_node(monkeypatch):
    a = _paper("k1", "kernel SVM", "A kernel SVM separates the classes of leaves.")
    b = _paper("k2", "Kernelized Support Vector Machines",
               "We train Kernelized Support Vector Machines on the leaves of the orchard.")
    ids = _ids([a, b])
    assert ids["k1"] == ids["k2"], ids
    assert _ids([b, a]) == ids  # any order
    monkeypatch.setenv("PAPERKG_SENSES30", "variant-fold")
    ids = _ids([a, b])
    assert ids["k1"] != ids["k2"], ids
    monkeypatch.setenv("PAPERKG_SENSES30", "alias-tidy")
    monkeypatch.setenv("PAPERKG_SENSES29", "variant-base")  # the fold extends senses29's variant-base
    ids = _ids([a, b])
    assert ids["k1"] != ids["k2"], ids


def test_plural_spelling_of_the_base_is_one_variant_node():
    a = _paper("p1", "sparse principal component analysis", "We run sparse principal component analysis on genes.")
    b = _paper("p2", "sparse principal components analysis", "A sparse principal components analysis of the genes.")
    ids = _ids([a, b])
    assert ids["p1"] == ids["p2"], ids


def test_two_variants_stay_two_nodes_after_the_fold():
    a = _paper("t1", "kernelized SVM", "A kernelized SVM separates the classes of leaves.")
    b = _paper("t2", "structured SVM", "A structured SVM predicts the parse of a leaf.")
    c = _paper("t3", "kernelized PCA", "A kernelized PCA embeds the leaves.")
    ids = _ids([a, b, c])
    assert len(set(ids.values())) == 3, ids


# -- alias-tidy ----------------------------------------------------------------------------------------------------


def test_tidy_drops_line_end_hyphen_leftovers_of_the_name():
    assert senses30.tidy_aliases30(["Differential An- gular Imaging Network", "DAIN"],
                                   "Differential Angular Imaging Network") == ["DAIN"]
    assert senses30.tidy_aliases30(["sup- port vector machines", "support vector machines", "SVM"],
                                   "Support Vector Machine") == ["SVM", "support vector machines"]
    # a leftover of another alias, not of the name
    assert senses30.tidy_aliases30(["Vi- sual QA", "Visual QA"], "Visual Question Answering") == ["Visual QA"]


def test_tidy_keeps_suspended_hyphens_and_unrepaired_spellings():
    name = "Coarse- and Fine-grained Attention Network"
    assert senses30.tidy_aliases30(["Coarse- and Fine-grained attention networks"], name) == [
        "Coarse- and Fine-grained attention networks"]
    # the repaired spelling is nowhere else: kept (nothing to fall back on)
    assert senses30.tidy_aliases30(["matrix- variate normal"], "MVN") == ["matrix- variate normal"]


def test_ligatures_are_written_out(monkeypatch):
    assert senses30.without_ligatures30("blind channel identi\ufb01cation") == "blind channel identification"
    assert senses30.without_ligatures30("plain text") == "plain text"
    assert senses30.tidy_aliases30(["semi-de\ufb01nite programming", "SDP"], "semidefinite programming") == [
        "SDP", "semi-definite programming"]
    monkeypatch.setenv("PAPERKG_SENSES30", "alias-tidy")
    assert senses30.without_ligatures30("identi\ufb01cation") == "identi\ufb01cation"
    assert senses30.tidy_aliases30(["An- gular Net"], "Angular Net") == ["An- gular Net"]


def test_records_carry_tidy_aliases(monkeypatch):
    text = "We propose the Differential An- gular Imaging Network (DAIN) for reflections."
    surface = "Differential An- gular Imaging Network"
    start = text.index(surface)
    e = LocalEntity(name="Differential Angular Imaging Network", type="method", role="proposes",
                    aliases=[surface], family=None,
                    mentions=[Mention(surface, start, start + len(surface), 0, "rule:name-shape")])
    r = LocalResult(Paper(id="a1", title=None, abstract=text, year=2020), [e], [])
    got = canonicalise([r])[0].entities[0]
    assert got.name == "Differential Angular Imaging Network"
    assert not any("- " in a for a in got.aliases), got.aliases
    monkeypatch.setenv("PAPERKG_SENSES30", "alias-tidy")
    got = canonicalise([r])[0].entities[0]
    assert surface in got.aliases, got.aliases
