"""Session 38 (issue 10): guards for recall42's eponym names, behind ``PAPERKG_RECALL43``.

recall42 (docs/history/recall42.md) stayed off: of its 24 new 73k keys 7 were wrong, theory objects named after a
person ("Turing machines", "Rademacher averages", "Bayes optimal classifier"), a family rather than one technique
("Newton-type methods") and spans cut from a longer name ("empirical Bayes estimation", "online Newton step
algorithm"). Parts (both on by default; they act only on what recall42 finds):

- ``theory-stop``: an eponym phrase whose words hold a theory word ("optimal", "averages": a measure or an optimum,
  not a technique) or whose first word is a family ("Newton-type", "Bayes-like"); and every phrase of an eponym the
  corpus names theory objects with far more than techniques: ``data/eponyms43.tsv`` (scripts/mine_eponyms43.py)
  lists eponyms written mid-sentence before a theory word (complexity, test, complete, bound, inequality, theorem,
  risk ...) in at least twice as many papers as write one of their listed phrases ("Turing": test, complete, 16
  papers, against 6 for "Turing machine(s)"; "Rademacher": complexity, 64 against 3; "Pareto": optimal, 29 against 3).
- ``cut-span``: a lower-case modifier the corpus writes with the eponym as part of a name ("empirical Bayes",
  "online Newton", "collapsed Gibbs": 3+ papers write it so in lower case and 1+ capitalised mid-sentence,
  ``data/eponyms43.tsv``) stands right before the phrase: the name takes it in ("empirical Bayes estimation").
- ``number-variant``: the plural or singular of a listed phrase counts as listed ("Runge-Kutta methods": the list
  holds "Runge-Kutta method"; the miner counts each spelling apart, so a rarer number misses the three papers).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

RECALL_RULES43 = ("theory-stop", "cut-span", "number-variant")
DEFAULT_OFF43: frozenset[str] = frozenset()

# Words after an eponym that make a theory object or a measure, not a technique.
THEORY43 = frozenset("""complexity complexities test tests complete completeness bound bounds inequality
inequalities theorem theorems lemma dimension dimensions average averages risk error errors optimal optimality
consistency consistent discrepancy discrepancies constant constants property properties equivalence award
reducible computable hierarchy conjecture""".split())
# A first word's hyphen part that makes a family of techniques ("Newton-type methods", "Bayes-optimal").
FAMILY43 = frozenset("type like style based optimal".split())


def _off43() -> frozenset[str]:
    from .recall_rules import parts_off_by_default

    return parts_off_by_default("PAPERKG_RECALL43", RECALL_RULES43, DEFAULT_OFF43)


def on43(part: str) -> bool:
    return part not in _off43()


@lru_cache(maxsize=1)
def eponyms43() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(theory eponyms, eponym -> name-forming lower-case modifiers) from data/eponyms43.tsv."""
    text = resources.files("paperkg.extract").joinpath("data/eponyms43.tsv").read_text(encoding="utf-8")
    theory, prefixes = set(), {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "theory":
            theory.add(cols[1])
        elif cols[0] == "prefix":
            prefixes.setdefault(cols[1], set()).add(cols[2])
    return frozenset(theory), {k: frozenset(v) for k, v in prefixes.items()}


def theory_phrase43(phrase: str) -> bool:
    """Is an eponym phrase a theory object, a measure or a family ("Turing machines", "Bayes optimal classifier",
    "Rademacher averages", "Newton-type methods")?"""
    words = phrase.split(" ")
    if any(p.lower() in FAMILY43 for p in words[0].split("-")[1:]):
        return True
    if any(w.lower() in THEORY43 for w in words[1:]):
        return True
    return words[0] in eponyms43()[0]


_PREV_WORD = re.compile(r"(?<![\w\-])([a-z][a-z\-]*) $")


def guard43(text: str, start: int, end: int, phrase: str, shape: str) -> tuple[int, str] | None:
    """recall42's eponym span as the guards leave it: None when dropped, else (start, phrase), the start moved back
    over a name-forming modifier. Capitalised runs pass unchanged."""
    if shape != "eponym":
        return start, phrase
    if on43("theory-stop") and theory_phrase43(phrase):
        return None
    if on43("cut-span"):
        m = _PREV_WORD.search(text[max(0, start - 30):start])
        first = phrase.split(" ")[0]
        if m and m.group(1) in eponyms43()[1].get(first, ()):
            start, phrase = start - len(m.group(1)) - 1, m.group(1) + " " + phrase
    from .recall45 import eponym_drop45  # recall45: "Bayes classifier", cut spans after a modifier

    return None if eponym_drop45(text, start, phrase) else (start, phrase)


def listed43(phrase: str, shape: str, names: dict[str, str]) -> bool:
    """Is ``phrase`` listed with ``shape``, or (number-variant) its last word's other number ("methods" / "method")?"""
    if names.get(phrase) == shape:
        return True
    if not on43("number-variant"):
        return False
    other = phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase + "s"
    return names.get(other) == shape
