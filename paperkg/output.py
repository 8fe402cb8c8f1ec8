"""Query results as text: CSV and JSON in full, tables that wrap long text to the terminal (or --wide).

Nothing is ever cut: a table cell too long for its column is wrapped onto more lines, so titles, evidence
sentences and paths stay whole. --wide prints every cell on one line instead.
"""

from __future__ import annotations

import shutil
import textwrap

import pandas as pd

FORMATS = ("table", "csv", "json")
MIN_COLUMN = 12  # a column is never wrapped narrower than this
GAP = "  "


def tidy(df: pd.DataFrame) -> pd.DataFrame:
    """Years as integers (a store returns them as floats when some paper has none); lists as lists."""
    from paperkg.queries import years_as_integers

    out = years_as_integers(df.copy())
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = [v.tolist() if hasattr(v, "tolist") and not isinstance(v, str) else v for v in out[col]]
    return out


def _cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def format_table(df: pd.DataFrame, *, wide: bool = False, width: int | None = None) -> str:
    """An aligned text table; long cells wrapped so the table fits `width` (the terminal's), unless wide."""
    if not len(df):
        return "(no rows)"
    df = tidy(df)
    cols = [str(c) for c in df.columns]
    cells = [[_cell(v) for v in row] for row in df.itertuples(index=False)]
    numeric = [pd.api.types.is_numeric_dtype(df[c]) for c in df.columns]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    if not wide:
        width = width or shutil.get_terminal_size((160, 24)).columns
        budget = width - len(GAP) * (len(cols) - 1)
        # Narrow the widest column, one character at a time, until the table fits (or nothing can shrink).
        floors = [max(min(len(c), MIN_COLUMN), MIN_COLUMN if not numeric[i] else widths[i]) for i, c in enumerate(cols)]
        while sum(widths) > budget:
            i = max(range(len(cols)), key=lambda j: (widths[j] - floors[j], widths[j]))
            if widths[i] <= floors[i]:
                break
            widths[i] -= 1
    lines = [GAP.join(c.rjust(w) if numeric[i] else c.ljust(w) for i, (c, w) in enumerate(zip(cols, widths))).rstrip()]
    for row in cells:
        wrapped = [textwrap.wrap(v, w, break_long_words=True, break_on_hyphens=False) or [""] if len(v) > w else [v]
                   for v, w in zip(row, widths)]
        for k in range(max(len(w) for w in wrapped)):
            parts = []
            for i, (chunks, w) in enumerate(zip(wrapped, widths)):
                text = chunks[k] if k < len(chunks) else ""
                parts.append(text.rjust(w) if numeric[i] else text.ljust(w))
            lines.append(GAP.join(parts).rstrip())
    return "\n".join(lines)


def render(df: pd.DataFrame, fmt: str, *, wide: bool = False) -> str:
    """The whole result in a format: table (wrapped, or wide), csv or json; never truncated."""
    if fmt == "csv":
        return tidy(df).to_csv(index=False)
    if fmt == "json":
        return tidy(df).to_json(orient="records", force_ascii=False) + "\n"
    return format_table(df, wide=wide) + "\n"
