"""Corpus-wide canonicalisation: one entity for "DPO" here and "Direct Preference Optimization (DPO)" there.

Pure functions over the per-paper results, so that one process, a pool of processes and a Dask cluster
give the same output: the result depends only on the papers and their order.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .gazetteer import entry_by_id
from .records import Entity, ExtractedPaper, Paper
from .resolve import LocalEntity
from .text import normalise_surface, slug


def _own_key(e: LocalEntity) -> str:
    if e.entry is not None:
        return f"entry:{e.entry}"
    return "form:" + normalise_surface(e.long_form or e.name)


def canonicalise(results: list[tuple[Paper, list[LocalEntity], list[str]]]) -> list[ExtractedPaper]:
    """Give every local entity its corpus-wide id, name and type; return the JSONL records."""
    # Acronym -> the long forms it stands for anywhere in the corpus (ambiguous ones stay apart).
    long_of_short: dict[str, set[str]] = defaultdict(set)
    for _, ents, _ in results:
        for e in ents:
            for short in e.short_forms:
                long_of_short[normalise_surface(short)].add(_own_key(e))

    def key_of(e: LocalEntity) -> str:
        own = _own_key(e)
        if e.entry is None and e.long_form is None:
            targets = long_of_short.get(normalise_surface(e.name), set())
            if len(targets) == 1:
                return next(iter(targets))
        return own

    names: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    families: dict[str, Counter] = defaultdict(Counter)
    for _, ents, _ in results:
        for e in ents:
            k = key_of(e)
            names[k][e.name] += 1
            types[k][e.type] += 1
            if e.family:
                families[k][e.family] += 1

    def pick(counter: Counter) -> str:
        # Most frequent; ties to the longer, then alphabetical, so the choice is deterministic.
        return sorted(counter.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]

    canon: dict[str, tuple[str, str, str | None]] = {}
    for k in names:
        name = entry_by_id(k.split(":", 1)[1]).name if k.startswith("entry:") else pick(names[k])
        typ = pick(types[k])
        family = pick(families[k]) if families[k] else None
        canon[k] = (f"{typ}:{slug(name)}", name, family)

    papers = []
    for paper, ents, urls in results:
        merged: dict[str, Entity] = {}
        for e in ents:
            eid, name, family = canon[key_of(e)]
            typ = eid.split(":", 1)[0]
            if eid in merged:  # two local entities that the corpus knows are one
                m = merged[eid]
                m.mentions = sorted(m.mentions + e.mentions, key=lambda x: (x.field != "title", x.start))
                m.aliases = sorted(set(m.aliases) | set(e.aliases) | ({e.name} - {name}))
                if e.role == "proposes":
                    m.role = "proposes"
                continue
            aliases = sorted((set(e.aliases) | {e.name}) - {name})
            merged[eid] = Entity(
                id=eid, name=name, type=typ, role=e.role, aliases=aliases,
                family=family if typ == "model" else None, mentions=list(e.mentions),
            )
        papers.append(
            ExtractedPaper(
                id=paper.id, title=paper.title, abstract=paper.abstract, entities=list(merged.values()),
                code=urls, year=paper.year, venue=paper.venue, source=paper.source,
            )
        )
    return papers
