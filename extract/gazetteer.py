"""The gazetteer: curated name lists (package data) matched with spaCy PhraseMatchers.

Entries come from ``extract/data/gazetteer.jsonl`` (built by ``scripts/build_gazetteer.py`` from the
sources in ``extract/data/SOURCES.md``). Single-token names match case-sensitively (``BERT`` is not
``bert``); names of several tokens match case-insensitively, except dataset names from the derived lists,
which match only as written. Matches go to ``doc.spans["gazetteer"]``
with the entity type as label and the entry's index as ``kb_id``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...]
    family: str | None
    source: str

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@lru_cache(maxsize=4)
def load_entries(path: str | None = None) -> tuple[GazetteerEntry, ...]:
    """The shipped gazetteer (or a JSONL file in the same format)."""
    if path is None:
        text = resources.files("paperkg.extract").joinpath("data/gazetteer.jsonl").read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    entries = []
    for line in text.splitlines():
        if line.strip():
            d = json.loads(line)
            entries.append(
                GazetteerEntry(d["name"], d["type"], tuple(d.get("aliases") or ()), d.get("family"), d.get("source", ""))
            )
    return tuple(entries)


@Language.factory("paperkg_gazetteer", default_config={"path": None})
def make_gazetteer(nlp: Language, name: str, path: str | None):
    return Gazetteer(nlp, load_entries(path))


class Gazetteer:
    """Finds known names. Two matchers: exact case for one-token names, lower case for longer ones."""

    def __init__(self, nlp: Language, entries: tuple[GazetteerEntry, ...]):
        self.entries = entries
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list] = {}
        lower: dict[str, list] = {}
        forms: list[tuple[int, str]] = [(i, f) for i, e in enumerate(entries) for f in e.forms]
        # Patterns are tokenized by a throwaway tokenizer with the same rules: tokenizing 30k names with
        # the pipeline's own tokenizer made every later abstract tokenize about 4x slower (measured).
        # The matcher compares attribute hashes, which do not depend on the vocab.
        tokenizer = spacy.blank(nlp.lang).tokenizer
        docs = tokenizer.pipe(f for _, f in forms)
        for (i, form), pattern in zip(forms, docs):
            key = str(i)
            if len(pattern) == 1:
                exact.setdefault(key, []).append(pattern)
                if form.islower():
                    lower.setdefault(key, []).append(pattern)
                elif entries[i].type in ("method", "model") and any(c.isupper() for c in form[1:]):
                    exact.setdefault(key, []).append(tokenizer(form + "s"))  # "GANs", "LSTMs"
            elif entries[i].source != "curated" and entries[i].type in ("dataset", "benchmark"):
                # Derived dataset names ("Social Media", "Real-World Data") read as plain phrases in
                # lower case; only their capitalised spelling is a name.
                exact.setdefault(key, []).append(pattern)
            else:
                lower.setdefault(key, []).append(pattern)
        for key, patterns in exact.items():
            self.exact.add(key, patterns)
        for key, patterns in lower.items():
            self.lower.add(key, patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                idx = doc.vocab.strings[match_id]
                entry = self.entries[int(idx)]
                spans.append(Span(doc, start, end, label=entry.type, kb_id=idx))
        doc.spans["gazetteer"] = spans
        return doc
