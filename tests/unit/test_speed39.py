"""speed39 (session 35, docs/history/speed39.md): the result step's two per-metric patterns are compiled only where a
metric-free pre-check finds what every match holds; ``_by_metric_of26`` and ``_slot_name27`` give what the former
code (always compiled and searched) gave, on many random sentences built to match often."""

from __future__ import annotations

import random
import re

import pytest

from paperkg.extract import results as R
from paperkg.extract.records import Entity, ExtractedPaper, Mention, Result


@pytest.fixture(autouse=True)
def on(monkeypatch):
    monkeypatch.delenv("PAPERKG_RESULTS26", raising=False)
    monkeypatch.delenv("PAPERKG_RESULTS27", raising=False)


def _former_by_metric_of26(text: str, r: Result) -> bool:
    """_by_metric_of26 as session 34 left it."""
    if r.qualifier == "relative" or not r.metric_text:
        return False
    spans = R.sentence_spans(text)
    s0 = spans[r.sentence][0] if r.sentence < len(spans) else 0
    start = R._clause_start(text, r.start, s0)
    by = re.compile(R._BY_METRIC_OF26.format(metric=re.escape(r.metric_text)), re.IGNORECASE).search(text, start, r.start)
    return bool(by and R._COMPARES26.search(text, start, by.start()))


def _former_after_value(text: str, end: int, s1: int, metric_text: str):
    metric = re.escape(metric_text) if metric_text else r"(?!)"
    return re.compile(R._AFTER_VALUE27.replace("{metric}", metric, 1)).match(text, end, s1)


def _former_slot_name27(paper, text, start, end, sentence, metric_text, rule, off):
    """_slot_name27 as session 34 left it."""
    spans = R.sentence_spans(text)
    s0, s1 = spans[sentence] if sentence < len(spans) else (0, len(text))

    def taken(part, name, name_end):
        verdict = R._data_name27(paper, text, name, name_end)
        if verdict == "data":
            return part, name
        if verdict == "method-typed" and "method-typed-in-slot" not in off:
            return f"{part}+method-typed-in-slot", name
        return None

    found = None
    if "name-after-value" not in off:
        m = _former_after_value(text, end, s1, metric_text)
        if m:
            found = taken("name-after-value", m.group("name"), m.end("name"))
    if not found and "name-before-bracket" not in off:
        m = R._BEFORE_BRACKET27.search(text[max(s0, start - 80) : start])
        if m and re.match(r"\s*%?\s*(?:[A-Za-z][\w\-@^]*\s*){0,3}\)", text[end : s1]):
            found = taken("name-before-bracket", m.group("name"), max(s0, start - 80) + m.end("name"))
    if not found and "fronted-name" not in off and rule.rpartition("+dataset:")[2] != "none-named":
        m = R._FRONTED27.match(text, s0, s1)
        if m and m.end() <= start and not R._ON_NAMED.search(text, m.end(), s1):
            found = taken("fronted-name", m.group("name"), m.end("name"))
    return found


def _result(text: str, start: int, end: int, metric_text: str, qualifier: str = "exact", sentence: int = 0) -> Result:
    return Result(value=1.0, text=text[start:end], unit=None, metric=metric_text or "F1", metric_text=metric_text,
                  direction="higher", qualifier=qualifier, is_baseline=False, dataset_id=None, dataset=None, split=None,
                  entity_id=None, entity=None, sentence=sentence, start=start, end=end, rule="result:test")


_METRICS = ["F1", "f1", "BLEU", "accuracy", "Accuracy", "top-1 accuracy", "F1 score", "mAP", "EM", "ROUGE-L", "acc.", ""]
_WS = [" ", "  ", "\n", " \t", ""]


def _pick(rng: random.Random, items, p: float = 0.5) -> str:
    return rng.choice(items) if rng.random() < p else ""


def _case(rng: random.Random, word: str) -> str:
    return rng.choice([word, word.upper(), word.capitalize()]) if word else word


def _by_sentence(rng: random.Random, metric: str) -> str:
    """A clause that often is "... outperforms X by an average <metric> of", in random case and white space."""
    ws = lambda: rng.choice(_WS)  # noqa: E731
    parts = [
        rng.choice(["Our model ", "It ", "We ", "This ", "; it ", "(", ""]),
        rng.choice(["outperforms ", "improves over ", "beats ", "surpasses ", "is better than ", "differs from ", ""]),
        rng.choice(["BERT ", "the baseline ", "prior work ", ""]),
        _case(rng, rng.choice(["by", "by", "by", "bye", "my", "b y"])), ws(),
        _pick(rng, ["an ", "a ", "AN "]), _pick(rng, ["average ", "absolute ", "mean ", "Overall ", "relative "]),
        rng.choice([metric, metric, metric.lower(), rng.choice(_METRICS)]),
        _pick(rng, [" score", " points", " gain", " margin", " increase"]), ws(),
        _case(rng, rng.choice(["of", "of", "of", "off", "or"])), ws(),
        _pick(rng, ["about ", "around ", "nearly ", "over ", "approximately ", "more than ", "More  than\n"]),
    ]
    return "".join(parts)


def test_by_metric_of26_is_the_former_on_random_clauses():
    rng = random.Random(39)
    hits = 0
    for _ in range(6000):
        metric = rng.choice(_METRICS)
        head = _pick(rng, ["We propose X. ", "On SQuAD, ", "Results: ", "In short; "])
        text = head + _by_sentence(rng, metric)
        start = len(text)
        text += rng.choice(["1.5", "12.3%", "0.7 points", "3"]) + rng.choice([" on SQuAD.", ".", " over BERT", ""])
        end = start + 1
        for qualifier in ("exact", "relative"):
            r = _result(text, start, end, metric, qualifier)
            former = _former_by_metric_of26(text, r)
            assert R._by_metric_of26(text, r) == former, (text, metric, qualifier)
            hits += former
    assert hits > 200  # the sentences match often: a pre-check that refuses a true match fails above


def _slot_sentence(rng: random.Random, metric: str) -> tuple[str, int, int]:
    """A sentence with a value, often followed by its metric and "on/in (the) <Name> (dataset)"; (text, start, end)."""
    ws = lambda: rng.choice(_WS[:4])  # noqa: E731
    text = rng.choice(["We reach ", "On CoNLL-2003, we reach ", "Our model (FooNet) gets ", "It obtains an F1 of ", ""])
    start = len(text)
    text += rng.choice(["91.2", "85", "77.5"])
    end = len(text)
    text += "".join([
        _pick(rng, ["%", " %"]), ws(), _pick(rng, [metric, metric, rng.choice(_METRICS)], 0.7), ws(),
        _pick(rng, ["score ", "points ", "absolute ", "gains "], 0.3),
        rng.choice(["on", "in", "On", "at", "on", "in"]), ws(),
        _pick(rng, ["the "]), _pick(rng, ["standard ", "public ", "widely-used ", "challenging "], 0.3),
        _pick(rng, ["benchmark, "], 0.1),
        rng.choice(["SQuAD", "CoNLL 2003", "WMT14", "2014 Cityscapes", "ImageNet v1.2", "squad", "MultiNLI", "GLUE", "X"]),
        rng.choice([" dataset", " test set", "", "'s test set", " and 12.5 % on Y", ",", " (dev)", " for English"]),
        rng.choice([".", " .", "", "; later results follow."]),
    ])
    return text, start, end


@pytest.mark.parametrize("off", [frozenset(), frozenset({"name-before-bracket", "fronted-name"}),
                                 frozenset({"method-typed-in-slot"})])
def test_slot_name27_is_the_former_on_random_sentences(off):
    rng = random.Random(3927)
    hits = 0
    for i in range(4000):
        metric = rng.choice(_METRICS)
        text, start, end = _slot_sentence(rng, metric)
        entities = []
        if i % 3 == 0:  # a method of the paper named like the slot's name: "method-typed" and "not data" verdicts
            entities = [Entity(id="method:squad", name="SQuAD", type="method", role=rng.choice(["uses", "proposes"]),
                               aliases=[], family=None, mentions=[Mention("SQuAD", 0, 5, 0, "rule:test")])]
        paper = ExtractedPaper(id="p", title=None, abstract=text, entities=entities)
        rule = rng.choice(["result:score", "result:score+dataset:none-named"])
        former = _former_slot_name27(paper, text, start, end, 0, metric, rule, off)
        assert R._slot_name27(paper, text, start, end, 0, metric, rule, off) == former, (text, metric)
        hits += former is not None and former[0].startswith("name-after-value")
        # the pattern itself, wherever it may start: the pre-check never refuses a match
        for pos in (end, start, 0):
            m = _former_after_value(text, pos, len(text), metric)
            assert m is None or R._AFTER_METRIC39.search(text, pos, len(text)), (text, pos, metric)
    assert hits > 300


# -- the corpus pass (canonical.py, corpus.py) --------------------------------------------------------------------

def _former_coins(e, key, title, spelt_in=None, abstract=None) -> bool:
    """canonical._coins as session 34 left it (the list look-up before the role)."""
    from paperkg.extract import canonical as C

    if not ((key.startswith(C.COINABLE_KEYS) and e.entry is None or C._one_name_entry26(e, key)) and e.role == "proposes"
            and not e.long_form and " " not in e.name.strip()):
        return False
    if any(m.rule in C.COINING_RULES for m in e.mentions):
        return True
    if spelt_in is not None and any(C.coining_mention27(m.rule) for m in e.mentions) and not C.wide_spelling27(
            {m.text for m in e.mentions}, spelt_in) and C.weak_cue_holds28(e.mentions, abstract):
        return True
    return bool(title and ":" in title and title.split(":", 1)[0].strip() in {m.text for m in e.mentions})


@pytest.mark.parametrize("switch", [None, "listed-coiners"])
def test_coins_is_the_former_on_random_entities(monkeypatch, switch):
    from collections import Counter

    from paperkg.extract import canonical as C
    from paperkg.extract.corpus import entry_key, entry_refs
    from paperkg.extract.resolve import LocalEntity

    if switch:
        monkeypatch.setenv("PAPERKG_SENSES26", switch)
    rng = random.Random(3939)
    one_name = [ref for ref, entry in entry_refs() if entry.forms and not any(" " in f.strip() for f in entry.forms)]
    other = [ref for ref, entry in entry_refs() if any(" " in f.strip() for f in entry.forms)]
    assert one_name and other
    names = ["FooNet", "PAWS", "ScaleNet", "Foo Net", " VIP ", "BERT", "x"]
    rules = ["rule:named", "rule:title-name", "rule:appositive", "rule:listed", "gazetteer:pwc", "abbreviation"]
    coined = 0
    for _ in range(5000):
        name = rng.choice(names)
        entry = rng.choice([None, None, rng.choice(one_name), rng.choice(other)])
        mentions = [Mention(rng.choice([name.strip(), "Foo"]), 0, 3, 0, rng.choice(rules)) for _ in range(rng.randint(1, 3))]
        e = LocalEntity(name=name, type=rng.choice(["method", "dataset", "model"]), role=rng.choice(["proposes", "uses"]),
                        aliases=[], family=None, mentions=mentions, entry=entry,
                        long_form=rng.choice([None, None, "foo network"]))
        key = rng.choice(["form:foonet", "apart:foonet", "sense:foonet", "entry:x", "coined:foonet@p1"]
                         + ([entry_key(entry)] * 3 if entry is not None else []))
        title = rng.choice([None, "FooNet: a net", "PAWS: paraphrases", "A study"])
        spelt_in = rng.choice([None, Counter({"foonet": 1}), Counter({"foonet": 40})])
        abstract = rng.choice([None, "We propose FooNet, a net."])
        former = _former_coins(e, key, title, spelt_in, abstract)
        assert C._coins(e, key, title, spelt_in, abstract) == former, (e, key, title)
        coined += former
    assert coined > 200


def test_entry_of_is_the_gazetteer_entry():
    from paperkg.extract import gazetteer
    from paperkg.extract.corpus import entry_of, entry_refs

    refs = [ref for ref, _ in entry_refs()]
    assert len(refs) > 1000
    for ref in refs:
        assert entry_of(ref) is gazetteer.entry_by_id(ref)
    with pytest.raises(KeyError):
        entry_of("method:no-such-entry-speed39")
