"""Session 27's corpus-pass speed-ups give what the former code gave (docs/history/speed.md, "Corpus pass speed
(issues 10 and 12, session 27)"): the task-before gate, the junk-name gate, the union-find ``find``, each alias
spelling tested once, ``fold``'s ASCII path, and the switches read once per ``canonicalise``."""

from __future__ import annotations

import random
import unicodedata

from paperkg.extract import canonical as C
from paperkg.extract import memo
from paperkg.extract.records import Mention
from paperkg.extract.resolve import LocalEntity, bare_of_version
from paperkg.extract.text import fold, variant_key


def _former_fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.translate(str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                                         "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}))


def _texts(pieces: list[str], n: int, seed: int, most: int = 10) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def test_fold_is_the_former_fold():
    pieces = ["a", "B", "1", " ", "-", "'", '"', "\u2013", "\u2014", "\u2019", "\u201c", "\uff21", "\ufb01", "\u00e9",
              "e\u0301", "\u212a", "\u00a0", "\u2010", "\t", "\u0130", "x\u2011y", "\u00bd", "\u2126"]
    texts = _texts(pieces, 6000, 29) + ["", "abc", "ASCII only - 'x' \"y\"", "\uff21\uff22", "na\u00efve"]
    ascii_seen = other_seen = 0
    for text in texts:
        assert fold(text) == _former_fold(text), repr(text)
        ascii_seen += text.isascii()
        other_seen += not text.isascii()
    assert ascii_seen > 100 and other_seen > 1000


def test_task_before_gate_is_the_search():
    pieces = ["task", "tasks", "TASK", "Task", "ta", "sk", "of", "OF", "Of", "the", "THE", "tHe", " ", "  ", "\t", "\n",
              "\u00a0", "\u2003", "\u017f", "\u212a", "\u0130", "a", "x", "-", "(", "s", "subtask", "e"]
    rnd = random.Random(27)
    texts = _texts(pieces, 20000, 2927, 8)
    spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", "", "x"]
    for _ in range(20000):  # near-matches: the cue's words in any case, with odd white space and stray letters
        texts.append(rnd.choice(["", "the ", "a-", "x"]) + rnd.choice(["task", "tasks", "TASKS", "Task", "ta\u017fk",
                                                                     "tas\u212a", "tsk"])
                     + rnd.choice(spaces) + rnd.choice(["of", "OF", "oF", "off", "o"]) + rnd.choice(spaces)
                     + rnd.choice(["", "", "the", "THE", "then"]) + rnd.choice(spaces) + rnd.choice(["", "", "\n", "y"]))
    texts += ["the task of ", "tasks of the ", "TASK OF\n", "task of the\n", "Task  of\tthe \u00a0", "task of", "taskof ",
              "ta\u017fk of ", "tas\u212a of "]
    found = 0
    for text in texts:
        window = text[-rnd.randint(0, 25):] if rnd.random() < 0.3 else text
        for w in (text, window):
            want = C._TASK_BEFORE.search(w) is not None
            assert C._task_before(w) == want, repr(w)
            found += want
    assert 2000 < found < 40000


def test_task_cued_known_cases():
    def entity(text: str, start: int) -> LocalEntity:
        return LocalEntity(text, "method", "uses", [], None, [Mention(text, start, start + len(text), 0, "rule:x")])

    def paper(abstract: str):
        return C.Paper("p", "T", abstract)

    a = "We study the task of Quux Parsing here."
    assert C.task_cued(entity("Quux Parsing", a.index("Quux")), paper(a))
    b = "We study the tasks  of the\nQuux Parsing here."
    assert C.task_cued(entity("Quux Parsing", b.index("Quux")), paper(b))
    c = "We study the Quux Parsing (QP) shared task."
    assert C.task_cued(entity("Quux Parsing", c.index("Quux")), paper(c))
    d = "We study the outcome of Quux Parsing here."
    assert not C.task_cued(entity("Quux Parsing", d.index("Quux")), paper(d))


def test_junk_name_needs_one_of_its_characters():
    pieces = ["a", "Z", "0", ".", "\\", "{", "}", "$", " ", "KGs", "For", "x", "-", "_", "é"]
    for text in _texts(pieces, 20000, 270, 8):
        if C._JUNK_CHARS.isdisjoint(text):
            assert C.JUNK_NAME.search(text) is None, repr(text)


class _FormerKeys:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def test_keys_find_is_the_former_find_with_the_same_halving():
    rnd = random.Random(2027)
    for _ in range(300):
        new, old = C._Keys(), _FormerKeys()
        names = [f"k{i}" for i in range(rnd.randint(1, 40))]
        for _ in range(rnd.randint(0, 80)):
            if rnd.random() < 0.5:
                a, b = rnd.choice(names), rnd.choice(names)
                new.union(a, b)
                old.union(a, b)
            else:
                k = rnd.choice(names)
                assert new.find(k) == old.find(k)
            assert new.parent == old.parent  # the same tree after every step, not only the same roots


def _former_aliases(e: LocalEntity, accepted: set[str], name: str) -> set[str]:
    out = set()
    for s in [e.name, *e.aliases, *(m.text for m in e.mentions), *([e.long_form] if e.long_form else []),
              *C.short_forms_of(e)]:
        if s and not bare_of_version(s, name) and (
                variant_key(s) in accepted or (name.startswith(s + " ") and C._NAME_SHAPED.fullmatch(s)
                                               and variant_key(s) not in C._entry_of_form())):
            out.add(s)
    return out


def test_aliases_are_the_former_aliases():
    rnd = random.Random(9)
    spellings = ["QuuxNet", "Quux Net", "quuxnet", "QuuxNets", "QN", "SparQ", "SparQ Attention", "MultiLing",
                 "MultiLing 2017", "BERT", "Bert", "", "Zorb-2", "zorb 2", "Flarp Model", "LSTM"]
    for _ in range(2000):
        texts = [rnd.choice(spellings) for _ in range(rnd.randint(0, 6))]
        e = LocalEntity(rnd.choice(spellings) or "X", "method", "uses", [rnd.choice(spellings) for _ in range(2)],
                        None, [Mention(t, 0, len(t), 0, "rule:x") for t in texts],
                        long_form=rnd.choice([None, "Quux Network", "Sparse Query"]),
                        short_forms=rnd.sample(["QN", "SQ", "ZB"], rnd.randint(0, 2)))
        name = rnd.choice([s for s in spellings if s])
        accepted = {variant_key(s) for s in rnd.sample(spellings, 4)}
        assert C._aliases(e, accepted, name) == _former_aliases(e, accepted, name)


def test_canonicalise_reads_the_switches_as_set_when_it_is_called(monkeypatch):
    seen = []
    groups = C.STEPS.groups

    def probe(*args):
        seen.append((memo.env("PAPERKG_SPEED29_PROBE"), getattr(memo._state, "fixed", None) is not None))
        return groups(*args)

    monkeypatch.setenv("PAPERKG_SPEED29_PROBE", "on")
    # Through STEPS: compiled canonical.py calls its own functions past a replaced module attribute (setup.py).
    monkeypatch.setattr(C.STEPS, "groups", probe)
    C.canonicalise([])
    C.canonicalise_with_memo([], None)
    assert seen == [("on", True), ("on", True)]
    assert getattr(memo._state, "fixed", None) is None  # the copy is dropped after the pass
