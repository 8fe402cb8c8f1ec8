"""Building a store in parts: any split, any order, the same graph as one build of everything.

Corpus-wide resolution (extract/canonical.py) decides names, senses and types from all papers at once: an
acronym defined in this week's papers changes what a bare use in last month's means. So a store keeps every
paper's map-step result (schema.EXTRACTION, "the lexicon"), and each `paperkg build` into it:

1. plans (graph/plan.py): a paper whose content and extractor version are unchanged is not extracted again
   (a re-run of the same corpus reads only the stored ids and stamps, extracts nothing and writes nothing);
2. extracts only new papers (and stored ones an older extractor read);
3. resolves the whole corpus again (canonicalise over stored + new), so the result equals a build of
   everything at once;
4. writes back only what changed (a GraphDelta, graph/store.py): the papers whose resolution changed (each
   stored paper's resolution is fingerprinted in its Extraction row) get their relationships and results
   rewritten, and the entity, family and repository nodes are computed from every paper and diffed against
   the store. Adding 1,000 papers to the 73k store changed the resolution of 196 stored papers.

A paper id that the store holds with other content is refused (which version is right is the user's call).
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import gc
import hashlib
import json
import marshal
import os
import zlib
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from paperkg.extract.canonical import LocalResult, ScanMemo, canonicalise, canonicalise_with_memo
from paperkg.extract.records import ExtractedPaper, Mention, Paper
from paperkg.extract.results import attach_results
from paperkg.extract.resolve import LocalEntity
from paperkg.graph import schema
from paperkg.graph.build import RESULT_ONLY, build_graph, family_key, family_name, result_metric_node, variant_links
from paperkg.graph.plan import (  # noqa: F401  (planning lives in graph/plan.py: a re-run needs nothing else)
    BuildPlan, content_hash, extractor_version, plan_build, stamp, stored_papers,
)
from paperkg.graph.store import GraphDelta
from paperkg.graph.tables import GraphTables, RelKey, graph_tables, tables_from_papers
from paperkg.graph.terms import COMPACT_MIN_IDS, COMPACT_SHARE, RECENT, logical, term_rows


# -- the stored extraction -------------------------------------------------------------------------------


def encode(r: LocalResult) -> str:
    """A map-step result as compact, compressed text for the Extraction table."""
    entities = []
    for e in r.entities:
        d = {f.name: getattr(e, f.name) for f in dataclasses.fields(e)}
        d["mentions"] = [dataclasses.astuple(m) for m in e.mentions]
        entities.append(d)
    data = {"entities": entities, "urls": r.urls, "definitions": r.definitions, "sentences": r.sentences}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.b64encode(zlib.compress(raw, 6)).decode("ascii")


def decode(paper: Paper, text: str) -> LocalResult:
    data = json.loads(zlib.decompress(base64.b64decode(text)))
    entities = []
    for d in data["entities"]:
        d["mentions"] = [Mention(*m) for m in d["mentions"]]
        entities.append(LocalEntity(**d))
    return LocalResult(
        paper, entities, data["urls"], [tuple(x) for x in data["definitions"]], [tuple(x) for x in data["sentences"]]
    )


def extraction_table(results: Sequence[LocalResult], resolved: dict[str, str] | None = None,
                     stored: dict[str, tuple[str, str]] | None = None) -> pd.DataFrame:
    """The Extraction rows of these papers; a paper kept from the store keeps its stored hash and data (not
    encoded again). ``resolved``: each paper's resolution fingerprint."""
    stored, resolved = stored or {}, resolved or {}
    rows = []
    for r in results:
        pid = r.paper.id
        hash_, data = stored[pid] if pid in stored else (stamp(r.paper), encode(r))
        rows.append({"id": pid, "hash": hash_, "data": data, "resolved": resolved.get(pid)})
    return (pd.DataFrame(rows, columns=["id", "hash", "data", "resolved"]).sort_values("id", kind="stable")
            .reset_index(drop=True))


@lru_cache(maxsize=1)
def writer_version() -> str:
    """A fingerprint of the code that turns a resolved paper into rows (graph build, tables, schema): rows
    written by other code are written again."""
    h = hashlib.sha256()
    root = resources.files("paperkg.graph")
    for name in ("build.py", "tables.py", "schema.py"):
        h.update(root.joinpath(name).read_bytes())
    return h.hexdigest()[:8]


def resolved_fingerprint(paper: ExtractedPaper) -> str:
    """What resolution made of a paper: its entities (ids, names, types, roles, aliases, families, mentions) and
    code links, with the writer's version. Equal fingerprints: the paper's rows in the store are as they must
    be (its results and evidence follow from these and its unchanged text)."""
    # The text of repr(([(e.id, e.name, e.type, e.role, tuple(e.aliases), e.family, tuple(e.mentions)) for e in
    # paper.entities], tuple(paper.code), writer_version())), the stored fingerprints' text, written out: the
    # dataclass repr of the mentions was two thirds of fingerprinting the 73k corpus.
    entities = ", ".join(f"({e.id!r}, {e.name!r}, {e.type!r}, {e.role!r}, {tuple(e.aliases)!r}, {e.family!r}, "
                         f"{_tuple_text([_mention_text(m) for m in e.mentions])})" for e in paper.entities)
    text = f"([{entities}], {tuple(paper.code)!r}, {writer_version()!r})"
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _mention_text(m: Mention) -> str:
    """repr(m), as the dataclass makes it."""
    return (f"Mention(text={m.text!r}, start={m.start!r}, end={m.end!r}, sentence={m.sentence!r}, rule={m.rule!r}, "
            f"field={m.field!r})")


def _tuple_text(items: list[str]) -> str:
    """repr of a tuple whose items' reprs are these."""
    return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"


def stored_fingerprints(store) -> dict[str, str]:
    """Paper id -> the resolution fingerprint the store's rows were written with (none: written otherwise)."""
    df = store.run("MATCH (x:Extraction) WHERE x.resolved IS NOT NULL RETURN x.id AS id, x.resolved AS resolved")
    return dict(zip(df["id"], df["resolved"])) if len(df) else {}


# -- one build ---------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _quiet_gc() -> Iterator[None]:
    """No cycle collection while the corpus is decoded and resolved and its rows are made: millions of young
    objects made the collector re-scan the growing heap again and again (canonicalise of the 73k corpus: 30 s
    with, 16 s without, same peak memory: nothing it makes is garbage until it returns). Held to the end of
    the stage of an addition (resolve_delta): re-enabled after canonicalise, the collector's full passes over the
    resolved corpus took 8 of the 65 s of CPU of adding 1,000 papers to the 73k store (node rows, the word
    index, tables)."""
    gc.freeze()
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
        gc.unfreeze()


def resolve(plan: BuildPlan, extracted: Sequence[LocalResult], memo_path=None) -> tuple[list[LocalResult], list[ExtractedPaper]]:
    """Stored and newly extracted papers resolved as one corpus (sorted by id): their local results and final
    papers (results not attached yet). The caller holds _quiet_gc. ``memo_path``: the store's scan memo
    (read_memo), used for the kept papers it vouches for and written again for the whole corpus."""
    results = sorted([*(decode(p, data) for p, data in plan.kept), *extracted], key=lambda r: r.paper.id)
    if memo_path is None:
        return results, canonicalise(results)
    stamps = {p.id: plan.stamp_of(p) for p, _ in plan.kept}  # hashed once (plan_build checked them)
    papers, memo = canonicalise_with_memo(results, read_memo(memo_path, [p for p, _ in plan.kept], stamps))
    for r in extracted:
        stamps[r.paper.id] = stamp(r.paper)
    write_memo(memo_path, memo, [r.paper for r in results], stamps)
    return results, papers


# -- the scans' memo: what the second look found in each stored paper ----------------------------------------

# 2: with the corpus index's sums; 3: with each group's canonical form and claims, each key's spellings;
# 4: with each paper's aliases per record row
MEMO_FORMAT = 4


def memo_path_of(store) -> Path | None:
    """The scan memo's file beside a LadybugDB store's file (none for Neo4j or a store in memory: the scans run
    whole there)."""
    path = getattr(store, "path", None)
    return None if path is None else Path(str(path) + ".scans")


def read_memo(path: Path, kept: Sequence[Paper], stamps: dict[str, str] | None = None) -> ScanMemo | None:
    """The memo's finds in the kept papers whose stamp (content hash and extractor version) is the one the memo
    was made with: none of another format or extractor, missing or unreadable (then the scans run whole, and the
    memo is written anew). ``stamps``: the kept papers' stamps if known (else hashed here)."""
    stamps_now = stamps or {}
    try:
        data = marshal.loads(path.read_bytes())
        if data["format"] != MEMO_FORMAT or data["version"] != extractor_version():
            return None
        memo = ScanMemo(data["names"], data["shorts"], data["first"], data["second"], data["index"], data["keys"],
                        data["groups"], data["forms"], data["claims"], data["aliases"])
        stamps = data["stamps"]
        if memo.index is not None and not _index_shaped(memo.index):
            return None
        if memo.groups is not None and not (_groups_shaped(memo.groups) and _forms_shaped(memo.forms)
                                            and _claims_shaped(memo.claims) and _aliases_shaped(memo.aliases)):
            return None
        return memo.restrict(p.id for p in kept if stamps.get(p.id) == (stamps_now.get(p.id) or stamp(p)))
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError):
        return None


_INDEX_PARTS = {"covered": list, "defs": dict, "spellings": dict, "bare": dict, "context": dict, "clusters": dict,
                "tops": dict}


def _index_shaped(index) -> bool:
    """The corpus index's sums as CorpusIndex.build makes them (a memo written by other code is not used)."""
    return isinstance(index, dict) and index.keys() == _INDEX_PARTS.keys() and all(
        isinstance(index[k], t) for k, t in _INDEX_PARTS.items())


def _groups_shaped(groups) -> bool:
    """Each group as canonical._groups_to_store makes it: (keys, sense inputs, (id, name, family, accepted))."""
    return isinstance(groups, dict) and all(
        isinstance(g, tuple) and len(g) == 3 and isinstance(g[0], list) and isinstance(g[1], list)
        and isinstance(g[2], tuple) and len(g[2]) == 4 and isinstance(g[2][3], set) for g in groups.values())


def _forms_shaped(forms) -> bool:
    """Each key's (class, (words, short forms)) as canonical._canonicalise stores them."""
    return isinstance(forms, dict) and all(
        isinstance(f, tuple) and len(f) == 2 and isinstance(f[0], str) and isinstance(f[1], tuple) and len(f[1]) == 2
        and isinstance(f[1][0], list) and isinstance(f[1][1], list) for f in forms.values())


def _claims_shaped(claims) -> bool:
    """Each group's claims as canonical._group_claims makes them: [(spelling, identity, support)]."""
    return isinstance(claims, dict) and all(
        isinstance(c, list) and all(isinstance(x, tuple) and len(x) == 3 and isinstance(x[2], int) for x in c)
        for c in claims.values())


def _aliases_shaped(aliases) -> bool:
    """Each paper's aliases per record row as canonical._canonicalise stores them: [[spelling]]."""
    return isinstance(aliases, dict) and all(
        isinstance(rows, list) and all(isinstance(a, list) and all(isinstance(x, str) for x in a) for a in rows)
        for rows in aliases.values())


def write_memo(path: Path, memo: ScanMemo, papers: Sequence[Paper], stamps: dict[str, str] | None = None) -> None:
    """Write the memo (atomically: a temporary file renamed over it), each paper's entry bound to its stamp.
    Written before the store is: a paper's finds hold for its text and the memo's spellings whatever the
    store holds, so a load that fails leaves no wrong entry."""
    stamps = stamps or {}
    data = {"format": MEMO_FORMAT, "version": extractor_version(),
            "stamps": {p.id: stamps.get(p.id) or stamp(p) for p in papers},
            "names": memo.names, "shorts": memo.shorts, "first": memo.first, "second": memo.second,
            "index": memo.index, "keys": memo.keys, "groups": memo.groups,
            "forms": memo.forms, "claims": memo.claims, "aliases": memo.aliases}
    # Named like a load's copy (".STORE.loading-*"), so the next writer removes it if this one was killed here.
    store_name = path.name[:-len(".scans")] if path.name.endswith(".scans") else path.name
    tmp = path.with_name(f".{store_name}.loading-scans-{os.getpid()}")
    try:
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a memo that cannot be written only costs the next build time


def resolve_all(plan: BuildPlan, extracted: Sequence[LocalResult], memo_path=None) -> tuple[list[ExtractedPaper], GraphTables]:
    """Resolve stored and newly extracted papers as one corpus; the final papers and the store's whole tables.
    (The collector is back on for the tables of every paper: a one-shot build's peak memory was not measured
    with it off.)"""
    with _quiet_gc():
        results, papers = resolve(plan, extracted, memo_path)
    papers = attach_results(papers)
    tables = tables_from_papers(papers)
    resolved = {p.id: resolved_fingerprint(p) for p in papers}
    tables.nodes[schema.EXTRACTION.label] = extraction_table(results, resolved, dict(plan.kept_data()))
    return papers, tables


# -- writing back what changed ------------------------------------------------------------------------------


def resolve_delta(plan: BuildPlan, extracted: Sequence[LocalResult], store,
                  with_results: set[str] = frozenset()) -> tuple[list[ExtractedPaper], GraphDelta]:
    """Resolve the corpus (stored + new papers) and what the store must change to hold it: the final papers
    (results attached to the rewritten ones and to ``with_results``) and the delta. ``store`` is open
    read-only; nobody writes it meanwhile (the build holds the writer lock)."""
    with _quiet_gc():
        return _resolve_delta(plan, extracted, store, with_results)


def _resolve_delta(plan: BuildPlan, extracted: Sequence[LocalResult], store,
                   with_results: set[str]) -> tuple[list[ExtractedPaper], GraphDelta]:
    results, papers = resolve(plan, extracted, memo_path_of(store))
    fingerprints = stored_fingerprints(store)
    resolved = {p.id: resolved_fingerprint(p) for p in papers}
    fresh = {p.id for p in plan.new} | {p.id for p in plan.redo}
    rewritten = [p for p in papers if p.id in fresh or fingerprints.get(p.id) != resolved[p.id]]
    ids = {p.id for p in rewritten}
    attach_results([p for p in papers if p.id in ids or p.id in with_results])
    sub = graph_tables(build_graph(rewritten))  # their rows only: VARIANT_OF is diffed below, from every paper
    stored_ids = {p.id for p, _ in plan.kept} | {p.id for p in plan.redo}
    old_ids = sorted(ids & stored_ids)

    delta = GraphDelta(papers=sorted(ids))
    # The rewritten papers' relationships and results: the old ones go, the new ones come.
    old_rels = rels_from(store, schema.PAPER.label, old_ids)
    old_results = sorted({dst for (rel, _, _), pairs in old_rels.items() if rel == schema.REPORTS_RESULT
                          for _, dst in pairs})
    old_rels.update(rels_from(store, schema.RESULT.label, old_results))
    delta.delete_rels = {k: v for k, v in old_rels.items() if v}
    delta.delete_nodes[schema.RESULT.label] = old_results
    new_ids = {p.id for p in plan.new}
    nodes = {schema.PAPER.label: sub.nodes[schema.PAPER.label][sub.nodes[schema.PAPER.label]["id"].isin(new_ids)],
             schema.RESULT.label: sub.nodes[schema.RESULT.label]}
    rels = {k: df for k, df in sub.rels.items() if k[1] in (schema.PAPER.label, schema.RESULT.label)}
    # Their Extraction rows are written last: a Neo4j load cut short leaves them without one, so the next
    # build sees them as changed and completes them.
    delta.delete_nodes[schema.EXTRACTION.label] = sorted(ids & set(_extraction_ids(store, sorted(ids))))
    nodes[schema.EXTRACTION.label] = extraction_table([r for r in results if r.paper.id in ids], resolved,
                                                      dict(plan.kept_data(ids)))

    # Entity, family and repository nodes (and IN_FAMILY) follow from every paper: computed whole, diffed.
    metrics = _result_metrics(store, ids)
    for p in rewritten:
        metrics[p.id] = [r.metric for r in p.results]
    want_nodes, want_family = node_rows(papers, metrics)
    named = []  # the entity and family nodes created, changed or deleted: (key, stored row, wanted row)
    for nt in DIFFED:
        have = _stored_nodes(store, nt)
        want = want_nodes[nt.label]
        delta.delete_nodes[nt.label] = sorted(set(have) - set(want))
        changed = [row for k, row in sorted(want.items()) if k in have and have[k] != row]
        created = [row for k, row in sorted(want.items()) if k not in have]
        if nt.label != schema.REPOSITORY.label:
            named += [(k, have.get(k), want.get(k)) for k in sorted(set(have) | set(want)) if have.get(k) != want.get(k)]
        cols = [n for n, _ in nt.properties if n != schema.PAPERS]
        if changed:
            delta.update_nodes[nt.label] = pd.DataFrame(changed, columns=cols)
        nodes[nt.label] = _frame(nt, created)
    # The word and name index (graph/terms.py): the new papers' words join the rows they name, the name rows
    # change where a node they name changed.
    delta.delete_nodes[schema.TERM.label], nodes[schema.TERM.label] = term_delta(store, plan.new, named)
    fam = (schema.IN_FAMILY, schema.MODEL.label, schema.MODEL_FAMILY.label)
    have_family = set(rels_from(store, schema.MODEL.label, None, only=fam)[fam])
    delta.delete_rels[fam] = sorted(have_family - want_family)
    rels[fam] = pd.DataFrame(sorted(want_family - have_family), columns=["src", "dst"])
    # VARIANT_OF (a method variant to its base) follows from every paper too: computed whole, diffed.
    var = VARIANT_KEY
    have_variant = set(rels_from(store, schema.METHOD.label, None, only=var)[var])
    want_variant = set(variant_pairs(papers, want_nodes[schema.METHOD.label]))
    delta.delete_rels[var] = sorted(have_variant - want_variant)
    rels[var] = pd.DataFrame(sorted(want_variant - have_variant), columns=["src", "dst"])
    delta.tables = GraphTables(nodes, rels)
    return papers, delta


# Term rows per read of the stored word index.
TERM_CHUNK = 20000


def term_delta(store, new_papers: Sequence[Paper], named) -> tuple[list[str], pd.DataFrame]:
    """How the store's Term rows change: the keys to delete and the rows (key, ids) to write. A changed row is
    deleted and written again (setting a list property in place was 5 times slower in LadybugDB).

    A stored paper's text never changes (plan_build refuses that), so its words stay where they are: the new
    papers' words go to the recent rows (graph/terms.py), of which only those the new words name are read and
    written again. The main rows are left alone (rewriting the ones 1,000 new papers touched, 4.4M of the 73k
    index's 5.4M ids, took 17 s), until the recent rows outgrow COMPACT_SHARE of them: then every recent row is
    folded into its main row.

    The name rows ("n:" keys) follow from the entity and family nodes: ``named`` holds those created, changed or
    deleted, as (key, stored row, wanted row) (a row: its name and aliases; None: no such node). Only the name
    rows of their stored or wanted spellings change (every other node is as stored, and so are the rows it
    alone names): each such row loses these nodes and gains those that have its spelling now (computing every
    row from every node of the 73k store and reading them all was a quarter of the word index's delta)."""
    words = term_rows(((p.id, p.title, p.abstract) for p in new_papers))
    words = {RECENT + k: list(v) for k, v in zip(words["key"], words["ids"])}
    was, now = (term_rows((), [(k, row.get("name"), row.get("aliases")) for k, row in rows if row is not None])
                for rows in ([(k, old) for k, old, _ in named], [(k, new) for k, _, new in named]))
    now = dict(zip(now["key"], now["ids"]))
    label, moved = schema.TERM.label, {k for k, _, _ in named}
    have = _term_rows(store, sorted(set(was["key"]) | set(now)))
    want_t = {r["key"]: {i for i in plain_cell(r["ids"]) or () if i not in moved} for r in have}
    for key, ids in now.items():
        want_t[key] = want_t.get(key, set()) | set(ids)
    want_t = {k: sorted(v) for k, v in want_t.items() if v}
    recent_ids, main_ids = _term_sizes(store)
    recent_ids += sum(map(len, words.values()))
    if recent_ids > COMPACT_SHARE * main_ids and recent_ids > COMPACT_MIN_IDS:
        recent = store.run(f"MATCH (n:{label}) WHERE n.key STARTS WITH $p RETURN n.key AS key, n.ids AS ids",
                           {"p": RECENT}).to_dict("records")
        have += recent + _term_rows(store, sorted({k[len(RECENT):] for k in [*words, *(r["key"] for r in recent)]}))
        have_t = {r["key"]: sorted(plain_cell(r["ids"]) or []) for r in have}
        for key, ids in logical([*have_t.items(), *words.items()]).items():
            if not key.startswith("n:"):
                want_t[key] = ids
    else:
        have += _term_rows(store, sorted(words))
        have_t = {r["key"]: sorted(plain_cell(r["ids"]) or []) for r in have}
        for key, ids in words.items():
            want_t[key] = sorted(set(have_t.get(key, ())) | set(ids))
    stale = sorted(k for k in have_t if have_t[k] != want_t.get(k))
    fresh = sorted(k for k in want_t if have_t.get(k) != want_t[k])
    return stale, pd.DataFrame({"key": pd.Series(fresh, dtype=object),
                                "ids": pd.Series([want_t[k] for k in fresh], dtype=object)})


def _term_rows(store, keys: list[str]) -> list[dict]:
    out = []
    for i in range(0, len(keys), TERM_CHUNK):  # in parts: a common word's row holds most papers
        out += store.run(f"UNWIND $keys AS k MATCH (n:{schema.TERM.label} {{key: k}}) RETURN n.key AS key, n.ids AS ids",
                         {"keys": keys[i:i + TERM_CHUNK]}).to_dict("records")
    return out


def _term_sizes(store) -> tuple[int, int]:
    """Paper ids in the recent word rows, and in the main ones."""
    df = store.run(f"MATCH (n:{schema.TERM.label}) WHERE NOT n.key STARTS WITH 'n:' "
                   "RETURN n.key STARTS WITH $p AS recent, sum(size(n.ids)) AS ids", {"p": RECENT})
    sums = dict(zip(df["recent"].astype(bool), df["ids"])) if len(df) else {}
    return int(sums.get(True, 0)), int(sums.get(False, 0))


def _frame(nt: schema.NodeType, rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=[n for n, _ in nt.properties if n != schema.PAPERS])


# The node tables an addition or a replacement diffs against the store.
DIFFED = tuple(schema.NODE_BY_LABEL[label] for label in (*schema.ENTITY_LABELS, schema.MODEL_FAMILY.label,
                                                          schema.REPOSITORY.label))


def node_rows(papers: Sequence[ExtractedPaper], metrics: dict[str, list[str]]):
    """The entity, model family and repository nodes (label -> key -> properties, the derived papers count
    aside) and the IN_FAMILY pairs that graph/build.py makes of these papers, without building the graph.
    ``metrics``: each paper's result metrics (canonical names), which make Metric nodes of their own. Kept equal
    to build_graph by tests/unit/test_incremental.py."""
    nodes: dict[str, dict[str, dict]] = {nt.label: {} for nt in DIFFED}
    family: set[tuple[str, str]] = set()
    families, repos = nodes[schema.MODEL_FAMILY.label], nodes[schema.REPOSITORY.label]
    for paper in papers:
        for ent in paper.entities:
            label = schema.LABEL_OF_TYPE.get(ent.type)
            if label is None:
                continue
            _merge(nodes[label], label, ent)
            if label == schema.MODEL.label and ent.family:
                fkey = family_key(ent.family)
                families.setdefault(fkey, {"key": fkey, "name": family_name(ent.family)})
                family.add((ent.id, fkey))
        for metric in metrics.get(paper.id, ()):
            mkey, mname = result_metric_node(metric)
            nodes[schema.METRIC.label].setdefault(mkey, {"key": mkey, "name": mname, "aliases": [], RESULT_ONLY: True})
        for url in paper.code:
            repos.setdefault(url, {"url": url})
    for node in nodes[schema.METRIC.label].values():
        node.pop(RESULT_ONLY, None)
    return nodes, family


VARIANT_KEY = (schema.VARIANT_OF, schema.METHOD.label, schema.METHOD.label)


def variant_pairs(papers: Sequence[ExtractedPaper], method_keys) -> list[tuple[str, str]]:
    """The (variant, base) keys of the VARIANT_OF relationships that graph/build.py makes of these papers, given
    the keys of their Method nodes (node_rows): the same rule (build.variant_links), without building the
    graph. Kept equal to build_graph by tests/unit/test_family30.py."""
    links = [(schema.LABEL_OF_TYPE[e.type], e.id, e.family) for p in papers for e in p.entities
             if e.family and e.type != "model" and e.type in schema.LABEL_OF_TYPE]
    return variant_links(links, method_keys)[0]


def _merge(nodes: dict[str, dict], label: str, ent) -> None:
    """graph/build.py's _merge_entity_node on plain rows: the first name wins, aliases unioned, a missing family
    filled."""
    new_aliases = {a for a in ent.aliases if a}
    node = nodes.get(ent.id)
    if node is not None and node.pop(RESULT_ONLY, False):
        node["name"], node["aliases"] = ent.name, sorted(new_aliases - {ent.name})
        return
    if node is None:
        node = nodes[ent.id] = {"key": ent.id, "name": ent.name, "aliases": sorted(new_aliases - {ent.name})}
        if label == schema.MODEL.label:
            node["family"] = family_name(ent.family) if ent.family else None
        return
    if ent.name != node["name"]:
        new_aliases.add(ent.name)
    if not new_aliases <= set(node["aliases"]):
        node["aliases"] = sorted((set(node["aliases"]) | new_aliases) - {node["name"]})
    if label == schema.MODEL.label and not node.get("family") and ent.family:
        node["family"] = family_name(ent.family)


def _stored_nodes(store, nt: schema.NodeType) -> dict[str, dict]:
    cols = [n for n, _ in nt.properties if n != schema.PAPERS]
    df = store.run(f"MATCH (n:{nt.label}) RETURN " + ", ".join(f"n.`{c}` AS `{c}`" for c in cols))
    out = {}
    for row in df.to_dict("records"):
        row = {c: plain_cell(row[c]) for c in cols}
        if "aliases" in row:
            row["aliases"] = sorted(row["aliases"] or [])
        out[row[nt.key]] = row
    return out


def plain_cell(v):
    """A read cell as plain Python: an array -> a list, NaN -> None (graph/replace.py reads cells the same way)."""
    if v is None:
        return None
    if hasattr(v, "tolist") and not isinstance(v, str):
        v = v.tolist()
    if isinstance(v, float) and v != v:
        return None
    return v


def rels_from(store, label: str, keys: list[str] | None, only: RelKey | None = None) -> dict[RelKey, list]:
    """(src, dst) of every relationship from nodes of a label with these keys (None: all), per table."""
    out: dict[RelKey, list] = {}
    src_key = schema.NODE_BY_LABEL[label].key
    for rt in schema.REL_TYPES:
        k = (rt.type, rt.source, rt.target)
        if rt.source != label or rt.type == schema.EVALUATED_ON or (only is not None and k != only):
            continue
        if keys is not None and not keys:
            out[k] = []
            continue
        dst_key = schema.NODE_BY_LABEL[rt.target].key
        ret = f"RETURN a.`{src_key}` AS src, b.`{dst_key}` AS dst"
        if keys is None:
            df = store.run(f"MATCH (a:{rt.source})-[:{rt.type}]->(b:{rt.target}) {ret}")
        else:
            # Key lookups (cheaper than IN), then OPTIONAL MATCH from the looked-up nodes: one pattern made
            # LadybugDB scan the whole table and join it to the keys (as in check.py's scoped reads).
            df = store.run(f"UNWIND $keys AS k MATCH (a:{rt.source} {{`{src_key}`: k}}) OPTIONAL MATCH "
                           f"(a)-[:{rt.type}]->(b:{rt.target}) WITH a, b WHERE b IS NOT NULL {ret}", {"keys": keys})
        out[k] = sorted(zip(df["src"], df["dst"])) if len(df) else []
    return out


def _extraction_ids(store, ids: list[str]) -> list[str]:
    if not ids:
        return []
    # Key lookups: "WHERE x.id IN $ids" read every Extraction row (0.8 s of CPU for 1,182 ids in the 73k store).
    df = store.run("UNWIND $ids AS k MATCH (x:Extraction {id: k}) RETURN x.id AS id", {"ids": ids})
    return list(df["id"]) if len(df) else []


def _result_metrics(store, rewritten: set[str]) -> dict[str, list[str]]:
    """The result metrics of every stored paper not rewritten (their Result rows stay as they are)."""
    df = store.run(f"MATCH (p:{schema.PAPER.label})-[:{schema.REPORTS_RESULT}]->(r:{schema.RESULT.label}) "
                   "RETURN p.id AS p, r.metric AS m")
    out: dict[str, list[str]] = {}
    for p, m in zip(df["p"], df["m"]) if len(df) else ():
        if p not in rewritten:
            out.setdefault(p, []).append(m)
    return out
