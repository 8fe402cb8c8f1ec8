"""paperkg CLI: graph commands (build, load, export, queries, query, related). Thin: parse, call, print."""

from __future__ import annotations

import argparse
import contextlib
import sys

from paperkg.cli.extract_cmds import default_workers
from paperkg.errors import InputError, QueryError

OUTPUT_FORMATS = ("table", "csv", "json")
FORMAT_HELP = "output format (default table: long text wrapped; csv and json never cut anything)"


def register(sub) -> None:
    """Add this module's subcommands to the paperkg parser."""
    p = sub.add_parser("build", help="read abstracts, extract, build the graph and load it into a store",
                       description="Read corpus files (none given: the bundled 55-abstract sample), extract "
                       "entities, build the graph and load it into the store (merging with what is there).")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="corpus files: text, Hugging Face Papers page copies, .jsonl, .json, .csv, .gz, - for stdin "
                   "(default: the bundled sample corpus)")
    _store_args(p)
    p.add_argument("-o", "--output", metavar="PAPERS.jsonl", help="also write the extracted papers here")
    p.add_argument("--strict", action="store_true", help="stop at the first unreadable record instead of skipping it")
    p.add_argument("--n-process", type=int, default=default_workers(), metavar="N",
                   help="extraction worker processes (default: the CPU count; at most one per 1,000 papers to "
                   "extract; same output for any N)")
    _wait_arg(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("load", help="load already-extracted papers (papers.jsonl) into a store",
                       description="Load papers.jsonl (the output of `paperkg extract`) into the store.")
    p.add_argument("papers", metavar="PAPERS.jsonl")
    _store_args(p)
    p.add_argument("--replace", action="store_true",
                   help="papers already in the store take this file's facts instead of theirs (a new extraction "
                   "of them); nodes nothing links any more go; all or nothing (without it, such papers are refused)")
    _wait_arg(p)
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("export", help="export the graph as GraphML, GEXF, node-link JSON or Neo4j import CSVs",
                       description="Export the graph of a store (--db/--neo4j) or of a papers.jsonl file.")
    p.add_argument("papers", nargs="?", metavar="PAPERS.jsonl", help="extracted papers (instead of a store)")
    p.add_argument("--format", "-f", required=True, choices=("graphml", "gexf", "json", "neo4j-csv"))
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output file (a folder for neo4j-csv)")
    _store_args(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("queries", help="list the canned queries and their parameters",
                       description="List the canned Cypher queries (queries/*.cypher).")
    p.set_defaults(func=cmd_queries)

    p = sub.add_parser("query", help="run a canned query by name",
                       description="Run a canned query, e.g. paperkg query methods-on-benchmark --param benchmark=MT-Bench")
    p.add_argument("name", metavar="NAME", help="query name (see `paperkg queries`)")
    p.add_argument("--param", "-p", action="append", default=[], metavar="K=V", help="a query parameter (repeatable)")
    output_args(p)
    _store_args(p)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("related", help="papers related to a stored paper (id or title words) or to a new abstract",
                       description="Rank papers by the entities they share, rarer entities weighing more and hubs "
                       "(entities named by more than 1 %% of the papers) skipped. PAPER is a paper id or words of "
                       "its title (the best `paperkg papers` hit holding all of them).")
    p.add_argument("paper_id", nargs="*", metavar="PAPER", help="a paper id, or words of its title")
    p.add_argument("--text", help="an abstract to compare instead of a stored paper (extracted on the fly)")
    p.add_argument("-k", type=int, default=10, help="how many papers (default 10)")
    output_args(p)
    _store_args(p)
    p.set_defaults(func=cmd_related)


def output_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=OUTPUT_FORMATS, default="table", help=FORMAT_HELP)
    p.add_argument("--wide", action="store_true", help="table format: every cell on one line, not wrapped")


def _store_args(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--db", metavar="PATH", help="LadybugDB store (default $PAPERKG_DB or ./paperkg.lbdb)")
    g.add_argument("--neo4j", action="store_true",
                   help="use Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)")


def _wait_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--wait", action="store_true",
                   help="if another build/load is writing the store, wait for it instead of stopping at once")


def _writing(args):
    """The store's writer lock, held for the whole command so a second writer is refused before it extracts."""
    if args.neo4j:
        return contextlib.nullcontext()
    from paperkg.graph.locks import writer_lock
    from paperkg.graph.store import default_db_path

    return writer_lock(args.db or default_db_path(), wait=args.wait)


def _open(args, *, write: bool):
    from paperkg.graph.store import default_db_path, open_store

    if args.neo4j:
        return open_store("neo4j")
    return open_store("ladybug", args.db or default_db_path(), read_only=not write)


def _where(args) -> str:
    from paperkg.graph.store import default_db_path

    return "Neo4j" if args.neo4j else (args.db or default_db_path())


def _load(args, stage, *stage_args) -> int:
    """Build the tables in a child process (stage(*stage_args) -> (n_papers, tables or delta, replace)), then
    load them here (a GraphDelta: only what changed in a store that holds a resolved corpus)."""
    from paperkg.cli.apart import run_apart
    from paperkg.graph.store import GraphDelta

    n_papers, tables, replace = run_apart(stage, *stage_args)
    if tables is None:
        print(f"nothing new: the {n_papers} papers are in {_where(args)} as they are (nothing extracted or written)")
        return 0
    with _open(args, write=True) as store:
        if getattr(args, "replace", False):  # `load --replace`: the stored papers' facts too (graph/replace.py)
            from paperkg.graph.replace import replace_papers

            report = replace_papers(store, tables)
        else:
            # consume: the tables are not needed afterwards, and freeing them as they are written lowers the peak
            report = (store.apply(tables) if isinstance(tables, GraphDelta)
                      else store.load(tables, replace=replace, consume=True))
    print(f"loaded {n_papers} papers into {_where(args)}: {report.summary()}")
    return 0


def tables_of_inputs(inputs, strict: bool, n_process: int, output: str | None, store_spec: tuple) -> tuple:
    """The first stage of `build`: read the corpus, extract what the store lacks, resolve the store's papers
    and the new ones as one corpus (graph/incremental.py), write papers.jsonl if asked, then tables. A
    re-run with nothing new stops after the plan (graph/plan.py), before spaCy or resolution is imported."""
    from paperkg.cli.extract_cmds import read_inputs
    from paperkg.graph.plan import plan_build

    papers = read_inputs(inputs, strict=strict)
    with _stored_store(store_spec) as store:
        plan = plan_build(papers, store)
    if not plan.changes:
        return len(papers), None, False
    return _extract_and_resolve(papers, plan, n_process, output, store_spec)


def _extract_and_resolve(papers, plan, n_process: int, output: str | None, store_spec: tuple) -> tuple:
    from pathlib import Path

    from paperkg.cli.extract_cmds import write_jsonl_atomic
    from paperkg.extract.pipeline import extract_local_all
    from paperkg.graph import incremental

    if plan.redo:
        print(f"extracting {len(plan.redo)} stored papers again (another extractor version read them)", file=sys.stderr)
    todo = plan.new + plan.redo
    extracted = extract_local_all(todo, n_process=workers_for(len(todo), n_process), progress=sys.stderr.isatty())
    wanted = {p.id for p in papers} if output else set()
    replace = bool(plan.redo) and not plan.kept
    if plan.kept:  # a store with papers: write back only what changed (graph/incremental.py)
        with _store(store_spec) as store:
            final, tables = incremental.resolve_delta(plan, extracted, store, wanted)
        changed = f"; {len(tables.papers)} papers written"
    else:
        # A new store, or every stored paper extracted again (an upgrade): the store is written whole, as a
        # one-shot build. A delta would read every stored relationship back (a 72k store's filled the buffer pool).
        memo = Path(store_spec[1] + ".scans") if store_spec[0] == "ladybug" else None  # as incremental.memo_path_of
        final, tables = incremental.resolve_all(plan, extracted, memo)
        changed = "; the store is written whole (every stored paper extracted again)" if replace else ""
    if output:
        write_jsonl_atomic([p for p in final if p.id in wanted], output)
    n_entities = sum(len(p.entities) for p in final)
    print(f"extracted {len(plan.new)} new papers; the store's {len(final)} papers hold {n_entities} entity links"
          + changed, file=sys.stderr)
    return len(papers), tables, replace


# Papers per extraction worker below which fewer workers are started: each worker builds its own pipeline
# (the gazetteer's matchers, ~2 s of CPU). Adding 1,000 abstracts to a store, measured twice at load average 8:
# 1 process 8.4-9.5 s (CPU 4.2-4.9 s), 2 workers 11.1-14.9 s (CPU 6.2-7.0 s).
PAPERS_PER_WORKER = 1000


def workers_for(n_papers: int, n_process: int) -> int:
    """Extraction processes for this many papers: n_process, but each with PAPERS_PER_WORKER papers at least."""
    return max(1, min(n_process, n_papers // PAPERS_PER_WORKER))


def _stored_store(store_spec: tuple):
    """The store opened read-only, or None (as a context) for a LadybugDB store that does not exist yet."""
    from pathlib import Path

    kind, path = store_spec
    if kind == "ladybug" and not Path(path).exists():
        return contextlib.nullcontext()
    return _store(store_spec)


def _store(store_spec: tuple):
    from paperkg.graph.store import open_store

    kind, path = store_spec
    return open_store(kind, path, read_only=True) if kind == "ladybug" else open_store(kind)


def tables_of_jsonl(path: str) -> tuple:
    """The first stage of `load`: read papers.jsonl, then tables (merged into the store as they are)."""
    from paperkg.graph.build import read_extracted
    from paperkg.graph.tables import tables_from_papers

    papers = read_extracted(path)
    return len(papers), tables_from_papers(papers), False


def cmd_build(args) -> int:
    from paperkg.cli.extract_cmds import check_jsonl_output

    check_jsonl_output(args.output, args.inputs, None if args.neo4j else _where(args))
    spec = ("neo4j", None) if args.neo4j else ("ladybug", args.db or _default_db())
    with _writing(args):
        # Check the store opens before spending minutes on extraction.
        with _open(args, write=True):
            pass
        return _load(args, tables_of_inputs, args.inputs, args.strict, args.n_process, args.output, spec)


def _default_db() -> str:
    from paperkg.graph.store import default_db_path

    return default_db_path()


def cmd_load(args) -> int:
    with _writing(args):
        return _load(args, tables_of_jsonl, args.papers)


def cmd_export(args) -> int:
    from paperkg.graph.build import build_graph, read_extracted
    from paperkg.graph.export import export, graph_from_store
    from paperkg.outputs import check_output

    if args.papers and (args.db or args.neo4j):
        raise InputError("give either PAPERS.jsonl or a store (--db/--neo4j), not both")
    store = None if args.papers or args.neo4j else _where(args)
    check_output(args.output, protect=[("the input", args.papers), ("the store", store)],
                 folder=args.format == "neo4j-csv")
    if args.papers:
        G = build_graph(read_extracted(args.papers))
    else:
        with _open(args, write=False) as store:
            G = graph_from_store(store)
    out = export(G, args.format, args.output)
    print(f"wrote {args.format} ({G.number_of_nodes()} nodes, {G.number_of_edges()} relationships) to {out}")
    return 0


def cmd_queries(args) -> int:
    from paperkg.queries import list_queries

    for q in list_queries():
        params = ", ".join(p.name if p.required else f"{p.name}={p.default}" for p in q.params) or "-"
        print(f"{q.name}\n    {q.description}\n    params: {params}")
    return 0


def _parse_params(items: list[str]) -> dict[str, str]:
    params = {}
    for item in items:
        if "=" not in item:
            raise QueryError(f"--param {item!r}: write it as NAME=VALUE")
        k, v = item.split("=", 1)
        if k.strip() in params:  # silently keeping the last value hid typos in scripts
            raise QueryError(f"--param {k.strip()} is given twice ({params[k.strip()]!r} and {v!r}): give it once")
        params[k.strip()] = v
    return params


def _print(df, fmt: str, wide: bool = False) -> None:
    from paperkg.output import render

    sys.stdout.write(render(df, fmt, wide=wide))


def _warn_unfinished(store) -> None:
    from paperkg.graph.check import unfinished_load

    warning = unfinished_load(store)
    if warning:
        print(f"paperkg: warning: {warning}", file=sys.stderr)


def cmd_query(args) -> int:
    from paperkg import queries

    params = _parse_params(args.param)
    queries.load_query(args.name)  # unknown names fail before the store is opened
    with _open(args, write=False) as store:
        _warn_unfinished(store)
        df = queries.run(args.name, store, **params)  # runs a two-step query's first step too
    _print(df, args.format, args.wide)
    return 0


def cmd_related(args) -> int:
    from paperkg.graph.related import find_paper, related_papers

    given = " ".join(args.paper_id) or None
    if (given is None) == (args.text is None):
        raise QueryError("give a PAPER (id or title words) or --text, not both and not neither")
    with _open(args, write=False) as store:
        _warn_unfinished(store)
        paper_id = None
        if given is not None:
            paper_id, title = find_paper(store, given)
            if paper_id != given:
                print(f"related to {paper_id}: {title}", file=sys.stderr)
        df = related_papers(store, paper_id=paper_id, text=args.text, k=args.k)
    cols = ["paper", "year", "title", "score", "explanation"] if args.format == "table" else list(df.columns)
    _print(df[cols], args.format, args.wide)
    return 0
