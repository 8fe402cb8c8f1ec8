"""Session 26's speed-ups give what the former code gave (docs/history/speed.md, "Extraction speed (issues 10 and
12, session 26)"): the URL scans through scan.LeadScan, recall27's modifiers read backwards, recall25's scan of
first words."""

from __future__ import annotations

import random

from paperkg.extract import recall25 as R25
from paperkg.extract import recall27 as R27
from paperkg.extract import urls
from paperkg.extract.scan import LeadScan, word_start_scan
from paperkg.extract.text import ends_word


def _url_texts(n: int, seed: int) -> list[str]:
    """Invented texts: pieces of links (schemes, hosts, "//", "www.") glued to words, slashes and punctuation."""
    rnd = random.Random(seed)
    pieces = ["https://", "http://", "//", "www.", "github.com/", "gitlab.io/", "huggingface.co/", "github.", "a.b",
              "x-y.org", "code", "/", "@", ".", " ", "(", ")", "\n", "é", "_", "1", "<", "Http://", "//a.b"]
    return ["", "/", "www", "see https://github.com/a/b.", "x//y.z"] + [
        "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(n)]


def test_the_url_scan_is_a_lead_scan_with_the_same_matches():
    assert isinstance(word_start_scan(urls.URL), LeadScan)
    texts = _url_texts(5000, 27)
    found = 0
    for text in texts:
        want = [m.span() for m in urls.URL.finditer(text)]
        assert [m.span() for m in word_start_scan(urls.URL).finditer(text)] == want, text
        found += bool(want)
    assert 1000 < found < len(texts)  # texts with links and without


def test_find_urls_known_cases():
    assert urls.find_urls("Code: https://github.com/x/y. Data at //zenodo.org/r/1 and www.a.org/b;") == [
        "https://github.com/x/y", "//zenodo.org/r/1", "www.a.org/b"]
    assert urls.find_urls("e@www.x.org, a.www.y.org") == []  # glued to an address or a dot


def _modifier_texts(n: int, seed: int) -> list[str]:
    """Invented text before a span: words of letters, digits, hyphens, underscores and non-ASCII letters, joined
    by one or two spaces, line breaks, tabs or punctuation, ending (mostly) with a space."""
    rnd = random.Random(seed)
    chars = "aZq9_-é\u212aß1"
    seps = [" ", " ", " ", "  ", "\n", "\t", ", ", "(", ".", "-"]
    out = ["", " ", "a ", " a ", "deep conditional ", "\n", "a \n", "x  ", "3D-model ", "1 2 ", "é a "]
    for _ in range(n):
        words = ["".join(rnd.choice(chars) for _ in range(rnd.randint(1, 8))) for _ in range(rnd.randint(0, 12))]
        text = "".join(w + rnd.choice(seps) for w in words)
        out.append(text + rnd.choice([" ", " ", " ", "\n", " \n", "", "x"]))
    return out


def test_modifier_starts_equal_the_pattern_search():
    texts = _modifier_texts(6000, 26)
    both = one = 0
    for text in texts:
        for start in range(len(text) + 1):
            m = R27.MODIFIERS_BEFORE27.search(text, max(0, start - 60), start)
            want = (m.start(1) if m.group(1) is not None else None, m.start(2)) if m else None
            assert R27.modifier_starts27(text, start) == want, (text, start)
            both += bool(want and want[0] is not None)
            one += bool(want and want[0] is None)
    assert both > 500 and one > 500  # both shapes of match, and windows longer than 60 characters
    assert max(len(t) for t in texts) > 80


def test_longer_spans_known_case():
    text = "We train a deep conditional VAE on images."
    start = text.index("VAE")
    names = {"conditional VAE": "method:cvae", "deep conditional VAE": "method:dcvae"}
    got = R27.longer_spans27(text, [(start, start + 3, "method:vae")], names)
    assert [g[:4] for g in got] == [(text.index("conditional"), start + 3, "conditional VAE", "method:cvae")]


def _scan_words(text: str, by_first: dict) -> tuple[list, set]:
    """recall25._scan as it was before session 26: every LOWER_WORD25 word of the text looked up."""
    out, written, last_end = [], set(), 0
    for m in R25.LOWER_WORD25.finditer(text):
        p = m.start()
        named = by_first.get(m.group())
        if not named or (p and (text[p - 1].isalnum() or text[p - 1] in "-+/@._#")):
            continue
        for surface, root in named:
            end = p + len(surface)
            if text.startswith(surface, p) and ends_word(text, end):
                written.add(surface)
                if p >= last_end and not R25.CONTINUES25.match(text, end) and R25._free_before(text, p):
                    out.append((p, end, surface, root))
                    last_end = end
                break
    return out, written


def test_lower_confirmed_scan_equals_the_word_walk():
    names = {"graph attention": "g1", "graph attention network": "g2", "neural-net": "n1", "neural-net pruning": "n2",
             "beam search": "b1", "beam": "b0", "tree-lstm": "t1", "kernel trick": "k1"}
    by_first = R25._by_first(names)
    firsts = R25._first_words(by_first)
    rnd = random.Random(2026)
    words = [w for n in names for w in n.split()] + ["the", "using", "a", "Graph", "of", "(GAT)", "models", "x"]
    glue = [" ", " ", " ", "-", "_", ".", "/", "@", "é", "\n", ", ", "1", "s ", "("]
    texts = ["", "beam", "beams", "a beam-search", "we use graph attention network (GAN) here"]
    for _ in range(6000):
        texts.append("".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 14))))
    found = 0
    for text in texts:
        want = _scan_words(text, by_first)
        assert R25._scan(text, by_first, firsts) == want, text
        assert R25._scan(text, by_first) == want, text
        found += bool(want[0])
    assert 1000 < found < len(texts)
