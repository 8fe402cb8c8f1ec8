"""Session 24's speed-ups of the name tagger's path give what the former code gave (docs/history/speed.md)."""

from __future__ import annotations

import math
import random
from bisect import bisect_right

from paperkg.extract import candidates as C
from paperkg.extract import name_tagger as T

ALPHABET = "aAbBzZqQ09-+. ,;()\u00e9\n"
WORDS = ["ResNet-50", "on", "ImageNet", "the", "BERT", "x-Ray", "word2vec", "C++", "v1.5", "-.A", "+B+", "a.-B",
         "Omniglot", "and", "3D", "GPT-4", "iPhone", "(", ")", ",", ".", "CIFAR10", "Deep", "Net", "2019", "."]


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = ["", "A", "Experiments on Omniglot and ImageNet.", "ResNet-50 is used. Deep Residual Net (DRN) works."]
    for _ in range(n):
        if rnd.random() < 0.5:
            out.append("".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 40))))
        else:
            out.append("".join(rnd.choice(WORDS) + rnd.choice(["", " ", " ", "  ", ", ", "\n"])
                               for _ in range(rnd.randint(1, 15))))
    return out


def _former_find_candidates(text, taken, have, definitions=()):
    """find_candidates as it was before session 24: every word of TOKEN through the loop."""
    taken = sorted(taken)
    starts = [s for s, _ in taken]

    def free(s, e):
        i = bisect_right(starts, e - 1)
        return not (i and taken[i - 1][1] > s)

    runs, cur = [], []
    for m in C.TOKEN.finditer(text):
        tok = m.group()
        if C._is_cap(tok):
            if cur and text[cur[-1].end() : m.start()] == " ":
                cur.append(m)
                continue
            if cur:
                runs.append(cur)
            cur = [m]
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = {}
    for run in runs:
        if C.SENT_END.search(text[max(0, run[0].start() - 3) : run[0].start()]) and not C._is_shaped(run[0].group()):
            run = run[1:]
        if not run or len(run) > C.MAX_WORDS or sum(C._is_shaped(m.group()) for m in run) >= 2:
            continue
        s, e = run[0].start(), run[-1].end()
        surface = text[s:e]
        if (len(surface) < 2 or C.MEASURE.fullmatch(surface) or surface.lower() in have or not free(s, e)
                or surface in C.GENERIC_ACRONYMS or surface.rstrip("s") in C.GENERIC_ACRONYMS):
            continue
        out.setdefault(surface, C.Candidate(surface)).spans.append((s, e))
    for short, long in definitions:
        if long.lower() in have or short.lower() in have or len(long) < 4:
            continue
        p = text.find(long)
        if p >= 0 and free(p, p + len(long)):
            c = out.setdefault(long, C.Candidate(long))
            c.defined, c.short = True, short
            if (p, p + len(long)) not in c.spans:
                c.spans.insert(0, (p, p + len(long)))
            if short in out:
                c.spans += out.pop(short).spans
    for c in out.values():
        c.spans.sort()
    return list(out.values())


def _key(cands):
    return [(c.surface, c.spans, c.defined, c.short) for c in cands]


def test_cap_tokens_are_the_words_of_token_that_hold_a_capital():
    for text in _texts(3000, 1):
        want = [(m.start(), m.end(), m.group()) for m in C.TOKEN.finditer(text)
                if any(ch.isupper() for ch in m.group())]
        assert C.cap_tokens(text) == want, text


def test_find_candidates_gives_what_the_former_loop_gave():
    rnd = random.Random(2)
    found = 0
    for text in _texts(3000, 3):
        taken = []
        if text and rnd.random() < 0.5:
            s = rnd.randrange(len(text))
            taken.append((s, min(len(text), s + rnd.randint(1, 12))))
        have = {"imagenet"} if rnd.random() < 0.3 else set()
        definitions = [("DRN", "Deep Residual Net")] if "Deep" in text else []
        got = C.find_candidates(text, taken, have, definitions)
        assert _key(got) == _key(_former_find_candidates(text, taken, have, definitions)), text
        found += len(got)
    assert found > 1000  # the texts do hold candidates


def _former_add_proba(rows, x):
    z = [T._dot(row, x) for row in rows]
    top = max(z)
    ex = [math.exp(v - top) for v in z]
    return [v / sum(ex) for v in ex]


def test_add_proba_is_the_dense_dot_product_bit_for_bit():
    rnd = random.Random(4)
    n = len(C.FEATURES)
    rows = tuple(tuple(rnd.uniform(-2, 2) for _ in range(n)) for _ in C.CLASSES)
    tagger = T.Tagger(rows, tuple([0.0] * (n + len(T.ENTITY_FEATURES))), {}, {}, frozenset(), 0.8, 0.0)
    for _ in range(2000):
        x = [0.0 if rnd.random() < 0.7 else rnd.choice([1.0, rnd.uniform(0, 2)]) for _ in range(n)]
        assert tagger.add_proba(x) == _former_add_proba(rows, x)
