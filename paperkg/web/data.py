"""What each page shows, read from a store through canned queries (queries/*.cypher, parameters only).

Nothing here reads the whole store: every page is a handful of queries anchored on one key or id, so a page
costs the same on a 6-paper store and on the 73k one. The functions return plain dicts and DataFrames; the
templates turn them into HTML (autoescaped).
"""

from __future__ import annotations

import math
import threading
from typing import Any

import networkx as nx
import pandas as pd

from paperkg import queries
from paperkg.errors import PaperkgError
from paperkg.graph import schema

SUGGEST_ENTITIES = 8
SUGGEST_PAPERS = 4
SEARCH_ENTITIES = 50
SEARCH_PAPERS = 25
NEIGHBOURS = 24  # co-occurring entities drawn around an entity
EVIDENCE_ROWS = 30
RELATED_PAPERS = 10
VARIANTS = 100  # a base's variants listed on its page (the most-named first; 73k: PCA has 17)
# Queries a form cannot drive (a list parameter): used by the pages, not listed as forms.
NOT_FORMS = frozenset({"evaluated-on-among"})


class NotFound(PaperkgError):
    """No entity, paper or query by that name: the page says so (HTTP 404)."""


class SharedStore:
    """A store several request threads may use: one query at a time (an embedded LadybugDB connection is not
    meant to be shared by threads; the Neo4j driver would be, but one lock keeps both stores alike)."""

    def __init__(self, store):
        self.store = store
        self.dialect = store.dialect
        self._lock = threading.Lock()

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        with self._lock:
            return self.store.run(cypher, params)

    def close(self) -> None:
        self.store.close()


def plain(value: Any) -> Any:
    """A DataFrame cell as a plain Python value: NaN/NA as None, numpy scalars and arrays as Python ones,
    whole floats (pandas turns an int column with a null into floats) as ints."""
    if value is None:
        return None
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() else value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: plain(v) for k, v in row.items()} for row in df.to_dict("records")]


def entity_type(label: str | None) -> str:
    """The display type of a node label: method, dataset, ..., model family."""
    if label == schema.MODEL_FAMILY.label:
        return "model family"
    return schema.TYPE_OF_LABEL.get(label or "", (label or "entity").lower())


def role_name(rel: str | None) -> str:
    """PROPOSES -> proposes, EVALUATES_ON -> evaluates on, ADDRESSES -> addresses."""
    return (rel or "").lower().replace("_", " ")


# -- search -------------------------------------------------------------------------------------------


def suggest(store, text: str) -> list[dict[str, Any]]:
    """As-you-type suggestions: the most-named entities whose name, alias or key contains text, then papers
    whose title does."""
    text = " ".join(text.split())
    if len(text) < 2:
        return []
    out = []
    for r in records(queries.run("suggest", store, text=text, limit=SUGGEST_ENTITIES)):
        out.append({"kind": "entity", "type": entity_type(r["type"]), "label": r["name"], "key": r["key"],
                    "papers": r["papers"], "url": entity_url(r["key"])})
    for r in records(queries.run("search-papers", store, text=text, limit=SUGGEST_PAPERS)):
        out.append({"kind": "paper", "type": "paper", "label": paper_label(r), "key": r["paper"],
                    "papers": None, "url": paper_url(r["paper"])})
    return out


def search(store, text: str) -> dict[str, Any]:
    text = " ".join(text.split())
    if not text:
        return {"text": "", "entities": [], "papers": []}
    entities = records(queries.run("search", store, text=text, limit=SEARCH_ENTITIES))
    for r in entities:
        r["type"] = entity_type(r["type"])
    papers = records(queries.run("search-papers", store, text=text, limit=SEARCH_PAPERS))
    return {"text": text, "entities": entities, "papers": papers}


def entity_url(key: str) -> str:
    from urllib.parse import quote

    return "/entity/" + quote(key, safe=":")


def paper_url(paper_id: str) -> str:
    from urllib.parse import quote

    return "/paper/" + quote(paper_id, safe=":")


def paper_label(row: dict[str, Any]) -> str:
    """A paper's title, or what it is when it has none (never a bare hash)."""
    title = " ".join(str(row.get("title") or "").split())
    if title:
        return title
    parts = [str(v) for v in (row.get("venue"), row.get("year")) if v]
    return "untitled paper" + (f" ({', '.join(parts)})" if parts else "")


# -- entity -------------------------------------------------------------------------------------------


def entity(store, key: str) -> dict[str, Any]:
    """Everything the entity page shows; NotFound when no entity has this key."""
    card = records(queries.run("entity-card", store, key=key))
    if not card:
        raise NotFound(f"no entity with key {key!r} in this graph")
    e = card[0]
    e["label"] = e["type"]
    e["type"] = entity_type(e["type"])
    e["aliases"] = [a for a in (e.get("aliases") or []) if a and a != e["name"]]
    years = records(queries.run("entity-years", store, key=key))
    evaluated_on = evaluated_here = []
    if e["label"] == schema.METHOD.label:
        evaluated_on = _with_roles(records(queries.run("entity-evaluated-on", store, key=key)))
    if e["label"] in (schema.BENCHMARK.label, schema.DATASET.label):
        evaluated_here = _with_roles(records(queries.run("entity-evaluated-here", store, key=key)))
    co = records(queries.run("entity-co-occurring", store, key=key, limit=NEIGHBOURS))
    for r in co:
        r["label"], r["type"] = r["type"], entity_type(r["type"])
    evidence = records(queries.run("entity-evidence", store, key=key, limit=EVIDENCE_ROWS))
    for r in evidence:
        r["role"] = role_name(r["role"])
        r["label"] = paper_label(r)
    family = {"name": e["family"], "key": e.get("family_key")} if e.get("family") else None
    return {"entity": e, "years": years, "evaluated_on": evaluated_on, "evaluated_here": evaluated_here,
            "co_occurring": co, "evidence": evidence, "family": family, **method_variants(store, e),
            "models": _family_models(store, e) if e["label"] == schema.MODEL_FAMILY.label else []}


def method_variants(store, e: dict[str, Any]) -> dict[str, Any]:
    """A method's variant link (VARIANT_OF, docs/history/family30.md) from its entity-card row e:
    variant_of, its base ({name, key}) or None; variants, a base's variants ({name, key, papers}: that node's
    own papers), most-named first, at most VARIANTS; variants_total, how many it has; family_papers, the papers
    naming the base or any variant, each once (None when it has no variant). Read with query method-variants."""
    base = {"name": e["variant_of"], "key": e["variant_of_key"]} if e.get("variant_of_key") else None
    out: dict[str, Any] = {"variant_of": base, "variants": [], "variants_total": int(e.get("variants") or 0),
                           "family_papers": None}
    if out["variants_total"] == 0:
        return out
    # The key names this base alone (a name could name a variant, and its base's family would answer).
    rows = [r for r in records(queries.run("method-variants", store, method=e["key"], limit=VARIANTS + 1))
            if r["base_key"] == e["key"]]
    out["variants"] = [{"name": r["method"], "key": r["method_key"], "papers": r["papers"]}
                       for r in rows if r["relation"] == "variant"]
    out["family_papers"] = rows[0]["family_papers"] if rows else None
    return out


def _with_roles(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        r["type"] = entity_type(r["type"])
        r["role"] = role_name(r["role"])
    return rows


def _family_models(store, e: dict[str, Any]) -> list[dict[str, Any]]:
    return records(queries.run("model-family-usage", store, family=e["key"]))


def neighbourhood(store, key: str, limit: int = NEIGHBOURS, *, card: dict | None = None,
                  co: list[dict] | None = None) -> nx.MultiGraph:
    """The entity, the entities most often named in the same papers (an edge each, papers = how many they
    share), and the derived EVALUATED_ON pairs among those: a small graph in build_graph's node layout
    (label, name, key, papers), ready for graph.viz. card/co: the entity page's rows, not read twice."""
    if card is None:
        rows = records(queries.run("entity-card", store, key=key))
        if not rows:
            raise NotFound(f"no entity with key {key!r} in this graph")
        card = {**rows[0], "label": rows[0]["type"]}
    if co is None:
        co = records(queries.run("entity-co-occurring", store, key=key, limit=limit))
        for r in co:
            r["label"] = r["type"]
    G = nx.MultiGraph()  # sharing papers has no direction
    G.add_node(key, label=card["label"], name=card["name"], key=key, papers=card["papers"])
    for r in co:
        G.add_node(r["key"], label=r["label"], name=r["name"], key=r["key"], papers=r["papers"])
        G.add_edge(key, r["key"], key="SHARES_PAPERS", type="SHARES_PAPERS", papers=r["papers"])
    if card["label"] == schema.MODEL_FAMILY.label:  # no paper names a family itself: draw its models
        models = records(queries.run("model-family-usage", store, family=key))
        for r in models[:limit]:
            G.add_node(r["model_key"], label=schema.MODEL.label, name=r["model"], key=r["model_key"], papers=r["papers"])
            G.add_edge(r["model_key"], key, key=schema.IN_FAMILY, type=schema.IN_FAMILY)
    if len(G) > 1:
        for r in records(queries.run("evaluated-on-among", store, keys=list(G.nodes), limit=400)):
            G.add_edge(r["source"], r["target"], key=schema.EVALUATED_ON, type=schema.EVALUATED_ON, papers=r["papers"])
    G.graph["focus"] = [key]
    return G


# -- paper --------------------------------------------------------------------------------------------


def paper(store, paper_id: str) -> dict[str, Any]:
    """Everything the paper page shows; NotFound when no paper has this id."""
    card = records(queries.run("paper-card", store, paper=paper_id))
    if not card:
        raise NotFound(f"no paper with id {paper_id!r} in this graph")
    p = card[0]
    p["label"] = paper_label(p)
    ents = records(queries.run("paper-mentions", store, paper=paper_id))
    for r in ents:
        r["type"] = entity_type(r["type"])
        r["role"] = role_name(r["relation"])
    code = [r["url"] for r in records(queries.run("paper-code", store, paper=paper_id))]
    related = records(queries.run("related-papers", store, paper=paper_id, limit=RELATED_PAPERS))
    for r in related:
        r["label"] = paper_label(r)
        r["shared_entities"] = [s for s in (r.get("shared_entities") or []) if s]
    return {"paper": p, "entities": ents, "code": code, "related": related}


# -- canned queries -----------------------------------------------------------------------------------


def forms() -> list[queries.CannedQuery]:
    """The canned queries a form can drive, by name."""
    return [q for q in queries.list_queries() if q.name not in NOT_FORMS]


def query_form(name: str) -> queries.CannedQuery:
    for q in forms():
        if q.name == name:
            return q
    raise NotFound(f"no canned query named {name!r}")


def run_query(store, q: queries.CannedQuery, given: dict[str, str]) -> pd.DataFrame:
    """Run a form's query with the values typed in (empty fields count as not given)."""
    params = {k: v for k, v in given.items() if k in q.param_names and v.strip() != ""}
    return queries.run(q.name, store, **params)


def ready(q: queries.CannedQuery, given: dict[str, str]) -> bool:
    """Has every required parameter a value? (A form opened without them shows no result yet.)"""
    return all((given.get(p.name) or "").strip() for p in q.params if p.required)
