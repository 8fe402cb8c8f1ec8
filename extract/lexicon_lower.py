"""Lower-case technique names the corpus confirms, looked up in any abstract (issue 10, session 15).

``data/lower_names.tsv`` holds plain multi-word names ("score matching", "follow the regularized leader") that
paperkg's extraction found as a method with a strong cue in several other papers of the 73k corpus, in any
case, and never as anything else (``scripts/mine_lower_names.py``; provenance in SOURCES.md). The mined lexicon
(lexicon_mined.py) keeps names in their own capitalised case only; a paper that writes one of these in lower
case, with no cue, still gets it here. Matches are exact lower-case word sequences at word boundaries, outside
what the paper's extraction found. Off unless ``PAPERKG_LOWER_LEXICON`` is "on" (the shipped list) or names
another list: on the tunable gold sets it found one name and added more false positives (docs/history/extraction-quality.md, session 15).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .records import Mention
from .sentences import sentence_index

RULE = "lexicon:lower"
# Two to five lower-case words ("follow the regularized leader", "natural actor-critic").
PHRASE = re.compile(r"[a-z][a-z\-]*[a-z](?: [a-z][a-z\-]*[a-z]){1,4}")
# Last words that make a phrase a technique, not a task, metric or field ("score matching", not "pose
# estimation", "reinforcement learning" or "language model").
TECHNIQUE_HEADS = frozenset("""matching descent ascent iteration iterations leader lasso regression sampling sampler
boosting bagging pruning distillation dropout normalization propagation search programming inference optimization
optimizer factorization decomposition attention clustering quantization hashing annealing filtering filter
estimator algorithm method machine machines forest forests critic actor-critic q-learning gradient gradients
autoencoder autoencoders augmentation regularization smoothing relaxation pooling sketching prompting decoding
solver analysis embedding embeddings tuning averaging bootstrap bootstrapping""".split())
_WORD_START = re.compile(r"(?<![\w\-])[a-z]")


class LowerLexicon:
    def __init__(self, names: Sequence[str]):
        self.names = frozenset(names)
        self.by_first: dict[str, list[str]] = defaultdict(list)
        for name in sorted(self.names, key=lambda n: (-len(n), n)):  # longest first
            self.by_first[name.split(" ", 1)[0]].append(name)

    def __len__(self) -> int:
        return len(self.names)

    def find(self, text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """(start, end, name) of each listed name written in lower case in text, overlapping no taken span."""
        taken = sorted(taken)
        starts = [s for s, _ in taken]
        out: list[tuple[int, int, str]] = []
        last_end = 0
        for m in _WORD_START.finditer(text):
            p = m.start()
            if p < last_end:
                continue
            word_end = p
            while word_end < len(text) and (text[word_end].isalpha() or text[word_end] == "-"):
                word_end += 1
            for name in self.by_first.get(text[p:word_end], ()):
                end = p + len(name)
                if not text.startswith(name, p) or (end < len(text) and (text[end].isalnum() or text[end] in "-_")):
                    continue
                i = bisect_right(starts, end - 1)
                if not (i and taken[i - 1][1] > p):  # the paper's own reading of this stretch stands
                    out.append((p, end, name))
                last_end = end
                break
        return out


def read_names(text: str) -> list[str]:
    return [ln.split("\t")[0] for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> LowerLexicon:
    path = os.environ.get("PAPERKG_LOWER_LEXICON", "off")  # off by default: it did not pay on the gold sets
    if path == "off":
        return LowerLexicon(())
    if path != "on":
        with open(path, encoding="utf-8") as fh:
            return LowerLexicon(read_names(fh.read()))
    text = resources.files("paperkg.extract").joinpath("data/lower_names.tsv").read_text(encoding="utf-8")
    return LowerLexicon(read_names(text))


def lower_entities(abstract: str, entities: list, sentences: Sequence[tuple[int, int]]) -> list:
    """Method entities for the listed names the abstract writes in lower case where its extraction found
    nothing, and which the paper does not already have in another case. Role "uses": a paper proposing one
    says so with a cue the rules read. Titles are skipped: every word is capitalised there."""
    from .resolve import LocalEntity

    lex = lexicon()
    if not len(lex):
        return []
    have = {n.lower() for e in entities for n in (e.name, *e.aliases, *(m.text for m in e.mentions))}
    taken = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    new: dict[str, LocalEntity] = {}
    for start, end, name in lex.find(abstract, taken):
        if name in have:
            continue
        sent = sentence_index(sentences, start)
        mention = Mention(name, start, end, sent, RULE, "abstract")
        if name in new:
            new[name].mentions.append(mention)
        else:
            new[name] = LocalEntity(name, "method", "uses", [], None, [mention])
    return list(new.values())
