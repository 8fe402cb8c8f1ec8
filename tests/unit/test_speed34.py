"""Session 31 (speed34): the reduce step's output-identical speed-ups (docs/history/speed34.md).

Each test compares the faster code with what it replaced, on random texts made to hit the edge cases.
"""

from __future__ import annotations

import random
import re

from paperkg.extract import recall25 as R25
from paperkg.extract import recall27 as R27
from paperkg.extract import results as R
from paperkg.extract import results31 as R31
from paperkg.extract.scan import alternation

NAMES25 = {"graph attention": "g1", "graph attention network": "g2", "neural-net": "n1", "neural-net pruning": "n2",
           "beam search": "b1", "beam": "b0", "tree-lstm": "t1", "kernel trick": "k1", "deep kernel": "d1"}


def _former_first_words(by_first: dict) -> re.Pattern:
    """recall25._first_words before session 31: no look-behind."""
    return re.compile("(?:" + alternation(sorted(by_first, key=lambda w: (-len(w), w))) + r")(?![a-z\-])")


def test_first_words_look_behind_drops_only_refused_starts():
    by_first = R25._by_first(NAMES25)
    firsts, former = R25._first_words(by_first), _former_first_words(by_first)
    rnd = random.Random(31)
    words = [w for n in NAMES25 for w in n.split()] + ["the", "using", "Graph", "of", "(GAT)", "x", "deep-", "kern"]
    glue = [" ", " ", "-", "_", ".", "/", "@", "#", "+", "é", "²", "Ⅻ", "\n", ", ", "1", "s ", "(", "", "\u00a0"]
    texts = ["", "beam", "_beam", "é beam", "²beam", "a beam-search", "deep kernel trick", "xgraph attention"]
    for _ in range(6000):
        texts.append("".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 14))))
    found = 0
    for text in texts:
        refused = [m.span() for m in former.finditer(text)
                   if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-+/@._#")]
        kept = [m.span() for m in former.finditer(text) if m.span() not in refused]
        assert [m.span() for m in firsts.finditer(text)] == kept, text
        # and _scan, which refuses those starts itself, finds the same with either pattern
        assert R25._scan(text, by_first, firsts) == R25._scan(text, by_first, former), text
        found += bool(kept)
    assert 1000 < found < len(texts)


def test_grown_tails_gate_changes_no_growth():
    names = {"deep belief propagation": "dbp", "loopy belief propagation": "lbp", "conditional VAE": "cvae",
             "zorbian conditional VAE": "zcvae", "graph attention network": "gan", "the graph": "tg",
             "zorbian \nmodel": "zm"}
    tails = R27.grown_tails27(names)
    assert "belief propagation" in tails and "propagation" in tails and "VAE" in tails and "\nmodel" in tails
    assert "model" in tails and "deep belief propagation" not in tails and "conditional" not in tails
    rnd = random.Random(2031)
    phrases = ["loopy belief propagation", "conditional VAE", "zorbian conditional VAE", "graph attention network",
               "zorbian \nmodel", "deep belief propagation", "we use", "the graph", "a", "pretrained VAE", "model",
               "belief propagation", "VAE", "propagation"]
    glue = [" ", " ", " ", "\n", " \n", "-", ", "]
    grew = 0
    for _ in range(4000):
        text = "".join(rnd.choice(phrases) + rnd.choice(glue) for _ in range(rnd.randint(1, 6)))
        tokens = [m.span() for m in re.finditer(r"[^\s,\-]+", text)]
        spans = []
        for _ in range(rnd.randint(1, 4)):
            i = rnd.randrange(len(tokens))
            j = min(len(tokens) - 1, i + rnd.choice([0, 0, 1, 2]))
            spans.append((tokens[i][0], tokens[j][1], rnd.choice(["r1", "r2", "dbp", "cvae"])))
        tasks = rnd.choice([frozenset(), frozenset({"r1", "lbp"})])
        every = frozenset(text[s:e] for s, e, _ in spans)  # every span passes: the loop as it was without the gate
        want = R27.longer_spans27(text, spans, names, tasks, every | tails)
        assert R27.longer_spans27(text, spans, names, tasks) == want, (text, spans)
        assert R27.longer_spans27(text, spans, names, tasks, tails) == want, (text, spans)
        grew += bool(want)
    assert grew > 100, grew


def test_results31_shapes_need_a_digit():
    """checks_results31 skips sentences without a digit: no shape can match in one."""
    rnd = random.Random(3131)
    words = ["improvement", "improvements", "gain", "of", "up", "to", "in", "terms", "F1", "accuracy", "%", "points",
             "percentage", "and", ",", "+", "~", "by", "under", "the", "standard", "based", "on", "BLEU", "w.r.t.",
             "five", "x", "absolute", "relative", "boost", "increase", "measured", "with", "respect"]
    regexes = [R31._RUN31, *R31._NOUN_RUNS31]
    for _ in range(5000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 16)))
        assert not R._DIGIT.search(text)
        assert not any(rx.search(text) for rx in regexes), text
        with_digit = text.replace("five", "5.2%")
        if "5.2%" in with_digit and any(rx.search(with_digit) for rx in regexes):
            break
    else:
        raise AssertionError("no random sentence with a digit matched: the test reads nothing")
