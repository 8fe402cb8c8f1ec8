"""Session 27's speed-ups give what the former code gave (docs/history/speed.md, "Extraction speed (issues 10 and
12, session 27)"): precision28's software-before test read by hand first and its campaign search once a paper,
self_typing.problem_named's costly tests only where a mention says "the X problem", and recall_rules'
extended names scanned lower-cased in non-ASCII texts too."""

from __future__ import annotations

import random

from paperkg.extract import precision28 as P28
from paperkg.extract import recall_rules as RR
from paperkg.extract import recall_rules
from paperkg.extract import self_typing as ST


def _software_before_former(text: str, start: int, end: int, typ: str) -> bool:
    """precision28.software_before28 as it was before session 27: the window search first."""
    m = P28.SOFTWARE_BEFORE28.search(text, max(0, start - 80), start)
    if m is None or P28.NOT_SOFTWARE28.search(m.group(2)) or " of " in f" {m.group(2).lower()}":
        return False
    head = m.group(3)
    if not (head[0].islower() or head.isupper()) or (m.group(1) or "").lower() in P28.PREPOSITION28:
        return False
    if P28.LIST_AFTER28.match(text, end) or P28.TYPE_AFTER28.match(text, end):
        return False
    return not (head.lower().startswith(P28.PROJECT_HEAD28) and typ in ("dataset", "benchmark"))


def _before_texts(n: int, seed: int) -> list[str]:
    """Invented texts: software nouns, naming words, articles, commas, white space of several kinds before a name."""
    rnd = random.Random(seed)
    pieces = ["a", "an", "the", "our", "we", "propose", "new", "web-based", "platform", "toolkit", "library",
              "project", "API", "package", "named", "called", "dubbed", "termed", "NAMED", "Called", "on", "of",
              "data", ",", ", ", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "é", "d", "D", "x" * 30]
    out = ["", " ", "a platform, ", "we propose a platform, named ", "our toolkit called ", "the REST API, ",
           "deployed on a platform, ", "an ontology-driven metamodel, named\n", "a platform,\n", "x" * 90 + " ,  "]
    for _ in range(n):
        words = [rnd.choice(pieces) for _ in range(rnd.randint(1, 14))]
        out.append("".join(w + rnd.choice(["", " ", " ", "  "]) for w in words))
    return out


def test_software_before28_gives_what_the_window_search_gave():
    found = 0
    for before in _before_texts(4000, 28):
        for tail in ("Zorbix, and the rest", "Zorbix allows", "Zorbix dataset"):
            text = before + tail
            start, end = len(before), len(before) + 6
            for typ in ("method", "dataset"):
                want = _software_before_former(text, start, end, typ)
                assert P28.software_before28(text, start, end, typ) == want, (text, typ)
                found += want
    assert found > 50  # the invented texts hold matches, not only misses


def test_software_before28_known_cases():
    assert P28.software_before28("we propose a platform, Zorbix, that", 23, 29, "method")
    assert P28.software_before28("an ontology-driven metamodel, named Zorbix", 36, 42, "method")
    assert not P28.software_before28("deployed on a platform, Zorbix allows", 24, 30, "method")
    assert not P28.software_before28("we propose Zorbix", 11, 17, "method")


class _M:
    def __init__(self, field: str, start: int, end: int):
        self.field, self.start, self.end = field, start, end


def test_team_name28_with_the_campaign_known_gives_the_same():
    texts_list = [
        {"title": "Zorbix-Uni Submission to the WMT2031 News Shared Task", "abstract": "We describe Zorbix-Uni."},
        {"title": "A study", "abstract": "our joint submission (Zorbix) to the SemEval task ranked first."},
        {"title": "A study", "abstract": "our joint submission (Zorbix) ranked first."},
        {"title": "Zorbix: A Frequentist Approach to Things", "abstract": "Zorbix at SemEval-2030 Task 3."},
        {"title": "", "abstract": "team Q7toQ9 (LTRC, Zorbix-Tulsa) in the shared task; Tulsa University hosts."},
    ]
    for texts in texts_list:
        text = texts["abstract"]
        i = text.find("Zorbix")
        name = text[i:].split()[0].strip(".,)")
        mentions = [_M("abstract", i, i + len(name))]
        alone = P28.team_name28(name, mentions, texts)
        shared = P28.shared_task28(texts)
        assert P28.team_name28(name, mentions, texts, shared) == alone
        assert shared == any(P28.TEAM_CAMPAIGN28.search(t) for t in texts.values())
    assert P28.team_name28("Zorbix-Uni", [_M("title", 0, 10)], texts_list[0], True)


def _problem_named_former(mentions, texts) -> bool:
    """self_typing.problem_named as it was before session 27."""
    said = False
    for _field, text, start, end in ST._spans(mentions, texts):
        if ST.PROBLEM_AFTER.match(text, end, end + 30) and ST.ARTICLE_BEFORE.search(text, max(0, start - 8), start):
            said = True
        elif ST._proposed_as(text, start) or ST.SAID_METHOD.match(text, end, end + 90) or recall_rules.technique_follows(text, end):
            return False
    return said


def test_problem_named_gives_what_the_former_loop_gave():
    rnd = random.Random(27)
    lead = ["The ", "we study the ", "We propose ", "we propose the ", "this ", "an ", "", "Our "]
    tail = [" problem is hard.", " problem solver", " problems, which", ", a new method for", " outperforms all.",
            " algorithm", " is convex.", " problem", "."]
    seen = set()
    for _ in range(3000):
        parts, mentions = [], []
        pos = 0
        for _k in range(rnd.randint(1, 4)):
            piece = rnd.choice(lead)
            start = pos + len(piece)
            parts.append(piece + "QuuxCover" + rnd.choice(tail) + " ")
            mentions.append((rnd.choice(["abstract", "abstract", "title", "other"]), start, start + 9))
            pos += len(parts[-1])
        text = "".join(parts)
        texts = {"abstract": text, "title": text}
        want = _problem_named_former(mentions, texts)
        assert ST.problem_named(mentions, texts) == want, (text, mentions)
        seen.add(want)
    assert seen == {True, False}


def test_extended_names_in_non_ascii_texts_match_the_walk():
    names = RR._extended_names()
    rnd = random.Random(2027)
    lasts = sorted(names)
    words = [w for last in lasts[:40] for ws, _ in names[last] for w in ws] + ["model", "the", "x1"]
    odd = ["é", "ß", "ü", "Ω", "ﬁ", "\u212a", "\u0130", "ı", "ſ", "-", "/", " ", "  ", "\n", "(", "’", "ǅ", "Σ"]
    found = 0
    for _ in range(3000):
        pieces = [rnd.choice(odd)]
        for _k in range(rnd.randint(1, 12)):
            if rnd.random() < 0.3:  # a whole mined name, its words apart by a space or a hyphen
                ws = rnd.choice(names[rnd.choice(lasts)])[0]
                w = "".join(x + rnd.choice([" ", " ", "-"]) for x in ws)[:-1]
            else:
                w = rnd.choice(words)
            if rnd.random() < 0.3:
                w = w.upper() if rnd.random() < 0.5 else w.capitalize()
            pieces.append(w)
            pieces.append(rnd.choice(odd) if rnd.random() < 0.4 else rnd.choice([" ", "-", " "]))
        text = "".join(pieces)
        if text.isascii():
            continue
        want = RR._extended_name_walk25(text)
        assert RR.extended_name_spans(text) == want, text
        found += bool(want)
    assert found > 300
    # the two characters str.lower turns into ASCII keep the walk: "\u212a" (Kelvin) lowers to "k"
    assert not "\u212a".isascii() and "\u212a".lower() == "k"
