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


# -- bare-coinage --------------------------------------------------------------------------------------------------


def _bare(pid: str, short: str, text: str, role: str, rule: str, title: str | None = None) -> LocalResult:
    start = text.index(short)
    e = LocalEntity(name=short, type="method", role=role, aliases=[], family=None,
                    mentions=[Mention(short, start, start + len(short), 0, rule)])
    return LocalResult(Paper(id=pid, title=title, abstract=text, year=2020), [e], [])


def _definer(pid: str, long_form: str, short: str) -> LocalResult:
    """A paper defining ``short`` with a long form it drops as a generic phrase (no entity kept)."""
    text = f"We compare with the {long_form} ({short}) systems on wet lab protocols."
    return LocalResult(Paper(id=pid, title=None, abstract=text, year=2019), [], [], [(short, long_form)])


def test_named_shape():
    assert senses30._named_shape30("DyGIE") and senses30._named_shape30("P3O")
    assert senses30._named_shape30("Warping-GAN") and senses30._named_shape30("LPMRF")
    assert not senses30._named_shape30("MBTI") and not senses30._named_shape30("MS")


def test_a_coined_bare_name_is_kept_beside_a_generic_sense(monkeypatch):
    definer = _definer("d1", "dynamic graph-based information extraction", "DyGIE")
    coiner = _bare("c1", "DyGIE", "Our framework (called DyGIE) accomplishes all tasks by scoring spans.",
                   "proposes", "rule:named")
    got = {p.id: [e.id for e in p.entities] for p in canonicalise([definer, coiner])}
    assert len(got["c1"]) == 1 and got["c1"][0].startswith("method:dygie"), got
    monkeypatch.setenv("PAPERKG_SENSES30", "bare-coinage")
    got = {p.id: [e.id for e in p.entities] for p in canonicalise([definer, coiner])}
    assert got["c1"] == [], got  # dropped as before: the only sense is a generic phrase


def test_no_coinage_without_a_naming_cue_or_for_a_short_capital_acronym():
    definer = _definer("d1", "myers briggs type indicator", "MBTI")
    user = _bare("u1", "MBTI", "Our model (called MBTI) predicts the personality of users.", "proposes",
                 "rule:named")
    assert [e.id for e in canonicalise([definer, user])[1].entities] == []
    definer = _definer("d2", "dynamic graph-based information extraction", "DyGIE")
    plain = _bare("u2", "DyGIE", "A model like DyGIE accomplishes all tasks by scoring spans.", "uses",
                  "rule:name-shape")
    assert [e.id for e in canonicalise([definer, plain])[1].entities] == []
    cue = _bare("u3", "DyGIE", "A model like DyGIE accomplishes all tasks by scoring spans.", "proposes",
                "rule:proposal")  # a weak cue only
    assert [e.id for e in canonicalise([definer, cue])[1].entities] == []


def test_no_coinage_where_the_paper_spells_the_short_form_out():
    assert senses30._defined_here30({"SymNets"}, "a method called Domain-Symmetric Networks (SymNets).", None)
    assert senses30._defined_here30({"D3TW"}, "We align actions.", "D3TW: Discriminative Differentiable DTW")
    assert not senses30._defined_here30({"DyGIE"}, "Our framework (called DyGIE++) scores spans.", None)
    definer = _definer("d1", "domain symmetric networks", "SymNets")
    text = "We propose a method called Domain-Symmetric Networks (SymNets) for adaptation."
    own = _bare("c1", "SymNets", text, "proposes", "abbreviation")
    assert [e.id for e in canonicalise([definer, own])[1].entities] == []
