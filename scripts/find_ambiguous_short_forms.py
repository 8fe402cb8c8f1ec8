#!/usr/bin/env python3
"""Find the list's short forms that papers define as something else: the sense table of ambiguous acronyms.

Usage: python scripts/find_ambiguous_short_forms.py CORPUS.jsonl[.gz] [OUT_TSV]

Runs paperkg's own abbreviation detector over a corpus and, for every short form of a gazetteer entry
("PRO" of Preference Ranking Optimization), counts the papers that define it with one of the entry's forms
and the papers that define it with a different long form ("patient-reported outcomes (PRO)"). Long forms
are grouped into senses by their content words (spelling variants of one name share most of them); a short
form is ambiguous when, besides the entry's own sense (the entry's several-word forms), another sense is
defined in at least two papers (and in at least a fifth as many as the entry's sense), or in one paper
while no paper defines the entry's sense. "BERT" defined
only as "bidirectional encoder representations from transformers" is one sense the list merely lacks a
long form for: not ambiguous. The resolver takes a bare mention of an ambiguous short form as the entry
only with local support (the entry's long form in the same paper, or a type word after it).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "extract" / "data" / "ambiguous_short_forms.tsv"


def _stems(long_form: str) -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = long_form.lower().replace("-", " ").replace("’", "'").split()
    return frozenset(w[:4] for w in words if w not in STOP_WORDS and w.isalpha())


# Collisions known from outside this corpus (REVIEW.md 3.2, verified on 09d856d): kept whatever the corpus says.
KNOWN = {
    "PRO": "patient-reported outcomes", "IPO": "initial public offering", "SAC": "named as ambiguous in the brief for issue 10",
}


def _first_stem(long_form: str) -> str:
    stems = long_form.lower().replace("-", " ").split()
    return stems[0][:4] if stems else ""


def _acronym_inside(form: str) -> bool:
    """ "Deep Convolutional GAN", "Parameterized ReLU": a list form that abbreviates part of itself, so a
    defined long form spells that part out and shares only its first words."""
    return any(sum(c.isupper() for c in w) >= 2 for w in form.split()[1:])


def _same_sense(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.5 or a <= b or b <= a


def _senses(longs: Counter) -> list[tuple[frozenset[str], int]]:
    """Long forms grouped greedily (most frequent first) into senses: (stems of the first, papers)."""
    senses: list[list] = []
    for lf, n in longs.most_common():
        stems = _stems(lf)
        for sense in senses:
            if _same_sense(stems, sense[0]):
                sense[1] += n
                break
        else:
            senses.append([stems, n])
    return [(s, n) for s, n in senses]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    import spacy

    from paperkg.extract import abbreviations, sentences  # noqa: F401  (register the factories)
    from paperkg.extract.gazetteer import load_entries
    from paperkg.extract.readers import read_corpus
    from paperkg.extract.text import normalise_surface

    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    entries = load_entries()
    # Short forms worth checking: a form of an entry that is an initialism (no space, mostly capitals).
    entry_of_short: dict[str, list] = defaultdict(list)
    for e in entries:
        if e.type == "task":
            continue
        for f in e.forms:
            if " " not in f and 2 <= len(f) <= 8 and sum(c.isupper() for c in f) >= 2:
                entry_of_short[f].append(e)
    nlp = spacy.blank("en")
    nlp.add_pipe("paperkg_sentences")
    nlp.add_pipe("paperkg_abbreviations")
    as_entry: Counter = Counter()
    other: dict[str, Counter] = defaultdict(Counter)
    papers = read_corpus([argv[1]]).papers
    for doc in nlp.pipe((p.abstract for p in papers), batch_size=256):
        seen: set[tuple[str, str]] = set()
        for long_span, short_span in zip(doc.spans["abbrev_long"], doc.spans["abbrev_short"]):
            short = short_span.text
            if short not in entry_of_short:
                continue
            long_norm = normalise_surface(long_span.text)
            known = any(long_norm == normalise_surface(f) for e in entry_of_short[short] for f in e.forms)
            key = (short, "entry" if known else long_norm)
            if key in seen:
                continue
            seen.add(key)
            if known:
                as_entry[short] += 1
            else:
                other[short][long_span.text.lower()] += 1
    rows = []
    for short, longs in other.items():
        # The entry's own sense: its several-word forms in words, not "BLEU score" (the short form plus a
        # word) nor "MS COCO" (a spelling of the short form).
        own_forms = [f for e in entry_of_short[short] for f in e.forms
                     if " " in f and short not in f.split() and any(w[1:].islower() for w in f.split())]
        own = [_stems(f) for f in own_forms]
        senses = _senses(longs)
        foreign = [n for stems, n in senses
                   if not any(_same_sense(stems, o) for o in own)
                   and not any(_acronym_inside(f) and _first_stem(f) in stems for f in own_forms)]
        n_other = sum(foreign)
        # Another sense in two papers (in one, if none defines the list's sense), and not a rare slip
        # beside a dominant list sense (SGD: 179 papers vs 3 "schema-guided dialogue").
        if not own or not foreign or not (max(foreign) >= 2 or as_entry[short] == 0):
            continue
        if max(foreign) < 0.2 * as_entry[short]:
            continue
        if True:
            ids = ";".join(e.id for e in entry_of_short[short])
            examples = "; ".join(f"{lf} ({n})" for lf, n in longs.most_common(3))
            rows.append((short, ids, as_entry[short], n_other, examples))
    for short, note in KNOWN.items():
        if short in entry_of_short and short not in {r[0] for r in rows}:
            rows.append((short, ";".join(e.id for e in entry_of_short[short]), as_entry[short],
                         sum(other[short].values()), f"{note} (REVIEW.md 3.2)"))
    rows.sort()
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# Short forms of list entries that papers define otherwise; made by scripts/find_ambiguous_short_forms.py\n")
        fh.write(f"# from {len(papers)} abstracts ({Path(argv[1]).name}).\n")
        fh.write("# short_form<TAB>entry ids<TAB>papers defining it as the entry<TAB>papers defining it otherwise<TAB>examples\n")
        for row in rows:
            fh.write("\t".join(str(x) for x in row) + "\n")
    print(f"wrote {len(rows)} ambiguous short forms to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
