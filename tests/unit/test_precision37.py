"""precision37 (session 33): method groups whose papers write them in a task's or problem's slot become tasks."""

from __future__ import annotations

from paperkg.extract.canonical import LocalResult, canonicalise
from paperkg.extract.precision37 import (LANGUAGE_PAIR37, aims_opening37, formulation_headed37, retype_slots37,
                                         task_slots37, technique_written37)
from paperkg.extract.records import Mention, Paper
from paperkg.extract.resolve import LocalEntity


def _paper(abstract: str, pid: str = "p1", title: str = "A title") -> Paper:
    return Paper(id=pid, title=title, abstract=abstract)


def _named(name: str, text: str, role: str = "uses", at: int | None = None) -> LocalEntity:
    at = text.index(name) if at is None else at
    return LocalEntity(name, "method", role, [], None, [Mention(name, at, at + len(name), 0, "rule:name-shape")])


def _slots(name: str, text: str) -> set[str]:
    at = text.index(name)
    return task_slots37(text, at, at + len(name))


def _ids(rs) -> set[str]:
    return {e.id for p in canonicalise(rs) for e in p.entities}


def test_task_late_and_problem_noun() -> None:
    assert _slots("ZQE", "Transfer learning from the NLI task to the ZQE task is studied.") == {"task-late"}
    assert _slots("Zorb Entailment", "We rank first in the Zorb Entailment (ZE) shared task.") == {"task-late"}
    assert _slots("ZNL-Bandit", "We refer to this as the ZNL-Bandit problem.") == {"problem-noun"}
    assert _slots("Zorb Minimization", "Solving Zorb Minimization (ZM) problems remains hard.") == {"problem-noun"}
    assert _slots("ZVSync", "a new benchmark for ZVSync research promising to drive") == {"problem-noun"}
    assert not _slots("Zorbix", "Zorbix solves the problem fast.")
    assert not _slots("Zorbix", "We apply Zorbix to the problem.")
    assert not _slots("Zorbix", "Zorbix-problem solvers are slow.")  # a hyphen: not the name's own noun


def test_field_defined() -> None:
    assert _slots("Zorb Federated Learning", "Zorb Federated Learning (ZFL) is a burgeoning research area.") == {
        "field-defined"}
    assert _slots("Zorb RL", "Zorb RL (ZRL) refers to a scenario in which the policy moves.") == {"field-defined"}
    assert _slots("Zorb Reasoning", "Zorb Reasoning is a major field of study in AI.") == {"field-defined"}
    assert not _slots("ZeILF", "Rather than a 2D map, ZeILF is a fully 5D light field that is capable of more.")
    assert not _slots("ZRAME", "The inhomogeneous ZRAME is a non-stationary Markov random field model.")
    assert not _slots("Zorb Models", "The construction of Zorb Models is a very challenging setting.")
    assert not _slots("Zorb Models", "Training Zorb Models is a challenging setting.")


def test_task_list() -> None:
    assert _slots("ZQE", "MEDIQA includes three tasks: NLI, ZQE and QA in the medical domain.") == {"task-list"}
    assert _slots("ZOTS", "It solves four tracking problems (SOT, MOT, VOS, ZOTS) with one network.") == {"task-list"}
    assert _slots("ZarNaming", "We evaluate our method on two tasks: ZarNaming, in which a network predicts") == {
        "task-list"}
    # the name is the subject of the next clause, or the bracket right after the noun defines it
    assert not _slots("ZT-RNN", "on tasks such as Image Captioning and Image Generation, ZT-RNN outperforms TT-RNN.")
    assert not _slots("ZS-DTT", "we study transfer across domains and tasks (ZS-DTT), in a semi-supervised setting.")
    assert not _slots("ZaPT", "Planning for complex Tasks (ZaPT), an approach that plans")


def test_aims_opening() -> None:
    t = "Safe Zorbing learning (Safe ZL) aims at learning optimal policies while staying safe."
    assert aims_opening37(t, 0, len("Safe Zorbing learning"))
    t = "Zorb graph domain adaptation (ZGDA) focuses on transferring knowledge."
    assert aims_opening37(t, 0, len("Zorb graph domain adaptation"))
    t = "Safe Zorbing learning (Safe ZL) aims at learning optimal policies while staying safe."
    assert aims_opening37(t, t.index("Safe ZL"), t.index("Safe ZL") + 7)  # the opening's short form
    t = '"Open-set Zorb Adaptation (OZA) aims to recognize classes.'
    assert aims_opening37(t, 1, len('"Open-set Zorb Adaptation'))  # after a quote
    t = "We study it. Zorb Learning (ZL) aims to help."
    assert not aims_opening37(t, t.index("ZL"), t.index("ZL") + 2)  # not the first sentence
    t = "In this work, Zorb learning aims to help."
    assert not aims_opening37(t, t.index("Zorb"), t.index("Zorb") + len("Zorb learning"))  # not the opening
    t = "Zorb learning improves results."
    assert not aims_opening37(t, 0, len("Zorb learning"))


def test_heads_and_language_pairs() -> None:
    assert formulation_headed37("Associative Zorb Networks")
    assert formulation_headed37("Non-Autoregressive Zorbformer Transformer")
    assert formulation_headed37("Regularized zorb regression")
    assert not formulation_headed37("Zorb Function Minimization")
    assert LANGUAGE_PAIR37.search("JPCzh-ja") and LANGUAGE_PAIR37.search("en-de")
    assert not LANGUAGE_PAIR37.search("FG-NER") and not LANGUAGE_PAIR37.search("Ego-VPA")


def test_group_retyped_in_the_corpus_pass(monkeypatch) -> None:
    t = "We refer to this as the ZNL-Bandit problem and give an algorithm."
    rs = [LocalResult(_paper(t), [_named("ZNL-Bandit", t)], [])]
    assert _ids(rs) == {"task:znl-bandit"}
    monkeypatch.setenv("PAPERKG_PRECISION37", "off")
    assert _ids(rs) == {"method:znl-bandit"}
    monkeypatch.setenv("PAPERKG_PRECISION37", "task-late,field-defined,aims-opening")
    assert _ids(rs) == {"task:znl-bandit"}
    monkeypatch.setenv("PAPERKG_PRECISION37", "problem-noun")
    assert _ids(rs) == {"method:znl-bandit"}


def test_group_shares() -> None:
    t1 = "We refer to this as the ZNL-Bandit problem and give an algorithm."
    t2 = "Our ZNL-Bandit beats the baselines on three sets."
    t3 = "ZNL-Bandit is fast in our experiments."
    rs = [LocalResult(_paper(t, pid), [_named("ZNL-Bandit", t)], []) for pid, t in (("a", t1), ("b", t2), ("c", t3))]
    assert _ids(rs) == {"method:znl-bandit"}  # 1 of 3 papers: under half, and only one
    rs = [LocalResult(_paper(t, pid), [_named("ZNL-Bandit", t)], []) for pid, t in (("a", t1), ("b", t2))]
    assert _ids(rs) == {"task:znl-bandit"}  # 1 of 2: half


def test_proposed_opening_formulation_and_listed_kept() -> None:
    t = "Zorb Adaptive Learning (ZAL) aims to improve the robustness of value iteration."
    rs = [LocalResult(_paper(t), [_named("Zorb Adaptive Learning", t, role="proposes")], [])]
    assert _ids(rs) == {"method:zorb-adaptive-learning"}  # the paper proposes it
    t = "Zorb Autoregressive Transformer (ZAT) aims to accelerate decoding."
    rs = [LocalResult(_paper(t), [_named("Zorb Autoregressive Transformer", t)], [])]
    assert _ids(rs) == {"method:zorb-autoregressive-transformer"}  # a model's head
    t = "We obtain a bound for the robust Zorb Network problem."
    e = _named("Zorb Network", t)
    canon = {"r": ("method:zorb-network", "Zorb Network", None, set())}
    retype_slots37([LocalResult(_paper(t), [e], [])], [[(e, "r")]], _Keys(), canon, [[]], set())
    assert canon["r"][0] == "method:zorb-network"
    t = "We refer to this as the ZNL-Bandit problem."
    e = _named("ZNL-Bandit", t)
    canon = {"r": ("method:znl-bandit", "ZNL-Bandit", None, set())}
    retype_slots37([LocalResult(_paper(t), [e], [])], [[(e, "r")]], _Keys(), canon, [[]], set())
    assert canon["r"][0] == "task:znl-bandit"
    e.entry = "method:znl-bandit"  # a list's name: left
    canon = {"r": ("method:znl-bandit", "ZNL-Bandit", None, set())}
    retype_slots37([LocalResult(_paper(t), [e], [])], [[(e, "r")]], _Keys(), canon, [[]], set())
    assert canon["r"][0] == "method:znl-bandit"


def test_second_look_finds_counted() -> None:
    t1 = "We adapted our system for Zorb Question Entailment (ZQE) to similarity."
    t2 = "Transfer learning from the NLI task to the ZQE task is studied."
    e = _named("Zorb Question Entailment", t1, role="proposes")
    at = t2.index("ZQE")
    canon = {"r": ("method:zorb-question-entailment", "Zorb Question Entailment", None, set())}
    results = [LocalResult(_paper(t1, "a"), [e], []), LocalResult(_paper(t2, "b"), [], [])]
    # without the second paper's find, 0 of 1 papers write a cue
    retype_slots37(results, [[(e, "r")], []], _Keys(), canon, [[], []], set())
    assert canon["r"][0] == "method:zorb-question-entailment"
    # the second look found ZQE bare in paper b: 1 of 2 papers
    retype_slots37(results, [[(e, "r")], []], _Keys(), canon, [[], [(at, at + 3, "ZQE", "r")]], {"ZQE"})
    assert canon["r"][0] == "task:zorb-question-entailment"


def test_task_list_off_by_default(monkeypatch) -> None:
    t = "We evaluate our method on two tasks: ZarNaming, in which a network predicts names, and ZarMisuse."
    rs = [LocalResult(_paper(t), [_named("ZarNaming", t)], [])]
    assert _ids(rs) == {"method:zarnaming"}
    monkeypatch.setenv("PAPERKG_PRECISION37", "on:task-list")
    assert _ids(rs) == {"task:zarnaming"}


def test_technique_written_vetoes() -> None:
    def written(name: str, text: str) -> bool:
        at = text.index(name)
        return technique_written37(text, at, at + len(name))

    assert written("Multi-task zorb learning", "Multi-task zorb learning (MTZL) is a powerful technique in boosting.")
    assert written("AutoZL", "This motivates AutoZL, a class of methods seeking to automate these choices.")
    assert written("Learning From Zorbs", "We propose a method called Learning From Zorbs (LFZ), wherein it learns.")
    assert not written("partial zorb learning", "we propose a novel framework named partial zorb learning via MUSE.")
    assert not written("DS-ZA", "To address these issues, we propose a novel DS-ZA model which employs a selector.")
    assert not written("Zorb Logit Bandit", "the Zorb Logit Bandit (ZL-bandit) is a popular model in online learning")
    assert not written("ZTLS", "errors for ZTLS, the re-weighted nuclear norm approach is better")
    t1 = "Multi-task zorb learning (MTZL) is a powerful technique in boosting accuracy."
    t2 = "However, solving the MTZL problem remains challenging."
    e1 = _named("Multi-task zorb learning", t1)
    e2 = _named("MTZL", t2)
    canon = {"r": ("method:multi-task-zorb-learning", "Multi-task zorb learning", None, set())}
    rs = [LocalResult(_paper(t1, "a"), [e1], []), LocalResult(_paper(t2, "b"), [e2], [])]
    retype_slots37(rs, [[(e1, "r")], [(e2, "r")]], _Keys(), canon, [[], []], set())
    assert canon["r"][0] == "method:multi-task-zorb-learning"  # a paper writes it as a technique
    t2 = "Transfer learning from the NLI task to the MTZL task is studied."
    e2 = _named("MTZL", t2)
    rs = [LocalResult(_paper(t1, "a"), [e1], []), LocalResult(_paper(t2, "b"), [e2], [])]
    retype_slots37(rs, [[(e1, "r")], [(e2, "r")]], _Keys(), canon, [[], []], set())
    assert canon["r"][0] == "task:multi-task-zorb-learning"  # "the X task" is not vetoed


class _Keys:
    """Union-find stand-in: every key is its own root."""

    def find(self, k):
        return k
