"""Related papers: ranked by the entities (and code) they share, rarer shared entities weighing more.

Weight of a shared entity = 1 / log10(1 + d), where d is the number of papers naming it (the query paper
included), the Adamic-Adar weighting: two papers sharing a benchmark only they use are more related than two
papers both using the most popular one. Same formula as the canned query ``related-papers``, and the same fast
path: d is the ``papers`` count every load stores on the node, not counted per query.
"""

from __future__ import annotations

import math
from collections import defaultdict

import pandas as pd

from paperkg import queries
from paperkg.errors import QueryError
from paperkg.graph.store import GraphStore

COLUMNS = ["paper", "title", "shared", "score", "shared_entities", "explanation"]

# Papers naming any of the given entities (by key, or by lower-cased name/alias) or linking the given code.
# $-parameters are bound to names with WITH first: LadybugDB 0.22 rejects a parameter inside any(...).
# The entities are found first (WITH e), then their papers: 3x faster than filtering every relationship.
_BY_ENTITIES = """
WITH $keys AS keys, $names AS names
MATCH (e)
WHERE e.key IS NOT NULL AND (e.key IN keys OR toLower(e.name) IN names OR any(a IN e.aliases WHERE toLower(a) IN names))
WITH e
MATCH (x:Paper)-->(e)
RETURN DISTINCT x.id AS paper, x.title AS title, e.key AS key, e.name AS name, e.papers AS papers
"""
_BY_CODE = """
MATCH (r:Repository)
WHERE r.url IN $urls
WITH r
MATCH (x:Paper)-->(r)
RETURN DISTINCT x.id AS paper, x.title AS title, r.url AS key, r.url AS name, r.papers AS papers
"""


def explanation(names: list[str]) -> str:
    return "shares " + ", ".join(names)


def related_papers(store: GraphStore, paper_id: str | None = None, text: str | None = None, k: int = 10) -> pd.DataFrame:
    """Papers related to a stored paper (paper_id) or to a new abstract (text), best first, with an explanation."""
    if (paper_id is None) == (text is None):
        raise QueryError("give exactly one of a paper id or a text")
    if paper_id is not None:
        return _related_to_stored(store, paper_id, k)
    return _related_to_text(store, text, k)


def _related_to_stored(store: GraphStore, paper_id: str, k: int) -> pd.DataFrame:
    found = store.run("MATCH (p:Paper {id: $id}) RETURN count(p) AS n", {"id": paper_id})
    if not len(found) or int(found.iloc[0, 0]) == 0:
        raise QueryError(f"no paper with id {paper_id!r} in the store (try `paperkg query search` or load it first)")
    df = queries.run("related-papers", store, paper=paper_id, limit=k)
    df = df.copy()
    df["shared_entities"] = [list(v) for v in df["shared_entities"]]
    df["explanation"] = [explanation(v) for v in df["shared_entities"]]
    return df[COLUMNS].reset_index(drop=True)


def _related_to_text(store: GraphStore, text: str, k: int) -> pd.DataFrame:
    from paperkg.extract.pipeline import extract_papers  # the extractor is heavy: import on demand
    from paperkg.extract.records import Paper

    if not text.strip():
        raise QueryError("the text is empty")
    [extracted] = extract_papers([Paper(id="query", title=None, abstract=text)])
    keys = sorted({e.id for e in extracted.entities})
    names = sorted({n.lower() for e in extracted.entities for n in [e.name, *e.aliases]})
    rows = store.run(_BY_ENTITIES, {"keys": keys, "names": names}) if keys else pd.DataFrame()
    if extracted.code:
        code = store.run(_BY_CODE, {"urls": sorted(extracted.code)})
        rows = pd.concat([rows, code], ignore_index=True) if len(rows) else code
    return rank(rows, k)


def rank(rows: pd.DataFrame, k: int) -> pd.DataFrame:
    """Rank papers from (paper, title, key, name[, papers]) rows of shared entities; the query counts once in d.

    d is the stored ``papers`` count of the entity where the rows have it, else the papers in the rows.
    """
    if rows is None or not len(rows):
        return pd.DataFrame({c: [] for c in COLUMNS})
    degree = rows.groupby("key")["paper"].nunique().to_dict()
    if "papers" in rows:
        degree.update({key: int(n) for key, n in zip(rows["key"], rows["papers"]) if not pd.isna(n)})
    shared: dict[str, list[tuple[int, str]]] = defaultdict(list)
    titles = {}
    for r in rows.drop_duplicates(["paper", "key"]).itertuples(index=False):
        shared[r.paper].append((degree[r.key], r.name))
        titles[r.paper] = r.title
    out = []
    for paper, items in shared.items():
        items.sort()  # rarest first, then by name: the explanation lists the strongest evidence first
        score = sum(1.0 / math.log10(1.0 + d + 1) for d, _ in items)
        names = [n for _, n in items]
        out.append({"paper": paper, "title": titles[paper], "shared": len(items), "score": round(score, 4),
                    "shared_entities": names, "explanation": explanation(names)})
    df = pd.DataFrame(out, columns=COLUMNS)
    df = df.sort_values(["score", "shared", "paper"], ascending=[False, False, True], kind="stable")
    return df.head(k).reset_index(drop=True)
