"""speed38 (session 35, docs/history/speed38.md): the exact pre-checks before whole-text scans never skip a text
the scan matches in: ``speed38.may_match`` (literals read from a pattern's parse), ``speed38.SpacedNames`` (recall36's
names found from their second words), and the two rules that use them give what the plain scans give."""

from __future__ import annotations

import random
import re

import pytest

from extract_cases import study_records  # tests/extract_cases.py

from paperkg.extract import junk, precision26, precision38, precision39, recall36, rules
from paperkg.extract.speed38 import SpacedNames, may_match, needed_literals


def _texts() -> list[str]:
    return [text for title, abstract in study_records() for text in (title, abstract)]


TEXTS = _texts()


def _planted(words: list[str], n: int, seed: int) -> list[str]:
    """Texts with words put between random corpus text, in several cases and with glued neighbours."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        base = rng.choice(TEXTS) if TEXTS else "We study things."
        w = rng.choice(words)
        w = rng.choice([w, w.lower(), w.upper(), w.title(), w.replace("i", "\u0131"), w.replace("s", "\u017f")])
        left, right = rng.choice(["", " ", "(", "-", "a", "\u201c"]), rng.choice(["", " ", ",", "s", "-", "."])
        at = rng.randrange(len(base) + 1)
        out.append(base[:at] + left + w + right + base[at:])
    return out


def _patterns() -> list[re.Pattern]:
    pats = []
    for mod in (rules, junk, precision26, precision38, precision39):
        pats += [v for v in vars(mod).values() if isinstance(v, re.Pattern) and needed_literals(v)]
    return pats


def test_study_texts_are_there():
    assert len(TEXTS) > 1000


def test_may_match_never_skips_a_match():
    """On study texts and texts with each needle planted: wherever a pattern matches, may_match says it may."""
    pats = _patterns()
    assert len(pats) > 40
    checked = skipped = 0
    for p in pats:
        exact, folded = needed_literals(p)
        texts = TEXTS[:1500] + _planted(list(exact + folded), 150, seed=len(p.pattern))
        for text in texts:
            hit = p.search(text) is not None
            ok = may_match(p, text)
            assert ok or not hit, (p.pattern[:60], text[:80])
            checked += hit
            skipped += not ok
    assert checked > 2000 and skipped > 10000  # the check both passes matches and skips texts


@pytest.mark.parametrize("src, text, expected", [
    (r"\b(?:shared\s+task|(?i:challenge))", "the CHALLENGE", True),
    (r"\b(?:shared\s+task|(?i:challenge))", "the Challenges", True),
    (r"\b(?:shared\s+task|(?i:challenge))", "the challenging", False),
    (r"\b(?:shared\s+task|(?i:challenge))", "the Shared task", False),
    (r"(?i:competition)", "compet\u0131t\u0131on", True),  # (?i) i matches dotless i: lowered() gives None
    (r"(?i:kernel)", "\u212aernel", True),  # the Kelvin sign lower-cases to k
    (r"(?i)abc", "xABCx", True),
    (r"(?i)abc", "xABx", False),
    (r"a(?-i:B)c", "aBc", True),
    (r"(?i)(?-i:Bcd)e", "BCDE", False),  # the case-kept part is the longer string
    (r"(?i)(?-i:Bcd)e", "xBcdE", True),
    (r"(?:foo){2,}", "foofoo", True),
    (r"(?:foo){2,}", "fo", False),
])
def test_may_match_cases(src, text, expected):
    p = re.compile(src)
    assert may_match(p, text) is expected
    assert not p.search(text) or may_match(p, text)


@pytest.mark.parametrize("src", [r"(?:foo)?bar|baz?", r"x*", r"(?:a|)", r"\w+", r"(?i)\u0130stanbul"])
def test_no_needles_when_not_known(src):
    """An optional part, an empty way or a class gives nothing (or a string of what is certain)."""
    need = needed_literals(re.compile(src))
    if src == r"(?:foo)?bar|baz?":
        assert need == (("ba", "bar"), ()) or need == (("ba",), ())
    else:
        assert need is None


def test_campaign_needles():
    exact, folded = needed_literals(precision39._CAMPAIGN_RE39)
    assert "SemEval" in exact and "Task" in exact and "challenge" in folded


def test_spaced_names_equal_substring_test():
    names = sorted(recall36.modified_names36())
    assert len(names) > 50
    spaced = SpacedNames(names)
    texts = TEXTS[:3000] + _planted(names, 3000, seed=38)
    found = 0
    for text in texts:
        want = any(n in text for n in names)
        assert spaced.any_in(text) is want, text[:80]
        found += want
    assert found > 1000


def test_spaced_names_edge_cases():
    names = ["Bi-directional LSTM", "Bi-directional LSTMs", "Character LSTM", "OneWord", "two  spaces", "a b c"]
    s = SpacedNames(names)
    for text, want in [("a Character LSTMs here", True), ("Bi-directional LSTMs", True), ("Bi-directional LST", False),
                       ("xOneWordx", True), ("two  spaces", True), ("two spaces", False), ("a b", False),
                       ("xa b cx", True), ("Character  LSTM", False), (" LSTM", False), ("", False)]:
        assert s.any_in(text) is want, text
        assert want is any(n in text for n in names)


def test_modified_name_spans_as_the_plain_scan(monkeypatch):
    monkeypatch.setenv("PAPERKG_RECALL36", "")  # every part on
    names = sorted(recall36.modified_names36())
    scan = recall36._scan36()
    texts = TEXTS[:2000] + _planted(names, 2000, seed=36)
    hits = 0
    for text in texts:
        plain = [m.span() for m in scan.finditer(text)]
        if plain:
            hits += 1
            assert recall36._may_match36(text)
    assert hits > 200


def test_team_system_gate_as_the_plain_search():
    p = precision39._CAMPAIGN_RE39
    exact, folded = needed_literals(p)
    texts = TEXTS + _planted(list(exact + folded) + ["shared tasks", "Task 3", "evaluation campaign"], 3000, seed=39)
    hits = 0
    for text in texts:
        if p.search(text):
            hits += 1
            assert may_match(p, text)
    assert hits > 1000
