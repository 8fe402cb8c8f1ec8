"""`paperkg serve`: a local, read-only web explorer over a graph store (Flask + Jinja2 templates).

Library code only; the command is paperkg/cli/serve_cmds.py. Every page reads the store through canned
queries (queries/*.cypher) with parameters; templates and static files ship as package data.
"""

from .app import create_app

__all__ = ["create_app"]
