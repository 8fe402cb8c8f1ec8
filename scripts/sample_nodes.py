"""Draw a random sample of entity nodes of a built graph, for judging node precision by hand.

Uniform over entity nodes (every label of graph/schema.py's ENTITY_LABELS), deterministic for a given store
and seed: nodes are read in (label, key) order and drawn with random.Random(seed).sample. Writes a TSV with one
row a node: key, label, name, aliases (" | "-joined), papers, one evidence sentence (of the paper with the
smallest id), and empty `correct` and `reason` columns for the judge (see tests/data/corpus-checks/README.md).

    python scripts/sample_nodes.py --db /tmp/kg.lbdb --n 150 --seed 7 -o /tmp/sample.tsv
    python scripts/sample_nodes.py --neo4j --n 150 --seed 7            # NEO4J_* settings from the environment
    python scripts/sample_nodes.py --score tests/data/corpus-checks/node-precision-baseline.tsv   # once judged
"""

from __future__ import annotations

import argparse
import csv
import random
import sys

from paperkg.graph import schema
from paperkg.graph.corpus_checks import node_precision, read_nodes
from paperkg.graph.store import open_store

COLUMNS = ("key", "label", "name", "aliases", "papers", "sentence", "correct", "reason")


def evidence_sentence(store, label: str, key: str) -> str:
    """The evidence sentence of the node's edge from the paper with the smallest id."""
    df = store.run(f"MATCH (p:{schema.PAPER.label})-[r]->(n:{label} {{key: $key}}) "
                   "RETURN p.id AS id, r.sentences AS sentences ORDER BY id LIMIT 1", {"key": key})
    sentences = df.iloc[0]["sentences"] if len(df) else None
    if sentences is None or not len(sentences):
        return ""
    return " ".join(str(sentences[0]).split())


def sample(store, n: int, seed: int) -> list[dict]:
    nodes = sorted(read_nodes(store), key=lambda x: (x.label, x.key))
    if n > len(nodes):
        raise SystemExit(f"sample_nodes: asked for {n} nodes, the store has {len(nodes)}")
    picked = random.Random(seed).sample(nodes, n)
    return [{"key": x.key, "label": x.label, "name": x.name, "aliases": " | ".join(x.aliases),
             "papers": x.papers, "sentence": evidence_sentence(store, x.label, x.key), "correct": "", "reason": ""}
            for x in picked]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", metavar="PATH", help="LadybugDB store")
    where.add_argument("--neo4j", action="store_true", help="Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD)")
    where.add_argument("--score", metavar="TSV", help="instead of sampling: the precision of a judged sample")
    ap.add_argument("--n", type=int, default=150, help="sample size (default 150)")
    ap.add_argument("--seed", type=int, help="random seed (record it with the judgements)")
    ap.add_argument("-o", "--output", default="-", help="TSV file (default: standard output)")
    args = ap.parse_args(argv)
    if args.score:
        res = node_precision(args.score)
        for name, s in [("all", res["overall"])] + list(res["by_label"].items()):
            print(f"{name:10s} {s['correct']:4d}/{s['n']:<4d} precision {s['precision']:.3f}  "
                  f"95 % interval {s['low']:.3f}-{s['high']:.3f}")
        return 0
    if args.seed is None:
        ap.error("--seed is required to draw a sample")
    store = open_store("neo4j") if args.neo4j else open_store("ladybug", args.db, read_only=True)
    with store:
        rows = sample(store, args.n, args.seed)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="")
    try:
        w = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
