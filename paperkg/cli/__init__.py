"""The paperkg command. Thin: parse options, call one library function, turn errors into one line.

Each group of subcommands lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import traceback

from paperkg import __version__
from paperkg.errors import PaperkgError
from paperkg.procs import Terminated, restore_handlers, terminate_as_exception

from . import check_cmds, explore_cmds, extract_cmds, graph_cmds, serve_cmds, viz_cmds

COMMAND_MODULES = (extract_cmds, graph_cmds, explore_cmds, viz_cmds, check_cmds, serve_cmds)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paperkg",
        description="Paper abstracts -> a knowledge graph of methods, datasets, benchmarks and models.",
    )
    parser.add_argument("--version", action="version", version=f"paperkg {__version__}")
    parser.add_argument("--trace", action="store_true", help="on error, print the full traceback (secrets redacted)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def redact(text: str) -> str:
    """Remove the Neo4j password (and any other secret we are given) from text bound for the terminal."""
    secret = os.environ.get("NEO4J_PASSWORD")
    if secret:
        text = text.replace(secret, "***")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    main_thread = threading.current_thread() is threading.main_thread()
    # SIGTERM cleans up (children, temp files, locks) like Ctrl-C; the handlers are put back afterwards.
    old_handlers = terminate_as_exception() if main_thread else {}
    try:
        return _run(args)
    finally:
        restore_handlers(old_handlers)


def _run(args) -> int:
    try:
        result = args.func(args)
    except PaperkgError as exc:
        if args.trace:
            sys.stderr.write(redact(getattr(exc, "details", "") + traceback.format_exc()))
        sys.stderr.write(redact(f"paperkg {args.command}: error: {exc}") + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("paperkg: interrupted\n")
        return 130
    except Terminated as exc:
        sys.stderr.write("paperkg: terminated\n")
        return int(exc.code)
    except BrokenPipeError:
        # `paperkg query ... | head` closing the pipe early is not an error.
        sys.stderr.close()
        return 0
    except Exception as exc:  # an unexpected failure: still one line unless --trace
        if args.trace:
            sys.stderr.write(redact(traceback.format_exc()))
        sys.stderr.write(
            redact(f"paperkg {args.command}: unexpected error: {type(exc).__name__}: {exc} (run with --trace for details)")
            + "\n"
        )
        return 1
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
