"""hubs47 (session 46, issue 10): a campaign's year found again by the corpus's second look in a paper that names
one of that campaign's tasks is not linked ("SemEval 2020" beside the title's "SemEval-2020 Task 8"); lists:
research fields out of the task list. Sentences written for the test.
"""

import pytest

from paperkg.extract.gazetteer import load_entries
from paperkg.extract.hubs47 import event_year_hit47
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper

_CUED = [
    "We report macro F1 on the SemEval 2020 benchmark and compare with strong baselines.",
    "Results on the SemEval 2020 benchmark show that our tagger beats a BiLSTM.",
    "Our encoder is evaluated on the SemEval 2020 benchmark, where it improves accuracy.",
    "Experiments on the SemEval 2020 benchmark confirm the gain of the ensemble.",
]


def _papers():
    papers = [Paper(id=f"h47-c{i}", title=None, abstract=a, year=2020) for i, a in enumerate(_CUED)]
    papers.append(Paper(id="h47-task", title="Team Quokka at SemEval-2020 Task 8: Fusing Text and Image for Memes",
                        abstract="This paper describes our entry to the meme emotion task of SemEval 2020. "
                                 "A fused encoder of text and image ranks fourth.", year=2020))
    papers.append(Paper(id="h47-data", title="Team Wombat at SemEval-2020 Task 9: Code-Mixed Sentiment",
                        abstract="We fine-tune a multilingual encoder on the SemEval 2020 training data "
                                 "of code-mixed tweets.", year=2020))
    papers.append(Paper(id="h47-bare", title="Stance Cues in Short Texts",
                        abstract="We study stance cues in tweets and report results on SemEval 2020, "
                                 "where our model improves macro F1.", year=2020))
    return {p.id: {e.id for e in p.entities} for p in extract_papers(papers, n_process=1)}


def test_event_year_hit_beside_its_task():
    out = _papers()
    assert any("benchmark:semeval-2020" in out[f"h47-c{i}"] for i in range(4))  # the bare year is a node
    assert "benchmark:semeval-2020-task-8" in out["h47-task"]
    assert "benchmark:semeval-2020" not in out["h47-task"]


def test_leave_alone_data_word_and_no_task():
    out = _papers()
    assert "benchmark:semeval-2020" in out["h47-data"] or "dataset:semeval-2020" in out["h47-data"]
    assert "benchmark:semeval-2020" in out["h47-bare"]  # no task of the campaign named: the year stays


def test_switch_off_restores(monkeypatch):
    monkeypatch.setenv("PAPERKG_HUBS47", "0")
    out = _papers()
    assert "benchmark:semeval-2020" in out["h47-task"]


@pytest.mark.parametrize("surface, names, expected", [
    ("SemEval 2020", ["SemEval-2020 Task 8"], True),
    ("SemEval-2017", ["SemEval 2017 task 4", "BERT"], True),
    ("SemEval 2020", ["SemEval-2019 Task 6"], False),  # another year
    ("SemEval 2020", ["BERT"], False),  # no task of the campaign
])
def test_event_year_hit_unit(surface, names, expected):
    text = f"Our system for {surface} ranks third."
    start = text.index(surface)
    assert event_year_hit47(text, start, start + len(surface), surface, surface, names) is expected


def test_event_year_alias(monkeypatch):
    from paperkg.extract.hubs47 import event_year_aliases47
    assert event_year_aliases47(["SemEval-2020", "SemEval 2020 task 9"], "SemEval-2020 Task 9") == ["SemEval 2020 task 9"]
    assert event_year_aliases47(["SemEval-2019"], "SemEval-2020 Task 9") == ["SemEval-2019"]  # another year stays
    assert event_year_aliases47(["SemEval-2020"], "SemEval-2020") == ["SemEval-2020"]  # the campaign's own node
    monkeypatch.setenv("PAPERKG_HUBS47", "event-year-alias")
    assert event_year_aliases47(["SemEval-2020"], "SemEval-2020 Task 9") == ["SemEval-2020"]


def test_fields_out_of_task_list():
    ids = {e.id for e in load_entries()}
    for gone in ("task:explainable-artificial-intelligence", "task:model-optimization", "task:temporal-processing",
                 "task:audio-signal-processing", "task:quantum-machine-learning",
                 "task:manufacturing-quality-control"):
        assert gone not in ids, gone
    assert "task:explainable-recommendation" in ids  # a real task stays
    (out,) = [{e.id for e in p.entities} for p in extract_papers([Paper(
        id="h47-f", title=None, year=2024,
        abstract="Explainable artificial intelligence guides model optimization and temporal processing "
                 "in our audio signal processing pipeline for object detection.")], n_process=1)]
    assert not {"task:explainable-artificial-intelligence", "task:model-optimization",
                "task:temporal-processing", "task:audio-signal-processing"} & out


def test_retyped_rows():
    ids = {e.id for e in load_entries()}
    assert "method:simcse" in ids and "metric:simcse" not in ids
    assert "benchmark:semeval-2007" in ids and "metric:semeval-2007" not in ids
    (out,) = [{e.id for e in p.entities} for p in extract_papers([Paper(
        id="h47-r", title=None, year=2023,
        abstract="Our sentence encoder beats SimCSE by two points of Spearman correlation on STS-B.")], n_process=1)]
    assert "method:simcse" in out and "metric:simcse" not in out


def test_shared_task_other_names():
    a, b = [{e.id for e in p.entities} for p in extract_papers([
        Paper(id="h47-o1", title=None, year=2020,
              abstract="We fine-tune a multilingual encoder for OffensEval 2020 and report macro F1 on the Danish track."),
        Paper(id="h47-o2", title=None, year=2019,
              abstract="Our classifier for hate speech against immigrants is evaluated on HatEval and on OLID."),
    ], n_process=1)]
    assert "benchmark:semeval-2020-task-12" in a and "benchmark:offenseval-2020" not in a
    assert "benchmark:semeval-2019-task-5" in b and "benchmark:hateval" not in b
