"""hubs50 (session 48 round 2, issue 10): four causes of foreign aliases. Sentences and most names invented."""

from paperkg.extract import hubs50 as H
from paperkg.extract.abbreviations import capitals_fit
from paperkg.extract.canonical import _entry_of_form
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.text import variant_key


def test_mixed_case():
    for s in ("TReCS", "TIGEr", "VaTeX", "ZoRBs"):
        assert H.mixed_case50(s), s
    for s in ("TREC", "TRECs", "Trec", "trec", "ZB"):
        assert not H.mixed_case50(s), s


def _coiner_inputs(coiner_year=2021, coiner_text="ZoRBs", user_text="ZORB"):
    users = {(2001 + i, f"u{i}", i) for i in range(4)}
    found = {(coiner_year, "c", 9)}
    used_as = {("apart:zorb", i): {user_text} for i in range(4)}
    coined_as = {("apart:zorb", 9): {coiner_text}}
    return found, users, coined_as, used_as


def test_later_mixed_case_coiner_is_split(monkeypatch):
    monkeypatch.delenv("PAPERKG_HUBS50", raising=False)
    found, users, coined_as, used_as = _coiner_inputs()
    assert H.later_case_coiners50(found, users, coined_as, used_as, "apart:zorb") == found


def test_coiner_left_alone(monkeypatch):
    monkeypatch.delenv("PAPERKG_HUBS50", raising=False)
    # the coiner comes first (its users write it in capitals later: VaTeX / VATEX)
    found, users, coined_as, used_as = _coiner_inputs(coiner_year=2000)
    assert not H.later_case_coiners50(found, users, coined_as, used_as, "apart:zorb")
    # a user writes the coiner's spelling
    found, users, coined_as, used_as = _coiner_inputs(user_text="ZoRB")
    assert not H.later_case_coiners50(found, users, coined_as, used_as, "apart:zorb")
    # all capitals: a use of the name, not another case
    found, users, coined_as, used_as = _coiner_inputs(coiner_text="ZORBs")
    assert not H.later_case_coiners50(found, users, coined_as, used_as, "apart:zorb")
    # too few users
    found, users, coined_as, used_as = _coiner_inputs()
    assert not H.later_case_coiners50(found, set(sorted(users)[:2]), coined_as, used_as, "apart:zorb")


def test_tail_form_key(monkeypatch):
    monkeypatch.delenv("PAPERKG_HUBS50", raising=False)
    forms = _entry_of_form()
    assert forms[variant_key("WordNet")].type == "dataset"
    assert H.tail_form_key50("WordNet Embeddings", "method", forms, variant_key) == "form:wordnetembedding"
    # a listed method's embeddings are the method's; a dataset-typed mention is left to the data rules
    assert H.tail_form_key50("GloVe embeddings", "method", forms, variant_key) is None
    assert H.tail_form_key50("WordNet Embeddings", "dataset", forms, variant_key) is None
    assert H.tail_form_key50("WordNet", "method", forms, variant_key) is None


def test_tail_letters(monkeypatch):
    monkeypatch.delenv("PAPERKG_HUBS50", raising=False)
    args = (capitals_fit, variant_key)
    assert H.tail_letters50("BCs", "Bayesian Network Classifiers", "Bayesian networks", *args)
    # the letters spell the name without the kind word, or the node's name holds it: an alias
    assert not H.tail_letters50("BNs", "Bayesian Network Classifiers", "Bayesian networks", *args)
    assert not H.tail_letters50("BCs", "Bayesian Network Classifiers", "Bayesian Network Classifiers", *args)


def test_gloss_bracket(monkeypatch):
    monkeypatch.delenv("PAPERKG_HUBS50", raising=False)
    assert H.gloss_not_long_form50("ViT", "ViT with an extra fusion token")
    assert not H.gloss_not_long_form50("SAGE", "Stochastic Accelerated GradiEnt")
    assert not H.gloss_not_long_form50("ViT", "ViTal Transformer")
    assert not H.gloss_not_long_form50("R-CNN", "RP R-CNN")
    assert not H.gloss_not_long_form50("MMD", "MMD GAN")


def _gloss_paper():
    return Paper(id="p-gloss", title="Sharper fusion for sketches", year=2022, abstract=(
        "We build on the Vision Transformer (ViT) for sketch retrieval. A merged ViT (ViT with an added merge "
        "token) is trained with soft targets from two teacher models, and the merged ViT beats plain ViT models."))


def _aliases(papers):
    return {a for p in papers for e in p.entities for a in e.aliases}


def test_gloss_through_pipeline(monkeypatch):
    monkeypatch.delenv("PAPERKG_HUBS50", raising=False)
    assert "ViT with an added merge token" not in _aliases(extract_papers([_gloss_paper()], n_process=1))


def test_switch_off_restores(monkeypatch):
    monkeypatch.setenv("PAPERKG_HUBS50", "0")
    assert "ViT with an added merge token" in _aliases(extract_papers([_gloss_paper()], n_process=1))
    found, users, coined_as, used_as = _coiner_inputs()
    assert not H.later_case_coiners50(found, users, coined_as, used_as, "apart:zorb")
    assert H.tail_form_key50("WordNet Embeddings", "method", _entry_of_form(), variant_key) is None
    assert not H.tail_letters50("BCs", "Bayesian Network Classifiers", "Bayesian networks", capitals_fit, variant_key)


def _case_corpus():
    """Eleven earlier papers use QUAX bare (an established name); a later paper coins "QuAXs", another thing."""
    words = ["short", "long", "noisy", "rare", "spoken", "typed", "medical", "legal", "recent", "old", "mixed"]
    users = [Paper(id=f"u{i}", title=f"Retrieval study {i}", year=2005 + i, abstract=(
        f"We index news archives with the QUAX collection and report results on QUAX for {w} queries. "
        "Our ranking model improves precision on the QUAX collection over strong baselines."))
        for i, w in enumerate(words)]
    coiner = Paper(id="c1", title="Drawing scenes from words", year=2021, abstract=(
        "We propose QuAXs, a sequential model that draws images from captions. QuAXs first retrieves masks for each "
        "noun and then paints them with a generator; it beats direct text-to-image models in human studies."))
    return users + [coiner]


def _ids(papers, pid, word):
    return {(e.id, tuple(e.aliases)) for p in papers if p.id == pid for e in p.entities if word in e.name.upper()}


def test_case_coiner_through_the_corpus_pass(monkeypatch):
    monkeypatch.delenv("PAPERKG_HUBS50", raising=False)
    out = extract_papers(_case_corpus(), n_process=1)
    (user_id, _), = _ids(out, "u0", "QUAX")
    (coined_id, aliases), = _ids(out, "c1", "QUAX")
    assert coined_id != user_id and "QuAXs" not in aliases


def _wordnet_corpus():
    ps = [Paper(id="t1", title="WordNet Embeddings", year=2019, abstract=(
        "Symbolic resources and vector spaces are two ways to model word meaning. We present a way to turn a "
        "lexical graph into dense vectors. Applied over WordNet, the resulting vectors do well on a similarity task."))]
    return ps + [Paper(id=f"p{i}", title=f"Sense study {i}", year=2015, abstract=(
        f"We train a {w} sense tagger with glosses from WordNet, where it beats earlier taggers."))
        for i, w in enumerate(["fast", "small", "greedy"])]


def test_kind_tail_key_through_the_corpus_pass(monkeypatch):
    monkeypatch.delenv("PAPERKG_HUBS50", raising=False)
    out = extract_papers(_wordnet_corpus(), n_process=1)
    got = {e.id: e.aliases for p in out if p.id == "t1" for e in p.entities}
    assert got.get("method:wordnet-embeddings") is not None
    assert "WordNet Embeddings" not in got.get("dataset:wordnet", [])


def test_switch_off_restores_the_corpus_joins(monkeypatch):
    monkeypatch.setenv("PAPERKG_HUBS50", "0")
    out = extract_papers(_case_corpus(), n_process=1)
    assert _ids(out, "c1", "QUAX") == {(next(iter(_ids(out, "u0", "QUAX")))[0], ("QuAXs",))}
    out = extract_papers(_wordnet_corpus(), n_process=1)
    got = {e.id: e.aliases for p in out if p.id == "t1" for e in p.entities}
    assert "WordNet Embeddings" in got["dataset:wordnet"]
