"""precision35 (session 32): title phrases dropped, method groups listed among datasets or tasks retyped."""

from __future__ import annotations

from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.precision35 import (
    drop_title_phrases35,
    listed_kind35,
    title_clause35,
    title_modifier35,
)
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _paper(abstract: str, pid: str = "p1", title: str = "A title") -> Paper:
    return Paper(id=pid, title=title, abstract=abstract)


def _named(name: str, text: str, typ: str = "method", rule: str = "rule:name-shape", field: str = "abstract",
           written: str | None = None) -> LocalEntity:
    written = written or name
    at = text.index(written)
    return LocalEntity(name, typ, "uses", [], None, [Mention(written, at, at + len(written), 0, rule, field)])


def _title_kept(name: str, title: str, abstract: str = "We study samplers.", rule: str = "rule:followed-by-type",
                typ: str = "method") -> bool:
    e = _named(name, title, typ=typ, rule=rule, field="title")
    return bool(drop_title_phrases35(title, abstract, [e]))


def test_title_modifier_shapes() -> None:
    assert title_modifier35("Construct Efficient MCMC")
    assert title_modifier35("Better ImageNet")
    assert title_modifier35("Novel Hierarchical BERT")
    assert not title_modifier35("Partially Observable SDE")  # a technical modifier: a class the readers accept
    assert not title_modifier35("Online RL")
    assert not title_modifier35("Zorbix")  # one word: nothing leads it
    assert not title_modifier35("ZorbNet Sampler")  # a name first
    assert not title_modifier35("Efficient Sampling")  # only common words: no name-shaped rest
    assert not title_modifier35("BiLSTM")


def test_title_clause_shapes() -> None:
    for lead in ("Life after BERT", "IHT dies hard", "Recycle Your Wav2Vec2 Codebook", "BERT Learns to Teach",
                 "Matching-CNN Meets KNN", "LEARNING TO SHARE", "THINK VISUALLY", "Prompt for Extraction? PAIE",
                 "Gotta Adapt 'Em All", "Evaluation of TTP Parser"):
        assert title_clause35(lead), lead
    for lead in ("Zorbix", "Social LSTM", "Sub-center ArcFace", "N2N learning", "QE BERT", "Deep CAN", "lil’ UCB",
                 "``The Squawk Bot''", "CASIA-SURF CeFA", "Long Range Navigator (LRN)"):
        assert not title_clause35(lead), lead


def test_title_phrases_dropped_only_title_only_unlisted_unused() -> None:
    title = "Exploiting Symmetries to Construct Efficient MCMC Algorithms With an Application to SLAM"
    assert not _title_kept("Construct Efficient MCMC", title)
    # the abstract writes it: kept
    assert _title_kept("Construct Efficient MCMC", title, abstract="We construct efficient MCMC samplers.")
    # another rule read it: kept
    assert _title_kept("Construct Efficient MCMC", title, rule="rule:title-whole")
    # a dataset read so: kept (the part reads techniques only)
    assert _title_kept("Construct Efficient MCMC", title, typ="dataset")
    # a listed entity: kept
    e = _named("Construct Efficient MCMC", title, rule="rule:followed-by-type", field="title")
    e.entry = "method:x"
    assert drop_title_phrases35(title, "We study samplers.", [e]) == [e]
    # a mention in the abstract too: kept
    abstract = "Construct Efficient MCMC beats Gibbs."
    e = _named("Construct Efficient MCMC", title, rule="rule:followed-by-type", field="title")
    e.mentions.append(Mention("Construct Efficient MCMC", 0, 24, 0, "rule:repeated-name", "abstract"))
    assert drop_title_phrases35(title, abstract.replace("Construct Efficient MCMC", "It"), [e]) == [e]
    # the listed name as written under a longer entity name ("BiLSTM" of "a BiLSTM Architecture"): kept
    title = "Idioms with a BiLSTM Architecture"
    e = _named("Bidirectional LSTM", title, rule="rule:followed-by-type", field="title", written="BiLSTM")
    assert drop_title_phrases35(title, "We study idioms.", [e]) == [e]


def test_title_clause_dropped_but_not_shared_tasks(monkeypatch) -> None:
    title = "Life after BERT: What do Other Muppets Understand about Language?"
    assert not _title_kept("Life after BERT", title, rule="rule:title-name")
    title = "Zorb 2019 shared task: Predicting Risk Levels"
    assert _title_kept("Zorb 2019 shared task", title, rule="rule:title-name", typ="benchmark")
    title = "Zorbix: A Sampler for Everything"
    assert _title_kept("Zorbix", title, rule="rule:title-name")
    monkeypatch.setenv("PAPERKG_PRECISION35", "title-clause")
    assert _title_kept("Life after BERT", "Life after BERT: What do Other Muppets Understand", rule="rule:title-name")
    title = "Exploiting Symmetries to Construct Efficient MCMC Algorithms"
    assert not _title_kept("Construct Efficient MCMC", title)
    monkeypatch.setenv("PAPERKG_PRECISION35", "off")
    assert _title_kept("Construct Efficient MCMC", title)


def _listed(name: str, text: str, kind: str) -> bool:
    return listed_kind35(_named(name, text), _paper(text), kind)


def test_listed_kind_cues() -> None:
    t = "Evaluation on three datasets, AGNews, 20Newsgroups, and UCINewz, shows gains."
    assert _listed("UCINewz", t, "dataset")
    t = "the two parallel corpora: CroCo (English-German) and RusZorb (English-Russian)"
    assert _listed("RusZorb", t, "dataset")
    assert _listed("ZOTS", "can solve four tracking problems (SOT, MOT, VOS, ZOTS) with one network", "task")
    assert _listed("Zorbdoku", "on two challenging reasoning tasks: CountDown and Zorbdoku. We find", "task")


def test_listed_kind_refusals() -> None:
    # the subject of the clause after a closed list
    assert not _listed("ZPML", "On three diverse datasets, CK+, GFT, and BP4D, ZPML produced the best.", "dataset")
    assert not _listed("ZD", "In image classification benchmarks such as CIFAR100 and ILSVRC2012, ZD wins.", "dataset")
    assert not _listed("ZMC", "on popular benchmarks TravelPlanner and API-Bank. Notably, ZMC achieved", "dataset")
    # the first item, or no list at all
    assert not _listed("Zorbix", "On four datasets, Zorbix outperforms ALBERT.", "dataset")
    # training objectives and benchmarks of tasks
    assert not _listed("Masked Zorb Modeling (MZM)",
                       "four pre-training tasks: Masked Language Modeling (MLM), Masked Zorb Modeling (MZM)", "task")
    assert not _listed("ZSMC", "understanding tasks such as KorNLI, KorSTS, ZSMC, and PAWS-X.", "task")


def test_listed_group_retyped_in_the_corpus_pass(monkeypatch) -> None:
    t1 = "Evaluation on three datasets, AGNews, 20Newsgroups, and UCINewz, shows gains."
    t2 = "We compare with UCINewz and others."
    t3 = "UCINewz helps a lot."
    rs = [LocalResult(_paper(t, pid), [_named("UCINewz", t)], []) for pid, t in (("a", t1), ("b", t2), ("c", t3))]
    assert {e.id for p in canonicalise(rs) for e in p.entities} == {"method:ucinewz"}  # 1 of 3 papers
    rs = rs[:2]
    assert {e.id for p in canonicalise(rs) for e in p.entities} == {"dataset:ucinewz"}  # 1 of 2: half
    monkeypatch.setenv("PAPERKG_PRECISION35", "listed-kind")
    assert {e.id for p in canonicalise(rs) for e in p.entities} == {"method:ucinewz"}
