"""speed40 (session 36, docs/history/speed40.md): the pre-checked case-variant scan (``speed40.variant_spans40``)
gives what recall40's plain scan gives, on the study corpora's texts and on texts with every variant key planted in
several cases, with glued neighbours of every kind, and with the characters str.lower treats apart."""

from __future__ import annotations

import random

import pytest

from extract_cases import study_records  # tests/extract_cases.py

from paperkg.extract import recall40, speed40


def _texts() -> list[tuple[str, str]]:
    return [pair for title, abstract in study_records() for pair in ((title, title), (abstract, title))]


TEXTS = _texts()
VARIANTS = recall40._shipped_variants40()
FORMS = frozenset(f for f, _ in VARIANTS.values())
# Before and after a planted word: plain separators, the glue recall40 refuses, letters and digits (ASCII and not),
# and the characters whose lower case differs in length or lands in ASCII.
BEFORE = [" ", "(", "-", "_", "/", "x", "3", "é", "\u212a", "\u0130", "\u0131", "\u017f", "\n", ""]
AFTER = [" ", ")", ",", ".", "-", "_", "s", "7", "é", "\u212a", "\u0130", "'s", ""]


def _cases(word: str, rng: random.Random) -> list[str]:
    mixed = "".join(c.upper() if rng.random() < 0.5 else c for c in word)
    return [word, word.upper(), word.capitalize(), mixed]


def _planted(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    keys = sorted(VARIANTS)
    plain = [t for t, _ in TEXTS if t] or ["We train a model on the data."]
    out = []
    for _ in range(n):
        base = rng.choice(plain)
        for _ in range(rng.randint(1, 3)):
            key = rng.choice(keys)
            listed = VARIANTS[key][0]
            word = rng.choice(_cases(key, rng) + [listed])
            at = rng.randint(0, len(base))
            base = base[:at] + rng.choice(BEFORE) + word + rng.choice(AFTER) + base[at:]
        if rng.random() < 0.2:  # the paper defines it its own way: recall40 keeps it out
            base += f" ({word})"
        title = rng.choice([base[:60], f"{word}: a title", ""])
        out.append((base, title))
    return out


def _same(cases: list[tuple[str, str]]) -> int:
    hits = 0
    for text, title in cases:
        want = recall40.variant_spans40(text, VARIANTS, FORMS, title)
        assert speed40.variant_spans40(text, VARIANTS, FORMS, title) == want, (text[:200], title)
        hits += len(want)
    return hits


def test_variants_are_there():
    assert len(VARIANTS) > 100
    assert any(len(k) == 4 for k in VARIANTS)  # the shortest words the scan reads


def test_study_texts():
    assert len(TEXTS) > 500
    _same(TEXTS)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_planted_texts(seed):
    assert _same(_planted(1500, seed)) > 200  # many true hits, so a pre-check that skips them fails


def test_every_key_in_every_case():
    cases = []
    for key, (listed, _) in VARIANTS.items():
        for word in (key, key.upper(), key.capitalize(), key[:-1] + key[-1].upper(), listed):
            cases += [(f"We use {word} here.", ""), (f"{word}", ""), (f"a ({word})", ""), (f"x{word} {word}-", "")]
    assert _same(cases) > len(VARIANTS)


def test_empty_variants_and_text():
    assert speed40.variant_spans40("We use fasttext.", {}, FORMS) == []
    assert speed40.variant_spans40("", VARIANTS, FORMS) == []


def test_keys_kept_per_dict():
    other = {"fasttext": ("fastText", "method:x")}
    assert speed40._keys40(VARIANTS) is speed40._keys40(VARIANTS)
    assert speed40._keys40(other) == frozenset(other)
    assert speed40.variant_spans40("We use FastText.", other, frozenset()) == [(7, 15, "method:x")]
