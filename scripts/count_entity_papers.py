"""How often each hand-checked frequent entity occurs in a corpus: papers whose title or abstract contains one of
its identifying forms (tests/data/corpus-checks/frequent-entities.jsonl, `name` and `forms`; not `accepted`).

The count is of the corpus text, not of a graph, so it says how frequent an entity is whatever the extractor
finds. Forms are matched on word boundaries with hyphens and spaces alike; forms with lower-case letters and
longer than five characters ignore case, shorter or all-capital forms ("SVM", "ViT") and an ambiguous name keep it.

    python scripts/count_entity_papers.py /work/shared/corpus/abstracts-73k.jsonl.gz            # TSV to stdout
    python scripts/count_entity_papers.py CORPUS --write    # store the count as `corpus_papers` in the file
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTITIES = ROOT / "tests" / "data" / "corpus-checks" / "frequent-entities.jsonl"


SEP = None  # a hyphen or space between words: matches "-", " " or nothing


def _units(form: str, ignore_case: bool) -> list:
    out: list = []
    for i, part in enumerate(p for p in re.split(r"[-\s]+", form.strip()) if p):
        if i:
            out.append(SEP)
        out.extend(part.lower() if ignore_case else part)
    return out


def trie_regex(forms: list[list]) -> str:
    """One regex for many forms, as a trie (an alternation of thousands of forms is too slow for `re`)."""
    trie: dict = {}
    for units in forms:
        node = trie
        for u in units:
            node = node.setdefault(u, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [(r"[-\s]?" if u is SEP else re.escape(u)) + emit(child)
                    for u, child in node.items() if u != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


def compile_forms(records: list[dict]) -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    """Two alternations (case-insensitive, case-sensitive) and a lookup from a matched text's key to an entity."""
    owner: dict[str, int] = {}
    folded, exact = [], []
    for i, rec in enumerate(records):
        # An ambiguous (accepted) name still counts, with its case kept: "Adam" the optimiser, not "ADAM".
        ambiguous = rec["name"] in rec.get("accepted", [])
        for f in [rec["name"]] + rec.get("forms", []):
            ignore_case = any(c.islower() for c in f) and len(f) > 5 and not (ambiguous and f == rec["name"])
            key = _key(f, ignore_case)
            owner.setdefault(key, i)
            (folded if ignore_case else exact).append(f)

    def alternation(forms: list[str], ignore_case: bool) -> re.Pattern:
        body = trie_regex([_units(f, ignore_case) for f in forms])
        return re.compile(r"(?<![A-Za-z0-9])(?:" + body + r")(?![A-Za-z0-9])", re.I if ignore_case else 0)

    return alternation(folded, True), alternation(exact, False), owner


def _key(text: str, ignore_case: bool) -> str:
    text = re.sub(r"[-\s]+", "", text)
    return "i:" + text.lower() if ignore_case else "c:" + text


def count(corpus: list[str], records: list[dict]) -> list[int]:
    folded, exact, owner = compile_forms(records)
    counts = [0] * len(records)
    for path in corpus:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                text = f"{rec.get('title') or ''}\n{rec.get('abstract') or ''}"
                seen = set()
                for m in folded.finditer(text):
                    seen.add(owner.get(_key(m.group(), True)))
                for m in exact.finditer(text):
                    seen.add(owner.get(_key(m.group(), False)))
                for i in seen - {None}:
                    counts[i] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+", help="JSON Lines corpus files (title, abstract), .gz allowed")
    ap.add_argument("--entities", default=str(ENTITIES), help="the frequent-entities file (default: the shipped one)")
    ap.add_argument("--write", action="store_true", help="store each count as `corpus_papers` in the entities file")
    args = ap.parse_args(argv)
    path = Path(args.entities)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = count(args.corpus, records)
    if args.write:
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for rec, n in zip(records, counts):
                fh.write(json.dumps({**rec, "corpus_papers": n}, ensure_ascii=False) + "\n")
        tmp.replace(path)
    for rec, n in sorted(zip(records, counts), key=lambda x: -x[1]):
        sys.stdout.write(f"{n}\t{rec['name']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
