"""Build the in-memory knowledge graph (networkx) from extracted papers.

Node ids are strings "<Label>:<key>" (e.g. "Paper:2305.18290", "Method:method:dpo"); every node has a
``label`` attribute plus the schema properties of that label. Edges are keyed by relationship type and
carry a ``type`` attribute plus the schema properties of that type (evidence for paper->entity edges).

Evidence sentence: the text of the sentence *containing the mention's offsets*, found with a small
regex splitter (``sentence_spans``). We do not trust the mention's sentence index to line up with our
splitter (the extractor's spaCy sentencizer may split differently); the index is kept as given, the text
is the span between the sentence boundaries around the mention's characters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import networkx as nx

from paperkg.extract.records import Entity, ExtractedPaper, Mention, Result
from paperkg.extract.text import slug
from paperkg.graph import schema

# A sentence ends at . ! or ? followed by whitespace and something that can start a sentence.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9\"'(\[`])")


def node_id(label: str, key: str) -> str:
    """The networkx node id for a node of this label and key."""
    return f"{label}:{key}"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of text (simple punctuation rule, whitespace trimmed)."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=64)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    # Cached: every mention of a paper asks for its abstract's sentences (15 s of the 73k build split them again).
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start() + len(m.group().rstrip())))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple((s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence(s) of text covering the characters start..end (joined if a mention straddles two)."""
    spans = _sentence_spans(text)
    covering = [(s, e) for s, e in spans if s < max(end, start + 1) and e > start]
    if not covering:
        return text.strip()
    return text[covering[0][0] : covering[-1][1]]


def family_key(family: str) -> str:
    """ModelFamily key for a family name: "Llama" -> "family:llama" (a key given as "family:..." is kept)."""
    if family.startswith("family:"):
        return family
    slug = re.sub(r"[^0-9a-z]+", "-", family.lower()).strip("-")
    return "family:" + (slug or family)


def family_name(family: str) -> str:
    return family[len("family:") :] if family.startswith("family:") else family


def evidence(paper: ExtractedPaper, mentions: list[Mention]) -> dict:
    """The evidence properties (schema.EVIDENCE_PROPS) of a paper->entity edge from its mentions."""
    if not mentions:
        return {"sentence": None, "sentence_index": None, "start": None, "end": None, "field": None,
                "surface": None, "rule": None, "mentions": 0, "sentences": []}
    # The first mention in the abstract is the best evidence; a title-only entity falls back to the title.
    ordered = sorted(mentions, key=lambda m: (m.field != "abstract", m.start, m.end))
    sentences: list[str] = []
    for m in ordered:
        text = _mention_sentence(paper, m)
        if text not in sentences:
            sentences.append(text)
    first = ordered[0]
    return {
        "sentence": sentences[0],
        "sentence_index": first.sentence,
        "start": first.start,
        "end": first.end,
        "field": first.field,
        "surface": first.text,
        "rule": first.rule,
        "mentions": len(mentions),
        "sentences": sentences,
    }


def _mention_sentence(paper: ExtractedPaper, m: Mention) -> str:
    if m.field == "title":
        return (paper.title or "").strip()
    return sentence_at(paper.abstract, m.start, m.end)


RESULT_ONLY = "_result_only"  # a Metric node made for a result, not (yet) named by any paper's entity


@lru_cache(maxsize=None)
def result_metric_node(metric: str) -> tuple[str, str]:
    """(key, name) of the Metric node for a result's metric (a canonical name of the metric lexicon): the metric of
    the shipped lists that one of the lexicon's spellings of it names, so the two do not become two nodes
    (metric:mse beside metric:mean-squared-error); else a node named by the metric itself. Depends on the
    shipped data alone, so every build and every load makes the same key."""
    for form in _lexicon_forms().get(metric, (metric,)):
        # The name itself, or a spelled-out form: the lexicon also groups kin short forms (SDR, SDRi with SI-SDR)
        if form != metric and not re.search(r"\s", form):
            continue
        hit = _listed_metrics().get(_metric_form_key(form))
        if hit:
            return hit
    return f"metric:{slug(metric)}", metric


def _metric_form_key(form: str) -> str:
    # Short all-caps forms as written ("MAP" is not "mAP"), others folded.
    return form if len(form) <= 3 and form.isupper() else " ".join(re.split(r"[\s\-]+", form.strip().lower()))


@lru_cache(maxsize=1)
def _lexicon_forms() -> dict[str, tuple[str, ...]]:
    """Canonical name -> its spellings as written in the metric lexicon (extract/data/result-metrics.tsv)."""
    from importlib import resources

    text = resources.files("paperkg.extract").joinpath("data/result-metrics.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, forms = line.split("\t")
            out[name] = (name, *(f.strip() for f in forms.split(";") if f.strip()))
    return out


@lru_cache(maxsize=1)
def _listed_metrics() -> dict[str, tuple[str, str]]:
    """Spelling key -> (id, name) of the shipped list's metrics; a spelling two entries share names neither."""
    from paperkg.extract.gazetteer import load_entries

    hits: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for e in load_entries():
        if e.type == "metric":
            for form in e.forms:
                hits[_metric_form_key(form)].add((e.id, e.name))
    return {k: next(iter(v)) for k, v in hits.items() if len(v) == 1}


def _merge_entity_node(G: nx.MultiDiGraph, label: str, ent: Entity) -> str:
    """Add the entity's node or merge it into the existing one: first name wins, aliases unioned."""
    nid = node_id(label, ent.id)
    new_aliases = {a for a in ent.aliases if a}
    if nid not in G:
        attrs = {"label": label, "key": ent.id, "name": ent.name, "aliases": sorted(new_aliases - {ent.name})}
        if label == schema.MODEL.label:
            attrs["family"] = family_name(ent.family) if ent.family else None
        G.add_node(nid, **attrs)
        return nid
    node = G.nodes[nid]
    if node.pop(RESULT_ONLY, False):  # made for a result: the entity's own name and aliases win, in any order
        node["name"], node["aliases"] = ent.name, sorted(new_aliases - {ent.name})
        return nid
    if ent.name != node["name"]:
        new_aliases.add(ent.name)  # another spelling of the same entity is an alias
    node["aliases"] = sorted((set(node["aliases"]) | new_aliases) - {node["name"]})
    if label == schema.MODEL.label and not node.get("family") and ent.family:
        node["family"] = family_name(ent.family)
    return nid


def _add_paper(G: nx.MultiDiGraph, paper: ExtractedPaper) -> str:
    pid = node_id(schema.PAPER.label, paper.id)
    if pid not in G:  # a paper seen twice keeps its first record
        G.add_node(pid, label=schema.PAPER.label, id=paper.id, title=paper.title, abstract=paper.abstract,
                   year=paper.year, venue=paper.venue, source=paper.source)
    return pid


def _add_family(G: nx.MultiDiGraph, model_nid: str, family: str) -> None:
    fkey = family_key(family)
    fid = node_id(schema.MODEL_FAMILY.label, fkey)
    if fid not in G:
        G.add_node(fid, label=schema.MODEL_FAMILY.label, key=fkey, name=family_name(family))
    if not G.has_edge(model_nid, fid, key=schema.IN_FAMILY):
        G.add_edge(model_nid, fid, key=schema.IN_FAMILY, type=schema.IN_FAMILY)


def _add_paper_entity_edge(G: nx.MultiDiGraph, paper: ExtractedPaper, pid: str, nid: str, rel: str,
                           mentions: list[Mention]) -> None:
    if G.has_edge(pid, nid, key=rel):
        # The same entity listed twice with the same role: pool the mentions.
        mentions = G.edges[pid, nid, rel]["_mentions"] + mentions
    G.add_edge(pid, nid, key=rel, type=rel, _mentions=mentions, **evidence(paper, mentions))


def result_key(paper_id: str, res: Result) -> str:
    """A Result node's key: the paper and where its value starts in the abstract."""
    return f"{paper_id}#{res.start}"


def _add_result(G: nx.MultiDiGraph, paper: ExtractedPaper, pid: str, res: Result) -> None:
    """A Result node linked to its paper, metric, dataset/benchmark and method/model (n-ary, evidence on the node)."""
    key = result_key(paper.id, res)
    rid = node_id(schema.RESULT.label, key)
    if rid in G:
        return
    G.add_node(
        rid, label=schema.RESULT.label, key=key, value=float(res.value), text=res.text, unit=res.unit,
        metric=res.metric, direction=res.direction, qualifier=res.qualifier, is_baseline=bool(res.is_baseline),
        dataset=res.dataset, split=res.split, entity=res.entity, year=paper.year,
        sentence=sentence_at(paper.abstract, res.start, res.end), sentence_index=res.sentence, start=res.start,
        end=res.end, rule=res.rule,
    )
    G.add_edge(pid, rid, key=schema.REPORTS_RESULT, type=schema.REPORTS_RESULT)
    # The metric: the listed Metric node that one of its spellings names (results in "MSE" join the papers that
    # name "mean squared error"), else a node of its own. A paper's Metric entity renames it (_merge_entity_node).
    mkey, mname = result_metric_node(res.metric)
    mid = node_id(schema.METRIC.label, mkey)
    if mid not in G:
        G.add_node(mid, label=schema.METRIC.label, key=mkey, name=mname, aliases=[], **{RESULT_ONLY: True})
    G.add_edge(rid, mid, key=schema.IN_METRIC, type=schema.IN_METRIC)
    for ent_id, rel in ((res.dataset_id, schema.MEASURED_ON), (res.entity_id, schema.ACHIEVED_BY)):
        if not ent_id:
            continue
        label = schema.LABEL_OF_TYPE.get(ent_id.split(":", 1)[0])
        target = node_id(label, ent_id) if label else None
        if target in G:  # the paper's entity, added above; a result never invents an entity
            G.add_edge(rid, target, key=rel, type=rel)


# G.graph keys: how many distinct (variant, base) links of the input make no relationship of G (see
# variant_links), and those of them whose variant is a Method node of G and whose base is no node of G, sorted:
# a store that holds the base as a Method links them when these papers are merged into it (GraphTables.open_variants).
VARIANT_LINKS_DROPPED = "variant_links_dropped"
VARIANT_LINKS_OPEN = "variant_links_open"


def variant_links(pairs: Iterable[tuple[str, str, str]], method_keys) -> tuple[list[tuple[str, str]], int]:
    """The (variant, base) keys of the VARIANT_OF relationships that these links make, sorted, and how many
    distinct links make none. ``pairs``: (node label, entity id, family) of every non-model entity with a
    family (senses29's variant-link: the base's node id); ``method_keys``: the keys of the Method nodes. A link
    is loaded when both ends are Method nodes (schema.VARIANT_OF); one from another label, to a base no paper
    names or that is no Method, or to itself is dropped (a store never holds a relationship to a node it lacks,
    and a load never invents an entity). graph/incremental.py makes the same pairs of the whole corpus."""
    kept, dropped = set(), set()
    for label, variant, base in pairs:
        ok = label == schema.METHOD.label and variant != base and base in method_keys
        (kept if ok else dropped).add((variant, base))
    return sorted(kept), len(dropped - kept)


def build_graph(papers: Iterable[ExtractedPaper]) -> nx.MultiDiGraph:
    """The knowledge graph of these papers, with the derived Method-EVALUATED_ON->Benchmark edges and the
    variant links (Method)-[:VARIANT_OF]->(Method) whose base is a Method node of these papers (the number of
    other links in G.graph[VARIANT_LINKS_DROPPED])."""
    G = nx.MultiDiGraph()
    links: list[tuple[str, str, str]] = []
    for paper in papers:
        pid = _add_paper(G, paper)
        for ent in paper.entities:
            label = schema.LABEL_OF_TYPE.get(ent.type)
            if label is None:
                continue  # an entity type this schema does not know: not part of the graph
            nid = _merge_entity_node(G, label, ent)
            if label == schema.MODEL.label and ent.family:
                _add_family(G, nid, ent.family)
            elif ent.family:
                links.append((label, ent.id, ent.family))
            rel = schema.paper_rel_type(ent.type, ent.role)
            _add_paper_entity_edge(G, paper, pid, nid, rel, list(ent.mentions))
        for res in paper.results:
            _add_result(G, paper, pid, res)
        for url in paper.code:
            rid = node_id(schema.REPOSITORY.label, url)
            if rid not in G:
                G.add_node(rid, label=schema.REPOSITORY.label, url=url)
            if not G.has_edge(pid, rid, key=schema.HAS_CODE):
                G.add_edge(pid, rid, key=schema.HAS_CODE, type=schema.HAS_CODE)
    for _, _, data in G.edges(data=True):
        data.pop("_mentions", None)
    for _, data in G.nodes(data=True):
        data.pop(RESULT_ONLY, None)
    methods = {data["key"] for _, data in G.nodes(data=True) if data.get("label") == schema.METHOD.label}
    kept, G.graph[VARIANT_LINKS_DROPPED] = variant_links(links, methods)
    nodes = {data.get("key") for _, data in G.nodes(data=True)}
    G.graph[VARIANT_LINKS_OPEN] = sorted({(v, b) for label, v, b in links
                                         if label == schema.METHOD.label and v != b and b not in nodes})
    for variant, base in kept:
        G.add_edge(node_id(schema.METHOD.label, variant), node_id(schema.METHOD.label, base),
                   key=schema.VARIANT_OF, type=schema.VARIANT_OF)
    add_evaluated_on(G)
    return G


def add_evaluated_on(G: nx.MultiDiGraph) -> None:
    """(Method)-[:EVALUATED_ON {papers}]->(Benchmark): papers proposing/using the method and evaluating on it."""
    method_rels = {schema.REL_OF_ROLE["proposes"], schema.REL_OF_ROLE["uses"]}
    bench_rel = schema.REL_OF_ROLE["evaluates_on"]
    papers_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pid, data in G.nodes(data=True):
        if data.get("label") != schema.PAPER.label:
            continue
        methods, benches = set(), set()
        for _, nid, rel in G.out_edges(pid, keys=True):
            lab = G.nodes[nid]["label"]
            if lab == schema.METHOD.label and rel in method_rels:
                methods.add(nid)
            elif lab == schema.BENCHMARK.label and rel == bench_rel:
                benches.add(nid)
        for m in methods:
            for b in benches:
                papers_of[(m, b)].add(pid)
    for (m, b), pids in sorted(papers_of.items()):
        G.add_edge(m, b, key=schema.EVALUATED_ON, type=schema.EVALUATED_ON, papers=len(pids))


def read_extracted(path) -> list:
    """Read papers.jsonl (the extract output contract) into ExtractedPaper records; InputError names the line."""
    import json

    from paperkg.errors import InputError
    from paperkg.graph.contract import contract_problem

    papers: list[ExtractedPaper] = []
    try:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"not JSON ({exc})", str(path), lineno) from None
                problem = contract_problem(record)  # graph/contract.py: the documented papers.jsonl
                if problem:
                    raise InputError(f"not an extracted paper: {problem}", str(path), lineno)
                papers.append(ExtractedPaper.from_dict(record))
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason}): is it papers.jsonl?", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    return papers
