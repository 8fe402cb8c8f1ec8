"""hubs46 (session 45, issue 10): wrong hubs of the 73k graph fixed in the lists.

PropBank, 3D Morphable Model, non-maximum suppression and gradient boosting each one node whatever the spelling
(gazetteer.jsonl hand-edited, classical_methods.tsv); research fields and data kinds out of the task list ("Deep
Learning", "Time Series", "Word Embeddings", ...); distant supervision a method, Text-to-SQL a task, Dynamic Time
Warping a method; "the Waymo dataset" the Waymo Open Dataset. Sentences written for the test.
"""

from paperkg.extract.gazetteer import load_entries
from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _ids(*abstracts):
    papers = [Paper(id=f"h46-{i}", title=None, abstract=a, year=2020) for i, a in enumerate(abstracts)]
    return [{e.id for e in p.entities} for p in extract_papers(papers, n_process=1)]


def test_spellings_one_node():
    a, b, c, d = _ids(
        "Boxes that overlap are pruned with non-maximal suppression before scoring on PASCAL VOC.",
        "We fit a 3D face morphable model (3DMM) to each portrait before rendering.",
        "Our labels follow the Propbank frames, and we compare with FrameNet.",
        "A baseline of gradient boosted trees is compared with a random forest on tabular data.",
    )
    assert "method:non-maximum-suppression" in a and "method:non-maximal-suppression" not in a
    assert "method:3d-morphable-model" in b
    assert "dataset:propbank" in c and "dataset:framenet" in c
    assert "method:gradient-boosting" in d


def test_fields_are_no_tasks():
    ids = {e.id for e in load_entries()}
    for gone in ("task:deep-learning", "task:time-series", "task:point-clouds", "task:knowledge-graphs",
                 "task:decision-making", "task:word-embeddings", "task:representation-learning"):
        assert gone not in ids, gone
    assert "task:object-detection" in ids and "task:machine-translation" in ids  # real tasks stay
    (out,) = _ids("Deep learning models of time series are trained with word embeddings for object detection.")
    assert not {"task:deep-learning", "task:time-series", "task:word-embeddings"} & out
    assert "task:object-detection" in out


def test_retyped_names():
    a, b, c, d = _ids(
        "We train a relation classifier with distant supervision from a knowledge base.",
        "Text-to-SQL maps a question to a query; we release a new Text-to-SQL dataset named ZorbSQL.",
        "Sequences are aligned with dynamic time warping (DTW) before clustering.",
        "We report detection results on the Waymo dataset and on nuScenes.",
    )
    assert "method:distant-supervision" in a and "dataset:distant-supervision" not in a
    assert "task:text-to-sql" in b and "dataset:text-to-sql" not in b
    assert "method:dynamic-time-warping" in c and "task:dynamic-time-warping" not in c
    assert "dataset:waymo-open-dataset" in d and "dataset:waymo" not in d


def test_longer_names_left_alone():
    (ids,) = _ids("We train on the Turkish PropBank and compare with the Universal Proposition Bank.")
    assert "dataset:turkish-propbank" in ids
    assert "dataset:propbank" not in ids  # a language's own PropBank is not the English one
