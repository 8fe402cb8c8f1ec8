"""Session 28 (extract/senses28.py): weak coining cues read in context, and identity folds of plural generic tails
and -ional adjectives. Names and sentences are invented; none comes from a gold file."""

from __future__ import annotations

import pytest

from paperkg.extract import senses28
from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity
from paperkg.extract.text import variant_key


@pytest.fixture(autouse=True)
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_SENSES28", raising=False)
    monkeypatch.delenv("PAPERKG_SENSES27", raising=False)


def _at(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


# -- cue-context ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,name", [
    ("In this work we propose GLIMMOR, a planner for orchard robots.", "GLIMMOR"),
    ("This paper presents a novel segmentation framework, GLIMMOR, for point clouds.", "GLIMMOR"),
    ("The coarse image is refined with our GlimNet module to add detail.", "GlimNet"),
    ("We design a cross-market approach, namely GLIMMOR: a cooperative attention network.", "GLIMMOR"),
    ("It is worth noting that the proposed deep GlimNet has interpretations.", "GlimNet"),
    ("We introduce GLIMMOR a comprehensive dataset of fruit images.", "GLIMMOR"),
])
def test_a_paper_introducing_a_name_coins_it(text, name):
    assert senses28.introduced_here28(text, *_at(text, name))


@pytest.mark.parametrize("text,name", [
    ("We show that Glim-SGD (Marlow et al., 2017), viewed as a learning algorithm, overfits.", "Glim-SGD"),
    ("To this end, we build upon GlimHome, to create a new dataset of household scenes.", "GlimHome"),
    ("Next, we study the previously proposed GlimNets architecture and its landscape.", "GlimNets"),
    ("We introduce our GLIM system submitted to the shared task on translation.", "GLIM"),
    ("We develop an algorithm involving suitably chosen GLIM statistics for change detection.", "GLIM"),
    ("We introduce GlimCore 2.0, the relaunch of a pipeline for text mining.", "GlimCore"),
    ("We introduce the GLIM$_\\delta$-competitive ratio of online algorithms.", "GLIM"),
    ("In this paper, we propose an effective GlimBERT embeddings-based method for tweets.", "GlimBERT"),
    ("GlimNet reaches the best accuracy on three benchmarks.", "GlimNet"),
])
def test_a_paper_using_or_modifying_a_name_does_not_coin_it(text, name):
    assert not senses28.introduced_here28(text, *_at(text, name))


def _proposer(pid: str, year: int, title: str, text: str, name: str, rule: str = "rule:name-shape") -> LocalResult:
    start, end = _at(text, name)
    e = LocalEntity(name=name, type="method", role="proposes", aliases=[], family=None,
                    mentions=[Mention(name, start, end, 0, rule)])
    return LocalResult(Paper(id=pid, title=title, abstract=text, year=year), [e], [])


ORIGINAL = ("Biasing descent into wide valleys",
            "We propose Glim-SGD, an optimiser that biases gradient descent towards wide valleys of the energy "
            "landscape of deep networks, with a local entropy objective.")
FOLLOW_UP = ("Private priors for PAC-Bayes bounds",
             "We show that Glim-SGD (Marlow et al., 2017) optimises the prior of a PAC-Bayes bound; data-dependent "
             "priors obtained through differential privacy give nonvacuous risk bounds on random labels.")
HOMONYM = ("Sonnets with rhyme",
           "We propose Glim-SGD, a decoder that scores rhyme and meter of poems and rewrites stanzas in the "
           "style of classical poets.")


def test_a_follow_up_that_cites_the_name_stays_with_its_node(monkeypatch):
    a = _proposer("g1", 2017, *ORIGINAL, "Glim-SGD")
    b = _proposer("g2", 2018, *FOLLOW_UP, "Glim-SGD")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] == ids[1], ids
    monkeypatch.setenv("PAPERKG_SENSES28", "cue-context")  # session 27's reading: the follow-up coined its own
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] != ids[1], ids


def test_a_homonym_introduced_in_its_paper_still_splits():
    a = _proposer("h1", 2017, *ORIGINAL, "Glim-SGD")
    b = _proposer("h2", 2022, *HOMONYM, "Glim-SGD")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] != ids[1], ids
    assert ids == [p.entities[0].id for p in canonicalise([b, a])][::-1]  # any order of the papers


def test_weak_cue_needs_an_abstract_mention(monkeypatch):
    text = "We propose GLIMMOR, a planner."
    m = Mention("GLIMMOR", 0, 7, 0, "rule:name-shape", field="title")
    assert not senses28.weak_cue_holds28([m], text)
    assert not senses28.weak_cue_holds28([m], None)
    monkeypatch.setenv("PAPERKG_SENSES28", "off")
    assert senses28.weak_cue_holds28([m], None)


# -- tail-plural, ional-fold ---------------------------------------------------------------------------------------


def _named(pid: str, name: str, text: str, year: int = 2020) -> LocalResult:
    start, end = _at(text, name)
    e = LocalEntity(name=name, type="method", role="uses", aliases=[], family=None,
                    mentions=[Mention(name, start, end, 0, "rule:name-shape")])
    return LocalResult(Paper(id=pid, title=None, abstract=text, year=year), [e], [])


def test_identity_spellings_fold_plural_tails_and_ional():
    out = senses28.identity_spellings28(["quillingalgorithm", "convolutionalquillnetwork", "algorithm", "quill"])
    assert "quilling" in out and "convolutionquillnetwork" in out
    assert out.count("algorithm") == 1 and "" not in out  # a bare tail is no stem
    assert senses28.identity_spellings28(["quilalgorithm"]) == ["quilalgorithm"]  # "QUIL algorithms": an acronym's
    assert senses28.identity_spellings28(["rotational"]) == ["rotational"]  # the name's last word keeps its -ional


def test_a_plural_generic_tail_joins_the_singular_node(monkeypatch):
    a = _named("t1", "Quilling Algorithms", "Schedules are searched with Quilling Algorithms over crop rows.")
    b = _named("t2", "quilling algorithm", "A quilling algorithm orders the crop rows for harvest robots.")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] == ids[1], ids
    monkeypatch.setenv("PAPERKG_SENSES28", "tail-plural")
    ids = [p.entities[0].id for p in canonicalise([a, b])]
    assert ids[0] != ids[1], ids


def test_an_ional_adjective_joins_its_noun_spelling(monkeypatch):
    """A misspelling ("convolution quill network") joins the well-attested -ional name; two one-paper names that
    differ so stay two (often two methods)."""
    a = _named("c1", "convolution quill network", "Frames pass a convolution quill network for depth.")
    many = [_named(f"c{i}", "convolutional quill network", f"A convolutional quill network predicts depth {i}.")
            for i in range(2, 5)]
    ids = [p.entities[0].id for p in canonicalise([a, *many])]
    assert len(set(ids)) == 1, ids
    assert len({p.entities[0].id for p in canonicalise([a, many[0]])}) == 2  # one paper each: no fold
    monkeypatch.setenv("PAPERKG_SENSES28", "ional-fold")
    ids = [p.entities[0].id for p in canonicalise([a, *many])]
    assert len(set(ids)) == 2, ids
    assert senses28.identity_spellings28(["regionalquillnetwork"], 1) == ["regionalquillnetwork"]


# -- earlier-users -------------------------------------------------------------------------------------------------


ONTOLOGY = ("Dialogue ontologies", "We describe dialogue states with GLIMMO ontologies for spoken dialogue systems "
            "and map their concepts across domains and languages in ontology engineering.")
RL_METHOD = ("Continual control without interference",
             "Instead, we propose a simple method, GLIMMO, to address interference in continual reinforcement "
             "learning: one policy head per task and a bandit choosing heads for agents.")


def test_a_coiner_splits_off_the_papers_using_the_name_before_it(monkeypatch):
    early = _named("e1", "GLIMMO", ONTOLOGY[1], 2016)
    coiner = _proposer("e2", 2022, *RL_METHOD, "GLIMMO", rule="rule:proposal")
    ids = {p.id: p.entities[0].id for p in canonicalise([early, coiner])}
    assert ids["e1"] != ids["e2"] and ids["e1"] == "method:glimmo", ids
    monkeypatch.setenv("PAPERKG_SENSES28", "earlier-users")
    ids = {p.id: p.entities[0].id for p in canonicalise([early, coiner])}
    assert ids["e1"] == ids["e2"], ids


def test_later_users_stay_with_the_only_coiner():
    coiner = _proposer("l1", 2016, *RL_METHOD, "GLIMMO", rule="rule:proposal")
    later = _named("l2", "GLIMMO", ONTOLOGY[1], 2022)
    ids = {p.id: p.entities[0].id for p in canonicalise([coiner, later])}
    assert ids["l1"] == ids["l2"], ids
    assert senses28.earlier_users28(set(), {(2022, "c", 0)}, set(), {(2016, "a", 1), (2023, "b", 2), (0, "d", 3)}) \
        == {(2016, "a", 1)}
    assert senses28.earlier_users28(set(), {(2022, "c", 0), (2023, "e", 4)}, set(), {(2016, "a", 1)}) == frozenset()


# -- task-data -----------------------------------------------------------------------------------------------------


def _typed(pid: str, name: str, typ: str, text: str, rule: str = "rule:name-shape", **kw) -> LocalResult:
    start, end = _at(text, name)
    e = LocalEntity(name=name, type=typ, role="uses", aliases=[], family=None,
                    mentions=[Mention(name, start, end, 0, rule)], **kw)
    return LocalResult(Paper(id=pid, title=None, abstract=text, year=2020), [e], [])


TASK_TEXTS = ["The quill stroke forecasting task is hard for pens.", "We study quill stroke forecasting with priors.",
              "Results on quill stroke forecasting improve."]


def test_a_task_name_typed_data_by_few_papers_joins_the_task(monkeypatch):
    """Three papers name the listed task, two type its name as a benchmark: the listed task's key and the name's own
    key are two keys of two type classes; the form-key vote (twice as heavy) leaves two nodes; task-data joins
    them."""
    texts = ["Visual odometry drifts on long drives.", "We study visual odometry with event cameras.",
             "Visual odometry from a single camera is hard."]
    tasks = [_typed(f"k{i}", t.split(" ")[0] + " odometry" if t.startswith("Visual") else "visual odometry", "task", t,
                    entry="task:visual-odometry") for i, t in enumerate(texts)]
    data = [_typed(f"d{i}", "visual odometry", "benchmark", f"Run {i} on the visual odometry benchmark.",
                   rule="rule:followed-by-type") for i in range(2)]
    out = canonicalise([*tasks, *data])
    assert {p.entities[0].id for p in out} == {"task:visual-odometry"}, [p.entities[0].id for p in out]
    monkeypatch.setenv("PAPERKG_SENSES28", "task-data")
    out = canonicalise([*tasks, *data])
    assert len({p.entities[0].id for p in out}) == 2, [p.entities[0].id for p in out]


def test_a_named_data_resource_keeps_its_node():
    """A data node with its own definition ("... (QSF)") is a resource named after the task: two nodes."""
    tasks = [_typed(f"n{i}", "quill stroke forecasting", "task", t) for i, t in enumerate(TASK_TEXTS)]
    text = "We release the Quill Stroke Forecasting (QSF) dataset of pen strokes."
    data = _typed("n9", "Quill Stroke Forecasting", "dataset", text, rule="abbreviation",
                  long_form="Quill Stroke Forecasting", short_forms=["QSF"])
    out = canonicalise([*tasks, data])
    assert len({p.entities[0].id for p in out}) == 2, [p.entities[0].id for p in out]


def test_join_task_data_needs_a_task_majority_and_a_written_out_name():
    def run(task_n, data_n, name="quill stroke forecasting"):
        t = [LocalEntity(name=name, type="task", role="uses", aliases=[], family=None, mentions=[])
             for _ in range(task_n)]
        d = [LocalEntity(name=name, type="dataset", role="uses", aliases=[], family=None, mentions=[])
             for _ in range(data_n)]
        members = {"form:t": t, "sense:d": d}
        by_class = {"task": ["form:t"], "data": ["sense:d"]}
        senses28.join_task_data28(variant_key(name), by_class, {"task": task_n, "data": data_n}, members, {})
        return by_class
    assert run(3, 2) == {"task": ["form:t", "sense:d"]}
    assert run(2, 2) == {"task": ["form:t"], "data": ["sense:d"]}  # no task majority
    assert run(3, 1, "quillstroke") == {"task": ["form:t"], "data": ["sense:d"]}  # one word: no written-out name
