"""Scan a corpus for acronym definitions "long form (ACR)" and list short forms with several long forms.

The yardstick for acronym senses (tests/data/corpus-checks/acronym-collisions.jsonl) is hand-checked from
this scan's output. It uses its own small regex and letter matching, not the extractor, so that it does not
share the extractor's blind spots:

- a definition is "<words> (<ACR>)" or "<words> (<ACR>s)" with ACR 2-10 characters, at least two capitals;
- the long form is the shortest run of preceding words (same sentence, at most len(ACR) + 4 words) whose
  letters spell the acronym in order, the first letter starting a word (a backward match in the spirit of
  Schwartz & Hearst 2003, written here from the description);
- long forms are grouped by a folded key (lower case, hyphens and spaces alike, a plural "s" dropped), and
  each group is counted once per paper.

    python scripts/scan_acronyms.py /work/shared/corpus/abstracts-73k.jsonl.gz --min-papers 3 > scan.tsv
    python scripts/scan_acronyms.py CORPUS --acronym EM --acronym GLM        # only these short forms
    python scripts/scan_acronyms.py CORPUS --all --min-papers 20             # frequent definitions, any

Output (TSV): acronym, papers defining it, then one column per long-form group "most common spelling
(papers)", most papers first; only short forms with at least two groups of >= --min-papers papers each.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict

DEFINITION = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9&\-]{1,9}?)(s)?\s*\)")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
SENTENCE_END = re.compile(r"[.!?;:]\s|\)\s*,|\(")


def open_text(path: str):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def spells(acronym: str, words: list[str]) -> bool:
    """Do the words spell the acronym's letters in order, the first letter at a word start, the last in the
    last word?"""
    letters = [c for c in acronym.lower() if c.isalnum()]
    text = " ".join(words).lower()
    starts = {0} | {i + 1 for i, c in enumerate(text) if c in " -"}
    pos = len(text) - 1
    last_word_start = max(starts)
    for k in range(len(letters) - 1, -1, -1):
        ch = letters[k]
        while pos >= 0 and (text[pos] != ch or (k == 0 and pos not in starts)):
            pos -= 1
        if pos < 0:
            return False
        if k == len(letters) - 1 and pos < last_word_start:
            return False  # the last letter must come from the last word
        pos -= 1
    return True


def long_form(acronym: str, before: str) -> str | None:
    """The shortest run of words at the end of `before` that spells the acronym, or None."""
    words = WORD.findall(before)
    if not words:
        return None
    n_letters = sum(c.isalnum() for c in acronym)
    # Enough word parts for the acronym's capitals: "Proximal Policy Optimization (PPO)", not "Policy
    # Optimization", whose letters also spell PPO; else the shortest run that spells it ("Multilingual BERT").
    want = sum(c.isupper() for c in acronym)
    fits = []
    for n in range(1, min(len(words), n_letters + 4) + 1):
        cand = words[-n:]
        if cand[0][0].lower() != acronym[0].lower() or not spells(acronym, cand):
            continue
        if len(cand) == 1 and cand[0].upper() == acronym.upper():
            return None  # "EM (EM)": no long form
        fits.append(cand)
    if not fits:
        return None
    parts = [c for c in fits if sum(len(w.split("-")) for w in c) >= want]
    return " ".join(parts[0] if parts else fits[0])


def fold_key(text: str) -> str:
    """Group key for long forms: lower case, hyphens as spaces, each word's plural s dropped."""
    words = re.sub(r"[-\s]+", " ", text.lower()).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def definitions(text: str):
    """(acronym, long form) pairs defined in a text."""
    for m in DEFINITION.finditer(text):
        acr = m.group(1)
        if sum(c.isupper() for c in acr) < 2:
            continue
        before = text[max(0, m.start() - 200):m.start()]
        cut = list(SENTENCE_END.finditer(before))
        if cut:
            before = before[cut[-1].end():]
        lf = long_form(acr, before.rstrip())
        if lf:
            yield acr, lf


def scan(paths: list[str]) -> dict[str, dict[str, Counter]]:
    """acronym -> folded long form -> Counter of spellings (one count per paper)."""
    found: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for path in paths:
        with open_text(path) as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                seen = set()
                for field in ("title", "abstract"):
                    for acr, lf in definitions(rec.get(field) or ""):
                        key = (acr, fold_key(lf))
                        if key not in seen:
                            seen.add(key)
                            found[acr][key[1]][lf] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+", help="JSON Lines corpus files (id, title, abstract), .gz allowed")
    ap.add_argument("--min-papers", type=int, default=3, help="papers a long-form group needs to count")
    ap.add_argument("--acronym", action="append", default=[], help="print only these short forms (all groups)")
    ap.add_argument("--all", action="store_true", help="also short forms with one long-form group (frequent names)")
    args = ap.parse_args(argv)
    found = scan(args.corpus)
    rows = []
    for acr, groups in found.items():
        sizes = {k: sum(c.values()) for k, c in groups.items()}
        if args.acronym:
            if acr not in args.acronym:
                continue
            big = sorted(sizes, key=lambda k: -sizes[k])
        else:
            big = sorted((k for k in sizes if sizes[k] >= args.min_papers), key=lambda k: -sizes[k])
            if len(big) < (1 if args.all else 2):
                continue
        cells = [f"{groups[k].most_common(1)[0][0]} ({sizes[k]})" for k in big]
        rows.append((sum(sizes.values()), acr, cells))
    for total, acr, cells in sorted(rows, key=lambda r: -r[0]):
        sys.stdout.write("\t".join([acr, str(total)] + cells) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
