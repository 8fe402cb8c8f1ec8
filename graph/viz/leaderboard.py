"""State of the art over time on one benchmark: every reported result a point, the running best a step line,
the record setters labelled. Static (PNG/SVG/PDF, matplotlib) or interactive offline HTML (inline SVG with
hover details; no script or style from the network).

    points = leaderboard_points(store, "CIFAR-10")            # the results-on-benchmark query
    write_leaderboard(points, "docs/sota-cifar10.png")

Text from abstracts (method names, titles, evidence) is data: plain text in matplotlib (no math text from
"$"), escaped in HTML.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from paperkg.errors import InputError, QueryError

from .static import image_format

POINTS_QUERY = "results-on-benchmark"
MAX_POINTS = 5000  # more than any benchmark has in the 73k corpus; a bound so a picture stays a picture
RECORD_COLOUR, POINT_COLOUR, LINE_COLOUR = "#d55e00", "#0072b2", "#333333"


@dataclass
class Leaderboard:
    benchmark: str
    metric: str
    direction: str  # "higher" | "lower"
    points: pd.DataFrame  # year, value, reported, method, paper, paper_id, evidence, record (bool)
    other_metrics: list[str]

    @property
    def records(self) -> pd.DataFrame:
        return self.points[self.points["record"]]

    def steps(self) -> list[tuple[int, float]]:
        """(year, best so far) at every year that has a result."""
        out: list[tuple[int, float]] = []
        for year, group in self.points.groupby("year", sort=True):
            best = group["value"].max() if self.direction == "higher" else group["value"].min()
            if out:
                prev = out[-1][1]
                best = max(best, prev) if self.direction == "higher" else min(best, prev)
            out.append((int(year), float(best)))
        return out


def leaderboard_points(store, benchmark: str, metric: str | None = None) -> Leaderboard:
    """Every dated result on the benchmark in one metric (the most reported one when none is given)."""
    from paperkg import queries

    rows = queries.run(POINTS_QUERY, store, benchmark=benchmark, metric=metric or "", limit=MAX_POINTS * 10)
    rows = rows[rows["year"].notna()]
    if rows.empty:
        which = f" in metric {metric!r}" if metric else ""
        raise QueryError(f"no dated results on {benchmark!r}{which}: try `paperkg query leaderboard --param "
                         f"benchmark=...` to see which benchmarks and metrics have results")
    counts = rows["metric"].value_counts()
    chosen = counts.index[0] if not metric else rows["metric"].iloc[0]
    if not metric:
        # ties: the alphabetically first, so the choice is deterministic
        chosen = sorted(m for m, c in counts.items() if c == counts.iloc[0])[0]
    pts = rows[rows["metric"] == chosen].copy()
    if len(pts) > MAX_POINTS:
        raise InputError(f"{len(pts)} results on {benchmark!r}: more than {MAX_POINTS} points; narrow with --metric")
    direction = str(pts["direction"].iloc[0])
    pts["year"] = pts["year"].astype(int)
    pts = pts.sort_values(["year", "value", "paper_id"], ascending=[True, direction == "lower", True], kind="stable")
    pts["record"] = _records(pts, direction)
    return Leaderboard(str(pts["benchmark"].iloc[0]), str(chosen), direction, pts.reset_index(drop=True),
                       [m for m in counts.index if m != chosen])


def _records(pts: pd.DataFrame, direction: str) -> list[bool]:
    """A result sets a record when it is its year's best and beats every earlier year's best."""
    better = (lambda a, b: a > b) if direction == "higher" else (lambda a, b: a < b)
    flags, best = [], None
    seen_year = None
    for year, value in zip(pts["year"], pts["value"]):
        first_of_year = year != seen_year  # rows are sorted best first within a year
        seen_year = year
        is_record = first_of_year and (best is None or better(value, best))
        if is_record:
            best = value
        flags.append(bool(is_record))
    return flags


def label_of(row) -> str:
    """Who set a record: the method's name, else the paper's title (shortened)."""
    who = row["method"] if isinstance(row["method"], str) and row["method"] else _short(row["paper"] or row["paper_id"], 34)
    return f"{who} ({row['reported']}, {row['year']})"


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _title(lb: Leaderboard, title: str | None) -> str:
    better = "higher" if lb.direction == "higher" else "lower"
    return title or f"State of the art on {lb.benchmark}: {lb.metric} ({better} is better)"


def draw_leaderboard(lb: Leaderboard, *, title: str | None = None) -> Figure:
    """The chart as a matplotlib Figure, sized and lettered for a slide (16:9)."""
    fig = Figure(figsize=(13.33, 7.5), layout="constrained")
    ax = fig.add_subplot()
    pts = lb.points
    ax.scatter(pts["year"], pts["value"], s=46, color=POINT_COLOUR, alpha=0.55, label="reported result", zorder=2)
    steps = lb.steps()
    if steps:
        xs = [y for y, _ in steps] + [steps[-1][0] + 0.5]
        ys = [v for _, v in steps] + [steps[-1][1]]
        ax.step(xs, ys, where="post", color=LINE_COLOUR, linewidth=2.2, label="best so far", zorder=3)
    rec = lb.records
    ax.scatter(rec["year"], rec["value"], s=110, color=RECORD_COLOUR, edgecolor="white", linewidth=1.2,
               label="new record", zorder=4)
    for i, (_, row) in enumerate(rec.iterrows()):
        # Alternate above/below so neighbouring labels do not sit on each other.
        dy = 16 if i % 2 == 0 else -24
        ax.annotate(label_of(row), (row["year"], row["value"]), xytext=(6, dy), textcoords="offset points",
                    fontsize=12, color="#222222", parse_math=False, zorder=5,
                    arrowprops={"arrowstyle": "-", "color": "#999999", "linewidth": 0.8})
    ax.set_title(_title(lb, title), fontsize=18, loc="left", parse_math=False)
    ax.set_xlabel("year of the paper", fontsize=14)
    ax.set_ylabel(lb.metric, fontsize=14, parse_math=False)
    ax.tick_params(labelsize=12)
    years = sorted(set(int(y) for y in pts["year"]))
    ax.set_xticks(years if len(years) <= 20 else years[:: max(1, len(years) // 12)])
    ax.set_xlim(years[0] - 0.6, years[-1] + 1.4)
    ax.margins(y=0.12)  # room for the labels above the best and below the lowest point
    ax.grid(True, color="#e0e0e0", linewidth=0.8, zorder=0)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(loc="lower right" if lb.direction == "higher" else "upper right", fontsize=12, frameon=False)
    note = f"{len(pts)} results from {pts['paper_id'].nunique()} abstracts (paperkg)"
    if lb.other_metrics:
        note += f"; also reported: {', '.join(lb.other_metrics[:4])}"
    fig.text(0.01, 0.005, note, fontsize=10, color="#666666", parse_math=False)
    return fig


def write_leaderboard(lb: Leaderboard, out: str | Path, *, title: str | None = None) -> Path:
    """Write the chart: .html (interactive, offline) or .svg/.png/.pdf."""
    out = Path(out)
    if out.suffix.lower() == ".html":
        out.write_text(to_html(lb, title=title), encoding="utf-8")
        return out
    fmt = image_format(out)
    draw_leaderboard(lb, title=title).savefig(out, format=fmt, dpi=150 if fmt == "png" else None)
    return out


# -- interactive HTML: an inline SVG, a hover tooltip per point, a click shows the evidence ---------------

_W, _H, _L, _R, _T, _B = 1100, 560, 80, 40, 60, 60


def to_html(lb: Leaderboard, *, title: str | None = None) -> str:
    pts = lb.points
    years = [int(y) for y in pts["year"]]
    lo_year, hi_year = min(years) - 0.6, max(years) + 1.4
    lo, hi = float(pts["value"].min()), float(pts["value"].max())
    pad = (hi - lo) * 0.08 or 1.0
    lo, hi = lo - pad, hi + pad

    def x(year: float) -> float:
        return _L + (year - lo_year) / (hi_year - lo_year) * (_W - _L - _R)

    def y(value: float) -> float:
        return _T + (hi - value) / (hi - lo) * (_H - _T - _B)

    e = html.escape
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_W} {_H}" role="img" aria-label="{e(_title(lb, title))}">']
    for year in sorted(set(years)):
        parts.append(f'<line x1="{x(year):.1f}" y1="{_T}" x2="{x(year):.1f}" y2="{_H - _B}" stroke="#eeeeee"/>'
                     f'<text x="{x(year):.1f}" y="{_H - _B + 20}" text-anchor="middle" class="tick">{year}</text>')
    for k in range(6):
        v = lo + (hi - lo) * k / 5
        parts.append(f'<text x="{_L - 8}" y="{y(v) + 4:.1f}" text-anchor="end" class="tick">{v:.4g}</text>')
    steps = lb.steps()
    if steps:
        d = f"M {x(steps[0][0]):.1f} {y(steps[0][1]):.1f}"
        for (y0, v0), (y1, v1) in zip(steps, steps[1:]):
            d += f" H {x(y1):.1f} V {y(v1):.1f}"
        d += f" H {x(steps[-1][0] + 0.5):.1f}"
        parts.append(f'<path d="{d}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2.5"/>')
    for i, row in pts.iterrows():
        tip = (f"{row['reported']} {lb.metric} ({row['qualifier']}) - {row['method'] or 'method not named'} - "
               f"{row['paper']} ({row['year']})")
        colour, r = (RECORD_COLOUR, 8) if row["record"] else (POINT_COLOUR, 5.5)
        parts.append(
            f'<circle cx="{x(row["year"]):.1f}" cy="{y(row["value"]):.1f}" r="{r}" fill="{colour}" fill-opacity="0.8" '
            f'tabindex="0" data-i="{i}"><title>{e(tip)}</title></circle>'
        )
        if row["record"]:
            parts.append(f'<text x="{x(row["year"]) + 10:.1f}" y="{y(row["value"]) - 10:.1f}" class="rec">{e(label_of(row))}</text>')
    parts.append(f'<text x="{_L}" y="{_H - 15}" class="axis">year of the paper</text>')
    parts.append(f'<text x="20" y="{_T - 20}" class="axis">{e(lb.metric)}</text></svg>')
    details = "".join(
        f'<div class="ev" id="ev{i}" hidden><b>{e(str(row["reported"]))} {e(lb.metric)}</b> '
        f'({e(str(row["qualifier"]))}), {e(str(row["method"] or "method not named"))}<br>'
        f'<i>{e(str(row["paper"]))}</i> ({row["year"]}, {e(str(row["paper_id"]))})<br>“{e(str(row["evidence"]))}”</div>'
        for i, row in pts.iterrows()
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(_title(lb, title))}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 24px; color: #222; }}
svg {{ width: 100%; max-width: {_W}px; height: auto; }}
.tick {{ font-size: 13px; fill: #555; }} .axis {{ font-size: 14px; fill: #333; }}
.rec {{ font-size: 13px; fill: #222; }} circle {{ cursor: pointer; }} circle:focus {{ stroke: #000; stroke-width: 2; }}
.ev {{ max-width: {_W}px; margin-top: 12px; padding: 10px; background: #f6f6f6; border-left: 4px solid {RECORD_COLOUR}; }}
</style></head><body>
<h2>{e(_title(lb, title))}</h2>
<p>{len(pts)} results from {pts['paper_id'].nunique()} abstracts. Orange: a new record (the step line is the best so
far). Hover a point for who reported it; click it for the evidence sentence.</p>
{''.join(parts)}
<div id="details">{details}</div>
<script>
for (const c of document.querySelectorAll('circle[data-i]')) {{
  const show = () => {{
    for (const d of document.querySelectorAll('.ev')) d.hidden = true;
    document.getElementById('ev' + c.dataset.i).hidden = false;
  }};
  c.addEventListener('click', show);
  c.addEventListener('keydown', ev => {{ if (ev.key === 'Enter') show(); }});
}}
</script>
</body></html>
"""
