"""Helpers of the extraction tests: run the whole pipeline on one invented abstract, or the rules on a text."""

from __future__ import annotations

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper
from paperkg.extract.rules import find_rule_spans


def entity_types(abstract: str, title: str | None = None) -> dict[str, str]:
    """Name -> type of every entity extracted from one paper."""
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: e.type for e in paper.entities}


def entity_types_and_roles(abstract: str, title: str | None = None) -> dict[str, tuple[str, str]]:
    """Name -> (type, role) of every entity extracted from one paper."""
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: (e.type, e.role) for e in paper.entities}


def rule_span_texts(text: str, rule: str) -> set[str]:
    """The texts of the spans one rule finds."""
    return {text[s:e] for s, e, _, r in find_rule_spans(text) if r == rule}
