"""`paperkg load --replace`: a new extraction of papers the store holds takes the place of their stored facts.

A merging load refuses a stored paper whose facts differ from the input's (GraphStore.refuse_changed_facts):
merging would keep both extractions. A replacing load instead makes a GraphDelta (graph/store.py) and applies
it, all or nothing (LadybugDB: a copy of the file renamed over the store; Neo4j: one transaction):

- every input paper the store holds loses its relationships and results (and the results' relationships);
  the input's are written instead, and its year, venue and source are set (its title and abstract must be
  the stored ones: a paper id names one text, refused as in a merge);
- papers the store lacks are added; papers not in the input are untouched;
- entity, model family and repository nodes the old or new facts link: a node nothing links any more is
  deleted; a node only input papers (and their results) link is the input's row, as a one-shot load of the
  input with the other stored papers would make it; a node other stored papers link too keeps its stored row,
  merged with the input's as a merging load merges (name kept, aliases unioned, a missing family filled).
  The store keeps no record of which paper gave an alias, so an alias only the old extraction gave to such a
  shared node stays;
- the word and name index (graph/terms.py) follows: the new papers' words, the name rows of the nodes made,
  changed or deleted; a replaced paper's words stay (its text is the same);
- a replaced paper that a build wrote keeps its Extraction row without its resolution fingerprint, so the
  next `paperkg build` resolves it again (as after a merging load into it).
"""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pandas as pd

from paperkg.graph import schema
from paperkg.graph.incremental import DIFFED, plain_cell, rels_from, term_delta
from paperkg.graph.store import GraphDelta, GraphStore, LoadReport, plain_scalar
from paperkg.graph.tables import GraphTables

# Keys per key-lookup query (a bounded parameter each, as the other scoped reads).
CHUNK = 5000
_FAM = (schema.IN_FAMILY, schema.MODEL.label, schema.MODEL_FAMILY.label)
_VAR = (schema.VARIANT_OF, schema.METHOD.label, schema.METHOD.label)


def replace_papers(store: GraphStore, tables: GraphTables) -> LoadReport:
    """Write the tables' papers into the store, their stored facts replaced (see the module docstring)."""
    return store.apply(replace_delta(store, tables), atomic=True)


def replace_delta(store: GraphStore, tables: GraphTables) -> GraphDelta:
    """What the store must change so that the tables' papers hold exactly the tables' facts."""
    tables = tables.without_derived()
    store.refuse_changed_papers(tables, facts=False)
    P, R, ex = schema.PAPER, schema.RESULT, schema.EXTRACTION
    papers = tables.nodes[P.label]
    ids = sorted(set(papers[P.key]))
    stored_papers = _stored_rows(store, P, ids)
    stored_ids = sorted(stored_papers)
    new_ids = set(ids) - set(stored_ids)
    delta = GraphDelta(papers=ids)

    # The stored papers' relationships and results go, the input's come; their other properties are set.
    old_rels = rels_from(store, P.label, stored_ids)
    old_results = sorted({dst for (rel, _, _), pairs in old_rels.items() if rel == schema.REPORTS_RESULT
                          for _, dst in pairs})
    old_rels.update(rels_from(store, R.label, old_results))
    delta.delete_rels = {k: v for k, v in old_rels.items() if v}
    delta.delete_nodes[R.label] = old_results
    nodes = {P.label: papers[papers[P.key].isin(new_ids)], R.label: tables.nodes[R.label]}
    rels = {k: df for k, df in tables.rels.items() if k[1] in (P.label, R.label)}
    given = _rows(P, papers[papers[P.key].isin(stored_ids)])
    _diff(delta, nodes, P, stored_papers, given)
    extraction = _stored_rows(store, ex, stored_ids)
    _diff(delta, nodes, ex, extraction, {k: {**row, "resolved": None} for k, row in extraction.items()})

    # Entity and repository nodes the old or the new facts link.
    old_links: Counter = Counter()
    touched: dict[str, set] = {nt.label: set() for nt in DIFFED}
    for (_, _, target), pairs in old_rels.items():
        if target in touched:
            touched[target].update(b for _, b in pairs)
            old_links.update((target, b) for _, b in pairs)
    for label in touched:
        df = tables.nodes.get(label)
        if df is not None and len(df):
            touched[label].update(df[schema.NODE_BY_LABEL[label].key])
    named = []  # (key, stored row, wanted row) of the entity and family nodes made, changed or deleted
    # touched model or method -> other stored papers link it too (None: deleted)
    fates: dict[str, dict[str, bool | None]] = {schema.MODEL.label: {}, schema.METHOD.label: {}}
    for nt in DIFFED:
        if nt.label == schema.MODEL_FAMILY.label:
            continue
        keys = sorted(touched[nt.label])
        have, given = _stored_rows(store, nt, keys), _rows(nt, tables.nodes.get(nt.label))
        links = _links_in(store, nt.label, keys)
        want = {}
        for k in keys:
            shared = links.get(k, 0) > old_links[(nt.label, k)]
            want[k] = (_merged(have[k], given[k]) if k in given else have[k]) if shared else given.get(k)
            if nt.label in fates:
                fates[nt.label][k] = shared if want[k] is not None else None
        made = _diff(delta, nodes, nt, have, want)
        named += made if nt.label != schema.REPOSITORY.label else []

    models = fates[schema.MODEL.label]
    # IN_FAMILY from the touched models (the input's; a shared model's stored ones too), then the family nodes.
    have_fam = set(rels_from(store, schema.MODEL.label, sorted(models), only=_FAM)[_FAM])
    want_fam = {(m, f) for m, f in _pairs(tables.rels.get(_FAM)) if models.get(m) is not None}
    want_fam |= {(m, f) for m, f in have_fam if models.get(m)}
    delta.delete_rels[_FAM] = sorted(have_fam - want_fam)
    rels[_FAM] = pd.DataFrame(sorted(want_fam - have_fam), columns=["src", "dst"])
    fam = schema.MODEL_FAMILY
    fkeys = sorted(touched[fam.label] | {f for _, f in have_fam | want_fam})
    have, given = _stored_rows(store, fam, fkeys), _rows(fam, tables.nodes.get(fam.label))
    links = _links_in(store, fam.label, fkeys)
    held, wanted = Counter(f for _, f in have_fam), Counter(f for _, f in want_fam)
    want = {}
    for k in fkeys:
        other = links.get(k, 0) - held[k]  # models not touched that keep their link to it
        if other + wanted[k] == 0:
            want[k] = None
        elif k in have and k in given:
            want[k] = _merged(have[k], given[k]) if other else given[k]
        else:
            want[k] = have.get(k) or given.get(k)
    named += _diff(delta, nodes, fam, have, want)
    _variant_delta(store, delta, rels, tables, fates[schema.METHOD.label])

    # The word and name index: the new papers' words, the name rows of the nodes made, changed or deleted.
    new_papers = [SimpleNamespace(id=r[P.key], title=r["title"], abstract=r["abstract"])
                  for r in nodes[P.label].to_dict("records")]
    delta.delete_nodes[schema.TERM.label], nodes[schema.TERM.label] = term_delta(store, new_papers, named)
    delta.tables = GraphTables(nodes, rels)
    return delta


def _variant_delta(store: GraphStore, delta: GraphDelta, rels: dict, tables: GraphTables,
                   methods: dict[str, bool | None]) -> None:
    """VARIANT_OF from and to the touched methods (``methods``: touched key -> other stored papers link it too,
    None: deleted): the input's links (to a base of the input, or of the store: GraphTables.open_variants), and
    the stored ones of a variant that is not touched or that other
    stored papers link too (their records give it), each while both its ends stay. A re-run adds nothing; a
    variant whose base changed or went loses the old link; a deleted method loses every link."""
    keys = sorted(methods)
    have = set(rels_from(store, schema.METHOD.label, keys, only=_VAR)[_VAR]) | _variants_into(store, keys)

    def stays(k: str) -> bool:
        return methods.get(k, True) is not None  # a method not touched stays

    given = _pairs(tables.rels.get(_VAR))
    # The input's links to a base none of its papers names: made where the store holds that base.
    bases = sorted({b for _, b in tables.open_variants})
    given |= {(v, b) for v, b in tables.open_variants if b in _stored_rows(store, schema.METHOD, bases)}
    want = {(v, b) for v, b in given if methods.get(v) is not None and stays(b)}
    want |= {(v, b) for v, b in have if (v not in methods or methods[v]) and stays(b)}
    delta.delete_rels[_VAR] = sorted(have - want)
    rels[_VAR] = pd.DataFrame(sorted(want - have), columns=["src", "dst"])


def _variants_into(store: GraphStore, keys: list[str]) -> set[tuple[str, str]]:
    """The stored (variant, base) VARIANT_OF pairs whose base is one of these method keys."""
    out: set[tuple[str, str]] = set()
    m, v = schema.METHOD.label, schema.VARIANT_OF
    for i in range(0, len(keys), CHUNK):
        df = store.run(f"UNWIND $keys AS k MATCH (b:{m} {{key: k}}) OPTIONAL MATCH (a:{m})-[:{v}]->(b) "
                       "WITH a, b WHERE a IS NOT NULL RETURN a.key AS src, b.key AS dst", {"keys": keys[i:i + CHUNK]})
        out |= set(zip(df["src"], df["dst"])) if len(df) else set()
    return out


def _columns(nt: schema.NodeType) -> list[str]:
    return [n for n, _ in nt.properties if n != schema.PAPERS]


def _row(nt: schema.NodeType, row: dict) -> dict:
    """A node row as plain values (nulls as None, aliases a sorted list), the same from a store or a table."""
    out = {c: _plain(row.get(c)) for c in _columns(nt)}
    if "aliases" in out:
        out["aliases"] = sorted(out["aliases"] or [])
    return out


def _plain(value):
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not isinstance(value, str)):
        value = plain_cell(value)
        if isinstance(value, (list, tuple)):
            return [plain_scalar(v) for v in value]
    return plain_scalar(value)


def _rows(nt: schema.NodeType, df: pd.DataFrame | None) -> dict[str, dict]:
    """A table's rows by key."""
    if df is None or not len(df):
        return {}
    return {r[nt.key]: _row(nt, r) for r in df.to_dict("records")}


def _stored_rows(store: GraphStore, nt: schema.NodeType, keys: list[str]) -> dict[str, dict]:
    """The stored rows of these keys (those the store holds), by key lookups."""
    cols, out = _columns(nt), {}
    for i in range(0, len(keys), CHUNK):
        df = store.run(f"UNWIND $keys AS k MATCH (n:{nt.label} {{`{nt.key}`: k}}) RETURN "
                       + ", ".join(f"n.`{c}` AS `{c}`" for c in cols), {"keys": keys[i:i + CHUNK]})
        out.update((r[nt.key], _row(nt, r)) for r in df.to_dict("records"))
    return out


def _links_in(store: GraphStore, label: str, keys: list[str]) -> dict[str, int]:
    """Per key, the relationships into the node from papers, results and models (IN_FAMILY); not a variant's
    VARIANT_OF (a base that no paper links any more goes, and its variants' links with it)."""
    key = schema.NODE_BY_LABEL[label].key
    sources = sorted({rt.source for rt in schema.REL_TYPES
                      if rt.target == label and rt.type not in (schema.EVALUATED_ON, schema.VARIANT_OF)})
    out: Counter = Counter()
    for source in sources:
        for i in range(0, len(keys), CHUNK):
            df = store.run(f"UNWIND $keys AS k MATCH (n:{label} {{`{key}`: k}}) MATCH (a:{source})-->(n) "
                           f"RETURN n.`{key}` AS key, count(a) AS c", {"keys": keys[i:i + CHUNK]})
            out.update(dict(zip(df["key"], map(int, df["c"]))) if len(df) else {})
    return out


def _merged(have: dict, given: dict) -> dict:
    """A stored node merged with the input's, as a merging load merges: the name kept, the other name and the
    aliases unioned, a missing model family filled."""
    out = dict(have)
    if "aliases" in have:
        names = set(have["aliases"]) | set(given["aliases"])
        if given["name"] != have["name"]:
            names.add(given["name"])
        out["aliases"] = sorted(names - {have["name"]})
    if "family" in have and have["family"] is None:
        out["family"] = given["family"]
    return out


def _diff(delta: GraphDelta, nodes: dict[str, pd.DataFrame], nt: schema.NodeType, have: dict[str, dict],
          want: dict[str, dict | None]) -> list[tuple]:
    """Put into the delta the nodes of a label to delete (wanted None), create (not stored) and set (stored
    otherwise); returns them as (key, stored row, wanted row)."""
    out = [(k, have.get(k), row) for k, row in sorted(want.items()) if have.get(k) != row]
    gone = [k for k, _, row in out if row is None]
    if gone:
        delta.delete_nodes[nt.label] = delta.delete_nodes.get(nt.label, []) + gone
    made = [row for k, old, row in out if old is None and row is not None]
    if made:
        frame = pd.DataFrame(made, columns=_columns(nt))
        nodes[nt.label] = pd.concat([nodes[nt.label], frame], ignore_index=True) if nt.label in nodes else frame
    changed = [row for _, old, row in out if old is not None and row is not None]
    if changed:
        delta.update_nodes[nt.label] = pd.DataFrame(changed, columns=_columns(nt))
    return out


def _pairs(df: pd.DataFrame | None) -> set[tuple[str, str]]:
    return set(zip(df["src"], df["dst"])) if df is not None and len(df) else set()
