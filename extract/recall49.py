"""Session 40 (issue 10: extraction recall): a data name with no candidate, listed beside known data names,
behind ``PAPERKG_RECALL49``.

Read from the study pool's data misses with no candidate (docs/history/recall49.md): "sentiment analysis (SST,
IMDb)", "pre-trained on PMC, PubMed and ...": an acronym-shaped word no rule takes, written in one list with a
dataset or benchmark the gazetteer lists. A list's members are one kind of thing (precision27's
``data-list-sibling`` retypes a found method so; this part finds the name no rule found).

- ``list-sibling``: in a list of single words (", ", ", and ", " and ", " or ", inside brackets or not), a word
  shaped like a name (two or more capitals, or capitals and digits: "SST", "PMC", "E2E"; not mixed case, which
  the shape rules take already) that is no listed form of any type, no generic acronym, no language and no common
  capitalised word becomes a dataset / benchmark (the type of its listed data sibling, benchmark when they
  differ) when another member of the same list is a listed dataset / benchmark form and no member is a listed form
  of another type (a method, model, task or metric: "SVM, CRF and ..."), and the word is not in the mined
  lexicon (lexicon_mined, which types it already). Typed benchmark: the lists are where results are reported
  ("on A, B and C", GUIDELINE: a collection used to report results is a benchmark). Only where the list has a data
  context: "on" / "in" right before it or a data noun (datasets, benchmarks, corpora, databases, treebanks) in its
  sentence within 80 characters before or 40 after; not a member cut from a longer name ("MS COCO", "CIFAR 10",
  "CAD as Language"); not two members joined by a comma only ("not in COCO, YOLO9000 gets").

- ``shared-task-bracket`` (default off): "the Complex Word Identification (CWI) 2018 shared task" as one benchmark
  span: capitalised words (connectors of/on/for/and/in between), a bracketed short form whose capitals are a
  subsequence of the words' capitals ("Similar Languages (DSL)" is cut: no D), an optional year, "shared task(s)".
  recall_rules.shared_task_spans stops at the bracket and finds no name.

Hook: ``recall_rules.extra_rule_spans`` (abstract text only). ``PAPERKG_RECALL49``: "off" or a comma list of
parts to switch off, or "on:" and a comma list of default-off parts.
"""

from __future__ import annotations

import re

RECALL_RULES49 = ("list-sibling", "shared-task-bracket")
DEFAULT_OFF49: frozenset[str] = frozenset({"shared-task-bracket"})  # node fragmentation: see the history note


def _off49() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL49", RECALL_RULES49, DEFAULT_OFF49)


def on49(part: str) -> bool:
    return part not in _off49()


# One list item: a single token (letters, digits, "-", "+", ".") starting with a capital or a digit.
_ITEM49 = r"[A-Z0-9][\w\-+.]*[\w+]|[A-Z]"
_SEP49 = r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
LIST49 = re.compile(rf"(?<![\w\-])(?:{_ITEM49})(?:(?:{_SEP49})(?:{_ITEM49})){{1,8}}(?![\w\-])")
ITEM49 = re.compile(_ITEM49)
CAP_BEFORE49 = re.compile(r"(?<![\w\-+.])[A-Z0-9][\w\-+.]*\s$")
CAP_AFTER49 = re.compile(r"\s(?:[A-Z0-9(]|(?:as|of|for|de)\s+[A-Z])")
# Data context: "on" / "in" right before the list, or a data noun near it in the same sentence.
ON_BEFORE49 = re.compile(r"\b(?:on|On|in)\s+(?:the\s+)?$")
DATA_CUE49 = re.compile(r"\b(?:[Dd]ata\s?sets?|[Bb]enchmarks?|[Cc]orpora|[Cc]orpus|[Dd]atabases?|[Tt]reebanks?)\b")
# The unknown member's shape: two capitals or more, digits allowed, no lower-case letter ("SST", "PMC", "E2E").
ACRONYM49 = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9][A-Z0-9\-]*[A-Z0-9]")


def _data_cue49(text: str, start: int, end: int) -> bool:
    """A data noun within 80 characters before or 40 after the list, in its sentence."""
    before = re.split(r"[.;]\s", text[max(0, start - 80):start])[-1]
    after = re.split(r"[.;]\s", text[end:end + 40])[0]
    return bool(DATA_CUE49.search(before) or DATA_CUE49.search(after))


def list_items49(text: str) -> list[list[tuple[int, int, str]]]:
    """Each list of single-token items in ``text``: [(start, end, word), ...]."""
    out = []
    for m in LIST49.finditer(text):
        if CAP_BEFORE49.search(text, max(0, m.start() - 40), m.start()) or CAP_AFTER49.match(text, m.end()):
            continue  # "ImageNet and MS COCO", "PASCAL VOC, COCO", "CIFAR 10": a member cut from a longer name
        if not (ON_BEFORE49.search(text, max(0, m.start() - 12), m.start())
                or _data_cue49(text, m.start(), m.end())):
            continue  # "schemes (e.g., AMR, UCCA, UDS)", "techniques (MCD and MME)": no data context
        items, pos = [], m.start()
        for part in re.split(f"({_SEP49})", m.group(0)):
            if part and ITEM49.fullmatch(part):
                items.append((pos, pos + len(part), part))
            pos += len(part)
        bracketed = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"
        if len(items) == 2 and not bracketed and not re.search(r"\b(?:and|or)\b", m.group(0)):
            continue  # "On the classes not in COCO, YOLO9000 gets": a comma between two clauses, no list
        out.append(items)
    return out


def list_sibling_spans49(text: str, data: dict[str, str] | None = None,
                         other: frozenset[str] | None = None) -> list[tuple[int, int, str, str]]:
    """Rule spans of the part; ``data`` / ``other``: recall41's listed forms (data form -> type, every other
    type's forms lower-cased), the gazetteer's unless given (tests)."""
    if not on49("list-sibling") or "," not in text and " and " not in text and " or " not in text:
        return []
    from .lexicon import GENERIC_ACRONYMS
    from .recall41 import _listed41
    from .rules import COMMON_CAPS, _names_language

    if data is None or other is None:
        data, other = _listed41()
    from .lexicon_mined import lexicon

    mined = lexicon().types  # a mined name keeps the mined type (no retyping of names found already)
    out = []
    for items in list_items49(text):
        types = {data[w] for _, _, w in items if data.get(w, "series") != "series"}
        if not types or any(w.lower() in other and w not in data for _, _, w in items):
            continue
        typ = "benchmark"  # a list of data names is where results are reported (GUIDELINE); the tagger agrees
        for s, e, w in items:
            if (w in data or w in mined or w.lower() in other or not ACRONYM49.fullmatch(w) or w in GENERIC_ACRONYMS
                    or w.capitalize() in COMMON_CAPS or _names_language(w) or w.isdigit()):
                continue
            out.append((s, e, typ, "rule:data-sibling49"))
    return out


# "the Complex Word Identification (CWI) 2018 shared task": recall_rules.shared_task_spans stops at the bracket and
# finds no name ("2018" alone); the campaign's name is the capitalised words with their short form and year.
SHARED_BRACKET49 = re.compile(
    r"((?:[A-Z][\w\-]*\s+(?:(?:of|on|for|and|in)\s+)?){1,7})\(([A-Z][A-Za-z0-9\-]*)\)\s+((?:19|20)\d\d\s+)?"
    r"(?:[Ss]hared[\s\-][Tt]asks?)\b")


def shared_task_bracket_spans49(text: str) -> list[tuple[int, int, str, str]]:
    """``shared-task-bracket``: "Complex Word Identification (CWI) 2018 shared task" as one benchmark span."""
    if not on49("shared-task-bracket") or "hared" not in text:
        return []
    from .rules import COMMON_CAPS

    out = []
    for m in SHARED_BRACKET49.finditer(text):
        words = m.group(1).split()
        k = 0
        while k < len(words) and (words[k] in COMMON_CAPS or words[k] in ("of", "on", "for", "and", "in")):
            k += 1  # "The", "In": no part of the name
        if k == len(words):
            continue
        caps = [ch for w in words[k:] for ch in w if ch.isupper()]
        it = iter(caps)
        if not all(ch in it for ch in m.group(2) if ch.isupper()):
            continue  # "Similar Languages (DSL)": the name's start is cut ("Discriminating between ...")
        start = m.start(1) + m.group(1).index(words[k]) if k else m.start(1)
        out.append((start, m.end(), "benchmark", "rule:shared-task-bracket49"))
    return out
