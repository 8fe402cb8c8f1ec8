"""Session 44 (issue 10, node precision): an acronym glued before its own long form; a slash pair of two names of
one family; citation keys the key rules miss.

Switched with ``PAPERKG_PRECISION58`` ("off" or "0", a comma list of these part names to switch off, or "on:" and a comma
list of default-off parts). One call, ``cut_spans58`` in pipeline.py right after precision57's
``drop_task_pieces57`` (and in scripts/train_name_tagger.py's ``after_tag``).

The session 30-43 judged draws of the 73k graph (``tests/data/corpus-checks/node-precision-session3*/4*.tsv``) still
hold, re-extracted with the session-43 code, spans that glue two things:

- ``acronym-lead``: a name that starts with its own acronym, joined to the long form by "for", "-the", a dash, a
  colon or a space: "HAN for Hawkes Aggregation of Neurons", "PSST for Partial-Sampling Straight-Through",
  "KTC-the Kurdish Textbooks Corpus", "FDS Feedback-guided Domain Synthesis" (the title's "FDS: Feedback-Guided
  ..." written again in the abstract). precision56's ``bracket-acronym`` cuts the acronym after the long form ("Stream
  of Search (SoS)"); this is the mirror case. The acronym (two capitals at least) must match the long form (two
  words or more, starting with the acronym's first letter) by Schwartz & Hearst's test; after a bare space or a
  dash the acronym's capitals must be exactly the initials of the long form's words (hyphen parts count as words,
  function words are skipped), so "BERT Base Model" or "GAN Discriminator Network" are no acronym-led names. The
  name is cut to the long form and keeps the acronym as an alias.
- ``slash-family``: one token "A/B" whose halves are two names of one family -- one half the other's stem ("LSP/
  LSPET"), a shared stem of three characters or more at the start ("RoIPooling/RoIAlign") or of four or more at the
  end ("3DMatch/3DLoMatch") -- is two mentions, "A" and "B" (a stem's rest starts with a capital, a digit or a
  sign: not "GEO/GEOlino", one corpus of two magazines). precision36's ``slash-split`` splits a pair by corpus
  counts, which keep "LSP/LSPET" (LSPET is rarely written alone) and "RoIPooling/RoIAlign" whole; a pair of
  variants of one name is two things however often the variant stands alone (the judges count each of these as a
  glued span). Both halves name-shaped as precision36 asks (three characters or more, a digit or an inner capital;
  not "2D/3D", "V1/V2", nor a right half of a digit and fewer than three letters: "CIFAR-10/100"), not "X/non-X",
  not sensing modalities ("RGB/RGB-D"), not a name the lists give whole, not a defined long or short form and not
  the paper's proposed name.

- ``cite-key``: a citation key the earlier key rules (junk's ``citation key``, precision32's ``cite-key``) miss:
  inside a LaTeX citation without braces or with a prefixed key ("\\citeReport:RPCodeLSH2014", "\\cite{Proc:
  OneHashLSH"), or an item of a bracketed list of keys ("[Wolpert92, Merz95 , PerroneCooper92 , ...]", "[CJJJLST20,
  ACJJS21]", the closing bracket glued to the name) -- a list whose items are all key-shaped (letters and a 2- or
  4-digit year: "Smith99", "ACJJS21") and none a listed name ("[ResNet50, VGG16]" lists models). Every mention
  must be so; dropped.

The renamed or split entities join a same-named entity of the paper (precision47's ``_join_kept47``).

73k check (prefiltered subsets, switch on and off, read by hand; tests/data/corpus-checks/precision58-73k-changes.tsv):
acronym-lead 12 changes, 12 right; slash-family 3 (after leaving "GEO/GEOlino" whole), 3 right; cite-key 6, 6 right.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .precision36 import _listed_forms36, _split_entity36, half_shaped36
from .precision47 import _join_kept47
from .precision56 import _rename56, sh_match56
from .recall_rules import parts_off_by_default

PRECISION_RULES58 = ("acronym-lead", "slash-family", "cite-key")
DEFAULT_OFF58: frozenset[str] = frozenset()

SCORED58 = ("method", "dataset", "benchmark", "model")


def _precision_off58() -> frozenset[str]:
    return parts_off_by_default("PAPERKG_PRECISION58", PRECISION_RULES58, DEFAULT_OFF58)


# -- acronym-lead ------------------------------------------------------------------------------------------------
_LEAD58 = re.compile(
    r"(?P<acr>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)"
    r"(?P<sep>\s+for\s+|\s*-\s*the\s+|\s*:\s+|\s+[-\u2013\u2014]\s+|-|\s+)"
    r"(?P<long>[A-Z][^\s]*(?:\s+\S+)+)")
_FUNCTION58 = frozenset("of for and the in on with to a an by via from at as".split())


def _initials_match58(acr: str, long: str) -> bool:
    """The acronym's capitals and digits are the initials of the long form's words (a hyphenated word counted as one
    word or as its parts)."""
    caps = "".join(c for c in acr if c.isupper() or c.isdigit()).lower()
    words = [w for w in long.split() if w.lower() not in _FUNCTION58 and w[0:1].isalnum()]
    whole = "".join(w[0] for w in words).lower()
    parts = "".join(p[0] for w in words for p in w.split("-") if p).lower()
    return caps in (whole, parts)


def acronym_lead58(name: str) -> tuple[str, str, int] | None:
    """(long form, acronym, characters cut at the start) when ``name`` starts with its own acronym glued to the long
    form ("HAN for Hawkes Aggregation of Neurons" -> ("Hawkes Aggregation of Neurons", "HAN", 8)), else None."""
    m = _LEAD58.fullmatch(name.strip())
    if m is None or name != name.strip():
        return None
    acr, sep, long = m.group("acr"), m.group("sep"), m.group("long")
    if sum(c.isupper() for c in acr) < 2 or len(long.split()) < 2 or "(" in long or "/" in long:
        return None
    if long[0].lower() != acr[0].lower() or not sh_match56(acr, long):
        return None
    if sep.strip() in ("", "-", "\u2013", "\u2014") and not _initials_match58(acr, long):
        return None  # a bare space or a dash: the capitals must be the words' initials ("BERT Base Model" stays)
    if long.split()[-1].lower() in _FUNCTION58:
        return None
    return long, acr, m.start("long")


def _cut_lead58(e, texts: dict[str, str]) -> bool:
    got = acronym_lead58(e.name)
    if got is None:
        return False
    long, acr, cut = got
    if not _rename56(e, texts, long, cut, 0):  # precision56's rename step: each mention loses the lead
        return False
    e.aliases = [a for a in e.aliases if a != acr] + [acr]
    return True


# -- slash-family ------------------------------------------------------------------------------------------------
_SLASH58 = re.compile(r"([^\s/]+)/([^\s/]+)")
_MODALITIES58 = frozenset("RGB RGBD RGBT RGBDT LIDAR CT MRI PET EEG ECG IR NIR TIR".split())


def _common_prefix58(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def slash_family58(name: str) -> tuple[str, str] | None:
    """The two names of a slash pair of one family ("LSP/LSPET", "RoIPooling/RoIAlign", "3DMatch/3DLoMatch"), else
    None."""
    m = _SLASH58.fullmatch(name)
    if m is None:
        return None
    left, right = m.group(1), m.group(2)
    # a right half starting with a digit is a version ("CIFAR-10/100") unless it has a name's letters ("3DLoMatch")
    version = not re.match(r"\d+[A-Za-z]{3}", right)
    if left == right or not half_shaped36(left) or not half_shaped36(right, right=version):
        return None
    if left.upper().replace("-", "") in _MODALITIES58 or right.upper().replace("-", "") in _MODALITIES58:
        return None  # "RGB/RGB-D", "RGB/RGBT": sensing modalities, no names
    if left.lower() == right.lower() or right.lower() in ("non-" + left.lower(), "non" + left.lower()):
        return None
    if name in _listed_forms36():
        return None
    pre = _common_prefix58(left, right)
    suf = _common_prefix58(left[::-1], right[::-1])
    if pre == min(len(left), len(right)):
        # one half the other's stem: "LSP/LSPET", "PointNet/PointNet++"; the rest a capital, a digit or a sign, not
        # a word's letters ("a GEO/GEOlino corpus": one corpus of two magazines)
        rest = (right if len(right) > len(left) else left)[pre:]
        return (left, right) if not rest[:1].islower() else None
    stem_pre = left[:pre]
    if pre >= 3 and any(c.isupper() for c in stem_pre[1:]) or pre >= 4 and any(c.isupper() or c.isdigit() for c in stem_pre):
        return left, right  # "RoIPooling/RoIAlign", "ResNet50/ResNeXt50"
    if suf >= 4 and any(c.isupper() for c in left[len(left) - suf:]):
        return left, right  # "3DMatch/3DLoMatch"
    return None


def _split_family58(e, texts: dict[str, str]) -> list | None:
    if "/" not in e.name or e.role == "proposes" or getattr(e, "long_form", None) or getattr(e, "short_forms", None):
        return None
    halves = slash_family58(e.name)
    if halves is None:
        return None
    if any((m.field or "abstract") == "title" and texts["title"][m.end:m.end + 1] == ":" for m in e.mentions):
        return None  # a title's leading "X/Y:" names the paper's system
    return _split_entity36(e, halves, texts)


# -- cite-key ----------------------------------------------------------------------------------------------------
# "\citeReport:RPCodeLSH2014", "\cite{Proc:OneHashLSH", "\citep{a,b,": a LaTeX citation command right before.
_CITE_BEFORE58 = re.compile(r"\\cite[a-zA-Z]*\*?(?:\{[^{}\s]*|[A-Za-z]*:[A-Za-z]*:?|\{)$")
# A key: letters (a hyphen or plus inside) and a 2- or 4-digit year, a letter after it ("Smith99", "ACJJS21",
# "CJJJLST20", "PerroneCooper92", "Merz95b").
_KEY58 = re.compile(r"[A-Z][A-Za-z\-+]*(?:\d{2}|\d{4})[a-z]?")


def _bracket_list58(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an item of a bracketed list of citation keys, all items key-shaped, two at least?"""
    open_at = text.rfind("[", max(0, start - 200), start)
    if open_at < 0 or "]" in text[open_at:start]:
        return False
    close_at = text.find("]", end - 1, end + 200)
    if close_at < 0 or "[" in text[end:close_at]:
        return False
    items = [i.strip() for i in re.split(r"[,;]", text[open_at + 1:close_at])]
    listed = _folded_listed58()
    # no item a listed name, hyphens and case folded: "[ResNet50, VGG16]" is a list of models, not of keys
    return len(items) >= 2 and all(_KEY58.fullmatch(i) and _fold58(i) not in listed for i in items)


def _fold58(s: str) -> str:
    return re.sub(r"[\s\-_.]+", "", s.lower())


@lru_cache(maxsize=1)
def _folded_listed58() -> frozenset[str]:
    return frozenset(_fold58(f) for f in _listed_forms36())


def _cite_key58(e, texts: dict[str, str]) -> bool:
    name = e.name.rstrip("]")
    if not re.fullmatch(r"[A-Za-z][\w\-+]*", name) or not any(c.isdigit() for c in name) and not any(
            c.isupper() for c in name[1:]):
        return False
    for m in e.mentions:
        t = texts.get(m.field or "abstract", "")
        if t[m.start:m.end] != m.text:
            return False
        if _CITE_BEFORE58.search(t[max(0, m.start - 40):m.start]) is None and not _bracket_list58(t, m.start, m.end):
            return False
    return True


def cut_spans58(title: str | None, abstract: str, entities: list) -> list:
    """The paper's entities with an acronym glued before its long form cut off (``acronym-lead``) and slash pairs of
    one family split (``slash-family``), citation keys dropped (``cite-key``); a renamed or split entity equal to another of the paper's joins it."""
    off = _precision_off58()
    if all(p in off for p in PRECISION_RULES58):
        return entities
    texts = {"abstract": abstract or "", "title": title or ""}
    if "cite-key" not in off and ("\\cite" in texts["abstract"] or "[" in texts["abstract"]):
        entities = [e for e in entities if e.type not in SCORED58 or not e.mentions or not _cite_key58(e, texts)]
    changed: set[int] = set()
    out: list = []
    for e in entities:
        if e.type not in SCORED58 or not e.mentions:
            out.append(e)
            continue
        if "slash-family" not in off and "/" in e.name:
            parts = _split_family58(e, texts)
            if parts:
                out.extend(parts)
                changed.update(map(id, parts))
                continue
        if "acronym-lead" not in off and " " in e.name and _cut_lead58(e, texts):
            changed.add(id(e))
        out.append(e)
    return _join_kept47(out, changed) if changed else out
