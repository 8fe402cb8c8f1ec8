"""speed46: types51's pattern pre-checks give the same answers as the former functions (copied below)."""

from __future__ import annotations

import random
import re

from paperkg.extract import speed46, types51
from paperkg.extract.types51 import (_CLAUSE51, _DATA_NOUN51, _EVAL51, _HEAD51, _NAMING51, _TITLE_DATA51,
                                     _TITLE_EVAL51)


def old_method_head51(text, form):  # types51._method_head51 before speed46
    f = r"(?<![\w-])%s(?![\w-])" % re.escape(form)
    pats = (
        f + r"(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s-|\s+is)\s*(?:a|an|the\s+first)\s+"
            r"(?P<mods>[^.;:()]{0,90}?)\b(?P<head>" + _HEAD51 + r")\b",
        r"\b(?:propos|present|introduc|develop|design|devis|build|construct)\w*\s+(?:a|an)\s+(?P<mods>[^.;:()]{0,60}?)"
            r"\b(?P<head>" + _HEAD51 + r")\b[^.;()]{0,90}?,?\s*" + _NAMING51 + r"\s+" + f,
        r"\b[Oo]ur\s+(?P<mods>(?:proposed\s+|new\s+|novel\s+)?)(?P<head>" + _HEAD51 + r"),?\s+" + f,
        r"\b(?:propos|present|introduc|develop|design|devis)\w*\s+(?:a|an)\s+(?P<mods>[^.;:()]{0,60}?)\b"
            r"(?P<head>" + _HEAD51 + r"),?\s+" + f,
    )
    for p in pats:
        for m in re.finditer(p, text):
            mods = m.group("mods")
            if _EVAL51.search(mods) or re.search(_DATA_NOUN51, mods, re.I) or _CLAUSE51.search(mods):
                continue
            return m.group("head").lower()
    return None


def old_data_cue51(title, text, form):  # types51._data_cue51 before speed46
    f = r"(?<![\w-])%s(?![\w-])" % re.escape(form)
    if re.search(f + r"\s+(?:\w+\s+){0,2}" + _DATA_NOUN51 + r"\b", text, re.I):
        return True
    if re.search(r"\b" + _DATA_NOUN51 + r",?\s+(?:\w+\s+)?(?:" + _NAMING51 + r"\s+)?" + f, text, re.I):
        return True
    if re.search(f + r"(?:\s*\([^()]{1,80}\))?\s*(?:,|:|—|–|\s+is)\s*(?:a|an|the|our)\s+[^.;()]{0,60}?\b"
                 + _DATA_NOUN51 + r"\b", text, re.I):
        return True
    if re.search(r"^\W*" + f, title) and (_TITLE_DATA51.search(title) or _TITLE_EVAL51.search(title)):
        return True
    return False


# pieces the random texts are made of: every cue word of the patterns, names, spaces of several kinds, dashes
PIECES = ["XNet", "XNet", "xnet", "XNET", "Foo-QA", "the", "a", "an", "the first", "our", "Our", "we", "propose",
          "proposed", "present", "introduce", "built", "novel", "new", "framework", "frameworks", "model", "models",
          "method", "policy", "approach", "named", "called", "dubbed", "denoted", "as", "namely", "is", "which",
          "evaluation", "benchmark", "dataset", "data set", "corpus", "suite", "challenge", "shared task", "BENCHMARK",
          "ſuite", "ben\u212ahmark", "(", ")", "(v2)", ",", ":", ".", ";", "\u2014", "\u2013", "-", " - ", " ", "  ",
          "\n", "\t", "\xa0", "\u2003", "\x1c", "s", "data"]


# phrases shaped like the patterns' matches, so that both answers occur often
PHRASES = ["XNet, a novel framework", "we propose a new framework, named XNet", "our model XNet", "Our proposed models XNet",
           "introduce an approach XNet", "XNet (Cross Net) is the first method", "XNet \u2014 a policy",
           "present an evaluation framework called XNet", "Foo-QA, a new benchmark", "the XNet benchmark",
           "dataset, namely XNet", "design a network which is denoted as  XNet", "XNet: an approach",
           "we propose a novel model, XNet", "Our framework,\tXNet"]


def random_text(rng):
    return "".join((rng.choice(PHRASES) if rng.random() < 0.15 else rng.choice(PIECES))
                   + rng.choice(["", " ", " ", "\n", ""]) for _ in range(rng.randint(1, 30)))


def test_method_head_equals_former_on_random_texts():
    rng = random.Random(46)
    found = 0
    for _ in range(20000):
        text = random_text(rng)
        form = rng.choice(["XNet", "Foo-QA", "xnet", "X", "ab", "(v2)"])
        new, old = types51._method_head51(text, form), old_method_head51(text, form)
        assert new == old, (text, form)
        found += old is not None
    assert found > 300  # the texts exercise matches, not only misses


def test_data_cue_equals_former_on_random_texts():
    rng = random.Random(4646)
    trues = falses_skipped = 0
    for _ in range(20000):
        title, text = random_text(rng), random_text(rng)
        text = title + "\n" + text
        form = rng.choice(["XNet", "Foo-QA", "xnet", "X", "ab"])
        new, old = types51._data_cue51(title, text, form), old_data_cue51(title, text, form)
        assert new == old, (title, text, form)
        trues += old
        falses_skipped += not speed46.may_hold_data_noun46(text)
    assert trues > 500 and falses_skipped > 100


def test_plan_needs_the_cue_before_or_after():
    text = "We propose a new framework named XNet for parsing. XNet beats all."
    assert speed46.method_head_plan46(text, "XNet") == (False, True, False)
    assert types51._method_head51(text, "XNet") == "framework"
    assert speed46.method_head_plan46("XNet beats all. Our model XNet wins.", "XNet") == (False, False, True)
    assert speed46.method_head_plan46("XNet , a parser.", "XNet") == (True, False, False)
    assert speed46.method_head_plan46("XNet beats all baselines.", "XNet") == (False, False, False)
    assert types51._method_head51("XNet beats all baselines.", "XNet") is None


def test_data_noun_check_ascii_only():
    assert not speed46.may_hold_data_noun46("We parse trees with XNet.")
    assert speed46.may_hold_data_noun46("A new Data Set.")
    assert speed46.may_hold_data_noun46("A new te\u017ft \u017fet.")  # non-ASCII: searched as before
    assert re.search(_DATA_NOUN51, "A new te\u017ft \u017fet.", re.I)
