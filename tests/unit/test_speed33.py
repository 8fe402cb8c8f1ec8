"""Session 29's tagger, mined-lexicon and resolver speed-ups give what the former code gave (docs/history/speed.md,
"Resolver and tagger speed (issue 10, session 29)"): the mined lexicon's find that passes over words opening no
listed first word, its lazily made set of the paper's names, its switch read through ``memo.env``; the tagger's
features over the entity spans in any order; the resolver's per-entry caches (normalised forms; source, type and
priority)."""

from __future__ import annotations

import bisect
import random

from paperkg.extract import candidates as C
from paperkg.extract import lexicon_mined as LM
from paperkg.extract import memo
from paperkg.extract.pipeline import _worker_state
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity, _priority
from paperkg.extract.text import ends_word, normalise_surface

# Invented names: one-character first words ("X", "7"), first words with dots ("v.2", "Foo."), names sharing a first
# word (longest first), a plain title word, a data acronym before a modifying noun.
NAMES = {"Zorbnet": "method", "Zorbnet v2": "model", "X": "method", "X-Former": "model", "7Cities": "dataset",
         "Qlux Bench": "benchmark", "Qlux": "dataset", "Foo. Set": "dataset", "Go": "method", "Mux+": "method",
         "KORP": "dataset", "Trellis": "dataset", "A1B": "benchmark", "Wq.": "method"}
PIECES = ["Zorbnet", "Zorbnet v2", "X", "X-Former", "7Cities", "Qlux", "Qlux Bench", "Foo.", "Foo. Set", "Go", "Mux+",
          "KORP", "Trellis", "A1B", "Wq.", "Wq", "We", "The", "In", "Zo", "Xa", "Q", "7", "70", " ", " ", " ", ", ",
          ". ", "(", ")", "+", "/", "@", "#", "'", "-", "\n", "the", "setting", " library", " problem", "data", "é",
          "Zorbnets", "Trellis_", "KORP$", "x", "Ambient", "Model"]


def find_former(lex: LM.MinedLexicon, text: str, taken: list[tuple[int, int]],
                title: bool = False) -> list[tuple[int, int, str, str]]:
    """``MinedLexicon.find`` as it was before session 29 (every word of ``name_starts`` looked up)."""
    taken = sorted(taken)
    starts = [s for s, _ in taken]
    out: list[tuple[int, int, str, str]] = []
    last_end = 0
    for p, word in LM.name_starts(text):
        if p < last_end:
            continue
        for surface, typ in lex.by_first.get(word.rstrip("."), ()):
            end = p + len(surface)
            if not text.startswith(surface, p) or not ends_word(text, end, "+_'$\\"):
                continue
            i = bisect.bisect_right(starts, end - 1)
            if i and taken[i - 1][1] > p:
                break
            last_end = end
            if title and surface.isalpha() and surface[1:].islower():
                break
            if (title or not LM._in_longer_name(text, p, end)) and not LM.PARADIGM_AFTER.match(text, end):
                out.append((p, end, surface, typ))
            break
    return out


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 16))) for _ in range(n)]


def _taken(text: str, rnd: random.Random) -> list[tuple[int, int]]:
    out = []
    for _ in range(rnd.randint(0, 3)):
        if text:
            s = rnd.randrange(len(text))
            out.append((s, min(len(text), s + rnd.randint(1, 8))))
    return out


def test_mined_find_is_the_former_find():
    lex = LM.MinedLexicon(NAMES)
    assert lex.starts1 == frozenset({"X"}) and "Wq" in lex.by_first and "Fo" in lex.starts2
    rnd = random.Random(29)
    hits = 0
    for text in _texts(20000, 33):
        taken = _taken(text, rnd)
        for title in (False, True):
            got = lex.find(text, taken, title=title)
            assert got == find_former(lex, text, taken, title=title), (text, taken, title)
            hits += len(got)
    assert hits > 3000  # the texts hold names


def test_mined_find_shipped_lexicon_on_texts():
    lex = LM.lexicon()
    names = sorted(lex.types)[:400]
    rnd = random.Random(7)
    pieces = names + [" ", " ", ", ", ". ", "We", "The", "(", ")", "setting", "data", "-", "Model", "on"]
    hits = 0
    for _ in range(3000):
        text = rnd.choice(("", " ")).join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20)))
        taken = _taken(text, rnd)
        for title in (False, True):
            got = lex.find(text, taken, title=title)
            assert got == find_former(lex, text, taken, title=title), text
            hits += len(got)
    assert hits > 1000


def test_a_word_opening_no_first_word_is_passed_over():
    # the gate: "Zo" opens "Zorbnet", "Za" opens nothing; one-character first words pass by their character
    lex = LM.MinedLexicon({"Zorbnet": "method", "X": "model"})
    assert "Zo" in lex.starts2 and "Za" not in lex.starts2 and lex.starts1 == frozenset({"X"})
    assert lex.find("We use Zorbnet and X here.", []) == [(7, 14, "Zorbnet", "method"), (19, 20, "X", "model")]
    assert lex.find("We use Zarbnet and Y here.", []) == []
    assert LM.MinedLexicon({}).find("Zorbnet", []) == []


def _entity(name: str, typ: str, spans: list[tuple[int, int]], text: str, aliases: list[str] | None = None) -> LocalEntity:
    return LocalEntity(name, typ, "uses", aliases or [], None, [Mention(text[s:e], s, e, 0, "rule:x") for s, e in spans])


def test_mined_entities_skip_names_the_paper_has(monkeypatch):
    lex = LM.MinedLexicon({"Zorbnet": "method", "Qlux": "dataset", "KORP": "dataset"})
    monkeypatch.setattr(LM.STEPS, "lexicon", lambda: lex)
    abstract = "We train ZORBNET-like nets. Zorbnet beats Qlux on KORP and Qlux."
    # the paper has "zorbnet" (another case, as an alias) and defines "KORP" as a short form: only Qlux is added
    ents = [_entity("ZORBNET-like", "method", [(9, 21)], abstract, aliases=["zorbnet"])]
    got = LM.mined_entities(None, abstract, ents, [(0, len(abstract))], [("KORP", "Korean Pairs")])
    assert [(e.name, e.type, [(m.start, m.end) for m in e.mentions]) for e in got] == [
        ("Qlux", "dataset", [(42, 46), (59, 63)])]
    # with no hit, nothing is added and nothing is asked of the paper's names
    assert LM.mined_entities(None, "Nothing listed here.", ents, [(0, 20)]) == []


def test_mined_names_switch_read_from_the_environment(monkeypatch, tmp_path):
    listed = tmp_path / "names.tsv"
    listed.write_text("Quarbix\tdataset\n", encoding="utf-8")
    monkeypatch.setenv("PAPERKG_MINED_NAMES", str(listed))
    assert LM.lexicon().types == {"Quarbix": "dataset"}
    monkeypatch.setenv("PAPERKG_MINED_NAMES", "off")
    assert len(LM.lexicon()) == 0
    with memo.fixed_environment():  # the batch's copy, taken at its start
        assert len(LM.lexicon()) == 0
    monkeypatch.delenv("PAPERKG_MINED_NAMES")
    assert len(LM.lexicon()) > 100  # the shipped list


def _former_near(c: C.Candidate, text: str, entity_spans: list[tuple[int, int, str]]) -> tuple[bool, bool]:
    """The near-entity flags as features computed them before session 29 (the spans sorted first)."""
    near = near_data = False
    for start, end in c.spans:
        for es, ee, typ in sorted(entity_spans):
            if (0 <= start - ee <= 6 and C.LIST_JOIN.fullmatch(text[ee:start])) or (
                    0 <= es - end <= 6 and C.LIST_JOIN.fullmatch(text[end:es])):
                near = True
                if typ in ("dataset", "benchmark"):
                    near_data = True
    return near, near_data


def test_features_do_not_depend_on_the_order_of_entity_spans():
    rnd = random.Random(33)
    words = ["Alpha", "Beta", "Gamma", "Delta", "and", "or", ",", "on", "with", "the", "Zeta", "(", ")", "."]
    typs = ["method", "model", "dataset", "benchmark", "task", "metric"]
    near_seen = data_seen = 0
    for _ in range(3000):
        toks = [rnd.choice(words) for _ in range(rnd.randint(3, 25))]
        text = " ".join(toks)
        starts, p = [], 0
        for t in toks:
            starts.append((p, p + len(t)))
            p += len(t) + 1
        picked = rnd.sample(starts, min(len(starts), rnd.randint(1, 6)))
        c = C.Candidate(text[picked[0][0]:picked[0][1]], sorted(picked[:2]))
        spans = [(s, e, rnd.choice(typs)) for s, e in picked[2:]] + [(s, e, rnd.choice(typs))
                                                                     for s, e in rnd.sample(starts, min(3, len(starts)))]
        x = C.features(c, text, "", frozenset({"alpha"}), spans, [(0, len(text))])
        shuffled = list(spans)
        rnd.shuffle(shuffled)
        assert x == C.features(c, text, "", frozenset({"alpha"}), shuffled, [(0, len(text))])
        assert x == C.features(c, text, "", frozenset({"alpha"}), sorted(spans), [(0, len(text))])
        near, near_data = _former_near(c, text, spans)
        assert (x[C.INDEX["near_entity"]] == 1.0, x[C.INDEX["near_data_entity"]] == 1.0) == (near, near_data)
        near_seen += near
        data_seen += near_data
    assert near_seen > 300 and data_seen > 100


def test_resolver_entry_caches_are_the_plain_values():
    _, resolver = _worker_state()
    entries = list(resolver.entries)
    assert len(entries) > 1000
    for idx in entries:
        entry = resolver.entries[idx]
        norms = resolver._entry_norms(idx)
        assert norms == [normalise_surface(f) for f in entry.forms]
        assert resolver._entry_norms(idx) is norms  # made once
        src = f"gazetteer:{entry.source}"
        assert resolver._gazetteer_source(idx) == (src, entry.type, _priority(src, entry))


def test_entry_norms_list_is_not_changed_by_its_readers():
    _, resolver = _worker_state()
    idx = next(iter(resolver.entries))
    before = list(resolver._entry_norms(idx))
    forms = ["x"]
    forms += resolver._entry_norms(idx)  # as resolve reads it: a new list extended
    assert resolver._entry_norms(idx) == before


def test_a_narrower_gate_would_lose_names():
    # the gate is needed as wide as it is: without the one-character first words "X" is lost, without the two-
    # character openings every longer name is
    lex = LM.MinedLexicon(NAMES)
    text = "We use X and Zorbnet v2 on Qlux Bench."
    assert lex.find(text, []) == find_former(lex, text, []) != []
    lex.starts1 = frozenset()
    assert [h[2] for h in lex.find(text, [])] == ["Zorbnet v2", "Qlux Bench"]
    lex.starts1, lex.starts2 = frozenset({"X"}), frozenset()
    assert [h[2] for h in lex.find(text, [])] == ["X"]
