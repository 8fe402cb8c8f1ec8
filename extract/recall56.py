"""Session 44 (issue 10, recall): data names coordinated before a plural data noun, behind ``PAPERKG_RECALL56``.

Read from the study pool's dataset/benchmark misses: "the Children's Book Test and Who Did What datasets", "the
Animals with Attributes and Caltech-UCSD Birds datasets", "the ETH/UCY and SDD benchmarks". A plural data noun
("datasets", "data sets", "benchmarks", "corpora", "treebanks") after a coordination of capitalised names makes each
conjunct a data name with the conjunct's whole span; the shape and list rules cut such names at a possessive, a
function word or a slash ("Book Test", "Attributes", "UCY" were extracted and scored as spurious) or found nothing
("Who Did What").

A conjunct is a run of capitalised (or digit-led) tokens with at most one "with"/"of"/"for" inside, read right to
left from the noun; conjuncts are separated by "and"/"or"/"&" (the one nearest the noun) and commas; the list must
have two conjuncts or more and its first conjunct must follow a lower-case word or a bracket (not a sentence start:
"Experiments with MNIST and ..."). No conjunct may overlap a method/model/task entity of the paper.

- ``grow``: a dataset/benchmark mention that ends where its conjunct ends but starts inside it ("[Book Test]" in
  "Children's Book Test") is grown to the conjunct when no other entity lies in the added words, and the added
  words do not start with a number or a language ("the 2016 SemEval ABSA Restaurant", "English FrameNet"). The
  grown mention moves to an entity of the grown name (the paper's entity of that name when there is one); an
  entity left with no mentions is dropped.
- ``new``: a conjunct of two to six tokens that no entity overlaps, in a list where another conjunct is a
  dataset/benchmark entity (exactly, or after ``grow``), becomes a dataset/benchmark of the sibling's type; not
  two coined tokens side by side (a lost comma: "NuScenes KITTI360"), a language, a number or a non-entity.
- ``bracket``: the names in a bracket right after a data noun ("three different datasets (MNIST, USPS, RIMES)", "a
  completely different dataset (Wikia)", "datasets (i.e., CIFAR, ImageNet, E2E)") that no entity covers become
  datasets (benchmarks after "benchmark(s)"). A member is one to four capitalised or digit-led tokens; not a lone
  all-capitals word (the bracket then usually defines the phrase's acronym: "DE-biased benchmark (SADE)"), not a
  citation, a year, a number or score, a language or another listed non-entity ("Twitter" stays a platform), nor a
  document pointer ("Table 2", "Section 4"), a language pair ("En-Fr"), a part or count ("Version 1", "4 NER"),
  names run together ("CIFAR10 CIFAR100 ImageNet-1k"), a non-ASCII name (its slug loses letters: "DBÖ" ->
  "dataset:db"); no bracket with "or" ("(Definition Extraction or DE)"). Members found by another rule keep their
  own type. A new name spelt like a listed data name but for spaces, hyphens or dots takes the listed spelling
  ("Hopkins 155" -> "Hopkins155"), so it joins that node.

Hook: ``pipeline._paper_result`` after types51 (and ``scripts/train_name_tagger.after_tag``). ``PAPERKG_RECALL56``:
"off", a comma list of parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .recall_rules import parts_off_by_default

RECALL_RULES56 = ("grow", "new", "bracket")
DEFAULT_OFF56: frozenset[str] = frozenset()
DATA56 = ("dataset", "benchmark")
OTHER56 = ("method", "model", "task", "metric")

_HEAD56 = re.compile(r"\b(?:datasets|data\s+sets|benchmarks|corpora|treebanks)\b")
_TOKEN56 = re.compile(r"[^\W_][\w\-/.'\u2019&]*[\w]|[^\W_]|[,;:()\[\]]|[^\w\s]")
CONNECT56 = frozenset(("with", "of", "for"))
COORD56 = frozenset(("and", "or", "&"))
# Capitalised words that are not names at the start of a conjunct ("Both", "All").
NOT_START56 = frozenset("""both all the these those two three four five several other standard popular public
    large benchmark benchmarks dataset datasets our their its""".split())


def _off56() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_RECALL56", RECALL_RULES56, DEFAULT_OFF56)


def _cap56(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit())


def _conjuncts56(text: str, head_start: int) -> list[tuple[int, int]]:
    """Char spans of the coordinated names right before ``head_start``, left to right; [] when no list."""
    left = max(0, head_start - 250)
    window = text[left:head_start]
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind("! "), window.rfind("? "))
    if cut >= 0:
        left, window = left + cut + 2, window[cut + 2:]
    toks = [(m.group(), left + m.start(), left + m.end()) for m in _TOKEN56.finditer(window)]
    spans: list[tuple[int, int]] = []
    i = len(toks) - 1
    seen_coord = False
    while i >= 0:
        j = i
        connectors = 0
        while j >= 0:
            t = toks[j][0]
            if _cap56(t):
                j -= 1
            elif (t in CONNECT56 and connectors == 0 and j < i and j - 1 >= 0 and toks[j - 1][0][0].isupper()
                  and toks[j + 1][0][0].isupper()):  # "Animals with Attributes", not "0.951 for KITTI-2015"
                connectors += 1
                j -= 1
            else:
                break
        if j == i:
            return []
        first = j + 1
        if toks[first][0].lower() in NOT_START56:
            first += 1
            if first > i:
                return []
        spans.append((toks[first][1], toks[i][2]))
        if first != j + 1:  # a determiner-like capital started the list
            break
        if j < 0:
            return []  # the text (or sentence) starts with the conjunct
        t = toks[j][0]
        if t in COORD56 and not seen_coord:
            seen_coord = True
            i = j - 1
            if i >= 0 and toks[i][0] == ",":
                i -= 1
            continue
        if t == "," and seen_coord:
            i = j - 1
            if i >= 0 and toks[i][0] in COORD56:
                i -= 1
            continue
        # The list ends: it must follow a lower-case word or an opening bracket, not a sentence start.
        if not (t[0].islower() or t in ("(", "[", ":")):
            return []
        break
    if len(spans) < 2 or not seen_coord:
        return []
    return spans[::-1]


_BRACKET56 = re.compile(
    r"\b(?:dataset|datasets|data\s+set|data\s+sets|corpus|corpora|benchmark|benchmarks|treebank|treebanks)\s+\(")
_BRACKET_LEAD56 = re.compile(r"(?:e\.g\.|i\.e\.|namely|viz\.|including)\s*,?\s*")
_MEMBER56 = re.compile(r"[A-Z0-9][\w\-.'\u2019/+]*(?:\s+[A-Z0-9][\w\-.'\u2019/+]*){0,3}|[a-z]+[A-Z][\w\-]*")
_NOT_MEMBER56 = re.compile(r"(?:Table|Tables|Section|Sections|Fig|Figure|Figures|Appendix|Eq|Supplementary|See|Ref|"
                           r"In|On|The|A|An|For|With|E\.g|I\.e)\b")


def _bracket_members56(text: str) -> list[tuple[int, int, str]]:
    """(start, end, head word) of each name in a bracket right after a data noun; none when the bracket holds
    anything else (a citation, a description, a score)."""
    out: list[tuple[int, int, str]] = []
    for b in _BRACKET56.finditer(text):
        close = text.find(")", b.end())
        if close < 0 or close - b.end() > 120 or "(" in text[b.end():close]:
            continue
        inner_start = b.end()
        lead = _BRACKET_LEAD56.match(text, inner_start)
        if lead:
            inner_start = lead.end()
        inner = text[inner_start:close]
        if re.search(r"\sor\s", inner):
            continue  # "(Definition Extraction or DE)": another name of one thing, not a list
        if re.search(r"\bet\s+al\b|(?:19|20)\d\d\b|%|\d\.\d", inner):
            continue
        parts = [(m.start(), m.end()) for m in re.finditer(r"[^,;]+", inner)]
        members: list[tuple[int, int]] = []
        ok = True
        for ps, pe in parts:
            seg = inner[ps:pe]
            seg_strip = re.sub(r"^\s*(?:and|or|&)\s+|^\s+|\s+$", "", seg)
            sub = re.split(r"\s+(?:and|or|&)\s+", seg_strip)
            off0 = inner_start + ps + seg.find(seg_strip)
            pos = 0
            for piece in sub:
                at = seg_strip.find(piece, pos)
                pos = at + len(piece)
                if not piece or _MEMBER56.fullmatch(piece) is None or _NOT_MEMBER56.match(piece):
                    ok = False
                    break
                members.append((off0 + at, off0 + at + len(piece)))
            if not ok:
                break
        if not ok or not members:
            continue
        if len(members) == 1:
            word = text[members[0][0]:members[0][1]]
            if re.fullmatch(r"[A-Z0-9\-]+s?", word):
                continue  # "benchmark (SADE)": the phrase's acronym
        head = b.group().split()[0].lower()
        for s, t in members:
            out.append((s, t, head))
    return out


def _bracket_ok56(name: str) -> bool:
    from .lexicon import LANGUAGE_NAMES, non_entity_kind

    if not name.isascii():
        return False  # "DBÖ": its slug would lose letters and join another node
    if non_entity_kind(name) or any(p in LANGUAGE_NAMES for p in re.split(r"[\s\-]+", name)):
        return False
    if re.fullmatch(r"[\d.,]+[A-Za-z]?|[A-Z]", name):
        return False  # a number or a letter
    words = name.split()
    if re.fullmatch(r"[A-Z][a-z]{1,2}-[A-Z][a-z]{1,2}", name):
        return False  # a language pair ("WMT En-De, En-Fr")
    if words[0] in ("Version", "Versions", "Part", "Parts", "Split", "Splits", "Set", "Sets", "Subset", "Task",
                    "Tasks", "Track", "Level", "Levels") or (len(words) > 1 and words[0].isdigit()):
        return False  # "(Version 1 and 2)", "(4 NER and 3 POS)": parts or counts
    if len([w for w in words if re.search(r"\d|.[A-Z]", w)]) >= 2:
        return False  # names run together without commas ("CIFAR10 CIFAR100 ImageNet-1k")
    return True


def grow_pairs56(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with data names cut inside a coordination before a plural data noun grown to the
    conjunct (``grow``) and unfound conjuncts beside a data name added (``new``)."""
    off = _off56()
    if len(off) == len(RECALL_RULES56) or not abstract:
        return entities
    text = abstract
    if "bracket" not in off:
        entities = _add_brackets56(text, entities)
    lists: list[tuple[str, list[tuple[int, int]]]] = []  # (head noun, conjunct spans)
    for h in _HEAD56.finditer(text):
        spans = _conjuncts56(text, h.start())
        if spans:
            lists.append((h.group(), spans))
    if not lists:
        return entities
    from .resolve import LocalEntity  # late: resolve imports much

    abstract_mentions = [(e, m) for e in entities for m in e.mentions if m.field == "abstract"]
    by_name = {(e.name, e.type): e for e in entities}
    changed = False
    for head, spans in lists:
        inside = [[(e, m) for e, m in abstract_mentions if m.start < t and m.end > s] for s, t in spans]
        if any(e.type in OTHER56 for group in inside for e, _ in group):
            continue
        kinds: list[tuple] = []  # per conjunct: ("exact", e) | ("grow", e, m) | ("none",) | ("bad",)
        for (s, t), group in zip(spans, inside):
            data = [(e, m) for e, m in group if e.type in DATA56]
            if not group:
                kinds.append(("none",))
            elif any(m.start == s and m.end == t for _, m in data):
                kinds.append(("exact", next(e for e, m in data if m.start == s and m.end == t)))
            elif len(group) == 1 and data and data[0][1].end == t and data[0][1].start > s:
                kinds.append(("grow", data[0][0], data[0][1]))
            else:
                kinds.append(("bad",))
        sibling = next((k[1] for k in kinds if k[0] in ("exact", "grow")), None)
        if sibling is None:
            continue
        for (s, t), kind in zip(spans, kinds):
            name = text[s:t]
            if kind[0] == "grow" and "grow" not in off and _grow_ok56(text[s:kind[2].start], kind[2].text):
                e, m = kind[1], kind[2]
                new_m = replace(m, text=name, start=s, end=t, rule="rule:recall56-grow")
                e.mentions = [x for x in e.mentions if x is not m]
                target = by_name.get((name, e.type))
                if target is None:
                    target = LocalEntity(name, e.type, e.role, [], None, [new_m])
                    entities = entities + [target]
                    by_name[(name, e.type)] = target
                else:
                    target.mentions = sorted(target.mentions + [new_m], key=lambda x: (x.field != "title", x.start))
                changed = True
            elif kind[0] == "none" and "new" not in off and 2 <= len(name.split()) <= 6 and _new_ok56(name):
                sent = sibling.mentions[0].sentence if sibling.mentions else 0
                mention = _mention56(name, s, t, sent)
                name = listed_spelling56(name)
                if (name, sibling.type) in by_name:
                    continue
                target = LocalEntity(name, sibling.type, "uses", [], None, [mention])
                entities = entities + [target]
                by_name[(name, sibling.type)] = target
                changed = True
    if not changed:
        return entities
    return [e for e in entities if e.mentions]


def _grow_ok56(prefix: str, rest: str) -> bool:
    """Not a year or number before the name ("the 2016 SemEval ABSA Restaurant"), nor a language ("English PTB",
    "English FrameNet": the resource's node is the name without it, as precision42 keeps it)."""
    from .lexicon import LANGUAGE_NAMES

    words = prefix.split()
    if not words or re.fullmatch(r"[\d.,]+", words[0]):
        return False
    if words[0] in LANGUAGE_NAMES:
        return False  # "English FrameNet", "English PTB": the language's part of a listed resource, not a new node
    return True


def _new_ok56(name: str) -> bool:
    """Two coined tokens side by side are two names with a comma lost ("NuScenes KITTI360", "Referit3D Nr3D");
    a language, a number or a listed non-entity is no new data name."""
    from .lexicon import LANGUAGE_NAMES, non_entity_kind

    words = name.split()
    coined = [w for w in words if re.search(r"\d|.[A-Z]", w)]
    if len(coined) >= 2 or non_entity_kind(name) or any(w in LANGUAGE_NAMES for w in words):
        return False
    return not re.fullmatch(r"[\d.,]+", words[0])


@lru_cache(maxsize=1)
def _listed_data56() -> dict[str, str]:
    """Folded form (lower case, no spaces, hyphens, underscores or dots) -> the listed data name."""
    from .gazetteer import load_entries

    out: dict[str, str] = {}
    for e in load_entries():
        if e.type in DATA56:
            for f in e.forms:
                out.setdefault(_fold56(f), e.name)
    return out


def _fold56(s: str) -> str:
    return re.sub(r"[\s\-_.]+", "", s.lower())


def listed_spelling56(name: str) -> str:
    """The gazetteer's name of a data name written another way ("Hopkins 155" -> "Hopkins155"), else ``name``: a
    new entity joins the listed node instead of splitting it."""
    return _listed_data56().get(_fold56(name), name)


def _add_brackets56(text: str, entities: list) -> list:
    members = _bracket_members56(text)
    if not members:
        return entities
    from .resolve import LocalEntity

    spans = [(m.start, m.end) for e in entities for m in e.mentions if m.field == "abstract"]
    by_name = {(e.name, e.type): e for e in entities}
    added: list = []
    for s, t, head in members:
        if any(a < t and b > s for a, b in spans):
            continue
        name = text[s:t]
        if not _bracket_ok56(name):
            continue
        typ = "benchmark" if head.startswith("benchmark") else "dataset"
        sent = text.count(". ", 0, s)
        m = Mention56(name, s, t, sent, "rule:recall56-bracket")
        name = listed_spelling56(name)
        e = by_name.get((name, typ))
        if e is None:
            e = LocalEntity(name, typ, "uses", [], None, [m])
            by_name[(name, typ)] = e
            added.append(e)
        else:
            e.mentions = sorted(e.mentions + [m], key=lambda x: (x.field != "title", x.start))
        spans.append((s, t))
    return entities + added if added else entities


def Mention56(name, s, t, sentence, rule):
    from .records import Mention

    return Mention(name, s, t, sentence, rule)


def _mention56(name: str, s: int, t: int, sentence: int):
    from .records import Mention

    return Mention(name, s, t, sentence, "rule:recall56-pair")
