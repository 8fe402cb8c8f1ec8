"""paperkg CLI: serve. Thin: open the store read-only, hand it to the web app, serve until Ctrl-C."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

from paperkg.cli.graph_cmds import _store_args
from paperkg.errors import InputError, StoreError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def register(sub) -> None:
    """Add this module's subcommands to the paperkg parser."""
    p = sub.add_parser(
        "serve",
        help="explore the graph in a browser: a local read-only web app (search, entity and paper pages, queries)",
        description="Serve a read-only web explorer over the graph store: search as you type, entity and paper "
        "pages, the canned queries as forms (CSV download), pictures for slides. Works offline; listens on "
        "loopback only unless --host says otherwise.",
    )
    _store_args(p)
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT}; 0: any free port)")
    p.set_defaults(func=run_serve)


def open_read_only(args):
    """The store the pages read: --neo4j, or the embedded store opened read-only."""
    from paperkg.graph.store import default_db_path, open_store

    if args.neo4j:
        store = open_store("neo4j")
        return store, f"Neo4j at {getattr(store, '_where', 'NEO4J_URI')}"
    path = args.db or default_db_path()
    if not Path(path).exists():
        raise StoreError(f"no graph store at {path}: run `paperkg build` first, or pass --db PATH (or --neo4j)")
    return open_store("ladybug", path, read_only=True), str(path)


def run_serve(args) -> int:
    from werkzeug.serving import make_server

    from paperkg.web import create_app

    if not 0 <= args.port <= 65535:
        raise InputError(f"--port must be between 0 and 65535, not {args.port}")
    store, where = open_read_only(args)
    try:
        app = create_app(store, where=where)
        try:
            server = make_server(args.host, args.port, app, threaded=True)
        except OSError as exc:
            raise StoreError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
        port = server.server_port
        host = f"[{args.host}]" if ":" in args.host else args.host
        if not _loopback(args.host):
            print(f"paperkg serve: listening on {args.host}, reachable from other machines (read-only)",
                  file=sys.stderr)
        print(f"paperkg serve: http://{host}:{port}/ reading {where} (Ctrl-C to stop)", file=sys.stderr, flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        store.close()
    return 0


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
