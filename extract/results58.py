"""Session 46 (issue 12, results58): data a result is on that the entity step never names, behind ``PAPERKG_RESULTS58``.

Read from the results gold's study parts (not blind41-45): of the gold tuples missed whose dataset no entity of the
paper names, the largest kinds are shared tasks and evaluation campaigns (about 25 papers: "the Nuanced Arabic
Dialect Identification (NADI) shared task", "the First Shared Task on Aggression Identification", "The DISPRT 2019
workshop has organized a shared task", "NIPS 2017 adversarial competition") and a coded or lower-case name before
a few lower-case words and a data noun ("the GMU detection benchmark", "the INAT21 fine-grained classification
dataset", "the ogbl-vessel benchmark", "the publicly available weathergov dataset"). The entity step types
neither; the result step then finds no dataset and the gate drops the values or binds another.

- ``shared-task``: a campaign name written as one: "the [year] NAME [(ACR)] [year] shared task / challenge /
  competition / evaluation campaign [on Title Words]", "the [First] Shared Task on Title Words", or "the shared
  task for lower-case words (ACR)", becomes a benchmark (the paper evaluates on it). NAME: capitalised or coded
  words (function words between them allowed, "Discriminating between Similar Languages"); with a single plain
  capitalised word it needs a year, an acronym or a digit ("the Main Challenge", "the Kaggle competition" stay
  out). And "the NAME YEAR workshop" in a sentence that says "shared task" / "task of" ("The FOO 2019 workshop has
  organized a shared task") becomes a benchmark "NAME YEAR". Aliases: the bracketed acronym and the name without it.
- ``data-phrase``: "the / on / of [modifiers] NAME [up to three lower-case words] dataset / benchmark / corpus /
  database / data set / treebank", NAME a coded token (capital after its first letter, or letters with digits:
  "GMU", "INAT21", "ZBL-7") or a lower-case token not an English word with a digit, hyphen or no vowel-word shape
  ("ogbl-vessel", "weathergov"), becomes a dataset named NAME, the whole phrase an alias.

Not when an entity of the paper of the data types overlaps the span (found already), nor for a name listed as
another type, a language, a venue alone, a model-shaped name, a listed non-entity.

Measured (session 46): results gold study parts (2,241 abstracts, blind41-45 left out), value+metric+dataset
tp/fp/fn 1841/171/940 -> 1853/161/928 (shared-task alone 1849/165/932); confident only 1679/127/1102 ->
1685/117/1096. Entity study pool 1071/126/166 -> 1073/126/164, dev 163/7/11 unchanged. 73k: 2,176 abstracts with a
result number and a shape of the rules, switch on/off: 127 papers changed, 116 right (91 %); wrong: "DRL simulation
benchmark" (a method), "AlignScore" retyped, "theMULTEXT-East" (PDF glue), "the June 2005 literal evaluation
campaign", and 7 papers where the new name took a value from a name that was as good or better ("the TOROT treebank
from the PROIEL treebank family", "the X shared task at VarDial 2019").

Hook: ``pipeline._paper_result`` last (and ``scripts/train_name_tagger.after_tag``). ``PAPERKG_RESULTS58``:
"off"/"0", or a comma list of parts to switch off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .memo import lowered
from .recall58 import _listed_types58  # each listed form with its types
from .recall_rules import parts_off_by_default

RESULTS_RULES58 = ("shared-task", "data-phrase")
DEFAULT_OFF58: frozenset[str] = frozenset()

_YEAR58 = r"(?:19|20)\d\d"
# a name token: capitalised or coded ("DISPRT", "NLP4IF", "Post-Editing", "2019Madar" not)
_CAP58 = r"(?:[A-Z][\w'’]*(?:-[\w'’]+)*)"
_FUNC58 = r"(?:between|of|on|for|and|in|with|to|from)"
_NAME58 = rf"{_CAP58}(?:\s+(?:{_FUNC58}\s+)?(?:{_CAP58}|{_YEAR58}|\d+))*"
_HEAD58 = r"(?i:shared[\s\-]+tasks?|challenges?|competitions?|evaluation\s+campaigns?)"
# "... shared task on Automatic Post-Editing", or lower-case words up to a bracketed acronym ("... on word level
# quality estimation (QE)")
_TITLE_TAIL58 = (rf"(?:\s+on\s+{_CAP58}(?:\s+(?:{_FUNC58}\s+)?{_CAP58}){{0,6}}"
                 r"|\s+on\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,4}(?=\s*\([A-Z]))")

# "the 2016 Discriminating between Similar Languages (DSL) shared task", "the NIPS 2017 adversarial competition",
# "the WMT 2018 shared task on Automatic Post-Editing (APE)"
_NAMED_TASK58 = re.compile(
    rf"\b(?i:the)\s+(?:{_YEAR58}\s+)?(?P<name>{_NAME58})(?:\s+\((?P<acr>[A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*)\))?"
    rf"(?:[\s\-](?P<year>{_YEAR58}))?(?P<mods>(?:\s+(?!{_FUNC58}\s|the\s|at\s|results?\s)[a-z][a-z\-]+){{0,2}}?)\s+(?P<head>{_HEAD58})"
    rf"(?P<tail>{_TITLE_TAIL58}|\s+{_YEAR58}(?!\d))?(?![\s\-]*\d|\s*\(\s*(?i:task|track|sub-?task))"
    rf"(?:\s+\((?P<acr2>[A-Z][A-Za-z0-9\-]*)\))?")
# "the First Shared Task on Aggression Identification", "the Shared Task on Enhanced Dependency Parsing"
_TASK_ON58 = re.compile(
    rf"\b(?i:the)\s+(?P<name>(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))\s+)?"
    rf"(?:{_NAME58}\s+)?Shared\s+Task\s+on\s+{_CAP58}(?:\s+(?:{_FUNC58}\s+)?{_CAP58}){{0,6}})"
    rf"(?:\s+\((?P<acr>[A-Z][A-Za-z0-9\-]*)\))?")
# "the shared task for Chinese grammatical error diagnosis(CGED)"
_TASK_FOR58 = re.compile(
    r"\b(?i:the)\s+shared\s+task\s+(?:for|on)\s+(?:the\s+)?(?P<long>[A-Za-z][a-z\-]*(?:\s+[a-z][a-z\-]*){1,5})\s*"
    r"\((?P<acr>[A-Z]{2,}[A-Za-z0-9\-]*)\)")
# "The FOO 2019 workshop has organized a shared task", "task of NLP4IF 2019 workshop", "the 2017 DSL Workshop"
_WORKSHOP58 = re.compile(
    rf"\b(?:(?P<y1>{_YEAR58})\s+)?(?P<name>[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*)(?:[\s\-](?P<y2>{_YEAR58}))?\s+[Ww]orkshop\b")
_TASK_WORD58 = re.compile(r"\bshared\s+tasks?\b|\btask\s+of\b|\borgani[sz]ed\s+(?:a|the)\s+(?:\w+\s+)?task", re.I)

_ORDINAL58 = re.compile(r"^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Final|Main|Grand|"
                        r"Open|Key|Major|New|Next|Same|This|That|These|Our|Their|Its|Each|Every|Both|Any|Such|Other|"
                        r"Annual|International|National|Global)$")

# singular: "on NLI datasets", "standard FSS benchmarks" name a class of data, not one
_NOUN58 = r"(?:dataset|benchmark|corpus|database|data\s+set|treebank)(?![\w\-])"
_MOD58 = (r"(?:publicly\s+available|public|popular|well[\s\-]known|well[\s\-]established|widely[\s\-]used|standard|"
          r"benchmark|challenging|competitive|large[\s\-]scale|newly\s+released|recently\s+released|commonly\s+used|"
          r"real[\s\-]world|recent|new|original|official|famous|classic|existing)")
_DATA_PHRASE58 = re.compile(
    rf"\b(?:the|on|of|in|from|using)\s+(?:the\s+)?(?:{_MOD58}\s+){{0,2}}(?!(?:the|a|an|our|their|this|these)\s)"
    r"(?P<name>[A-Za-z][A-Za-z0-9]*(?:[\-'’][A-Za-z0-9]+)*)"
    rf"(?P<mods>(?:\s+(?!(?:the|a|an|of|on|in|for|and|or|with|to|by|from|as|at|our|their|this|that|these|is|are|was|were|"
    rf"using|different|various|several|multiple|other|such|labelled|labeled)\s)"
    rf"[a-z][a-z\-]+){{0,3}}?)\s+(?P<noun>{_NOUN58})\b(?!\s*,?\s*(?:named|called|dubbed|termed)\b)")


def _off58() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RESULTS58", RESULTS_RULES58, DEFAULT_OFF58)


@lru_cache(maxsize=1)
def _english58() -> frozenset[str]:
    from importlib import resources

    from spacy.lang.en.stop_words import STOP_WORDS

    from .precision33 import known_words33

    text = resources.files("paperkg.extract").joinpath("data/corpus_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip()) | known_words33() | STOP_WORDS


def _other_type58(name: str) -> bool:
    from .lexicon import LANGUAGE_NAMES, VENUES, non_entity_kind

    if non_entity_kind(name):
        return True
    types = _listed_types58().get(name.lower())
    if types and not types & {"dataset", "benchmark"}:
        return True
    toks = re.split(r"[\s\-]+", name)
    return all(t in LANGUAGE_NAMES or t in VENUES for t in toks)


def _task_name_ok58(name: str, acr: str | None, year: str | None) -> bool:
    toks = name.split()
    caps = [t for t in toks if t[:1].isupper()]
    first = toks[0]
    if _ORDINAL58.match(first) and len(toks) == 1:
        return False
    coded = any(re.search(r"[A-Z].*[A-Z0-9]|\d", t[1:]) or re.search(r"\d", t) for t in toks)
    if not (acr or year or coded or re.search(_YEAR58, name) or len(caps) >= 2):
        return False
    if len(caps) == 1 and not (acr or year or coded or re.search(_YEAR58, name)):
        return False
    if _ORDINAL58.match(first) and not (acr or coded):
        toks = toks[1:]
        if not toks:
            return False
    return True


def _coded_data58(name: str) -> bool:
    """A data name's shape: coded ("GMU", "INAT21", "ZBL-7", "Pointing'04") or lower-case and no English word."""
    from .lexicon import GENERIC_ACRONYMS, LANGUAGE_NAMES, WORKSHOPS, shared_task_series

    if name in LANGUAGE_NAMES or name in GENERIC_ACRONYMS or name in WORKSHOPS or name in shared_task_series() or (
            _other_type58(name)):
        return False
    if name.lower() in ("test", "dev", "train", "val", "validation", "eval") or re.search(r"['’]s$|[A-Z]s$", name):
        return False  # a split written in capitals ("TEST dataset"), a possessive ("MADAR's corpus")
    if name[0].isupper():
        if re.search(r"\d", name):
            return bool(re.search(r"[A-Za-z]{2}", name)) and not re.fullmatch(r"\d*[A-Za-z]{1,2}\d*", name)
        return bool(re.search(r"[A-Z]", name[1:])) and len(re.sub(r"[^A-Za-z]", "", name)) >= 2
    # lower case: a hyphenated coded name ("ogbl-vessel") or one glued word no dictionary knows ("weathergov")
    parts = re.split(r"[\-'’]", name)
    if len(name) < 5 or name in _english58() or name.rstrip("s") in _english58():
        return False
    if len(parts) > 1:  # "ogbl-vessel"; not "dry-run" (a short part is read as a word)
        return not all(p in _english58() or p.isdigit() or len(p) < 4 for p in parts)
    # one glued word: long, as coined names are ("weathergov"), not a rare word ("lumber")
    return len(name) >= 8 and not re.search(r"(?:ing|ed|ly|al|ive|ous|ic|ary|ful|less|able|ible|ness|ment|tion|sion|est)$", name)


def _free58(s: int, t: int, spans: list[tuple[int, int, str]]) -> bool:
    """No entity of the data types overlaps [s, t); other types may (a task inside a shared task's name)."""
    return not any(a < t and b > s and typ in ("dataset", "benchmark") for a, b, typ in spans)


# speed51: the two gates of add_data_names58. A (?i) alternation is tried at every character of the abstract with
# case folding (~60 us an abstract, twice: ~1.5 % of plain extraction); the same words without (?i) in the
# lower-cased text (memo.lowered: exact, None for a text with a character lower() and (?i) fold apart) take ~10 us.
_SHARED_GATE58 = re.compile(r"(?i)shared\s+task|challenge|competition|campaign|workshop")
_SHARED_GATE_LOW58 = re.compile(r"shared\s+task|challenge|competition|campaign|workshop")
_DATA_GATE58 = re.compile(r"(?i)dataset|benchmark|corp|database|data set|treebank")
_DATA_GATE_LOW58 = re.compile(r"dataset|benchmark|corp|database|data set|treebank")


def _gate58(text: str, folded: re.Pattern, low: re.Pattern) -> bool:
    """``folded.search(text)``, searched as ``low`` (the same words, lower case, no (?i)) in the lower-cased text."""
    lowered_text = lowered(text)
    if lowered_text is None:
        return folded.search(text) is not None
    return low.search(lowered_text) is not None


def add_data_names58(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with shared tasks and coded data names a result can be on added."""
    off = _off58()
    if len(off) == len(RESULTS_RULES58) or not abstract:
        return entities
    from .records import Mention
    from .resolve import LocalEntity  # late: resolve imports much

    spans = [(x.start, x.end, e.type) for e in entities for x in e.mentions if x.field == "abstract"]
    names = {e.name.lower() for e in entities if e.type in ("dataset", "benchmark")} | {
        a.lower() for e in entities if e.type in ("dataset", "benchmark") for a in e.aliases}
    added: dict[str, LocalEntity] = {}

    def add(s: int, t: int, name: str, typ: str, aliases: list[str], how: str, inner: tuple[int, int] | None = None) -> None:
        if not _free58(s, t, spans) or name.lower() in names or any(a.lower() in names for a in aliases):
            return
        sent = abstract.count(". ", 0, s)
        mention = Mention(abstract[s:t], s, t, sent, f"rule:results58-{how}")
        if inner:  # the bracketed acronym inside the name, a spelling of its own ("NADI")
            a, b = inner
            extra = Mention(abstract[a:b], a, b, sent, f"rule:results58-{how}")
        else:
            extra = None
        key = name.lower()
        if key in added:
            if all(m.start != s for m in added[key].mentions):
                added[key].mentions.append(mention)
            return
        added[key] = LocalEntity(name, typ, "evaluates_on", [a for a in dict.fromkeys(aliases) if a and a != name],
                                 None, [mention] + ([extra] if extra else []))
        spans.append((s, t, typ))

    if "shared-task" not in off and _gate58(abstract, _SHARED_GATE58, _SHARED_GATE_LOW58):
        for m in _TASK_ON58.finditer(abstract):
            name = m.group("name")
            acr = m.group("acr")
            s, t = m.start("name"), m.end()
            add(s, t, abstract[s:t], "benchmark", [acr] if acr else [], "task-on", m.span("acr") if acr else None)
        for m in _NAMED_TASK58.finditer(abstract):
            name, acr, year = m.group("name"), m.group("acr"), m.group("year")
            if not _task_name_ok58(name, acr, year) or _other_type58(name):
                continue
            if name.split()[0] in ("Shared", "Task") or re.search(r"(?i)\bshared\s+task\b", name):
                continue
            if not m.group("tail") and re.match(r"\s+(?:of|for|in|is|was|to|that|remains)\b", abstract[m.end("head"):]):
                continue  # "the DNN challenge of fast verification": a difficulty, not a campaign
            s = m.start("name")
            # the year before the name belongs to it ("the 2016 Foo (FOO) shared task")
            pre = re.search(rf"({_YEAR58})\s+$", abstract[max(0, s - 6) : s])
            if pre:
                s -= len(pre.group(0))
            t = m.end("tail") if m.group("tail") else m.end("head")
            span = abstract[s:t]
            long = re.sub(r"\s*\([^)]*\)", "", span)
            aliases = [acr] if acr else []
            if acr:
                aliases.append(re.sub(r"\s+", " ", long))
            add(s, t, span, "benchmark", aliases, "named", m.span("acr") if acr else None)
        for m in _TASK_FOR58.finditer(abstract):
            acr, long = m.group("acr"), m.group("long")
            initials = "".join(w[0] for w in re.split(r"[\s\-]+", long)).upper()
            if not initials.startswith(acr[:2].upper()):
                continue  # the acronym spells another phrase
            add(m.start("acr"), m.end("acr"), acr, "benchmark", [long], "task-for")
        for m in _WORKSHOP58.finditer(abstract):
            year = m.group("y1") or m.group("y2")
            name = m.group("name")
            if not year or _other_type58(name):
                continue
            s0 = abstract.rfind(". ", 0, m.start()) + 1
            s1 = abstract.find(". ", m.end())
            sentence = abstract[s0 : s1 if s1 > 0 else len(abstract)]
            if not _TASK_WORD58.search(sentence):
                continue
            add(m.start(), m.end("name") if not m.group("y2") else m.end("y2"), f"{name} {year}", "benchmark",
                [], "workshop")

    if "data-phrase" not in off and _gate58(abstract, _DATA_GATE58, _DATA_GATE_LOW58):
        for m in _DATA_PHRASE58.finditer(abstract):
            name = m.group("name")
            if not _coded_data58(name):
                continue
            mods = m.group("mods").split()
            if any(w in ("the", "a", "an", "and", "or", "of", "on", "in", "for", "with", "to", "as", "is", "are",
                         "was", "were", "by", "from", "our", "their", "this", "that", "these") for w in mods):
                continue
            s, t = m.start("name"), m.end("noun")
            phrase = abstract[s:t]
            add(s, t, name, "dataset", [phrase], "data-phrase")
    if not added:
        return entities
    return entities + list(added.values())
