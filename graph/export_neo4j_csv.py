"""CSV files for ``neo4j-admin database import full``: the bulk path for millions of papers.

One node file per label (``key:ID(Label)`` id space, typed properties, a ``:LABEL`` column) and one relationship
file per (type, source label, target label) (``:START_ID(Label)``, ``:END_ID(Label)``, ``:TYPE``), plus an
``import.sh`` with the matching neo4j-admin command line. The derived EVALUATED_ON rows of the tables are
exported as they are (an offline import has no step that could recompute them).

Every string is quoted (so an empty string stays distinct from a missing value, which is an empty field);
quotes are doubled (the importer's default, non-legacy quoting). Arrays use ARRAY_DELIMITER, a control
character no name should contain; a value that does contain it is refused rather than silently split.
Text may span lines, so the command passes ``--multiline-fields=true``.
"""

from __future__ import annotations

import math
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from paperkg.errors import PaperkgError
from paperkg.graph import schema
from paperkg.graph.tables import GraphTables

ARRAY_DELIMITER = "\x1f"  # ASCII unit separator
ARRAY_DELIMITER_ARG = "U+001F"  # how neo4j-admin is told about it
_CSV_TYPE = {schema.STRING: "", schema.INT64: ":long", schema.STRING_LIST: ":string[]", schema.INT64_LIST: ":long[]",
             schema.DOUBLE: ":double", schema.BOOL: ":boolean"}


@dataclass
class Neo4jCsvExport:
    out_dir: Path
    node_files: list[tuple[str, Path]] = field(default_factory=list)  # (label, file)
    rel_files: list[tuple[str, Path]] = field(default_factory=list)  # (type, file)
    rows: dict[str, int] = field(default_factory=dict)  # rows per label / relationship type

    def command(self, database: str = "neo4j", admin: str = "neo4j-admin") -> list[str]:
        """The neo4j-admin command line (file paths relative to out_dir)."""
        # The database goes first: --nodes/--relationships take several files and would swallow it.
        args = shlex.split(admin) + [
            "database", "import", "full", database,
            f"--array-delimiter={ARRAY_DELIMITER_ARG}",
            "--multiline-fields=true",
            "--overwrite-destination=true",
        ]
        args += [f"--nodes={label}={path.name}" for label, path in self.node_files]
        args += [f"--relationships={rel}={path.name}" for rel, path in self.rel_files]
        return args

    def command_line(self, database: str = "neo4j", admin: str = "neo4j-admin") -> str:
        return shlex.join(self.command(database, admin))


def _cell(value: Any, typ: str, where: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    if typ in (schema.STRING_LIST, schema.INT64_LIST):
        items = [str(int(v)) if typ == schema.INT64_LIST else str(v) for v in list(value)]
        for item in items:
            if ARRAY_DELIMITER in item:
                raise PaperkgError(f"{where}: value {item!r} contains the CSV array delimiter U+001F; cannot export")
        # Empty list -> empty field: neo4j-admin cannot store an empty array, the property is left out.
        return _quote(ARRAY_DELIMITER.join(items)) if items else ""
    if typ == schema.INT64:
        try:
            if pd.isna(value):
                return ""
        except (TypeError, ValueError):
            pass
        return str(int(value))
    if typ == schema.DOUBLE:
        return repr(float(value))
    if typ == schema.BOOL:
        return "true" if value else "false"
    return _quote(str(value))


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(",".join(header) + "\n")
        for row in rows:
            fh.write(",".join(row) + "\n")


def _node_file(nt: schema.NodeType, df: pd.DataFrame, path: Path) -> int:
    df = df.drop_duplicates(subset=[nt.key], keep="first")
    header = []
    for name, typ in nt.properties:
        header.append(f"{name}:ID({nt.label})" if name == nt.key else name + _CSV_TYPE[typ])
    header.append(":LABEL")
    cols = [n for n, _ in nt.properties]
    types = [t for _, t in nt.properties]
    rows = []
    for rec in df[cols].itertuples(index=False, name=None):
        where = f"{nt.label} {rec[0]!r}"
        rows.append([_cell(v, t, where) for v, t in zip(rec, types)] + [nt.label])
    _write(path, header, rows)
    return len(rows)


def _rel_file(rt: schema.RelType, df: pd.DataFrame, path: Path) -> int:
    df = df.drop_duplicates(subset=["src", "dst"], keep="first")
    header = [f":START_ID({rt.source})", f":END_ID({rt.target})", ":TYPE"]
    header += [name + _CSV_TYPE[typ] for name, typ in rt.properties]
    props = [n for n, _ in rt.properties]
    types = [t for _, t in rt.properties]
    rows = []
    for rec in df[["src", "dst"] + props].itertuples(index=False, name=None):
        where = f"{rt.type} {rec[0]!r}->{rec[1]!r}"
        cells = [_cell(rec[0], schema.STRING, where), _cell(rec[1], schema.STRING, where), rt.type]
        rows.append(cells + [_cell(v, t, where) for v, t in zip(rec[2:], types)])
    _write(path, header, rows)
    return len(rows)


def write_neo4j_csv(tables: GraphTables, out_dir: str | Path, database: str = "neo4j") -> Neo4jCsvExport:
    """Write node/relationship CSVs and import.sh into out_dir; returns what was written and the command."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    export = Neo4jCsvExport(out)
    # Every label and type is counted, 0 when it has no rows (then no file is written: nothing to import).
    # The word and name index (schema.TERM) goes too: the canned queries look names and words up in it.
    node_types = schema.NODE_TYPES + (schema.TERM,)
    export.rows.update({nt.label: 0 for nt in node_types})
    export.rows.update({rt.type: 0 for rt in schema.REL_TYPES})
    for nt in node_types:
        df = tables.nodes.get(nt.label)
        if df is None or not len(df):
            continue
        path = out / f"nodes_{nt.label}.csv"
        export.rows[nt.label] = _node_file(nt, df, path)
        export.node_files.append((nt.label, path))
    for rt in schema.REL_TYPES:
        df = tables.rels.get((rt.type, rt.source, rt.target))
        if df is None or not len(df):
            continue
        path = out / f"rels_{rt.type}_{rt.source}_{rt.target}.csv"
        export.rows[rt.type] = export.rows.get(rt.type, 0) + _rel_file(rt, df, path)
        export.rel_files.append((rt.type, path))
    _write_script(export, database)
    return export


def _write_script(export: Neo4jCsvExport, database: str) -> None:
    body = shlex.join(export.command("${DATABASE}", "ADMIN"))
    # shlex quotes "$DATABASE"; the script wants it expanded, and the admin command to be word-split.
    body = body.replace("'${DATABASE}'", '"${DATABASE}"').replace("ADMIN ", "${NEO4J_ADMIN} ", 1)
    script = f"""#!/usr/bin/env bash
# Offline bulk import of this folder into an EMPTY database (the Neo4j server of that home must be stopped).
#   NEO4J_ADMIN: the admin command (default neo4j-admin; from this repo: "/abs/path/scripts/neo4j-server admin --home H --")
#   DATABASE:    target database (default {database})
# Afterwards start the server (for a database other than the default: CREATE DATABASE <name>).
set -euo pipefail
cd "$(dirname "$0")"
NEO4J_ADMIN="${{NEO4J_ADMIN:-neo4j-admin}}"
DATABASE="${{DATABASE:-{database}}}"
{body}
"""
    path = export.out_dir / "import.sh"
    path.write_text(script, encoding="utf-8")
    path.chmod(0o755)
