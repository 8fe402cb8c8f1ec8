"""paperkg CLI: exploring a store (papers, cypher, stats). Thin: parse, call the library, print."""

from __future__ import annotations

import sys

from paperkg.cli.graph_cmds import _open, _parse_params, _print, _store_args, _where, output_args


def register(sub) -> None:
    """Add this module's subcommands to the paperkg parser."""
    p = sub.add_parser("papers", help="find papers by words of their title or abstract, best first",
                       description="Find stored papers whose title or abstract holds the words (any case), "
                       "ranked: more of the words first, title hits before abstract hits. Prints id, year, "
                       "venue and title.")
    p.add_argument("text", nargs="+", metavar="WORD", help="the words, e.g. graph attention networks")
    p.add_argument("-n", "--limit", type=int, default=20, help="how many papers (default 20)")
    p.add_argument("--since", type=int, default=0, metavar="YEAR", help="only papers from this year on")
    p.add_argument("--until", type=int, default=0, metavar="YEAR", help="only papers up to this year")
    p.add_argument("--venue", default="", help="only papers of this venue (exact, any case)")
    output_args(p)
    _store_args(p)
    p.set_defaults(func=cmd_papers)

    p = sub.add_parser("cypher", help="run a read-only Cypher query on the store",
                       description="Run an ad-hoc read-only Cypher statement, e.g. paperkg cypher "
                       "'MATCH (p:Paper) WHERE p.year = $y RETURN count(p)' -p y=2020. Anything that writes "
                       "(CREATE, MERGE, DELETE, SET, ...) is refused before it reaches the store, and the store "
                       "is opened read-only (LadybugDB) or in a READ session (Neo4j). Values that look like "
                       "integers are passed as integers.")
    p.add_argument("statement", metavar="CYPHER")
    p.add_argument("--param", "-p", action="append", default=[], metavar="K=V", help="a $parameter (repeatable)")
    output_args(p)
    _store_args(p)
    p.set_defaults(func=cmd_cypher)

    p = sub.add_parser("stats", help="what the store holds: nodes, relationships, papers per year and venue",
                       description="Print nodes per label, relationships per type, papers per year and venue, "
                       "and the store's location and size on disk.")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    _store_args(p)
    p.set_defaults(func=cmd_stats)


def cmd_papers(args) -> int:
    from paperkg import queries

    with _open(args, write=False) as store:
        df = queries.run("papers", store, text=" ".join(args.text), since=args.since, until=args.until, venue=args.venue,
                         limit=args.limit)
    cols = ["paper", "year", "venue", "title"] if args.format == "table" else list(df.columns)
    _print(df[cols], args.format, args.wide)
    return 0


def cmd_cypher(args) -> int:
    from paperkg.graph.adhoc import check_read_only, run_read_only, typed_params

    check_read_only(args.statement)  # refused before the store is opened
    params = typed_params(_parse_params(args.param))
    with _open(args, write=False) as store:
        df = run_read_only(store, args.statement, params)
    _print(df, args.format, args.wide)
    return 0


def cmd_stats(args) -> int:
    import json

    from paperkg.graph.adhoc import format_stats, store_stats

    with _open(args, write=False) as store:
        stats = store_stats(store, _where(args))
    sys.stdout.write(json.dumps(stats, indent=1) + "\n" if args.format == "json" else format_stats(stats) + "\n")
    return 0
