"""Session 47 (issue 12, results59): a lower-case data phrase with the dataset's name in brackets, behind
``PAPERKG_RESULTS59``.

Read from the study parts of the results gold (blind41-45 left out): of the gold tuples whose dataset the sentence
names and the step reported with none, one kind a general rule sees from the value's own sentence is a value said to
be on a data phrase written in lower case whose name follows it in brackets: "a mean average precision (mAP) of
52.6% on unseen real-world foggy dataset (RTTS)", "a mAP of 55.7% on unseen real-world low light dataset
(ExDark)". ``results._UNNAMED_ON`` reads "on ... lower-case words ... dataset" as data the paper does not name and
reports the value with none ("75.2% mAP on real student behavior dataset"); when the bracket right after the data
noun holds exactly a dataset the entity step found, the phrase names it, and the value is on it.

- ``bracket-name``: "on/in [a/an] lower-case words dataset/corpus/data/benchmark (NAME)", NAME one dataset/benchmark
  entity span of the sentence and nothing else in the bracket: the value is on NAME.

The other kind (entity step): machine-translation task slots. "On the large WMT’14 English-French task, ... achieves
41.5 BLEU", "Empirical results on NIST Chinese-to-English translation task show ... 1.78 BLEU": the entity step
types no dataset there (the curly or straight apostrophe edition, NIST with a language pair), so the value gets
none (the gate drops it, or results57 refuses another sentence's dataset and the gate drops it).

- ``mt-slot``: an evaluation campaign of machine translation (WMT, IWSLT, NIST, WAT, CWMT) with an edition ("'14",
  "’14", "14", "2014", "-14") and/or a language pair ("English-French", "Chinese-to-English", "En-De", "German→English"),
  at least the pair when there is no edition, becomes a dataset named as written ("WMT’14 English-French", "NIST
  Chinese-to-English"), with the phrase with its head noun ("...
  translation task") as aliases; a second pair joined to it ("the WMT’14 English-German and English-French tasks")
  is the same campaign's ("WMT’14 English-French"). Not when a dataset or benchmark entity overlaps the span (the step's "WMT 2016" of "WMT 2016
  English-Romanian", "WMT14 En-De" stay as they are), nor for a pair that goes on with a slash ("IWSLT
  English-German/French tasks": several pairs, not one), nor for the campaign alone ("WMT", "NIST": a venue or an
  institute).

Measured (session 47): results gold study parts (2,241 abstracts, blind41-46 left out), value+metric+dataset
tp/fp/fn 1858/160/923 -> 1861/157/920 (bracket-name alone 1860/158/921); confident only 1690/117/1091 ->
1692/116/1089. 73k: bracket-name 3 tuples changed, 3 right; mt-slot 42 of 324 papers changed, 68 entities (MT
slots, right), tuples: 36 right, 3 wrong (a direction apart from the slot, values the gate drops once the paper names
its data), 4 dataset-less values dropped by the gate.

Hooks: ``results._dataset_for`` where ``_UNNAMED_ON`` matches (bracket-name); ``pipeline._paper_result`` after
results58 and ``scripts/train_name_tagger.after_tag`` (mt-slot). ``PAPERKG_RESULTS59``: "off"/"0", or a comma list
of parts to switch off.
"""

from __future__ import annotations

import re

from .recall_rules import parts_off_by_default

RESULTS_RULES59 = ("bracket-name", "mt-slot")
# mt-slot ships off (lead, session 47 merge): the results gold and the results tests name the campaign as the dataset
# ("IWSLT", "NIST", "WMT'19"), and without the campaign as an alias of each pair's node (a foreign alias across pairs)
# it gains nothing on the study parts; "on:mt-slot" switches it on for study.
DEFAULT_OFF59: frozenset[str] = frozenset({"mt-slot"})

_OPEN59 = re.compile(r"\s*\(\s*")
_CLOSE59 = re.compile(r"\s*\)")


def _results_off59() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RESULTS59", RESULTS_RULES59, DEFAULT_OFF59)


def bracket_name59(text: str, end: int, datasets: list):
    """The dataset entity named in a bracket right after an unnamed-looking data phrase ending at ``end`` ("on unseen
    foggy dataset (RTTS)"), or None. ``datasets``: the sentence's (start, end, entity) dataset spans."""
    if "bracket-name" in _results_off59():
        return None
    opened = _OPEN59.match(text, end)
    if not opened:
        return None
    for s, e, ent in datasets:
        if s == opened.end() and _CLOSE59.match(text, e):
            return ent
    return None


_CODES59 = ("En|De|Fr|Ro|Zh|Ja|Ko|Cs|Ru|Es|It|Pt|Nl|Fi|Et|Lv|Lt|Tr|Ar|He|Hi|Vi|Th|Id|Ms|Uk|Pl|Kk|Gu|Ps|Km|Ne|Si|Ta|"
            "Iu|Sv|Da|No|Hu|Hr|Sr|Sl|Sk|Bg|El|Fa|Ur|Bn|My|Ha|Xh|Zu|Sw")


def _lang59() -> str:
    from .lexicon import LANGUAGE_NAMES

    words = sorted((w for w in LANGUAGE_NAMES if re.fullmatch(r"[A-Z][a-z]+", w)), key=len, reverse=True)
    return rf"(?:{'|'.join(words)}|(?:{_CODES59})(?![a-z])|(?:{_CODES59.upper()})(?![A-Za-z]))"


_MT59: re.Pattern | None = None


def _mt_pattern59() -> re.Pattern:
    global _MT59
    if _MT59 is None:
        lang = _lang59()
        _MT59 = re.compile(
            r"(?<![\w\-])(?P<camp>WMT|IWSLT|NIST|WAT|CWMT)"
            r"(?P<ed>\s?['’‘](?:\d\d)\b|-?(?:\d\d)(?!\d)|\s(?:19|20)\d\d(?!\d)|\s\d\d(?![\d.%]))?"
            rf"(?P<pair>\s+(?:{lang})\s*(?:-|–|→|->|\s+to\s+|-to-|/|⇒)\s*(?:{lang})(?![\w\-])(?!\s*/\s*(?:{lang})))?"
            r"(?P<head>\s+(?:(?:news|translation|MT|evaluation|shared|test)\s+){0,3}(?:tasks?|datasets?|data\s+sets?|"
            r"benchmarks?|corpus|data|test\s+sets?|evaluations?)\b)?")
    return _MT59


_STRAIGHT59 = str.maketrans({"’": "'", "‘": "'"})
_MORE59: re.Pattern | None = None


def _MORE_PAIR59() -> re.Pattern:
    global _MORE59
    if _MORE59 is None:
        lang = _lang59()
        _MORE59 = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<pair>(?:{lang})\s*(?:-|–|→|->|\s+to\s+|-to-|⇒)\s*"
                             rf"(?:{lang}))(?![\w\-])")
    return _MORE59


def add_mt_slots59(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with machine-translation task slots ("the WMT’14 English-French task") added as datasets."""
    if "mt-slot" in _results_off59() or not abstract or not re.search(r"WMT|IWSLT|NIST|WAT|CWMT", abstract):
        return entities
    from .records import Mention
    from .resolve import LocalEntity  # late: resolve imports much

    spans = [(x.start, x.end) for e in entities if e.type in ("dataset", "benchmark") for x in e.mentions
             if x.field == "abstract"]
    added: dict[str, LocalEntity] = {}
    for m in _mt_pattern59().finditer(abstract):
        ed, pair = m.group("ed"), m.group("pair")
        if not pair and not ed:
            continue  # "WMT", "NIST" alone: a venue, an institute
        if not pair and not m.group("head"):
            continue  # "WMT 2014" alone: the step's own business (it names the campaign and year already)
        s, t = m.start(), m.end("pair") if pair else m.end("ed")
        if any(a < t and b > s for a, b in spans):
            continue  # the step found it (or a part of it) already
        name = re.sub(r"\s+", " ", abstract[s:t])
        campaign = re.sub(r"\s+", " ", abstract[s : m.end("ed") if ed else m.end("camp")])
        # the campaign alone ("NIST", "IWSLT", "WMT’14") is not an alias: it names every pair of that campaign (and
        # NIST an institute), so corpus-wide resolution would join all of them into this one slot's node
        aliases: list[str] = []
        if m.group("head"):
            aliases.append(re.sub(r"\s+", " ", abstract[s : m.end()]))
        slots = [(s, t, name, aliases)]
        if pair and not m.group("head"):
            # "on the WMT’14 English-German and English-French tasks": the second pair is the same campaign's
            more = _MORE_PAIR59().match(abstract, t)
            if more and not any(a < more.end("pair") and b > more.start("pair") for a, b in spans):
                p2 = re.sub(r"\s+", " ", more.group("pair"))
                slots.append((more.start("pair"), more.end("pair"), f"{campaign} {p2}", []))
        for a, b, nm, al in slots:
            # the result step reads the abstract with straight apostrophes ("WMT'14"): both spellings are the name's
            al = al + [x.translate(_STRAIGHT59) for x in (nm, *al) if x.translate(_STRAIGHT59) != x]
            mention = Mention(abstract[a:b], a, b, abstract.count(". ", 0, a), "rule:results59-mt-slot")
            key = nm.lower()
            if key in added:
                added[key].mentions.append(mention)
                added[key].aliases.extend(x for x in al if x not in added[key].aliases and x != nm)
                continue
            added[key] = LocalEntity(nm, "dataset", "evaluates_on", [x for x in dict.fromkeys(al) if x != nm],
                                     None, [mention])
            spans.append((a, b))
    if not added:
        return entities
    return entities + list(added.values())
