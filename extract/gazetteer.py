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
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import spacy
from spacy.attrs import IDX, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from paperkg.errors import InputError

from .lexemes import keep_read_attrs
from .recall51 import row_fields51
from .speed35 import remember_gazetteer  # session 32: the matches read once a doc
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
        row = row_fields51(line)  # recall51: tagged rows carry a type and follow PAPERKG_RECALL51
        if row is None:
            continue
        name, aliases, typ, _ = row
        forms = [f for f in (name, *aliases.split(";")) if f and f.lower() not in taken]
        eid = f"{typ}:{slug(name)}"
        if not forms or eid in ids:
            continue
        ids.add(eid)
        taken.update(f.lower() for f in forms)
        out.append(GazetteerEntry(eid, forms[0], typ, tuple(forms[1:]), None, "classical"))
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
        from . import recall_rules  # here, not at the top: recall_rules imports rules, which imports this module

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
            # session 22: "The Stack" is also written "from the Stack" (matched as written, below)
            if recall_rules.article_name(f):
                forms.append((i, "the " + words[1]))
            # "Matterport3D" is also written "Matterport 3D", "BiLSTM" "Bi-LSTM".
            for variant in recall_rules.spelling_variants(f, entries[i].type):
                if variant.lower() not in spelled:
                    spelled.add(variant.lower())
                    forms.append((i, variant))
        # Patterns are tokenized by a throwaway tokenizer with the same rules: tokenizing 30k names with
        # the pipeline's own tokenizer made every later abstract tokenize about 4x slower (measured).
        # The matcher compares attribute hashes, which do not depend on the vocab (nor on its other getters).
        tokenizer = spacy.blank(nlp.lang).tokenizer
        keep_read_attrs(tokenizer.vocab)
        # Each pattern as its tokens' (ORTH, LOWER) hashes, which PhraseMatcher.add takes in place of a Doc
        # (a Doc per pattern, checked for annotations, cost more than the matcher's own work).
        hashes = token_hashes(tokenizer, [f for _, f in forms])
        plural = [  # the one-token method and model names written with an S ("GANs"), as below
            f + "s" for (i, f), (orth, _) in zip(forms, hashes)
            if len(orth) == 1 and not f.islower() and entries[i].type in ("method", "model")
            and any(c.isupper() for c in f[1:])
        ]
        plural_hashes = dict(zip(plural, token_hashes(tokenizer, plural)))
        for (i, form), (orth, low) in zip(forms, hashes):
            key = entries[i].id
            if len(orth) == 1:
                exact.setdefault(key, []).append(orth)
                if form.islower():
                    lower.setdefault(key, []).append(low)
                elif entries[i].type in ("method", "model") and any(c.isupper() for c in form[1:]):
                    exact.setdefault(key, []).append(plural_hashes[form + "s"][0])  # "GANs", "LSTMs"
            elif (entries[i].source != "curated" and entries[i].type in ("dataset", "benchmark")) or recall_rules.article_name(form):
                # Derived dataset names ("Social Media", "Real-World Data") read as plain phrases in
                # lower case; only their capitalised spelling is a name.
                exact.setdefault(key, []).append(orth)
            else:
                lower.setdefault(key, []).append(low)
        for key, patterns in exact.items():
            self.exact.add(key, patterns)
        for key, patterns in lower.items():
            self.lower.add(key, patterns)

        # A match's id is the hash of its entry's id: its span's label and kb_id as hashes, found without strings.
        strings = nlp.vocab.strings
        self._span_ids = {strings.add(e.id): (strings.add(e.type), strings.add(e.id)) for e in entries}
        # session 35 (recall40 case-variant): "fasttext", "CVAE" for the listed "fastText", "cVAE"
        from . import precision55, recall40, speed40

        # functions kept, not the modules: a compiled (mypyc) class has no slot for a module-typed attribute
        self._on40 = recall40.on40  # imported once here, not per doc
        self._continued55 = precision55.continued_spans55  # session 42 (precision55)
        self._variant_spans40 = speed40.variant_spans40  # session 36 (speed40): recall40's scan, pre-checked
        self._variants40 = recall40.case_variants40(entries)
        self._forms40 = frozenset(f for e in entries for f in e.forms)
        # session 43 (recall53): listed names in another case ("Pascal VOC", "Ransac"); built even when off
        from . import recall53

        self._on53 = recall53.on53
        self._keep_data53 = recall53.keep_data_case53
        self._acr_spans53 = recall53.acronym_spans53
        acr53, dword53 = recall53.acronym_variants53(entries), recall53.acronym_variants53(entries, "data-word-case")
        self._acr_by53 = {(True, False): acr53, (False, True): dword53, (True, True): {**dword53, **acr53}}
        self._data53 = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._data_forms53: dict[int, tuple[str, ...]] = {}
        case53 = recall53.data_case_forms53(entries)
        for (i, form), (_, low) in zip(case53, token_hashes(tokenizer, [f for _, f in case53])):
            key = entries[i].id
            self._data53.add(key, [low])  # type: ignore[list-item]  # speed46: hashes, as the other adds
            self._data_forms53[nlp.vocab.strings[key]] = entries[i].forms

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        span_ids = self._span_ids
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                label, kb_id = span_ids[match_id]
                spans.append(Span(doc, start, end, label=label, kb_id=kb_id))
        if self._variants40:  # session 35 (recall40 case-variant)
            variant_spans40 = self._variant_spans40  # speed40: the same spans as recall40.variant_spans40
            if self._on40("case-variant"):
                text = doc.user_data.get("paperkg_text") or doc.text
                title = text if doc.user_data.get("paperkg_is_title") else doc.user_data.get("paperkg_title")
                for s, e, eid in variant_spans40(text, self._variants40, self._forms40, title):
                    span = doc.char_span(s, e)
                    if span is not None:
                        label, kb_id = span_ids[doc.vocab.strings[eid]]
                        spans.append(Span(doc, span.start, span.end, label=label, kb_id=kb_id))
        # session 43 (recall53): a listed data name or all-capitals name written in another case
        on_data53, on_acr53 = self._on53("data-case"), self._on53("acronym-case")
        on_dword53 = self._on53("data-word-case")
        if on_data53 or on_acr53 or on_dword53:
            text53 = doc.user_data.get("paperkg_text") or doc.text
            is_title53 = bool(doc.user_data.get("paperkg_is_title"))
            if on_data53:
                for match_id, start, end in self._data53(doc):
                    span = doc[start:end]
                    forms53 = self._data_forms53[match_id]
                    if self._keep_data53(text53, span.start_char, span.end_char, forms53, is_title53):
                        label, kb_id = span_ids[match_id]
                        spans.append(Span(doc, start, end, label=label, kb_id=kb_id))
            acr53 = self._acr_by53.get((on_acr53, on_dword53))
            if acr53:
                title53 = text53 if is_title53 else doc.user_data.get("paperkg_title")
                for s, e, eid in self._acr_spans53(text53, acr53, self._forms40, title53):
                    span = doc.char_span(s, e)
                    if span is not None:
                        label, kb_id = span_ids[doc.vocab.strings[eid]]
                        spans.append(Span(doc, span.start, span.end, label=label, kb_id=kb_id))
        # precision55: "XLM" in "XLM-R." or "XLM-R_L" is the head of a longer name, no mention of the listed "XLM"
        # speed52: the text the pipeline keeps in user_data (== doc.text, as above): ``doc.text`` joined every token's
        # text again on each doc (~1.2 % of plain extraction, 4,000 random 73k abstracts)
        spans = self._continued55(doc.user_data.get("paperkg_text") or doc.text, spans)
        doc.spans["gazetteer"] = spans
        remember_gazetteer(doc, spans)  # session 32 (speed35): the matches' char tuples, read once a doc
        return doc


def token_hashes(tokenizer, texts: list[str], batch: int = 1000) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The (ORTH, LOWER) hashes of the tokens ``tokenizer(text)`` gives, for each text.

    A thousand texts joined by line breaks are tokenized as one Doc: making a Doc per name cost more than
    tokenizing it. Tokens never cross white space, so each text gets the tokens it gets alone; a batch where a
    token does cross from a text into a line break (white space at a text's end, a special case spanning white
    space) is tokenized one text at a time instead.
    """
    filled = [t for t in texts if t]  # "" has no tokens (and two line breaks around it would be one token)
    got: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    for b in range(0, len(filled), batch):
        part = filled[b : b + batch]
        joined = _joined_hashes(tokenizer, part)
        if joined is None:
            for text in part:
                arr = tokenizer(text).to_array([ORTH, LOWER]).reshape(-1, 2).tolist()
                got.append((tuple(h for h, _ in arr), tuple(h for _, h in arr)))
        else:
            got.extend(joined)
    found = iter(got)
    return [next(found) if t else ((), ()) for t in texts]


def _joined_hashes(tokenizer, texts: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]] | None:
    """Each text's token hashes from one Doc of the texts joined by line breaks; None when a token crosses a bound."""
    starts, ends = [], []
    pos = 0
    for text in texts:
        starts.append(pos)
        ends.append(pos + len(text))
        pos += len(text) + 1
    orth: list[list[int]] = [[] for _ in texts]
    low: list[list[int]] = [[] for _ in texts]
    for h, lh, idx, n in tokenizer("\n".join(texts)).to_array([ORTH, LOWER, IDX, LENGTH]).reshape(-1, 4).tolist():
        k = bisect_right(starts, idx) - 1
        if idx < ends[k]:
            if idx + n > ends[k]:
                return None  # runs on past the text's end
            orth[k].append(h)
            low[k].append(lh)
        elif k + 1 < len(texts) and idx + n > starts[k + 1]:
            return None  # a line break that runs on into the next text
    return [(tuple(o), tuple(w)) for o, w in zip(orth, low)]
