"""Session 28's resolver-block speed-ups give what the former code gave (docs/history/speed.md, "Resolver speed
(issue 10, session 28)"): precision28's campaign search by its ways in, the window searches that are skipped where
the window cannot end as a match must (``memo.before_ends_with``, a noun test for PROJECT_BEFORE28), the resolver's
possessive test and its non-entity test of each spelling once."""

from __future__ import annotations

import random
import re

from paperkg.extract import junk as J
from paperkg.extract import precision26 as P26
from paperkg.extract import precision28 as P28
from paperkg.extract import resolve as R
from paperkg.extract import self_typing as ST
from paperkg.extract.lexicon import LANGUAGE_NAMES, non_entity_kind
from paperkg.extract.memo import before_ends_with


def _texts(pieces: list[str], n: int, seed: int, most: int = 14) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


# -- precision28: the campaign search ---------------------------------------------------------------------------

CAMPAIGN_PIECES = ["shared", "Shared", "SHARED", "sHaReD", " ", "-", "\n", "task", "Task", "TASK", "tasks", "ta\u212ask",
                   "evaluation", "EVALUATION", "campaign", "WMT", "SemEval", "CoNLL", "NTCIR", "xWMT", "2019", "1999",
                   "20", "19", "'", "A", "B2", "NLP4IF", "Zorb", "3", "_", "\u017f", "\u0130", "\u0131", "é", ".", "x"]


def test_names_campaign_is_the_plain_search():
    texts = _texts(CAMPAIGN_PIECES, 30000, 28) + [
        "", "the WMT19 shared task", "Shared-Task", "SemEval", "in Task 3 we", "an evaluation   campaign",
        "NLP4IF 2019", "Zorbix-Uni 2020", "sha\u017fed task", "\u0130 task 3", "TA\u212aK 1", "multitask 2", "xSemEval",
        "the 2019 workshop", "ACL 2019", "acl 2019"]
    hits = 0
    for text in texts:
        plain = P28.TEAM_CAMPAIGN28.search(text) is not None
        assert P28.names_campaign28(text) == plain, text
        hits += plain
    assert 1000 < hits < len(texts) - 1000  # both answers are common among the invented texts
    pairs = [{"abstract": a, "title": t} for a, t in zip(texts[::2], texts[1::2])]
    for texts_ in pairs:
        assert P28.shared_task28(texts_) == any(P28.TEAM_CAMPAIGN28.search(t) for t in texts_.values())


# -- window searches tested first by how the window ends ----------------------------------------------------------

WINDOW_PIECES = ["a new", " dataset", " data set", " corpus", " Corpora", " treebanks", ", ", " - ", " -", "\u2013",
                 "\u2014", ":", "(", " called ", " namely ", " named", " dubbed ", " termed ", " we call ", "task of ",
                 "problem of\n", " of ", " of the ", "system of ", "submissions of the\n", "entries of", "\n", " ", "\t",
                 "\u00a0", "X", "Foo", " BERT", " and ", " or ", " & ", "largest", " for the ", "our", "d", "y", "r",
                 "f", "e", "l", "project", " programme ", "initiative", " consortium", " entitled ", "é"]

# (window width, the gate as the code asks it, the pattern searched in the window)
GATED = [
    (120, lambda t, lo, s: before_ends_with(t, lo, s, ",:\u2013\u2014-yd"), J.DATA_BEFORE),
    (20, lambda t, lo, s: before_ends_with(t, lo, s, "f"), J.TASK_OF_BEFORE),
    (30, lambda t, lo, s: before_ends_with(t, lo, s, "fe"), J.SYSTEM_OF_BEFORE),
    (60, lambda t, lo, s: before_ends_with(t, lo, s, "dr&"), ST.LAST_OF_DATA_LIST),
    (60, lambda t, lo, s: before_ends_with(t, lo, s, ",:(dl"), P26.DATA_BEFORE26),
]


def test_window_gates_never_skip_a_match():
    texts = _texts(WINDOW_PIECES, 4000, 29)
    matched = [0] * len(GATED)
    for text in texts:
        for end in range(len(text) + 1):
            for k, (width, gate, pattern) in enumerate(GATED):
                lo = max(0, end - width)
                if pattern.search(text, lo, end) is not None:
                    matched[k] += 1
                    assert gate(text, lo, end), (pattern.pattern[:40], text[lo:end])
    assert all(n > 20 for n in matched), matched  # every pattern matched some invented window


def test_before_ends_with():
    assert before_ends_with("a dataset, ", 0, 11, ",")
    assert before_ends_with("task of\n", 0, 8, "f")
    assert not before_ends_with("task of\n", 5, 8, "t")  # the window's own last character, not one before it
    assert not before_ends_with("   ", 0, 3, " ")  # all white space: nothing ends it
    assert not before_ends_with("of ", 2, 3, "f")  # "f" lies left of the window


def _data_type_former(name, mentions, texts):
    """junk.data_type as it was before session 28: DATA_BEFORE searched for every mention."""
    head = name.split()[-1].lower()
    if head in J.DATA_OF_TASK_HEADS or head.rstrip("s") in J.DATA_OF_TASK_HEADS:
        return None
    for _field, start, end in mentions:
        text = texts[_field]
        m = J.DATA_AFTER.match(text, end, end + 60) or J.DATA_APPOSITIVE.match(text, end, end + 100)
        if m is None:
            m = J.DATA_BEFORE.search(text, max(0, start - 120), start)
            if m is not None and m.group(0).rstrip().endswith(",") and not J.CLAUSE_END.match(text, end):
                m = None
        if m is not None:
            return "benchmark" if m.group("noun").lower() == "benchmark" else "dataset"
    return None


def _project_before_former(text, start, end):
    after = P28.PROJECT_AFTER28.match(text, end)
    if after is not None:
        return P28.PROJECT_DATA28.match(text, after.end()) is None
    return P28.PROJECT_BEFORE28.search(text, max(0, start - 40), start) is not None


def test_functions_with_gates_give_the_former_answers():
    rnd = random.Random(30)
    lead = ["a new dataset, ", "the largest corpus \u2013 ", "a benchmark called ", "our data set namely ", "the task of ",
            "systems of the ", "datasets A, B and ", "the project ", "the EU project called ", "a corpus, named ", "",
            "we use ", "Foo and ", "consortium, "]
    tail = [" dataset", " is a new corpus", ", which", ".", " project", " (ZB) benchmark", " is the task of", " data",
            " corpora", " and", ""]
    seen = {"dataset": 0, "project": 0}
    for _ in range(3000):
        name = rnd.choice(["Zorbix", "Zorb Corpus", "ZB", "Foo Net", "Zorb tracking"])
        text = rnd.choice(lead) + name + rnd.choice(tail) + " " + rnd.choice(lead) + name + rnd.choice(tail)
        starts = [m.start() for m in re.finditer(re.escape(name), text)]
        mentions = [("abstract", s, s + len(name)) for s in starts]
        texts = {"abstract": text, "title": ""}
        former = _data_type_former(name, mentions, texts)
        assert J.data_type(name, mentions, texts) == former, text
        seen["dataset"] += former is not None
        for s in starts:
            was = _project_before_former(text, s, s + len(name))
            assert P28.project_after28(text, s, s + len(name)) == was, text
            seen["project"] += was
    assert all(n > 50 for n in seen.values()), seen


# -- resolve: the possessive and the non-entity test -------------------------------------------------------------

def test_without_possessive_is_the_plain_substitution():
    pieces = ["LSTM", "BERT", "'s", "\u2019s", "s", "'", "\n", "x", "S", "'S", "9", " ", "ss"]
    for surface in _texts(pieces, 20000, 31, most=5) + ["LSTM's\n", "ab's", "abc's", "BERT\u2019s\n", "Bayes"]:
        plain = R.POSSESSIVE.sub("", surface) if len(surface) > 3 else surface
        assert R.without_possessive(surface) == plain, repr(surface)


def _non_entity_former(name, surfaces, follower):
    for surface in (name, *surfaces):
        words = surface.split()
        data_noun = len(words) > 1 and words[-1].lower() in R.DATA_WORDS
        kind = non_entity_kind(" ".join(words[:-1]) if data_noun else surface)
        if kind is None:
            if all(w in LANGUAGE_NAMES for w in words):
                return True
            continue
        return not (kind in ("platform", "fiction-source", "platform-dataset") and (data_noun or follower in R.DATA_WORDS))
    return False


def test_non_entity_reads_each_spelling_once_with_the_same_answer():
    rnd = random.Random(32)
    pool = ["Twitter", "Twitter dataset", "TensorFlow", "Mandarin Chinese", "French", "Zorbix", "Zorbix corpus",
            "GitHub", "Friends", "Friends dataset", "Wikipedia", "BERT", "", "Reddit data"]
    answers = set()
    for _ in range(5000):
        surfaces = [rnd.choice(pool) for _ in range(rnd.randint(1, 6))]
        name = rnd.choice(pool)
        follower = rnd.choice([None, "dataset", "model", "corpus"])
        former = _non_entity_former(name, surfaces, follower)
        assert R.PaperResolver._non_entity(name, surfaces, follower) == former, (name, surfaces, follower)
        answers.add(former)
    assert answers == {True, False}
