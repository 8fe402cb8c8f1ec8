"""hubs45 (session 44, issue 10): hubs of the 73k graph.

- case-coinage (extract/hubs45.py, read by canonical._key_spellings): a coined name in other capitals than a listed
  name ("CoDEx" / the model Codex, "FALCON (...)" / the model Falcon) is no spelling identity with the list's node;
- list edits: "word similarity" and "cross-entropy loss" are no metric and "Text-To-SQL" no benchmark (out of the
  gazetteer); "Bayesian nonparametric(s)" is an adjective / a field (non_entities.tsv).
Sentences written for the test.
"""

from paperkg.extract import hubs45 as H
from paperkg.extract import precision43 as P43
from paperkg.extract.gazetteer import load_entries
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper

CODEX_USERS = (
    "We prompt Codex to write Python functions and compare Codex with smaller code models on HumanEval.",
    "Codex solves many programming puzzles; we study how Codex handles unit tests written by students.",
    "Falcon is an open language model; we fine-tune Falcon on medical questions and compare it with LLaMA.",
    "We evaluate Falcon and Mistral on long documents and find that Falcon forgets early facts.",
)
COINED = (
    "We present CoDEx, a collection of knowledge graph completion datasets built from Wikidata. CoDEx covers "
    "many relation types, and we benchmark link prediction models on CoDEx.",
    "This work introduces FALCON (Fast Alignment via Learned Correspondence Normalization), a method for "
    "matching point clouds. FALCON beats ICP on indoor scans.",
)


def _run(abstracts):
    papers = [Paper(id=f"h45-{i}", title=None, abstract=a, year=2021) for i, a in enumerate(abstracts)]
    return [{e.id: e for e in p.entities} for p in extract_papers(papers, n_process=1)]


def test_other_case_spellings():
    assert H.other_case45("CoDEx")  # listed Codex
    assert H.other_case45("FALCON")  # listed Falcon
    assert not H.other_case45("Codex") and not H.other_case45("Falcon")  # the list's own letters
    assert not H.other_case45("Zorblaxium")  # not listed at all
    assert not H.other_case45("BERT")
    # all lower case is a use of the listed name, not a coinage ("a method called normalizing flow"; 73k merge build)
    assert not H.other_case45("normalizing flow") and not H.other_case45("codex")


def test_coinages_leave_the_listed_node():
    out = _run(CODEX_USERS + COINED)
    assert "model:codex" in out[0] and "model:codex" in out[1]  # the users keep the listed model
    codex, falcon = out[4], out[5]
    assert "model:codex" not in codex and "dataset:codex" in codex  # the coinage is a node of its own
    assert "model:falcon" not in falcon
    assert "method:fast-alignment-via-learned-correspondence-normalization" in falcon  # its own definition
    assert "dataset:wikidata" in codex  # the rest of the paper stays


def test_switch_off_restores_the_join(monkeypatch):
    monkeypatch.setenv("PAPERKG_HUBS45", "0")
    out = _run(CODEX_USERS + COINED)
    assert "model:codex" in out[4] and "CoDEx" in out[4]["model:codex"].aliases


def test_list_edits():
    ids = {e.id for e in load_entries()}
    assert not {"metric:word-similarity", "metric:cross-entropy-loss", "benchmark:text-to-sql"} & ids
    assert P43.more_kind43("Bayesian nonparametric") == "adjective" or _non_entity("Bayesian nonparametric")
    out = _run((
        "We propose a Bayesian nonparametric model for clustering documents and fit it with Gibbs sampling.",
        "Our embeddings improve word similarity scores, and we train the classifier with a cross-entropy loss.",
    ))
    assert not any("nonparametric" in i for i in out[0]) and "method:gibbs-sampling" in out[0]
    assert "metric:word-similarity" not in out[1] and "metric:cross-entropy-loss" not in out[1]


def _non_entity(name):
    from paperkg.extract.lexicon import non_entity_kind
    return non_entity_kind(name) is not None


def test_latex_aliases_are_clean():
    assert H.clean_latex_aliases45(["SGD", "\\emph{stochastic gradient descent"], "Stochastic Gradient Descent") == [
        "SGD", "stochastic gradient descent"]
    assert H.clean_latex_aliases45(["\\textit{Federated Learning}"], "Federated Learning") == []  # the name itself
    assert H.clean_latex_aliases45(["ZRL", "\\textbf{Z}ebra \\textbf{R}ank \\textbf{L}oss"], "x") == [
        "ZRL", "Zebra Rank Loss"]
    assert H.clean_latex_aliases45(["C++ parser", "{X}"], "y") == ["C++ parser", "{X}"]  # no font markup: left alone
    out = _run(("We train the model with \\emph{quantile hinge smoothing} (QHS), a new loss for ranking.",))
    aliases = [a for e in out[0].values() for a in e.aliases]
    assert aliases and not any("\\" in a or "{" in a for a in aliases)


def test_latex_switch_off(monkeypatch):
    monkeypatch.setenv("PAPERKG_HUBS45", "latex-alias")
    assert H.clean_latex_aliases45(["\\emph{a b"], "c") == ["\\emph{a b"]
