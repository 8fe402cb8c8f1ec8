"""How a bare short form finds its sense at corpus scale (extract/corpus.py, CorpusIndex.resolve_bare): the
paper spelling one sense out, task and method counting as one class for a paper's cue, and a sense a
hand-written list holds as the well-known default. Senses are made up here; none comes from the gold files."""

from __future__ import annotations

from collections import Counter

from paperkg.extract.corpus import CorpusIndex, Sense


def sense(key: str, long_form: str, papers: int, typ: str | None, entry: str | None = None) -> Sense:
    return Sense(key=key, long_forms=Counter({long_form: papers}), papers={f"{key}-{i}" for i in range(papers)},
                 typed=papers if typ else 0, untyped=0 if typ else papers, entry=entry,
                 types=Counter({typ: papers}) if typ else Counter())


def index(short: str, *senses: Sense) -> CorpusIndex:
    idx = CorpusIndex()
    idx.senses[short] = sorted(senses, key=lambda s: (-len(s.papers), s.key))
    for s in senses:
        idx.sense_by_key[s.key] = s
    return idx


def test_the_paper_spelling_out_one_sense_decides():
    idx = index("qzr", sense("sense:quantumzetaregression", "quantum zeta regression", 30, "method"),
                sense("sense:quickzonerouting", "quick zone routing", 4, "method"))
    d = idx.resolve_bare("qzr", "Quick zone routing is slow. We speed up three QZR solvers on road graphs.")
    assert d.key == "sense:quickzonerouting", d
    # spelled out nowhere: the sense with most definitions is no default against a rival of four papers
    d = idx.resolve_bare("qzr", "We speed up three QZR solvers on road graphs.")
    assert d.key == "apart:qzr", d


def test_two_senses_spelled_out_decide_nothing_by_spelling():
    idx = index("qzr", sense("sense:quantumzetaregression", "quantum zeta regression", 4, "method"),
                sense("sense:quickzonerouting", "quick zone routing", 4, "method"))
    d = idx.resolve_bare("qzr", "Quick zone routing meets quantum zeta regression: QZR for all.")
    assert d.reason != "the paper spells out this sense", d


def test_a_method_cue_may_mean_a_sense_papers_type_as_a_task():
    # "QZR" cued as a method ("the QZR algorithm") may be the paradigm most papers call a task, never the metric
    idx = index("qzr", sense("sense:queryzonerecall", "query zone recall", 6, "metric"),
                sense("sense:quietzonereasoning", "quiet zone reasoning", 5, "task"))
    d = idx.resolve_bare("qzr", "We run the QZR algorithm on maps.", "technique")
    assert d.key == "sense:quietzonereasoning", d
    assert idx.resolve_bare("qzr", "We run QZR on maps.", "data").key == "apart:qzr"


def test_a_classical_list_sense_is_the_default_like_a_curated_one():
    # 16 of 20 definitions (0.8) with a rival of four papers: the default only because a hand-written list holds it
    listed = sense("sense:markovchainmontecarlo", "Markov chain Monte Carlo", 16, "method",
                   entry="method:markov-chain-monte-carlo")
    rival = sense("sense:multichannelmotioncoding", "multi-channel motion coding", 4, "method")
    assert index("mcmc", listed, rival).resolve_bare("mcmc", "We sample with MCMC.").key == listed.key
    unlisted = sense("sense:markovchainmontecarlo", "Markov chain Monte Carlo", 16, "method")
    assert index("mcmc", unlisted, rival).resolve_bare("mcmc", "We sample with MCMC.").key == "apart:mcmc"


def test_a_short_form_with_a_technique_word_is_that_short_form_cued_as_a_technique():
    # "the QZR algorithm" (issue 10, session 7): once a name of its own, kept apart from every sense of QZR;
    # now the word is the paper's cue: the technique sense, never the metric of the same letters
    from paperkg.extract.canonical import local_key
    from paperkg.extract.records import Mention
    from paperkg.extract.resolve import LocalEntity

    idx = index("qzr", sense("sense:queryzonerecall", "query zone recall", 9, "metric"),
                sense("sense:quietzoneregression", "quiet zone regression", 8, "method"))
    abstract = "We run the QZR algorithm on maps."
    e = LocalEntity("QZR algorithm", "method", "uses", [], None, [Mention("QZR algorithm", 11, 24, 0, "rule:name-shape")])
    assert local_key(e, idx, abstract) == "sense:quietzoneregression"
    bare = LocalEntity("QZR", "method", "uses", [], None, [Mention("QZR", 11, 14, 0, "rule:name-shape")])
    assert local_key(bare, idx, "We run QZR on maps.") == "apart:qzr"  # no cue: undecided, as before
