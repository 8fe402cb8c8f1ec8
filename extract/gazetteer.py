"""The gazetteer: curated name lists (package data) matched with spaCy PhraseMatchers.

Entries come from ``extract/data/gazetteer.jsonl`` (built by ``scripts/build_gazetteer.py`` from the
sources in ``extract/data/SOURCES.md``). Single-token names match case-sensitively (``BERT`` is not
``bert``); names of several tokens match case-insensitively, except dataset names from the derived lists,
which match only as written. Matches go to ``doc.spans["gazetteer"]``
with the entity type as label and the entry's stable ``id`` ("<type>:<slug>") as ``kb_id``.

One list per pipeline: the resolver and the context rules take their entries from the
``paperkg_gazetteer`` component they run with (``nlp.get_pipe("paperkg_gazetteer").entries``), so a
custom ``path`` changes everything that reads the list; ``entry_by_id`` looks an id up in a loaded list.
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

from paperkg.errors import InputError

from .lexemes import keep_read_attrs
from .text import slug


@dataclass(frozen=True)
class GazetteerEntry:
    id: str  # "<type>:<slug>", unique in its list, stable when the list grows
    name: str
    type: str
    aliases: tuple[str, ...]
    family: str | None
    source: str

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def load_entries(path: str | None = None) -> tuple[GazetteerEntry, ...]:
    """The shipped gazetteer (or a JSONL file in the same format); loaded once per path."""
    return _load(path)


@lru_cache(maxsize=4)  # keyed on the path alone: load_entries() and load_entries(None) share one list
def _load(path: str | None) -> tuple[GazetteerEntry, ...]:
    if path is None:
        text = resources.files("paperkg.extract").joinpath("data/gazetteer.jsonl").read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    entries = []
    seen: set[str] = set()
    where = path or "paperkg.extract/data/gazetteer.jsonl"
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            d = json.loads(line)
            # Lists written by hand may leave the id out: it is derived the same way the build script does.
            eid = d.get("id") or f"{d['type']}:{slug(d['name'])}"
            if eid in seen:
                raise InputError(f"duplicate gazetteer id {eid!r}; give one of the entries its own \"id\"", where, n)
            seen.add(eid)
            entries.append(
                GazetteerEntry(
                    eid, d["name"], d["type"], tuple(d.get("aliases") or ()), d.get("family"), d.get("source", "")
                )
            )
    if path is None:
        entries.extend(_classical_entries(entries))
    return tuple(entries)


def _classical_entries(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """Textbook algorithms the derived lists miss (data/classical_methods.tsv), shipped list only.

    A form that another entry already has stays that entry's: this list only fills gaps.
    """
    text = resources.files("paperkg.extract").joinpath("data/classical_methods.tsv").read_text(encoding="utf-8")
    ids = {e.id for e in entries}
    taken = {f.lower() for e in entries for f in e.forms}
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, aliases = line.partition("\t")
        forms = [f for f in (name, *aliases.split(";")) if f and f.lower() not in taken]
        eid = f"method:{slug(name)}"
        if not forms or eid in ids:
            continue
        ids.add(eid)
        taken.update(f.lower() for f in forms)
        out.append(GazetteerEntry(eid, forms[0], "method", tuple(forms[1:]), None, "classical"))
    return out


@lru_cache(maxsize=4)
def _index(path: str | None) -> dict[str, GazetteerEntry]:
    return {e.id: e for e in load_entries(path)}


def entry_by_id(entry_id: str, path: str | None = None) -> GazetteerEntry:
    """The entry with this id in the loaded list (the shipped one unless ``path`` names another)."""
    try:
        return _index(path)[entry_id]
    except KeyError:
        raise KeyError(f"no gazetteer entry with id {entry_id!r}") from None


@Language.factory("paperkg_gazetteer", default_config={"path": None})
def make_gazetteer(nlp: Language, name: str, path: str | None):
    return Gazetteer(nlp, load_entries(path))


class Gazetteer:
    """Finds known names. Two matchers: exact case for one-token names, lower case for longer ones."""

    def __init__(self, nlp: Language, entries: tuple[GazetteerEntry, ...]):
        self.entries = entries
        self.by_id = {e.id: e for e in entries}
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list] = {}
        lower: dict[str, list] = {}
        forms: list[tuple[int, str]] = [(i, f) for i, e in enumerate(entries) for f in e.forms]
        # "Swin Transformer" is also written "Swin-Transformer": a hyphen-joined spelling of short
        # capitalised names (the tokenizer splits the hyphen, so the spaced pattern cannot match it).
        spelled = {f.lower() for _, f in forms}
        for i, f in list(forms):
            words = f.split()
            if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalnum() for w in words):
                joined = "-".join(words)
                if joined.lower() not in spelled:
                    spelled.add(joined.lower())
                    forms.append((i, joined))
            # "Atari 2600" is also written "Atari2600": a name and its number run together.
            if len(words) == 2 and words[0][:1].isupper() and words[0].isalpha() and words[1].isdigit() and len(words[1]) >= 2:
                if (run := "".join(words)).lower() not in spelled:
                    spelled.add(run.lower())
                    forms.append((i, run))
        # Patterns are tokenized by a throwaway tokenizer with the same rules: tokenizing 30k names with
        # the pipeline's own tokenizer made every later abstract tokenize about 4x slower (measured).
        # The matcher compares attribute hashes, which do not depend on the vocab (nor on its other getters).
        tokenizer = spacy.blank(nlp.lang).tokenizer
        keep_read_attrs(tokenizer.vocab)
        docs = tokenizer.pipe(f for _, f in forms)
        for (i, form), pattern in zip(forms, docs):
            key = entries[i].id
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
                entry = self.by_id[doc.vocab.strings[match_id]]
                spans.append(Span(doc, start, end, label=entry.type, kb_id=entry.id))
        doc.spans["gazetteer"] = spans
        return doc
