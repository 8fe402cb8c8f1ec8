"""The graph schema, declared once: labels, key properties, relationship types and their properties.

Every store (LadybugDB, Neo4j), the networkx builder, the exporters and the canned queries use these
names; nothing else spells a label or relationship type.
"""

from __future__ import annotations

from dataclasses import dataclass

# Property types use LadybugDB's names; the Neo4j store maps them where it needs to.
STRING, INT64, STRING_LIST, INT64_LIST = "STRING", "INT64", "STRING[]", "INT64[]"
DOUBLE, BOOL = "DOUBLE", "BOOLEAN"


@dataclass(frozen=True)
class NodeType:
    label: str
    key: str  # unique key property
    properties: tuple[tuple[str, str], ...]  # (name, type), key first


@dataclass(frozen=True)
class RelType:
    type: str
    source: str  # label
    target: str  # label
    properties: tuple[tuple[str, str], ...]


_ENTITY_PROPS = (("key", STRING), ("name", STRING), ("aliases", STRING_LIST))
# Derived: how many papers link to the node (any relationship). Tables compute it from the graph, and every
# store recomputes it over the whole store after each load (like EVALUATED_ON), so queries read it instead of
# counting (related-papers weighs each shared entity by it).
PAPERS = "papers"
_PAPERS_PROP = ((PAPERS, INT64),)

PAPER = NodeType(
    "Paper",
    "id",
    (("id", STRING), ("title", STRING), ("abstract", STRING), ("year", INT64), ("venue", STRING), ("source", STRING)),
)
METHOD = NodeType("Method", "key", _ENTITY_PROPS + _PAPERS_PROP)
DATASET = NodeType("Dataset", "key", _ENTITY_PROPS + _PAPERS_PROP)
BENCHMARK = NodeType("Benchmark", "key", _ENTITY_PROPS + _PAPERS_PROP)
TASK = NodeType("Task", "key", _ENTITY_PROPS + _PAPERS_PROP)
METRIC = NodeType("Metric", "key", _ENTITY_PROPS + _PAPERS_PROP)
MODEL = NodeType("Model", "key", _ENTITY_PROPS + (("family", STRING),) + _PAPERS_PROP)
MODEL_FAMILY = NodeType("ModelFamily", "key", (("key", STRING), ("name", STRING)))
REPOSITORY = NodeType("Repository", "url", (("url", STRING),) + _PAPERS_PROP)

# One result statement of a paper (extract/results.py), n-ary: a node linked to its paper, metric, dataset or
# benchmark and method or model. Key: "<paper id>#<value start offset>". Its evidence is on the node.
RESULT = NodeType(
    "Result",
    "key",
    (
        ("key", STRING), ("value", DOUBLE), ("text", STRING), ("unit", STRING), ("metric", STRING),
        ("direction", STRING), ("qualifier", STRING), ("is_baseline", BOOL), ("dataset", STRING), ("split", STRING),
        ("entity", STRING), ("year", INT64), ("sentence", STRING), ("sentence_index", INT64), ("start", INT64),
        ("end", INT64), ("rule", STRING),
    ),
)

NODE_TYPES: tuple[NodeType, ...] = (
    PAPER, METHOD, DATASET, BENCHMARK, TASK, METRIC, MODEL, MODEL_FAMILY, REPOSITORY, RESULT,
)

# Kept by the stores but not part of the graph (no relationships; never exported, drawn or queried by the
# canned queries): each paper's extraction before corpus-wide resolution, so that a corpus built in parts is
# resolved as if built at once (DESIGN.md: "the store keeps the lexicon"), and unchanged papers are not
# extracted again. ``hash`` covers the paper's content and the extractor's version; ``data`` is compressed;
# ``resolved`` fingerprints what corpus-wide resolution made of the paper when the store was last written, so
# a later build rewrites only the papers whose resolution changed (graph/incremental.py).
EXTRACTION = NodeType("Extraction", "id", (("id", STRING), ("hash", STRING), ("data", STRING), ("resolved", STRING)))
# Kept by the stores too, derived from the papers by graph/tables.py: the word index of the `papers` query
# (graph/terms.py), one row per word and where it occurs, listing the ids of the papers. A merging load unions
# the ids of a key the store already holds; a replacing load sets them.
TERM = NodeType("Term", "key", (("key", STRING), ("ids", STRING_LIST)))
STORED_NODE_TYPES: tuple[NodeType, ...] = NODE_TYPES + (EXTRACTION, TERM)
NODE_BY_LABEL = {n.label: n for n in STORED_NODE_TYPES}
# Labels whose nodes carry the derived PAPERS count (every target of a paper's relationships).
COUNTED_LABELS = tuple(n.label for n in NODE_TYPES if (PAPERS, INT64) in n.properties)

# Entity type (the JSONL contract's "type") -> node label.
LABEL_OF_TYPE = {
    "method": "Method",
    "dataset": "Dataset",
    "benchmark": "Benchmark",
    "task": "Task",
    "metric": "Metric",
    "model": "Model",
}
TYPE_OF_LABEL = {v: k for k, v in LABEL_OF_TYPE.items()}
ENTITY_LABELS = tuple(LABEL_OF_TYPE.values())

# Evidence kept on every paper-to-entity relationship (STYLE.md habit 3). The first sentence's text is
# `sentences`' first item (readers take it from there: r.sentences[1] in LadybugDB, r.sentences[0] in Neo4j):
# a copy of it in its own column cost the checkpoint of adding 1,000 papers to the 71,870 store ~0.9 s of CPU
# and 125 of the file's 219 MB of growth (docs/history/incremental.md, session 15).
EVIDENCE_PROPS = (
    ("sentence_index", INT64),
    ("start", INT64),  # character offsets of the first mention in the abstract (or title)
    ("end", INT64),
    ("field", STRING),  # "abstract" or "title"
    ("surface", STRING),  # the text of that mention
    ("rule", STRING),  # the rule or list that fired
    ("mentions", INT64),  # how many mentions in this paper
    ("sentences", STRING_LIST),  # every distinct sentence that mentions it
)

# Columns that stores written before session 15 have first in every evidence table: their load records'
# digests include them (check.LEGACY_SCHEMES), and a load drops them (the layout migration).
OLD_EVIDENCE_PROPS = (("sentence", STRING),)

# Role of an entity in a paper -> relationship type. Tasks and metrics have fixed types.
REL_OF_ROLE = {
    "proposes": "PROPOSES",
    "uses": "USES",
    "evaluates_on": "EVALUATES_ON",
    "compares_with": "COMPARES_WITH",
}
REL_FOR_TASK = "ADDRESSES"
REL_FOR_METRIC = "REPORTS"
HAS_CODE = "HAS_CODE"
IN_FAMILY = "IN_FAMILY"
# (Method)-[:VARIANT_OF]->(Method): a method variant to its base ("robust PCA" -> PCA), from the ``family`` that
# corpus-wide resolution (extract/senses29.py, part variant-link) writes on a non-model entity: the base's node
# id. Method to Method only: senses29 links method variants alone, and a link whose variant or base node is not
# a Method (a base the corpus's votes typed task), or whose base no paper of the input names, is not loaded
# (counted: build.build_graph). Docs: docs/history/family30.md.
VARIANT_OF = "VARIANT_OF"
EVALUATED_ON = "EVALUATED_ON"  # derived (Method)->(Benchmark), property papers = count of papers
REPORTS_RESULT = "REPORTS_RESULT"  # (Paper)->(Result)
IN_METRIC = "IN_METRIC"  # (Result)->(Metric)
MEASURED_ON = "MEASURED_ON"  # (Result)->(Dataset|Benchmark)
ACHIEVED_BY = "ACHIEVED_BY"  # (Result)->(Method|Model)
RESULT_RELS = (REPORTS_RESULT, IN_METRIC, MEASURED_ON, ACHIEVED_BY)

PAPER_ENTITY_RELS = tuple(REL_OF_ROLE.values()) + (REL_FOR_TASK, REL_FOR_METRIC)


def paper_rel_type(entity_type: str, role: str) -> str:
    """The relationship type from a paper to an entity of this type with this role."""
    if entity_type == "task":
        return REL_FOR_TASK
    if entity_type == "metric":
        return REL_FOR_METRIC
    return REL_OF_ROLE[role]


def _rels() -> tuple[RelType, ...]:
    rels: list[RelType] = []
    for rel in REL_OF_ROLE.values():
        for label in ("Method", "Dataset", "Benchmark", "Model"):
            rels.append(RelType(rel, "Paper", label, EVIDENCE_PROPS))
    rels.append(RelType(REL_FOR_TASK, "Paper", "Task", EVIDENCE_PROPS))
    rels.append(RelType(REL_FOR_METRIC, "Paper", "Metric", EVIDENCE_PROPS))
    rels.append(RelType(HAS_CODE, "Paper", "Repository", ()))
    rels.append(RelType(IN_FAMILY, "Model", "ModelFamily", ()))
    rels.append(RelType(VARIANT_OF, "Method", "Method", ()))
    rels.append(RelType(EVALUATED_ON, "Method", "Benchmark", (("papers", INT64),)))
    rels.append(RelType(REPORTS_RESULT, "Paper", "Result", ()))
    rels.append(RelType(IN_METRIC, "Result", "Metric", ()))
    for label in ("Dataset", "Benchmark"):
        rels.append(RelType(MEASURED_ON, "Result", label, ()))
    for label in ("Method", "Model"):
        rels.append(RelType(ACHIEVED_BY, "Result", label, ()))
    return tuple(rels)


REL_TYPES: tuple[RelType, ...] = _rels()

# Bookkeeping, not part of the graph (not in NODE_TYPES, so never counted, exported or drawn): one node that
# records the last load (state "loading" while a Neo4j load runs, then "complete" with the row counts and a
# content digest per table), read by `paperkg check` and by queries to warn about an unfinished load.
LOAD_RECORD = NodeType(
    "PaperkgLoad",
    "key",
    (("key", STRING), ("state", STRING), ("started", STRING), ("finished", STRING), ("counts", STRING),
     ("digests", STRING)),
)
