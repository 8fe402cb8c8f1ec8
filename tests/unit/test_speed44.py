"""speed44 (session 42, docs/history/speed44.md): two pre-checks give what the former code gave.

- ``recall50._title_text50``: a form none of whose parts is written (lowered) in the ASCII title up to the head's
  end compiles no pattern; the answer equals the former function (copied here) on study titles with forms planted
  in other cases, hyphens/spaces, and with the characters re.I folds apart from ``str.lower`` ("ſ", Kelvin, "İ").
- ``precision46.cue_families46`` on a non-ASCII text: the lowered anchors in ``ascii_view46`` equal the former re.I
  anchors on the text (copied here), on study texts and texts with anchors planted between non-ASCII characters.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from extract_cases import study_records  # tests/extract_cases.py

from extract.records import Mention
from extract.resolve import LocalEntity
from paperkg.extract import precision46, recall50

PAIRS = study_records()
TEXTS = [t for pair in PAIRS for t in pair if t]
TITLES = [t for t, _ in PAIRS if t]
# non-ASCII characters: the four re.I folds to ASCII letters, spaces \s matches, letters, punctuation, digits
ODD = ["\u017f", "\u212a", "\u0130", "\u0131", "\u00a0", "\u2009", "\u3000", "\u2028", "\u0085", "é", "É", "ß", "\u00b2",
       "\u0663", "\u2013", "\u2019", "\u00e6", "\ufb01", "\u03a3"]


# ---- the former code, copied -------------------------------------------------------------------------------------

def _old_title_text50(e, title: str, head: tuple[int, int]) -> list:
    hs, he = head
    if not e.mentions:
        return []
    forms = sorted({m.text for m in e.mentions} | {e.name}, key=len, reverse=True)
    for f in forms:
        parts = [re.escape(p) for p in re.split(r"[\s\-]+", f.strip()) if p]
        if not parts or len(f) < 3:
            continue
        rx = re.compile(r"(?i)(?<![\w\-])" + r"[\s\-]".join(parts) + r"(?![\w\-])")
        for x in rx.finditer(title, hs, he):
            right = title[x.end():he]
            if not right or (right.startswith(" ") and recall50._SUFFIX50.fullmatch(right.strip())):
                src = next(m for m in e.mentions)
                return [replace(src, text=x.group(0), start=x.start(), end=x.end(), field="title", sentence=0)]
    return []


def _old_cue_families46(text: str) -> tuple[bool, ...]:
    low = text.lower()
    return tuple(any(w in low for w in words) and a.search(text) is not None
                 for words, a in zip(precision46._ANCHOR_WORDS46, precision46._ANCHORS46))


# ---- recall50 ----------------------------------------------------------------------------------------------------

def _entity(forms: list[str]) -> LocalEntity:
    ms = [Mention(text=f, start=0, end=len(f), sentence=1, rule="gazetteer:methods", field="abstract") for f in forms]
    return LocalEntity(name=forms[0], type="method", role="uses", aliases=[], family=None, mentions=ms, entry=None)


def _respell(rng: random.Random, words: list[str]) -> str:
    """The words in another case / joined by "-" or spaces, sometimes with a fold character put in."""
    out = []
    for w in words:
        w = rng.choice([w, w.lower(), w.upper(), w.title()])
        if rng.random() < 0.15 and w:
            at = rng.randrange(len(w))
            w = w[:at] + rng.choice(["\u017f", "\u212a", "\u0130", "\u0131", "s", "k", "i", "é"]) + w[at + 1:]
        out.append(w)
    return "".join(w + rng.choice([" ", "-", "  ", " - "]) for w in out).rstrip(" -")


def _folded(rng: random.Random, text: str) -> str:
    """``text`` with some of its "s", "k", "i" (either case) written as "\u017f", the Kelvin sign, "\u0130" / "\u0131"."""
    folds = {"s": ["\u017f"], "k": ["\u212a"], "i": ["\u0130", "\u0131"]}
    return "".join(rng.choice(folds[c.lower()]) if c.lower() in folds and rng.random() < 0.5 else c for c in text)


def _title_cases(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        title = rng.choice(TITLES)
        if rng.random() < 0.2:  # a fold / non-ASCII character in the title
            at = rng.randrange(len(title))
            title = title[:at] + rng.choice(ODD) + title[at + 1:]
        words = re.findall(r"\S+", title)
        head = recall50.title_head50(title) or (0, len(title))
        forms = []
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(words))
            forms.append(_respell(rng, words[i:i + rng.randint(1, 3)]))
        forms.append(rng.choice(TITLES)[:rng.randint(2, 20)])  # another title's words: mostly not written
        forms.append(rng.choice(["ab", "a-b", "  ", "x", "GAN", "k-NN", "\u212aNN", "C++", "(a)", "A.B"]))
        if rng.random() < 0.3:  # the title's "s", "k", "i" written as the chars re.I folds to them
            title = _folded(rng, title)
        yield title, head, _entity([f for f in forms if f.strip()] or ["x"])


def _key(out):
    return [(m.text, m.start, m.end, m.field) for m in out]


def test_title_text50_equals_the_former_on_planted_forms():
    hits = 0
    for title, head, e in _title_cases(3000, 44):
        new = recall50._title_text50(e, title, head)
        assert _key(new) == _key(_old_title_text50(e, title, head)), (title, head, [m.text for m in e.mentions])
        hits += bool(new)
    assert hits > 300  # the cases reach the match, not only the pre-check


def test_title_text50_equals_the_former_on_each_form_alone():
    rng = random.Random(7)
    for title, head, e in _title_cases(1500, 45):
        for m in e.mentions:
            one = _entity([m.text])
            assert _key(recall50._title_text50(one, title, head)) == _key(_old_title_text50(one, title, head))
        # the head's end cut anywhere
        cut = (0, rng.randint(0, len(title)))
        assert _key(recall50._title_text50(e, title, cut)) == _key(_old_title_text50(e, title, cut))


def test_title_text50_pre_check_is_taken_and_keeps_folds():
    low = recall50._ascii_low50("Deep Counterfactual Regret Minimization", 39)
    assert low == "deep counterfactual regret minimization"
    assert not recall50._may_write50(["Mean", "Shift"], "Mean Shift", low)
    assert recall50._may_write50(["regret", "MINIMIZATION"], "regret MINIMIZATION", low)
    assert recall50._may_write50(["\u212aNN"], "\u212aNN", low)  # a non-ASCII form: no pre-check
    assert recall50._ascii_low50("\u212aNN Search", 10) is None  # a non-ASCII title: no pre-check
    # the Kelvin sign of the title is "k" under re.I: the former and the new find it
    e = _entity(["KNN Search"])
    assert _key(recall50._title_text50(e, "\u212aNN Search", (0, 10))) == [("\u212aNN Search", 0, 10, "title")]


# ---- precision46 -------------------------------------------------------------------------------------------------

def test_folds46_are_every_non_ascii_fold_to_an_ascii_letter():
    letters = [re.compile(c, re.I) for c in "abcdefghijklmnopqrstuvwxyz"]
    any_letter = re.compile("[a-z]", re.I)
    found = {}
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        if any_letter.fullmatch(c) or c.lower() != c or c.upper() != c:
            hit = [p.pattern for p in letters if p.fullmatch(c)]
            if hit:
                found[c] = hit
    assert {c: v[0] for c, v in found.items()} == precision46._FOLDS46
    assert all(len(v) == 1 for v in found.values())


def test_ascii_view46_keeps_length_spaces_and_folds():
    t = "Data\u00a0Model \u017fite \u212a \u0130 \u0131 é\u2009news\u3000sites \u2013"
    v = precision46.ascii_view46(t)
    assert len(v) == len(t) and v.isascii()
    assert v == "data model site k i i # news sites #"


def _planted46(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    cues = ["query language", "Planning  Languages", "data model", "File Formats", "news sites", "NEWS AGENCY",
            "domain-specific language", "modelling language", "news outlet", "exchange format", "data\nmodels",
            "markup language", "Scripting Language", "news websites"]
    out = []
    for _ in range(n):
        text = rng.choice(TEXTS)
        for _ in range(rng.randint(1, 3)):
            cue = rng.choice(cues)
            if rng.random() < 0.6:  # a non-ASCII character inside the cue (a fold, a space, a letter)
                at = rng.randrange(len(cue))
                cue = cue[:at] + rng.choice(ODD) + cue[at + 1:]
            elif rng.random() < 0.5:
                cue = _folded(rng, cue)
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(ODD + [" "]) + cue + rng.choice(ODD + [" ", ""]) + text[at:]
        if text.isascii():
            text += rng.choice(ODD)
        out.append(text)
    return out


def test_cue_families46_equals_the_former_on_non_ascii_texts():
    texts = [t for t in TEXTS if not t.isascii()] + _planted46(4000, 46)
    trues = [0, 0, 0]
    for t in texts:
        new = precision46.cue_families46(t)
        assert new == _old_cue_families46(t), t
        trues = [a + b for a, b in zip(trues, new)]
    assert min(trues) > 100, trues  # every family found (folds and \s spaces included)


def test_cue_families46_equals_the_former_on_study_texts():
    for t in TEXTS:
        assert precision46.cue_families46(t) == _old_cue_families46(t)
