"""Mine the names paperkg's own extraction confirms by strong evidence over a corpus, with counts.

    python scripts/mine_corpus_names.py ../shared/corpus/abstracts-73k.jsonl.gz -o /tmp/mined.jsonl [--jobs 2]

Runs the per-paper extraction (the map step, no corpus pass) over every abstract, except the papers of every
gold set (tests/data/*.jsonl by id, title or abstract start, and the bundled sample corpus): no paper may
confirm itself in a score. For each spelling of a method, model, dataset or benchmark that some paper names with
a strong cue (a definition, "the X dataset", "X benchmark", "we propose X", a naming verb: corpus.STRONG_RULES)
it writes one JSON line:

    surface, strong (papers with a cue), found (papers where extraction found it, any rule), types (votes over the
    strong papers), things (how many different things extraction took it for: senses of an acronym), listed (a gazetteer form), raw (papers whose text has it, exact case, whole word),
    raw_lower (papers that have it only in another case), first_lower (papers with its first word in lower case)

plus one line {"_words": {...}} with lower-case word counts of the corpus (for "is this an English word").
scripts/train_name_classifier.py turns it into the shipped lexicon.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
os.environ["PAPERKG_MINED_NAMES"] = "off"  # mine what the rules and lists find, not the last mined list

from paperkg.extract.corpus import STRONG_RULES  # noqa: E402
from paperkg.extract.canonical import without_data_tail  # noqa: E402
from paperkg.extract.gazetteer import load_entries  # noqa: E402
from paperkg.extract.pipeline import extract_local_all  # noqa: E402
from paperkg.extract.readers import read_corpus, sample_corpus_paths  # noqa: E402
from paperkg.extract.text import variant_key  # noqa: E402

TYPES = ("method", "model", "dataset", "benchmark")
TOKEN = re.compile(r"[A-Za-z0-9][\w\-.+]*")
HERE = os.path.dirname(os.path.abspath(__file__))


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "", (text or "").lower())


def gold_keys() -> tuple[set[str], set[str], set[str]]:
    """Ids, normalised titles and normalised abstract starts of every paper of every gold set."""
    ids, titles, starts = set(), set(), set()
    for path in glob.glob(os.path.join(HERE, "..", "tests", "data", "*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                d = json.loads(line)
                if d.get("id"):
                    ids.add(str(d["id"]))
                if d.get("title"):
                    titles.add(_norm(d["title"]))
                start = d.get("abstract_start") or (d.get("abstract") or "")[:80]
                if len(_norm(start)) >= 30:
                    starts.add(_norm(start)[:40])
    for p in read_corpus(sample_corpus_paths()).papers:
        ids.add(p.id)
        titles.add(_norm(p.title))
        starts.add(_norm(p.abstract)[:40])
    titles.discard("")
    return ids, titles, starts


class PaperRow:
    """A papers.jsonl row's id, title and abstract, as ``is_gold`` reads them."""

    def __init__(self, d: dict):
        self.id, self.title, self.abstract = d["id"], d.get("title") or "", d.get("abstract") or ""


def is_gold(paper, keys) -> bool:
    ids, titles, starts = keys
    return paper.id in ids or _norm(paper.title) in titles or _norm(paper.abstract)[:40] in starts


def unseen_abstracts(corpus: str):
    """The abstracts of a corpus JSONL (gzip or plain), every paper of every gold set left out: what miners count."""
    keys = gold_keys()
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if not is_gold(PaperRow({"id": r.get("id"), "title": r.get("title"), "abstract": r["abstract"]}), keys):
                yield r["abstract"]


class _Ent:
    """An entity of a papers JSONL as the miner reads it (a definition's mentions carry the rule "abbreviation")."""

    def __init__(self, d: dict):
        self.type = d["type"]
        self.long_form = d["name"]
        self.thing = d["id"]
        self.mentions = [_Men(m) for m in d.get("mentions", ())]


class _Local:
    """A local entity as the miner reads it: what it names is its long form, list entry or spelling."""

    def __init__(self, e):
        self.type, self.long_form, self.mentions = e.type, e.long_form, e.mentions
        self.thing = e.entry or variant_key(e.long_form or e.name)


class _Men:
    def __init__(self, m: dict):
        self.text, self.rule = m["text"], m["rule"]


def lower_runs(abstract: str, phrases) -> set[str]:
    """The phrases of ``phrases`` (lower-case, 2-4 words) that ``abstract`` writes all in lower case: each run of 2-4
    lower-case words with no punctuation between them (mine_corpus_names42.py, mine_lower_names44.py)."""
    seen = set()
    for sent in re.split(r"[^a-z\- ]+", abstract):
        toks = sent.split()
        for i in range(len(toks)):
            for k in (2, 3, 4):
                s = " ".join(toks[i:i + k])
                if s in phrases:
                    seen.add(s)
    return seen


def count_lower_phrases(corpus: str, find) -> tuple[Counter, Counter]:
    """(hits, lc) over the unseen abstracts of ``corpus``: hits[p] = papers where ``find(abstract)`` yields p (a
    miner's own evidence: an acronym definition, a technique cue), for p in 2+ papers; lc[p] = papers writing p in
    lower case at all (mine_lower_names44.py, mine_lower_names45.py)."""
    hits: Counter = Counter()
    texts = []
    for abstract in unseen_abstracts(corpus):
        for p in find(abstract):
            hits[p] += 1
        texts.append(abstract)
    cands = {p for p, c in hits.items() if c >= 2}
    lc: Counter = Counter()
    for abstract in texts:
        for p in lower_runs(abstract, cands):
            lc[p] += 1
    return Counter({p: c for p, c in hits.items() if p in cands}), lc


def _jsonl(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--papers", help="read mentions from a build's papers JSONL instead of extracting again")
    args = ap.parse_args(argv)

    keys = gold_keys()
    papers = read_corpus(args.corpus).papers
    kept = [p for p in papers if not is_gold(p, keys)]
    print(f"{len(papers)} papers, {len(papers) - len(kept)} gold papers left out", file=sys.stderr)
    if args.limit:
        kept = kept[: args.limit]
    if args.papers:  # a build's papers JSONL (`paperkg build -o`): the same mentions, corpus-typed
        keep_ids = {p.id for p in kept}
        results = ((d["id"], [_Ent(x) for x in d["entities"]]) for d in _jsonl(args.papers) if d["id"] in keep_ids)
    else:
        results = ((r.paper.id, [_Local(e) for e in r.entities])
                   for r in extract_local_all(kept, n_process=args.jobs, progress=True))

    strong: dict[str, set] = defaultdict(set)
    found: dict[str, set] = defaultdict(set)
    types: dict[str, Counter] = defaultdict(Counter)
    things: dict[str, set] = defaultdict(set)  # what a spelling names: one thing, or several senses
    for pid, entities in results:
        for e in entities:
            if e.type not in TYPES:
                continue
            texts = {m.text for m in e.mentions}
            for t in texts:
                found[t].add(pid)
                things[t].add(e.thing)
            cued = {m.text for m in e.mentions if m.rule in STRONG_RULES and (m.rule != "abbreviation" or e.long_form)}
            for t in cued | {without_data_tail(t) for t in cued}:
                if t not in strong or pid not in strong[t]:
                    types[t][e.type] += 1
                strong[t].add(pid)
    listed = {f for e in load_entries() for f in e.forms}

    # Raw use: exact spelling as a whole word; or only in another case (lower-case "gibbs sampling").
    cands = {s for s in strong if 2 <= len(s) <= 80}
    by_first: dict[str, list[str]] = defaultdict(list)
    for s in cands:
        m = TOKEN.match(s)
        if m:
            by_first[m.group().lower().rstrip(".")].append(s)
    raw: Counter = Counter()
    raw_lower: Counter = Counter()
    words: Counter = Counter()
    for p in kept:
        text = p.abstract
        low = text.lower()
        exact, other = set(), set()
        for m in TOKEN.finditer(text):
            tok = m.group()
            if tok.islower() and tok.isalpha():
                words[tok] += 1
            for s in by_first.get(tok.lower().rstrip("."), ()):
                end = m.start() + len(s)
                if low.startswith(s.lower(), m.start()) and (end >= len(text) or not text[end].isalnum()):
                    (exact if text.startswith(s, m.start()) else other).add(s)
        raw.update(exact)
        raw_lower.update(other - exact)
    with open(args.out, "w", encoding="utf-8") as out:
        for s in sorted(cands):
            out.write(json.dumps({
                "surface": s, "strong": len(strong[s]), "found": len(found.get(s, ())), "types": dict(types[s]),
                "listed": s in listed, "things": len(things.get(s, ())), "raw": raw[s], "raw_lower": raw_lower[s],
            }) + "\n")
        out.write(json.dumps({"_words": {w: n for w, n in words.items() if n >= 3}, "_papers": len(kept)}) + "\n")
    print(f"{len(cands)} names with strong evidence written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
