"""Lower-case phrases written right before a model kind in a corpus (session 18, issue 10): the list
extract/data/kind_descriptive_phrases.tsv that recall_rules.kind_acronym_variant_spans reads.

    python scripts/kind_descriptive_phrases.py /work/shared/corpus/abstracts-73k.jsonl.gz > extract/data/kind_descriptive_phrases.tsv

A phrase of one or two lower-case words (hyphens as spaces) counts each time an abstract writes it right before a
kind acronym (SVM, GAN, ...), its long form, "network(s)" or "net(s)"; phrases written so at least --min times
(default 15) are listed, except those that start with a function word ("a", "the", "of", ...).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter

KIND = (r"(?:SVMs?|GANs?|RNNs?|LSTMs?|CRFs?|VAEs?|HMMs?|MLPs?|CNNs?|support vector|generative adversarial|recurrent neural|"
        r"long short-term|conditional random|variational auto|hidden markov|multi-?layer perceptron|convolutional neural|"
        r"neural networks?|networks?|nets?)(?![\w])")
LOW = re.compile(r"(?<![\w\-])((?:[a-z][a-z]*(?:-[a-z]+)*\s+){1,2})" + KIND)
FUNCTION_WORDS = frozenset("a an the of for in on to with by from and or as at is are was were be that this these "
                           "its their our we which than into via".split())
HEADER = """# Session 18 (issue 10): lower-case phrases the 73k corpus writes at least {min} times right before a model kind
# (an acronym of recall_rules.KIND_ACRONYMS, its long form, "network(s)" or "net(s)"), hyphens as spaces, one or two
# words. Capitalised before a kind acronym ("Residual RNN", "Siamese CNN", "Semantic GAN") they describe the kind;
# they do not name a variant. Made by scripts/kind_descriptive_phrases.py (docs/history/corpus-graph.md, session 18)."""


def norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="JSONL(.gz) of papers with an 'abstract' field")
    ap.add_argument("--min", type=int, default=15)
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    counts: Counter = Counter()
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            for m in LOW.finditer(json.loads(line).get("abstract") or ""):
                words = norm(m.group(1)).split()
                for k in range(1, len(words) + 1):
                    counts[" ".join(words[-k:])] += 1
    print(HEADER.format(min=args.min))
    for phrase in sorted(p for p, n in counts.items() if n >= args.min and p.split()[0] not in FUNCTION_WORDS):
        print(phrase)


if __name__ == "__main__":
    main()
