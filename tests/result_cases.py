"""Helpers of the result-step tests: a paper whose entities are given by name, as the result step reads them."""

from __future__ import annotations

from paperkg.extract.records import Entity, ExtractedPaper, Mention


def paper_with_entities(abstract: str, names: dict[str, str]) -> ExtractedPaper:
    """A paper of ``abstract`` whose entities are ``names`` (name -> type), each mentioned where it first occurs."""
    entities = []
    for k, (name, typ) in enumerate(names.items()):
        i = abstract.find(name)
        mentions = [Mention(text=name, start=i, end=i + len(name), sentence=abstract.count(". ", 0, i), rule="test")] if i >= 0 else []
        entities.append(Entity(id=f"e{k}", name=name, type=typ, role="evaluates_on", mentions=mentions))
    return ExtractedPaper(id="t", title="A test", abstract=abstract, entities=entities)
