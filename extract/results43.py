"""A dataset named right after a value that the result step bound to another name (issue 12, session 37, results43).

"our best model achieves 75.36% loose micro F1 score on the well-established Figer (GOLD) dataset and we report ... for
the OntoNotes dataset with 64.93%": when the extractor does not know the name the value is said "on", the step binds
the nearest name it knows, here OntoNotes, a wrong row on OntoNotes' leaderboard. These parts read the words right
after the value.

- named-after: the value, at most five words of its metric (and one bracket), then "on / in / for the [at most three
  lower-case words] NAME [bracket] dataset / benchmark / corpus / test set", NAME written with a capital or a digit.
  When NAME is none of the bound dataset's names (its name, aliases or mentions, compared without case, spaces or
  punctuation, either inside the other), the value is NAME's: another dataset of the paper by that name, else NAME as
  written (``dataset_id`` None, rule "+dataset:named-after43"). Never adds or drops a result.

Behind PAPERKG_RESULTS43 ("off", a comma list of RESULTS_RULES43, or "on:" and a comma list of default-off parts,
DEFAULT_OFF43).
"""

from __future__ import annotations

import dataclasses
import re

from .lexicon import LANGUAGE_NAMES
from .records import Entity, ExtractedPaper, Result
from .recall_rules import parts_off_by_default

RESULTS_RULES43 = ("named-after",)
DEFAULT_OFF43: frozenset[str] = frozenset()
_DATASET_TYPES43 = ("dataset", "benchmark")


def _results_off43() -> frozenset[str]:
    """Parts switched off: "off" (all), a comma list of parts, or "on:" and a comma list of default-off parts."""
    return parts_off_by_default("PAPERKG_RESULTS43", RESULTS_RULES43, DEFAULT_OFF43)


_TOKEN43 = r"(?:[A-Z0-9][^\s,;:.()]*(?:\.\d+)?)"
_NAMED_AFTER43 = re.compile(
    r"\s*(?:%|\\%)?\)?(?:\s+(?!(?:on|in|for|and|or|with|while|which|than|over|compared)\b)[\w\-@+/]+){0,5}?"
    r"(?:\s*\([^()]{1,30}\))?"
    r"\s+(?:on|in|for)\s+the\s+(?:(?!(?:and|or|of|with|on|in)\b)[a-z][\w\-]*\s+){0,3}"
    rf"(?P<name>{_TOKEN43}(?:[\s\-]+{_TOKEN43}){{0,3}}(?:\s*\([^()]{{1,20}}\))?)"
    r"\s+(?:datasets?|benchmarks?|corpus|corpora|test\s+sets?)\b"
)
_NOT_NAME43 = re.compile(r"^(?:The|This|Our|These|Their|Its|A|An|All|Both|Each|Every)\b")


# a "name" that is only a language (pair) or a split names no dataset of its own: "on the English-German test set"
# of WMT14 is WMT14's (the language names are the lexicon's, as recall36 reads them)
_NO_DATASET_WORDS43 = frozenset(w.lower() for w in LANGUAGE_NAMES) | frozenset(
    "test dev validation val train training full original new public standard".split())


def _only_language43(name: str) -> bool:
    words = [w for w in re.split(r"[\s\-/()]+", name.lower()) if w]
    return all(w in _NO_DATASET_WORDS43 or not re.search(r"[a-z]", w) for w in words)


def _fold43(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", name.lower())


def _names43(entity: Entity) -> set[str]:
    names = {entity.name, *entity.aliases}
    names |= {m.text for m in entity.mentions if m.field == "abstract"}
    return {f for f in (_fold43(n) for n in names) if f}


def _same43(name: str, names: set[str]) -> bool:
    return any(name in n or n in name for n in names)


def named_after43(paper: ExtractedPaper, results: list[Result]) -> list[Result]:
    """The results with a dataset named right after the value put in place of another name the step bound (above)."""
    if "named-after" in _results_off43() or not results:
        return results
    text = paper.abstract
    entities = {e.id: e for e in paper.entities}
    out = []
    for r in results:
        ent = entities.get(r.dataset_id or "")
        m = _NAMED_AFTER43.match(text, r.end) if ent is not None else None
        if ent is None or m is None or _NOT_NAME43.match(m.group("name")) or _only_language43(m.group("name")):
            out.append(r)
            continue
        name = m.group("name").strip()
        folded = _fold43(name)
        if not folded or _same43(folded, _names43(ent)):
            out.append(r)
            continue
        other = [e for e in paper.entities if e.type in _DATASET_TYPES43 and e.id != ent.id
                 and _same43(folded, _names43(e))]
        if len(other) == 1:
            out.append(dataclasses.replace(r, dataset_id=other[0].id, dataset=other[0].name,
                                           rule=r.rule + "+dataset:named-after43"))
        else:
            out.append(dataclasses.replace(r, dataset_id=None, dataset=name, rule=r.rule + "+dataset:named-after43"))
    return out
