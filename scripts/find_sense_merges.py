#!/usr/bin/env python3
"""List nodes of a built graph that look like wrong acronym merges or carry free-phrase aliases.

Usage: python scripts/find_sense_merges.py PAPERS.jsonl [--top N] [--min-papers K]

Reads the papers.jsonl that ``paperkg build -o`` / ``paperkg extract`` writes (ids, aliases and years as
the graph gets them) and prints, per node, what is suspicious:

- ``senses``: its aliases hold two long forms of one short form that are not spellings of one name
  ("Bayesian Additive Regression Trees" and "Beautiful Anaphora Resolution Toolkit" for BART);
- ``phrase``: an alias that is a free phrase, not a name: it starts with a preposition, verb or determiner,
  contains "based on", or runs over six words ("based on pretrained sequence-to-sequence model");
- ``early``: its first year lies long before most of its papers (model:bart first seen in 2006 when its
  papers start in 2019): a few early papers mean something else by the name.

A check for a reader, not a test: it prints candidates to judge, most papers first.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter, defaultdict

from paperkg.extract.corpus import is_short_form, long_form_words, same_long_form

# First words that make a phrase, not a name: prepositions, verbs and determiners a span can start on.
PHRASE_START = frozenset("""
about above across after against along among and around as at based baselines before behind below beneath
beside between beyond but by called compared comparing concerning considering despite down during each
either employing especially except following for from given has have having in including inside into is
its leveraging like more most near of off on onto or our out outside over per plus regarding since some
such than that the their these this those through to toward towards under unlike until up upon using uses
via was we were what when where whether which while with within without
""".split())
FREE_PHRASE = re.compile(r"\bbased on\b|\bsuch as\b|\bas well as\b", re.IGNORECASE)
MAX_NAME_WORDS = 6
NAMED_TYPES = frozenset(("method", "model", "dataset", "benchmark"))
EARLY_GAP = 8  # years between the first year and the tenth percentile of the node's papers' years


def free_phrase(alias: str) -> str | None:
    """Why an alias is a free phrase rather than a name, or None."""
    words = alias.split()
    if not words:
        return None
    if words[0].lower() in PHRASE_START and words[0][0].islower():
        return f"starts with '{words[0]}'"
    if FREE_PHRASE.search(alias):
        return "a connective phrase"
    if len(words) > MAX_NAME_WORDS:
        return f"{len(words)} words"
    return None


def spells(short: str, long: str) -> bool:
    """Do the long form's word initials (or letters, in order) spell the short form?"""
    letters = [c.lower() for c in short if c.isalpha()]
    words = [w for w in re.findall(r"[A-Za-z]+", long)]
    if len(letters) < 2 or len(words) < 2 or words[0][0].lower() != letters[0] or short.lower() in long.lower():
        return False
    text = "".join(words).lower()
    i = 0
    for c in letters:
        i = text.find(c, i)
        if i < 0:
            return False
        i += 1
    return True


def _words(long: str) -> list[str]:
    # "Bidi- rectional", "Trans-lation": a word broken at a line end is one word.
    return long_form_words(re.sub(r"(?<=[a-z])-\s*(?=[a-z])", "", long))


def _stems(long: str) -> frozenset[str]:
    return frozenset(w[:4] for w in _words(long) if len(w) > 2 and w not in ("and", "the", "for", "with", "from"))


def same_name(a: str, b: str) -> bool:
    """Spellings of one name: aligned word by word, or mostly the same word stems."""
    if same_long_form(_words(a), _words(b)):
        return True
    sa, sb = _stems(a), _stems(b)
    return bool(sa and sb) and (sa <= sb or sb <= sa)


def sense_groups(short: str, longs: list[str]) -> list[list[str]]:
    """The long forms of one short form grouped into spellings of one name."""
    groups: list[list[str]] = []
    for lf in sorted(longs, key=lambda s: (-len(s), s)):
        for g in groups:
            if any(same_name(lf, x) for x in g):
                g.append(lf)
                break
        else:
            groups.append([lf])
    return groups


def scan(path: str) -> dict[str, dict]:
    nodes: dict[str, dict] = defaultdict(lambda: {"name": "", "aliases": Counter(), "years": [], "papers": 0})
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            p = json.loads(line)
            for e in p.get("entities", ()):
                n = nodes[e["id"]]
                n["name"] = e["name"]
                n["papers"] += 1
                n["aliases"].update(set(e.get("aliases") or ()))
                if p.get("year"):
                    n["years"].append(int(p["year"]))
    return nodes


def problems(node: dict, typ: str) -> list[str]:
    out = []
    forms = [node["name"], *node["aliases"]]
    shorts = sorted({f for f in forms if is_short_form(f)})
    longs = [f for f in forms if not is_short_form(f)]
    for short in shorts:
        spelt = [lf for lf in longs if spells(short, lf) and not free_phrase(lf)]
        groups = sense_groups(short, spelt)
        if len(groups) > 1:
            out.append(f"senses of {short}: " + " | ".join(g[0] for g in groups))
    for alias in sorted(node["aliases"]):
        why = free_phrase(alias)
        if why:
            out.append(f"phrase ({why}): {alias!r}")
    years = sorted(node["years"])
    # Only a name can be older than the thing: tasks and metrics ("accuracy") are words of every decade.
    if typ in NAMED_TYPES and len(years) >= 5:
        p10 = years[len(years) // 10]
        if p10 - years[0] >= EARLY_GAP:
            out.append(f"early: first {years[0]}, tenth percentile {p10}, median {statistics.median(years):g}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("papers", help="papers.jsonl written by paperkg build -o / paperkg extract")
    ap.add_argument("--top", type=int, default=0, help="print only the N nodes with most papers (0: all)")
    ap.add_argument("--min-papers", type=int, default=1, help="skip nodes with fewer papers")
    ap.add_argument("--kind", choices=("senses", "phrase", "early"), help="only this kind of problem")
    args = ap.parse_args(argv)
    nodes = scan(args.papers)
    found = []
    for nid, node in nodes.items():
        if node["papers"] < args.min_papers:
            continue
        probs = problems(node, nid.split(":", 1)[0])
        if args.kind:
            probs = [p for p in probs if p.startswith(args.kind)]
        if probs:
            found.append((node["papers"], nid, probs))
    found.sort(key=lambda t: (-t[0], t[1]))
    if args.top:
        found = found[: args.top]
    for papers, nid, probs in found:
        print(f"{nid}\t{papers} papers")
        for p in probs:
            print(f"    {p}")
    print(f"{len(found)} nodes flagged", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
