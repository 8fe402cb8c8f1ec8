"""Helpers of the extraction tests: run the whole pipeline on one invented abstract, or the rules on a text."""

from __future__ import annotations

import json
from pathlib import Path

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Entity, Mention, Paper
from paperkg.extract.rules import find_rule_spans


def entity_types(abstract: str, title: str | None = None) -> dict[str, str]:
    """Name -> type of every entity extracted from one paper."""
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: e.type for e in paper.entities}


def names_under_switch(monkeypatch, variable: str, value: str | None, abstract: str, title: str) -> set[str]:
    """Names of every entity extracted from one paper with an output switch unset (``value`` None) or set."""
    if value is None:
        monkeypatch.delenv(variable, raising=False)
    else:
        monkeypatch.setenv(variable, value)
    [paper] = extract_papers([Paper("p1", title, abstract)])
    return {e.name for e in paper.entities}


def entity_types_and_roles(abstract: str, title: str | None = None) -> dict[str, tuple[str, str]]:
    """Name -> (type, role) of every entity extracted from one paper."""
    [paper] = extract_papers([Paper("p", title, abstract)])
    return {e.name: (e.type, e.role) for e in paper.entities}


def proposed_entity(text: str, name: str, etype: str, field: str = "abstract", at: int | None = None) -> Entity:
    """A proposed entity with one mention of a name in a text (its first occurrence, or at `at`), as the per-paper
    type rules receive it."""
    start = text.index(name) if at is None else at
    return Entity(id=f"{etype}:{name.lower()}", name=name, type=etype, role="proposes",
                  mentions=[Mention(name, start, start + len(name), 0, "rule:test", field)])


def mention_at(name: str, text: str, field: str = "abstract"):
    """(mentions, texts) of a name's first occurrence in a text, as the typing rules read them."""
    start = text.index(name)
    return [(field, start, start + len(name))], {field: text}


def rule_span_texts(text: str, rule: str) -> set[str]:
    """The texts of the spans one rule finds."""
    return {text[s:e] for s, e, _, r in find_rule_spans(text) if r == rule}


def sentence_nlp():
    """A blank English pipeline with paperkg's sentence splitter: what the definition finder reads."""
    import spacy

    from paperkg.extract.sentences import SentenceSplitter  # noqa: F401  (registers the sentence component)

    nlp = spacy.blank("en")
    nlp.add_pipe("paperkg_sentences")
    return nlp


def definition_pairs(nlp, text: str) -> list[tuple[str, str]]:
    """(long form, short form) of every definition the finder reads in a text."""
    from paperkg.extract.abbreviations import find_definitions

    return [(lf.text, sf.text) for lf, sf in find_definitions(nlp(text))]


def build_corpus(*abstracts: str):
    """The map and reduce steps over invented abstracts (papers p0, p1, ...): the corpus-resolved papers."""
    from paperkg.extract.canonical import canonicalise
    from paperkg.extract.pipeline import extract_local_all

    return canonicalise(extract_local_all([Paper(f"p{i}", None, a) for i, a in enumerate(abstracts)]))


def node_spellings(out) -> dict[str, set[str]]:
    """entity id -> every spelling (name and aliases) any paper gives it."""
    from collections import defaultdict

    spellings = defaultdict(set)
    for p in out:
        for e in p.entities:
            spellings[e.id] |= {e.name, *e.aliases}
    return spellings


# Studied corpora whose texts the speed tests compare fast and plain paths on (never a blind set).
STUDY_SETS = ["dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "heldout2", "heldout11", "heldout12"]


def study_records() -> list[tuple[str, str]]:
    """(title, abstract) of every paper of STUDY_SETS, in file order ("" for a missing field)."""
    out: list[tuple[str, str]] = []
    for name in STUDY_SETS:
        path = Path(__file__).resolve().parent / "data" / f"{name}-corpus.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append((rec.get("title") or "", rec.get("abstract") or ""))
    return out


def stand_in_entity(text: str, name: str, type_: str = "method"):
    """A stand-in entity with a mention at every place ``text`` writes ``name`` (for the retyping steps' tests)."""
    from types import SimpleNamespace as NS

    mentions = []
    at = text.find(name)
    while at >= 0:
        mentions.append(NS(start=at, end=at + len(name), field="abstract"))
        at = text.find(name, at + 1)
    assert mentions, name
    return NS(name=name, type=type_, mentions=mentions, entry=None)
