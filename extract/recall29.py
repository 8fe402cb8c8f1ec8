"""Session 27 (issue 10): recall rules behind ``PAPERKG_RECALL29`` for names no list or earlier rule reaches.

Classified from the false negatives of the study pool (held-out 1, 11-17, dev3-dev10; docs/history/recall29.md):

- ``counted-list``: a number word, a plural kind noun and exactly that many name-shaped items ("two simulation
  environments, Non-Cooperative Navigation and Heterogeneous Highway", "two screening methods $SIS$ and $HOLP$",
  "three datasets - UCF Sports, JHMDB, and THUMOS'13"). The count is the cue: a list of as many items as the
  number says is the list the noun introduces, so its items are named things of the noun's kind; a list of
  another length (or items that are not name-shaped) is left alone.
- ``known-plural``: the plural of a several-word technique name a list knows ("generative adversarial networks",
  "restricted Boltzmann machines", "graph convolutional networks"). The gazetteer matches several-word names in any
  case but only as listed (singular); the plural of the same head is the same technique.

Each function returns rule matches (start, end, type or "unknown", rule) as the context rules do; the hook is
``rules.ContextRules`` (abstracts only). ``PAPERKG_RECALL29`` ("off", or a comma list of these part names)
switches parts off, for ablations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import recall_rules, rules  # modules: rules.py imports this module while it loads
from .lexicon import GENERIC_ACRONYMS, LANGUAGE_NAMES, non_entity_kind

RECALL_RULES29 = ("counted-list", "known-plural")


def _off29() -> frozenset[str]:
    return recall_rules._parts_off("PAPERKG_RECALL29", RECALL_RULES29)


# -- counted-list ---------------------------------------------------------------------------------------------
COUNTS29 = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
KIND29 = {"datasets": "dataset", "corpora": "dataset", "benchmarks": "benchmark", "environments": "benchmark",
          "methods": "method", "algorithms": "method", "approaches": "method", "architectures": "method",
          "baselines": "method", "techniques": "method", "frameworks": "method", "models": "unknown"}
# The number word, up to four lower-case modifiers, the kind noun, then the list's opener: nothing, a comma, a
# colon, a dash or "(", optionally "namely"/"i.e.".
COUNTED29 = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+(?:[a-z][\w\-]*\s+){0,4}?"
    rf"({'|'.join(KIND29)})(?:\s*[,:(]\s*|\s*[-\u2013\u2014]\s+|\s+)(?:(?:namely|i\.e\.|viz\.),?\s+)?")
# One item: an optional "$" (LaTeX), a capitalised or name-shaped first word, up to three more capitalised words.
# ASCII only: "ADMM-\u03b7" keys as "admm" and would split ADMM's node (73k check-graph); such items end the list.
ITEM29 = re.compile(r"\$?([A-Za-z0-9][A-Za-z0-9_\-'\u2019.+/]*[A-Za-z0-9_+'\u2019]|[A-Z])"
                    r"((?:\s+[A-Z0-9][A-Za-z0-9_\-'\u2019.+/]*[A-Za-z0-9_+'\u2019])*)\$?(?![^\x00-\x7f\s])")
SEP29 = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|,?\s+(?:and|or)\s+")
# After the last item: the list has ended (punctuation, a clause word, the end of the text).
LIST_END29 = re.compile(r"\s*(?:$|[.;:,)\]]|\[|\s[a-z])")


def _item_ok29(words: list[str]) -> bool:
    first = words[0]
    if first in rules.COMMON_CAPS or first in LANGUAGE_NAMES or first in GENERIC_ACRONYMS:
        return False
    if non_entity_kind(" ".join(words)) is not None:
        return False
    if len(words) == 1:  # one word: name-shaped, or all capitals of three letters or more ("JHMDB", "SGTR")
        w = first.rstrip(".")
        return rules.looks_named(w) or (w.isupper() and len(w) >= 3 and w.isalpha()) or (
            w[:1].isupper() and any(c.isdigit() or c in "'\u2019" for c in w))
    return first[:1].isupper() or rules.looks_named(first)


def _counted_matches29(text: str) -> list[re.Match]:
    """COUNTED29's matches, found from their kind noun (str.find) back to the number: no regex scan of the text."""
    found: dict[int, re.Match] = {}
    for noun in KIND29:
        for i in rules._occurrences(text, noun):
            if i < 4 or text[i - 1] != " ":
                continue
            j = text.rfind(" ", 0, max(0, i - 60))  # the window: up to five words before the noun
            for m in COUNTED29.finditer(text, j + 1 if j >= 0 else 0, min(len(text), i + len(noun) + 20)):
                if m.start(2) == i:
                    found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


def counted_list_spans29(text: str) -> list[tuple[int, int, str, str]]:
    """The items of "two/three/... <kind noun> A, B and C" when there are exactly as many as the number says."""
    out: list[tuple[int, int, str, str]] = []
    for m in _counted_matches29(text):
        want = COUNTS29[m.group(1).lower()]
        typ = KIND29[m.group(2)]
        if typ in ("dataset", "benchmark") and "(" in text[m.end(2) : m.end()]:
            continue  # "two corpora (A and B)": data names in brackets are data-paren-list's (session 14)
        pos = m.end()
        items: list[tuple[int, int]] = []
        ok = True
        last_end = pos
        while len(items) < want + 1:
            item = ITEM29.match(text, pos)
            words = (item.group(1) + item.group(2)).split() if item else []
            if item is None or not _item_ok29(words):
                # "..., JHMDB, and THUMOS'13 and show that": a lower-case word after "and" starts a clause
                ok = len(items) == want and item is not None and item.group(1)[:1].islower()
                break
            start, end = item.start(1), item.end(2) if item.group(2) else item.end(1)
            if text[end - 1] == "." and not re.search(r"\d\.\d", text[start:end]):
                end -= 1  # the full stop after the last item
            items.append((start, end))
            last_end = item.end()
            sep = SEP29.match(text, item.end())
            if sep is None:
                break
            pos = sep.end()
        if not ok or len(items) != want or not LIST_END29.match(text, last_end):
            continue
        out.extend((s, e, typ, "rule:counted-list") for s, e in items)
    return out


# -- known-plural ---------------------------------------------------------------------------------------------
# Plural heads read: a several-word technique name ending in one of these singulars has its plural here.
PLURAL_HEADS29 = {"networks": "network", "machines": "machine", "autoencoders": "autoencoder", "fields": "field",
                  "processes": "process", "nets": "net", "forests": "forest", "models": "model"}


@lru_cache(maxsize=1)
def _known_singulars29() -> frozenset[str]:
    """Lower-cased several-word method names (and aliases) of the shipped lists whose head has a plural above."""
    from .gazetteer import load_entries  # here: gazetteer is not imported by rules.py
    heads = set(PLURAL_HEADS29.values())
    out: set[str] = set()
    for e in load_entries():
        if e.type != "method":
            continue
        for form in e.forms:
            words = form.split()
            if len(words) >= 2 and words[-1].lower() in heads:
                out.add(" ".join(words).lower())
    return frozenset(out)


PLURAL_AT29 = re.compile(rf"({'|'.join(PLURAL_HEADS29)})\b", re.I)
WORD29 = re.compile(r"[A-Za-z][\w\-]*")


def known_plural_spans29(text: str) -> list[tuple[int, int, str, str]]:
    """ "generative adversarial networks": the plural of a listed several-word technique name, typed method."""
    low = text.lower()
    hits = [i for h in PLURAL_HEADS29 for i in rules._occurrences(low, " " + h)]
    if not hits:
        return []
    known = _known_singulars29()
    out: list[tuple[int, int, str, str]] = []
    for m in sorted((m for m in (PLURAL_AT29.match(text, i + 1) for i in hits) if m), key=lambda m: m.start()):
        window = text[max(0, m.start() - 80) : m.start()]
        if not window[-1:].isspace():
            continue
        raw = window.split()[-5:]
        words: list[str] = []
        prev = ""  # the token before the words read: a capitalised one makes them part of a longer name
        for tok in reversed(raw):
            if len(words) == 4:
                prev = tok
                break
            bare = tok.lstrip("(\"\u201c'")
            if not WORD29.fullmatch(bare):
                prev = tok
                break
            words.insert(0, bare)
            if bare != tok:
                break  # "(generative adversarial": the bracket starts the phrase
        if not words:
            continue
        singular = PLURAL_HEADS29[m.group(1).lower()]
        for k in range(len(words)):  # the longest listed name first
            phrase = " ".join(words[k:]).lower() + " " + singular
            if phrase in known:
                start = text.rfind(words[k], max(0, m.start() - len(" ".join(words[k:])) - 9), m.start())
                before = words[k - 1] if k else prev.lstrip("(\"\u201c'")
                if words[k][:1].isupper() and before and (before[:1].isupper() or "-" in before) and not before.endswith((",", ".", ":", ";")):
                    break  # "Pair Hidden Markov Models", "Key-Value Memory Networks": a longer name
                out.append((start, m.end(), "method", "rule:known-plural"))
                break
    return out


def rule_spans29(text: str, title: str | None, is_title: bool) -> list[tuple[int, int, str, str]]:
    """Session 27's rule spans of an abstract (hook: rules.ContextRules; not titles)."""
    if is_title:
        return []
    off = _off29()
    out: list[tuple[int, int, str, str]] = []
    if "counted-list" not in off and any(w in text for w in KIND29):
        out += counted_list_spans29(text)
    if "known-plural" not in off:
        out += known_plural_spans29(text)
    return out
