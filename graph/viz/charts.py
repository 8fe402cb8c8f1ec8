"""Charts over time for slides and browsers: a trend line chart and a ranked bar chart of rising entities.

Both read canned queries (``trend``, ``papers-per-year``, ``rising``), so they answer what the store answers.
Static pictures (SVG/PNG/PDF) are 16:9 with large type, readable on a slide; the HTML pages work offline
(the chart is drawn by a few lines of inline script, nothing fetched), and every name from the data is escaped.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from paperkg import queries
from paperkg.errors import InputError, QueryError
from paperkg.graph import schema

from . import style
from .static import image_format

SLIDE = (12.8, 7.2)  # inches: 16:9, 1920 x 1080 at 150 dpi
FONT = 15
# Distinct line colours for up to eight series (Okabe-Ito); more series cycle.
LINE_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442")


def _label(row) -> str:
    return str(row["entity"])


def trend_table(store, names: list[str], *, since: int = 0, until: int = 0, venue: str = "") -> pd.DataFrame:
    """One row per (entity, year) from the first to the last year any of them appears, years with no paper 0.

    Columns: entity, key, year, papers, year_papers, share. QueryError when no name matches anything.
    """
    names = [n.strip() for n in names if n and n.strip()]
    if not names:
        raise QueryError("give at least one entity name for the trend")
    # The query splits on commas: one name holding a comma would be two.
    rows = queries.run("trend", store, entity=",".join(names), since=since, until=until, venue=venue)
    if not len(rows):
        raise QueryError(f"no papers name {', '.join(names)} (with a year{', in ' + venue if venue else ''}); "
                         "try `paperkg query search --param text=...` for the stored names")
    totals = queries.run("papers-per-year", store, since=since, until=until, venue=venue).dropna(subset=["year"])
    first, last = int(rows["year"].min()), int(rows["year"].max())
    totals = totals[(totals["year"] >= first) & (totals["year"] <= last)]
    out = []
    for (entity, key), group in rows.groupby(["entity", "key"], sort=True):
        have = {int(y): int(n) for y, n in zip(group["year"], group["papers"])}
        for year, total in zip(totals["year"], totals["papers"]):
            n = have.get(int(year), 0)
            out.append({"entity": entity, "key": key, "year": int(year), "papers": n, "year_papers": int(total),
                        "share": n / int(total) if total else 0.0})
    df = pd.DataFrame(out)
    # Two nodes with one name (a model and a method "BERT"): tell them apart by key.
    dup = df.groupby("entity")["key"].nunique()
    df["series"] = [f"{e} ({k})" if dup[e] > 1 else e for e, k in zip(df["entity"], df["key"])]
    return df


def draw_trend(df: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Two panels: papers per year, and the share of that year's papers (%)."""
    fig = Figure(figsize=SLIDE)
    FigureCanvasAgg(fig)
    raw, share = fig.subplots(1, 2)
    for i, (series, group) in enumerate(df.groupby("series", sort=False)):
        colour = LINE_COLOURS[i % len(LINE_COLOURS)]
        raw.plot(group["year"], group["papers"], marker="o", lw=2.5, color=colour, label=series)
        share.plot(group["year"], 100 * group["share"], marker="o", lw=2.5, color=colour, label=series)
    raw.set_title("papers per year", fontsize=FONT + 1)
    share.set_title("share of that year's papers (%)", fontsize=FONT + 1)
    for ax in (raw, share):
        ax.tick_params(labelsize=FONT - 2)
        ax.set_xlabel("year", fontsize=FONT)
        ax.grid(alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(bottom=0)
    handles, labels = raw.get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=min(len(labels), 4), fontsize=FONT, frameon=False)
    fig.suptitle(title or "Trend: " + ", ".join(labels), fontsize=FONT + 5)
    fig.tight_layout(rect=(0, 0.1, 1, 0.95))
    return fig


def rising_table(store, *, since: int, until: int = 0, start: int = 0, kind: str = "any", min_papers: int = 10,
                 venue: str = "", limit: int = 20) -> pd.DataFrame:
    """The ``rising`` query's rows (growth in share from [start, since) to [since, until])."""
    df = queries.run("rising", store, since=since, until=until, **{"from": start}, kind=kind, min_papers=min_papers,
                     venue=venue, limit=limit)
    if not len(df):
        raise QueryError(f"nothing named by at least {min_papers} papers from {since} on: lower --min-papers "
                         "or move --since")
    return df


def draw_rising(df: pd.DataFrame, *, since: int, title: str | None = None) -> Figure:
    """Horizontal bars, the fastest riser on top: growth of the share in percentage points, labelled with
    the share before and after."""
    df = df.head(25).iloc[::-1]
    fig = Figure(figsize=SLIDE)
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    label_of = {n.lower(): n for n in schema.LABEL_OF_TYPE.values()}
    colours = [style.colour(label_of.get(str(k).lower())) for k in df["kind"]]
    growth = 100 * df["growth"].astype(float)
    ax.barh(range(len(df)), growth, color=colours)
    ax.set_yticks(range(len(df)))
    ax.set_yticklabels([style.short_name_text(str(n), 40) for n in df["entity"]], fontsize=FONT - 1)
    for i, (g, before, after) in enumerate(zip(growth, df["share_before"], df["share_after"])):
        ax.text(g, i, f"  {100 * before:.2f}% → {100 * after:.2f}%", va="center", fontsize=FONT - 3)
    ax.set_xlabel(f"growth of the share of papers, percentage points (before {since} → from {since})", fontsize=FONT)
    ax.tick_params(axis="x", labelsize=FONT - 2)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlim(right=max(growth.max(), 0) * 1.35 or 1)
    kinds = list(dict.fromkeys(df["kind"][::-1]))
    from matplotlib.patches import Patch

    ax.legend([Patch(color=style.colour(label_of.get(str(k).lower()))) for k in kinds], kinds, fontsize=FONT - 2,
              loc="lower right", frameon=False)
    ax.set_title(title or f"Rising since {since}", fontsize=FONT + 5)
    fig.tight_layout()
    return fig


def _save(fig: Figure, path: Path) -> Path:
    fmt = image_format(path)
    metadata = {"Date": None} if fmt in ("svg", "pdf") else {}  # the same picture twice is the same file
    fig.savefig(path, format=fmt, dpi=150, metadata=metadata)
    return path


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{html.escape(title)}</h1>{body}</body></html>\n")


def _json_for_script(data) -> str:
    """JSON inside <script type="application/json">: '<' escaped so no text can close the element."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def trend_html(df: pd.DataFrame, title: str) -> str:
    """An offline page: the line chart (papers or share, a toggle), values on hover, a click on a legend entry
    hides its line; the numbers as a table below."""
    series = [{"name": s, "years": g["year"].tolist(), "papers": g["papers"].tolist(),
               "share": [round(100 * v, 4) for v in g["share"]], "totals": g["year_papers"].tolist()}
              for s, g in df.groupby("series", sort=False)]
    rows = "".join(f"<tr><td>{html.escape(str(r.series))}</td><td>{r.year}</td><td>{r.papers}</td>"
                   f"<td>{r.year_papers}</td><td>{100 * r.share:.2f}</td></tr>" for r in df.itertuples(index=False))
    body = ("<div id=\"controls\"><label><input type=\"radio\" name=\"m\" value=\"papers\" checked> papers per year"
            "</label> <label><input type=\"radio\" name=\"m\" value=\"share\"> share of that year's papers (%)"
            "</label></div><svg id=\"chart\" viewBox=\"0 0 1280 640\" role=\"img\"></svg><div id=\"legend\"></div>"
            "<div id=\"tip\" hidden></div>"
            f"<script type=\"application/json\" id=\"data\">{_json_for_script({'series': series, 'colours': LINE_COLOURS})}</script>"
            f"<script>{_TREND_JS}</script>"
            "<details><summary>the numbers</summary><table><tr><th>entity</th><th>year</th><th>papers</th>"
            f"<th>papers that year</th><th>share %</th></tr>{rows}</table></details>")
    return _page(title, body)


def rising_html(df: pd.DataFrame, fig: Figure, title: str) -> str:
    """An offline page: the bar chart as inline SVG and the full ranked table."""
    import io

    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    cols = ["entity", "kind", "papers_before", "share_before", "papers_after", "share_after", "growth"]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in r) + "</tr>"
                   for r in df[cols].itertuples(index=False))
    return _page(title, f"<div class=\"svg\">{svg}</div><table><tr>{head}</tr>{rows}</table>")


def write_trend(store, names: list[str], path, *, since: int = 0, until: int = 0, venue: str = "",
                title: str | None = None) -> Path:
    """The trend of the named entities as .html (interactive) or .svg/.png/.pdf."""
    path = Path(path)
    df = trend_table(store, names, since=since, until=until, venue=venue)
    title = title or "Trend: " + ", ".join(dict.fromkeys(df["series"]))
    if path.suffix.lower() == ".html":
        path.write_text(trend_html(df, title), encoding="utf-8")
        return path
    return _save(draw_trend(df, title=title), path)


def write_rising(store, path, *, since: int, until: int = 0, start: int = 0, kind: str = "any", min_papers: int = 10,
                 venue: str = "", limit: int = 20, title: str | None = None) -> Path:
    """The entities whose share grew most since a year, as a ranked bar chart (.html/.svg/.png/.pdf)."""
    path = Path(path)
    if path.suffix.lower() not in (".html", ".svg", ".png", ".pdf"):
        raise InputError("write the chart as .html, .svg, .png or .pdf", str(path))
    df = rising_table(store, since=since, until=until, start=start, kind=kind, min_papers=min_papers, venue=venue,
                      limit=limit)
    title = title or f"Rising since {since}" + (f" ({kind})" if kind != "any" else "") + (f", {venue}" if venue else "")
    fig = draw_rising(df, since=since, title=title)
    if path.suffix.lower() == ".html":
        path.write_text(rising_html(df, fig, title), encoding="utf-8")
        return path
    return _save(fig, path)


_CSS = """body{font:16px system-ui,sans-serif;margin:1.5em;color:#222}h1{font-size:1.4em}
#chart{width:100%;max-width:1280px;border:1px solid #ddd}#legend span{margin-right:1.2em;cursor:pointer}
#legend span.off{opacity:.35}#tip{position:fixed;background:#fff;border:1px solid #999;padding:.3em .5em;
pointer-events:none;font-size:14px}table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;
padding:.2em .6em;text-align:left}.svg svg{max-width:100%;height:auto}"""

# Draws the chart from the JSON data (textContent only: names are never parsed as HTML).
_TREND_JS = r"""
(function(){
const D=JSON.parse(document.getElementById('data').textContent), S=D.series, svg=document.getElementById('chart');
const tip=document.getElementById('tip'), legend=document.getElementById('legend'), NS='http://www.w3.org/2000/svg';
const W=1280,H=640,L=80,R=30,T=20,B=60; const off=new Set(); let mode='papers';
function el(n,a,p){const e=document.createElementNS(NS,n);for(const k in a)e.setAttribute(k,a[k]);(p||svg).appendChild(e);return e;}
function draw(){
  while(svg.firstChild)svg.removeChild(svg.firstChild);
  const ys=S.flatMap(s=>s.years), y0=Math.min(...ys), y1=Math.max(...ys);
  const vis=S.filter(s=>!off.has(s.name)); const vmax=Math.max(1e-9,...vis.flatMap(s=>s[mode]));
  const x=y=>L+(y1===y0?0.5:(y-y0)/(y1-y0))*(W-L-R), y=v=>H-B-(v/vmax)*(H-T-B);
  for(let i=0;i<=5;i++){const v=vmax*i/5;el('line',{x1:L,x2:W-R,y1:y(v),y2:y(v),stroke:'#eee'});
    el('text',{x:L-8,y:y(v)+5,'text-anchor':'end','font-size':14}).textContent=mode==='share'?v.toFixed(2)+'%':Math.round(v);}
  const step=Math.max(1,Math.ceil((y1-y0)/12));
  for(let yr=y0;yr<=y1;yr+=step)el('text',{x:x(yr),y:H-B+24,'text-anchor':'middle','font-size':14}).textContent=yr;
  S.forEach((s,i)=>{ if(off.has(s.name))return; const c=D.colours[i%D.colours.length];
    el('polyline',{points:s.years.map((yr,j)=>x(yr)+','+y(s[mode][j])).join(' '),fill:'none',stroke:c,'stroke-width':3});
    s.years.forEach((yr,j)=>{const p=el('circle',{cx:x(yr),cy:y(s[mode][j]),r:5,fill:c});
      p.addEventListener('mousemove',ev=>{tip.hidden=false;tip.style.left=(ev.clientX+12)+'px';tip.style.top=(ev.clientY+12)+'px';
        tip.textContent=s.name+', '+yr+': '+s.papers[j]+' of '+s.totals[j]+' papers ('+s.share[j].toFixed(2)+'%)';});
      p.addEventListener('mouseleave',()=>{tip.hidden=true;});});});
}
S.forEach((s,i)=>{const b=document.createElement('span');b.style.color=D.colours[i%D.colours.length];b.textContent='\u25a0 '+s.name;
  b.addEventListener('click',()=>{off.has(s.name)?off.delete(s.name):off.add(s.name);b.classList.toggle('off');draw();});legend.appendChild(b);});
document.querySelectorAll('input[name=m]').forEach(r=>r.addEventListener('change',()=>{mode=r.value;draw();}));
draw();
})();
"""
