"""Related papers: ranked by the entities (and code) they share, rarer shared entities weighing more.

Weight of a shared entity = 1 / log10(1 + d), where d is the number of papers naming it (the query paper
included), the Adamic-Adar weighting: two papers sharing a benchmark only they use are more related than two
papers both using the most popular one. Same formula as the canned query ``related-papers``, and the same fast
path: d is the ``papers`` count every load stores on the node, not counted per query. Hubs (entities named by
more than 1 % of the store's papers, and by more than 50) are skipped, as in the canned query: "accuracy" or
"deep learning" relate thousands of papers and explain nothing.
"""

from __future__ import annotations

import math
from collections import defaultdict

import pandas as pd

from paperkg import queries
from paperkg.errors import QueryError
from paperkg.graph import terms
from paperkg.graph.store import GraphStore

COLUMNS = ["paper", "year", "title", "shared", "score", "shared_entities", "explanation"]
HUB_SHARE_PERCENT, HUB_MIN_PAPERS = 1, 50

# Papers naming any of the given entities (by key, or by lower-cased name/alias) or linking the given code.
# $-parameters are bound to names with WITH first: LadybugDB 0.22 rejects a parameter inside any(...).
# The entities are found first (WITH e), then their papers: 3x faster than filtering every relationship.
_BY_ENTITIES = """
WITH $keys AS keys, $names AS names
MATCH (e:Method|Dataset|Benchmark|Task|Metric|Model|ModelFamily)
WHERE (e.key IN keys OR toLower(e.name) IN names OR any(a IN e.aliases WHERE toLower(a) IN names))
WITH e
MATCH (x:Paper)-->(e)
RETURN DISTINCT x.id AS paper, x.year AS year, x.title AS title, e.key AS key, e.name AS name, e.papers AS papers
"""
_BY_CODE = """
MATCH (r:Repository)
WHERE r.url IN $urls
WITH r
MATCH (x:Paper)-->(r)
RETURN DISTINCT x.id AS paper, x.year AS year, x.title AS title, r.url AS key, r.url AS name, r.papers AS papers
"""


def hub_threshold(store: GraphStore) -> int:
    """Entities named by more papers than this are hubs: 1 % of the store's papers, at least 50."""
    n = int(store.run("MATCH (t:Paper) RETURN count(t) AS n").iloc[0, 0])
    return max(n * HUB_SHARE_PERCENT // 100, HUB_MIN_PAPERS)


def find_paper(store: GraphStore, query: str) -> tuple[str, str | None]:
    """(id, title) of a stored paper given by its id, else by title words: the best hit of the ``papers``
    query that holds every word; QueryError when nothing matches."""
    found = store.run("MATCH (p:Paper {id: $id}) RETURN p.id AS id, p.title AS title", {"id": query})
    if len(found):
        return str(found.iloc[0]["id"]), found.iloc[0]["title"]
    hits = queries.run("papers", store, text=query, limit=1)
    words = terms.words(query)  # the words the index holds (stop words are not among them)
    if not len(hits) or int(hits.iloc[0]["words"]) < len(words):
        raise QueryError(f"no paper with id {query!r} and none whose title or abstract holds all of its words "
                         "(try `paperkg papers WORDS`)")
    return str(hits.iloc[0]["paper"]), hits.iloc[0]["title"]


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
    df = queries.run("related-papers", store, paper=paper_id, limit=k)  # hubs skipped (hub_papers=0: auto)
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
    if len(rows):
        rows = rows[rows["papers"].fillna(0) <= hub_threshold(store)]
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
    titles, years = {}, {}
    for r in rows.drop_duplicates(["paper", "key"]).itertuples(index=False):
        shared[r.paper].append((degree[r.key], r.name))
        titles[r.paper] = r.title
        years[r.paper] = getattr(r, "year", None)
    out = []
    for paper, items in shared.items():
        items.sort()  # rarest first, then by name: the explanation lists the strongest evidence first
        score = sum(1.0 / math.log10(1.0 + d + 1) for d, _ in items)
        names = [n for _, n in items]
        out.append({"paper": paper, "year": years[paper], "title": titles[paper], "shared": len(items), "score": round(score, 4),
                    "shared_entities": names, "explanation": explanation(names)})
    df = pd.DataFrame(out, columns=COLUMNS)
    df = df.sort_values(["score", "shared", "paper"], ascending=[False, False, True], kind="stable")
    return df.head(k).reset_index(drop=True)
