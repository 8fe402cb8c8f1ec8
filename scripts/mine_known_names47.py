"""Which of recall45's lower-case names (data/lower_names45.tsv) other rules already make a method node of in the
corpus graph: the rows recall47's ``cue-known`` part keeps. Counts papers (every gold paper left out, as the other
miners do) whose extraction has a method entity named by the phrase or its other number.

    python scripts/mine_known_names47.py PAPERS.jsonl -o extract/data/known_names47.tsv
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_corpus_names import PaperRow, gold_keys, is_gold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MIN_PAPERS47 = 3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("papers")
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args()
    rows = [ln.split("\t")[0] for ln in (ROOT / "extract/data/lower_names45.tsv").read_text().splitlines()
            if ln.strip() and not ln.startswith("#")]
    forms = {}
    for n in rows:
        forms[n] = n
        forms[n[:-1] if n.endswith("s") else n + "s"] = n
    count = dict.fromkeys(rows, 0)
    keys = gold_keys()
    with open(a.papers, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if is_gold(PaperRow({"id": r.get("id"), "title": r.get("title"), "abstract": r.get("abstract") or ""}), keys):
                continue
            seen = set()
            for e in r.get("entities", ()):
                if e.get("type") != "method" or any(m.get("rule") == "rule:lower-cue45" for m in e.get("mentions", ())):
                    continue
                for f in {e.get("name", ""), *(e.get("aliases") or ())}:
                    row = forms.get(f.lower().replace("-", " ")) or forms.get(f.lower())
                    if row:
                        seen.add(row)
            for row in seen:
                count[row] += 1
    with open(a.out, "w", encoding="utf-8") as out:
        out.write(f"# rows of lower_names45.tsv that {MIN_PAPERS47}+ corpus papers already extract as a method "
                  "(scripts/mine_known_names47.py)\n# phrase\tpapers\n")
        for n in rows:
            if count[n] >= MIN_PAPERS47:
                out.write(f"{n}\t{count[n]}\n")
    print(f"{sum(c >= MIN_PAPERS47 for c in count.values())} of {len(rows)} rows kept", file=sys.stderr)
    for n in rows:
        print(n, count[n], sep="\t")


if __name__ == "__main__":
    main()
