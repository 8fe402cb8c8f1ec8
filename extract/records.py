"""Typed, small records passed between stages, and their JSONL form (DESIGN.md output contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("method", "dataset", "benchmark", "model", "task", "metric")
ROLES = ("proposes", "uses", "evaluates_on", "compares_with")


@dataclass(frozen=True)
class Paper:
    """One abstract as read from a corpus file."""

    id: str
    title: str | None
    abstract: str
    year: int | None = None
    venue: str | None = None
    source: str | None = None  # file the paper came from (and line, "file:line")


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity, with its evidence: offsets into the abstract (or title)."""

    text: str
    start: int
    end: int
    sentence: int
    rule: str  # which component fired: "abbreviation", "gazetteer:<list>", "rule:<name>", ...
    field: str = "abstract"  # "abstract" or "title"

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence, "rule": self.rule}
        if self.field != "abstract":
            d["field"] = self.field
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        return cls(d["text"], int(d["start"]), int(d["end"]), int(d["sentence"]), d["rule"], d.get("field", "abstract"))


@dataclass
class Entity:
    """An entity named by one paper: canonical id and name, type, role in that paper, mentions."""

    id: str  # "<type>:<slug>", stable across the corpus
    name: str
    type: str
    role: str = "uses"
    aliases: list[str] = field(default_factory=list)
    family: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "role": self.role,
            "family": self.family,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        return cls(
            id=d["id"],
            name=d["name"],
            type=d["type"],
            role=d.get("role", "uses"),
            aliases=list(d.get("aliases") or []),
            family=d.get("family"),
            mentions=[Mention.from_dict(m) for m in d.get("mentions") or []],
        )


@dataclass(frozen=True)
class Result:
    """One result statement: a value in a metric, on a dataset or benchmark, by a method or model.

    ``dataset_id`` / ``entity_id`` are the final ids of the paper's entities (None when the sentence names
    none the extractor knows); ``start``/``end`` are the value's offsets in the abstract, ``sentence`` the
    index of its sentence. ``qualifier``: exact, up_to, over, range (``value`` is the upper end) or relative
    (a difference such as "+1.8 BLEU" or "a 15% reduction": never a score).
    """

    value: float
    text: str  # the value as written: "93.2%", "+1.8", "5~10%"
    unit: str | None  # "%" or None (points, ratios)
    metric: str  # canonical metric name: "F1", "top-1 accuracy", "BLEU"
    metric_text: str  # the metric as written
    direction: str  # "higher" | "lower" is better
    qualifier: str
    is_baseline: bool
    dataset_id: str | None
    dataset: str | None
    split: str | None
    entity_id: str | None
    entity: str | None
    sentence: int
    start: int
    end: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in RESULT_FIELDS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Result":
        missing = [k for k in RESULT_FIELDS if k not in d]
        if missing:
            raise KeyError(f"result lacks {', '.join(missing)}")
        return cls(**{k: d[k] for k in RESULT_FIELDS})


RESULT_FIELDS = tuple(Result.__dataclass_fields__)


@dataclass
class ExtractedPaper:
    """A paper with the entities and code links extracted from it: one line of papers.jsonl."""

    id: str
    title: str | None
    abstract: str
    entities: list[Entity] = field(default_factory=list)
    code: list[str] = field(default_factory=list)
    year: int | None = None
    venue: str | None = None
    source: str | None = None
    results: list[Result] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "abstract": self.abstract,
            "entities": [e.to_dict() for e in self.entities],
            "code": list(self.code),
            "results": [r.to_dict() for r in self.results],
        }
        # Optional metadata rides along when known, so the graph can keep year/venue.
        for key in ("year", "venue", "source"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ExtractedPaper":
        return cls(
            id=str(d["id"]),
            title=d.get("title"),
            abstract=d["abstract"],
            entities=[Entity.from_dict(e) for e in d.get("entities") or []],
            code=list(d.get("code") or []),
            year=d.get("year"),
            venue=d.get("venue"),
            source=d.get("source"),
            results=[Result.from_dict(r) for r in d.get("results") or []],
        )
