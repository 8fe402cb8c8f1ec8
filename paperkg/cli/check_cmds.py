"""paperkg CLI: check (is the store what its last load left in it? graph/check.py) and check-graph (the
corpus-scale checks of a built graph, graph/corpus_checks.py). Thin: open, call, print."""

from __future__ import annotations

import json
import sys

from paperkg.cli.graph_cmds import _open, _store_args


def register(sub) -> None:
    """Add this module's subcommands to the paperkg parser."""
    p = sub.add_parser(
        "check",
        help="verify the store against what its last load recorded (row counts, a content digest per table)",
        description="Recompute the row count and a content digest of every table and compare them with the "
        "record the last load wrote. Exit 0 if they match; exit 1 saying what differs (damaged on disk, rows "
        "changed outside paperkg, a Neo4j load that did not finish).",
    )
    _store_args(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "check-graph",
        help="check a built graph against hand-checked frequent entities, acronym collisions and non-entities",
        description="For each hand-checked frequent entity: is it one node, of an expected type, with no foreign "
        "alias? For each acronym with several senses: does any node join two senses? Is any node named after "
        "something that is no entity (a sensor, a platform, software, a language)? Prints a summary line and the "
        "failures (--format json: everything). The checks are tests/data/corpus-checks/*.jsonl unless --checks "
        "names another folder holding frequent-entities.jsonl, acronym-collisions.jsonl and not-entities.jsonl.",
    )
    _store_args(p)
    p.add_argument("--checks", metavar="DIR", help="folder with the checks files (default: the shipped ones)")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format (default table)")
    p.add_argument("--unjudged", action="store_true",
                   help="also list aliases of the checked nodes that no checks file judged (table format)")
    p.set_defaults(func=cmd_check_graph)


def cmd_check_graph(args) -> int:
    from paperkg.graph.corpus_checks import check_graph, load_checks

    load_checks(args.checks)  # a bad checks file fails before the store is opened
    with _open(args, write=False) as store:
        report = check_graph(store, args.checks)
    if args.format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), indent=1, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(report.text(unjudged=args.unjudged))
    return 0


def cmd_check(args) -> int:
    from paperkg.graph.check import check_store
    from paperkg.graph.store import default_db_path, open_store

    where = "Neo4j" if args.neo4j else (args.db or default_db_path())
    store = open_store("neo4j") if args.neo4j else open_store("ladybug", where, read_only=True, upgrade=False)
    with store:
        report = check_store(store)
    print(f"{where}: OK, {report.tables} tables match the load of {report.loaded_at}")
    return 0
