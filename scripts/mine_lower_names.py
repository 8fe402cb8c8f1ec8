"""Mine lower-case technique names the corpus confirms: `extract/data/lower_names.tsv` (issue 10, session 15).

    python scripts/mine_lower_names.py ../shared/corpus/abstracts-73k.jsonl.gz --papers BUILD-papers.jsonl \
        -o extract/data/lower_names.tsv [--min-papers 2]

Reads a build's papers JSONL (`paperkg build -o`) and the raw corpus, leaving out every paper of every gold set
(as mine_corpus_names.py does). A spelling of two to five plain words is kept when, in other papers, paperkg's
extraction found it (any case: "Score Matching", "score matching") as a method or model with a strong cue (a
definition, "the X algorithm", "we propose X": corpus.STRONG_RULES) in at least --min-papers papers, never as
anything else, always as one thing; when abstracts write it in lower case; when its last word is a technique
head (TECHNIQUE_HEADS), it is no non-entity and it opens no longer kept name cued more often. Each row says where
the evidence came from (provenance)."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(__file__))

from mine_corpus_names import gold_keys, is_gold, _jsonl  # noqa: E402
from paperkg.extract.corpus import STRONG_RULES  # noqa: E402
from paperkg.extract.lexicon import non_entity_kinds  # noqa: E402
from paperkg.extract.lexicon_lower import PHRASE, TECHNIQUE_HEADS  # noqa: E402
from paperkg.extract.readers import read_corpus  # noqa: E402

TECHNIQUE_TYPES = ("method", "model")
# Words that open a description, not a name ("novel attention mechanism", "standard gradient descent").
OPENERS = frozenset("""a an the our their its this these novel new proposed standard simple classic classical
traditional conventional existing popular efficient improved modified generalized general various several
other different same such""".split())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--papers", required=True, help="a build's papers JSONL of the same corpus")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--min-papers", type=int, default=2)
    ap.add_argument("--min-defined", type=int, default=0, help="or defined with its initials in this many (0: off)")
    args = ap.parse_args(argv)

    keys = gold_keys()
    papers = read_corpus(args.corpus).papers
    kept = [p for p in papers if not is_gold(p, keys)]
    keep_ids = {p.id for p in kept}
    strong: dict[str, set] = defaultdict(set)  # lower-case spelling -> papers naming it a technique with a cue
    other: Counter = Counter()  # papers where extraction took it for a dataset, task, metric, ...
    things: dict[str, set] = defaultdict(set)
    defined: dict[str, set] = defaultdict(set)  # papers defining it with a short form spelt by its initials
    for d in _jsonl(args.papers):
        if d["id"] not in keep_ids:
            continue
        for e in d["entities"]:
            for m in e.get("mentions", ()):
                low = m["text"].lower()
                if not PHRASE.fullmatch(low):
                    continue
                if e["type"] not in TECHNIQUE_TYPES:
                    other[low] += 1
                elif m["rule"] in STRONG_RULES:
                    strong[low].add(d["id"])
                    things[low].add(e["id"])
                    initials = "".join(w[0] for w in re.split(r"[ \-]+", low))
                    if m["rule"] == "abbreviation" and any(a.lower() == initials for a in e.get("aliases", ())):
                        defined[low].add(d["id"])
    skip = set(non_entity_kinds())  # the shipped non-entity names, lower case
    cands = {s for s, ps in strong.items() if (len(ps) >= args.min_papers or 0 < args.min_defined <= len(defined[s]))
             and not other[s] and len(things[s]) == 1
             and 2 <= len(s.split()) <= 5 and s.split()[-1] in TECHNIQUE_HEADS and s.split()[0] not in OPENERS
             and s not in skip}
    # A name that opens a longer one cued more often is mostly a cut of it ("stochastic gradient" of "stochastic
    # gradient descent": the quantity, not the technique).
    cands = {s for s in cands if not any(t.startswith(s + " ") and len(strong[t]) > len(strong[s]) for t in cands)}
    lower_use: Counter = Counter()  # papers that write it in lower case
    for p in kept:
        low_words = set(re.findall(r"[a-z][a-z\-]*", p.abstract))
        for s in cands:
            if s.split()[0] in low_words and re.search(rf"(?<![\w\-]){re.escape(s)}(?![\w\-])", p.abstract):
                lower_use[s] += 1
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Lower-case technique names the corpus confirms (scripts/mine_lower_names.py; SOURCES.md).\n"
                  "# name\ttype\tcued papers\tpapers writing it in lower case\n")
        for s in sorted(cands):
            if lower_use[s]:
                out.write(f"{s}\tmethod\t{len(strong[s])}\t{lower_use[s]}\n")
    print(f"{len(kept)} papers ({len(papers) - len(kept)} gold left out); {len(strong)} spellings with a cue, "
          f"{sum(1 for s in cands if lower_use[s])} kept", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
