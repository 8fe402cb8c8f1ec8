"""paperkg CLI: check (is the store still what its last load left in it?). Thin: open, call, print."""

from __future__ import annotations


def register(sub) -> None:
    """Add this module's subcommands to the paperkg parser."""
    p = sub.add_parser(
        "check",
        help="verify the store against what its last load recorded (row counts, a content digest per table)",
        description="Recompute the row count and a content digest of every table and compare them with the "
        "record the last load wrote. Exit 0 if they match; exit 1 saying what differs (damaged on disk, rows "
        "changed outside paperkg, a Neo4j load that did not finish).",
    )
    g = p.add_mutually_exclusive_group()
    g.add_argument("--db", metavar="PATH", help="LadybugDB store (default $PAPERKG_DB or ./paperkg.lbdb)")
    g.add_argument("--neo4j", action="store_true",
                   help="use Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)")
    p.set_defaults(func=cmd_check)


def cmd_check(args) -> int:
    from paperkg.graph.check import check_store
    from paperkg.graph.store import default_db_path, open_store

    where = "Neo4j" if args.neo4j else (args.db or default_db_path())
    store = open_store("neo4j") if args.neo4j else open_store("ladybug", where, read_only=True)
    with store:
        report = check_store(store)
    print(f"{where}: OK, {report.tables} tables match the load of {report.loaded_at}")
    return 0
