"""Session 41 (issue 10, precision): research-area names typed method and approximation-scheme classes.

Switched with ``PAPERKG_PRECISION51`` ("off", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``drop_non_entities51`` in pipeline.py right after precision48's
``drop_non_entities48``.

- ``task-areas``: a method named by one of the research-area pages of the Papers-with-Code world snapshot that the
  gazetteer lists as methods ("Data Augmentation", "Bayesian Inference", "Image Augmentation", "Graph
  Sampling", ...). Those pages are PwC *task* areas; in an abstract the phrase names a paradigm
  or an activity ("text data augmentation", "approximating optimal Bayesian inference"), not a named technique, so
  the guideline makes them optional at most. Not when the paper proposes the node. "Thompson Sampling", "Gaussian
  Processes", "Bayesian Optimization" and "Dataset Distillation" (a named 2018 method) of the same list stay, and so
  does "Data-free Knowledge Distillation" (the corpus step makes it a task node; dropping the method lost that), and
  "Variational Inference" (the lead's merge: the hand-checked frequent-entity list has it a method of 576 papers, a
  family of algorithms rather than an area).
- ``approx-schemes``: complexity classes of approximation algorithms written as acronyms ("admit a PTAS", "we provide
  an FPTAS"; PTAS, FPTAS, EPTAS, QPTAS, FPRAS, and their long forms "(fully) polynomial-time approximation scheme"):
  a class of algorithms (a guarantee), no named method; the session-3x judging calls "fully polynomial-time
  approximation scheme" "not a name".
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

PRECISION_RULES51 = ("task-areas", "approx-schemes")
DEFAULT_OFF51: frozenset[str] = frozenset()

SCORED51 = ("method", "dataset", "benchmark", "model")

# The world snapshot's method rows that are research areas (extract/data/gazetteer.jsonl, source pwc-world-snapshot).
TASK_AREAS51 = frozenset({
    "data augmentation", "image augmentation", "3d point cloud data augmentation", "bayesian inference",
    "graph sampling", "survey sampling",
})
_APPROX51 = re.compile(r"(?:PTAS|FPTAS|EPTAS|QPTAS|FPRAS)(?:s|es)?")
_APPROX_LONG51 = re.compile(
    r"(?:(?:fully|efficient|quasi[\s\-]?)\s*)?polynomial[\s\-]+(?:time\s+)?(?:(?:randomi[sz]ed|deterministic)\s+)?"
    r"approximation\s+schemes?", re.I)


def _precision_off51() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION51", PRECISION_RULES51, DEFAULT_OFF51)


def _fold51(name: str) -> str:
    return re.sub(r"[\s\-]+", " ", name.strip().lower())


def task_area51(name: str) -> bool:
    """A research-area name ("Data Augmentation", "Bayesian inference", "variational-inference")."""
    return _fold51(name) in TASK_AREAS51


def approx_scheme51(name: str) -> bool:
    """An approximation-scheme class: an acronym as spelt ("PTAS", "FPTAS", "FPRAS") or its long form ("fully
    polynomial-time approximation scheme", "polynomial time approximation scheme")."""
    name = name.strip()
    return _APPROX51.fullmatch(name) is not None or _APPROX_LONG51.fullmatch(name) is not None


def drop_non_entities51(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities without research-area names typed method (``task-areas``) and approximation-scheme
    classes (``approx-schemes``)."""
    off = _precision_off51()
    if all(p in off for p in PRECISION_RULES51):
        return entities
    out = []
    for e in entities:
        if e.type in SCORED51:
            if ("task-areas" not in off and e.type == "method" and e.role != "proposes" and task_area51(e.name)):
                continue
            if "approx-schemes" not in off and approx_scheme51(e.name):
                continue
        out.append(e)
    return out
