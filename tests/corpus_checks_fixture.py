"""A small hand-made graph and checks files for the check-graph tests (unit and Neo4j): one case per kind of
failure. Built from hand-written records, not from the extractor."""

from __future__ import annotations

import json
from pathlib import Path

from paperkg.extract.records import Entity, ExtractedPaper, Mention
from paperkg.graph import corpus_checks as cc


def _ent(key: str, name: str, typ: str, aliases=(), surface=None):
    text = surface or name
    return Entity(f"{typ}:{key}", name, typ, "uses", list(aliases), None, [Mention(text, 0, len(text), 0, "test")])


def _paper(pid: str, abstract: str, *entities) -> ExtractedPaper:
    return ExtractedPaper(pid, f"Paper {pid}", abstract, list(entities))


# One paper per node at least; abstracts matter only for the collision checks (a paper's sense is read there).
PAPERS = [
    # Right: one node, right type, only its own forms as aliases.
    _paper("p1", "We train a Support Vector Machine (SVM) on features.",
           _ent("svm", "Support Vector Machine", "method", ["SVM", "support vector machines"])),
    # Split: CIFAR-10 as a dataset and as a benchmark node.
    _paper("p2", "Results on CIFAR-10.", _ent("cifar-10", "CIFAR-10", "dataset")),
    _paper("p3", "Results on cifar10.", _ent("cifar10", "cifar10", "benchmark")),
    # Wrongly typed: WMT20 as a method.
    _paper("p4", "We test on WMT20.", _ent("wmt20", "WMT20", "method")),
    # Listed foreign alias: Kinetics-600 merged into Kinetics-400.
    _paper("p5", "Kinetics-400 and Kinetics-600.", _ent("kinetics-400", "Kinetics-400", "dataset", ["Kinetics-600"])),
    # A form of another checked entity: LSTM's node carries "GRU"; plus an alias nobody judged.
    _paper("p6", "An LSTM beats the GRU.", _ent("lstm", "Long Short-Term Memory", "method",
                                                 ["LSTM", "GRU", "by the recent recurrent models"])),
    _paper("p7", "A gated recurrent unit.", _ent("gru", "Gated Recurrent Unit", "method", ["GRU"])),
    # Collisions. GLM: one node with long forms of two senses (by name/alias).
    _paper("p8", "We fit generalized linear models (GLM).",
           _ent("glm", "General Language Model", "model", ["GLM", "generalized linear models"])),
    # DCNN: one node named after one sense, linked from papers that spell out the other sense.
    _paper("p9", "We propose diffusion-convolutional neural networks (DCNN) for graphs.",
           _ent("dcnn", "Diffusion-Convolutional Neural Networks", "method", ["DCNN"])),
    _paper("p10", "Deep convolutional neural networks (DCNN) classify images.",
           _ent("dcnn", "Diffusion-Convolutional Neural Networks", "method", ["DCNN"], surface="DCNN")),
    _paper("p11", "We use a deep convolutional neural network (DCNN) for faces.",
           _ent("dcnn", "Diffusion-Convolutional Neural Networks", "method", ["DCNN"], surface="DCNN")),
    # EM: the senses kept apart, two nodes, each linked from its own papers: no merge.
    _paper("p12", "We use the expectation-maximization (EM) algorithm.",
           _ent("expectation-maximization", "Expectation-Maximization", "method", ["EM"])),
    _paper("p13", "Answers are scored by exact match (EM) and F1.",
           _ent("exact-match", "exact match", "metric", ["EM"])),
    # An ambiguous short form (accepted, not a form): a bare "CRF" method node is a split of Conditional Random
    # Field, the camera response function node that also says "CRF" is not.
    _paper("p14", "A conditional random field (CRF) tags words.",
           _ent("conditional-random-field", "Conditional Random Field", "method", ["CRF"])),
    _paper("p15", "A CRF layer on top.", _ent("crf", "CRF", "method")),
    _paper("p16", "We estimate the camera response function (CRF).",
           _ent("camera-response-function", "camera response function", "method", ["CRF"])),
    # Junk: a sensor modality as a method node; a dataset collected from YouTube is no junk.
    _paper("p17", "We fuse RGB-D frames.", _ent("rgb-d", "RGB-D", "method")),
    _paper("p18", "We collect YT-Clips from YouTube.", _ent("yt-clips", "YT-Clips", "dataset", ["YouTube"])),
]

NOT_ENTITIES = [
    {"name": "RGB-D", "kind": "modality", "forms": ["RGBD"]},
    {"name": "YouTube", "kind": "platform"},
    {"name": "TensorFlow", "kind": "software"},
]

ENTITIES = [
    {"name": "Support Vector Machine", "types": ["method"], "forms": ["SVM", "Support Vector Machines"],
     "foreign": ["Support Vector Regression"]},
    {"name": "CIFAR-10", "types": ["dataset", "benchmark"], "forms": ["CIFAR10"], "foreign": ["CIFAR-100"]},
    {"name": "WMT20", "types": ["dataset", "benchmark"], "forms": ["WMT 2020"]},
    {"name": "Kinetics-400", "types": ["dataset"], "forms": ["Kinetics 400"], "foreign": ["Kinetics-600"]},
    {"name": "Long Short-Term Memory", "types": ["method", "model"], "forms": ["LSTM"]},
    {"name": "Gated Recurrent Unit", "types": ["method"], "forms": ["GRU"]},
    {"name": "ImageNet", "types": ["dataset"], "forms": ["ImageNet-1k"]},
    {"name": "Conditional Random Field", "types": ["method"], "forms": ["Conditional Random Fields"],
     "accepted": ["CRF"], "foreign": ["camera response function"]},
]

COLLISIONS = [
    {"short": "GLM", "senses": [{"long": ["generalized linear model"], "type": "method", "papers": 31},
                                {"long": ["General Language Model"], "type": "model", "papers": 1}]},
    {"short": "DCNN", "senses": [{"long": ["deep convolutional neural network"], "type": "method", "papers": 36},
                                 {"long": ["diffusion-convolutional neural network"], "type": "method", "papers": 1}]},
    {"short": "EM", "senses": [{"long": ["expectation-maximization"], "type": "method", "papers": 100},
                               {"long": ["exact match"], "type": "metric", "papers": 6}]},
]


def write_checks(folder: Path, entities=ENTITIES, collisions=COLLISIONS, not_entities=NOT_ENTITIES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / cc.ENTITIES_FILE).write_text("".join(json.dumps(e) + "\n" for e in entities))
    (folder / cc.COLLISIONS_FILE).write_text("".join(json.dumps(c) + "\n" for c in collisions))
    (folder / cc.NOT_ENTITIES_FILE).write_text("".join(json.dumps(c) + "\n" for c in not_entities))
    return folder
