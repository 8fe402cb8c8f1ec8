"""Session 32 (issue 10, node precision): spans that glue two names, a trailing word or a title's question.

Switched off with ``PAPERKG_PRECISION36`` ("off" or a comma list of these part names), for ablations only. Every
part rewrites a paper's entities in the per-paper step (pipeline, after ``precision32.retype_mentions32``); a
name no list gives only (an entity with a gazetteer entry, or a mention by the gazetteer or lexicon, is kept as
it is).

- ``slash-split``: one token "A/B" whose halves are both names is two mentions, "A" and "B" ("GPT-3.5/GPT-4",
  "SLAM/SfM", "RDF/OWL", "ResNet-101/ResNet-50"). A half is name-shaped (three characters or more, a digit or a
  capital after its first letter: "SfM", "GPT-4", "SLAM"; not "Male", "Input", "AND", "2D", "V2", nor two letters:
  "IC/SF", "HS/CN", "LDA/QR", "OWL/DL" split badly at 73k), the right half does not start with a
  digit ("CIFAR-10/100", "ResNet-50/101" name two versions by one name and stay whole), the halves differ ("MS/MS").
  The corpus decides between two names and a fixed pair (data/slash_pairs36.tsv: papers of the 73k corpus writing
  the pair whole and each half alone): split when each half stands alone in more than twice as many papers as
  write the pair ("SLAM/SfM" 1, SLAM 91, SfM 69), kept whole otherwise ("CANDECOMP/PARAFAC" 5 vs 1 and 1,
  "ETH/UCY" 4 vs 22 and 7, "HIV/AIDS", "RoIPooling/RoIAlign" whose RoIPooling is never alone). A pair the file
  lacks is split only when the lists give both halves exactly as spelt. Not a defined long form or short form,
  not a title's leading "X/Y:" nor a name the paper proposes ("CCG/AMR, a novel grammar"): the paper's system.
- ``trail-word``: a name a shape rule ended with a function word or a participle that starts the next phrase
  ("pipage rounding due [to Ageev]", "max-stable distributions built [from ...]", "LidarCLIP or") loses that word;
  a verb and article inside a name ("R2SGrasp designs the Real-to-Sim Data Repairer") end it before the verb.
- ``title-fragment``: a title's name after a question or exclamation ("Prompt for Extraction? PAIE: ...",
  "Triangle Matters! TopDyG: ...") loses the sentence before it when what is left is one name-shaped word.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from .recall_rules import _parts_off
from .text import variant_key

PRECISION_RULES36 = ("slash-split", "trail-word", "title-fragment")
SCORED36 = ("method", "model", "dataset", "benchmark")
LISTS36 = ("gazetteer", "lexicon")


def _precision_off36() -> frozenset[str]:
    return _parts_off("PAPERKG_PRECISION36", PRECISION_RULES36)


def part_on36(part: str) -> bool:
    """Is ``part`` of PAPERKG_PRECISION36 switched on?"""
    return part not in _precision_off36()


# -- slash-split -------------------------------------------------------------------------------------------------
SLASH36 = re.compile(r"([^\s/]+)/([^\s/]+)")
# Upper-case words that are English words or logic, not names: "AND/OR", "YES/NO", "TRUE/FALSE".
CAPS_WORDS36 = frozenset("AND OR NOT NO YES TRUE FALSE IF THEN ON OFF IN OUT".split())


def half_shaped36(half: str, right: bool = False) -> bool:
    """Is ``half`` (of "A/B") shaped like a name by itself: a digit or a capital after its first letter?"""
    if len(half) < 3 or not half[0].isalnum() or half.endswith("-"):
        return False  # two letters name many things ("IC/SF", "HS/CN", "LDA/QR", "OWL/DL", "GW/LT3"): kept whole
    if right and half[0].isdigit():
        return False  # "CIFAR-10/100", "KITTI 2012/2015": one name, two versions
    if re.fullmatch(r"[Vv]\d[\w.]*|\d+[Dd]|\d+(?:\.\d+)?", half) or half.upper() in CAPS_WORDS36:
        return False  # "V1/V2", "2D/3D", "AND/OR"
    if not any(c.isalpha() for c in half):
        return False
    return any(c.isdigit() for c in half) or any(c.isupper() for c in half[1:])


@lru_cache(maxsize=1)
def slash_pairs36() -> dict[str, tuple[int, int, int]]:
    """data/slash_pairs36.tsv: pair -> (papers writing it whole, papers with the left half alone, the right)."""
    text = resources.files("paperkg.extract").joinpath("data/slash_pairs36.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[int, int, int]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        pair, whole, left, right = line.split("\t")
        out[pair] = (int(whole), int(left), int(right))
    return out


@lru_cache(maxsize=1)
def _listed_forms36() -> frozenset[str]:
    from .corpus import entry_refs

    return frozenset(f for _, entry in entry_refs() for f in entry.forms)


def slash_split36(name: str) -> tuple[str, str] | None:
    """The two names of ``name`` ("GPT-3.5/GPT-4" -> GPT-3.5, GPT-4), or None when it is one name or no pair."""
    m = SLASH36.fullmatch(name)
    if m is None:
        return None
    left, right = m.group(1), m.group(2)
    if left == right or not half_shaped36(left) or not half_shaped36(right, right=True):
        return None
    row = slash_pairs36().get(name)
    if row is None:
        listed = _listed_forms36()
        return (left, right) if left in listed and right in listed and name not in listed else None
    whole, alone_left, alone_right = row
    return (left, right) if min(alone_left, alone_right) > 2 * whole else None


def _split_entity36(e, halves: tuple[str, str], texts: dict[str, str]) -> list | None:
    """``e``'s mentions cut at the slash into two entities, or None when a mention is not the pair as written."""
    left_ms, right_ms = [], []
    for m in e.mentions:
        text = texts.get(m.field, "")
        i = m.text.find("/")
        if i < 0 or text[m.start:m.end] != m.text or m.text != f"{halves[0]}/{halves[1]}":
            return None
        left_ms.append(replace(m, text=halves[0], end=m.start + i))
        right_ms.append(replace(m, text=halves[1], start=m.start + i + 1))
    return [replace(e, name=halves[0], aliases=[], mentions=left_ms),
            replace(e, name=halves[1], aliases=[], mentions=right_ms)]


# -- trail-word --------------------------------------------------------------------------------------------------
TRAIL36 = frozenset("due of for in on with by from and or the a an to as at via into than".split())
PARTICIPLES36 = frozenset("built made given known shown taken based used proposed introduced developed obtained"
                          " trained derived defined described presented designed inspired".split())
# A verb of the paper's sentence with its object inside a name: "R2SGrasp designs the Real-to-Sim Data Repairer".
VERB_INSIDE36 = re.compile(r"\s(?:designs|proposes|introduces|presents|develops|uses|employs|achieves|outperforms"
                           r"|builds|learns|yields|adopts|applies)\s+(?:the|a|an|our|its)\s")
SHAPE_RULES36 = ("rule:",  "learned:", "corpus:")


def trimmed36(name: str) -> str | None:
    """``name`` without a trailing function word or participle, or cut before a verb inside it; None: unchanged."""
    m = VERB_INSIDE36.search(name)
    words = name[:m.start()].split() if m else name.split()
    cut = m is not None
    while len(words) > 1 and (words[-1] in TRAIL36 or (words[-1] in PARTICIPLES36 and not cut)):
        words.pop()
        cut = True
    return " ".join(words) if cut and words and words[0] not in TRAIL36 else None


def _trim_entity36(e, new: str, texts: dict[str, str]) -> bool:
    """Cut every mention of ``e`` to ``new`` (which each starts with); False when one does not."""
    ms = []
    for m in e.mentions:
        if not m.text.startswith(new) or texts.get(m.field, "")[m.start:m.end] != m.text:
            return False
        ms.append(replace(m, text=new, end=m.start + len(new)))
    e.name, e.mentions = new, ms
    e.aliases = [a for a in e.aliases if a != new and not a.startswith(new + " ")]
    return True


# -- title-fragment ----------------------------------------------------------------------------------------------
TITLE_FRAGMENT36 = re.compile(r"(?P<before>.*[?!]\s+)(?P<name>[^\s?!:]+)")


def title_fragment36(name: str) -> str | None:
    """The name after a title's question or exclamation ("Prompt for Extraction? PAIE" -> PAIE), or None."""
    m = TITLE_FRAGMENT36.fullmatch(name)
    if m is None or len(m.group("before").split()) < 2:
        return None
    rest = m.group("name")
    ok = len(rest) >= 2 and rest[0].isalnum() and (any(c.isdigit() for c in rest) or any(c.isupper() for c in rest[1:]))
    return rest if ok else None


def _refit_entity36(e, new: str, texts: dict[str, str]) -> bool:
    """Cut every mention of ``e`` to its tail ``new``; False when one does not end with it."""
    ms = []
    for m in e.mentions:
        if not m.text.endswith(new) or texts.get(m.field, "")[m.start:m.end] != m.text:
            return False
        ms.append(replace(m, text=new, start=m.end - len(new)))
    e.name, e.mentions = new, ms
    e.aliases = [a for a in e.aliases if a != new]
    return True


# -- entry point -------------------------------------------------------------------------------------------------


def _listed(e) -> bool:
    return e.entry is not None or any(m.rule.startswith(LISTS36) for m in e.mentions)


def _join_same(entities: list, changed: set[int]) -> list:
    """A changed entity joins one of the paper's with the same name and type (a split half it also names alone)."""
    out: list = []
    seen: dict[tuple[str, str], object] = {}
    for e in entities:
        k = (variant_key(e.name), e.type)
        first = seen.get(k)
        if first is None or (id(e) not in changed and id(first) not in changed):
            seen.setdefault(k, e)
            out.append(e)
            continue
        spans = {(m.field, m.start, m.end) for m in first.mentions}
        first.mentions = sorted(first.mentions + [m for m in e.mentions if (m.field, m.start, m.end) not in spans],
                                key=lambda m: (m.field != "title", m.start))
    return out


def retype_mentions36(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with glued slash pairs split, trailing words trimmed and title questions dropped."""
    off = _precision_off36()
    if len(off) == len(PRECISION_RULES36):
        return entities
    texts = {"abstract": abstract, "title": title or ""}
    out: list = []
    changed: set[int] = set()
    for e in entities:
        if e.type not in SCORED36 or _listed(e) or not e.mentions:
            out.append(e)
            continue
        if ("slash-split" not in off and "/" in e.name and not e.long_form and not e.short_forms
                and e.role != "proposes"):  # "CCG/AMR, a novel grammar": the paper's own name
            halves = slash_split36(e.name)
            title_led = any(m.field == "title" and (title or "")[m.end:m.end + 1] == ":" for m in e.mentions)
            parts = _split_entity36(e, halves, texts) if halves and not title_led else None
            if parts:
                out.extend(parts)
                changed.update(map(id, parts))
                continue
        if "trail-word" not in off and not e.long_form and all(m.rule.startswith(SHAPE_RULES36) for m in e.mentions):
            new = trimmed36(e.name)
            if new and _trim_entity36(e, new, texts):
                changed.add(id(e))
        if "title-fragment" not in off and any(c in e.name for c in "?!"):
            new = title_fragment36(e.name)
            if new and _refit_entity36(e, new, texts):
                changed.add(id(e))
        out.append(e)
    return _join_same(out, changed) if changed else out
