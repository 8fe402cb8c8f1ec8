"""recall50 (session 41): a listed name cut out of the title's opening name, grown to it."""

from extract import recall50 as R
from extract.records import Mention
from extract.resolve import LocalEntity


def _ent(name, title, abstract, typ="method", entry="method:x"):
    ms = []
    for field, text in (("title", title), ("abstract", abstract)):
        at = text.find(name)
        if at >= 0:
            ms.append(Mention(text=name, start=at, end=at + len(name), sentence=0, rule="gazetteer:methods", field=field))
    return LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None, mentions=ms, entry=entry)


def _run(title, abstract, name):
    ents = [_ent(name, title, abstract)]
    return [(e.name, e.role, sorted((m.field, m.text) for m in e.mentions)) for e in R.grow_title_heads50(title, abstract, ents)]


def test_title_head_grows_left_and_keeps_the_inner_name_of_the_abstract():
    t = "Periodic Finite State Controllers for Efficient POMDP and DEC-POMDP Planning"
    a = "We use finite state controllers. Finite State Controllers are common."
    out = _run(t, a, "Finite State Controllers")
    assert ("Periodic Finite State Controllers", "proposes", [("title", "Periodic Finite State Controllers")]) in out
    assert ("Finite State Controllers", "uses", [("abstract", "Finite State Controllers")]) in out


def test_title_head_respells_a_title_only_name_and_takes_a_short_suffix():
    out = _run("Katyusha X: Simple Momentum Method for Stochastic Sum-of-Nonconvex Optimization", "We study it.", "Katyusha")
    assert out == [("Katyusha X", "proposes", [("title", "Katyusha X")])]


def test_title_head_moves_abstract_mentions_written_whole():
    t = "Deep Counterfactual Regret Minimization"
    a = "We introduce Deep Counterfactual Regret Minimization, a form of CFR."
    out = _run(t, a, "Counterfactual Regret Minimization")
    assert out == [("Deep Counterfactual Regret Minimization", "proposes",
                    [("abstract", "Deep Counterfactual Regret Minimization"), ("title", "Deep Counterfactual Regret Minimization")])]


def test_title_head_leaves_what_is_no_opening_name(monkeypatch):
    same = lambda t, n: _run(t, "x", n) == [(n, "uses", [("title", n)])]  # noqa: E731
    assert same("Efficient Graph Neural Networks for Molecules", "Graph Neural Networks")  # a generic adjective
    assert same("Learning Graph Neural Networks for Molecules", "Graph Neural Networks")  # an -ing word
    assert same("Scalable Graph Neural Networks for Molecules", "Graph Neural Networks")
    assert same("On the convergence of graph neural networks", "graph neural networks")  # sentence case
    assert same("Graph Neural Networks for Molecules", "Graph Neural Networks")  # the head is the name
    assert same("BERT and Graph Neural Networks: A Study", "Graph Neural Networks")  # two names joined
    assert same("Katyusha Momentum Method Analysis: A Study", "Katyusha")  # words on the right are no suffix
    monkeypatch.setenv("PAPERKG_RECALL50", "off")
    assert same("Periodic Finite State Controllers for POMDP", "Finite State Controllers")


def test_title_head_reads_the_title_when_the_name_has_no_title_mention():
    t = "Constrained Mean Shift Using Distant Yet Related Neighbors for Representation Learning"
    a = "We build on mean-shift clustering. Our mean-shift variant works."
    out = _run(t, a, "mean-shift")
    assert ("Constrained Mean Shift", "proposes", [("title", "Constrained Mean Shift")]) in out
    assert ("mean-shift", "uses", [("abstract", "mean-shift")]) in out
    assert _run("Diffusion-Based Particle-DETR for BEV Perception", "x", "Particle-DETR") == [
        ("Particle-DETR", "uses", [("title", "Particle-DETR")])]  # a "-based" word


def test_title_head_stops_at_a_phrase_or_an_end_to_end_opening():
    same = lambda t, n: _run(t, "x", n) == [(n, "uses", [("title", n)])]  # noqa: E731
    assert same("Dense Prediction With Attentive Feature Aggregation", "Feature Aggregation")
    assert same("End-to-End Deep Kronecker-Product Matching for Person Re-Identification", "Kronecker-Product Matching")


def test_title_head_leaves_a_title_clause():
    # a comma, an apostrophe or a finite verb makes the head a clause, not a name (the lead's merge, session 41)
    for t, inner in (("Help, Anna! Visual Navigation with Natural Multimodal Assistance", "Visual Navigation"),
                     ("Hello, It\u2019s GPT-2 - How Can I Help You?", "GPT-2"),
                     ("Language-Independent Tokenisation Rivals Language-Specific Tokenisation for Word Similarity",
                      "Tokenisation"),
                     ("Search Improves Label for Active Learning", "Label"),
                     ("Robust SVD Made Easy: A Fast and Reliable Algorithm", "SVD"),
                     ("Class-Level Confidence Based 3D Semi-Supervised Learning", "Semi-Supervised Learning")):
        assert R.title_head50(t) is None, t
    # a plural head noun is no verb, a possessive no contraction
    assert R.title_head50("Rubik\u2019s Optical Neural Networks: Multi-task Learning") is not None
    assert R.title_head50("Multiplicative Normalizing Flows for Variational Bayesian Neural Networks") is not None
