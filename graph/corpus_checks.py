"""Corpus-scale checks of a built graph: frequent entities and acronym collisions, judged by hand beforehand.

Two hand-checked files (shipped in tests/data/corpus-checks/, see its README.md) are the yardstick:

- ``frequent-entities.jsonl``: one real, frequent entity a line: ``name``, expected ``types``, ``forms`` (surface
  variants that must all land in this one node), optional ``accepted`` (aliases this node may carry but that do
  not identify it, such as an ambiguous acronym) and ``foreign`` (forms that must not be in this node).
  The check: the nodes whose name or an alias matches a form are exactly one node, of an expected type, and no
  node found carries a foreign form or a form of another listed entity. Aliases that nothing judged are listed.
- ``not-entities.jsonl``: names that are no method, dataset, benchmark, model, task or metric (sensors and
  modalities, platforms, software, languages, organisations, works of fiction): no entity node may be named so.
- ``acronym-collisions.jsonl``: a short form with two or more senses, each with its long forms and type.
  The check: no node joins two senses, by its name and aliases, or by the papers linked to it (a paper's sense
  is the one sense whose long form occurs in its title or abstract: an "EM" node linked from papers that spell
  out "expectation-maximization" and from papers that spell out "exact match" joins two senses).

Names are compared through paperkg.extract.text.normalise_surface (case, hyphens, spaces, a generic tail such
as "dataset" folded). Nodes are read through GraphStore.run with parameters, so any store answers the same.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from paperkg.errors import InputError
from paperkg.extract.text import fold, normalise_surface
from paperkg.graph import schema
from paperkg.graph.store import GraphStore

ENTITIES_FILE = "frequent-entities.jsonl"
COLLISIONS_FILE = "acronym-collisions.jsonl"
NOT_ENTITIES_FILE = "not-entities.jsonl"
NOT_ENTITY_KINDS = ("sensor", "modality", "platform", "software", "language", "organisation", "fiction", "other")
SENSE_TYPES = tuple(schema.LABEL_OF_TYPE) + ("other",)


def default_checks_dir() -> Path:
    """The shipped checks: tests/data/corpus-checks of this repository."""
    return Path(__file__).resolve().parents[1] / "tests" / "data" / "corpus-checks"


# -- the checks files ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntityCheck:
    name: str
    types: tuple[str, ...]
    forms: tuple[str, ...]  # the name is one of them unless it is accepted (ambiguous)
    accepted: tuple[str, ...] = ()
    foreign: tuple[str, ...] = ()
    line: int = 0
    homonyms: tuple["Homonym", ...] = ()
    # A generic class the guideline makes optional at most ("recurrent neural networks as classes"): the extractor
    # may leave it out, so no node is no failure; a node it does make must still be one, typed right, no foreign.
    optional: bool = False


@dataclass(frozen=True)
class Homonym:
    """Papers, read by hand, that use one of the entity's forms for another thing ("SLAM: ... Selective Language
    Alignment"): a node all of whose papers are these is a right split, set aside. A node that gains any other
    paper counts again."""

    papers: frozenset[str]
    why: str


@dataclass(frozen=True)
class Sense:
    long: tuple[str, ...]
    type: str
    papers: int = 0  # papers of the corpus defining the short form this way (from scripts/scan_acronyms.py)


@dataclass(frozen=True)
class CollisionCheck:
    short: str
    senses: tuple[Sense, ...]
    line: int = 0


@dataclass(frozen=True)
class NotEntity:
    name: str
    kind: str
    forms: tuple[str, ...]
    line: int = 0


def _records(path: Path):
    if not path.is_file():
        raise InputError("no such checks file", str(path))
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc.msg}", str(path), i) from None
            if not isinstance(rec, dict):
                raise InputError("each line must be a JSON object", str(path), i)
            yield i, rec


def _strings(rec: dict, key: str, path: Path, line: int, required: bool = False) -> tuple[str, ...]:
    value = rec.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"{key!r} must be a list of non-empty strings", str(path), line)
    if required and not value:
        raise InputError(f"{key!r} must not be empty", str(path), line)
    return tuple(value)


def load_entity_checks(path: Path) -> list[EntityCheck]:
    """Read and validate frequent-entities.jsonl; a bad line is an InputError with file:line."""
    checks: list[EntityCheck] = []
    owner: dict[str, tuple[str, int]] = {}  # normalised form -> (entity, line)
    for i, rec in _records(path):
        name = rec.get("name")
        if not isinstance(name, str) or not name.strip():
            raise InputError("'name' must be a non-empty string", str(path), i)
        types = _strings(rec, "types", path, i, required=True)
        bad = [t for t in types if t not in schema.LABEL_OF_TYPE]
        if bad:
            raise InputError(f"unknown type {bad[0]!r}: use {', '.join(schema.LABEL_OF_TYPE)}", str(path), i)
        accepted = _strings(rec, "accepted", path, i)
        # The name is a form unless it is itself ambiguous ("COCO" is also a method's acronym): then only the
        # other forms find the node.
        named = () if normalise_surface(name) in {normalise_surface(a) for a in accepted} else (name,)
        forms = tuple(dict.fromkeys(named + _strings(rec, "forms", path, i)))
        if not forms and not accepted:
            raise InputError(f"{name}: give at least one form", str(path), i)
        foreign = _strings(rec, "foreign", path, i)
        own = {normalise_surface(f) for f in forms + accepted}
        clash = [f for f in foreign if normalise_surface(f) in own]
        if clash:
            raise InputError(f"{name}: {clash[0]!r} is both foreign and a form of it", str(path), i)
        for f in forms:
            key = normalise_surface(f)
            if key in owner and owner[key][0] != name:
                raise InputError(f"{name}: form {f!r} is also a form of {owner[key][0]} (line {owner[key][1]})",
                                 str(path), i)
            owner[key] = (name, i)
        optional = rec.get("optional", False)
        if not isinstance(optional, bool):
            raise InputError(f"{name}: 'optional' must be true or false", str(path), i)
        checks.append(EntityCheck(name, types, forms, accepted, foreign, i, _homonyms(rec, name, path, i), optional))
    return checks


def _homonyms(rec: dict, name: str, path: Path, line: int) -> tuple[Homonym, ...]:
    """The optional "homonyms": [{"papers": [ids], "why": "one line of evidence"}], each read in the corpus."""
    raw = rec.get("homonyms", [])
    if not isinstance(raw, list):
        raise InputError(f"{name}: 'homonyms' must be a list", str(path), line)
    out = []
    for h in raw:
        if not isinstance(h, dict) or not isinstance(h.get("why"), str) or not h["why"].strip():
            raise InputError(f"{name}: each homonym needs 'papers' and a one-line 'why'", str(path), line)
        out.append(Homonym(frozenset(_strings(h, "papers", path, line, required=True)), h["why"]))
    return tuple(out)


def load_collision_checks(path: Path) -> list[CollisionCheck]:
    """Read and validate acronym-collisions.jsonl; a bad line is an InputError with file:line."""
    checks: list[CollisionCheck] = []
    for i, rec in _records(path):
        short = rec.get("short")
        if not isinstance(short, str) or not short.strip():
            raise InputError("'short' must be a non-empty string", str(path), i)
        raw = rec.get("senses")
        if not isinstance(raw, list) or len(raw) < 2:
            raise InputError(f"{short}: 'senses' must list at least two senses", str(path), i)
        senses = []
        seen: dict[str, int] = {}
        for k, s in enumerate(raw):
            if not isinstance(s, dict):
                raise InputError(f"{short}: each sense must be an object", str(path), i)
            long = _strings(s, "long", path, i, required=True)
            if s.get("type") not in SENSE_TYPES:
                raise InputError(f"{short}: sense type must be one of {', '.join(SENSE_TYPES)}", str(path), i)
            papers = s.get("papers", 0)
            if not isinstance(papers, int) or papers < 0:
                raise InputError(f"{short}: 'papers' must be a count", str(path), i)
            for lf in long:
                key = _text_key(lf)
                if key in seen and seen[key] != k:
                    raise InputError(f"{short}: long form {lf!r} is in two senses", str(path), i)
                seen[key] = k
            senses.append(Sense(long, s["type"], papers))
        checks.append(CollisionCheck(short, tuple(senses), i))
    return checks


def load_not_entities(path: Path) -> list[NotEntity]:
    """Read and validate not-entities.jsonl; a bad line is an InputError with file:line."""
    out = []
    for i, rec in _records(path):
        name = rec.get("name")
        if not isinstance(name, str) or not name.strip():
            raise InputError("'name' must be a non-empty string", str(path), i)
        if rec.get("kind") not in NOT_ENTITY_KINDS:
            raise InputError(f"{name}: 'kind' must be one of {', '.join(NOT_ENTITY_KINDS)}", str(path), i)
        out.append(NotEntity(name, rec["kind"], tuple(dict.fromkeys((name,) + _strings(rec, "forms", path, i))), i))
    return out


@dataclass
class Checks:
    entities: list[EntityCheck]
    collisions: list[CollisionCheck]
    not_entities: list[NotEntity]


def load_checks(checks_dir: str | Path | None = None) -> Checks:
    d = Path(checks_dir) if checks_dir else default_checks_dir()
    if not d.is_dir():
        raise InputError(f"no such checks folder (it holds {ENTITIES_FILE}, {COLLISIONS_FILE} and {NOT_ENTITIES_FILE}; "
                         "the shipped ones are in the repository's tests/data/corpus-checks)", str(d))
    return Checks(load_entity_checks(d / ENTITIES_FILE), load_collision_checks(d / COLLISIONS_FILE),
                  load_not_entities(d / NOT_ENTITIES_FILE))


# -- the graph side --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    name: str
    aliases: tuple[str, ...]
    papers: int

    @property
    def type(self) -> str:
        return schema.TYPE_OF_LABEL[self.label]

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


def read_nodes(store: GraphStore) -> list[Node]:
    """Every entity node (key, name, aliases, papers), through the store's query interface."""
    nodes = []
    for label in schema.ENTITY_LABELS:  # labels come from the schema, never from data
        df = store.run(f"MATCH (n:{label}) RETURN n.key AS key, n.name AS name, n.aliases AS aliases, "
                       f"n.{schema.PAPERS} AS papers ORDER BY key")
        for key, name, aliases, papers in df.itertuples(index=False):
            aliases = tuple(a for a in (list(aliases) if aliases is not None else []) if isinstance(a, str))
            nodes.append(Node(str(key), label, str(name or ""), aliases, 0 if pd.isna(papers) else int(papers)))
    return nodes


def papers_of(store: GraphStore, node: Node) -> list[tuple[str, str]]:
    """(paper id, title + abstract) of every paper linked to the node."""
    df = store.run(f"MATCH (p:{schema.PAPER.label})-[r]->(n:{node.label} {{key: $key}}) "
                   "RETURN DISTINCT p.id AS id, p.title AS title, p.abstract AS abstract ORDER BY id",
                   {"key": node.key})
    return [(str(i), f"{t or ''} . {a or ''}") for i, t, a in df.itertuples(index=False)]


class NodeIndex:
    """Nodes by the normalised form of their name and of each alias."""

    def __init__(self, nodes: list[Node]):
        self.nodes = nodes
        self.by_form: dict[str, list[int]] = {}
        self.by_words: dict[str, list[int]] = {}  # plural-folded words, for long forms of acronym senses
        for i, n in enumerate(nodes):
            for s in {normalise_surface(x) for x in n.surfaces}:
                if s:
                    self.by_form.setdefault(s, []).append(i)
            for s in {_text_key(x) for x in n.surfaces}:
                if s.strip():
                    self.by_words.setdefault(s, []).append(i)

    def find(self, forms, long_forms=()) -> list[Node]:
        """Nodes with a name or alias matching any of the forms (or, plural-folded, of the long forms), most
        papers first."""
        hits = {i for f in forms for i in self.by_form.get(normalise_surface(f), ())}
        hits |= {i for f in long_forms for i in self.by_words.get(_text_key(f), ())}
        return sorted((self.nodes[i] for i in hits), key=lambda n: (-n.papers, n.key))


# -- results ---------------------------------------------------------------------------------------


@dataclass
class EntityResult:
    name: str
    types: tuple[str, ...]
    nodes: list[Node]
    foreign: list[tuple[str, str, str]] = field(default_factory=list)  # (node key, alias, why)
    unjudged: list[tuple[str, str]] = field(default_factory=list)  # (node key, alias)
    homonyms: list[tuple[str, str]] = field(default_factory=list)  # (node key, why): set aside, not counted
    optional: bool = False  # EntityCheck.optional: no node is no failure

    @property
    def found(self) -> bool:
        return bool(self.nodes)

    @property
    def one_node(self) -> bool:
        return len(self.nodes) == 1

    @property
    def typed(self) -> bool:
        return self.found and self.nodes[0].type in self.types

    @property
    def no_foreign(self) -> bool:
        return self.found and not self.foreign

    @property
    def ok(self) -> bool:
        return (self.optional and not self.found) or (self.one_node and self.typed and self.no_foreign)

    def problems(self) -> list[str]:
        if not self.found:
            return [] if self.optional else ["no node"]
        out = []
        if not self.one_node:
            out.append(f"{len(self.nodes)} nodes: " + ", ".join(f"{n.key} ({n.papers})" for n in self.nodes))
        if not self.typed:
            out.append(f"typed {self.nodes[0].type}, expected {' or '.join(self.types)}")
        out += [f"foreign alias {alias!r} in {key} ({why})" for key, alias, why in self.foreign]
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "types": list(self.types), "optional": self.optional, "ok": self.ok,
            "one_node": self.one_node,
            "typed": self.typed, "no_foreign": self.no_foreign,
            "nodes": [{"key": n.key, "type": n.type, "name": n.name, "papers": n.papers} for n in self.nodes],
            "foreign": [{"key": k, "alias": a, "why": w} for k, a, w in self.foreign],
            "unjudged": [{"key": k, "alias": a} for k, a in self.unjudged],
            "homonyms": [{"key": k, "why": w} for k, w in self.homonyms],
        }


@dataclass
class NodeSenses:
    node: Node
    by_name: tuple[int, ...]  # senses whose long form is the node's name or an alias
    by_papers: dict[int, int]  # sense -> papers linked to the node whose text spells out only that sense

    @property
    def senses(self) -> set[int]:
        return set(self.by_name) | set(self.by_papers)


@dataclass
class CollisionResult:
    check: CollisionCheck
    nodes: list[NodeSenses]

    @property
    def merging(self) -> list[NodeSenses]:
        return [ns for ns in self.nodes if len(ns.senses) >= 2]

    @property
    def merged(self) -> bool:
        return bool(self.merging)

    def _label(self, k: int) -> str:
        s = self.check.senses[k]
        return f"{s.long[0]} ({s.type})"

    def problems(self) -> list[str]:
        out = []
        for ns in self.merging:
            parts = []
            for k in sorted(ns.senses):
                why = []
                if k in ns.by_name:
                    why.append("name/alias")
                if ns.by_papers.get(k):
                    why.append(f"{ns.by_papers[k]} papers")
                parts.append(f"{self._label(k)}: {', '.join(why)}")
            out.append(f"{ns.node.key} ({ns.node.papers} papers) joins " + "; ".join(parts))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "short": self.check.short, "merged": self.merged,
            "senses": [{"long": list(s.long), "type": s.type, "papers": s.papers} for s in self.check.senses],
            "nodes": [{"key": ns.node.key, "type": ns.node.type, "name": ns.node.name, "papers": ns.node.papers,
                       "senses_by_name": list(ns.by_name),
                       "papers_by_sense": {str(k): v for k, v in sorted(ns.by_papers.items())},
                       "merged": len(ns.senses) >= 2} for ns in self.nodes],
        }


@dataclass
class NotEntityResult:
    check: NotEntity
    nodes: list[Node]  # entity nodes named after it: each one is junk


@dataclass
class CheckReport:
    entities: list[EntityResult]
    collisions: list[CollisionResult]
    not_entities: list[NotEntityResult] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        n = len(self.entities)

        def share(attr: str) -> float:
            return round(sum(getattr(e, attr) for e in self.entities) / n, 4) if n else 0.0

        return {
            "entities": n, "found": share("found"), "one_node": share("one_node"), "typed": share("typed"),
            "no_foreign": share("no_foreign"), "all_three": share("ok"),
            "collisions": len(self.collisions), "collisions_merged": sum(c.merged for c in self.collisions),
            "unjudged_aliases": sum(len(e.unjudged) for e in self.entities),
            "not_entities": len(self.not_entities),
            "not_entities_as_nodes": sum(bool(r.nodes) for r in self.not_entities),
            "junk_nodes": sum(len(r.nodes) for r in self.not_entities),
        }

    def summary_line(self) -> str:
        s = self.summary()
        pct = lambda v: f"{100 * v:.0f} %"  # noqa: E731
        return (f"frequent entities: {s['entities']}, found {pct(s['found'])}, one node {pct(s['one_node'])}, "
                f"typed right {pct(s['typed'])}, no foreign alias {pct(s['no_foreign'])}, all three "
                f"{pct(s['all_three'])}; collisions merged: {s['collisions_merged']} of {s['collisions']}; "
                f"not entities still nodes: {s['not_entities_as_nodes']} of {s['not_entities']}")

    def to_dict(self) -> dict[str, Any]:
        return {"summary": self.summary(), "entities": [e.to_dict() for e in self.entities],
                "collisions": [c.to_dict() for c in self.collisions],
                "not_entities": [{"name": r.check.name, "kind": r.check.kind,
                                  "nodes": [{"key": n.key, "type": n.type, "papers": n.papers} for n in r.nodes]}
                                 for r in self.not_entities]}

    def text(self, unjudged: bool = True) -> str:
        lines = [self.summary_line(), ""]
        bad = [e for e in self.entities if not e.ok]
        lines.append(f"entities failing ({len(bad)}):")
        for e in bad:
            lines.append(f"  {e.name} [{'/'.join(e.types)}]: " + "; ".join(e.problems()))
        homonyms = [(e.name, k, w) for e in self.entities for k, w in e.homonyms]
        if homonyms:
            lines += ["", f"homonyms set aside ({len(homonyms)}; recorded in {ENTITIES_FILE}):"]
            lines += [f"  {name}: {key}: {why}" for name, key, why in homonyms]
        merged = [c for c in self.collisions if c.merged]
        lines += ["", f"collisions merged ({len(merged)}):"]
        for c in merged:
            lines.append(f"  {c.check.short}:")
            lines += [f"    {p}" for p in c.problems()]
        junk = [r for r in self.not_entities if r.nodes]
        lines += ["", f"not entities that are nodes ({len(junk)}):"]
        for r in junk:
            lines.append(f"  {r.check.name} ({r.check.kind}): " + ", ".join(f"{n.key} ({n.papers})" for n in r.nodes))
        if unjudged:
            rows = [(e.name, k, a) for e in self.entities for k, a in e.unjudged]
            lines += ["", f"unjudged aliases ({len(rows)}): judge them into forms, accepted or foreign"]
            lines += [f"  {name}: {key} has {alias!r}" for name, key, alias in rows]
        return "\n".join(lines) + "\n"


# -- the checks ------------------------------------------------------------------------------------


def _other_senses(c: EntityCheck, collisions: list[CollisionCheck]) -> dict[str, str]:
    """Long forms of the other senses of every acronym one of whose senses is this entity: foreign here."""
    own = {_text_key(f) for f in c.forms}
    out = {}
    for col in collisions:
        mine = [k for k, s in enumerate(col.senses) if own & {_text_key(lf) for lf in s.long}]
        if mine:
            for k, s in enumerate(col.senses):
                if k not in mine:
                    out.update({normalise_surface(lf): f"another sense of {col.short}" for lf in s.long})
    return out


def check_entities(checks: list[EntityCheck], index: NodeIndex,
                   collisions: list[CollisionCheck] = (), paper_ids=None) -> list[EntityResult]:
    """``paper_ids``: node -> ids of the papers linked to it, read only for entities that record homonyms."""
    owner = {normalise_surface(f): c.name for c in checks for f in c.forms}
    results = []
    for c in checks:
        own = {normalise_surface(f) for f in c.forms + c.accepted}
        foreign = {normalise_surface(f): "listed foreign" for f in c.foreign}
        for key, why in _other_senses(c, list(collisions)).items():
            foreign.setdefault(key, why)
        # An accepted (ambiguous) form finds a node only when that node has no other surface and an expected
        # type: a bare "CRF" method node is a split of Conditional Random Field; a "camera response function
        # (CRF)" node is not, nor is a bare "MAP" method node a split of the metric mAP.
        bare = [n for n in index.find(c.accepted)
                if n.type in c.types and {normalise_surface(x) for x in n.surfaces} <= own]
        nodes = sorted(set(index.find(c.forms)) | set(bare), key=lambda n: (-n.papers, n.key))
        set_aside = []
        if c.homonyms and paper_ids is not None:
            for n in nodes:
                ids = set(paper_ids(n))
                why = next((h.why for h in c.homonyms if ids and ids <= h.papers), None)
                if why is not None:
                    set_aside.append((n.key, why))
            nodes = [n for n in nodes if n.key not in {k for k, _ in set_aside}]
        res = EntityResult(c.name, c.types, nodes, homonyms=set_aside, optional=c.optional)
        for n in nodes:
            for alias in dict.fromkeys(n.surfaces):
                key = normalise_surface(alias)
                if key in own or not key:
                    continue
                if key in foreign:
                    res.foreign.append((n.key, alias, foreign[key]))
                elif key in owner:
                    res.foreign.append((n.key, alias, f"a form of {owner[key]}"))
                else:
                    res.unjudged.append((n.key, alias))
        results.append(res)
    return results


_WORDS = re.compile(r"[^0-9a-z]+")


def _text_key(text: str) -> str:
    """Text folded for long-form search: lower case, non-alphanumerics as spaces, a plural s dropped."""
    words = _WORDS.sub(" ", fold(text).lower()).split()
    return " " + " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                          for w in words) + " "


def check_collisions(checks: list[CollisionCheck], index: NodeIndex, store: GraphStore) -> list[CollisionResult]:
    texts: dict[str, str] = {}  # paper id -> folded text, shared across checks
    results = []
    for c in checks:
        text_keys = [[_text_key(lf) for lf in s.long] for s in c.senses]
        long_forms = tuple(lf for s in c.senses for lf in s.long)
        nodes = index.find((c.short,) + long_forms, long_forms)
        found = []
        for n in nodes:
            surf = {_text_key(x) for x in n.surfaces}
            by_name = tuple(k for k, keys in enumerate(text_keys) if surf & set(keys))
            by_papers: Counter = Counter()
            for pid, text in papers_of(store, n):
                folded = texts.get(pid)
                if folded is None:
                    folded = texts[pid] = _text_key(text)
                spelled = [k for k, keys in enumerate(text_keys) if any(t in folded for t in keys)]
                if len(spelled) == 1:
                    by_papers[spelled[0]] += 1
            found.append(NodeSenses(n, by_name, dict(by_papers)))
        results.append(CollisionResult(c, found))
    return results


def check_not_entities(checks: list[NotEntity], index: NodeIndex) -> list[NotEntityResult]:
    """Entity nodes whose name is one of the forms of a listed non-entity (an alias alone does not count: a
    dataset may well have been collected from "YouTube")."""
    out = []
    for c in checks:
        keys = {normalise_surface(f) for f in c.forms}
        out.append(NotEntityResult(c, [n for n in index.find(c.forms) if normalise_surface(n.name) in keys]))
    return out


def check_graph(store: GraphStore, checks_dir: str | Path | None = None) -> CheckReport:
    """Run the checks of checks_dir (default: the shipped files) against the graph in store."""
    checks = load_checks(checks_dir)
    index = NodeIndex(read_nodes(store))
    return CheckReport(check_entities(checks.entities, index, checks.collisions,
                                      lambda n: [pid for pid, _ in papers_of(store, n)]),
                       check_collisions(checks.collisions, index, store),
                       check_not_entities(checks.not_entities, index))


# -- node precision (judged by hand; see scripts/sample_nodes.py) -----------------------------------


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion k/n (95 % by default): sane for small n and p near 1."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5 / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def node_precision(path: str | Path) -> dict[str, Any]:
    """Precision of a judged node sample (a TSV with `label` and `correct` = 1/0; a wrong row needs a `reason`):
    overall and per label, with 95 % Wilson intervals. An unjudged or unexplained row is an InputError."""
    import csv

    per: dict[str, list[int]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        for missing in ("label", "correct", "reason"):
            if missing not in (reader.fieldnames or []):
                raise InputError(f"no {missing!r} column", str(path), 1)
        for i, row in enumerate(reader, 2):
            if row["correct"] not in ("0", "1"):
                raise InputError(f"'correct' must be 1 or 0, not {row['correct']!r}", str(path), i)
            if row["correct"] == "0" and not (row["reason"] or "").strip():
                raise InputError("a wrong node needs a one-line reason", str(path), i)
            per.setdefault(row["label"], []).append(int(row["correct"]))

    def score(values: list[int]) -> dict[str, Any]:
        k, n = sum(values), len(values)
        lo, hi = wilson_interval(k, n)
        return {"correct": k, "n": n, "precision": round(k / n, 4) if n else 0.0, "low": round(lo, 4),
                "high": round(hi, 4)}

    return {"overall": score([v for vs in per.values() for v in vs]),
            "by_label": {label: score(vs) for label, vs in sorted(per.items())}}

