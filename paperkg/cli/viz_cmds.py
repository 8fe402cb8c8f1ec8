"""paperkg CLI: viz commands. Thin: pick the graph source, pick the view, call one writer."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path

from paperkg.errors import InputError, StoreError

EPILOG = """\
views (they compose: bipartite, then focus, then query, then top):
  (none)              the whole graph's main part (small fragments left out), up to --max-nodes nodes
  --focus NAME        one entity's neighbourhood (name, alias or key, any case), --depth hops
  --bipartite         methods and the benchmarks they are evaluated on
  --query NAME        the nodes named in a canned query's result (and its --param values)
  --top N             the N nodes of highest degree
  --heatmap           the method x benchmark matrix instead of a graph (.svg/.png/.pdf)
  --leaderboard NAME  state of the art over time on a benchmark (--metric M; .html/.svg/.png/.pdf)
  --trend NAME...     papers per year naming each entity, raw and as a share of the year's papers (line chart)
  --rising            entities whose share of papers grew most since --since (ranked bar chart)

examples:
  paperkg viz --papers papers.jsonl --focus DPO --depth 2 -o dpo.html
  paperkg viz --bipartite -o methods-benchmarks.svg
  paperkg viz --query methods-on-benchmark --param benchmark=GSM8K -o gsm8k.png
  paperkg viz --heatmap -o matrix.pdf
  paperkg viz --leaderboard CIFAR-10 --metric accuracy -o sota-cifar10.png
  paperkg viz --trend BERT GPT-2 Transformer --since 2015 -o trend.html
  paperkg viz --rising --since 2020 --kind method,model -o rising.png
"""


def register(sub) -> None:
    """Add this module's subcommands to the paperkg parser."""
    p = sub.add_parser(
        "viz",
        help="draw the graph: interactive offline HTML, SVG/PNG/PDF, or a method x benchmark heatmap",
        description="Draw part of the knowledge graph. The output's suffix picks the format: "
        ".html (interactive, works offline), .svg, .png or .pdf.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("--db", metavar="PATH", help="LadybugDB store (default $PAPERKG_DB or ./paperkg.lbdb)")
    src.add_argument("--neo4j", action="store_true",
                     help="use Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)")
    src.add_argument("--papers", metavar="JSONL", help="build the graph in memory from papers.jsonl (paperkg extract's output)")
    p.add_argument("--focus", metavar="NAME", help="draw the neighbourhood of this entity")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="hops around --focus (default 1)")
    p.add_argument("--bipartite", action="store_true", help="methods and the benchmarks they are evaluated on")
    p.add_argument("--via-papers", action="store_true", help="with --bipartite: derive the pairs from the papers")
    p.add_argument("--query", metavar="NAME", help="draw the nodes named in this canned query's result")
    p.add_argument("--param", "-p", action="append", default=[], metavar="K=V",
                   help="a parameter of --query (repeatable)")
    p.add_argument("--top", type=int, metavar="N", help="only the N nodes of highest degree")
    p.add_argument("--max-nodes", type=int, default=None, metavar="N",
                   help="refuse to draw more nodes than this (default 300)")
    p.add_argument("--heatmap", action="store_true", help="draw the method x benchmark heatmap")
    p.add_argument("--leaderboard", metavar="BENCHMARK",
                   help="draw the state of the art over time on this benchmark (name, alias or key)")
    p.add_argument("--metric", help="with --leaderboard: the metric (default: the one most results report)")
    p.add_argument("--trend", nargs="+", metavar="NAME", help="a line chart of these entities over the years")
    p.add_argument("--rising", action="store_true", help="a bar chart of the entities rising fastest since --since")
    p.add_argument("--since", type=int, default=0, metavar="YEAR",
                   help="--trend: from this year; --rising: the first year of the later period (default 2020)")
    p.add_argument("--until", type=int, default=0, metavar="YEAR", help="--trend/--rising: up to this year")
    p.add_argument("--venue", default="", help="--trend/--rising: papers of this venue only")
    p.add_argument("--kind", default="any", help="--rising: any, or a comma list of method, model, dataset, ...")
    p.add_argument("--min-papers", type=int, default=10, metavar="N", help="--rising: at least N papers since --since")
    p.add_argument("--title", help="title of the picture")
    p.add_argument("--theme", choices=("light", "dark"), default="light",
                   help="background of a static picture or heatmap (default light; pictures are 16:9 for slides)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output file: .html, .svg, .png or .pdf")
    p.set_defaults(func=run_viz)


def parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param wants KEY=VALUE, not {pair!r}")
        if key.strip() in params:
            raise InputError(f"--param {key.strip()} is given twice ({params[key.strip()]!r} and {value!r}): give it once")
        params[key.strip()] = value
    return params


def _open_store(args, stack: ExitStack, G=None):
    """The store to run canned queries on: --neo4j, --db, or an in-memory one loaded from --papers."""
    from paperkg.graph.store import default_db_path, open_store

    if args.neo4j:
        return stack.enter_context(open_store("neo4j"))
    if args.papers:
        from paperkg.graph.tables import graph_tables

        store = stack.enter_context(open_store("ladybug", None))
        store.load(graph_tables(G))
        return store
    path = args.db or default_db_path()
    if not Path(path).exists():
        raise StoreError(f"no graph store at {path}: run `paperkg build` first, or pass --db PATH or --papers papers.jsonl")
    return stack.enter_context(open_store("ladybug", path, read_only=True))  # pictures only read


def _default_db() -> str:
    from paperkg.graph.store import default_db_path

    return default_db_path()


def _title(args) -> str:
    if args.title:
        return args.title
    parts = []
    if args.heatmap:
        return "Methods x benchmarks (papers)"
    if args.bipartite:
        parts.append("methods and benchmarks")
    if args.focus:
        parts.append(f"around {args.focus} (depth {args.depth})")
    if args.query:
        parts.append(f"query {args.query}")
    if args.top:
        parts.append(f"top {args.top} by degree")
    return "paperkg: " + (", ".join(parts) or "whole graph")


def run_viz(args) -> int:
    from paperkg.graph import viz

    from paperkg.outputs import check_output, output_path

    out = Path(args.output)
    store = None if args.papers or args.neo4j else (args.db or _default_db())
    check_output(out, protect=[("the input", args.papers), ("the store", store)])
    suffix = out.suffix.lower()
    if suffix not in (".html", ".svg", ".png", ".pdf"):
        raise InputError(f"cannot write {suffix or 'a file without a suffix'!r}: use .html, .svg, .png or .pdf", str(out))
    if args.heatmap and suffix == ".html":
        raise InputError("the heatmap is a static picture: use .svg, .png or .pdf", str(out))
    max_nodes = viz.DEFAULT_MAX_NODES if args.max_nodes is None else args.max_nodes
    params = parse_params(args.param)
    if args.metric and not args.leaderboard:
        raise InputError("--metric goes with --leaderboard BENCHMARK")
    if args.trend or args.rising:
        return _chart(args, out)
    with ExitStack() as stack:
        G = viz.graph_from_papers(args.papers) if args.papers else None
        if args.leaderboard:
            from paperkg.graph.viz.leaderboard import leaderboard_points, write_leaderboard

            lb = leaderboard_points(_open_store(args, stack, G), args.leaderboard, args.metric)
            write_leaderboard(lb, out, title=args.title)
            print(f"wrote {out} ({len(lb.points)} results in {lb.metric}, {len(lb.records)} records)", file=sys.stderr)
            return 0
        if args.heatmap:
            source = G if G is not None else _open_store(args, stack)
            with output_path(out) as target:
                viz.write_heatmap(source, target, title=_title(args), theme=args.theme)
            print(f"wrote {out}", file=sys.stderr)
            return 0
        rows = None
        store = None
        if args.query or G is None:
            store = _open_store(args, stack, G)
        if args.query:
            from paperkg import queries

            rows = queries.run(args.query, store, **params)
        if G is None:
            G = viz.graph_from_store(store)
        view = viz.select_view(
            G, focus=args.focus, depth=args.depth, bipartite_view=args.bipartite, via_papers=args.via_papers,
            query_rows=rows, query_params=params, top=args.top, max_nodes=max_nodes, whole_part=True,
        )
    title = _title(args)
    left = view.graph.get("left_out")
    if left:
        title += f" (main part; {left['fragments']} small fragments, {left['nodes']} nodes, left out)"
    with output_path(out) as target:  # whole or not at all; a device or symlink is not replaced
        if suffix == ".html":
            viz.write_html(view, target, title=title, max_nodes=max_nodes)
        else:
            viz.write_static(view, target, title=title, max_nodes=max_nodes, theme=args.theme)
    print(f"wrote {out} ({view.number_of_nodes()} nodes, {view.number_of_edges()} edges)", file=sys.stderr)
    return 0


def _chart(args, out: Path) -> int:
    """--trend / --rising: charts over time from the canned queries (graph/viz/charts.py)."""
    from paperkg.graph.viz import charts

    if args.trend and args.rising:
        raise InputError("draw --trend or --rising, not both at once")
    with ExitStack() as stack:
        graph = None
        if args.papers:
            from paperkg.graph import viz

            graph = viz.graph_from_papers(args.papers)
        store = _open_store(args, stack, graph)
        if args.trend:
            charts.write_trend(store, args.trend, out, since=args.since, until=args.until, venue=args.venue,
                               title=args.title)
        else:
            charts.write_rising(store, out, since=args.since or 2020, until=args.until, kind=args.kind,
                                min_papers=args.min_papers, venue=args.venue, title=args.title)
    print(f"wrote {out}", file=sys.stderr)
    return 0
