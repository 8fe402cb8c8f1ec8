"""Which lower-case spellings of joined listed names are common nouns in the corpus (recall40, session 35).

    python scripts/mine_case_variants40.py ../shared/corpus/abstracts-73k.jsonl.gz -o extract/data/case_variants40.tsv

recall40's ``case-variant`` reads a one-word listed method/model form whose capitals join parts ("fastText",
"cVAE", "Seq2Seq") in any case. Some such forms are common nouns when written in lower case ("autoencoder",
"hypernetwork": "an autoencoder", "autoencoders"): a class, not the listed name. For each candidate spelling this
counts the corpus papers writing it in lower case with a plural ending ("autoencoders"), and (for reading only)
right after "a"/"an"; a spelling with 3+ plural papers is written to the file as a noun (the part leaves it alone).
The article count is no test: "a seq2seq model" uses a name as a modifier. Every paper of every
gold set is left out (``mine_corpus_names.gold_keys``). Counts only, no abstract text.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from paperkg.extract import recall40  # noqa: E402
from paperkg.extract.gazetteer import load_entries  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mine_corpus_names import unseen_abstracts  # noqa: E402

MIN_PAPERS = 3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    spellings = sorted(recall40.case_variants40(load_entries(), nouns=frozenset()))
    plural = {s: re.compile(r"(?<![\w\-])" + re.escape(s) + r"(?:s|es)(?![\w\-])") for s in spellings}
    article = {s: re.compile(r"\b(?:a|an)\s+" + re.escape(s) + r"(?![\w\-])") for s in spellings}
    counts = {s: [0, 0] for s in spellings}
    for text in unseen_abstracts(args.corpus):
        low = text.lower()
        for s in spellings:
            if s in low:
                counts[s][0] += bool(plural[s].search(text))
                counts[s][1] += bool(article[s].search(text))
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# spelling\tpapers writing it plural in lower case\tpapers writing it after a/an\n")
        for s in spellings:
            if counts[s][0] >= MIN_PAPERS:
                out.write(f"{s}\t{counts[s][0]}\t{counts[s][1]}\n")


if __name__ == "__main__":
    main()
