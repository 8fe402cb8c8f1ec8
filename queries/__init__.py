"""Canned Cypher queries: one query a file, loaded by name.

Each ``queries/NAME.cypher`` starts with header comment lines::

    // name: methods-on-benchmark
    // description: one line
    // params: benchmark, role=any, limit=10
    // values: role=any|proposes|uses|compares_with

A parameter with ``=default`` is optional; ``name:int`` is a required integer; (its default's type, int or str, converts values given as text on
the command line). ``values:`` lists the words a text parameter may hold (several joined by commas; entries for
several parameters separated by ``;``): anything else is a QueryError naming them. ``NAME.ladybug.cypher`` / ``NAME.neo4j.cypher`` are per-dialect variants, used only where
the dialects truly differ; a query without a variant runs the same text on every store.

A query that one statement cannot answer fast (or right) runs in two steps, each a query file: the header line
``// first: OTHER`` makes ``run()`` run query OTHER first (with the parameters it declares), then this query
once per row of OTHER's answer, that row's columns being further $parameters; the rows of all runs are
concatenated, duplicates dropped and sorted by every column, ascending (so such a query must order its own
rows that way). With no row, it runs once with those parameters null (an empty answer with its columns).
``shortest-connection`` does this: ``entity-keys`` resolves the two names to (source_key, target_key) pairs,
and the path search runs from nodes found by key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import pandas as pd

from paperkg.errors import QueryError

DIALECTS = ("ladybug", "neo4j")
_PARAM_USE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class Param:
    name: str
    default: Any = None
    required: bool = True
    integer: bool = False  # a required parameter declared `name:int` (an optional one's default gives its type)


@dataclass(frozen=True)
class CannedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str  # the Cypher without its header
    dialect: str | None = None  # None: the same text for every store
    dialects: tuple[str, ...] = field(default=DIALECTS)
    first: str | None = None  # a query run first; this one runs once per row of it (see the module docstring)
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (param, allowed words) from the `values:` header

    @property
    def param_names(self) -> list[str]:
        return [p.name for p in self.params]

    def used_params(self) -> set[str]:
        """The $parameters the Cypher text uses (comments stripped)."""
        body = "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("//"))
        return set(_PARAM_USE.findall(body))

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Check and complete the parameters: QueryError for unknown or missing ones; defaults filled in."""
        names = self.param_names
        unknown = sorted(set(given) - set(names))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)}; it takes: {_describe(self.params)}")
        out: dict[str, Any] = {}
        missing = []
        for p in self.params:
            if p.name in given and given[p.name] is not None:
                out[p.name] = _convert(self.name, p, given[p.name])
            elif p.required:
                missing.append(p.name)
            else:
                out[p.name] = p.default
        for name, allowed in self.values:
            if isinstance(out.get(name), str):
                out[name] = _check_words(self.name, name, out[name], allowed)
        if missing:
            raise QueryError(
                f"query {self.name!r} needs parameter {', '.join(missing)} (e.g. --param {missing[0]}=VALUE); "
                f"it takes: {_describe(self.params)}"
            )
        return out


def _describe(params: tuple[Param, ...]) -> str:
    if not params:
        return "no parameters"
    return ", ".join(p.name if p.required else f"{p.name}={p.default}" for p in params)


def _convert(query: str, p: Param, value: Any) -> Any:
    if (p.integer or isinstance(p.default, int)) and not isinstance(value, int):
        try:
            value = int(value)
        except (TypeError, ValueError):
            raise QueryError(f"query {query!r}: parameter {p.name} must be an integer, got {value!r}") from None
    if isinstance(value, int) and not -(2**63) <= value < 2**63:  # the stores' INT64; else a driver cast error
        raise QueryError(f"query {query!r}: parameter {p.name}={value} is out of range (at most {2**63 - 1})")
    return value


def _check_words(query: str, name: str, value: str, allowed: tuple[str, ...]) -> str:
    """A comma list of allowed words, lower-cased and trimmed; QueryError naming the allowed ones otherwise."""
    words = [w.strip().lower() for w in value.split(",") if w.strip()]
    bad = [w for w in words if w not in allowed]
    if bad or not words:
        raise QueryError(f"query {query!r}: parameter {name} cannot be {value!r}; use one of {', '.join(allowed)} "
                         "(or several joined by commas)")
    return ",".join(words)


def _parse_values(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for entry in filter(None, (e.strip() for e in text.split(";"))):
        name, _, words = entry.partition("=")
        out.append((name.strip(), tuple(w.strip().lower() for w in words.split("|") if w.strip())))
    return tuple(out)


def _parse_default(text: str) -> Any:
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def _parse(filename: str, source: str) -> CannedQuery:
    header: dict[str, str] = {}
    body: list[str] = []
    in_header = True
    for line in source.splitlines():
        m = re.match(r"\s*//\s*(name|description|params|first|values)\s*:(.*)$", line) if in_header else None
        if m:
            header[m.group(1)] = m.group(2).strip()
            continue
        in_header = False  # the header is the run of `// key: value` lines at the top
        body.append(line)
    stem = filename[: -len(".cypher")]
    dialect = None
    for d in DIALECTS:
        if stem.endswith("." + d):
            stem, dialect = stem[: -len(d) - 1], d
    name = header.get("name") or stem
    if name != stem:
        raise QueryError(f"queries/{filename}: header name {name!r} does not match the file name")
    params = []
    for item in filter(None, (s.strip() for s in header.get("params", "").split(","))):
        if "=" in item:
            pname, default = (s.strip() for s in item.split("=", 1))
            params.append(Param(pname, _parse_default(default), required=False))
        elif item.endswith(":int"):
            params.append(Param(item[: -len(":int")].strip(), integer=True))
        else:
            params.append(Param(item))
    return CannedQuery(name, header.get("description", ""), tuple(params), "\n".join(body).strip() + "\n", dialect,
                       first=header.get("first") or None, values=_parse_values(header.get("values", "")))


def _files() -> dict[str, str]:
    root = resources.files(__name__)
    return {f.name: f.read_text(encoding="utf-8") for f in root.iterdir() if f.name.endswith(".cypher")}


def all_query_files() -> list[CannedQuery]:
    """Every query file parsed, variants included (for tests and tools)."""
    return [_parse(name, text) for name, text in sorted(_files().items())]


def list_queries() -> list[CannedQuery]:
    """One entry per query name (the generic text, or the first variant), sorted by name."""
    seen: dict[str, CannedQuery] = {}
    variants: dict[str, list[str]] = {}
    for q in all_query_files():
        variants.setdefault(q.name, []).append(q.dialect or "*")
        if q.name not in seen or q.dialect is None:
            seen[q.name] = q
    out = []
    for name in sorted(seen):
        q = seen[name]
        dialects = DIALECTS if "*" in variants[name] else tuple(sorted(variants[name]))
        out.append(CannedQuery(q.name, q.description, q.params, q.text, q.dialect, dialects, q.first, q.values))
    return out


def load_query(name: str, dialect: str = "ladybug") -> CannedQuery:
    """The query's text for a store dialect: NAME.<dialect>.cypher if there is one, else NAME.cypher."""
    files = _files()
    for filename in (f"{name}.{dialect}.cypher", f"{name}.cypher"):
        if filename in files:
            return _parse(filename, files[filename])
    names = sorted({q.name for q in all_query_files()})
    if name in names:
        raise QueryError(f"query {name!r} has no variant for {dialect}")
    raise QueryError(f"unknown query {name!r}; known queries: {', '.join(names)}")


def run(name: str, store, **params: Any) -> pd.DataFrame:
    """Run a canned query on a store (a paperkg.graph.store.GraphStore) and return its rows."""
    query = load_query(name, store.dialect)
    bound = query.bind(params)
    if not query.first:
        return years_as_integers(store.run(query.text, bound))
    runs = [store.run(query.text, {**bound, **row}) for row in first_step(query, store, bound)]
    df = pd.concat(runs, ignore_index=True) if len(runs) > 1 else runs[0]
    return years_as_integers(df.drop_duplicates().sort_values(list(df.columns), kind="stable").reset_index(drop=True))


def years_as_integers(df: pd.DataFrame) -> pd.DataFrame:
    """Year columns as nullable integers: a store returns floats (2023.0) as soon as one paper has no year."""
    for col in df.columns:
        if "year" in str(col) and str(df[col].dtype) != "Int64":
            values = pd.to_numeric(df[col], errors="coerce")
            if values.notna().sum() == df[col].notna().sum() and (values.dropna() == values.dropna().round()).all():
                df[col] = values.astype("Int64")
    return df


def first_step(query: CannedQuery, store, bound: dict[str, Any]) -> list[dict[str, Any]]:
    """Run the query's first step with the parameters that step declares; its rows as parameters for the query
    (one row of nulls when it has none, so the query still answers with its columns)."""
    step = load_query(query.first, store.dialect)
    df = store.run(step.text, step.bind({k: v for k, v in bound.items() if k in step.param_names}))
    if not len(df):
        return [{col: None for col in df.columns}]
    return [{col: _plain(v) for col, v in row.items()} for row in df.to_dict("records")]


def _plain(value: Any) -> Any:
    """A DataFrame cell as a parameter value: lists (numpy arrays too) as lists, numpy scalars as Python ones."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str)):
        value = value.tolist() if hasattr(value, "tolist") else list(value)
    return value
