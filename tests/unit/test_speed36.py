"""speed36 (session 33, docs/history/speed36.md): senses30's alias tidying with its fold skipped where no alias has
a line-end hyphen leftover, and its ligature test before its switch read, give what the former code gave."""

from __future__ import annotations

import random
import re

import pytest

from paperkg.extract import senses30


@pytest.fixture(autouse=True)
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_SENSES30", raising=False)


def _former_without_ligatures(text: str) -> str:
    if "alias-tidy" in senses30._senses_off30() or not senses30._LIGATURE.search(text):
        return text
    return senses30._LIGATURE.sub(lambda m: senses30._LIGATURES[m.group(0)], text)


def _former_tidy(aliases, name: str) -> list[str]:
    """tidy_aliases30 as session 32 left it."""
    if "alias-tidy" in senses30._senses_off30():
        return sorted(aliases)

    def fold(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())

    written = {_former_without_ligatures(a) for a in aliases} - {name}
    plain = {a for a in written if not senses30._LINE_END_HYPHEN.search(a)}
    known = {fold(name)} | {fold(a) for a in plain}
    kept = set(plain)
    for a in written - plain:
        if fold(senses30._LINE_END_HYPHEN.sub("", a)) not in known:
            kept.add(a)
    return sorted(kept)


_PIECES = ["Net", "work", "vi", "sual", "An", "gular", "- ", "-", " ", "Coarse", "and", "ﬁ", "ﬂ", "e", "SVM", "QA",
           "Sup", "port", "Vector", "3D", "(", ")"]


def _spelling(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6)))


@pytest.mark.parametrize("switch", [None, "off", "variant-fold"])
def test_tidy_is_the_former_tidy_on_random_aliases(monkeypatch, switch):
    if switch:
        monkeypatch.setenv("PAPERKG_SENSES30", switch)
    rng = random.Random(36)
    leftovers = 0
    for _ in range(4000):
        name = _spelling(rng)
        aliases = [_spelling(rng) for _ in range(rng.randint(0, 5))]
        if rng.random() < 0.3:  # a leftover of the name itself
            aliases.append(name.replace("a", "a- ", 1))
        if rng.random() < 0.2:
            aliases.append(name)
        leftovers += any(senses30._LINE_END_HYPHEN.search(a) for a in aliases)
        assert senses30.tidy_aliases30(list(aliases), name) == _former_tidy(list(aliases), name), (aliases, name)
        for a in aliases:
            assert senses30.without_ligatures30(a) == _former_without_ligatures(a)
    assert leftovers > 500  # both the short cut and the fold were exercised


def test_the_short_cut_keeps_ligatures_written_out_and_drops_the_name():
    assert senses30.tidy_aliases30(["identiﬁcation net", "Idnet", "IdNet"], "IdNet") == ["Idnet",
                                                                                         "identification net"]
