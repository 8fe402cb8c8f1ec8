"""Data acronyms the corpus confirms: the names of datasets and benchmarks that are acronyms (SUNCG, YTF, IXMAS).

    python scripts/mine_data_acronyms.py /tmp/mined.jsonl --papers BUILD73K-papers.jsonl -o extract/data/mined_data_acronyms.tsv

Reads scripts/mine_corpus_names.py output (every gold-set paper left out there) and a build's papers JSONL.
train_name_classifier.py's classifier keeps almost no acronym the lists do not hold (its silver labels count
them negative, on purpose: method acronyms are mostly ambiguous). A data acronym is safer: it is cued as data
("the SUNCG dataset", "on SUN3D and SUNCG") and a paper that names a dataset bare rarely means anything else.
Kept: an acronym that passes the lexicon's acronym guard (train_name_classifier.acronym_ok: >= 3 cueing papers,
one meaning, one type class, never in lower case, cued in a tenth of its uses), whose cues are all data, cued in
at least a fifth of the abstracts that use it, that no paper of the build types a task, metric or other kind
(KBQA, VQG: tasks), and that is not one of the main lexicon's names or the lists' forms. Session 18 (issue 10).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from train_name_classifier import LOWER_RUN, acronym_ok, is_short_form, voted_type  # noqa: E402
from paperkg.extract.gazetteer import load_entries  # noqa: E402
from paperkg.extract.lexicon_mined import _lexicon  # noqa: E402

DATA = ("dataset", "benchmark")
MIN_CUED_SHARE = 0.2  # cued in a fifth of the abstracts using it: "NYU" (9 of 54) is mostly the university
# Read on the merged session-18 73k build and dropped: each names something else in some of its papers (a reader's
# call on the corpus, not on any gold set). ALE: the Arcade Learning Environment (the listed Atari) and a 1995
# grammar system; SPRT: a statistical test, a method; CFP: a face dataset and "call for papers".
READ_AND_DROPPED = {"ALE", "SPRT", "CFP"}


def other_kinds(papers_path: str, surfaces: set[str]) -> Counter:
    """Papers that type each surface something other than a data resource (a task, a metric, a method)."""
    out: Counter = Counter()
    with open(papers_path, encoding="utf-8") as fh:
        for line in fh:
            seen = set()
            for e in json.loads(line)["entities"]:
                if e["type"] in DATA:
                    continue
                for f in (e["name"], *e.get("aliases", ()), *(m["text"] for m in e.get("mentions", ()))):
                    if f in surfaces:
                        seen.add(f)
            out.update(seen)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mined")
    ap.add_argument("--papers", required=True)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args(argv)
    listed = {f.lower() for e in load_entries() for f in e.forms}
    main_names = set(_lexicon(None, False).types)  # the shipped list alone
    rows = []
    with open(args.mined, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            s = r.get("surface")
            if (s is None or not is_short_form(s) or LOWER_RUN.search(s) or s.lower() in listed or s in main_names
                    or not r["types"] or any(t not in DATA for t in r["types"])):
                continue
            if acronym_ok(r) and r["things"] == 1 and r["strong"] >= MIN_CUED_SHARE * r["raw"]:
                rows.append(r)
    others = other_kinds(args.papers, {r["surface"] for r in rows})
    keep = [r for r in rows if not others[r["surface"]] and r["surface"] not in READ_AND_DROPPED]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# Data acronyms paperkg's extraction confirmed as datasets/benchmarks in the 73k corpus (gold-set papers\n")
        fh.write("# left out). Made by scripts/mine_data_acronyms.py (session 18); SOURCES.md. Switch: PAPERKG_RECALL18.\n")
        fh.write("# name<TAB>type<TAB>-<TAB>papers with a cue<TAB>papers naming it (exact case)<TAB>papers in another case\n")
        for r in sorted(keep, key=lambda r: r["surface"]):
            fh.write(f"{r['surface']}\t{voted_type(r['types'])}\t-\t{r['strong']}\t{r['raw']}\t{r['raw_lower']}\n")
    print(f"{len(rows)} data acronyms pass the guards, {len(rows) - len(keep)} typed otherwise somewhere: "
          f"{len(keep)} written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
